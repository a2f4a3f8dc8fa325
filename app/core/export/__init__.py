"""Export question sets for other tools: Anki (.apkg and CSV) and Moodle (GIFT).

Every exporter takes plain ``ExportSet``/``ExportCard`` values (``cards.py``),
never database rows, and a ``timestamp`` where the format records one, so the
same input always gives the same bytes.
"""
