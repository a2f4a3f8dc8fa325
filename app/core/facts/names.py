"""Words, place names and person names in one sentence, and who "he" is.

Everything works on the sentence as a plain string with offsets relative to
it; the caller adds the sentence's start. People are recognised from shape,
not from a list of names: a run of capitalised words that are not places,
titles or organisation words, such as "Kim Il-sung" or "Tô Lâm".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from app.core.facts.gazetteer import DEMONYMS, NOT_A_PLACE_AFTER, PLACES, Place, fold

# A word: letters/digits with inner apostrophes; dotted acronyms keep their
# dots ("U.S.", "D.P.R.K."). Hyphens split words, so "Il-sung" is two.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*(?:(?:\.\w+)+\.?)?")  # one pass: no second try per word


_POSSESSIVE_END = re.compile(r"['’]s$")


def _forms(text: str) -> tuple[str, str, str, bool, bool]:
    """A word's bare form (without a possessive "'s"), folded forms, capital and possessive."""
    possessive = text.endswith(("'s", "’s"))
    bare = text[:-2] if possessive else text
    key = fold(text)
    forms = (bare, key, fold(bare) if possessive else key, text[:1].isupper(), possessive)
    if len(_FORMS) < 100_000:  # words recur across sentences and articles; bounded for hostile input
        _FORMS[text] = forms
    return forms


_FORMS: dict[str, tuple[str, str, str, bool, bool]] = {}


class Token:
    """A word and its offsets; its folded and bare forms are worked out once."""

    __slots__ = ("bare", "bare_key", "end", "is_capitalised", "is_possessive", "key", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        forms = _FORMS.get(text)
        if forms is None:
            forms = _forms(text)
        self.bare, self.key, self.bare_key, self.is_capitalised, self.is_possessive = forms

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    start: int
    end: int


def find_places(text: str, tokens: list[Token] | None = None) -> list[PlaceMention]:
    """Countries and cities named in ``text``, longest name first."""
    tokens = tokenize(text) if tokens is None else tokens
    keys = [t.key for t in tokens]
    found: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].is_capitalised:
            i += 1
            continue
        tag = _hashtag_place(text, tokens[i])
        if tag is not None:  # "#SriLanka"
            found.append(PlaceMention(tag, tokens[i].start - 1, tokens[i].end))  # the mention holds its "#"
            i += 1
            continue
        hit = None
        lengths = _PLACE_LENGTHS.get(keys[i], ()) or _PLACE_LENGTHS.get(tokens[i].bare_key, ())
        for n in lengths:
            if n > len(tokens) - i:
                continue
            key = tuple(keys[i:i + n])
            if key in PLACES:
                hit = (n, PLACES[key])
                break
            last = tokens[i + n - 1]
            if last.is_possessive:  # "the DPRK's support"
                stripped = key[:-1] + (last.bare_key,)
                if stripped in PLACES:
                    hit = (n, PLACES[stripped])
                    break
        if hit is None:
            i += 1
            continue
        n, place = hit
        after = keys[i + n] if i + n < len(keys) else ""
        if after == "state" and i + n + 1 < len(keys) and keys[i + n + 1].startswith("visit"):
            after = ""  # "a Japan state visit" is a visit to Japan, unlike "Kaduna State"
        last = tokens[i + n - 1]
        # "New Zealand Aid Programme", "Kenya Airways": the name of an organisation, not the country
        names_org = after in ORG_WORDS and tokens[i + n].is_capitalised if i + n < len(tokens) else False
        if place is not None and not ((after in NOT_A_PLACE_AFTER or names_org) and not last.is_possessive):
            found.append(PlaceMention(place, tokens[i].start, last.end))
        i += n
    return found


