"""Questions from facts: one module per question type, registered in GENERATORS.

``draft_questions(articles)`` reads the articles' facts, corroborates them,
runs every generator and keeps only sound questions: grounded in their
sources, answer supported by a quote, not given away by the prompt, and no
two questions the same (by type and prompt, and by facts and type). Each fact
then gets one primary question, its other forms kept as variants
(``selection``), and the questions come most important first
(``importance``). Pure and deterministic: the same articles give the same
questions, ids included. ``draft_report`` also counts what was refused and why.

Adding a question type is one module with ``generate(pool) -> list[DraftQuestion]``
and one entry below.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from app.core.corpus import Article
from app.core.facts import Fact
from app.core.grading import normalise_answer

from . import cloze, matching, multiple_choice, short_answer, timeline, true_false
from .checks import answer_supported, gives_answer_away
from .draft import GENERATOR_VERSION, DraftQuestion, text_digest
from .importance import rank
from .pool import FactPool, build_pool, usable
from .selection import one_per_fact
from .wording import mend_misread_capitals

GENERATORS: dict[str, Callable[[FactPool], list[DraftQuestion]]] = {
    "multiple_choice": multiple_choice.generate,
    "cloze": cloze.generate,
    "true_false": true_false.generate,
    "timeline": timeline.generate,
    "matching": matching.generate,
    "short_answer": short_answer.generate,
}


@dataclass
class Drafted:
    questions: list[DraftQuestion]
    refused: Counter[str] = field(default_factory=Counter)  # why questions were not made, with counts


def draft_questions(articles: Sequence[Article], known: Mapping[str, Sequence[Fact]] | None = None,
                    focus: Iterable[str] | None = None) -> list[DraftQuestion]:
    """One primary question per fact (its other forms as variants), most important first.
    ``known``: facts already extracted, by article id; ``focus``: ask only about the facts of these
    articles (the rest of the corpus serves distractors and corroboration), see ``build_pool``."""
    return draft_report(articles, known, focus).questions


def draft_report(articles: Sequence[Article], known: Mapping[str, Sequence[Fact]] | None = None,
                 focus: Iterable[str] | None = None) -> Drafted:
    pool = build_pool(articles, known, focus)
    texts = {article.id: article.text for article in articles}
    kept: list[DraftQuestion] = []
    refused: Counter[str] = Counter()
    for fact in pool.facts:
        if fact.kind and not usable(fact):
            refused[f"{fact.kind}: a fact too poorly bounded to ask (no name, clause or year)"] += 1
    seen_prompts: set[tuple[str, str]] = set()
    ids: set[str] = set()
    for qtype, generate in GENERATORS.items():
        made = generate(pool)
        if qtype not in ("timeline", "matching"):
            asked = {question.facts[0] for question in made}
            missing = sum(1 for t in pool.topics if t.id not in asked)
            if missing:
                refused[f"{qtype}: no sound form of the fact"] += missing
        for question in sorted(made, key=lambda q: q.id):
            reason = rejection(question, texts)
            if reason is not None:
                refused[f"{qtype}: {reason.split(' {')[0].split(chr(39))[0].strip()}"] += 1
                continue
            prompt_key = (question.type, normalise_answer(
                " ".join([question.prompt, *question.items, *(" ".join(pair) for pair in question.pairs)])))
            if prompt_key in seen_prompts or question.id in ids:  # an id is its facts and type
                refused[f"{qtype}: the same as another question"] += 1
                continue
            seen_prompts.add(prompt_key)
            ids.add(question.id)
            kept.append(_mended(question))
    return Drafted(rank(one_per_fact(kept), pool), refused)


def _mended(question: DraftQuestion) -> DraftQuestion:
    """The question's own words with a source's misread capitals mended ('lndia'); the sources
    keep the article's text as it is."""
    question.prompt, question.answer = mend_misread_capitals(question.prompt), mend_misread_capitals(question.answer)
    question.explanation = mend_misread_capitals(question.explanation)
    question.options = [mend_misread_capitals(option) for option in question.options]
    question.items = [mend_misread_capitals(item) for item in question.items]
    question.pairs = [[mend_misread_capitals(side) for side in pair] for pair in question.pairs]
    question.accept = [mend_misread_capitals(form) for form in question.accept]
    question.variants = [_mended(variant) for variant in question.variants]
    return question


def rejection(question: DraftQuestion, texts: dict[str, str]) -> str | None:
    """Why a drafted question is not sound, or None."""
    for source in question.sources:
        if texts.get(source.article, "")[source.start:source.end] != source.quote:
            return f"source {source.article}:{source.start}-{source.end} does not quote its article"
    leak = gives_answer_away(question.type, question.prompt, question.answer, question.options, question.items)
    if leak:
        return leak
    if not answer_supported(question.type, question.prompt, question.answer, [s.quote for s in question.sources],
                            question.true_value, question.pairs, question.options):
        return "the answer is not in any source quote"
    if question.options and len({normalise_answer(o) for o in question.options}) != len(question.options):
        return "two options grade the same"
    return None


__all__ = ["GENERATORS", "GENERATOR_VERSION", "DraftQuestion", "Drafted", "FactPool", "build_pool",
           "draft_questions", "draft_report", "rejection", "text_digest"]
