"""'Which summit did X attend during the visit to Y?': the meeting a reported trip was for.

A visit is often news because of the summit it is for ('attended the 4th Coral Sea Leaders
Meeting', 'ahead of the Kessia Summit'), and a teacher asks for it. Asked of the trip an
article reports, from a sentence that ties a named meeting to it by a verb of attending or by
'ahead of'; the meeting is shown by its name without ordinal or acronym (which would give it
away among the options), and wrong options are other recurring meetings
(``data/international_meetings.txt``) that the article does not name. A question of its own
beside the trip's (``aspect = "meeting"``).
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from app.core.corroboration import SourceRef
from app.core.grading import normalise_answer

from . import distractors
from .draft import DraftQuestion, question_id
from .pool import FactPool, Topic, countries_in
from .regions import subregion_of
from .statements import destination_country, destination_phrase, without_dateline
from .story import reported_trips, single_articles
from .wording import tells_earlier_trip

_MEETINGS_FILE = Path(__file__).with_name("data") / "international_meetings.txt"

_ATTENDED = re.compile(r"(?i)\b(?P<verb>attend(?:ed|s|ing)?|address(?:ed|es|ing)?|participat(?:ed|es|ing|e)\s{1,3}in"
                       r"|t(?:ake|ook|aking)\s{1,3}part\s{1,3}in|participation\s{1,3}in)"
                       r"(?:\s{1,3}and\s{1,3}participated\s{1,3}in)?\s{1,3}")
# 'the visit follows his participation in the X Summit': a meeting just before the visit
_AFTER = re.compile(r"(?i)\bfollow(?:s|ed|ing)?\s{1,3}(?:his|her|their)\s{1,3}(?:participation|attendance)\s{1,3}(?:in|at)\s{1,3}")
_AHEAD = re.compile(r"(?i)\b(?:ahead\s{1,3}of|on\s{1,3}the\s{1,3}eve\s{1,3}of|leading\s{1,3}up\s{1,3}to"
                    r"|in\s{1,3}the\s{1,3}run-up\s{1,3}to)\s{1,3}")
_HEADS = {"summit": "summit", "meeting": "meeting", "forum": "forum", "conference": "conference",
          "dialogue": "meeting", "assembly": "meeting", "congress": "congress", "convention": "meeting"}
# what stands between 'the' and a meeting's name: '10th', 'three-day', '22nd Session of the'
_PREFIX = re.compile(r"(?:the|a|an)\s{1,3}(?:[\w-]{1,12}-day\s{1,3})?(?:\d{1,3}(?:st|nd|rd|th)\s{1,3})?"
                     r"(?:(?:annual|inaugural|first|second|third)\s{1,3})?(?:[Ss]ession\s{1,3}of\s{1,3}the\s{1,3})?")
_NAME_WORD = re.compile(r"[A-Z][\w'’&.-]*|[A-Z0-9][A-Z0-9-]+|of|the|and|[A-Z][\w]*-[A-Z][\w]*")


def generate(pool: FactPool) -> list[DraftQuestion]:
    questions: list[DraftQuestion] = []
    for article_id in single_articles(pool):
        trips = reported_trips(pool, article_id)
        if len({str(t.fields["visitor"]) for t in trips}) != 1:
            continue  # several travellers: whose meeting, the sentence may not say
        question = _meeting_question(pool, article_id, trips)
        if question is not None:
            questions.append(question)
    return questions


_WILL = re.compile(r"(?i)\b(?:will|is\s+to|scheduled\s+to|due\s+to|expected\s+to|set\s+to|to\s+be)\b")


def _meeting_question(pool: FactPool, article_id: str, trips: list[Topic]) -> DraftQuestion | None:
    article = pool.articles[article_id]
    for index in pool.story(article.id):
        sentence = article.sentences[index]
        text = article.sentence_text(sentence)
        found = meeting_in(text)
        trip = _trip_of(trips, text)
        if found is None or trip is None or tells_earlier_trip(text):
            continue  # no meeting, no trip, or the meeting of a trip before this one
        name, head, verb = found
        if {normalise_answer(c) for c in countries_in(name)} & {normalise_answer(destination_country(trip))}:
            continue  # 'the Lorvia-Kessia Leaders Dialogue' on the visit to Kessia: the stem gives it away
        wrong = _other_meetings(name, head, article.text, trip.id, destination_country(trip))
        if len(wrong) < 3:
            continue
        visitor, place = pool.visitor_phrase(trip), destination_phrase(trip)
        planned = pool.planned(trip)
        # 'is scheduled to address' in an article on a trip now over: what was planned, not what was done
        due = not planned and bool(_WILL.search(text))
        if verb in ("ahead", "after"):
            relation = "ahead of" if verb == "ahead" else "after"
            prompt = f"{visitor}'s visit to {place} {'comes' if planned else 'came'} {relation} which {head}?"
            lead = f"{visitor}'s visit to {place} {'comes' if planned else 'came'} {relation} {name}."
        elif planned or due:
            asked = "will" if planned else "was"
            to = "" if planned else " due to"
            prompt = f"Which {head} {asked} {visitor}{to} {verb} on the visit to {place}?"
            lead = f"{visitor} {asked}{to} {verb} {name} on the visit to {place}."
        else:
            done = "addressed" if verb == "address" else "attended"
            prompt = f"Which {head} did {visitor} {verb} on the visit to {place}?"
            lead = f"{visitor} {done} {name} on the visit to {place}."
        question = DraftQuestion(
            id=question_id(trip.id, "multiple_choice") + "m", type="multiple_choice", kind="visit", prompt=prompt,
            answer=name, explanation=f"{lead} The article says: “{without_dateline(text.strip())}”",
            sources=[SourceRef(article_id, sentence.start, sentence.end, text)],
            facts=[trip.id, *trip.merged], keys=[trip.fact.key], aspect="meeting")
        question.options = distractors.shuffled([name, *wrong], question.id)
        return question
    return None


def _trip_of(trips: list[Topic], text: str) -> Topic | None:
    """The trip a sentence's meeting belongs to: the one trip, or on a tour the stop it names
    ('In Tokyo, Japan, X attended …')."""
    stops = {destination_country(t): t for t in trips}
    if len(stops) == 1:
        return trips[0]
    named = {normalise_answer(country) for country in countries_in(text)}
    here = [trip for country, trip in stops.items() if normalise_answer(country) in named]
    return here[0] if len(here) == 1 else None


def meeting_in(text: str) -> tuple[str, str, str] | None:
    """('the Pacific Islands Leaders Meeting', 'meeting', 'attend') for '… attended the 10th Pacific
    Islands Leaders Meeting (PALM10)'; the verb is 'address' for 'addressed the X', 'ahead' for
    'ahead of the X Summit'. None when no named meeting follows such a verb."""
    for cue in (_AFTER, _ATTENDED, _AHEAD):
        for match in cue.finditer(text):
            prefix = _PREFIX.match(text, match.end())
            if prefix is None:
                continue
            named = _name_at(text, prefix.end())
            if named is not None:
                verb = "ahead" if cue is _AHEAD else "after" if cue is _AFTER else \
                    "address" if match.group(0).lower().startswith("address") else "attend"
                return (*named, verb)
    return None


def _name_at(text: str, start: int) -> tuple[str, str] | None:
    """A meeting's name from ``start``: capitalised words up to a head word ('Summit', and a
    capitalised word before a small 'summit': 'a Gulf Arab summit'), then 'of the' and a body's
    name ('General Assembly of the International Seabed Authority')."""
    words = re.findall(r"\S+", text[start:start + 160])[:14]
    name: list[str] = []
    for position, raw in enumerate(words):
        word = raw.rstrip(",;:.)")
        head = _HEADS.get(word.lower())
        if head and name and (word[0].isupper() or word == "summit"):
            name.append(word)
            name += _body_after(words[position + 1:]) if raw == word else []
            if not any(w[0].isupper() for w in name[:-1] if w not in ("of", "the", "and")):
                return None
            return "the " + " ".join(name), head
        if not _NAME_WORD.fullmatch(word) or word != raw:
            return None
        name.append(word)
    return None


def _body_after(words: list[str]) -> list[str]:
    """'of the International Seabed Authority' after 'General Assembly'."""
    if len(words) < 3 or words[0] != "of" or words[1] != "the":
        return []
    body: list[str] = []
    for raw in words[2:8]:
        word = raw.rstrip(",;:.)")
        if not word or not word[0].isupper():
            break
        body.append(word)
        if word != raw:
            break
    return ["of", "the", *body] if body else []


@cache
def _meetings() -> list[tuple[str, frozenset[str]]]:
    """(name, the parts of the world it gathers) for each meeting of the list."""
    lines = _MEETINGS_FILE.read_text(encoding="utf-8").splitlines()
    found = []
    for line in lines:
        if line.strip() and not line.startswith("#"):
            name, _, where = line.partition("|")
            found.append((name.strip(), frozenset(where.split())))
    return found


# countryinfo's subregions, as the list's parts of the world
_PART_OF_WORLD = {"Sub-Saharan Africa": "africa", "Northern Africa": "africa", "Latin America and the Caribbean":
                  "americas", "Northern America": "americas", "South-eastern Asia": "asia", "Eastern Asia": "asia",
                  "Southern Asia": "asia", "Central Asia": "asia", "Western Asia": "middle-east",
                  "Melanesia": "pacific", "Micronesia": "pacific", "Polynesia": "pacific",
                  "Australia and New Zealand": "pacific"}


def _part_of_world(country: str) -> str:
    sub = subregion_of(country)
    return _PART_OF_WORLD.get(sub, "europe" if "Europe" in sub else "")


_GENERIC = frozenset({"the", "of", "on", "and", "summit", "meeting", "forum", "conference", "dialogue", "assembly",
                      "leaders", "leaders'", "heads", "government", "economic", "international", "world", "regional",
                      "security", "cooperation", "development", "general"})


def _other_meetings(name: str, head: str, text: str, seed: str, country: str = "") -> list[str]:
    """Three meetings of the list none of whose own words ('BRICS', 'Pacific', 'Americas') the
    article writes or the answer's name holds: of the same kind and part of the world as the visit
    first ('summit' for a summit; the Caribbean's meetings for a visit to Jamaica), then global ones."""
    told = {w.lower() for w in re.findall(r"[\w'’-]+", text + " " + name)}
    fair = [(meeting, where) for meeting, where in _meetings()
            if not {w.lower() for w in re.findall(r"[\w'’-]+", meeting)} - _GENERIC & told]
    part = _part_of_world(country) if country else ""
    def rank(entry: tuple[str, frozenset[str]]) -> tuple[int, int]:
        meeting, where = entry
        near = 0 if part and part in where else 1 if "global" in where else 2
        return near, 0 if _HEADS.get(meeting.split()[-1].lower()) == head else 1
    ordered = sorted(distractors.rotate(fair, seed), key=rank)
    return ["the " + meeting for meeting, _ in ordered[:3]]
