"""Turning facts into English: names, event clauses, questions and statements.

Rule-based and general: nothing here knows the seed articles. Where a fact's
words cannot be turned into a sound sentence, the functions return None and the
fact is skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.core.fact_summary import format_when
from app.core.facts.gazetteer import demonym_country, place_named
from app.core.grading import fold

# --- people ---------------------------------------------------------------------

_LOWER_IN_NAMES = {"van", "de", "da", "di", "del", "la", "le", "bin", "al", "von", "der"}
_NOT_NAME_WORDS = {
    "the", "a", "an", "of", "head", "chief", "leader", "president", "secretary", "general", "minister",
    "party", "committee", "central", "communist", "delegation", "government", "state", "ministry",
    "chairman", "premier", "prime", "ambassador", "he", "she", "they", "his", "her",
}


_TITLE_WORDS = {"king", "queen", "emir", "sheikh", "sultan", "prince", "pope"}


def is_proper_name(name: str) -> bool:
    """'Ho Chi Minh', 'Kim Il-sung', 'Roh Moo-hyun', 'King Abdullah': yes.
    'the head of the Communist Party of Vietnam (CPV)': no."""
    words = re.sub(r"^([A-Z])\.(?=[A-Z][a-z])", r"\1. ", name).split()  # 'U.Khurelsukh': an initial, then the name
    if len(words) == 2 and fold(words[0]) in _TITLE_WORDS and words[1][:1].isupper():
        return True  # a monarch known by title and one name
    if len(words) == 1:
        return _known_by_one_name(name)
    if not 2 <= len(words) <= 5 or re.search(r"[()\d,;:]", name):
        return False
    for word in words:
        if fold(word) in _NOT_NAME_WORDS:
            return False
        if re.search(r"[a-z][A-Z]", word) and not re.match(r"(?:Mc|Mac|De|Di|La|Le|O')[A-Z]", word):
            return False  # 'MinisterToshimitsu': two words run together in the source
        if not (word[:1].isupper() or fold(word) in _LOWER_IN_NAMES):
            return False
    return True


def _known_by_one_name(name: str) -> bool:
    """'Lula', 'Suharto': a person known by one name, not a title, place or nationality."""
    from app.core.facts.gazetteer import demonym_country, place_named

    return (bool(re.fullmatch(r"[A-Z][a-zà-ÿ'’-]{2,}", name)) and fold(name) not in _NOT_NAME_WORDS
            and fold(name) not in _TITLE_WORDS and place_named(name) is None and demonym_country(name) is None)


# --- events ---------------------------------------------------------------------

# Past forms that do not end in -ed, with their base forms.
IRREGULAR = {
    "began": "begin", "became": "become", "brought": "bring", "built": "build", "came": "come", "chose": "choose",
    "did": "do", "drew": "draw", "fell": "fall", "fought": "fight", "found": "find", "gave": "give", "got": "get",
    "went": "go", "grew": "grow", "had": "have", "held": "hold", "kept": "keep", "knew": "know", "laid": "lay",
    "led": "lead", "left": "leave", "lost": "lose", "made": "make", "met": "meet", "paid": "pay", "put": "put",
    "ran": "run", "rose": "rise", "said": "say", "sent": "send", "set": "set", "signed": "sign", "spoke": "speak",
    "spent": "spend", "stood": "stand", "struck": "strike", "took": "take", "told": "tell", "thought": "think",
    "underwent": "undergo", "undertook": "undertake", "won": "win", "wrote": "write", "sought": "seek", "saw": "see",
    "broke": "break", "bought": "buy", "sold": "sell", "flew": "fly", "withdrew": "withdraw",
}
# Stems that need their final 'e' back: oppos(e)d, provid(e)d, announc(e)d, celebrat(e)d.
_E_STEM = re.compile(r"(?:[cgsvzu]|[^aeiou]at|[aeiou][dkmnpt]|ir|ur|[^aeiou]l)$")
_NO_E_STEM = re.compile(r"(?:it|en|er|on|ain|ound|eal|ail|oil|ool|eat|oat|eet|oin|ign|ect|ess|ish|ch|ll|rm|rn|st|nd|ct|pt|ft|lt|sh|ss|rd|rt|nt|wn|ck|gn|lk|mp|nk|sk|sp)$")
_ITE_VERBS = {"unite", "invite", "excite", "ignite", "recite", "cite", "incite", "expedite", "write"}
_AUX = {"was", "were", "has", "have", "had", "is", "are", "will", "would", "could", "should", "may", "might", "can"}
_BAD_OPENERS = {
    "and", "but", "or", "so", "then", "after", "before", "at", "in", "on", "during", "following", "since",
    "according", "from", "by", "with", "when", "while", "if", "as", "to", "of", "for", "is", "was", "are",
    "were", "it", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her",
    "their", "its", "our", "my", "which", "who", "whom", "whose", "where", "whereby", "there", "here",
    # adverbs of time that open a subordinate clause: "Soon after India got its independence"
    "soon", "shortly", "just", "right", "long", "even", "only", "once", "until", "ever",
}
_CONNECTIVES = ("and", "but", "then", "so", "also")
_PREPOSITIONS = {"in", "on", "at", "by", "from", "since", "during", "of", "to", "until", "for", "late", "early", "mid"}


@dataclass(frozen=True)
class Clause:
    """An event as subject + past verb + rest: 'North Korea' 'opposed' 'Vietnam's invasion of Cambodia'."""

    subject: str
    verb: str  # the past form, as written (a passive's participle, with its adverb: 'last held')
    base: str  # the base form, for 'did ... <base>'
    rest: str
    aux: str = ""  # a passive's 'was' or 'were': 'Security talks were last held'

    @property
    def text(self) -> str:
        return " ".join(part for part in (self.subject, self.aux, self.verb, self.rest) if part)

    def question(self, wh: str) -> str:
        """'In which year' → 'In which year did North Korea oppose Vietnam's invasion of Cambodia?',
        a passive 'In which year were security talks last held?'."""
        if self.aux:
            return f"{wh} {self.aux} {_lower_first(self.subject)} {' '.join(p for p in (self.verb, self.rest) if p)}?"
        return f"{wh} did {_lower_first(self.subject)} {' '.join(p for p in (self.base, self.rest) if p)}?"


