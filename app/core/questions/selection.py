"""One question per fact: the type that suits the fact best, the others as its variants.

A student meets a fact once per review, in one of its forms (the primary
question or a variant), never in two forms side by side. A variant must ask
differently from the forms before it: a short answer that would repeat the
multiple choice's prompt word for word is dropped.
"""
from __future__ import annotations

from collections.abc import Iterable

from app.core.bank import CLOZE_BLANK
from app.core.grading import normalise_answer

from .draft import DraftQuestion

# Best first, by what the fact is: a year among near years tests a visit or a date well; a
# cloze keeps the article's own words; a bare true/false teaches least.
PREFERENCE = {
    "visit": ("multiple_choice", "short_answer", "cloze", "true_false"),
    "date": ("multiple_choice", "cloze", "short_answer", "true_false"),
    "anniversary": ("multiple_choice", "cloze", "short_answer", "true_false"),
    "agreement_area": ("multiple_choice", "cloze", "short_answer", "true_false"),
}
GROUP_TYPES = ("timeline", "matching")
MAX_VARIANTS = 3  # enough to vary a card's form; more would spend a set's reviews on one fact  # over several facts: questions of their own


def one_per_fact(questions: Iterable[DraftQuestion]) -> list[DraftQuestion]:
    """The primary question of each fact, carrying the fact's other forms as variants."""
    by_fact: dict[tuple[str, str], list[DraftQuestion]] = {}
    kept: list[DraftQuestion] = []
    combined: list[DraftQuestion] = []  # one question on several facts of a kind (a tour's stops)
    for question in questions:
        if question.type in GROUP_TYPES:
            kept.append(question)
        elif len(question.keys) > 1:
            combined.append(question)
        else:
            by_fact.setdefault((question.facts[0], question.aspect), []).append(question)
    for forms in by_fact.values():
        order = PREFERENCE.get(forms[0].kind, ())
        forms.sort(key=lambda q: (order.index(q.type) if q.type in order else len(order), q.id))
        primary, seen = forms[0], {_asked(forms[0])}
        for form in forms[1:]:
            if _asked(form) not in seen and len(primary.variants) < MAX_VARIANTS:
                seen.add(_asked(form))
                _attach(primary, form)
        kept.append(primary)
    for question in combined:
        # the combined question stands for its facts: their questions become its variants
        parts = [q for q in kept if q.type not in GROUP_TYPES and not q.aspect and q.facts[0] in question.facts]
        seen = {_asked(question)}
        for part in parts:
            kept.remove(part)
            for form in [part, *part.variants]:
                if _asked(form) not in seen and len(question.variants) < 2 * MAX_VARIANTS:
                    seen.add(_asked(form))
                    _attach(question, form)
            part.variants = []
        kept.append(question)
    return _one_cloze_per_sentence(_groups_that_add(kept))


def _groups_that_add(questions: list[DraftQuestion]) -> list[DraftQuestion]:
    """A timeline or matching whose every fact is asked by a question of its own would ask each
    fact a second time beside it: it becomes a variant of its first fact's question instead, met in
    place of that question (it stays a question of its own where some facts have no other)."""
    primary = {q.facts[0]: q for q in questions if q.type not in GROUP_TYPES and len(q.facts) == 1}
    asked = {fact for q in questions if q.type not in GROUP_TYPES for fact in q.facts}
    kept = []
    for question in questions:
        host = primary.get(question.facts[0]) if question.type in GROUP_TYPES else None
        if host is not None and set(question.facts) <= asked and len(host.variants) < MAX_VARIANTS + 1:
            _attach(host, question)
        else:
            kept.append(question)
    return kept


def _one_cloze_per_sentence(questions: list[DraftQuestion]) -> list[DraftQuestion]:
    """Clozes blanking different words of one sentence ('A visited ____, B and C', 'A visited X,
    ____ and C') would show the sentence again and again: the first keeps the others as variants."""
    first: dict[str, DraftQuestion] = {}
    kept = []
    for question in questions:
        if question.type != "cloze":
            kept.append(question)
            continue
        sentence = normalise_answer(question.prompt.replace(CLOZE_BLANK, question.answer))
        owner = first.setdefault(sentence, question)
        if owner is question:
            kept.append(question)
        elif len(owner.variants) < MAX_VARIANTS:
            _attach(owner, question)
            for form in question.variants:
                if len(owner.variants) < MAX_VARIANTS and _asked(form) not in {_asked(v) for v in owner.variants}:
                    _attach(owner, form)
            question.variants = []
        else:
            kept.append(question)
    return kept


def _attach(primary: DraftQuestion, form: DraftQuestion) -> None:
    """``form`` as a variant of ``primary``; a variant shares its question's sources, so any
    sentence only the variant rests on joins them."""
    primary.variants.append(form)
    for source in form.sources:
        if source not in primary.sources:
            primary.sources.append(source)
    primary.sources.sort(key=lambda s: (s.article, s.start))


def _asked(question: DraftQuestion) -> str:
    """What a form asks, as a student reads it (the prompt, whatever the type)."""
    return normalise_answer(question.prompt)
