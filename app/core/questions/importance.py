"""How much a teacher wants a fact asked: the article's headline event and key dates first.

A simple, explainable score: where the fact stands in its article (the
headline and lead paragraph carry the news), how many articles tell it, and
what kind of fact it is.
"""
from __future__ import annotations

from .draft import DraftQuestion
from .pool import LEAD_SHARE, FactPool, Topic

KIND_WEIGHT = {"visit": 1.0, "anniversary": 0.8, "agreement_area": 0.7, "date": 0.5}


def topic_importance(topic: Topic, pool: FactPool) -> float:
    positions = []
    for source in topic.sources:
        article = pool.articles.get(source.article)
        if article is not None and article.text:
            positions.append(source.start / len(article.text))
    first = min(positions) if positions else 1.0
    place = 2.0 if first < LEAD_SHARE else 1.0 - first
    dated = 0.3 if topic.year else 0.0
    return round(place + 0.5 * (len(topic.articles) - 1) + KIND_WEIGHT.get(topic.kind, 0.0) + dated, 4)


def rank(questions: list[DraftQuestion], pool: FactPool) -> list[DraftQuestion]:
    """Questions, most important first (ties by id, so the order is stable); each gets its score."""
    scores = {topic.id: topic_importance(topic, pool) for topic in pool.topics}
    for question in questions:
        known = [scores[fact] for fact in question.facts if fact in scores]
        question.importance = round(sum(known) / len(known), 4) if known else 0.0
    return sorted(questions, key=lambda q: (-q.importance, q.id))
