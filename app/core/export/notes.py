"""Questions as Anki notes: which note type, which fields, tags, deck and GUID.

Shared by the .apkg and the CSV exporter, so both give Anki the same notes.
How a question type looks is a registry, ``RENDERERS``: adding a type
(timeline, matching, ...) is adding one entry; a type without an entry is
shown as its prompt on the front and its answer on the back.

Every piece of question text is HTML-escaped here; only the markup this
module writes itself reaches Anki unescaped.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html import escape

from ..answers import PAIR_JOIN, shuffled
from .cards import DEFAULT_PUBLIC_BASE_URL, ExportCard, ExportSet

BLANK = "____"

# Note types. The names and field names are part of the format: Anki matches
# note types by id and fields by position, so never reorder or rename them;
# add new fields at the end only.
BASIC = "basic"
CLOZE = "cloze"
NOTETYPE_NAMES = {BASIC: "Factdeck question", CLOZE: "Factdeck cloze"}
NOTETYPE_FIELDS = {
    BASIC: ("Question", "Options", "Answer", "Explanation", "Source", "Article", "Link"),
    CLOZE: ("Text", "Answer", "Explanation", "Source", "Article", "Link"),
}

DECK_ROOT = "Factdeck"
TYPE_LABELS = {
    "multiple_choice": "Multiple choice",
    "true_false": "True or false",
    "short_answer": "Short answer",
    "cloze": "Cloze",
    "timeline": "Timeline",
    "matching": "Matching",
}


@dataclass(frozen=True)
class Face:
    """What a renderer decides: the note type and its question-specific fields.

    ``front`` is the Question (or, for cloze, the Text with ``{{c1::...}}``),
    ``options`` the choices shown on the front, ``answer`` the back. All HTML.
    """

    notetype: str
    front: str
    answer: str
    options: str = ""


Renderer = Callable[[ExportCard], Face]


@dataclass(frozen=True)
class AnkiNote:
    guid: str
    notetype: str
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    deck: str
    position: int
    modified: float | None = None

    def field(self, name: str) -> str:
        return self.fields[NOTETYPE_FIELDS[self.notetype].index(name)]


def text(value: str) -> str:
    """Question text as HTML: escaped, line breaks kept."""
    return escape(value, quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def html_list(items: Iterable[str], *, ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    body = "".join(f"<li>{text(item)}</li>" for item in items)
    return f"<{tag}>{body}</{tag}>" if body else ""


def render_prompt_answer(card: ExportCard) -> Face:
    """The fallback: prompt on the front, answer (and accepted variants) on the back."""
    answer = text(card.answer)
    if card.accept:
        answer += f'<div class="accept">Also accepted: {", ".join(text(a) for a in card.accept)}</div>'
    return Face(BASIC, text(card.prompt), answer)


def render_choices(card: ExportCard) -> Face:
    """Multiple choice and true/false: the options listed on the front."""
    return Face(BASIC, text(card.prompt), text(card.answer), options=html_list(card.options, ordered=True))


def render_cloze(card: ExportCard) -> Face:
    """Anki's own cloze: the blank becomes ``{{c1::answer}}``."""
    if card.prompt.count(BLANK) != 1:
        return render_prompt_answer(card)
    before, after = card.prompt.split(BLANK)
    return Face(
        CLOZE,
        f"{text(before)}{{{{c1::{cloze_safe(text(card.answer))}}}}}{text(after)}",
        render_prompt_answer(card).answer,
    )


def render_list(card: ExportCard) -> Face:
    """For question types whose parts form a list (timeline, matching): the
    options as a list on the front, the answer one item per line on the back."""
    lines = [line.strip() for line in card.answer.splitlines() if line.strip()]
    answer = html_list(lines, ordered=True) if len(lines) > 1 else text(card.answer)
    return Face(BASIC, text(card.prompt), answer, options=html_list(card.options))


def render_timeline(card: ExportCard) -> Face:
    """The events shuffled (as the app shows them) on the front, in order on the back."""
    if not card.items:
        return render_list(card)
    return Face(BASIC, text(card.prompt), html_list(card.items, ordered=True),
                options=html_list(shuffled(card.items, card.id)))