def event_clause(event: str) -> Clause | None:
    """The event phrase as a clause, or None when it is a fragment.

    Fragments: cut short ('…' with no clause before it), opening with a
    connective-less preposition or pronoun ('After coming to power in late',
    'I began to study'), a date gap left in the middle ('in and returned'),
    no finite past verb, or a vague subject ('The two countries').
    """
    text = event.strip().rstrip(".")
    if "…" in text:
        text = text.split("…")[0]
        if "," not in text:
            return None
        text = text.rsplit(",", 1)[0]
    text = re.sub(r"^(?:" + "|".join(_CONNECTIVES) + r")\s+", "", text, flags=re.IGNORECASE)
    # a date removed from the middle leaves "in and ...": keep what comes before
    gap = re.search(r"\s(?:in|on|at|by|from|since|during)\s+(?:and|but|,)\b", text)
    if gap:
        text = text[:gap.start()]
    text = re.split(r"\s[-–—]\s|[;:]", text)[0].strip(" ,")
    bullet = bool(re.match(r"[-–—•*]\s", text))
    text = text.lstrip("-–—•* ")  # a chronology's '- ' bullet
    text = _REPORTED.sub("", text, count=1)  # 'The ministry said that A met B': the event is 'A met B'
    relations = _relations_established(text)
    if relations is not None:
        return relations
    words = text.split()
    if not 3 <= len(words) <= 16 or fold(words[0]) in _BAD_OPENERS:
        return None
    if words[-1].lower() in _PREPOSITIONS or any(mark in text for mark in '“”"'):
        return None
    if re.match(r"(?i)the two\b|both\b|each\b", text):
        return None
    for index, word in enumerate(words):
        low = word.lower()
        if index and low in _AUX:
            # 'Security talks were last held', 'The port was built': a passive, asked as one
            return _passive_clause(words, index) if low in ("was", "were") else None  # not 'has just celebrated'
        if index == 0 or not word[:1].islower() or words[index - 1].endswith(","):
            continue  # a verb is lower case ('United' is a name); after a comma it is a participle
        base = IRREGULAR.get(low) or _regular_base(low)
        if base in _REPORTING:
            return None  # 'The ministry said in a statement': a report of words, not an event
        if base:
            subject = " ".join(words[:index])
            if any(w.lower() in ("who", "which", "that") for w in words[:index]):
                return None
            return Clause(subject, word, base, " ".join(words[index + 1:]))
        if bullet and low not in _FUNCTION_WORDS:  # a chronology writes in the present: '- Lorvia and Kessia sign …'
            return _present_clause(words, index)
    return None


