"""Visits: who travelled where, and when.

A visit needs a trigger ("visited", "state visit to", "travelled to",
"arrived in", "spent two days in", "returned home from", "while in") followed
by known places: a list of them is one visit per country ("will travel to A,
B and C"), a place before the noun counts ("her Peru and Chile trips"), and
"the country" is the country last named. The visitor is found, in this
order, as the owner in "X's visit", the main subject after "During a visit
to Y, ...", the guest in "met X on a visit to Y", the person after "by" in
"the visit to Y by X", or the subject of the clause. Pronouns, short names,
"the latter", "the President" and "the Gabonese leader" are resolved to the
full name the article gave. Other forms have finders of their own here
(headlines without a verb, the stops of a tour) and in hosting.py (the
host's side).

"The country" is where the last visit told went, else the country last
named. A verb shared by a list ("A visited Peru in May, B in June"; "Peru on
3 May and Chile on 5 May") is a visit per item, each on its own date; a
stop's day never passes to the stops after it, only its year. A trip told
as an aside ("besides visiting Chad") is the sentence's traveller's; an
earlier trip told beside the current one ("recalling his last visit") is a
trip of its own; "a visit to his Senegalese counterpart" goes to the
counterpart's country. A person whose country the article gave, seen at an
event or a meeting in a place of another ("took part in the inauguration in
Accra", "met his counterpart in Dodoma", "is currently in Peru"), travelled
there; a place that tells a topic ("the crisis in X") does not count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.facts.gazetteer import DEMONYMS, Place, fold, place_named, style_words
from app.core.facts.matching import on_caseless, starting_with
from app.core.facts.names import STOP_WORDS, TITLE_WORDS, PersonMention, PlaceMention, titled_first
from app.core.facts.reading import ArticleMemory, SentenceView


@dataclass(frozen=True)
class Visit:
    visitor: str
    destination: str
    when: str | None
    date_spans: tuple[tuple[int, int], ...]  # the dates this visit used (sentence offsets)
    earlier: bool = False  # an earlier trip told beside the current one: "recalling his last visit to X"


# "today", "on Monday", "this Tuesday at noon": a time between a verb of travel and its preposition
_TIME_GAP = (r"(?:(?:(?:early|late|mid)[\s-]?(?:morning|afternoon|evening)\s+)?(?:today|tomorrow|yesterday|tonight|later|earlier|(?:on|this|next|last)\s+(?:monday|tuesday|wednesday"
             r"|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week))(?:\s+(?:morning|afternoon|evening"
             r"|night))?(?:\s+at\s+(?:noon|midday|night|\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?))?\s+)?")
TRIGGER_WORDS = (
    r"(?:(?P<visit>visit(?:s|ed|ing)?|trips?|tours?|toured|journey)"
    r"|(?P<move>travel(?:s|led|ed|ling|ing)?|flew|fly|flies|flying|went|go|goes|going|proceed(?:s|ed|ing)?|head(?:s|ed|ing)?|return(?:s|ed|ing)?|came|come|comes|mov(?:e|es|ed|ing))\s+" + _TIME_GAP + r"(?:on\s+|onward\s+)?to"
    r"|(?P<arrive>arriv(?:e|es|ed|ing|al)|land(?:s|ed|ing)?)\s+" + _TIME_GAP + r"(?:in|at|to|on(?=\s+[\w-]+\s+soil\b))"
    # "reached Peru earlier today": the place right after it (a deal or a goal is no place)
    r"|(?P<reach>reach(?:es|ed|ing)?)\s+(?=[a-z])"
    # "will be in Peru for a state visit", "was in Chile on an official visit"
    r"|(?P<be_in>(?:is|was|were|are|be|been)\s+in)(?=\s+[^.;]{2,40}?\s+(?:for|on)\s+(?:a|an|his|her|their)\s+[\w\s-]{0,30}?"
    r"(?:visit|trip|tour)\b|\s+[^.;]{2,40}?\s+for\s+the\s+(?:inauguration|swearing[\s-]in|funeral|coronation|summit"
    r"|investiture|independence\s+celebrations?)\b)"
    # "is due in Tonga on Wednesday", "was due to arrive in Peru": a trip on the programme
    r"|(?P<due>(?:is|are|was|were)\s+(?:also\s+)?(?:due|expected)\s+(?:to\s+arrive\s+)?in)"
    r"|(?P<leave>left|leave|leaves|leaving|depart(?:s|ed|ing)?)\s+for"
    # "spent two days in Peru", "will take him to Italy"
    r"|(?P<stay>sp[ae]nd(?:s|ing)?|spent)\s+(?:a|an|one|two|three|four|five|six|seven|\d{1,2}|several|a\s+few)\s+(?:days?|nights?|weeks?)\s+in"
    r"|(?P<take>t[ao]ke|takes|taking|took|taken|bring|brings|brought)\s+(?P<taken>him|her|them|the\s+[a-z]+)\s+(?:also\s+)?to"
    # "will lead a delegation to Samoa, Tonga and Niue"
    r"|(?P<lead>lead(?:s|ing)?|led|head(?:s|ed|ing)?)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:delegation|mission)\s+to"
    # "returned home this afternoon from Peru": the trip was to Peru
    r"|(?P<home>(?:return(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|came|comes|flew|flies)\s+(?:back\s+)?home(?:\s+\w+){0,3}?\s+from)"
    # "his fourth official visit after Peru, Chile and Bolivia": the earlier trips
    r"|(?P<after>(?:first|second|third|fourth|fifth|sixth|seventh|\d{1,2}(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)s?"
    r"(?:\s+abroad)?\s+after)"
    # "While in Peru, he met ...": presence abroad
    r"|(?P<while>(?:while|whilst)\s+in|(?:during|throughout)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?stay\s+in)"
    # "A's final stop will be in Senegal", "the next leg of his tour is Chile"
    r"|(?P<stop>(?:first|second|third|next|final|last|latest|chosen)\s+(?:stop(?:over)?|leg|destination)(?:\s+of\s+"
    r"(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:tour|trip|visit))?\s+(?:will\s+be|is|was|would\s+be|being)\s+(?:in\s+)?)"
    # "The trip will include Peru, Chile and Bolivia", "his itinerary includes Peru"
    r"|(?P<include>(?:(?<=trip\s)|(?<=tour\s)|(?<=itinerary\s)|(?<=visit\s))(?:(?:that|which)\s+)?(?:will\s+)?(?:also\s+)?"
    r"includ(?:e|es|ed|ing)"
    # "a tour of West Africa on Friday which also included Togo": the tour told a few words before
    r"|(?:which|that)\s+(?:will\s+|would\s+)?also\s+includ(?:e|es|ed))"
    # "departed from Peru after wrapping up a three-day visit": the trip was to Peru
    r"|(?P<depart>(?:depart(?:s|ed|ing)?|left|leaves|leaving)\s+(?:from\s+)?)(?=[^.;]{2,40}?\s+after\s+(?:wrapping\s+up"
    r"|concluding|ending|completing)\s+(?:a|an|his|her|their|the)\s+[\w\s-]{0,30}?(?:visit|trip|tour)))\b"
)
# Run on the caseless text, behind the trigger words' first characters (see matching.py): five times
# faster than the plain pattern with re.IGNORECASE.
_TRIGGER = on_caseless(r"[abcdfghijlmnprstvw\d]", r"\b" + TRIGGER_WORDS)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "visit to", "visit on 4 July to", "visit in March to": the date told between the noun and the place
_AFTER_VISIT = re.compile(r"(?i)\s*(?:(?:on|in)\s+(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"(?:\s+\d{1,2})?)(?:,?\s+\d{4})?"
                          r",?\s+(?=to\s))?(?:to\s+|in\s+)?")
_COUNTRY_WORD = re.compile(  # not "the Republic of ...": a name follows it (cut short, it names nothing)
    r"(?i)(?:the|that|this)\s+(?:[a-z-]+\s+){0,2}?(?:country|nation|kingdom|republic|island\s+nation|state"
    r"|sultanate|emirate|principality)\b(?!s)"
    r"(?!\s+of\b)"
)
_MADE_BY = re.compile(r"(?i)\s+(?:was|were|had\s+been|has\s+been)\s+(?:made|paid|undertaken)\s+by\s")
_NEGATED = re.compile(r"(?i)\b(?:not|never|no|n't|cancel(?:l?ed)?|postpone[ds]?|call(?:ed)?\s+off)\s+(?:\w+\s+){0,2}$")
_INVITED = re.compile(r"(?i)\b(?:invit\w*|request\w*|ask\w*|urg\w*|call\w*\s+on|encourag\w*)\b[^.;]{0,80}?\bto\s+$")
_INTRO = re.compile(
    r"(?i)^\W*(?:during|on|while\s+on|in\s+the\s+course\s+of|throughout|at\s+the\s+end\s+of"
    r"|(?:as\s+)?part\s+of|in\s+the\s+framework\s+of|within\s+the\s+framework\s+of"
    # "Recalling his last visit to X, the Minister ...", "Reflecting on her trip to X, ..."
    r"|[a-z]+ing(?:\s+(?:on|about|upon|from))?)\s+(?:a|an|the|his|her|their|these|this)\s+[^,;]{0,60}$"
)
_MET = re.compile(
    r"(?i)\b(?:met|meets|meet|meeting|received|receives|receive|receiving|welcomed|welcomes|welcome|welcoming|hosted"
    r"|hosts|host|hosting|greeted|greets|greet)\s+(?!by\b)(?P<obj>[^;]{3,160}?)\s+"
    # "A welcomed B to make an official visit to Y": B is the guest
    r"(?:on|during|in\s+the\s+course\s+of|to\s+(?:pay|make|undertake))\s+(?:a|an|the|his|her|their)\s+[^,;]{0,50}$"
)
_POSSESSIVE = re.compile(r"(?P<owner>[\w.-]+)['’]s\s+(?P<between>(?:[^\s,;]+\s+){0,7})$")
_PRONOUN_OWNER = re.compile(r"(?i)\b(?P<pron>his|her|their)\s+(?:[^\s,;]+\s+){0,6}$")
_BOUNDARY = starting_with(
    "[;:abistw]",
    r"[;:]|\b(?:when|while|whereas|where|after|before|because|although|though|as|that|which|but|so|said|says|saying|if)\b"
    r"|\band\b(?=\s+(?:(?-i:[A-Z])|he\b|she\b))|\bwho\b",
    re.IGNORECASE,
)
_INTRO_WORDS = re.compile(
    r"(?i)^\s*(?:in|on|at|during|after|before|since|back|following|earlier|later|last|this|next|for|from|with|according"
    r"|despite|meanwhile|however|yet|invited|accompanied|responding|speaking|upon|over|between|by|also|then|now|still|\w+ed|\w+ing"
    r"|the\s+\d{1,2}(?:st|nd|rd|th))\b"
)
_FINITE = re.compile(
    r"(?i)\b(?:is|are|was|were|has|have|had|will|would|shall|can|could|said|says|marks|marked|began|begins|paid|pays"
    r"|made|makes|undertook|started|concluded|plans?|planned|to)\b"
)
_OFFICE = re.compile(
    r"(?i)^\s*(?P<np>(?:the|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?P<office>head|leader|president|prime\s+minister|premier|chairman|chairwoman|chair(?:person)?"
    r"|general\s+secretary|secretary|minister|king|queen|emperor|empress|chancellor|chief|ambassador|envoy|pope"
    r"|monarch|sultan|emir|crown\s+prince|governor|mayor|speaker)\b[^;]*?)\s*$"
)
_OFFICE_TAIL = re.compile(r"\s+(?P<word>[\w'’.-]+)")


def _office_phrase(np: str, office_end: int) -> str:
    """The office cut after its title at the first word that is no part of it: "the Foreign Minister
    of Peru" from "the Foreign Minister of Peru praised the talks", "the Minister" from "the Minister,
    speaking in Lima"."""
    end, after_of = office_end, False
    for m in _OFFICE_TAIL.finditer(np, office_end):
        word = m.group("word")
        # "of the southern neighbour": an "of" phrase takes words in lower case, not a verb or a preposition
        lower_ok = after_of and fold(word) not in STOP_WORDS and not word.endswith(("ed", "ing"))
        if m.start() != end or not (word[:1].isupper() or fold(word) in TITLE_WORDS or lower_ok
                                    or word in ("of", "for", "and", "the")):
            break
        after_of = after_of or word == "of"
        end = m.end()
    return re.sub(r"(?:\s+(?:of|for|and|the))+$", "", np[:end])
