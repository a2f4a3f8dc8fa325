"""Questions from facts: one module per question type, registered in GENERATORS.

``draft_questions(articles)`` reads the articles' facts, corroborates them,
runs every generator and keeps only sound questions: grounded in their
sources, answer supported by a quote, not given away by the prompt, and no
two questions the same (by type and prompt, and by facts and type). Pure and
deterministic: the same articles give the same questions, ids included.

Adding a question type is one module with ``generate(pool) -> list[DraftQuestion]``
and one entry below.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from app.core.corpus import Article
from app.core.facts import Fact
from app.core.grading import normalise_answer

from . import cloze, matching, multiple_choice, short_answer, timeline, true_false
from .checks import answer_supported, gives_answer_away
from .draft import GENERATOR_VERSION, DraftQuestion, text_digest
from .pool import FactPool, build_pool

GENERATORS: dict[str, Callable[[FactPool], list[DraftQuestion]]] = {
    "multiple_choice": multiple_choice.generate,
    "cloze": cloze.generate,
    "true_false": true_false.generate,
    "timeline": timeline.generate,
    "matching": matching.generate,
    "short_answer": short_answer.generate,
}


def draft_questions(articles: Sequence[Article],
                    known: Mapping[str, Sequence[Fact]] | None = None) -> list[DraftQuestion]:
    """Every sound question the generators make from ``articles``, sorted by id (``known``: facts
    already extracted, by article id, see ``build_pool``)."""
    pool = build_pool(articles, known)
    texts = {article.id: article.text for article in articles}
    kept: list[DraftQuestion] = []
    seen_prompts: set[tuple[str, str]] = set()
    seen_facts: set[tuple[str, tuple[str, ...]]] = set()
    ids: set[str] = set()
    for qtype, generate in GENERATORS.items():
        for question in sorted(generate(pool), key=lambda q: q.id):
            if rejection(question, texts) is not None:
                continue
            prompt_key = (question.type, normalise_answer(
                " ".join([question.prompt, *question.items, *(" ".join(pair) for pair in question.pairs)])))
            fact_key = (question.type, tuple(sorted(question.facts)))
            if prompt_key in seen_prompts or fact_key in seen_facts or question.id in ids:
                continue
            seen_prompts.add(prompt_key)
            seen_facts.add(fact_key)
            ids.add(question.id)
            kept.append(question)
    return sorted(kept, key=lambda q: q.id)


def rejection(question: DraftQuestion, texts: dict[str, str]) -> str | None:
    """Why a drafted question is not sound, or None."""
    for source in question.sources:
        if texts.get(source.article, "")[source.start:source.end] != source.quote:
            return f"source {source.article}:{source.start}-{source.end} does not quote its article"
    leak = gives_answer_away(question.type, question.prompt, question.answer, question.options, question.items)
    if leak:
        return leak
    if not answer_supported(question.type, question.prompt, question.answer, [s.quote for s in question.sources],
                            question.true_value, question.pairs):
        return "the answer is not in any source quote"
    if question.options and len({normalise_answer(o) for o in question.options}) != len(question.options):
        return "two options grade the same"
    return None


__all__ = ["GENERATORS", "GENERATOR_VERSION", "DraftQuestion", "FactPool", "build_pool", "draft_questions",
           "rejection", "text_digest"]