_FUNCTION_WORDS = {"and", "of", "the", "de", "van", "von", "da", "al", "bin", "in", "for", "on", "to", "with"}

# 'The Prime Minister's Office said that …', 'The ministry announced that …': what was said is the event.
_REPORTED = re.compile(r"^[A-Z][^,;:“”\"]{2,80}?\s(?:said|announced|stated|reported|confirmed|noted)\s+that\s+(?=[A-Z])")

# 'the establishment of diplomatic relations between Lorvia and Kessia', '… between Lorvia and Kessia
# has deepened since the establishment of diplomatic ties': the two parties established relations.
_PARTY = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4}"
_BETWEEN = re.compile(rf"\bbetween\s+({_PARTY})\s+and\s+({_PARTY})")
_PASSIVE_ESTABLISHED = re.compile(
    rf"^(?:(?:formal|full|official)\s+)?(?P<relation>diplomatic\s+(?:relations|ties))\s+between\s+(?P<first>{_PARTY})"
    rf"\s+and\s+(?P<second>{_PARTY})\s+(?:were|was)\s+(?:formally\s+|officially\s+|first\s+)?established$",
    re.IGNORECASE)
_ESTABLISHED = re.compile(r"\bestablish(?:ment|ing|ed)?\s+(?:of\s+)?(diplomatic\s+(?:relations|relationship|ties))\b", re.IGNORECASE)


def _relations_established(text: str) -> Clause | None:
    passive = _PASSIVE_ESTABLISHED.search(text)
    if passive is not None:  # 'Full diplomatic ties between Lorvia and Kessia were established'
        first, second = (_lower_first(party) if party.startswith("The ") else party
                         for party in (passive.group("first"), passive.group("second")))
        return Clause(f"{first} and {second}", "established", "establish", passive.group("relation").lower())
    established, between = _ESTABLISHED.search(text), _BETWEEN.search(text)
    if established is None or between is None:
        return None
    if re.search(r"\b(?:not|never|anniversary|years?)\b", text[:established.start()], re.IGNORECASE):
        return None  # '30 years since the establishment …' is an anniversary, not the event
    first, second = (_lower_first(party) if party.startswith("The ") else party for party in between.groups())
    relation = re.sub(r"relationship$", "relations", established.group(1).lower())
    return Clause(f"{first} and {second}", "established", "establish", relation)


_PASSIVE_ADVERBS = {"last", "first", "formally", "officially", "jointly", "finally", "again", "also"}


def _passive_clause(words: list[str], index: int) -> Clause | None:
    """'Bilateral security talks were last held' as subject, 'were', 'last held', rest; None when no
    participle follows, or the subject is none to ask of (a pronoun, 'who')."""
    at = index + 1
    adverb = words[at] if at < len(words) and words[at].lower() in _PASSIVE_ADVERBS else ""
    at += 1 if adverb else 0
    if at >= len(words) or not words[at][:1].islower():
        return None
    participle = words[at].lower()
    if not (IRREGULAR.get(participle) or _regular_base(participle)) or participle.endswith("ing"):
        return None
    subject = " ".join(words[:index])
    if any(w.lower() in ("who", "which", "that") for w in words[:index]):
        return None
    if re.fullmatch(r"(?i)(?:(?:formal|full|official|diplomatic)\s+)*(?:relations|ties)", subject):
        return None  # 'Diplomatic relations were established': whose, it does not say
    verb = " ".join(w for w in (adverb, words[at]) if w)
    return Clause(subject, verb, "", " ".join(words[at + 1:]), aux=words[index].lower())


def _present_clause(words: list[str], index: int) -> Clause | None:
    """The chronology line's present verb at ``index`` read as the past: 'reach' → 'reached',
    'becomes' → 'became'. None for what is not a finite verb ('linking', 'built')."""
    word = words[index].lower()
    if word.endswith(("ing", "ed", "ly")) or not re.fullmatch(r"[a-z]{3,}", word):
        return None
    if re.search(r"\b[A-Z]\.[A-Z]$", words[-1]):
        return None  # 'Lorvia helps U.S': the line was cut at an abbreviation's full stop
    plural = " and " in " ".join(words[:index])
    if word.endswith("s") and not word.endswith("ss"):
        base = word[:-3] + "y" if word.endswith("ies") else word[:-2] if re.search(r"(?:sh|ch|x|ss)es$", word) else word[:-1]
    elif plural:
        base = word
    else:
        return None  # a singular subject with no '-s': not a verb ('A power plant')
    past = _PAST.get(base) or _regular_past(base)
    return Clause(" ".join(words[:index]), past, base, with_headline_articles(words[index + 1:]))