_BY = re.compile(r"(?i)\bby\s+")
_VERB_BEFORE_BY = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|will|would|said|says)\b")
_WHEN_GAP = re.compile(
    r"(?i)\s*,?\s*(?:again\s+)?(?:for\s+(?:a|an|his|her|their|the)\s+[\w\s-]{0,40}?(?:visit|trip|talks|summit)\s+)?"
    r"(?:(?:in|on|from|during|between|at|over|since)\s+)?(?:(?:early|late|mid|the\s+(?:end|start|beginning|summer|spring|autumn|winter)\s+of)\s+)?"
)
_AND_YEAR = re.compile(r"\s*(?:,\s*|\s+and\s+|,\s*and\s+)")


def find_visits(view: SentenceView, memory: ArticleMemory) -> list[Visit]:
    text = view.text
    visits: list[Visit] = []
    for match in _TRIGGER.finditer(view.caseless):
        ts, te = match.start(), match.end()
        is_visit = bool(match.group("visit"))
        visitor = None
        passive = _visited_by(view, memory, ts, te) if is_visit else None
        if passive:
            places, dest_end, visitor = passive
        elif is_visit and text[te:te + 3].lower() in (" of", " by"):
            places, dest_end, visitor = _visit_of_or_by(view, memory, te)
        else:
            places, dest_end = _destinations(view, memory, te, is_visit)
        if not places and match.group("arrive"):
            places, dest_end = _airport(view, te)  # "landed at the Lima airport"
        if not places and is_visit:
            places, dest_end = _including(view, memory, te)  # "a tour of the region, including Peru and Chile"
        if not places and is_visit:
            places = _places_before(view, ts)  # "his Peru and Chile trips", "a UK state visit"
            dest_end = te
        if not places and is_visit:
            places, dest_end = _counterpart_country(view, memory, te)  # "a visit to his Senegalese counterpart"
        made_by = _MADE_BY.match(text, te) if is_visit and not places and memory.last_country else None
        if made_by:
            # "The last official visit was made by A in 2018": a visit to the country just told of
            person = next((p for p in view.people if made_by.end() <= p.start < made_by.end() + 40), None)
            places, dest_end = ([memory.last_country], person.end) if person else ([], te)
            visitor = resolved_name(view, memory, person) if person else None
        if not places:
            continue
        left = text[:ts]
        if _NEGATED.search(left[-40:]) or _INVITED.search(left[-120:]):
            continue
        if match.group("move") and re.match(r"(?i)return", match.group()) and re.match(
                r"(?i)\s*(?:[\w,]+\s+){0,4}?(?:after|from|following)\b", text[dest_end:]):
            continue  # "returned to Abuja after a state visit to Lisbon": home, from the trip
        if match.group("arrive") and re.match(
                r"(?i)\s*(?:[\w:.,]+\s+){0,4}?after\s+(?:participating|attending|concluding|wrapping|completing"
                r"|(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour))", text[dest_end:]):
            continue  # "arrived in Manila after attending the summit abroad": back home
        if match.group("include"):
            if not re.search(r"(?i)\b(?:trip|tour|itinerary|visit|swing)\b[^.;]{0,60}$", text[max(0, ts - 80):ts]):
                continue  # 'which also included' of something that is no journey
            noun = re.search(r"(?i)\b(?:trip|tour|itinerary|visit)\s+$", text[:match.start()])
            visitor = (_tour_owner(view, memory, noun.start() if noun else match.start()) or memory.last_visitor
                       or _pronoun(view, memory, match.start()))  # the traveller just named
        if match.group("take"):
            taken = text[match.start("taken"):match.end("taken")]  # as written, not as folded
            visitor = (_pronoun(view, memory, ts) if taken.lower() in ("him", "her", "them")
                       else memory.people.by_title(fold(taken.split()[-1])) or memory.last_visitor
                       or _pronoun(view, memory, ts))  # "take the sovereign to X"
        if match.group("while"):
            visitor = _main_subject_after(view, memory, dest_end)
        if match.group("stop") and re.search(r"(?i)\b(?:his|her|their)\b", match.group("stop")):
            visitor = _pronoun(view, memory, ts)  # "the next leg of his tour is Mali"
        if visitor is None:
            visitor = _visitor(view, memory, ts, dest_end)
        if not visitor and match.group("stop"):
            visitor = _trip_owner(view, memory)  # "For the end of A's tour, the chosen destination is Peru"
        if not visitor and _ABOUT_THE_TRIP.match(text):
            visitor = memory.last_visitor  # "The visit to A follows a State Visit to B": the same traveller
        if not visitor:
            continue
        home = nationality_of(view, memory, visitor)
        if (home and [p.country for p in places] == [home] and _COUNTRY_WORD.search(text, te, dest_end)
                and not re.match(r"(?i)return|came|come|arriv|land", match.group())):  # "returned to the country": home
            places = _other_than(view, memory, home)  # "Japanese PM A visited the country": not Japan
        whens, spans = _when(view, ts, dest_end, visitor)
        earlier = is_visit and bool(_EARLIER_TRIP.search(text, max(0, ts - 20), ts) or _AGO.match(text, dest_end))
        for place in places:
            if home == place.country:
                continue  # going home, or a trip inside one's own country
            for when in whens or [None]:
                _add(visits, Visit(visitor, place.label, when, spans, earlier))
            memory.last_destination = place
        for when, span in _followed_by(view, dest_end, whens):
            for place in places:
                _add(visits, Visit(visitor, place.label, when, (span,)))
        told_end = max([dest_end, *(end for _, end in spans)])  # past "to A and B in May 2005"
        for visit in _and_then_to(view, memory, told_end, visitor, home):
            _add(visits, visit)
        if spans and spans[-1][0] >= dest_end:
            for visit in _gapped(view, memory, spans[-1][1], visitor, places):
                _add(visits, visit)
        for other in _fellow_travellers(view, memory, visitor, ts):
            other_home = nationality_of(view, memory, other)
            for place in places:
                if other_home != place.country:
                    _add(visits, Visit(other, place.label, whens[0] if whens else None, spans, earlier))
    if view.places and _PRESENT.search(view.caseless):
        for visit in _presence(view, memory):
            _add(visits, visit)
    coming = _COMING_FROM.match(text) if view.places else None
    if coming:
        for visit in _came_from(view, memory, coming.end()):
            _add(visits, visit)
    if visits and "that of" in view.caseless:
        for visit in _since_that_of(view, memory, visits[-1].destination):
            _add(visits, visit)
    if view.places:
        memory.recent_countries = (memory.recent_countries + country_mentions(view))[-8:]
    return visits


# "Coming from Mali, the Kenyan President was met …": the stop before this one
_COMING_FROM = re.compile(r"\W*(?:Coming|Arriving|Travelling|Traveling|Flying)\s+(?:in\s+)?(?:here\s+)?from\s+")


def _came_from(view: SentenceView, memory: ArticleMemory, pos: int) -> list[Visit]:
    places, end = _destinations(view, memory, pos, False)
    comma = view.text.find(",", end)
    if not places or comma < 0 or view.text[end:comma].strip():
        return []
    person = next((p for p in view.people if comma < p.start < comma + 60), None)
    chunk = view.text[comma + 1:comma + 80]
    subject = chunk.lstrip()
    phrase = re.split(r"\s(?:was|were|is|will|has|had|arrived|landed)\s", subject)[0]
    if person is not None and _GAP_TITLES.fullmatch(view.text, comma + 1 + len(chunk) - len(subject), person.start):
        visitor: str | None = resolved_name(view, memory, person)
    else:  # "the Kenyan President": the one named so, else the traveller the article tells of
        visitor = _office(phrase, memory) or (memory.last_visitor if _demonym_in(phrase) else None)
    home = (nationality_of(view, memory, visitor) if visitor else None) or (_demonym_in(phrase) if not person else None)
    if not visitor or home is None:
        return []  # whose home the place is, the article must say: coming from home is no visit
    return [Visit(visitor, p.label, None, ()) for p in places if p.country != home]


# "Peru's King A and Chile's President B landed in Bolivia": the second of two subjects, by titles
_FELLOW_GAP = re.compile(r"\s+and\s+(?:(?:[A-Z][\w.-]*(?:['’]s)?|of|the)\s+){0,6}")


def _fellow_travellers(view: SentenceView, memory: ArticleMemory, visitor: str, ts: int) -> list[str]:
    """The other subjects joined to the visitor by "and" right before the verb at ``ts``."""
    before = [p for p in view.people if p.end <= ts]
    first = next((i for i, p in enumerate(before) if resolved_name(view, memory, p) == visitor), None)
    if first is None or first + 1 >= len(before) or re.search(r"[,;]", view.text[before[first].end:ts]):
        return []
    second = before[first + 1]
    if second.words[-1] == before[first].words[-1] or set(second.titles) & {"mr", "mrs", "ms", "madam"}:
        return []  # "President A Duarte and Mr L Duarte": a spouse comes along, not a second leader
    if not _FELLOW_GAP.fullmatch(view.text, before[first].end, second.start) or not _DOER_GAP.fullmatch(
            view.text, second.end, ts):
        return []
    return [resolved_name(view, memory, second)]


def _other_than(view: SentenceView, memory: ArticleMemory, home: str) -> list[Place]:
    """The other party of the story for a visitor from ``home``: the last traveller's country, else
    the country last named that is not ``home``, else the one the story was filed from."""
    last_home = nationality_of(view, memory, memory.last_visitor) if memory.last_visitor else None
    other = memory.country_named(last_home) if last_home and last_home != home else None
    other = other or next((p for p in reversed(memory.recent_countries) if p.country != home), None)
    if other is None and memory.filed_from is not None and memory.filed_from.country != home:
        other = memory.filed_from
    return [other] if other else []


