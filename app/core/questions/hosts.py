"""'Who welcomed X to Kenya?', 'Whom did X hold talks with in Kenya?': the host or counterpart of
the trip an article reports, when a sentence names them.

Teachers ask who hosted a visit as often as where it went, and a short answer suits it: the
host is named in the article, typed by name (the surname is enough). Asked only of trips the
article reports (its headline or lead) and only where one sentence ties the host to the visitor
by a verb of welcome or of meeting; a question of its own beside the trip's (``aspect = "host"``).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.corpus import Sentence
from app.core.corroboration import SourceRef, person_key
from app.core.facts.gazetteer import demonym_country
from app.core.facts.names import PersonMention, find_people, find_places, tokenize

from .draft import DraftQuestion, question_id
from .pool import FactPool, Topic, country_of
from .statements import destination_country, without_dateline
from .wording import with_article

# '<host> welcomed <visitor>', '<visitor> was received by <host>', '<visitor> held talks with <host>'
_BY_HOST = re.compile(r"(?i)\b(?:was|were|is|be|been)\s+(?:\w+ly\s+|later\s+|then\s+|also\s+)?(?P<verb>welcomed|received|hosted"
                      r"|greeted)\s+(?:\w+\s+){0,3}?by\s+(?:[\w’'-]+\s+){0,3}?$")
# 'at the invitation of President X', 'The visit comes at the kind invitation of X'
_INVITED = re.compile(r"(?i)\bat\s+the\s+(?:kind\s+|personal\s+|official\s+|special\s+)?invitation\s+of\s+"
                      r"(?:[\w’'.-]+\s+){0,5}?$")
# 'Lyonpo X, Minister for Foreign Affairs': an office written after the name
_OFFICE_AFTER = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:President|Minister|Prime|King|Queen|Emir|Amir"
                           r"|Sultan|Premier|Chancellor|Governor|Secretary|Minister-in-Charge)\b")
# 'She was met on landing by a welcoming party led by X'
_WELCOMING_PARTY = re.compile(r"(?i)\b(?:welcoming\s+party|welcome\s+party|reception\s+party)\s+(?:was\s+)?led\s+by\s+"
                              r"(?:[\w’'.-]+\s+){0,4}?$")
_MET = re.compile(r"(?i)\b(?:met|meets|meeting)\s+(?:with\s+)?(?:[\w’'-]+\s+){0,5}?$"
                  r"|\bheld\s+(?:\w+\s+){0,2}?talks\s+with\s+(?:[\w’'-]+\s+){0,5}?$|\bcalled\s+on\s+(?:[\w’'-]+\s+){0,5}?$")
_BASE = {"welcomed": "welcome", "received": "receive", "hosted": "host", "greeted": "greet"}


def generate(pool: FactPool) -> list[DraftQuestion]:
    questions = []
    asked: set[str] = set()
    for topic in pool.topics:
        if topic.kind != "visit" or len(topic.articles) != 1 or not pool.is_news(topic):
            continue
        inviter = next((found for found in _hosts_of(topic, pool) if found[1] == "invited"), None)
        if inviter is not None:
            invitation = _question(topic, pool, *inviter)
            if invitation is not None and invitation.prompt not in asked:
                asked.add(invitation.prompt)
                questions.append(invitation)
        found = _host_of(topic, pool)
        if found is None:
            continue
        question = _question(topic, pool, *found)
        if question is not None and found[1] == "met":  # whoever else hosted or met them is a right answer too
            text = pool.articles[topic.articles[0]].text
            others = [name for person, _, _ in _hosts_of(topic, pool)
                      if (name := _in_full(person.name, text)) and name != question.answer
                      and _same_office(person, found[0])]
            question.accept = list(dict.fromkeys([*question.accept, *others, *(n.split()[-1] for n in others)]))
        if question is not None and question.prompt not in asked:  # a tour's stops share a sentence: one host question for it
            asked.add(question.prompt)
            questions.append(question)
    return questions


_PRONOUN = re.compile(r"\s*(?:He|She|They|The\s+(?:state\s+|official\s+)?(?:visit|trip))\s")
_OFFICE_TITLES = frozenset({"president", "prime", "minister", "king", "queen", "emir", "amir", "sheikh", "sultan",
                            "premier", "chancellor", "prince", "crown", "governor", "mayor", "secretary", "chairman",
                            "vice", "deputy", "foreign", "senator", "hon", "dr", "mr", "mrs", "ms", "counterpart"})
_HONORIFICS = frozenset({"hon", "dr", "mr", "mrs", "ms", "counterpart", "his", "her"})
# a photo caption's '(left)' may stand between the host and the verb: 'X (left), greets Y'
_ACTIVE = re.compile(r"(?:\s*\((?:left|right|centre|center|second\s+(?:left|right)|L|R)\))?\s*,?\s+(?:(?:[a-z]+|on\s+[A-Z][a-z]+)\s+){0,3}?"
                     r"(?P<verb>welcomed|received|hosted|greeted|welcomes|receives|hosts|greets)\b")
_PAST = {"welcomes": "welcomed", "receives": "received", "hosts": "hosted", "greets": "greeted"}


def _host_of(topic: Topic, pool: FactPool) -> tuple[PersonMention, str, SourceRef] | None:
    """The first host the article names for the trip (see ``_hosts_of``), or None."""
    return next((found for found in _hosts_of(topic, pool) if found[1] != "invited"), None)


def _hosts_of(topic: Topic, pool: FactPool) -> Iterator[tuple[PersonMention, str, SourceRef]]:
    """(a host, how the sentence ties them: a verb or 'met', the sentence) for the trip, in the
    article's order: sentences that name the visitor (or that the trip was read from, 'he was
    received by')."""
    article = pool.articles[topic.articles[0]]
    visitor = str(topic.fields["visitor"])
    surname = visitor.split()[-1]
    country = _country(topic)
    anchored = {(s.start, s.end) for s in topic.sources}
    stops = _stops_of(topic, pool)
    previous = ""
    for sentence in article.sentences:
        text = article.sentence_text(sentence)
        told, follows = text.find(surname), surname in previous
        told_before, previous = previous, text
        # 'She was received by ...' right after a sentence on the visitor is about the visitor
        if told < 0 and ((sentence.start, sentence.end) in anchored or (follows and _PRONOUN.match(text))):
            told = 0
        if told < 0:
            continue
        named = [m.place.country for m in find_places(text)]
        if len(set(named) - {country}) > 1:
            continue  # a sentence on other countries too: whose host, it does not say
        first = _first_stop(named, stops) or _first_stop([m.place.country for m in find_places(told_before)], stops)
        if first not in (None, country):
            continue  # 'In Latvia, she met …' is no host of the Slovak stop, nor 'He was received by' after another's arrival
        people = find_people(text, tokenize(text))
        if visitor not in text and any(surname in p.name and len(p.name.split()) > 1
                                        and person_key(p.name) != person_key(visitor) for p in people):
            continue  # another of the family ('Sheikh Jaber Al-Sabah' beside 'Mishal Al-Sabah'): not this visitor
        for person in people:
            if surname in person.name or not set(person.titles) & _OFFICE_TITLES and \
                    "counterpart" not in text[max(0, person.start - 30):person.start] and \
                    not _OFFICE_AFTER.match(text, person.end):
                continue  # the visitor, or a name with no office (a place, a building)
            lead = text[max(0, _title_start(text, person) - 60):_title_start(text, person)]
            if _counterpart_of_elsewhere(lead, country):
                continue  # 'meets her Slovak counterpart' on the Latvian stop of a tour
            passive = _BY_HOST.search(lead)
            if passive and told < person.start:
                yield person, passive.group("verb").lower(), _source(article.id, sentence, text)
                continue
            if _INVITED.search(lead) and _names_only(text, country):
                yield person, "invited", _source(article.id, sentence, text)
                continue
            if _WELCOMING_PARTY.search(lead) and told < person.start:
                yield person, "welcomed", _source(article.id, sentence, text)
                continue
            met = _MET.search(lead)
            if met and 0 <= told < person.start:
                yield person, "met", _source(article.id, sentence, text)
                continue
            active = _ACTIVE.match(text, person.end)
            if active and told > person.end:
                verb = active.group("verb").lower()
                yield person, _PAST.get(verb, verb), _source(article.id, sentence, text)


