"""True or false: the fact as a statement, or with one fitting wrong value.

Which of the two a fact gets is fixed by its id, so a bank has both kinds and
a rebuild gives the same one.
"""
from __future__ import annotations

import hashlib

from app.core.corroboration import content_words

from . import distractors
from .common import each_topic, from_topic
from .draft import DraftQuestion
from .pool import FactPool, Topic
from .statements import anniversary_statement, clause_of, destination_country, statement, visit_statement, visit_year
from .wording import capitalise


def generate(pool: FactPool) -> list[DraftQuestion]:
    return each_topic(pool, _true_false)


def _false_version(topic: Topic, pool: FactPool) -> tuple[str, str] | None:
    """(a false statement, the true value it replaces), or None."""
    f = topic.fields
    if topic.kind == "visit":
        year = visit_year(topic)
        visitor = str(f["visitor"])
        if not year:
            return None
        wrong = distractors.years(year, pool, pool.visit_years(visitor), limit=1)
        if not wrong:
            return None
        return visit_statement(visitor, destination_country(topic), wrong[0]), year
    if topic.kind == "date":
        clause = clause_of(topic)
        if clause is None or not topic.year:
            return None
        wrong = distractors.years(topic.year, pool, pool.event_years(content_words(clause.text)) | {topic.year}, 1)
        return (f"{capitalise(clause.text)} in {wrong[0]}.", topic.year) if wrong else None
    if topic.kind == "anniversary":
        number = int(f["number"])
        wrong = distractors.numbers(number, pool.anniversary_numbers(str(f["subject"])), limit=1)
        return (anniversary_statement(topic, wrong[0]), str(number)) if wrong else None
    return None


def _true_false(topic: Topic, pool: FactPool) -> DraftQuestion | None:
    if topic.kind == "agreement_area":
        return None
    true_text = statement(topic)
    if topic.kind == "visit" and topic.fields.get("when"):
        true_text = visit_statement(str(topic.fields["visitor"]), destination_country(topic), topic.fields["when"])
    make_false = int(hashlib.sha1(topic.id.encode("utf-8")).hexdigest(), 16) % 2 == 1
    false = _false_version(topic, pool) if make_false else None
    needle = topic.year or str(topic.fields.get("number") or "")
    if false is None:
        return from_topic(topic, "true_false", true_text, "True", f"True: {true_text}", needle)
    text, true_value = false
    return from_topic(topic, "true_false", text, "False", f"False: {true_text}", needle, true_value=true_value)
