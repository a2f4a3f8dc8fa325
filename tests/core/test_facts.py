"""The fact extractor (app.core.facts): each kind on small sentences, the seeds
grounded, clutter left out, bad input and determinism (the benchmark: test_fact_benchmark.py)."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from app.core.corpus import Article, Sentence, load_article, parse_article
from app.core.facts import extract_facts, read_dateline
from app.core.facts.__main__ import main as cli_main
from app.core.facts.dates import find_dates

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
EXTRA_DIR = ROOT / "tests" / "data"
EXTRA = sorted((EXTRA_DIR / "articles").glob("*.txt"))


def facts_of(text: str, kind: str | None = None) -> list[dict]:
    found = [f.to_dict() for f in extract_facts(parse_article("t", text))]
    return [f for f in found if kind is None or f["kind"] == kind]


# --- dates -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Back in 1950, on January 31, the two states set up ties.", ["1950-01-31"]),
        ("From 1964 to 1969, the two sides traded arms.", ["1964/1969"]),
        ("Talks were held from 24 to 26 February 2003 in the capital.", ["2003-02-24/2003-02-26"]),
        ("The envoy stayed from November 28 to December 2, 1958.", ["1958-11-28/1958-12-02"]),
        ("At the congress in May, 2016, the party announced a plan.", ["2016-05"]),
        ("The fund was created in 1965 and closed in 1972.", ["1965", "1972"]),
        ("The project began in late 2011.", ["2011"]),
        ("The law took effect on 2025-10-12 nationwide.", ["2025-10-12"]),
    ],
)
def test_dates_come_out_in_iso_8601(text: str, expected: list[str]) -> None:
    assert [f["when"] for f in facts_of(text, "date")] == expected


def test_durations_counts_and_congress_ordinals_are_not_dates() -> None:
    text = ("After a five-year pause and nearly 20 years of talks, 2000 people attended the 14th Congress, "
            "a two-day meeting in the 1960s style.")
    assert facts_of(text, "date") == []


def test_a_month_and_day_without_a_year_keeps_the_year_unknown() -> None:
    assert [f["when"] for f in facts_of("The museum opens on September 2 every season.", "date")] == ["--09-02"]


def test_relative_dates_resolve_against_the_date_line() -> None:
    text = ("NAIROBI, March 12, 2026 — The ministers met on Tuesday in the capital.\n"
            "The deal was drafted last month by the two teams.\n"
            "The talks continue this week with officials.\n")
    assert read_dateline(parse_article("t", text)) == "2026-03-12"
    assert [f["when"] for f in facts_of(text, "date")] == ["2026-03-10", "2026-02", "2026-03-09/2026-03-15"]


def test_one_year_later_counts_from_the_date_before_it() -> None:
    text = "The bank opened in 1957 and the clinic opened one year later."
    assert [f["when"] for f in facts_of(text, "date")] == ["1957", "1958"]


def test_relative_dates_without_an_anchor_are_left_out() -> None:
    assert facts_of("The two ministers met last month in a hotel.", "date") == []


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("The fair opened on March 1, 2019 in the city.", "2019-05-03"),  # month first, as the article writes
        ("The fair opened on 1 March 2019 in the city.", "2019-03-05"),  # day first
        ("The fair opened on 13/03/2019 in the city.", "2019-03-05"),  # a day over 12 settles it
    ],
)
def test_numeric_dates_follow_the_article_convention(context: str, expected: str) -> None:
    text = f"Date: 05/03/2019\n\n{context} It was a very busy and successful opening day for everyone.\n"
    assert read_dateline(parse_article("t", text)) == expected


def test_find_dates_reads_abbreviated_month_ranges() -> None:
    text = "ahead of the Oct. 9 – 11 state visit"
    (mention,) = find_dates(text)
    assert text[mention.start:mention.end] == "Oct. 9 – 11" and mention.iso() == "--10-09/--10-11"


# --- visits ------------------------------------------------------------------

def visits(text: str) -> list[tuple[str, str, str | None]]:
    return [(f["visitor"], f["destination"], f.get("when")) for f in facts_of(text, "visit")]


def test_a_named_visitor_a_country_and_a_year() -> None:
    assert visits("President Anna Novak visited Chile in 1999 with a large delegation.") == [
        ("Anna Novak", "Chile", "1999")
    ]


def test_possessive_visits_and_capitals() -> None:
    text = "Chancellor Olga Ivanova's state visit to Nairobi in 2011 was brief."
    assert visits(text) == [("Olga Ivanova", "Nairobi, Kenya", "2011")]


def test_pronouns_and_short_names_resolve_to_the_full_name() -> None:
    text = ("Prime Minister Kofi Mensah met the press on the first day. He visited Peru in 2004. "
            "In 2008, Mr. Mensah returned to Peru in an unofficial visit.")
    assert visits(text) == [("Kofi Mensah", "Peru", "2004"), ("Kofi Mensah", "Peru", "2008")]


def test_one_fact_per_year_of_return_visits() -> None:
    text = "Tariq Haddad, the founder of the movement, paid return visits to Ghana in 1958 and 1964."
    assert visits(text) == [("Tariq Haddad", "Ghana", "1958"), ("Tariq Haddad", "Ghana", "1964")]


def test_the_country_is_the_country_last_named() -> None:
    text = ("Relations between Norway and Japan are old. "
            "During the three-day trip to the country, Hiro Tanaka met the king.")
    assert visits(text) == [("Hiro Tanaka", "Japan", None)]


def test_during_a_visit_the_visitor_is_the_main_subject() -> None:
    text = "During a visit to Brazil last month, Deputy Prime Minister Lucia Reyes said trade would grow."
    assert visits(text) == [("Lucia Reyes", "Brazil", None)]


def test_visit_by_an_office_holder_named_after_by() -> None:
    text = "The state visit to Mongolia from October 9-11 by General Secretary Ravi Park was a success."
    assert [v[:2] for v in visits(text)] == [("Ravi Park", "Mongolia")]


def test_an_office_holder_without_a_name() -> None:
    text = "The head of the Labour Party of Fiji will travel to India this week."
    assert visits(text) == [("the head of the Labour Party of Fiji", "India", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Chairman Jonas Laurent visited the dormitory of the students three times.",  # a trip inside a country
        "Amara Okafor invited Mei Silva to visit Kenya next year.",  # an invitation is not a trip
        "Kenyan President Amara Okafor will return to Nairobi on Saturday.",  # going home
        "Jonas Laurent has never visited Japan.",
    ],
)
def test_not_visits(text: str) -> None:
    assert visits(text) == []


# --- anniversaries -----------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "number", "subject_word"),
    [
        ("Leaders attended the 80th anniversary of the founding of the party.", 80, "founding"),
        ("Ties rest on 75 years of diplomatic relations.", 75, "diplomatic"),
        ("The nation marked 80 years since the August Revolution.", 80, "Revolution"),
        ("They attended the 80th founding anniversary of the Workers' Union.", 80, "founding"),
        ("The two countries mark 62 years of diplomatic relations.", 62, "relations"),
        ("She joined the diaspora to celebrate Lorvia's 60th Independence anniversary in Lima.", 60, "Lorvia's independence"),
        ("Report\n\n60 years of Kenya-Ghana diplomatic relations celebrated\n\nThe two countries marked the day with a reception in Accra.", 60, "relations"),
    ],
)
def test_anniversaries(text: str, number: int, subject_word: str) -> None:
    (fact,) = facts_of(text, "anniversary")
    assert fact["number"] == number and subject_word in fact["subject"]


def test_an_anniversarys_subject_stops_before_its_verb() -> None:
    (fact,) = facts_of("On Monday, 60 years of Kenya-Ghana diplomatic relations were celebrated in Accra.", "anniversary")
    assert fact["subject"] == "Kenya-Ghana diplomatic relations"
    (fact,) = facts_of("Report\n\n60 years of Kenya-Ghana diplomatic relations celebrated\n\nThe two countries marked the day with a reception in Accra.",
                       "anniversary")
    assert fact["subject"] == "Kenya-Ghana diplomatic relations"


@pytest.mark.parametrize(
    "text",
    [
        "It was the first visit in nearly 20 years.",
        "The 14th Congress and the 44th session opened.",
        "The plan is a 5-year strategy after a five-year pause.",
        "He spent 30 years of his life in exile.",
    ],
)
def test_not_anniversaries(text: str) -> None:
    assert facts_of(text, "anniversary") == []


def test_anniversary_year_from_the_date_line() -> None:
    text = "date 2025-10-12 — Delegates marked the 80th anniversary of the founding of the union.\n"
    (fact,) = facts_of(text, "anniversary")
    assert fact["year"] == 2025


# --- areas of cooperation ----------------------------------------------------

@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("He said cooperation in culture, sports, people-to-people exchanges, and agriculture has grown.",
         ["culture", "sports", "people-to-people exchanges", "agriculture"]),
        (("They focused on sectors such as economy, tourism, information and communication, and healthcare, "
         "in line with each side's strengths."),
         ["economy", "tourism", "information and communication", "healthcare"]),
        (("They will foster cooperation in areas suited to both sides, including culture, health, "
         "and information and communications."),
         ["culture", "health", "information and communications"]),
        ("The two sides signed agreements on energy, infrastructure, health and education.",
         ["energy", "infrastructure", "health", "education"]),
    ],
)
def test_areas_are_split_into_items(text: str, areas: list[str]) -> None:
    (fact,) = facts_of(text, "agreement_area")
    assert fact["areas"] == areas


def test_lists_that_are_not_areas_of_cooperation() -> None:
    text = ("They pledged peace, stability, cooperation, and development in the region, and cooperation "
            "in areas that meet the needs of each country.")
    assert facts_of(text, "agreement_area") == []


# --- whole articles ----------------------------------------------------------

@pytest.mark.parametrize("path", SEEDS + EXTRA, ids=lambda p: p.stem)
def test_every_fact_quotes_a_whole_sentence_of_the_file(path: Path) -> None:
    article = load_article(path)
    spans = {(s.start, s.end) for s in article.sentences}
    facts = extract_facts(article)
    assert facts
    assert [(f.start, f.kind) for f in facts] == sorted((f.start, f.kind) for f in facts)
    for fact in facts:
        data = fact.to_dict()
        assert data["quote"] == article.text[data["start"]:data["end"]]
        assert (fact.start, fact.end) in spans
        assert data["article"] == path.stem


def test_related_story_lists_share_bars_and_footers_give_no_facts() -> None:
    for path, marker in ((ROOT / "seeds" / "002_9d5721a00b1e151e.txt", "More From"),
                         (EXTRA_DIR / "articles" / "france_india_page.txt", "Related stories")):
        article = load_article(path)
        clutter_starts = article.text.index(marker)
        facts = extract_facts(article)
        assert facts and all(f.end <= clutter_starts for f in facts)


def test_page_head_nav_bar_and_byline_give_no_facts() -> None:
    text = ("Home | World | Asia | Business | Sport\n"
            "By Jane Doe | Published 12 March 2026\n"
            "Share: Facebook | X | Email\n"
            "The two countries established diplomatic relations in 1947 and signed a treaty in 1950.\n"
            "© 2026 The Courier. All rights reserved. Founded in 1901.\n")
    assert [f["when"] for f in facts_of(text, "date")] == ["1947", "1950"]
    assert read_dateline(parse_article("t", text)) == "2026-03-12"


def test_read_dateline() -> None:
    found = {p.stem: read_dateline(load_article(p)) for p in SEEDS + EXTRA}
    assert found["003_e1d5feda7fea809b"] == "2025-10-12"
    assert found["000_2ff08869235f4a8b"] is None
    assert found["kenya_japan_visit"] == "2026-03-12"
    assert found["ghana_uk_history"] == "2027-03-06"
    assert found["france_india_page"] == "2026-02-18"


def test_extraction_is_deterministic() -> None:
    for path in SEEDS + EXTRA:
        first = json.dumps([f.to_dict() for f in extract_facts(load_article(path))])
        again = json.dumps([f.to_dict() for f in extract_facts(load_article(path))])
        assert first == again


def test_to_dict_has_exactly_the_documented_fields() -> None:
    allowed = {
        "date": {"when", "event"}, "visit": {"visitor", "destination", "when"},
        "anniversary": {"number", "subject", "year"}, "agreement_area": {"areas"},
    }
    for path in SEEDS:
        for fact in extract_facts(load_article(path)):
            data = fact.to_dict()
            assert set(data) - {"kind", "article", "start", "end", "quote"} <= allowed[fact.kind]
            assert set(fact.fields) <= allowed[fact.kind]


# --- bad input ---------------------------------------------------------------

def test_cli_reports_unreadable_files_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = {
        "empty.txt": b"",
        "binary.txt": b"\x00\x01\x02\xff" * 100,
        "latin1.txt": "café à Paris".encode("latin-1"),
        "huge.txt": b"junk words. " * 900_000,  # about 10 MB
        "one_line.txt": b"junk words. " * 150_000,  # 1.8 MB on one line
    }
    for name, content in bad.items():
        (tmp_path / name).write_bytes(content)
    good = ROOT / "seeds" / "003_e1d5feda7fea809b.txt"
    started = time.perf_counter()
    code = cli_main([str(tmp_path / n) for n in bad] + [str(good)])
    assert time.perf_counter() - started < 10
    out, err = capsys.readouterr()
    assert code == 1
    for name in bad:
        assert name in err
    facts = json.loads(out)
    assert facts and {f["article"] for f in facts} == {good.stem}


def test_cli_exit_code_is_zero_when_every_file_reads(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main([str(p) for p in SEEDS]) == 0
    assert len(json.loads(capsys.readouterr().out)) > 20


def test_junk_text_does_not_hang() -> None:
    junk = "\n".join(
        ("visit to Japan in 1957 the 80th anniversary of cooperation in culture, sports, and Kim Lee "
         "March 12, 2026 05/03/2019 " * 3 + "x" * 50 + " ,,,, and and and 1999-2000 ") for _ in range(2_000)
    )  # about 0.9 MB of nonsense lines
    sentences = tuple(Sentence(i, s, e) for i, (s, e) in enumerate(_lines(junk)))
    article = Article("junk", "junk", junk, sentences)
    started = time.perf_counter()
    extract_facts(article)
    assert time.perf_counter() - started < 30
    long_line = Article("long", "long", "1" * 3_000_000, (Sentence(0, 0, 3_000_000),))
    assert extract_facts(long_line) == []


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans



def test_an_anniversary_with_its_year_before_what_it_marks() -> None:
    from app.core.corpus import parse_article
    from app.core.facts import extract_facts

    text = "The visit comes in the context of the 30th anniversary in 2021 of the establishment of relations.\n"
    found = [f.to_dict() for f in extract_facts(parse_article("t", text)) if f.kind == "anniversary"]
    assert [(f["number"], f["subject"], f.get("year")) for f in found] == \
        [(30, "the establishment of relations", 2021)]