def _stops_of(topic: Topic, pool: FactPool) -> set[str]:
    """The countries the visitor's trips in the topic's article go to: a tour's stops."""
    visitor = person_key(str(topic.fields["visitor"]))
    return {_country(t) for t in pool.told_only_in(topic.articles[0], "visit")
            if person_key(str(t.fields["visitor"])) == visitor}


def _country(topic: Topic) -> str:
    """The country visited by the gazetteer's name, as ``find_places`` gives it ('Côte d’Ivoire'
    as written is "Cote d'Ivoire")."""
    return country_of(topic.fields.get("destination")) or destination_country(topic)


def _first_stop(named: list[str], stops: set[str]) -> str | None:
    """The first of a tour's stops among the countries a sentence names ('arrived in A on the second
    leg of a tour that began in B'); None when it names none."""
    return next((country for country in named if country in stops), None)


def _counterpart_of_elsewhere(lead: str, country: str) -> bool:
    """'her Slovak counterpart' right before the name, of a country other than the one visited."""
    found = re.search(r"\b(?P<adj>[A-Z][\w-]+)\s+counterpart,?\s+$", lead)
    home = demonym_country(found.group("adj")) if found else None
    return home is not None and home != country


def _told_as_done(quote: str, verb: str) -> bool:
    """Whether the sentence tells the welcome or meeting as done: 'was received by', 'met', 'held
    talks with' (not 'will be received', 'meets', 'is to meet')."""
    done = {"met": r"met|held\s+(?:\w+\s+){0,2}?talks|called\s+on", "invited": r"(?!)"}.get(verb, verb)
    return re.search(rf"(?<!\bbe )(?<!\bwill )\b(?:{done})\b", quote) is not None


