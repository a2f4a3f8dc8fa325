"""Areas of cooperation: the list after "cooperation in", "sectors such as",
"areas ... including", split into one item each.

Items keep their inner "and" ("information and communication",
"people-to-people exchanges"); the list's own "and" is the one after the last
comma ("..., information and communication, and healthcare"), or, with no
serial comma, the first "and" of the last item.
"""
from __future__ import annotations

import re

from app.core.facts.reading import SentenceView

_TRIGGER = re.compile(
    r"(?i)\b(?:(?:cooperation|cooperate|cooperating|co-operation|collaboration|collaborate|partnership)\s+(?:in|on)\s+"
    r"(?:(?:the\s+)?(?:fields?|areas?|sectors?|domains?)\s+(?:of|such\s+as|including|like)\s+)?"
    r"|(?:sectors?|areas?|fields?|domains?)(?:\s+of\s+cooperation)?\s+(?:such\s+as|including|like|namely|ranging\s+from)\s+"
    r"|(?:sectors?|areas?|fields?|domains?)\s+[^.;:]{0,80}?,\s+(?:such\s+as|including|like|namely)\s+"
    r"|(?:agreements?|deals?|memorand(?:a|um)\s+of\s+understanding|MoUs?|MOUs?|pacts?)\s+(?:on|in|covering)\s+)"
)
_CUE = re.compile(r"(?i)cooperat|co-operat|collaborat|partnership|sector|area|field|domain|agreement|deal|memorand|mou|pact")
# Items that keep their "and".
_WHOLE = re.compile(
    r"(?i)^(?:information\s+and\s+communications?(?:\s+technology)?|science\s+and\s+technology|research\s+and\s+development"
    r"|oil\s+and\s+gas|trade\s+and\s+industry|food\s+and\s+agriculture|arts?\s+and\s+culture|culture\s+and\s+arts?"
    r"|sports?\s+and\s+tourism|culture\s+and\s+tourism|transport\s+and\s+logistics|health\s+and\s+(?:medicine|social\s+welfare)"
    r"|defen[cs]e\s+and\s+security|education\s+and\s+training|labou?r\s+and\s+employment|agriculture\s+and\s+fisheries)$"
)
# Words that end the list's last item: "and agriculture has grown".
_ITEM_END = re.compile(
    r"(?i)\s(?:has|have|had|is|are|was|were|will|would|can|could|should|to|between|with|that|which|among|through|for|as|at"
    r"|by|from|under|within|while|in\s+(?=\d)|in\s+(?:line|order|the|a|an|both|each|January|February|March|April|May|June|July|August"
    r"|September|October|November|December)|so|thereby|since|during|where|who|because|,)\b"
)
_BAD_ITEM = re.compile(r"(?i)^(?:a|an|this|these|its|their|our)\b|^(?:the\s+)?(?:areas?|fields?|sectors?|that|which|the\s+region|each|both|all|other)\b|\d")


def find_areas(view: SentenceView) -> list[list[str]]:
    text = view.text
    lists: list[list[str]] = []
    if not _CUE.search(text):
        return lists
    for m in _TRIGGER.finditer(text):
        items = _split(text[m.end():])
        if len(items) >= 2:
            lists.append(items)
    return lists


def _split(rest: str) -> list[str]:
    rest = re.split(r"[.;:()!?\"“”]|\s[-–—]\s", rest, maxsplit=1)[0]
    chunks = [c.strip() for c in rest.split(",")]
    items: list[str] = []
    for index, chunk in enumerate(chunks):
        final = re.match(r"(?i)(?:and|or|as\s+well\s+as)\s+(.*)$", chunk)
        if final:  # the serial "and": its item may hold an "and" of its own
            items.append(_cut(final.group(1)))
            break
        cut = _cut(chunk)
        last = index == len(chunks) - 1 or cut != chunk or not _ok(_cut(chunks[index + 1]).removeprefix("and "))
        if last:
            items.extend(_last_pair(cut))
            break
        items.append(chunk)
    items = [_clean(i) for i in items if i]
    for k, item in enumerate(items):
        if not _ok(item):
            return items[:k]
    return items


def _last_pair(chunk: str) -> list[str]:
    """The list's last chunk without a serial comma: "sports and tourism" is two items, unless it is one."""
    if _WHOLE.match(chunk):
        return [chunk]
    parts = re.split(r"\s+(?:and|or)\s+", chunk, maxsplit=1)
    return [p for p in parts if p]


def _cut(chunk: str) -> str:
    m = _ITEM_END.search(" " + chunk)
    return (chunk[: m.start()] if m else chunk).strip()


def _clean(item: str) -> str:
    return re.sub(r"(?i)^(?:the|fields?\s+of|areas?\s+of|such\s+as)\s+", "", item).strip()


def _ok(item: str) -> bool:
    words = item.split()
    if not 1 <= len(words) <= 5 or _BAD_ITEM.match(item):
        return False
    # Areas are common nouns: a capitalised run is a list of names ("the United Nations").
    capitals = sum(1 for w in words if w[:1].isupper() and not w.isupper())
    return capitals <= len(words) // 2