# "took part in the inauguration ... in Accra", "met his Tanzanian counterpart in Dodoma", "joined his
# host at a celebration in Lima": being at an event or a meeting abroad
_PRESENT = on_caseless("[tajmhpaslgdiwbc]", r"\b(?:t[ao]k(?:e|es|ing)?\s+part\s+in|took\s+part\s+in|participat(?:e|es|ed|ing)\s+in"
                       # "paid a courtesy call on President X in Accra", "called on the King in Thimphu"
                       r"|pa(?:id|ys?|ying)\s+(?:a\s+)?courtesy\s+call\s+on|call(?:ed|s|ing)?\s+on"
                       r"|attend(?:s|ed|ing)?|join(?:s|ed|ing)?|met|meets?|meeting|h[oe]ld(?:s|ing)?\s+talks"
                       r"|address(?:es|ed|ing)?|la(?:id|ys?|ying)\s+a\s+wreath|sp(?:oke|eaks?|eaking)\s+at"
                       r"|(?:deliver(?:s|ed|ing)?|gave|gives?|giving)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:speech|address|lecture)"
                       # "was received in Lima by ...", "was welcomed at the airport in Lima"
                       r"|(?:is|are|was|were|been|being)\s+(?:warmly\s+|officially\s+)?(?:welcomed|received|greeted)"
                       # "is in Peru", "will be in Lima": presence, its place read by the gap after
                       r"|(?P<be>(?:is|are|was|were|be|been)\s+(?:currently\s+|now\s+|already\s+|still\s+|also\s+)?(?=in\s)))\b")
_PRESENT_GAP = re.compile(r"(?i)[^;.]{0,140}?\b(?:in|at)\s+(?:the\s+)?(?:(?:capital|city)(?:\s+of|,)?\s+)?$")
_STUDIES = re.compile(r"(?i)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:school|university|college|classes|courses?|lectures|academy)\b")
_CLAUSE_BREAK = re.compile(r"(?i)\b(?:who|which|where|when|said|says|after|before|while|to|about|over|regarding"
                           r"|concerning|discuss\w*)\b")
# "the crisis in Sudan": a place that tells a topic, not where the meeting was
_TOPIC_IN = re.compile(r"(?i)\b(?:situation|crisis|conflict|war|violence|fighting|developments?|peace|security|stability"
                       r"|elections?|events|investments?|projects?|operations|troops|forces|tensions|unrest)\s+in\s+(?:the\s+)?$")


def _presence(view: SentenceView, memory: ArticleMemory) -> list[Visit]:
    """A person of a known country at an event or a meeting in a place of another: a trip there."""
    text, found = view.text, []
    for match in _PRESENT.finditer(view.caseless):
        place = next((p for p in view.places if match.end() < p.start <= match.end() + 160
                      and _PRESENT_GAP.fullmatch(text, match.end(), p.start)), None)
        if place is None or _CLAUSE_BREAK.search(text, match.end(), place.start) or _in_organisation(text, place.start):
            continue
        if _TOPIC_IN.search(text, max(0, place.start - 40), place.start) or text[place.start:place.end].endswith("'s"):
            continue  # "met ... over the crisis in Sudan", "is in Peru's debt"
        if match.group("be") and not re.fullmatch(r"\s*in\s+(?:the\s+)?", text[match.end():place.start]):
            continue  # "was in office during the crisis in X": only "is in X" itself tells presence
        if _NEGATED.search(text[max(0, match.start() - 40):match.start()]) or _STUDIES.match(text, match.end()):
            continue
        visitor = _doer_right_before(view, memory, match.start())
        home = nationality_of(view, memory, visitor) if visitor else None
        if visitor and home is None:  # "the Egyptian president was in Kuwait"
            home = _demonym_in(text[_clause_start(text[:match.start()]):match.start()])
        on_the_trip = (visitor is not None and visitor == memory.last_visitor and memory.last_destination is not None
                       and memory.last_destination.country == place.place.country)  # "He will also attend ... in Shanghai"
        if not on_the_trip and (home is None or home == place.place.country):
            continue  # no known home: a meeting of locals, or a guest whose country the article never gave
        whens, spans = _when(view, match.start(), place.end, visitor)
        more = _more_presence(view, place, visitor, home)
        if more and spans and more[0].when is not None:
            whens, spans = [], ()  # "in Kuwait, on 3 May in the UAE": that day is the UAE's
        found += [Visit(visitor, place.place.label, when, spans) for when in whens or [None]]
        found += more
    return found


# "was in Kuwait, on 3 May in the UAE, and in late April in Saudi Arabia": more places, each with
# its own time, the verb left out.
_ELIDED_PRESENCE = re.compile(
    r"(?i)(?:\s*\([^()]{1,12}\))?\s*,\s*(?:and\s+)?(?:(?:on|in|by|at|from|until)\s+[^,;.()]{1,30}?\s+"
    r"|(?:a|one|two|three|the)\s+[^,;.()]{1,30}?\s+)?in\s+(?:the\s+)?"
)


def _more_presence(view: SentenceView, place: PlaceMention, visitor: str, home: str | None) -> list[Visit]:
    found: list[Visit] = []
    for nxt in (p for p in view.places if p.start > place.end):
        if nxt.place.country == place.place.country and re.fullmatch(r"\s*\(\s*", view.text[place.end:nxt.start]):
            continue  # "the United Arab Emirates (UAE)"
        gap = _ELIDED_PRESENCE.fullmatch(view.text, place.end, nxt.start)
        if gap is None:
            break
        if nxt.place.country != home:
            when = next((iso for m, iso in view.dates if iso and place.end <= m.start and m.end <= nxt.start), None)
            found.append(Visit(visitor, nxt.place.label, when, ()))
        place = nxt
    return found


# Between a doer and the verb: "A also met", "A has attended", "A, Kenya's president, met", "A of Peru attended"
_AUXILIARIES = r"(?:\s+(?:also|then|later|recently|once|first|briefly|has|have|had|will|would|is|was|to))*"
_DOER_PRONOUN = re.compile(r"(?i)\b(?:he|she)" + _AUXILIARIES + r"\s*$")
# "King A on Friday, March 7, 2019, arrived in …": the day told between the doer and the verb
_DOER_DAY = (r"(?:,?\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"
             r"(?:,?\s+(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})(?:,?\s+\d{4})?)?,?)?")
_DOER_GAP = re.compile(r"(?i)(?:\s*,(?P<apposed>[^,;]{1,60}),|\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?"
                       + _DOER_DAY +
                       # "A and her Peruvian counterpart met in Lima", "A and his wife attended"
                       r"(?:\s+and\s+(?:his|her|their)\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?:counterpart|host|wife|husband|spouse"
                       r"|delegation|entourage))?"
                       + _AUXILIARIES + r"\s+")
_SUBORDINATE = re.compile(r"(?i)\b(?:since|after|before|when|while|as|until|because|although|though|if|once|who|which)\b")


def _doer_right_before(view: SentenceView, memory: ArticleMemory, pos: int) -> str | None:
    """The person (or "he") right before the verb at ``pos``, in a main clause: not the doer of
    "since President A attended ..." (a time told by another event)."""
    text = view.text
    person = next((p for p in reversed(view.people) if p.end <= pos), None)
    gap = _DOER_GAP.fullmatch(text, person.end, pos) if person is not None else None
    if gap is not None and gap.group("apposed") and re.search(r"(?i)\b(?:who|which|where|said|says)\b", gap.group("apposed")):
        gap = None  # "A, who said ...," is a clause of its own
    pron = _DOER_PRONOUN.search(text, max(0, pos - 60), pos) if gap is None else None
    if gap is None and pron is None:
        return _office_right_before(view, memory, pos)
    start = pron.start() if pron else person.start
    if _SUBORDINATE.search(text, max(text.rfind(",", 0, start), 0), start):
        return None
    return _pronoun(view, memory, start) if pron else resolved_name(view, memory, person)


# "the Egyptian president was in Kuwait", "the prime minister also attended": an office as the doer
_OFFICE_DOER = re.compile(r"(?:^|(?<=[\s,]))((?i:the)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)" + _AUXILIARIES + r"\s+$")


def _office_right_before(view: SentenceView, memory: ArticleMemory, pos: int) -> str | None:
    """The office holder the article named, written as his office right before the verb at ``pos``."""
    m = _OFFICE_DOER.search(view.text, max(0, pos - 80), pos)
    if m is None or _office_word(m.group(1)) is None:
        return None
    if _SUBORDINATE.search(view.text, max(view.text.rfind(",", 0, m.start()), 0), m.start()):
        return None
    named = _office(m.group(1), memory)
    if named and not named.lower().startswith("the "):
        return named
    return _national_title_holder(m.group(1), memory)


def _national_title_holder(np_text: str, memory: ArticleMemory) -> str | None:
    """ "the Egyptian president" after "President A", whose nationality the article never gave."""
    country, office = _demonym_in(np_text), _office_word(np_text)
    holder = memory.people.by_title(office) if country and office else None
    return holder if holder and memory.people.nationality(holder) in (None, country) else None


def _demonym_in(np_text: str) -> str | None:
    """The country of a demonym in a phrase: 'the Egyptian president' -> Egypt."""
    return next((DEMONYMS[w] for w in (fold(w) for w in re.findall(r"[\w'’-]+", np_text)) if w in DEMONYMS), None)


_LEADS_DELEGATION = re.compile(
    r"(?i)\s+(?:(?:is|was|were|will)\s+)?(?:lead|led|leads|leading|heading|headed|heads|and)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\b"
)


# A sentence about the article's trip: "The visit to Peru follows ...", "This trip comes after ..."
_ABOUT_THE_TRIP = re.compile(r"(?i)^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b")


# "the Chair" is whoever the article called Chairperson (or Chairman, Chairwoman)
_SAME_OFFICE = {"chair": ("chair", "chairperson", "chairman", "chairwoman")}
# Verbs of saying: who says a thing is not who does it.
_SAYING = r"(?:says|said|added|noted|stated|announced|confirmed|revealed|disclosed)"
_REPORTING = re.compile(rf"(?i)\b(?:has|have|had)?\s*{_SAYING}\s+(?:that\s+)?(?=(?:the\s+)?(?-i:[A-Z]))")
_SAYS_AT_END = re.compile(rf"(?i)\W*\b(?:{_SAYING}|told\s+[\w\s]{{1,30}}?)\W*$")
_SAYS_BEFORE_NAME = re.compile(rf"(?i)\b{_SAYING}\s+$")


def _speaker_after(view: SentenceView, memory: ArticleMemory, pos: int) -> str | None:
    """ "'... my travel to Peru,' Mr Luxon says." : the person named with the verb of saying."""
    for person in view.people:
        if person.start < pos:
            continue
        after, before = view.text[person.end:], view.text[:person.start]
        if _SAYS_AT_END.match(after) or _SAYS_BEFORE_NAME.search(before):
            return resolved_name(view, memory, person)
    return None


def note_speaker(view: SentenceView, memory: ArticleMemory) -> None:
    """Remember who a quotation is by, for the "my" of its next sentences."""
    if not any(ch in view.text for ch in "\"“”"):
        return
    speaker = _speaker_after(view, memory, 0)
    if speaker:
        memory.last_speaker = speaker


# "A said the minister will head the delegation on a tour that will take him to X": the speaker
# reports someone else's trip; "him" is the reported clause's subject.
_REPORTED = re.compile(
    rf"(?i)\b(?:{_SAYING}|told\s+(?:[\w-]+\s+){{1,4}}?)\s*,?\s+(?:that\s+)?"
    r"(?P<np>the\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:will|would|is|was|has|had|plans?|planned|intends?|began|begins)\b"
)


