"""Lists of fields told without a phrase that introduces them: "Key areas include agriculture,
mining and renewable energy", "expand collaboration in Fisheries, Higher Education and Digital
Trade", "deals worth $2bn in energy, ports and logistics".

The introducing phrases of ``areas.py`` cannot all be foreseen; the fields themselves can. A
coordinated list ("A, B and C") whose items are mostly fields of the vocabulary (``sectors.py``)
is a list of areas, when the sentence speaks of cooperating, agreeing or of areas at all (the
caller checks that). Items are bounded by the list's own commas and its closing "and": the first
item starts after the last word that is no part of a field ("include", "in"), the last ends at
the first such word ("by 2030", "with Chile").
"""
from __future__ import annotations

import re

from app.core.facts.reading import MAX_SENTENCE_CHARS
from app.core.facts.sectors import is_field_word

# Separators between items: a comma (with "and" / "or" after it), a bare "and", "as well as", "&".
# (Bounded spaces: a run of blanks in a paste costs a linear scan, not a quadratic one.)
_SEPARATOR = re.compile(r",\s{0,3}(?:(?:and|or|as\s{1,3}well\s{1,3}as)\s{1,3})?|\s{1,3}(?:and|or|as\s{1,3}well\s{1,3}as|&)\s{1,3}")
_CLOSING = re.compile(r"(?:and|or|as\s{1,3}well\s{1,3}as|&)\s{0,3}$")
# Where any list stops: hard punctuation and dashes.
_HARD = re.compile(r"[.;:()!?\"“”\[\]]|\s[-–—]\s")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Words that are no part of a field's name: they stand before the first item or after the last.
_OUTSIDE = frozenset(["a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "his", "her", "both", "all", "other", "such", "some", "each", "several", "various", "key", "main", "major", "priority", "priorities", "important", "crucial", "vital", "strategic", "core", "new", "further", "more", "areas", "area", "sectors", "sector", "fields", "field", "domains", "domain", "spheres", "sphere", "industries", "issues", "matters", "topics", "in", "on", "of", "for", "to", "from", "with", "by", "at", "into", "across", "between", "among", "within", "through", "over", "under", "about", "including", "include", "includes", "included", "covering", "cover", "covers", "covered", "spanning", "span", "spans", "such", "as", "like", "namely", "especially", "particularly", "notably", "mainly", "is", "are", "was", "were", "be", "been", "being", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have", "had", "do", "does", "did", "also", "as", "well", "which", "who", "that", "where", "when", "while", "whose", "cooperation", "co-operation", "collaboration", "partnership", "ties", "relations", "links", "exchanges", "deals", "agreements", "worth", "signed", "sign", "agreed", "agree", "expand", "boost", "strengthen", "deepen", "enhance", "promote", "develop", "increase"])
# "ministers of trade, energy and health": offices named by their fields, no list of areas.
_OFFICES = re.compile(
    r"(?i)\b(?:ministers?|ministr(?:y|ies)|departments?|secretar(?:y|ies)|commissioners?|directors?"
    r"|universit(?:y|ies)|faculty|faculties|schools?|colleges?|institutes?|bureaus?|offices?|councils?"
    r"|heads?|chiefs?)\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+$"
)
# "agreed that tourism and trade had grown": the list is the subject of a clause, no field agreed on
# (unless what follows names it one: "trade and energy are among the areas of cooperation").
_SUBJECT = re.compile(
    r"(?i)\s+(?:is|are|was|were|has|have|had|will|would|can|could|remains?|remained|grew|rose|fell"
    r"|accounts?|accounted|makes?|made|continues?|continued)\b(?![^.;]{0,200}?\b(?:areas?|sectors?|fields?|cooperation"
    r"|co-operation|collaboration|partnership)\b)"
)
# "They discussed trade and migration": fields only spoken of are no areas agreed on.
_SPOKEN_OF = re.compile(
    r"(?i)\b(?:discuss(?:ed|es|ing)?|talk(?:ed|s|ing)?\s+about|touch(?:ed|es|ing)?\s+on|raised|review(?:ed|s|ing)?"
    r"|exchang(?:ed|ing)\s+views\s+on)\b"
)
# Nouns outside a field alone that may head one: "people-to-people links", "defence cooperation".
_HEADS = frozenset({"ties", "links", "relations", "exchanges", "cooperation", "co-operation", "sector", "industries"})
_MAX_ITEM_WORDS = 4
_VERB_AFTER = re.compile(r"[a-z]+ed|grew|rose|fell|took|made|saw|led|won")
_MAX_ITEMS = 30  # the longest real lists hold about twenty fields; more is junk


def field_lists(text: str, introduced_at: int | None = None) -> list[tuple[list[str], int, int]]:
    """Each list of fields in ``text``: its items, and where it starts and ends. A list that starts
    at ``introduced_at`` (right after "The areas include") needs only half its items to be fields."""
    text = text[:MAX_SENTENCE_CHARS]  # longer is junk the extractor skips (a test may pass it here)
    found = []
    start = 0
    for end in [m.start() for m in _HARD.finditer(text)] + [len(text)]:
        found.extend(_lists_in(text, start, end, introduced_at))
        start = end + 1
    return found