def _names_only(text: str, country: str) -> bool:
    """Whether a sentence names no country but the one visited (and perhaps the visitor's home):
    an inviter is a host of that country."""
    named = {m.place.country for m in find_places(text)}
    return not named or country in named


def _title_start(text: str, person: PersonMention) -> int:
    """Where the titles before the name start ('President Uhuru Kenyatta')."""
    start = person.start
    for title in reversed(person.titles):
        found = text.rfind(" ", 0, max(0, start - 1))
        if found < 0 or title not in text[found:start].lower():
            break
        start = found + 1
    return start


def _source(article_id: str, sentence: Sentence, text: str) -> SourceRef:
    return SourceRef(article_id, sentence.start, sentence.end, text)


def _question(topic: Topic, pool: FactPool, host: PersonMention, verb: str, source: SourceRef) -> DraftQuestion | None:
    name = _in_full(host.name, pool.articles[source.article].text)
    if name is None:
        return None
    visitor = pool.visitor_phrase(topic)
    place = with_article(destination_country(topic))
    # a tour still to come in its article may have a stop already made: 'He was received by …'
    planned = pool.planned(topic) and not _told_as_done(source.quote, verb)
    if verb == "invited":
        prompt = f"At whose invitation {'will' if planned else 'did'} {visitor} visit {place}?"
        lead = f"{visitor} {'will visit' if planned else 'visited'} {place} at the invitation of {name}."
    elif verb == "met":
        # 'Which prime minister did X meet?': a visitor meets many, the office says which one is asked
        office = _office(host)
        asked = f"Which {office}" if office else "Whom"
        prompt = f"{asked} {'will' if planned else 'did'} {visitor} meet in {place}?"
        lead = f"{visitor} {'will meet' if planned else 'met'} {name} in {place}."
    else:
        asked = f"will {_BASE[verb]}" if planned else verb
        prompt = f"Who {asked} {visitor} {'to' if verb == 'welcomed' else 'in'} {place}?"
        lead = f"{name} {asked} {visitor} {'to' if verb == 'welcomed' else 'in'} {place}."
    sources = [source]
    if name not in source.quote:  # the sentence that gives the name in full joins the sources
        article = pool.articles[source.article]
        full = next((s for s in article.sentences if name in article.sentence_text(s)), None)
        if full is not None:
            sources = sorted([source, SourceRef(article.id, full.start, full.end, article.sentence_text(full))],
                             key=lambda s: s.start)
    accept = _other_answers(name, host, verb, source.quote, pool.articles[source.article].text,
                            str(topic.fields["visitor"]))
    question = DraftQuestion(
        id=question_id(topic.id, "short_answer") + ("i" if verb == "invited" else "h"), type="short_answer", kind="visit", prompt=prompt,
        answer=name, explanation=f"{lead} The article says: “{without_dateline(source.quote.strip())}”",
        sources=sources, facts=[topic.id, *topic.merged], keys=[topic.fact.key],
        aspect="invitation" if verb == "invited" else "host",
        accept=accept)
    return question