def _pronoun(view: SentenceView, memory: ArticleMemory, pos: int) -> str | None:
    """Who "he", "him" or "they" at ``pos`` is. Not the speaker of the sentence: inside a quotation
    a third person is someone else ("'He will go on to Brunei,' the minister said"), and after
    "A said the minister will ..." it is the minister. Then the traveller the article told of
    fits best; else the usual reading (the sentence's first person, or the last one named)."""
    text = view.text[:pos]
    reported = next(reversed(list(_REPORTED.finditer(text))), None)  # the last report before the pronoun
    quoted = (text.count('"') + text.count("“") - text.count("”")) % 2 == 1
    if reported is not None and not re.search(r"[;.]", text[reported.end():]):
        named = _office(reported.group("np"), memory) if _OFFICE.match(reported.group("np")) else None
        if named or memory.last_visitor:
            return named or memory.last_visitor
    if quoted and memory.last_visitor:
        return memory.last_visitor
    return memory.people.pronoun(view.people, pos)


# "A will begin a three-day tour of Africa": a trip to no one country yet, but it names the traveller
# whom "the tour", "the trip" and "they" mean in the next sentences.
_SETS_OUT = re.compile(
    r"(?i)\b(?:beg[ai]ns?|beginning|start(?:s|ed|ing)?|embark(?:s|ed|ing)?\s+on|undert(?:ake|akes|ook|aking)"
    r"|kick(?:s|ed)?\s+off|set(?:s)?\s+off\s+on|(?:is|are|was|were)\s+on|(?:make|makes|made|pay|pays|paid))\s+"
    r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:tour|visit|trip|journey)\b"
)


def note_traveller(view: SentenceView, memory: ArticleMemory) -> None:
    """Remember who sets out on a trip the sentence gives no country for."""
    caseless = view.caseless
    if not any(noun in caseless for noun in ("tour", "visit", "trip", "journey")):
        return  # most sentences: no trip at all
    m = _SETS_OUT.search(view.text)
    if m:
        visitor = _subject(view, memory, m.start())
        if visitor:
            memory.last_visitor = visitor


def _main_subject_after(view: SentenceView, memory: ArticleMemory, pos: int) -> str | None:
    """The subject of the main clause after an opener: "While in Peru, [he | President A] met ..."."""
    text = view.text
    comma = text.find(",", pos)
    if comma == -1 or comma - pos > 40:
        return None
    after = [p for p in view.people if comma < p.start < comma + 60]
    # the name opens the clause, after its titles at most: not "both leaders are to open the X-Y Trade Fair"
    if after and _OPENING_TITLES.fullmatch(text, comma + 1, after[0].start):
        return resolved_name(view, memory, after[0])
    if _BOTH_LEADERS.match(text, comma + 1) and memory.last_visitor:
        return memory.last_visitor  # "While in Peru, the two leaders will ...": the traveller among them
    if re.match(r"\s*,\s*(?:he|she|they)\b", text[comma:], re.IGNORECASE):
        return _pronoun(view, memory, pos)
    titled = re.match(r"\s*(?:the|The)\s+(?:[A-Z][\w'’.-]*\s*)+", text[comma + 1:comma + 80])
    office = _office(titled.group().strip(), memory) if titled else None  # "While in X, the Vice-President met"
    national = _NATIONAL_OFFICE.match(text[comma + 1:comma + 60]) if office is None else None
    if national and _demonym_of(national) and _office_word(national.group("office")):
        office = _office(national.group().strip(), memory)  # "While in X, the Nigerian leader held ..."
    return office


_OPENING_TITLES = re.compile(r"\s*(?:(?:[A-Z][\w'’.-]*|of|for|the|and)\s+){0,8}")
# "the two leaders", "both presidents": the traveller and the host together
_BOTH_LEADERS = re.compile(r"(?i)\s*(?:the\s+two|both(?:\s+the)?)\s+(?:leaders|presidents|heads\s+of\s+(?:state|government)"
                           r"|prime\s+ministers|ministers|sides|delegations)\b")


def note_delegation(view: SentenceView, memory: ArticleMemory) -> None:
    """Remember who leads a delegation ("A was leading a delegation of MPs", "A and a delegation ...")."""
    if "delegation" not in view.text:
        return
    for match in _LEADS_DELEGATION.finditer(view.text):
        person = next((p for p in reversed(view.people) if p.end <= match.start() and match.start() - p.end < 3), None)
        if person is not None:
            memory.delegation_leader = resolved_name(view, memory, person)


# A headline with no verb: "Novak to Chile, Peru" (a planned or ongoing trip).
_HEADLINE_TO = re.compile(r"^\W*(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s+to\s+(?=[A-Z])")


def find_headline_visits(view: SentenceView, memory: ArticleMemory) -> list[Visit]:
    text = view.text
    m = _HEADLINE_TO.match(text)
    if not m or text.rstrip()[-1:] in ".!?\"”" or len(text.split()) > 12:
        return []
    places, end = _destinations(view, memory, m.end(), False)
    if not places or text[end:].strip(" ,;:–—-"):
        return []  # the rest of the line is not only places
    who = m.group("who")
    if any(p.start < m.end("who") for p in view.places) or fold(who.split()[-1]) in TITLE_WORDS:
        return []
    if any(fold(word) in memory.common_words for word in who.split()):
        return []  # "Minister Pays Visit to X": a verb of the headline, not a name
    person = next((p for p in view.people if p.start < m.end("who")), None)
    visitor = resolved_name(view, memory, person) if person else who
    return [Visit(visitor, place.label, None, ()) for place in places]


# "The tour kicked off on 5 May in Peru and will conclude on 9 May in Chile": the stops of a tour.
_TOUR_NOUN = on_caseless("[tjvesm]", r"\b(?:tour|trip|journey|visit|engagement|swing|mission)\b")
_LEG_VERB = starting_with(
    "[bcefkosw]",
    r"\b(?:kick(?:s|ed)?\s+off|beg[ai]ns?|start(?:s|ed)?|open(?:s|ed)?|end(?:s|ed)?|conclud(?:e|es|ed)"
    r"|wrap(?:s|ped)?\s+up|finish(?:es|ed)?|continu(?:e|es|ed))(?:\s+(?:on|in)\s+[^,.;]{3,30}?)?\s+in\s+",
    re.IGNORECASE,
)


# "with Malaysia, India and China next on his itinerary": the tour's coming stops
_NEXT_ON = re.compile(r"(?i)\s+(?:are\s+|is\s+)?next\s+on\s+(?P<owner>his|her|their|the)\s+(?:itinerary|agenda|schedule|tour)\b")


def _next_on_itinerary(view: SentenceView, memory: ArticleMemory) -> list[Visit]:
    m = _NEXT_ON.search(view.text)
    if m is None:
        return []
    places = _places_listed_before(view, m.start())
    # An itinerary is a traveller's: the one the article last told of, before any other "his"
    visitor = memory.last_visitor or (_pronoun(view, memory, m.start("owner")) if m.group("owner").lower() != "the"
                                      else None)
    home = nationality_of(view, memory, visitor) if visitor else None
    return [Visit(visitor, p.label, None, ()) for p in places if visitor and p.country != home]


def _places_listed_before(view: SentenceView, end: int) -> list[Place]:
    """The list of places that ends right at ``end``: "Malaysia, India and China"."""
    before = [p for p in view.places if p.end <= end]
    if not before or view.text[before[-1].end:end].strip():
        return []
    found, last = [before[-1].place], before[-1]
    for place in reversed(before[:-1]):
        if not _LIST_GAP.fullmatch(view.text[place.end:last.start]):
            break
        found.insert(0, place.place)
        last = place
    return _one_per_country(found)


def find_tour_stops(view: SentenceView, memory: ArticleMemory) -> list[Visit]:
    text = view.text
    visits: list[Visit] = _next_on_itinerary(view, memory) if "next on" in view.caseless else []
    noun = _TOUR_NOUN.search(view.caseless)
    if noun is None:
        return visits
    for match in _LEG_VERB.finditer(text, noun.end()):
        if re.search(r"[;.]", text[noun.end():match.start()]):
            break
        places, _ = _destinations(view, memory, match.end(), False)
        visitor = _tour_owner(view, memory, noun.start())
        home = nationality_of(view, memory, visitor) if visitor else None
        visits += [Visit(visitor, p.label, None, ()) for p in places if visitor and p.country != home]
    return visits


def _trip_owner(view: SentenceView, memory: ArticleMemory) -> str | None:
    """The owner of the tour or trip the sentence names ("A's tour"), else None."""
    noun = _TOUR_NOUN.search(view.caseless)
    return _tour_owner(view, memory, noun.start()) if noun else None


def _tour_owner(view: SentenceView, memory: ArticleMemory, pos: int) -> str | None:
    """Whose tour: "A's tour", "his tour", or the traveller the article last told of."""
    left = view.text[:pos]
    _, _, person = _possessive_owner(view, left, 60)
    if person is not None:
        return resolved_name(view, memory, person)
    if re.search(r"(?i)\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}$", left):
        return _pronoun(view, memory, pos)
    return memory.last_visitor if re.match(r"(?i)\W*(?:the|this)\s+(?:[\w-]+\s+){0,3}$", left) else None


# "his last visit to Japan", "her previous trip", "a visit four years ago": a trip before the one told
_EARLIER_TRIP = re.compile(r"(?i)\b(?:last|previous|earlier|prior|past)\s+(?:[\w-]+\s+){0,2}$")
_AGO = re.compile(r"(?i)\s+(?:\w+\s+){1,3}ago\b")


def known_visit(visits: list[Visit], visit: Visit) -> bool:
    """Whether ``visits`` already tells this person's trip to this country."""
    return any(_same_trip(v, visit) for v in visits)


def _same_trip(one: Visit, other: Visit) -> bool:
    """The same person to the same country, and not one trip now and one told as earlier."""
    return (fold(one.visitor) == fold(other.visitor) and _country(one) == _country(other)
            and one.earlier == other.earlier)


def _add(visits: list[Visit], visit: Visit) -> None:
    """One fact per trip in a sentence: "a state visit to India on Tuesday, his fourth trip to the country"."""
    for index, other in enumerate(visits):
        if _same_trip(other, visit):
            if other.when == visit.when or visit.when is None:
                return
            if other.when is None:
                visits[index] = visit
                return
    visits.append(visit)


def _country(visit: Visit) -> str:
    return visit.destination.rsplit(", ", 1)[-1]


def nationality_of(view: SentenceView, memory: ArticleMemory, visitor: str) -> str | None:
    words = tuple(fold(w) for w in re.findall(r"\w+", visitor))
    for person in view.people:
        if person.words == words and person.nationality:
            return person.nationality
    return memory.people.nationality(visitor)


# "the African countries of", "the Pacific nations of": a lead-in before a list of places.
_GROUP_OF = r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:countries|nations|states|islands|kingdoms)\s+of\s+"
# "the Federal Republic of Nigeria", "the Kingdom of Morocco": a country's formal style.
_STYLE_WORDS = (r"(?:(?:federal|islamic|united|democratic|people'?s|socialist|arab|hashemite|cooperative|plurinational"
                r"|bolivarian|independent|sovereign)\s+)*")
_STYLE_OF = (_STYLE_WORDS + r"(?:republic|kingdom|state|commonwealth|sultanate|emirate|principality"
             r"|federation|grand\s+duchy)\s+of\s+")