def _hashtag_place(text: str, token: Token) -> Place | None:
    """A place written as a hashtag in camel case ("#SriLanka", "#NewZealand")."""
    if token.start == 0 or text[token.start - 1] != "#":
        return None
    words = tuple(fold(w) for w in re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", token.bare))
    return PLACES.get(words) if len(words) > 1 else PLACES.get((token.bare_key,))


def _lengths_by_first_word() -> dict[str, tuple[int, ...]]:
    """For each word that opens a place name, the lengths of those names, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in PLACES:
        lengths.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


# Only words that open a place name are looked up, and only at that name's lengths.
_PLACE_LENGTHS = _lengths_by_first_word()

# Capitalised words that are part of an office, not of a name.
TITLE_WORDS = frozenset(
    fold(w)
    for w in """
    president presidents vice prime minister ministers deputy foreign chairman chairwoman chair premier
    general secretary supreme leader king queen emperor empress prince princess crown sheikh
    sultan emir amir chancellor ambassador governor mayor senator speaker commander marshal comrade
    respected dear mr mrs ms dr prof sir lord lady dame pope cardinal bishop archbishop chief
    executive director head envoy consul secretary-general representative delegate spokesperson
    spokesman spokeswoman defence defense trade finance interior justice health education labour
    economy agriculture culture tourism home affairs state deputy-prime first lady officer
    permanent politburo member standing vice-president vice-chairman founding father leaders gentleman chairperson
    his her excellency majesty highness late then former incoming outgoing acting
    hon honourable honorable mp adviser advisor custodian pm councillor councilor datuk dato seri
    lt gen col maj brig capt adm lieutenant colonel major brigadier admiral hm hrh h.e sovereign
    """.split()  # noqa: SIM905 (a word list)
)

# Capitalised words of organisations, buildings and the like.
ORG_WORDS = frozenset(
    fold(w)
    for w in """
    party ministry committee republic union nations agency forum movement council assembly
    government congress university news media times post embassy bank company corporation
    group association organization organisation army navy force forces palace hill sea river
    airport street square hall centre center institute academy office department court
    federation league alliance front cabinet parliament senate house people's peoples
    workers commission bureau service services television radio press tv network fund
    foundation school college hospital museum stadium conference summit treaty agreement
    declaration program programme project initiative revolution war day national central
    international communist socialist democratic people newswire wire aid airways
    cup games olympics olympiad championship championships tournament expo exhibition festival fair
    mausoleum memorial monument tomb mosque cathedral temple shrine cemetery library theatre theater tower
    """.split()  # noqa: SIM905 (a word list)
    # Nationalities ("Korean", "Kenyan") come from the gazetteer's demonyms; agencies
    # written in capitals (KCNA, AFP) are acronyms, which never start a name.
)

# Adjectives of regions and blocs: "an Asian tour", "the Nordic countries" (never a name).
REGION_ADJECTIVES = frozenset(
    """
    african asian european american arab arabian latin nordic baltic balkan caribbean pacific atlantic
    mediterranean scandinavian western eastern northern southern central gulf oceanian
    """.split()  # noqa: SIM905 (a word list)
)

# Capitalised function words: never part of a name.
STOP_WORDS = frozenset(
    """
    the a an and or but of in on at for with by from as to into after before during since
    while when where who whom whose which what why how if then than that this these those
    it its he she they we i you his her their our my your him them us me there here
    however meanwhile also both each all every some many most other another such not no
    according despite following like back through under over about between among across
    landmark last next first second third yesterday today tomorrow earlier later
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    sr jr mr mrs ms dr
    """.split()  # noqa: SIM905 (a word list)
)

# Words before a month: "in Jan", "since Jan", "last Jan"
_BEFORE_A_MONTH = frozenset({"in", "on", "since", "from", "by", "until", "till", "last", "next", "early", "late", "mid",
                             "of", "and", "to"})

# Lower-case particles inside names: "Ursula von der Leyen", "Lula da Silva".
NAME_PARTICLES = frozenset("von van der de da di del la le bin binti al ibn dos das".split())  # noqa: SIM905 (a word list)

REGNAL = frozenset("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())  # noqa: SIM905 (a word list); "Elizabeth II"

# Family names that are also English function words.
NAME_OPENERS = frozenset({"To", "An", "Le", "La", "Do", "So", "Ha", "Ho", "Lee", "Van", "Du"})

# One title written two ways: "the Amir" is whoever the article called Emir
_OTHER_SPELLING = {"amir": "emir", "emir": "amir"}

PRONOUNS = {"he": "m", "she": "f", "his": "m", "her": "f", "him": "m"}


@dataclass(frozen=True)
class PersonMention:
    name: str  # the name as written, titles left out
    start: int
    end: int
    titles: tuple[str, ...] = ()  # folded title words right before the name
    nationality: str | None = None  # "Kenyan President X", "Vietnam's then-President X"

    @cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(fold(w) for w in re.findall(r"\w+", self.name))


def _is_name_word(token: Token, place_starts: set[int], place_inside: set[int]) -> bool:
    if not token.is_capitalised or token.start in place_inside:
        return False
    key = token.bare_key
    if (token.start in place_starts or key in TITLE_WORDS or key in ORG_WORDS or key in DEMONYMS
            or key in REGION_ADJECTIVES):
        return False  # "Zambian" in "the Zambian side" is a nationality, not a name
    if len(token.bare) > 1 and token.bare.isupper():  # acronyms: DPRK, CPV
        return False
    if key in STOP_WORDS and token.bare.lower() == key:  # "Tô" with its accent is a name, "To" is not
        return False
    return any(ch.isalpha() for ch in token.text)


def find_people(text: str, tokens: list[Token] | None = None,
                places: list[PlaceMention] | None = None, known: frozenset[str] | dict[str, PersonMention] = frozenset(),
                common: frozenset[str] = frozenset()) -> list[PersonMention]:
    """Names of people in ``text``.

    A run of two or more name words is a name; a single word is one only
    after a title ("Mr. Kim", "Chairman Manh") or when it is a word of a
    name seen before (``known``, folded), as "Lam" after "To Lam". In a
    headline in title case ("Minister Pays Official Visit") capitals say
    nothing, so words the article writes in lower case elsewhere (``common``)
    are not name words there.
    """
    tokens = tokenize(text) if tokens is None else tokens
    # A headline has no full stop; only then is the (costlier) title-case test worth making.
    headline = bool(common) and not text.rstrip().endswith((".", "!", "?", '"', "”")) and is_title_case(tokens)
    if headline:
        tokens = [t for t in tokens if t.bare_key not in common or t.bare_key in known]
        # a dropped word parts the words around it: keep them apart with a marker gap
        text = _blank_dropped(text, tokens)
    places = find_places(text, tokens) if places is None else places
    place_starts = {p.start for p in places}
    place_inside = {t.start for p in places for t in tokens if p.start < t.start < p.end}
    people: list[PersonMention] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not (token.is_capitalised or token.bare.isupper()):
            i += 1  # a word in lower case opens no name: most words, turned down here at once
            continue
        # "To" opens a name only after a title ("Secretary To Lam").
        # "To Lam", "An Le": a capitalised "To" inside a sentence, before a name word, opens a name.
        opens = (token.text in NAME_OPENERS and i > 0 and text[tokens[i - 1].end:token.start].strip() in ("", ",")
                 and i + 1 < len(tokens) and _joins(text, token, tokens[i + 1])
                 and _is_name_word(tokens[i + 1], place_starts, place_inside))
        # "KR Narayanan", "MK Stalin": initials written as capitals before a family name.
        opens = opens or (2 <= len(token.bare) <= 3 and token.bare.isalpha() and token.bare.isupper()
                          and token.start not in place_starts and token.bare_key not in ORG_WORDS
                          and i + 1 < len(tokens) and _joins(text, token, tokens[i + 1])
                          and _is_name_word(tokens[i + 1], place_starts, place_inside)
                          and not (i + 2 < len(tokens) and _joins(text, tokens[i + 1], tokens[i + 2])
                                   and _is_name_word(tokens[i + 2], place_starts, place_inside)))
        # "Jan Lipa": a first name, not the month ("Jan 5", "in Jan"), when a name word follows it
        opens = opens or (token.text == "Jan" and i + 1 < len(tokens) and _joins(text, token, tokens[i + 1])
                          and _is_name_word(tokens[i + 1], place_starts, place_inside)
                          and not (i and tokens[i - 1].key in _BEFORE_A_MONTH))
        if not (_is_name_word(token, place_starts, place_inside) or opens):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and not tokens[j - 1].is_possessive and _joins(text, tokens[j - 1], tokens[j]):
            nxt = tokens[j]
            if (_is_name_word(nxt, place_starts, place_inside) or nxt.bare in REGNAL
                    or (text[tokens[j - 1].end:nxt.start] in ("-", "‑") and nxt.bare.isalpha())
                    or (nxt.text in NAME_PARTICLES and j + 1 < len(tokens)
                        and _is_name_word(tokens[j + 1], place_starts, place_inside))):
                j += 1
            elif nxt.text == "May" and not (j + 1 < len(tokens) and tokens[j + 1].text[:1].isdigit()):
                j += 1  # "Theresa May", not "Kessel May 5"
            else:
                break
        run = tokens[i:j]
        if len(run) >= 2 and f"{run[0].bare_key} {run[1].bare_key}" in DEMONYMS:
            i += 2  # "Costa Rican President A": a nationality of two words, then the name
            continue
        if tuple(t.bare_key for t in run) in PLACES:
            i = j
            continue  # a region the gazetteer blocks as a place ("West Africa") is no person either
        lead = next((n for n in range(len(run) - 2, 0, -1)
                     if PLACES.get(tuple(t.bare_key for t in run[:n]), False) is None), 0)
        if lead:
            i += lead  # "Envoy for West Africa Anna Kessel": the region is the office's, the name follows
            continue
        titles, first_title = _titles_before(text, tokens, i)
        # In a title-case headline a capital after a title proves nothing ("Queen Begin State Visit").
        honorific = bool(titles) and not set(titles) <= {"his", "her"}  # "Her Majesty X", not "her Asian tour"
        single_ok = ((honorific and (not headline or run[-1].is_possessive)) or run[0].bare_key in known
                     or (len(run) == 1 and not headline and _travels_alone(text, tokens, i, common)))
        if len(run) >= 2 or single_ok:
            end = run[-1].start + len(run[-1].bare)
            nationality = _nationality(text, tokens, first_title, places) if titles else None
            if nationality is None:
                titles, nationality = _office_after(text, end, places, titles) or (titles, None)
            people.append(PersonMention(text[run[0].start:end], run[0].start, end, titles, nationality))
        i = j
    return people


# A one-word name with no title ('Lula', 'Suharto') is a person when it travels: "Lula landed in",
# "Lula then flew to", "Lula's visit to". Travel, not speech: "Reuters said" is no traveller.
_LONE_VERBS = frozenset({"landed", "arrived", "flew", "visited", "visits", "travelled", "traveled", "toured",
                         "proceeded", "departed", "headed", "lands", "arrives", "flies", "travels", "tours"})
_LONE_ADVERBS = frozenset({"then", "later", "also", "first", "subsequently", "finally", "next", "himself", "herself"})
_TRIP_NOUNS = frozenset({"visit", "trip", "tour", "journey", "stay", "arrival"})


def _travels_alone(text: str, tokens: list[Token], i: int, common: frozenset[str]) -> bool:
    token = tokens[i]
    if len(token.bare) < 3 or token.bare_key in common or (i and tokens[i - 1].key in ("the", "a", "an")):
        return False  # 'Officials arrived': a word the article also writes in lower case
    at_start = i == 0 or text[:token.start].rstrip().endswith((".", "\n")) or not text[:token.start].strip()
    if at_start and token.bare_key.endswith("s") and not token.is_possessive:
        return False  # a plural at a sentence's start: 'Delegates arrived'
    following = [t.key for t in tokens[i + 1:i + 6]]
    if token.is_possessive:  # "Lula's visit", "Lula's 11th African tour"
        return any(word in _TRIP_NOUNS for word in following[:4])
    while following and following[0] in _LONE_ADVERBS:
        following.pop(0)
    return bool(following) and following[0] in _LONE_VERBS and text[token.end:token.end + 1] == " "


def is_title_case(tokens: list[Token]) -> bool:
    """A headline written in title case: nearly every longer word capitalised."""
    long = [t for t in tokens if len(t.text) >= 4 and t.text.isalpha()]
    return len(long) >= 3 and sum(t.is_capitalised for t in long) >= 0.8 * len(long)


def _blank_dropped(text: str, kept: list[Token]) -> str:
    """``text`` with every word not in ``kept`` replaced by '|' (same length), so no name spans it."""
    chars = list(text)
    keep = {i for t in kept for i in range(t.start, t.end)}
    for i, ch in enumerate(chars):
        if ch.isalnum() and i not in keep:
            chars[i] = "|"
    return "".join(chars)


def _gap_is_space(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    return gap.strip() in ("", ".")


_QUOTED = re.compile(r"\s*[\"“”'‘’]{1,2}\s*")


def _joins(text: str, left: Token, right: Token) -> bool:
    """Two words belong to one name when only a space or a hyphen parts them; also an
    initial and its stop ("Carl B. Greene") and a quoted nickname ("Ferdinand 'Bong' Ruiz")."""
    gap = text[left.end:right.start]
    if gap in (" ", "-", "‑"):
        return True
    if gap == ". " and len(left.text) == 1 and left.text.isupper():
        return True
    return bool(_QUOTED.fullmatch(gap)) and " " in gap and left.is_capitalised and right.is_capitalised


def _nationality(text: str, tokens: list[Token], first_title: int, places: list[PlaceMention]) -> str | None:
    """The country before a title: "Kenyan President", "DPRK Chairman", "Vietnam's then-President"."""
    if first_title <= 0:
        return None
    before = tokens[first_title - 1]
    if text[before.end:tokens[first_title].start].strip() not in ("", "-"):
        return None
    two = fold(f"{tokens[first_title - 2].text} {before.text}") if first_title >= 2 else ""
    if two in DEMONYMS:
        return DEMONYMS[two]
    if fold(before.text) in DEMONYMS:
        return DEMONYMS[fold(before.text)]
    for place in places:
        if place.end in (before.start + len(before.bare), before.end) and not place.place.is_city:  # "Kenya's"
            return place.place.country
    return None


_OFFICE_OF = re.compile(r",\s+(?:the\s+)?(?P<office>(?:(?:[A-Z][\w'’-]*|of|and|for)\s+){1,8}?)of\s+(?:the\s+)?")


_COUNTRY_S_OFFICE = re.compile(r"(?P<office>(?:\s+[A-Za-z][\w-]*){1,3}?)\s*(?:,|$)")


def _office_after(text: str, end: int, places: list[PlaceMention],
                  titles: tuple[str, ...] = ()) -> tuple[tuple[str, ...], str] | None:
    """The office and country told after a name: "John Mensah, the President of the Republic of Ghana",
    "Omar Diallo, Kenya's president,", "President Lena Varga of Peru"."""
    place = next((p for p in places if p.start > end), None)
    if place is None or place.place.is_city or place.start - end > 80:
        return None
    if titles and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[end:place.start]):
        return titles, place.place.country  # "President Lena Varga of Peru"
    if re.fullmatch(r",\s+", text[end:place.start]) and text[place.start:place.end].endswith(("'s", "’s")):
        office = _COUNTRY_S_OFFICE.match(text[place.end:place.end + 60])
        words = [fold(w) for w in office.group("office").split()] if office else []
        if words and all(w in TITLE_WORDS for w in words):
            return tuple(words), place.place.country  # "Omar Diallo, Kenya's president,"
        return None
    m = _OFFICE_OF.fullmatch(text, end, place.start)
    if m is None:
        return None
    words = [fold(w) for w in m.group("office").split() if w[:1].isupper()]
    if not words or any(w not in TITLE_WORDS for w in words):
        return None
    return tuple(words), place.place.country


def _titles_before(text: str, tokens: list[Token], i: int) -> tuple[tuple[str, ...], int]:
    """The title words right before token ``i``, and the index of the first of them."""
    titles: list[str] = []
    k = i - 1
    while k >= 0 and len(titles) < 6:
        key = tokens[k].bare_key
        part = key.rsplit("-", 1)[-1]
        gap = text[tokens[k].end:tokens[k + 1].start] if k + 1 < len(tokens) else ""
        if gap.strip() not in ("", "."):
            break
        if key in TITLE_WORDS or part in TITLE_WORDS:
            titles.append(part)
        elif key == "and" and titles:
            pass
        else:
            break
        k -= 1
    first = k + 1
    while first < i and fold(tokens[first].bare) == "and":
        first += 1
    return tuple(reversed(titles)), first if titles else -1


def titled_first(people: list[PersonMention], last: bool = False) -> PersonMention | None:
    """The first person of ``people`` who came with a title ("Keeper of the Seal King A": A), else the
    first one (or the last, with ``last``)."""
    return next((p for p in people if p.titles), (people[-1] if last else people[0]) if people else None)


@dataclass
class PeopleTracker:
    """The people named so far, to resolve "Mr. Kim", "Lam", "the Chairman", "he".

    Indexes by word, title and full name keep each look-up constant-time, so a
    long article costs linear time.
    """

    sentences: list[list[PersonMention]] = field(default_factory=list)
    _by_word: dict[str, PersonMention] = field(default_factory=dict)  # latest full name holding a word
    _all_by_word: dict[str, list[PersonMention]] = field(default_factory=dict)  # every full name holding it
    _by_title: dict[str, str] = field(default_factory=dict)
    _titled: list[tuple[frozenset[str], str]] = field(default_factory=list)  # (titles, full name), in order
    _national: list[tuple[str, frozenset[str], str]] = field(default_factory=list)  # (country, titles, name)
    _nationality: dict[tuple[str, ...], str] = field(default_factory=dict)

    def known_words(self) -> frozenset[str] | dict[str, PersonMention]:
        return self._by_word

    def add_sentence(self, people: list[PersonMention], subject_from: int = 0, pronoun_subject: bool = False) -> None:
        """Remember a sentence's people; ``subject_from`` is where its main clause starts, after an
        opener such as "At the invitation of A," whose people are never what a later "he" means."""
        resolved = [self.resolve_name(p) for p in people]
        subjects = [p for p in resolved if p.start >= subject_from]
        ordered = subjects + [p for p in resolved if p.start < subject_from]
        if pronoun_subject and self.sentences and self.sentences[-1]:
            # "They were welcomed by King A": the sentence is still about the last one's subject
            ordered = [self.sentences[-1][0]] + ordered
        self.sentences.append(ordered)
        del self.sentences[:-3]  # only the last few sentences are read for pronouns
        for person in resolved:
            # "President Obama": a single word after a title is a name too ("Obama had visited")
            honorific = len(person.words) == 1 and bool(set(person.titles) - {"his", "her"})
            if len(person.words) >= 2 or honorific:
                for word in person.words:
                    if not (honorific and word in self._by_word):  # a full name holding it stays
                        self._by_word[word] = person
                    named = self._all_by_word.setdefault(word, [])
                    if all(p.words != person.words for p in named):
                        named.append(person)
                for title in person.titles:
                    self._by_title[title] = person.name
                if person.titles:
                    self._titled.append((frozenset(person.titles), person.name))
                    del self._titled[:-50]
                if person.nationality:
                    self._nationality[person.words] = person.nationality
                    self._national.append((person.nationality, frozenset(person.titles), person.name))
                    del self._national[:-50]

    def resolve_name(self, person: PersonMention) -> PersonMention:
        """A one-word name as the latest full name holding that word."""
        if len(person.words) >= 2 or not person.words:
            return person
        earlier = self._by_word.get(person.words[0])
        if earlier is None:
            return person
        if "-" in earlier.name:
            # "Duda" after "Andrzej Duda and his wife Agata Kornhauser-Duda": the name that holds the word
            # on its own, not inside a joined surname
            whole = [p for p in self._all_by_word[person.words[0]]
                     if person.words[0] in (fold(w) for w in p.name.split())]
            earlier = whole[-1] if whole else earlier
        if person.titles:
            # "President Kovind" after "President Ram Nath Kovind" and "First Lady Savita Kovind"
            titled = [p for p in self._all_by_word[person.words[0]] if set(p.titles) & set(person.titles)]
            earlier = titled[-1] if titled else earlier
        return PersonMention(earlier.name, person.start, person.end, person.titles or earlier.titles,
                             person.nationality or earlier.nationality)

    def nationality(self, name: str) -> str | None:
        """The country a named person was said to belong to, if the article said."""
        return self._nationality.get(tuple(fold(w) for w in re.findall(r"\w+", name)))

    def by_title(self, title: str) -> str | None:
        """The latest full name that came with ``title`` ("chairman"); "latter"/"former" of the last pair named."""
        if title in ("latter", "former"):
            return self.latter_or_former(title)
        return self._by_title.get(title) or self._by_title.get(_OTHER_SPELLING.get(title, ""))

    def by_titles(self, titles: list[str]) -> str | None:
        """The latest full name that came with every one of ``titles`` ("prime", "minister")."""
        wanted = set(titles)
        return next((name for got, name in reversed(self._titled) if wanted <= got), None)

    def by_nationality(self, country: str, title: str | None = None) -> str | None:
        """The latest person the article named with this nationality (and title): "the Gabonese leader"."""
        for got, titles, name in reversed(self._national):
            if got == country and (title is None or title in titles or title in ("leader", "head")
                                   or (title == "premier" and {"prime", "minister"} <= titles)):
                return name  # "Peru's premier": its prime minister
        return None

    def latter_or_former(self, which: str) -> str | None:
        """ "The latter": the last person of the latest sentence that named people ("former": its first of two)."""
        for people in reversed(self.sentences):
            distinct = list(dict.fromkeys(p.name for p in people))
            if which == "latter" and distinct:
                return distinct[-1]
            if which == "former" and len(distinct) >= 2:
                return distinct[0]
        return None

    def pronoun(self, current: list[PersonMention], before: int) -> str | None:
        """Who "he"/"his" is: the first person of this sentence before it, else of the last sentence naming one."""
        here = [p for p in current if p.end <= before]
        if here:
            return self.resolve_name(here[0]).name
        for people in reversed(self.sentences[-3:]):
            if people:
                return people[0].name
        return None