def _other_answers(name: str, host: PersonMention, verb: str, quote: str, text: str, visitor: str) -> list[str]:
    """What else a student may rightly type: the surname, the name as the sentence writes it, the
    name with its title of rank ('Sheikh Mohamed'), and for 'Whom did X meet?' everyone else with an
    office the same sentence has the visitor meet."""
    words = name.split()
    forms = [words[-1], host.name, *([" ".join(words[1:])] if len(words) > 2 else [])]  # 'Peña Nieto' 
    forms += [m.group(0) for m in re.finditer(rf"\b(?:Sheikh|Sultan|Emir|Amir|King|Queen|Prince|Princess)\s+"
                                              rf"(?:{re.escape(words[0])}|{re.escape(words[-1])})\b", text)]
    # the word the article calls them by after a title ('President Obiang' for Teodoro Obiang Nguema Mbasogo)
    forms += [word for word in words[1:-1] if re.search(rf"\b(?:President|Minister|Prime Minister|King|Mr|Mrs|Ms|Dr)"
                                                        rf"\.?\s+{re.escape(word)}\b", text)]
    if verb == "met":
        for person in find_people(quote, tokenize(quote)):
            if set(person.titles) & _OFFICE_TITLES and person_key(person.name) != person_key(visitor) \
                    and visitor.split()[-1] not in person.name and _same_office(person, host):
                forms += [person.name, person.name.split()[-1]]
    return [form for form in dict.fromkeys(forms) if form != name]


def _same_office(person: PersonMention, host: PersonMention) -> bool:
    """Whether another person met answers 'Which <host's office> did X meet?' too (any one does
    when the host has no office to ask by)."""
    office = _office(host)
    return not office or _office(person) == office


def _office(person: PersonMention) -> str:
    return " ".join(t for t in person.titles if t not in _HONORIFICS)


def _in_full(name: str, text: str) -> str | None:
    """'Hasina' → 'Sheikh Hasina', 'Mohamed' → 'Mohamed bin Zayed' when the article names them so
    elsewhere (one way only); None for a one-word name it never gives in full (too thin an answer)."""
    if len(name.split()) > 1:
        return name
    for forms in ({p.name for p in find_people(text, tokenize(text)) if len(p.name.split()) > 1
                   and name in (p.name.split()[0], p.name.split()[-1])},
                  {m.group(0) for m in re.finditer(rf"\b(?:Sheikh|Sultan|Emir|Amir|King|Queen|Prince|Princess)\s+"
                                                   rf"{re.escape(name)}\b", text)}):
        ranked = sorted(forms, key=lambda n: (-len(n), n))
        if ranked and all(n in ranked[0] for n in ranked):
            return ranked[0]
    return None
