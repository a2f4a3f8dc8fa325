"""Visits told from the host's side: "President A welcomed Djiboutian President B",
"A was hosting the president of China, B, who began his state visit", "he was
received by Guinea's President C".

The visitor is the guest (the object, or the subject of a passive), and the
destination is the host's country: the host's nationality when the article
gave it, else a place the sentence names that is not the guest's own, else
the place the article was filed from ("NAIROBI, Kenya -").
"""
from __future__ import annotations

import re

from app.core.facts.gazetteer import Place, fold
from app.core.facts.names import TITLE_WORDS, PersonMention, titled_first
from app.core.facts.reading import ArticleMemory, SentenceView
from app.core.facts.visits import Visit, nationality_of, resolved_name

_HOST_VERB = re.compile(
    r"(?i)\b(?:welcom(?:ed|es|ing)|host(?:ed|s|ing)|receiv(?:ed|es|ing)|greet(?:ed|s|ing))\s+"
)
_PASSIVE = re.compile(r"(?i)\b(?:was|were|is|are|being|been|be)\s+(?:warmly\s+|officially\s+)?"
                      r"(?:welcomed|hosted|received|greeted)\s+(?:\w+\s+){0,3}?by\s+")
# A guest on a trip: the sentence says so, or the guest comes with another country's title.
_TRIP_CUE = re.compile(r"(?i)\b(?:visit\w*|trip|tour|arriv\w*|state\s+reception|guard\s+of\s+honou?r|red\s+carpet)\b")
_OBJECT_END = re.compile(r"(?i)[;.]|\b(?:who|which|where|and\s+(?:discussed|held|signed)|at\s+(?:a|the)\s+banquet)\b")


def find_hosted_visits(view: SentenceView, memory: ArticleMemory) -> list[Visit]:
    text = view.text
    visits: list[Visit] = []
    lower = text.lower()
    if "visiting " in lower:
        visits += _visiting_guests(view, memory)
    if not any(stem in lower for stem in ("welcom", "host", "receiv", "greet")):
        return visits  # most sentences: no host verb at all
    for match in _PASSIVE.finditer(text):
        host = _first_person(view, match.end(), match.end() + 80)
        guest_name = _guest_before(view, memory, match.start())
        if host is None or not guest_name:
            continue
        place = _host_country(view, memory, host, guest_name)
        if place is not None:
            visits.append(Visit(guest_name, place.label, None, ()))
    for match in _HOST_VERB.finditer(text):
        verb = match.group().strip().lower()
        if verb.endswith("ing") and re.search(r"(?i)\b(?:a|an|the|its|their|his|her)\s+$", text[:match.start()]):
            continue  # "at a welcoming ceremony", "the hosting nation": a noun's modifier, not a verb
        if verb.endswith("ed") and (re.search(r"(?i)\b(?:was|were|been|being|is|are|be)\s+$", text[:match.start()])
                                    or re.match(r"(?i)by\b", text[match.end():])):
            continue  # passive ("was received by", "a dinner hosted by"): the guest is not the object
        end = _OBJECT_END.search(text, match.end())
        stop = min(end.start() if end else len(text), match.end() + 140)
        guest = _first_person(view, match.end(), stop)
        if guest is None:
            office = _office_guest(memory, text, match.end())  # "welcomed HH the Amir": the Amir named before
            if office is None:
                continue
            guest_name, guest_end = office
            home = nationality_of(view, memory, guest_name)
        else:
            guest_name, guest_end = resolved_name(view, memory, guest), guest.end
            home = guest.nationality or nationality_of(view, memory, guest_name)
        host = _host_before(view, match.start())
        if not (_TRIP_CUE.search(text) or home):
            continue  # "hosted a dinner for X": nothing says X travelled
        place = _host_country(view, memory, host, guest_name, skip=(match.end(), guest_end))
        if place is not None and place.country != home:
            visits.append(Visit(guest_name, place.label, None, ()))
    return visits