# "five Central Asian countries, A, B and C", "three nations: A, B": a count of the places that follow
_COUNTED = r"(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:countries|nations|states|republics)\s*(?:[:,(—–]|\s-)\s*)"
# "trips to the heads of government of A and B": a visit to a country's leaders is one to the country
_LEADERS_OF = r"(?:(?:the\s+)?(?:heads?\s+of\s+(?:state|government)|leaders|leadership|governments?)\s+of\s+)"
_DEST_GAP = re.compile(
    # "the Socialist Republic of X" where the gazetteer knows "Republic of X": the words before it
    r"(?i)(?:" + _COUNTED + r"|" + _LEADERS_OF + r")?(?:the\s+)?(?:(?:capital|city)(?:\s+of|,)?\s+)?(?:" + _GROUP_OF + r")?(?:" + _STYLE_OF + "|" + _STYLE_WORDS
    + r")?(?:the\s+)?"
)
_LIST_GAP = re.compile(r"(?i)(?:\s+for\s+(?:a|an|one|two|three|four|five|\d{1,2})\s+(?:days?|nights?)"  # "A for two days and B"
                       r"|\s+in\s+(?:(?:early|late|mid)[\s-]+)?" + _MONTH + r"(?:\s+\d{4})?)?"  # "A, B in January and C"
                       r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?:the\s+)?"
                       # "A, and subsequently to B", "A and then on to B", "A and then B": the trip goes on
                       r"(?:(?:then|subsequently|later|finally|afterwards)\s+(?:on\s+)?(?:to\s+)?(?:the\s+)?"
                       r"|(?:on\s+)?to\s+(?:the\s+)?)?"
                       r"(?:(?<=and\s)" + _COUNTED + r")?"
                       r"(?:(?<=the\s)" + _STYLE_OF + r")?")  # "A and the Republic of B"
_ORG_IN = re.compile(r"\s+and\s+the\s+(?:[A-Z][\w'’-]*\s+(?:\([A-Z]{2,6}\)\s+)?){1,6}?(?:[Hh]eadquarters\s+)?in\s+")
_IN_GAP = re.compile(r"(?i)(?:'s\s+capital,?|,|\s+in)\s+(?:the\s+)?")


def _destinations(view: SentenceView, memory: ArticleMemory, pos: int, is_visit: bool) -> tuple[list[Place], int]:
    """The places right after a trigger: "visit to Chile", "travel to Peru, Chile and Bolivia"."""
    text = view.text
    if is_visit:
        pos = _AFTER_VISIT.match(text, pos).end()
    else:
        pos += len(text[pos:]) - len(text[pos:].lstrip())
    places = [p for p in view.places if p.start >= pos and not _in_organisation(text, p.start)]
    first = next((p for p in places if _DEST_GAP.fullmatch(text[pos:p.start])), None)
    if first is None:
        m = _COUNTRY_WORD.match(text, pos)
        if m:
            country = _last_country(view, memory, pos)
            style = re.search(r"(?i)sultanate|emirate|principality", m.group())
            if country is not None and style and fold(style.group()) not in style_words(country.code):
                country = None  # "the Sultanate" is Oman, not the Kenya just named
            if country is not None:
                return [country], m.end()
        capital = _DEMONYM_CAPITAL.match(text, pos)  # "arrived in the Ethiopian capital"
        country = DEMONYMS.get(fold(capital.group("adj"))) if capital else None
        place = memory.country_named(country) if country else None
        if place is None:
            soil = _DEMONYM_SOIL.match(text, pos)  # "landed on Chilean soil", "arriving in Honduran lands"
            country = DEMONYMS.get(fold(soil.group("adj"))) if soil else None
            place = memory.country_named(country) if country else None
            return ([place], soil.end()) if place else ([], pos)
        return [place], capital.end()
    found, end = [first.place], first.end
    for place in places[places.index(first) + 1:]:
        gap = text[end:place.start]
        if _LIST_GAP.fullmatch(gap):
            found.append(place.place)
        elif (_IN_GAP.fullmatch(gap) or _ORG_IN.fullmatch(gap)) and place.place.country == found[-1].country:
            # "Lusaka in Zambia", "Malawi's capital, Lilongwe", "Ethiopia and the AU headquarters in Addis Ababa"
            found.append(place.place)
        else:
            break
        end = place.end
    return _one_per_country(found), end


# "at the Lima airport", "at Nairobi International Airport": an airport named by its city
_AIRPORT = re.compile(r"\s*(?:the\s+)?(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}?)\s+(?:[Ii]nternational\s+)?[Aa]irport\b")


def _airport(view: SentenceView, pos: int) -> tuple[list[Place], int]:
    m = _AIRPORT.match(view.text, pos)
    place = place_named(m.group("city")) if m else None
    return ([place], m.end()) if place is not None and place.is_city else ([], pos)


_DEMONYM_SOIL = re.compile(r"(?P<adj>[A-Z][\w-]+)\s+(?:soil|lands|territory)\b")
_DEMONYM_CAPITAL = re.compile(r"(?:the\s+)?(?P<adj>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+capital\b")
_INCLUDING = re.compile(r"(?i)\s+(?:of|to|through|across|around)\s+[^.;:]{2,80}?,?\s+(?:including|such\s+as|namely|with\s+stops\s+in)\s+")


def _including(view: SentenceView, memory: ArticleMemory, pos: int) -> tuple[list[Place], int]:
    """ "a tour of Latin America, including Peru, Chile and Bolivia": the countries the tour names."""
    m = _INCLUDING.match(view.text, pos)
    if not m:
        return [], pos
    return _destinations(view, memory, m.end(), False)


_COUNTERPART = re.compile(r"(?i)\s+(?:to\s+|with\s+)?(?:his|her|their)\s+(?P<adj>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)"
                          r"\s+(?:counterpart|host|opposite\s+number)s?\b")


def _counterpart_country(view: SentenceView, memory: ArticleMemory, pos: int) -> tuple[list[Place], int]:
    """ "paid a courtesy visit to his Senegalese counterpart": the counterpart's country, unless the
    sentence names a place of another country for the meeting."""
    m = _COUNTERPART.match(view.text, pos)
    country = DEMONYMS.get(fold(m.group("adj"))) if m else None
    place = memory.country_named(country) if country else None
    if place is None or any(p.start >= m.end() and p.place.country != place.country for p in view.places):
        return [], pos
    where = re.match(r"\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])", view.text[m.end():])
    if where and not any(p.start == m.end() + where.end() - 1 for p in view.places):
        return [], pos  # "visited his Senegalese counterpart at the UN": somewhere not his country
    return [place], m.end()


def _one_per_country(places: list[Place]) -> list[Place]:
    """A city and its country named together are one destination, told by the city."""
    kept: list[Place] = []
    for place in places:
        same = next((i for i, k in enumerate(kept) if k.country == place.country), None)
        if same is None:
            kept.append(place)
        elif place.is_city and not kept[same].is_city:
            kept[same] = place
    return kept


# Words between a place and "visit" that still make it the destination: "a UK state visit".
_BEFORE_TRIGGER = re.compile(
    r"(?i)\s*(?:(?:state|official|working|royal|private|historic|first|maiden|two-day|three-day|\w+-day|\w+-nation"
    r"|bilateral|diplomatic|presidential|ministerial)\s+)*$"
)


def _places_before(view: SentenceView, ts: int) -> list[Place]:
    """ "his Peru and Chile trips", "on a UK state visit": the places that qualify the noun."""
    text = view.text
    before = [p for p in view.places if p.end <= ts]
    if not before:
        return []
    last = before[-1]
    gap = text[last.end:ts]
    if not _BEFORE_TRIGGER.fullmatch(gap) or text[last.start:last.end].endswith(("'s", "’s")):
        return []
    found = [last.place]
    for place in reversed(before[:-1]):
        gap = text[place.end:last.start]
        if not _LIST_GAP.fullmatch(gap):
            break
        found.insert(0, place.place)
        last = place
    # "the Japan visit", "his Peru trips": a determiner or possessive opens the phrase.
    opener = r"(?i)\b(?:a|an|the|his|her|their|its|this|that|on|[\w.]+['’]s)\s+(?:(?:first|second|third|last|maiden|recent|upcoming|next)\s+)?$"
    if not re.search(opener, text[max(0, last.start - 40):last.start]):
        return []
    return _one_per_country(found)


def _last_country(view: SentenceView, memory: ArticleMemory, before: int) -> Place | None:
    earlier = [p for p in view.places if p.end <= before and not _in_organisation(view.text, p.start)]
    if earlier:
        return earlier[-1].place
    # "A meets her Slovak counterpart B during a visit to the country": the counterpart's country
    counterpart = _COUNTERPART_OF.search(view.text, 0, before)
    country = DEMONYMS.get(fold(counterpart.group("adj"))) if counterpart else None
    place = memory.country_named(country) if country else None
    return place or memory.last_destination or memory.last_country


_COUNTERPART_OF = re.compile(r"\b(?:his|her|their)\s+(?P<adj>[A-Z][\w-]+)\s+counterpart\b")


_ORG_OF = re.compile(
    r"(?:Party|Bank|University|Ministry|Committee|Embassy|Government|Council|Assembly|Front|Union|Federation|Church"
    r"|Institute|Academy|Museum|Court|Office|Agency|Association)\s+of\s+(?:the\s+)?$"
)


def _in_organisation(text: str, start: int) -> bool:
    """ "Workers' Party of Korea" names a party, not the country as a place."""
    return bool(_ORG_OF.search(text[max(0, start - 40):start]))


def country_mentions(view: SentenceView) -> list[Place]:
    """Countries named as places in the sentence, in order (for "the country" later)."""
    return [p.place for p in view.places if not _in_organisation(view.text, p.start)]


def _visit_of_or_by(view: SentenceView, memory: ArticleMemory, pos: int) -> tuple[list[Place], int, str | None]:
    """ "the visit of X to Y", "a visit by X, President of Z, to Y", "the state visit of Nepal"."""
    text = view.text
    of = re.match(r"(?i)\s+of\s+(?:the\s+)?", text[pos:])
    if of:
        # "a state visit of Nepal": the place is the destination
        places, dest_end = _destinations(view, memory, pos + of.end(), False)
        owner = text[:dest_end].endswith(("'s", "’s"))  # "a tour of Spain's neighbours": Spain is not visited
        if places and not owner and not re.match(r"\s*(?:,\s*)?to\b", text[dest_end:]):
            return places, dest_end, None
    m = re.match(r"(?i)\s+(of|by)\s+(?P<np>[^;]{2,160}?)\s+to\s+", text[pos:])
    if not m or m.group("np").count(",") > 2:
        return _visit_of_guest(view, memory, pos)
    np_start = pos + m.start("np")
    np_text = m.group("np")
    if re.match(r"(?i)(?:a|an|some|several|many|two|three)\b", np_text):
        named = _named_by_nationality(view, memory, np_text) or _delegation(np_text, memory)
        if named is None:
            return [], pos, None  # "the first visit of a Vietnamese leader": no one named
        places, dest_end = _destinations(view, memory, pos + m.end(), False)
        return (places, dest_end, named) if places else ([], pos, None)
    places, dest_end = _destinations(view, memory, pos + m.end(), False)
    if not places:
        return [], pos, None
    inside = [p for p in view.people if np_start <= p.start < pos + m.end("np")]
    # "Custodian of the Holy Sites King Ali": the person with a title, not the honorific before it
    person = titled_first(inside)
    comma = np_text.find(",")
    if re.match(r"(?i)the\s", np_text) and comma > 0 and person is not None and person.start < np_start + comma:
        # "the visit of the Heroic Guerrilla, Ernesto Guevara, to India": the name in apposition
        person = next((p for p in inside if p.start > np_start + comma and len(p.words) >= 2), person)
    visitor = resolved_name(view, memory, person) if person else _office(np_text.split(",")[0], memory)
    return places, dest_end, visitor