def _lists_in(text: str, start: int, end: int, introduced_at: int | None) -> list[tuple[list[str], int, int]]:
    """Lists inside one stretch without hard punctuation."""
    part = text[start:end]
    chunks: list[tuple[int, int, bool]] = []  # each chunk's span and whether a closing word came before it
    at, closed = 0, False
    for sep in _SEPARATOR.finditer(part):
        chunks.append((at, sep.start(), closed))
        at, closed = sep.end(), bool(_CLOSING.search(sep.group()))
    chunks.append((at, len(part), closed))
    found = []
    index = 0
    while index < len(chunks) - 1:
        a, b, _ = chunks[index]
        if _OFFICES.search(part[a:b]):  # the offices' list goes on to its closing item
            index = next((n for n in range(index + 1, len(chunks)) if chunks[n][2]), len(chunks))
            continue
        run, reached = _run_from(part, chunks, index,
                                 None if introduced_at is None else introduced_at - start)
        if run is None:
            # a run from any chunk before ``reached`` fails there too: each chunk is read once or twice
            index = max(index + 1, reached)
            continue
        items, first, last = run
        if not _SUBJECT.match(part, last):
            found.append((items, start + first, start + last))
        index = reached
    return found


_Run = tuple[list[str], int, int]  # the items, where the first starts and where the last ends


def _run_from(part: str, chunks: list[tuple[int, int, bool]], index: int,
              introduced_at: int | None) -> tuple[_Run | None, int]:
    """The list whose first item ends chunk ``index``, when the chunks after it close one; and the
    chunk after the last one read."""
    a, b, _ = chunks[index]
    first = _tail_item(part[a:b])
    if introduced_at is not None and a <= introduced_at < b:  # "The areas include climate resilience"
        first = _whole_item(part[introduced_at:b]) or first
    if first is None or _SPOKEN_OF.search(part[a:b - len(first)]):
        return None, index + 1
    items = [first]
    first_at = b - len(first)
    lenient = introduced_at is not None and abs(first_at - introduced_at) <= 1
    best: tuple[_Run | None, int] = (None, len(chunks))  # the list closed so far, if any
    for number in range(index + 1, len(chunks)):
        a, b, closed = chunks[number]
        chunk = part[a:b]
        whole = _whole_item(chunk)
        if closed:  # the last item: up to the first word outside a field
            last = _head_item(chunk)
            if last is None:
                return best if best[0] else (None, number)
            run = (items + [last], first_at, a + len(last)) if _fields_enough(items + [last], lenient) else None
            best = (run, number + 1) if run else best
            going_on = number + 1 < len(chunks) and part[b:chunks[number + 1][0]].lstrip().startswith(",")
            if not (going_on and whole is not None and whole == chunk.strip()):
                return best if best[0] else (None, number + 1)
            # "trade and investment, tourism and business events, and X": the list goes on
        if whole is None or len(items) == _MAX_ITEMS:
            return best if best[0] else (None, number)
        items.append(whole)
    return best


def _tail_item(chunk: str) -> str | None:
    """The item a chunk ends with: its last words up to one outside a field ('include agriculture')."""
    words = list(_WORD.finditer(chunk))
    if not words or words[-1].end() != len(chunk.rstrip()):
        return None
    keep = 0
    for word in reversed(words):
        if word.group().lower() in _OUTSIDE or keep == _MAX_ITEM_WORDS or not _modifier_or_field(word.group()):
            break
        keep += 1
    if keep == 0:
        return None
    return chunk[words[len(words) - keep].start():].strip()


def _head_item(chunk: str) -> str | None:
    """The item a chunk starts with: its first words up to one outside a field ('energy by 2030')."""
    words = list(_WORD.finditer(chunk))
    if not words or words[0].start() != len(chunk) - len(chunk.lstrip()) or _action(words[0].group()):
        return None
    keep = 0
    for word in words:
        lower = word.group().lower()
        if lower in _OUTSIDE or keep == _MAX_ITEM_WORDS or (keep and _VERB_AFTER.fullmatch(lower)):
            break  # 'energy by 2030', 'tourism boosted jobs'
        if keep and word.group()[:1].isupper() and not words[0].group()[:1].isupper():
            break  # 'banking Kessia ...': a name after a field in lower case
        keep += 1
    if keep == 0:
        return None
    return chunk[: words[keep - 1].end()].strip()


def _whole_item(chunk: str) -> str | None:
    """A middle item: the whole chunk, a few words, none outside a field."""
    words = _WORD.findall(chunk)
    if not 1 <= len(words) <= _MAX_ITEM_WORDS or len(" ".join(words)) < len(chunk.strip()) - 2:
        return None  # digits, symbols: no field
    inner = words[1:-1] if words[-1].lower() in _HEADS else words[1:]  # "people-to-people links"
    if (any(word.lower() in _OUTSIDE for word in inner) or words[0].lower() in _OUTSIDE - {"the"}
            or _action(words[0])):
        return None
    return re.sub(r"(?i)^the\s+", "", chunk.strip())


def _action(word: str) -> bool:
    """'promoting (tourism)': a verb that acts on a field starts a clause, not an item ('mining' and
    'fishing' are fields)."""
    return word.lower().endswith("ing") and not is_field_word(word)


def _modifier_or_field(word: str) -> bool:
    """A word that may stand in a field's name before its head: a field word, or one shaped like
    an adjective or a compound ('renewable', 'digital', 'agro-processing')."""
    return is_field_word(word) or bool(re.search(r"(?i)(?:al|ic|ive|ary|able|ible|ous|ern|ing|-\w+)$", word))


def _fields_enough(items: list[str], lenient: bool = False) -> bool:
    """Two items at least, each a field but for one in a list of four or more (half of them, when
    the sentence has said a list of fields comes)."""
    fields = sum(1 for item in items if any(is_field_word(w) for w in _WORD.findall(item)))
    if lenient:
        return len(items) >= 2 and 2 * fields >= len(items)
    allowed = 1 if len(items) >= 4 else 0
    return len(items) >= 2 and fields >= len(items) - allowed