def _visiting_guests(view: SentenceView, memory: ArticleMemory) -> list[Visit]:
    """ "President A and visiting Saudi Crown Prince B discussed ...": B is a guest in A's country."""
    found: list[Visit] = []
    for match in re.finditer(r"(?i)\bvisiting\s+", view.text):
        guest = next((p for p in view.people if match.end() <= p.start < match.end() + 40 and p.titles), None)
        if guest is None or re.search(r"\b[a-z]", view.text[match.end():guest.start]):
            continue  # "visiting at the invitation of King A": A is the host, not a guest
        if any(p.start == match.end() for p in view.places) and guest.nationality is None:
            continue  # "visiting Peru": a verb with its destination, read as a trigger
        name = resolved_name(view, memory, guest)
        hosts = [p for p in view.people if p is not guest and p.nationality and p.nationality != guest.nationality]
        place = _host_country(view, memory, hosts[0] if hosts else None, name, skip=(match.end(), guest.end))
        home = guest.nationality or nationality_of(view, memory, name)
        if place is not None and place.country != home:
            found.append(Visit(name, place.label, None, ()))
    return found


_OFFICE_GUEST = re.compile(r"(?:(?:HH|HE|HRH|HM|His|Her)\s+(?:(?:Royal\s+)?(?:Highness|Majesty|Excellency)\s+)?)?"
                           r"the\s+(?P<title>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\b")


def _office_guest(memory: ArticleMemory, text: str, pos: int) -> tuple[str, int] | None:
    """ "welcomed HH the Amir", "received the Crown Prince": the person the article named with that title."""
    m = _OFFICE_GUEST.match(text, pos)
    titles = [fold(w) for w in m.group("title").split()] if m else []
    if not titles or any(t not in TITLE_WORDS for t in titles):
        return None
    name = memory.people.by_titles(titles) if len(titles) > 1 else memory.people.by_title(titles[0])
    return (name, m.end()) if name else None


def _first_person(view: SentenceView, start: int, stop: int) -> PersonMention | None:
    inside = [p for p in view.people if start <= p.start < stop]
    return titled_first(inside)


def _host_before(view: SentenceView, pos: int) -> PersonMention | None:
    before = [p for p in view.people if p.end <= pos and not re.search(r"[;.]", view.text[p.end:pos])]
    if len(before) > 1 and _SHARED_SUBJECT.search(view.text, before[-1].end, pos):
        return before[0]  # "A met B at the airport and later received C": A received C, not B
    return before[-1] if before else None


# "… B at the airport and later (received)": a second verb of the subject, after the first verb's object
_SHARED_SUBJECT = re.compile(r"(?i)\s\w+[^,;]*\s+and\s+(?:then\s+|later\s+|also\s+)?$")


def _guest_before(view: SentenceView, memory: ArticleMemory, pos: int) -> str | None:
    """The subject of "X was received by ...": a name in the clause, or "he"."""
    clause = view.text[:pos]
    cut = max(clause.rfind(","), clause.rfind(";"), clause.rfind(" and "))
    before = [p for p in view.people if p.end <= pos and p.start > cut]
    if before:
        return resolved_name(view, memory, before[-1])
    pronoun = re.search(r"(?i)\b(he|she)\s+$", clause)
    if pronoun:
        return memory.people.pronoun(view.people, pos - len(pronoun.group()))
    return None


def _host_country(view: SentenceView, memory: ArticleMemory, host: PersonMention | None,
                  guest: str, skip: tuple[int, int] = (0, 0)) -> Place | None:
    """Where the guest went: the host's country; places in ``skip`` (the guest's own title) do not count."""
    guest_home = nationality_of(view, memory, guest)
    if host is not None:
        home = host.nationality or nationality_of(view, memory, resolved_name(view, memory, host))
        if home and home != guest_home:
            return memory.country_named(home)
    named = [p.place for p in view.places
             if p.place.country != guest_home and not skip[0] <= p.start < skip[1]]
    if named:
        return named[-1]
    if memory.filed_from is not None and memory.filed_from.country != guest_home:
        return memory.filed_from
    return None