# "Quito, visited by the Chilean president", "Peru, which was visited by A in May": the place before
_PASSIVE_GAP = re.compile(r"(?i)\s{0,3},?\s{0,3}(?:(?:which|that)\s+)?(?:(?:was|were|is|has\s+been|had\s+been|have\s+been)\s+)?"
                          r"(?:(?:also|first|recently|already|previously|last|once|twice)\s+)?")


def _visited_by(view: SentenceView, memory: ArticleMemory,
                ts: int, te: int) -> tuple[list[Place], int, str | None] | None:
    """ "Y, visited by X": a visit to the place right before the participle, by the one after "by"."""
    text = view.text
    by = re.match(r"(?i)\s+by\s+", text[te:te + 8]) if text[ts:te].lower() == "visited" else None
    place = next((p for p in reversed(view.places) if p.end <= ts), None)
    if by is None or place is None or not _PASSIVE_GAP.fullmatch(text, place.end, ts):
        return None
    start = te + by.end()
    person = next((p for p in view.people if p.start >= start), None)
    if person is not None and (not text[start:person.start].strip() or _only_names(text[start:person.start])):
        return [place.place], person.end, resolved_name(view, memory, person)
    np_text = re.split(r"[,;.:!?()]", text[start:start + 80])[0]
    office = _office(np_text, memory) if np_text[:4].lower() == "the " else None
    if office is None or office.startswith("the "):
        office = _national_title_holder(np_text, memory) if np_text[:4].lower() == "the " else None
    return ([place.place], start, office) if office else None


# "the President of the Republic of Kenya " before a name: an office and its country
_OFFICE_OF = re.compile(r"(?:President|Prime\s+Minister|King|Queen|Emir|Chancellor|Premier|Vice\s+President)\s+of\s+"
                        r"(?:the\s+)?[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|of|the)\s+){0,5}")


def _visit_of_guest(view: SentenceView, memory: ArticleMemory, pos: int) -> tuple[list[Place], int, str | None]:
    """ "on the official visit of Prime Minister A" with no "to": the story's host country, if A is a guest there."""
    m = re.match(r"(?i)\s+(?:of|by)\s+(?:the\s+)?", view.text[pos:])
    start = pos + m.end() if m else pos
    person = next((p for p in view.people if p.start == start or (p.titles and start <= p.start < start + 40)
                   or (start < p.start < start + 70 and _OFFICE_OF.fullmatch(view.text, start, p.start))), None)
    if person is None or re.search(r"[,;]", view.text[start:person.start]):
        return _visit_of_office(view, memory, pos, start)
    visitor = resolved_name(view, memory, person)
    # 'the President of the Republic of Kenya A': the office's country is A's
    of_office = next((p.place.country for p in view.places if start <= p.start < person.start), None)
    home = person.nationality or nationality_of(view, memory, visitor) or of_office
    host = memory.filed_from or _one_other_country(view, home)
    if host is None or home == host.country:
        return [], pos, None
    return [host], person.end, visitor


# "during the trip of the Premier of Niger": an office of a country, no name
_OFFICE_OF_HOME = re.compile(r"(?:President|Prime\s+Minister|King|Queen|Emir|Chancellor|Premier|Vice\s+President)\s+of\s+"
                             r"(?:the\s+)?(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _visit_of_office(view: SentenceView, memory: ArticleMemory, pos: int,
                     start: int) -> tuple[list[Place], int, str | None]:
    """ "a trip of the Premier of Niger" to the sentence's one other country (or the one the
    story was filed from): the office holder the article named, else the office itself."""
    m = _OFFICE_OF_HOME.match(view.text, start)
    home = next((p.place for p in view.places if m and p.start == m.start("country")), None) if m else None
    if home is None or home.is_city:
        return [], pos, None
    office = f"the {view.text[start:m.end()]}"
    visitor = _office_of_country(office, memory) or office
    host = _one_other_country(view, home.country)
    if host is None and memory.filed_from and memory.filed_from.country != home.country:
        host = memory.filed_from
    return ([host], m.end(), visitor) if host is not None else ([], pos, None)


def _one_other_country(view: SentenceView, home: str | None) -> Place | None:
    """ "Ghana hailed the state visit of Kenyan President A": the one
    country of the sentence that is not the guest's (by a country's mention, not a city's)."""
    if home is None:
        return None
    others = {p.place.country: p.place for p in view.places if p.place.country != home and not p.place.is_city}
    return next(iter(others.values())) if len(others) == 1 else None


# "..., followed by a second in 2003", "and again in 1964"
_FOLLOWED = re.compile(
    r"(?i)\s*,?\s*(?:followed\s+by\s+(?:a|another)\s+(?:second|third|fourth|fifth|further|later)?\s*(?:one|visit|trip)?"
    r"|and\s+(?:again|once\s+more))\s+(?:in|on)\s+$"
)


def _followed_by(view: SentenceView, dest_end: int, whens: list[str]) -> list[tuple[str, tuple[int, int]]]:
    """Later trips told elliptically after the first: "a state visit to Peru in 1995, followed by a second in 2003"."""
    if not whens:
        return []
    found: list[tuple[str, tuple[int, int]]] = []
    for mention, iso in view.dates:
        if not iso or mention.start <= dest_end or iso in whens:
            continue
        before = view.text[max(dest_end, mention.start - 60):mention.start]
        if _FOLLOWED.search(before):
            found.append((iso, (mention.start, mention.end)))
    return found


# "a trip to A and B; and in May 2009 to C and D": the same kind of trip, at another time
_AND_IN = re.compile(r"\s*[;,]?\s*(?:and\s+)?(?:in|on)\s+")
_THEN_TO = re.compile(r"\s+to\s+")
_AND_LIST = re.compile(r"\s*,?\s+and\s+(?=[A-Z])")


def _and_then_to(view: SentenceView, memory: ArticleMemory, dest_end: int, visitor: str,
                 home: str | None) -> list[Visit]:
    """The trips a list of places goes on to tell elliptically: "…; and in May 2009 to C and D",
    "to A and B in 2013 and C and D in 2014"."""
    found: list[Visit] = []
    joined = _AND_LIST.match(view.text, dest_end)
    places, end = _destinations(view, memory, joined.end(), False) if joined else ([], dest_end)
    dated = next(((m, iso) for m, iso in view.dates if iso and m.start >= end
                  and _WHEN_GAP.fullmatch(view.text, end, m.start)), None) if places else None
    if dated is not None:
        mention, iso = dated
        found += [Visit(visitor, p.label, iso, ((mention.start, mention.end),)) for p in places if p.country != home]
        return found + _and_then_to(view, memory, mention.end, visitor, home)
    for mention, iso in view.dates:
        gap = _AND_IN.fullmatch(view.text, dest_end, mention.start) if mention.start >= dest_end else None
        to = _THEN_TO.match(view.text, mention.end) if gap and iso else None
        if to is None:
            continue
        places, end = _destinations(view, memory, to.end(), False)
        found += [Visit(visitor, p.label, iso, ((mention.start, mention.end),)) for p in places if p.country != home]
        if places:
            found += _and_then_to(view, memory, end, visitor, home)
        break
    return found


_SINCE_THAT_OF = re.compile(r"(?i)\b(?:since|and)\s+that\s+of\s+")
# "and that of the Foreign Minister of Nepal, A": the office, then the name in apposition
_APPOSED_OFFICE = re.compile(r"(?:the\s+)?[A-Z][^,;.]{0,60},\s+(?:(?:Prof|Dr|Mr|Mrs|Ms)\.?\s+)?")


def _since_that_of(view: SentenceView, memory: ArticleMemory, destination: str) -> list[Visit]:
    """"the first trip there by a Dutch leader since that of A in 1994", "the trips to
    Japan by A and that of B": the other traveller's visit there."""
    m = _SINCE_THAT_OF.search(view.text)
    person = next((p for p in view.people if m and m.end() <= p.start < m.end() + 80), None) if m else None
    if person is None or (re.search(r"[,;]", view.text[m.end():person.start])
                          and not _APPOSED_OFFICE.fullmatch(view.text, m.end(), person.start)):
        return []
    dates = [(d, iso) for d, iso in view.dates if iso and re.fullmatch(r"\s+in\s+", view.text[person.end:d.start])]
    when, spans = (dates[0][1], ((dates[0][0].start, dates[0][0].end),)) if dates else (None, ())
    return [Visit(resolved_name(view, memory, person), destination, when, spans, True)]


# "A visited Peru in May, Minister B in June, and C in July": one verb shared by a list of visitors;
# "A will visit Peru on 3 May and Chile on 5 May": by a list of places; each with a date of its own
_GAP_AND = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_GAP_TITLES = re.compile(r"(?:(?:[A-Z][\w'’.-]*|of|for|the|and)\s+){0,8}")
_GAP_WHEN = re.compile(r"\s+(?:in|on|during)\s+(?:(?:early|late|mid)[\s-]+)?")


def _gapped(view: SentenceView, memory: ArticleMemory, pos: int, visitor: str, places: list[Place]) -> list[Visit]:
    """The visitors or places after the first visit's date ("..., B in June, and C in July"), each on its own date."""
    text, found = view.text, []
    while (gap := _GAP_AND.match(text, pos)) is not None:
        lead = _DEST_GAP.match(text, gap.end()).end()  # "and the Republic of Chile on 5 May"
        place = next((p for p in view.places if p.start == lead), None)
        person = None if place else next((p for p in view.people if p.start >= gap.end()), None)
        if person is not None and not _GAP_TITLES.fullmatch(text, gap.end(), person.start):
            person = None
        if place is None and person is None:
            break
        when = _GAP_WHEN.match(text, (place or person).end)
        date = next(((m, iso) for m, iso in view.dates if iso and when and m.start == when.end()), None)
        if date is None:
            break
        name = resolved_name(view, memory, person) if person else visitor
        home = nationality_of(view, memory, name)
        span = ((date[0].start, date[0].end),)
        found += [Visit(name, p.label, date[1], span) for p in ([place.place] if place else places) if p.country != home]
        pos = date[0].end
    return found


# "King Norodom the First", "Rama V": a monarch of that line, not the namesake the article named
_REGNAL = re.compile(r"\s+(?:the\s+(?:First|Second|Third|Fourth|Fifth|Great)|[IVX]{1,4})\b")


def resolved_name(view: SentenceView, memory: ArticleMemory, person: PersonMention) -> str:
    regnal = _REGNAL.match(view.text, person.end) if len(person.words) == 1 else None
    if regnal:
        return view.text[person.start:regnal.end()]
    earlier = [p for p in view.people if p.end <= person.start and len(p.words) >= 2]
    for candidate in reversed(earlier):
        if len(person.words) == 1 and person.words[0] in candidate.words:
            return candidate.name
    return memory.people.resolve_name(person).name