def render_matching(card: ExportCard) -> Face:
    """Both columns on the front (the right one shuffled), the pairs on the back."""
    if not card.pairs:
        return render_list(card)
    columns = html_list(left for left, _ in card.pairs) + html_list(shuffled([r for _, r in card.pairs], card.id))
    return Face(BASIC, text(card.prompt), html_list(f"{left}{PAIR_JOIN}{right}" for left, right in card.pairs),
                options=columns)


def cloze_safe(html: str) -> str:
    """Keep an answer from ending its cloze early (``}}``) or starting a hint (``::``)."""
    return html.replace("}", "&#125;").replace(":", "&#58;")


RENDERERS: dict[str, Renderer] = {
    "multiple_choice": render_choices,
    "true_false": render_choices,
    "short_answer": render_prompt_answer,
    "cloze": render_cloze,
    "timeline": render_timeline,
    "matching": render_matching,
}


def render(card: ExportCard) -> Face:
    return RENDERERS.get(card.type, render_prompt_answer)(card)


def note_guid(question_id: str) -> str:
    """The note's GUID, from the question's stable id only, never its text."""
    digest = hashlib.sha256(f"factdeck-question:{question_id}".encode()).hexdigest()
    return "fd-" + digest[:20]


def stable_id(*parts: str) -> int:
    """An id in genanki's recommended range [2**30, 2**31), from names."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def deck_title(title: str) -> str:
    """A set title as one deck name component: no ``::``, no blank."""
    cleaned = re.sub(r"\s+", " ", title.replace("::", ":")).strip()
    return cleaned or "Untitled"


def set_deck(question_set: ExportSet) -> str:
    return f"{DECK_ROOT}::{deck_title(question_set.title)}"


def type_deck(question_set: ExportSet, question_type: str) -> str:
    label = TYPE_LABELS.get(question_type) or deck_title(question_type.replace("_", " ").capitalize())
    return f"{set_deck(question_set)}::{label}"


def tag_part(value: str) -> str:
    """Anki tags hold no spaces."""
    return re.sub(r"\s+", "_", value.strip()) or "none"


def note_tags(question_set: ExportSet, card: ExportCard) -> tuple[str, ...]:
    tags = [f"set::{tag_part(question_set.slug)}", f"type::{tag_part(card.type)}"]
    if card.fact_kind:
        tags.append(f"kind::{tag_part(card.fact_kind)}")
    for article_id in dict.fromkeys(source.article_id for source in card.sources):
        tags.append(f"article::{tag_part(article_id)}")
    return tuple(tags)


def anki_note(
    question_set: ExportSet, card: ExportCard, position: int, base_url: str = DEFAULT_PUBLIC_BASE_URL
) -> AnkiNote:
    face = render(card)
    explanation = text(card.explanation)
    sources = "<br>".join(f"“{text(source.quote)}”" for source in card.sources)
    articles = "<br>".join(dict.fromkeys(text(source.article_title) for source in card.sources))
    links = "<br>".join(
        f'<a href="{escape(source.url(base_url), quote=True)}">Read in the article: '
        f"{text(source.article_title)}</a>"
        for source in card.sources
    )
    if face.notetype == CLOZE:
        fields = (face.front, face.answer, explanation, sources, articles, links)
    else:
        fields = (face.front, face.options, face.answer, explanation, sources, articles, links)
    return AnkiNote(
        guid=note_guid(card.id),
        notetype=face.notetype,
        fields=fields,
        tags=note_tags(question_set, card),
        deck=type_deck(question_set, card.type),
        position=position,
        modified=card.modified,
    )


def anki_notes(sets: Iterable[ExportSet], base_url: str = DEFAULT_PUBLIC_BASE_URL) -> Iterator[AnkiNote]:
    for question_set in sets:
        for position, card in enumerate(question_set.cards):
            yield anki_note(question_set, card, position, base_url)
