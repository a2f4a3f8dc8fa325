"""What the questions of one article's own story read: the articles that tell facts alone, and the
story's sentences on a reported trip."""
from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.corpus import Sentence

from .pool import FactPool, Topic
from .wording import tells_earlier_trip


def single_articles(pool: FactPool) -> list[str]:
    """The articles that tell some fact no other article does, in the pool's order: the ones a
    question on an article's own story (its count, its sums, its meetings) is drafted for."""
    return list(dict.fromkeys(t.articles[0] for t in pool.topics if len(t.articles) == 1))


def reported_trips(pool: FactPool, article_id: str) -> list[Topic]:
    """The trips an article reports: those of its headline or lead, else all of its trips when one
    traveller makes them (the story told past its lead)."""
    told = pool.told_only_in(article_id, "visit")
    news = [t for t in told if pool.is_news(t)]
    return news or (told if len({str(t.fields["visitor"]) for t in told}) == 1 else [])


def sentences_on(pool: FactPool, trip: Topic, follow: re.Pattern[str]) -> Iterator[tuple[Sentence, str]]:
    """(sentence, its text) of the trip's story that speak of it: naming the visitor, told as the
    trip, or right after such a sentence and opening as ``follow`` says ('The visit …', 'He …')."""
    article = pool.articles[trip.articles[0]]
    surname = str(trip.fields["visitor"]).split()[-1]
    anchored = {(s.start, s.end) for s in trip.sources}
    previous = ""
    for index in pool.story(article.id):
        sentence = article.sentences[index]
        text = article.sentence_text(sentence)
        about = surname in text or (sentence.start, sentence.end) in anchored or (
            surname in previous and follow.match(text) is not None)
        previous = text
        if about and not tells_earlier_trip(text):
            yield sentence, text