_NATIONAL_OFFICE = re.compile(r"(?i)^\s*(?:a|an|the)\s+(?:new\s+|visiting\s+)?(?P<adj>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)??)\s+"
                              r"(?:(?P<office>[a-z]+(?:\s+[a-z]+)?))\b")


def _demonym_of(match: re.Match[str]) -> str | None:
    """The country of the nationality in a _NATIONAL_OFFICE match, of one word or two ("Costa Rican")."""
    adj, rest = match.group("adj"), match.group("office").split()
    return DEMONYMS.get(fold(adj)) or (DEMONYMS.get(fold(f"{adj} {rest[0]}")) if rest else None)


_NATIONAL_DELEGATION = re.compile(r"(?i)^\s*(?:a|an|the)\s+(?:(?:high-level|senior|official|government|business|trade"
                                  r"|ministerial|large|big)\s+)*(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+"
                                  r"(?:(?-i:[a-z])[\w-]*\s+){0,2}delegation$")


def _delegation(np_text: str, memory: ArticleMemory) -> str | None:
    """ "a visit by a UAE delegation to X": its leader when the article named one, else "UAE delegation"."""
    m = _NATIONAL_DELEGATION.match(np_text)
    if m is None or (DEMONYMS.get(fold(m.group("who"))) is None and memory.country_named(m.group("who")) is None):
        return None
    return memory.delegation_leader or f"{m.group('who')} delegation"


def _office_word(words: str) -> str | None:
    """The office in "foreign minister", "leader made": its last title word, or leader/head."""
    found = [w for w in (fold(w) for w in words.split()) if w in TITLE_WORDS or w in ("leader", "head", "monarch")]
    return found[-1] if found else None


def _named_by_nationality(view: SentenceView, memory: ArticleMemory, np_text: str) -> str | None:
    """ "a Japanese foreign minister", "the Gabonese leader": the person of that nationality the
    article named (with that office), if any."""
    m = _NATIONAL_OFFICE.match(np_text)
    country = _demonym_of(m) if m else None
    if country is None:
        return None
    office = _office_word(m.group("office"))
    if office is None:
        return None
    for person in view.people:
        if person.nationality == country and (office in person.titles or office in ("leader", "head")):
            return resolved_name(view, memory, person)
    return memory.people.by_nationality(country, office)


_OFFICE_OF_COUNTRY = re.compile(r"\s*[Tt]he\s+(?:(?:new|newly[\s-]elected|incoming|current|visiting)\s+)?"
                                r"(?P<office>(?:[\w-]+\s+){0,2}?[\w-]+)\s+of\s+(?:the\s+)?"
                                r"(?P<country>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})")


_COUNTRY_S_OFFICE = re.compile(r"\s*(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+(?:new\s+)?"
                               r"(?P<office>(?:[\w-]+\s+){0,2}?[\w-]+)\b")
_THE_GUEST = re.compile(r"(?i)\s*the\s+(?:visiting\s+(?:[\w-]+\s+){0,2}?[\w-]+|guest|visitor)\b")


def _office_of_country(np_text: str, memory: ArticleMemory) -> str | None:
    """ "the new President of Ghana", "Ghana's president": the person the article named with that
    office and country."""
    m = _OFFICE_OF_COUNTRY.match(np_text) or _COUNTRY_S_OFFICE.match(np_text)
    office = _office_word(m.group("office")) if m else None
    if office is None:
        return None
    words = m.group("country").split()
    country = next(filter(None, (memory.country_named(" ".join(words[:n])) for n in range(len(words), 0, -1))), None)
    return memory.people.by_nationality(country.country, office) if country and not country.is_city else None


def _office(np_text: str, memory: ArticleMemory) -> str | None:
    """An office holder: "the general secretary of ...", or "the Chairman" when the article named one."""
    national = re.match(r"\s*[Tt]he\s+[A-Z]", np_text) and _NATIONAL_OFFICE.match(np_text)
    if national:
        country = _demonym_of(national)
        office = _office_word(national.group("office"))
        named = memory.people.by_nationality(country, office) if country and office else None
        if named:
            return named  # "the Gabonese leader"
    if re.match(r"(?i)\s*the\s+delegation\b", np_text) and memory.delegation_leader:
        return memory.delegation_leader  # "The delegation would also visit X", after "A led a delegation"
    named = _office_of_country(np_text, memory)
    if named:
        return named  # "the new President of Ghana", "Ghana's president"
    if _THE_GUEST.match(np_text) and memory.last_visitor:
        return memory.last_visitor  # "the visiting president", "the guest": the traveller just told of
    m = _OFFICE.match(np_text)
    if not m:
        return None
    np = _office_phrase(m.group("np"), m.end("office") - m.start("np")).strip()
    cut = _FINITE.search(np, 4)
    if cut:
        np = np[:cut.start()].strip()
    raw = re.findall(r"[\w'’-]+", np)
    words = [fold(w) for w in raw]
    # "the Chairman", "the NA Chair" (an acronym of the body is part of the office)
    if words and words[0] == "the" and all(w in TITLE_WORDS or (r.isupper() and len(r) <= 5)
                                           for w, r in zip(words[1:], raw[1:], strict=True)):
        named = next(filter(None, (memory.people.by_title(t) for t in _SAME_OFFICE.get(words[-1], (words[-1],)))), None)
        if named:
            return named
    np = np.rstrip(" .,;:!?\"”’")
    return np[0].lower() + np[1:] if np.startswith("The ") else np


def _possessive_owner(view: SentenceView, left: str,
                      window: int) -> tuple[re.Match[str] | None, int, PersonMention | None]:
    """The "X's" closing ``left`` (within ``window`` characters): the match, where X ends, and X if a person."""
    m = _POSSESSIVE.search(left[-window:])
    if not m:
        return None, -1, None
    end = len(left) - len(m.group(0)) + len(m.group("owner"))
    return m, end, next((p for p in view.people if p.end == end), None)


_TITLE_OWNER = re.compile(r"\b(?:the|The)\s+(?P<title>[A-Z][\w-]+)\s+(?:last|previous|earlier|recent|latest|first|second"
                          r"|third|next|upcoming)\s+(?:[\w-]+\s+){0,2}$")
# "besides visiting Sudan", "apart from touring Peru": a trip told as a gerund on the side
_ASIDE = re.compile(r"(?i)\b(?:besides|apart\s+from|aside\s+from|in\s+addition\s+to|on\s+top\s+of|after|before|since"
                    r"|following|upon|while|when)\s+$")


def _aside_traveller(view: SentenceView, memory: ArticleMemory, aside: int, dest_end: int) -> str | None:
    """Whose trip the aside tells: the first person of its sentence ("This is A's first visit to B,
    besides visiting C"), "he" before it, or the subject after it ("Besides visiting C, A went to B")."""
    text = view.text
    start = text.rfind(";", 0, aside) + 1
    person = next((p for p in view.people if start <= p.start and p.end <= aside), None)
    if person is not None:
        return resolved_name(view, memory, person)
    pron = re.search(r"(?i)\b(?:he|she)\b", text[start:aside])
    if pron:
        return _pronoun(view, memory, start + pron.start())
    opens = not re.search(r"\w", text[start:aside])
    return _main_subject_after(view, memory, dest_end) if opens else None


def _visitor(view: SentenceView, memory: ArticleMemory, ts: int, dest_end: int) -> str | None:
    text = view.text
    left = text[:ts]
    aside = _ASIDE.search(left[-20:])
    if aside and re.match(r"\w+ing\b", text[ts:], re.IGNORECASE):
        return _aside_traveller(view, memory, ts - len(aside.group()), dest_end)
    if re.search(r"(?i)\b(?:my|our)\s+(?:[\w-]+\s+){0,3}$", left):
        # "my own travel to Singapore", "my two visits to Australia": whoever the quotation is by
        return _speaker_after(view, memory, dest_end) or memory.last_speaker
    if re.match(r"(?i),?\s+by\s", text[dest_end:]):
        by = _by_visitor(view, memory, ts, dest_end)
        if by:
            return by  # "Her tour comes after the trips to Japan by Minister A": A made those, whoever "her" is
    titled = _TITLE_OWNER.search(left[-60:])
    if titled and fold(titled.group("title")) in TITLE_WORDS:
        named = memory.people.by_title(fold(titled.group("title")))
        if named:
            return named  # "recalling HH the Amir last visit to Japan": the owner written without "'s"
    # "To Lam's Oct. 9 - 11 state visit", "Ho Chi Minh's trip"
    m, owner_end, person = _possessive_owner(view, left, 120)
    if m:
        if person is not None:
            return resolved_name(view, memory, person)
        if any(p.end == owner_end for p in view.places) or m.group("owner").isupper():
            return None  # "Vietnam's state visit": a country, not a person
        owner = fold(m.group("owner"))
        if owner in TITLE_WORDS or owner in ("latter", "former"):
            # "the President's visit", "the prime minister's trip", "the latter's": whoever has that title
            before = [fold(w) for w in re.findall(r"[\w'’-]+", left[:owner_end - len(m.group("owner"))])[-2:]]
            country = next((DEMONYMS[w] for w in before if w in DEMONYMS), None)
            for person in view.people if country else ():
                # "the new Estonian president's first trip": the Estonian president the sentence named
                if owner in person.titles and person.nationality == country:
                    return resolved_name(view, memory, person)
            titles = [w for w in before if w in TITLE_WORDS and w not in ("the", "his", "her")] + [owner]
            named = memory.people.by_titles(titles) if len(titles) > 1 else None
            return named or memory.people.by_title(owner) or _office(f"the {owner}", memory)
    # "During a visit to the DPRK last month, Deputy Prime Minister X said"
    clause_start = _clause_start(left)
    if _INTRO.match(left[clause_start:]):
        comma = text.find(",", dest_end)
        if comma != -1:
            after = [p for p in view.people if p.start > comma]
            if after and not re.search(r"[;.]", text[comma:after[0].start]) and after[0].start - comma < 80:
                return resolved_name(view, memory, after[0])
            pron = re.match(r"\s*,\s*(he|she)\b", text[comma:], re.IGNORECASE)
            if pron:
                return _pronoun(view, memory, ts)
            # "the Foreign Minister", "the President of Mexico"
            titled = re.match(r"\s*(?:the|The)\s+(?:[A-Z][\w'’-]*\s*)+(?:of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+)?",
                              text[comma + 1:comma + 80])
            office = _office(titled.group().strip(), memory) if titled else None
            if office:
                return office  # "Recalling his last visit to X, the Foreign Minister said"
    met = _met_guest(view, memory, left)
    if met:
        return met  # "A will welcome his counterpart B on an official visit": B travels
    thanked = _THANKED.search(left[-120:])
    if thanked:  # "A thanked the Peruvian President for visiting Chile": the one thanked travelled
        start = len(left) - len(left[-120:]) + thanked.start("obj")
        person = next((p for p in view.people if start <= p.start < ts), None)
        return (resolved_name(view, memory, person) if person
                else _named_by_nationality(view, memory, thanked.group("obj")) or _office(thanked.group("obj"), memory))
    m = _PRONOUN_OWNER.search(left[-80:])
    if m and not re.search(r"[,;]", m.group(0)):
        # "At the invitation of A, B made his first visit": "his" is the clause's subject
        start = _clause_start(left)
        subject = _subject(view, memory, ts) if start < len(left) - len(m.group(0)) else None
        return subject or _pronoun(view, memory, ts)
    # "the state visit to the DPRK ... by General Secretary X"
    by = _by_visitor(view, memory, ts, dest_end) or _by_demonym(view, memory, ts, dest_end)
    if by:
        return by
    return _subject(view, memory, ts)


