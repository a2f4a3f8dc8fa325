"""Moodle GIFT: a set as questions a teacher imports into a Moodle question bank.

Each question is named by its stable id (``::id::``), sits in a category per
set, and carries the explanation, the source quote and a link to the sentence
as general feedback. Text is HTML (``[html]``, escaped), then GIFT-escaped:
``~ = # { } :`` and the backslash itself get a backslash before them.
Question types are a registry, as for Anki; an unknown type is asked as a
short answer.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from html import escape

from .cards import DEFAULT_PUBLIC_BASE_URL, ExportCard, ExportSet
from .notes import BLANK

_SPECIAL = re.compile(r"([\\~=#{}:])")


def gift_escape(value: str) -> str:
    """Escape GIFT's special characters; line breaks become ``\\n``."""
    escaped = _SPECIAL.sub(r"\\\1", value)
    return escaped.replace("\r\n", "\n").replace("\n", r"\n")


def html(value: str) -> str:
    """Question text for ``[html]``: escaped, then GIFT-escaped."""
    return gift_escape(escape(value, quote=False))


def plain(value: str) -> str:
    """An answer Moodle compares typed text with: GIFT-escaped only."""
    return gift_escape(value)


def general_feedback(card: ExportCard, base_url: str) -> str:
    parts = []
    if card.explanation:
        parts.append(escape(card.explanation, quote=False))
    for source in card.sources:
        parts.append(
            f"<blockquote>{escape(source.quote, quote=False)}</blockquote>"
            f'<a href="{escape(source.url(base_url), quote=True)}">'
            f"Read in the article: {escape(source.article_title, quote=False)}</a>"
        )
    return gift_escape("<br>".join(parts))


def _feedback(card: ExportCard, base_url: str) -> str:
    feedback = general_feedback(card, base_url)
    return f" ####{feedback}" if feedback else ""


def gift_choices(card: ExportCard, base_url: str) -> str:
    answers = " ".join(("=" if option == card.answer else "~") + html(option) for option in card.options)
    return f"{html(card.prompt)} {{{answers}{_feedback(card, base_url)}}}"


def gift_true_false(card: ExportCard, base_url: str) -> str:
    truth = "T" if card.answer.strip().lower() == "true" else "F"
    return f"{html(card.prompt)} {{{truth}{_feedback(card, base_url)}}}"


def _typed_answers(card: ExportCard) -> str:
    return " ".join("=" + plain(answer) for answer in dict.fromkeys((card.answer, *card.accept)))


def gift_short_answer(card: ExportCard, base_url: str) -> str:
    return f"{html(card.prompt)} {{{_typed_answers(card)}{_feedback(card, base_url)}}}"


def gift_cloze(card: ExportCard, base_url: str) -> str:
    """GIFT's missing-word form: the answer braces stand where the blank was."""
    if card.prompt.count(BLANK) != 1:
        return gift_short_answer(card, base_url)
    before, after = card.prompt.split(BLANK)
    return f"{html(before)}{{{_typed_answers(card)}{_feedback(card, base_url)}}}{html(after)}"


def gift_matching(card: ExportCard, base_url: str) -> str:
    """GIFT's own matching: ``=left -> right`` per pair."""
    if not card.pairs:
        return gift_short_answer(card, base_url)
    pairs = " ".join(f"={html(left)} -> {plain(right)}" for left, right in card.pairs)
    return f"{html(card.prompt)} {{{pairs}{_feedback(card, base_url)}}}"


def gift_timeline(card: ExportCard, base_url: str) -> str:
    """GIFT has no ordering type: each event is matched to its place (1 = earliest)."""
    if not card.items:
        return gift_short_answer(card, base_url)
    pairs = " ".join(f"={html(event)} -> {place}" for place, event in enumerate(card.items, start=1))
    return f"{html(card.prompt)} (1 = earliest) {{{pairs}{_feedback(card, base_url)}}}"


GiftRenderer = Callable[[ExportCard, str], str]
GIFT_RENDERERS: dict[str, GiftRenderer] = {
    "multiple_choice": gift_choices,
    "true_false": gift_true_false,
    "short_answer": gift_short_answer,
    "cloze": gift_cloze,
    "matching": gift_matching,
    "timeline": gift_timeline,
}


def gift_question(card: ExportCard, base_url: str = DEFAULT_PUBLIC_BASE_URL) -> str:
    body = GIFT_RENDERERS.get(card.type, gift_short_answer)(card, base_url)
    return f"::{gift_escape(card.id)}::[html]{body}"


def gift_text(sets: Iterable[ExportSet], base_url: str = DEFAULT_PUBLIC_BASE_URL) -> str:
    """The whole file as text (write it as UTF-8)."""
    blocks = []
    for question_set in sets:
        blocks.append(
            f"// {question_set.title.replace(chr(10), ' ')}\n$CATEGORY: $course$/Factdeck/{question_set.slug}"
        )
        blocks.extend(gift_question(card, base_url) for card in question_set.cards)
    return "\n\n".join(blocks) + "\n"