# Headlines and chronologies drop articles ('fight border war', 'become third non-communist country'):
# a clause asked as a question needs them back. Ranks take 'the'; a bare singular of these countable
# nouns takes 'a'.
_RANKS = {"first", "second", "third", "fourth", "fifth", "sixth", "last", "latest", "largest", "biggest", "only"}
_COUNTABLE = {
    "war", "agreement", "treaty", "accord", "pact", "deal", "ceremony", "visit", "summit", "port", "highway",
    "road", "railway", "dam", "airport", "mission", "embassy", "alliance", "partnership", "protocol",
    "memorandum", "conference", "meeting", "dispute", "conflict", "crisis", "coup", "referendum", "election",
    "corridor", "project", "plant", "loan", "grant", "statement", "declaration", "ceasefire", "truce", "border",
}
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "each",
                "every", "another", "any", "some", "no"}
_NP_OPENERS = {"in", "with", "for", "of", "to", "on", "into", "over", "against", "and", "after", "before"}


def with_headline_articles(words: list[str]) -> str:
    """'reach first formal trade agreement' → 'reach the first formal trade agreement', 'fight border
    war' → 'fight a border war': the articles a headline leaves out, where a noun phrase opens (after
    the verb, a preposition or 'and') with no determiner."""
    out: list[str] = []
    for index, word in enumerate(words):
        opens = index == 0 or words[index - 1].lower().strip(",") in _NP_OPENERS or words[index - 1].endswith(",")
        low = word.lower().strip(",")
        if opens and low not in _DETERMINERS and word[:1].islower() and (index == 0 or out[-1].lower() != "to"):
            if low in _RANKS:
                out.append("the")
            else:
                head = _noun_phrase_head(words[index:])
                if head in _COUNTABLE:
                    out.append("an" if low[:1] in "aeio" else "a")
        out.append(word)
    return " ".join(out)


def _noun_phrase_head(words: list[str]) -> str:
    """The last word of the lower-case run that starts ``words`` (before a preposition or a comma)."""
    head = ""
    for word in words:
        low = word.lower()
        if not word[:1].islower() or low.strip(",") in _NP_OPENERS or low in _DETERMINERS:
            break
        head = low.strip(",")
        if word.endswith(","):
            break
    return head


_PAST = {base: past for past, base in IRREGULAR.items()}


def _regular_past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied"
    return base + "ed"


_REPORTING = {"say", "tell", "announce", "note", "add", "state", "report", "write", "recall", "stress", "emphasize",
              "emphasise", "express", "comment", "remark", "claim", "reply", "explain", "confirm", "mention"}


def _regular_base(word: str) -> str | None:
    if not re.fullmatch(r"[a-z]{2,}ed", word) or word in ("need", "speed", "seed", "bred", "hundred", "red"):
        return None
    if word[:-1] in _ITE_VERBS:
        return word[:-1]
    if word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("eed"):
        return word[:-1]  # agreed
    stem = word[:-2]
    if re.search(r"[aeiou]{2}[^aeiouy]$", stem):
        return stem  # succeed(ed), clear(ed), contain(ed)
    if stem.endswith("ar"):
        return stem + "e"  # declar(e)d, compar(e)d
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # planned
    if _NO_E_STEM.search(stem):
        return stem
    if _E_STEM.search(stem):
        return stem + "e"
    return stem


def _lower_first(text: str) -> str:
    """Lower-case a sentence's first word when it is a common word ('Trade between ...')."""
    first, _, rest = text.partition(" ")
    if first in ("The", "A", "An") or (first.istitle() and first.lower() in _COMMON_OPENERS):
        first = first.lower()
    return f"{first} {rest}".strip()


_COMMON_OPENERS = {
    "trade", "relations", "cooperation", "talks", "exports", "imports", "aid", "war", "fighting", "the", "a",
    "an", "officials", "leaders", "delegations", "troops", "students", "investment", "tourism", "prices",
    "bilateral", "formal", "diplomatic", "joint", "economic", "military", "security", "official", "direct",
    "regular", "negotiations", "ties", "agreements", "flights",
}


