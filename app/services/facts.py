"""Facts of the stored articles, extracted on demand and corroborated."""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from ..core.corroboration import CorroboratedFact, corroborate
from ..core.facts import Fact, extract_facts
from ..models import Article
from . import content


def facts_of(row: Article) -> tuple[Fact, ...]:
    return facts_of_text(row.id, row.sha256, row.text)


def facts_of_text(article_id: str, sha256: str, text: str) -> tuple[Fact, ...]:
    """The facts of an article's text, read once per process and text digest."""
    return _facts_cached(article_id, sha256, text)


@lru_cache(maxsize=512)
def _facts_cached(article_id: str, _sha256: str, text: str) -> tuple[Fact, ...]:
    # Keyed by the digest too, so an edited article is read afresh.
    return tuple(extract_facts(content.parsed_article(article_id, _sha256, text)))


def facts_by_sentence(row: Article) -> dict[int, list[Fact]]:
    """The article's facts, keyed by the index of the sentence they quote."""
    article = content.corpus_article(row)
    grouped: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts_of(row):
        sentence = article.sentence_at(fact.start)
        if sentence is not None:
            grouped[sentence.index].append(fact)
    return dict(grouped)


def corpus_facts(*, teacher: bool = True) -> list[CorroboratedFact]:
    """Every fact of every stored article (for anyone but a teacher, of the public ones), the
    same fact told twice counted once."""
    return corroborate(fact for row in content.list_articles(teacher=teacher) for fact in facts_of(row))