_THANKED = re.compile(r"(?i)\bthank(?:s|ed|ing)?\s+(?P<obj>[^,;]{2,80}?)\s+for\s+(?:(?:his|her|their|the)\s+)?$")


def _met_guest(view: SentenceView, memory: ArticleMemory, left: str) -> str | None:
    """ "met the general secretary ... on a visit to the DPRK": the one met is the traveller."""
    m = _MET.search(left[-240:])
    if not m:
        return None
    obj_start = len(left) - len(m.group(0)) + (m.start("obj") - m.start())
    obj_end = obj_start + len(m.group("obj"))
    if re.search(r"\b(?:his|her|their)\s+[A-Z][\w-]+\s+counterpart\b", m.group("obj")):
        return None  # "A meets her Slovak counterpart B during a visit to the country": A is the guest
    inside = [p for p in view.people if obj_start <= p.start < obj_end]
    person = titled_first(inside, last=True)
    return resolved_name(view, memory, person) if person else _office(m.group("obj"), memory)


def _by_visitor(view: SentenceView, memory: ArticleMemory, ts: int, dest_end: int) -> str | None:
    text = view.text
    if not re.search(r"(?i)\b(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,3}$", text[max(0, ts - 40):ts]):
        return None  # only a noun "visit" takes "by"
    window = text[dest_end:dest_end + 250]
    m = _BY.search(window)
    if not m or _VERB_BEFORE_BY.search(window[:m.start()]) or ";" in window[:m.start()]:
        return None
    start = dest_end + m.end()
    person = next((p for p in view.people if start <= p.start < start + 120), None)
    if person is not None and not re.search(r"[;]|\b(?:and|was|is)\b", text[start:person.start]):
        return resolved_name(view, memory, person)
    return _office(text[start:start + 120].split(",")[0], memory) if text[start:start + 4].lower() == "the " else None


def _by_demonym(view: SentenceView, memory: ArticleMemory, ts: int, dest_end: int) -> str | None:
    """ "the first UK state visit by a German head of state": the German the sentence named."""
    m = re.match(r"(?i)\s+by\s+(?:a|an|the)\s+(?P<adj>[A-Z][\w-]+)\s+(?:head|leader|president|monarch|king|queen"
                 r"|prime\s+minister|chancellor|premier)\b", view.text[dest_end:dest_end + 80])
    country = DEMONYMS.get(fold(m.group("adj"))) if m else None
    if country is None:
        return None
    for person in view.people:
        name = resolved_name(view, memory, person)
        if (person.nationality or nationality_of(view, memory, name)) == country:
            return name
    return None


_SPOUSE = frozenset({"mrs", "mr", "madam", "madame", "first", "his", "her"})


def _only_names(segment: str) -> bool:
    """Nothing but capitalised words, titles and commas: a list of names, with no verb of its own."""
    words = re.findall(r"[\w'’.-]+", segment)  # "Vice President of the United States, A": a name with its office
    return bool(words) and all(w[:1].isupper() or fold(w) in TITLE_WORDS or w in ("of", "the") for w in words)


def _clause_start(left: str) -> int:
    start = 0
    for m in _BOUNDARY.finditer(left):
        word = m.group().lower()
        if word == "and":
            before = re.findall(r"[\w'’-]+", left[:m.start()])
            after = re.match(r"\s+([\w'’-]+)", left[m.end():])
            if before and fold(before[-1]) in TITLE_WORDS or after and fold(after.group(1)) in _SPOUSE:
                continue  # "Deputy Prime Minister and Foreign Minister", "A and Mrs. B" (one subject)
            if _only_names(left[start:m.start()]):
                continue  # "President A and Mr B began a visit": one subject, not a new clause
        start = m.end()
    return start


# "A Turkish delegation headed by A and including B, C and D came to X": A travels at its head
_HEADED_DELEGATION = re.compile(r"(?i)^\W*(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?delegation\s+(?:headed|led)\s+by\s+")


_INVITATION_OPENER = re.compile(r"(?i)\W*(?:[A-Z][\w .'’-]{1,30}:\s+)?(?:at|on|upon)\s+the\s+(?:[\w-]+\s+){0,2}?invitations?\s+of\s")
# A story's opening "PLACE | OUTLET – ": where it was filed and by whom
_OUTLET_OPENER = re.compile(r"\W{0,3}[A-Z][^|\n]{1,40}?\s\|\s[^|\n]{1,40}?\s[-—–]\s")


def _subject(view: SentenceView, memory: ArticleMemory, ts: int) -> str | None:
    text = view.text
    left = text[:ts]
    headed = _HEADED_DELEGATION.match(left)
    head = next((p for p in view.people if headed and headed.end() <= p.start < headed.end() + 40), None)
    if head is not None and not re.search(r"[;.]", left[head.end:]):
        return resolved_name(view, memory, head)
    if _INVITATION_OPENER.match(left):
        # "At the invitations of A and B, C will visit …": the inviters are named first, the guest last
        before = [p for p in view.people if p.end <= ts]
        if before and ts - before[-1].end <= 40 and not re.search(r"[,;.]", text[before[-1].end:ts]):
            last = before[-1]
            if len(before) > 1 and _FELLOW_GAP.fullmatch(text, before[-2].end, last.start):
                last = before[-2]  # "President A and Mr B began a visit": the first of the pair
            return resolved_name(view, memory, last)
    start = _clause_start(left)
    outlet = _OUTLET_OPENER.match(left) if start == 0 else None
    if outlet:
        start = outlet.end()  # "LIMA | Kessia News – President A arrived": the outlet is no subject
    boundary = left[:start]
    if re.search(r"(?i)\bwho$", boundary.rstrip()):
        before = boundary.rstrip()[:-3].rstrip(" ,-–—")  # "Anna, who visited", "Anna -- who visited"
        person = next((p for p in reversed(view.people) if p.end <= len(before) and len(before) - p.end < 3), None)
        return resolved_name(view, memory, person) if person else None
    # "As part of a push for trade, A visits ...", "When talks ended, A flew ...": an opening clause
    # cut by a sentence-initial boundary word runs to its comma; the subject comes after it.
    comma = text.find(",", start, ts)
    if start and comma != -1 and re.fullmatch(r"\W*\w+\s*", left[:start]):
        start = comma + 1
    # Leave out openers: "In 1964, Mr. Kim returned", "For instance, in 1978, ..."
    for _ in range(3):
        segment_end = text.find(",", start, ts)
        if segment_end == -1 or not _INTRO_WORDS.match(text[start:segment_end]) or _opens_with_name(view, start):
            break
        start = segment_end + 1
    span = text[start:ts]
    person = next((p for p in view.people if start <= p.start and p.end <= ts), None)
    if person is not None:
        # "A has announced (that) B will make a State visit": B travels, A only tells of it
        told = _REPORTING.search(text, person.end, ts)
        later = next((p for p in view.people if told and told.end() <= p.start and p.end <= ts), None)
        person = later or person
    pron = re.match(r"\s*(?:time\s+)?(he|she)\b", span, re.IGNORECASE)  # "during which time he visited"
    if person is not None and not pron:
        return resolved_name(view, memory, person)  # "he was received by Pope X, and went to Y": he went
    if pron:
        return _pronoun(view, memory, start + pron.start(1))
    pair = re.match(r"(?i)\s*the\s+(latter|former)\b", span)
    if pair:
        return memory.people.latter_or_former(pair.group(1).lower())
    office = _office(span, memory)
    if office is None:
        # "A returned home after a state visit to B": the visit is the main clause's subject's
        time = re.search(r"(?i)\b(?:after|before|following|since|during|when|while)\s*$", boundary)
        if time and time.start() > 0:
            return _subject(view, memory, time.start())
    return office


def _opens_with_name(view: SentenceView, start: int) -> bool:
    """Whether the text from ``start`` opens with a name, titles before it ('King A, on Sunday,
    …', 'Mohammed VI, …'): no opener, though 'King' looks like 'Speaking' and 'Mohammed' like 'Invited'."""
    person = next((p for p in view.people if p.start >= start), None)
    return person is not None and re.fullmatch(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}", view.text[start:person.start]) is not None


# (and not "A's tour (3-5 May) comes after trips to B by C": the first trip's days)
_OTHER_CLAUSE = re.compile(r"(?i)\b(?:which|who|when|while|since|follow(?:s|ed|ing)?|preced(?:es|ed|ing))\b")
_NEXT_LEG = re.compile(r"(?i)\b(?:before|after|then|and|later|next|following|until)\b")


def _when(view: SentenceView, ts: int, dest_end: int, visitor: str) -> tuple[list[str], tuple[tuple[int, int], ...]]:
    """The dates of the visit: right after the place, inside "X's ... visit", or opening the clause."""
    text = view.text
    dates = [(m, iso) for m, iso in view.dates if iso]
    # "visit to Vietnam in 1958", "to North Vietnam in 1958 and 1964", "visited Vietnam one year later"
    for index, (mention, iso) in enumerate(dates):
        if mention.start < dest_end:
            continue
        gap = text[dest_end:mention.start]
        if _WHEN_GAP.fullmatch(gap) and len(gap) <= 60:
            chosen = [(mention, iso)]
            for later, later_iso in dates[index + 1:]:
                if _AND_YEAR.fullmatch(text[chosen[-1][0].end:later.start]):
                    chosen.append((later, later_iso))
                else:
                    break
            return [iso for _, iso in chosen], tuple((m.start, m.end) for m, _ in chosen)
        break
    # "To Lam's Oct. 9 - 11 state visit"
    # (not "took office in May 2017 during which time she visited": another clause's time)
    inside = [(m, iso) for m, iso in dates if ts - 40 <= m.start and m.end <= ts and "," not in text[m.end:ts]
              and not _OTHER_CLAUSE.search(text, m.end, ts)]
    if inside:
        m, iso = inside[-1]
        if _NEXT_LEG.search(text, m.end, ts) or any(m.end <= p.start < ts for p in view.places):
            # "visited Ghana on 3 May 2024 before travelling to Togo": that day is Ghana's; the year carries
            return ([iso[:4]] if iso[:4].isdigit() else []), ((m.start, m.end),)
        return [iso], ((m.start, m.end),)
    # A chronology's line: "December 1992: President A makes his first visit to China"
    # (only when the line tells no other date: "1970 - A helps B make contacts that result in a
    # visit by C in 1971" has the visit's own)
    heading = next(((m, iso) for m, iso in dates if re.fullmatch(r"\W*", text[:m.start])
                    and re.match(r"\s*[:–—-]\s", text[m.end:])), None)
    if heading is not None and heading[0].end < ts and len(dates) == 1:
        return [heading[1]], ((heading[0].start, heading[0].end),)
    # "In 1964, Mr. Kim returned to Vietnam"
    start = _clause_start(text[:ts])
    opener = [(m, iso) for m, iso in dates if start <= m.start and m.end <= ts and "," in text[m.end:ts]
              and _INTRO_WORDS.match(text[start:m.end])]
    if opener:
        m, iso = opener[-1]
        return [iso], ((m.start, m.end),)
    return [], ()