# Country names that take 'the' in running English: 'visited the United Kingdom'.
_THE_WORDS = {"united", "republic", "kingdom", "islands", "emirates", "states", "federation", "union"}
# Initials of a country's style ('the Democratic People's Republic of Korea') keep its article.
_THE_INITIALS = {"DPRK", "UAE", "UK", "US", "USA", "ROK", "PRC", "DRC", "ROC", "USSR"}
_PLURAL_COUNTRIES = {"netherlands", "philippines", "bahamas", "maldives", "seychelles", "comoros", "gambia"}


def with_article(place: str) -> str:
    """'United Kingdom' → 'the United Kingdom'; 'Kenya' stays 'Kenya'."""
    words = fold(place).split()
    if not words or words[0] == "the" or "," in place:
        return place
    if _THE_WORDS & set(words) or " ".join(words) in _PLURAL_COUNTRIES or place in _THE_INITIALS:
        return f"the {place}"
    return place


_MISREAD_I = re.compile(r"\b[lL](?=[a-z]{3,}\b)[a-z]+")


def mend_misread_capitals(text: str) -> str:
    """'lndia' → 'India', 'lndian' → 'Indian': a capital I scanned or typed as a small l, mended
    where the word so read is a place or nationality the gazetteer knows (and the word as written
    is no place). The length stays, so offsets into the text still hold."""
    def mended(match: re.Match[str]) -> str:
        word = match.group(0)
        fixed = "I" + word[1:]
        known = place_named(fixed) is not None or demonym_country(fixed) is not None
        return fixed if known and place_named(word) is None else word
    return _MISREAD_I.sub(mended, text) if "l" in text or "L" in text else text


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- dates, numbers --------------------------------------------------------------

def when_phrase(when: Any) -> str:
    """'in 1957', 'in July 1957', 'on 31 January 1950', 'from 28 November to 2 December 1958'."""
    text = str(when or "")
    if not text:
        return ""
    if "/" in text:
        start, end = text.split("/", 1)
        if start[:4] == end[:4] and len(start) == len(end) == 10 and not start.startswith("--"):
            return f"from {format_when(start)[:-5]} to {format_when(end)}"
        if start.startswith("--") and end.startswith("--"):
            return f"from {format_when(start)} to {format_when(end)}"
        return f"from {format_when(start)} to {format_when(end)}"
    a_day = len(text) == 10 or (text.startswith("--") and len(text) == 7)  # 2025-11-16, or --11-16
    return ("on " if a_day else "in ") + format_when(text)


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def anniversary_form(quote: str, number: int) -> str:
    """'ordinal' when the source says '80th anniversary', else 'years' ('50 years of ...')."""
    return "ordinal" if re.search(rf"\b{number}(?:st|nd|rd|th)\b", quote) else "years"


# 'Wong last visited the region in 2024', 'She also travelled there last year', 'two years ago': a
# sentence on an earlier trip, whose meetings and stops are not those of the trip reported
_EARLIER_TRIP = re.compile(r"(?i)\b(?:last|previously|previous|earlier|prior)\s{1,3}(?:visited|visits?|trips?|travell?ed"
                           r"|went|toured|tours?)\b|\blast\s{1,3}(?:year|month)\b|\b(?:years|months)\s{1,3}ago\b"
                           # 'since taking office he has visited A, B and C', 'had visited': the trips before this one
                           r"|\bsince\b[^.;]{0,120}?\b(?:has|have)\s{1,3}(?:already\s{1,3}|also\s{1,3})?(?:visited|travell?ed\s{1,3}to|toured)\b"
                           r"|\bhad\s{1,3}(?:already\s{1,3}|also\s{1,3})?(?:visited|travell?ed\s{1,3}to|toured)\b"
                           # 'Prior to Argentina, he travelled to A, B and C': the stops before this one
                           r"|^\W*(?:prior\s{1,3}to|before)\s{1,3}(?:(?:his|her|this|the)\s{1,3})?(?:[A-Z][\w'’-]*|visit|trip)[^,]{0,40},")


def tells_earlier_trip(text: str) -> bool:
    """Whether a sentence tells of a trip before the one its article reports."""
    return _EARLIER_TRIP.search(text) is not None
