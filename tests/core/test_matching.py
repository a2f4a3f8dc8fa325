"""Patterns built for speed (app.core.facts.matching) find what their plain forms find."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.facts import anniversaries, areas, dates, extract, page, visits  # noqa: F401  (they build the patterns)
from app.core.facts.matching import PLAIN, caseless, on_caseless, starting_with

ROOT = Path(__file__).resolve().parents[2]

# Each pattern's ways to start, some capitalised, where the articles may not have them all.
MADE_UP = [
    # visits
    ("1st visit after Peru; 3rd trip after Chile; while in Lima; Arrival at; brought them to; "
     "spent 2 days in; jetted; moved on to; is in Peru for a visit; led a delegation to; Toured; Journey; "
     "Went to; headed to; Landed in; Left for; Took him to; Returned home from; Whilst in; "
     "The trip will include"),
    # areas
    ("Cooperation in A; Co-operating on B; collaborate across C; Partnership spanning D; "
     "working together on E; ties in F; Links and exchanges in G; exchanges and ties in H; "
     "cooperation plan on I; plans of action on J; Action plan for K; joint ventures in L; "
     "Sectors such as M; areas of mutual interest, including N; fields: O; domains suited to both, "
     "like P; Spheres including Q; MoUs on R; Agreements were signed on S; deals, covering T; "
     "Pacts related to U; treaty for V; treaties in W; Protocols regarding X; "
     "memorandum of understanding (MOU) on Y; the MoUs signed include Z; the declaration will cover A; "
     "Charters cover B; statements covering C; Frameworks cover D; road maps cover E; strategies cover F; "
     "mechanisms cover G; agendas cover H; an agreement with them to develop a joint agenda on I; "
     "an accord to implement a cultural exchange programme; and plans for boosting J; "
     "As well as a strategy on K; talks, including on L; In the field of M; on the areas of N; "
     "Covering the sectors of O; spanning the fields of P; Encompassing the domains of Q; agreed; accord; "
     "Memoranda; mou; MOUs; Deal; pact; Treaty; declaration; charter; protocol; Signed; works with; "
     "Joint projects; Agreed to boost defence cooperation; Signed trade deals; launch farm cooperation; "
     "Deepen energy ties; enhance health cooperation; Intensify tourism cooperation; "
     "upgrade rail cooperation; Foster arts cooperation; Resume fishing cooperation; "
     "Plans for water cooperation; mechanism on port cooperation; In the music, film and sport fields; "
     "across the energy and mining sectors; Covering the oil and gas areas"),
    # dates
    ("2019-05-03, 05/03/2019, November 28 to December 2, 1958, from 24 February to 2 March 2003, "
     "From 24 to 26 February 2003, between 3 and 5 May, 24-26 February, Oct. 9 – 11, 2025, "
     "from May to July 2019, March 12, 2026, the 12th of March, 2026, From 1964 to 1969, "
     "Between 1964 and 1969, 1964-1969, Sept 9, 9 Sept., July Juche 46(1957), JANUARY 2020, "
     "In mid-December, since April, By June, Until July, Till August, Of September, During October, "
     "Through November, Before December, After January, Last February, Next March, This April, "
     "End of May, Beginning of June, Start of July, Early August, late September, Mid-October, 2020-01, "
     "in 1957, 2003, 12/31/2019, 31 December 2019"),
    # extract, page
    "He said; She said; They met; he, she or they; Cookie settings; 5 March; March 5",
    # visits: clause boundaries, a tour's legs
    ("A; "
     "B: When While Whereas Where After Before Because Although Though As That Which But So Said Says "
     "Saying If And He met them, "
     "and she, who; Kicked off on 5 May in Lima, Begins in Peru, STARTED in Chile, opens in Rome, "
     "ended in Oslo, Concludes in Bern, wrapped up in Riga, Finished in Kyiv, continued in Baku"),
    # anniversaries
    ("75th Anniversary; Fifth anniversary; the Centenary of; Bicentennial of; "
     "Eightieth founding anniversary; Hundredth anniversary; Seventy-five years of; ten years since; "
     "30 Years of; Nineteen; Sixty years of; Twenty-fifth anniversary"),
    # letters re.IGNORECASE folds beyond ASCII
    "VİSİTED Peru; vısıted Chile; ſpent two days in Lima; ſIGNED MOUs ON trade; TOOK HİM TO Rome",
]


def _texts() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "data").rglob("*.txt"))
    paths += sorted((ROOT.parent / "shared" / "eval" / "real_dev").glob("*.txt"))  # when beside the checkout
    return [p.read_text(encoding="utf-8") for p in paths] + MADE_UP


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("compiled", list(PLAIN), ids=lambda p: p.pattern[:40])
def test_a_pattern_built_for_speed_finds_what_the_plain_pattern_finds(compiled: re.Pattern[str]) -> None:
    pattern, flags, folded = PLAIN[compiled]
    plain = re.compile(pattern, flags)
    texts = _texts()
    assert any(plain.search(text) for text in texts)  # the texts do test it
    for text in texts:
        assert _spans(compiled, caseless(text) if folded else text) == _spans(plain, text)


def test_caseless_text_folds_as_ignorecase_matches() -> None:
    text = "İstanbul, Isık, ſign, \u212aenya, MoU, Straße, ΟΔΟΣ"
    assert len(caseless(text)) == len(text)
    assert caseless(text).startswith("istanbul, isik, sign, kenya, mou, ")
    for word in ("istanbul", "isik", "sign", "kenya", "mou"):
        assert on_caseless("[iskm]", word).search(caseless(text))
        assert re.search(word, text, re.IGNORECASE)


def test_the_look_ahead_leaves_groups_and_flags_as_they_are() -> None:
    compiled = starting_with("[ab]", r"(a)|(b)", re.IGNORECASE)
    assert compiled.match("B").group(2) == "B"
    assert compiled.search("xxA").span() == (2, 3)
    assert compiled.search("cd") is None

