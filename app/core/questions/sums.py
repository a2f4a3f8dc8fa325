"""'What was the total value of the deals signed during X's visit to Y?': the sum a signing was
worth, when the article gives it ('signed deals with Lorvia valued at $30 billion').

Next to the count of documents, the money is what news of a visit leads with, and what a teacher
asks. Only a value the sentence ties to the signing ('worth', 'valued at', 'amounting to', 'with a
total value of') is asked, and only where the sentence's occasion is clear (the trip or the two
countries, as for counts); trade figures and budgets are not signings. The amount is asked as the
article writes it ('$14.7 billion'); wrong options change only the number, keeping its currency,
scale and decimals. A question of its own beside the fact's (``aspect = "sum"``).
"""
from __future__ import annotations

import re

from app.core.corroboration import SourceRef

from . import distractors
from .counts import PLANNED, SIGNED, signing_occasion
from .draft import DraftQuestion, question_id
from .pool import FactPool
from .statements import without_dateline
from .story import single_articles

_CURRENCY_BEFORE = r"(?:(?:US|U\.S\.|A|C|NZ|HK|S)\s?\$|\$|€|£|¥|(?:USD|EUR|GBP|RMB|CNY|INR|AED|SAR|Rs\.?)\s?)"
_SCALE = r"(?:trillion|billion|million|bn|mn|crore|lakh)"
_CURRENCY_AFTER = r"(?:(?:US\s)?dollars|euros|pounds|yuan|rupees|riyals|dirhams|yen|rubles|roubles|rand)"
_AMOUNT = (rf"(?P<money>{_CURRENCY_BEFORE}(?P<n1>\d{{1,4}}(?:\.\d{{1,2}})?)\s?{_SCALE}"
           rf"|(?P<n2>\d{{1,4}}(?:\.\d{{1,2}})?)\s{_SCALE}\s(?:of\s)?{_CURRENCY_AFTER})\b")
_VALUED = re.compile(
    r"(?i)\b(?:worth|valued\s+at|amount(?:ing|ed)?\s+to|total(?:l?ing)?|(?:total\s+)?value\s+of|estimated\s+at)"
    r"\s{1,3}(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|approximately|an\s+estimated|a\s+total\s+of)"
    r"\s{1,3})?" + _AMOUNT)
# what the sum is of, the nearest before it: 'deals', 'memoranda of understanding', 'investment commitments'
_WHAT = re.compile(r"(?i)\b(?P<what>investment\s+commitments|investment\s+deals|deals|agreements|contracts|accords"
                   r"|MoUs|MOUs|memorand(?:a|ums)(?:\s+of\s+understanding)?)\b")
_NOUNS = {"mous": "memoranda of understanding", "memoranda": "memoranda of understanding",
          "memorandums": "memoranda of understanding", "memorandums of understanding": "memoranda of understanding"}


def generate(pool: FactPool) -> list[DraftQuestion]:
    questions: list[DraftQuestion] = []
    for article_id in single_articles(pool):
        question = _sum_question(pool, article_id)
        if question is not None:
            questions.append(question)
    return questions


def _sum_question(pool: FactPool, article_id: str) -> DraftQuestion | None:
    """The article's first value of a signing, asked once per article."""
    article = pool.articles[article_id]
    for index in pool.story(article.id):
        sentence = article.sentences[index]
        text = article.sentence_text(sentence)
        match = _VALUED.search(text)
        if match is None or not SIGNED.search(text) or PLANNED.search(text):
            continue
        what = _what_was_signed(text[:match.start()])
        if what is None:
            continue
        found = signing_occasion(pool, article_id, sentence.start, sentence.end, text)
        if found is None:
            continue  # the next sentence may say which signing it was
        occasion, anchor = found
        money = " ".join(match.group("money").split())
        number = match.group("n1") or match.group("n2")
        wrong = _other_amounts(money, number, anchor.id)
        if len(wrong) < 3:
            continue
        quote = without_dateline(text.strip())
        question = DraftQuestion(
            id=question_id(anchor.id, "multiple_choice") + "v", type="multiple_choice", kind=anchor.kind,
            prompt=f"What was the total value of the {what} signed {occasion}?", answer=money,
            explanation=f"The {what} signed {occasion} were worth {money}. The article says: “{quote}”",
            sources=[SourceRef(article_id, sentence.start, sentence.end, text)],
            facts=[anchor.id, *anchor.merged], keys=[anchor.fact.key], aspect="sum")
        question.options = sorted([money, *wrong], key=_amount)  # smallest first, as a teacher lists sums
        return question
    return None


def _amount(money: str) -> float:
    return float(re.search(r"\d+(?:\.\d+)?", money).group())


def _what_was_signed(before: str) -> str | None:
    """The documents the value is of, the first the sentence names ('signed several agreements,
    including MoUs on investments, amounting to …' is the agreements' value), as a stem asks."""
    found = _WHAT.search(before)
    if found is None:
        return None
    what = " ".join(found.group("what").split())
    return _NOUNS.get(what.lower(), what.lower())


def _other_amounts(money: str, number: str, seed: str) -> list[str]:
    """Three sums written as the answer is ('$30 billion' → '$12 billion', '$45 billion', …), some
    below and some above, with its decimals, none the same."""
    value = float(number)
    decimals = len(number.split(".")[1]) if "." in number else 0
    def written(amount: float) -> str:
        return f"{amount:.{decimals}f}"
    # uneven steps, so no option is a plain multiple of another that gives the key away
    below = [written(value * f) for f in (0.77, 0.58, 0.43)]
    above = [written(value * f) for f in (1.3, 1.65, 2.2)]
    below = [b for b in dict.fromkeys(below) if float(b) > 0 and b != number]
    above = [a for a in dict.fromkeys(above) if a != number]
    return [money.replace(number, amount, 1) for amount in distractors.around(below, above, 3, seed)]
