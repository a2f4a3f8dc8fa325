"""Facts from news articles: dates, visits, anniversaries, areas of cooperation.

Rule-based and deterministic, and pure: no web framework, no clock, no
network. ``extract_facts(article)`` reads an ``app.core.corpus.Article`` and
returns its facts sorted by (start, kind); each quotes the whole sentence it
comes from, at its offsets in the file's text.
"""
from __future__ import annotations

from app.core.facts.extract import extract_facts, read_dateline
from app.core.facts.fact import KINDS, Fact

__all__ = ["KINDS", "Fact", "extract_facts", "read_dateline"]
