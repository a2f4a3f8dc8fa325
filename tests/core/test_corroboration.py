from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.corroboration import corroborate, when_agrees


@dataclass
class F:
    """A fact as the extractor gives it: kind, where it was read, and fields."""

    kind: str
    article: str
    start: int
    fields: dict[str, Any] = field(default_factory=dict)
    end: int = 0
    quote: str = "q"

    def __post_init__(self) -> None:
        self.end = self.end or self.start + 10


def visit(article: str, start: int, visitor: str, destination: str, when: str | None = None) -> F:
    fields = {"visitor": visitor, "destination": destination}
    if when:
        fields["when"] = when
    return F("visit", article, start, fields)


def test_the_same_visit_in_several_articles_is_one_fact_with_several_sources() -> None:
    groups = corroborate([
        visit("a", 10, "Ho Chi Minh", "DPRK", "1957"),
        visit("b", 50, "President Ho Chi Minh", "North Korea", "1957"),
        visit("c", 5, "Ho Chi Minh", "DPRK", "1957-07"),
        visit("c", 90, "Kim Il Sung", "Vietnam", "1958"),
    ])
    ho = next(g for g in groups if "ho chi minh" in g.key)
    assert ho.articles == ["a", "b", "c"] and not ho.disputed
    assert ho.fields["when"] == "1957-07"  # the most precise telling
    assert len(groups) == 2


def test_visits_in_different_years_stay_apart() -> None:
    groups = corroborate([visit("a", 1, "Kim Il Sung", "Vietnam", "1958"), visit("a", 20, "Kim Il Sung", "Vietnam", "1964")])
    assert len(groups) == 2


def test_a_disagreeing_date_is_kept_as_a_second_version() -> None:
    groups = corroborate([
        visit("a", 1, "Kim Il Sung", "Vietnam", "1958-11-28/1958-12-02"),
        visit("b", 1, "Kim Il Sung", "Vietnam", "1958-11-28/1958-12-02"),
        visit("c", 1, "Kim Il Sung", "Vietnam", "1958-10-02"),
    ])
    (group,) = groups
    assert group.disputed
    assert [len(v.sources) for v in group.versions] == [2, 1]
    assert group.versions[1].fields["when"] == "1958-10-02"


def test_a_visit_without_a_year_joins_the_only_group_it_fits() -> None:
    groups = corroborate([
        visit("a", 1, "To Lam", "DPRK", "--10-09/--10-11"),
        visit("b", 1, "To Lam", "DPRK", "2025-10-09/2025-10-11"),
        visit("c", 1, "To Lam", "Pyongyang", None),
    ])
    assert len(groups) == 2
    to_lam = next(g for g in groups if g.key.endswith("|2025"))
    assert to_lam.articles == ["a", "b"] and not to_lam.disputed


def test_anniversaries_match_on_number_and_subject() -> None:
    groups = corroborate([
        F("anniversary", "a", 1, {"number": 80, "subject": "the founding of the Workers' Party of Korea"}),
        F("anniversary", "b", 1, {"number": 80, "subject": "founding anniversary of the Workers' Party of Korea"}),
        F("anniversary", "b", 40, {"number": 75, "subject": "diplomatic relations"}),
        F("anniversary", "c", 1, {"number": 80, "subject": "the August Revolution"}),
    ])
    assert sorted(len(g.sources) for g in groups) == [1, 1, 2]


def test_ids_are_stable_and_do_not_depend_on_order() -> None:
    facts = [visit("a", 1, "Ho Chi Minh", "DPRK", "1957"), visit("b", 5, "Ho Chi Minh", "DPRK", "1957")]
    forward = [(g.id, g.articles) for g in corroborate(facts)]
    backward = [(g.id, g.articles) for g in corroborate(list(reversed(facts)))]
    assert forward == backward
    assert forward[0][0].startswith("visit-")


def test_when_agrees_on_precision_but_not_on_contradiction() -> None:
    assert when_agrees("1957", "1957-07")
    assert when_agrees("--10-09", "2025-10-09")
    assert not when_agrees("1957-07", "1957-08")
    assert not when_agrees("1950", "1951")


def test_the_same_dated_event_in_other_words_is_one_fact() -> None:
    groups = corroborate([
        F("date", "a", 1, {"when": "1950", "event": "The two countries established diplomatic ties"}),
        F("date", "b", 1, {"when": "1950-01-31", "event": "Vietnam and the DPRK officially established diplomatic relations"}),
        F("date", "b", 90, {"when": "1950", "event": "The DPRK recognised the Democratic Republic of Vietnam"}),
    ])
    assert sorted(len(g.articles) for g in groups) == [1, 2]
    merged = next(g for g in groups if len(g.articles) == 2)
    assert merged.fields["when"] == "1950-01-31" and not merged.disputed


def test_facts_of_one_identity_share_an_index_block() -> None:
    """corroborate compares facts only within a block; a pair it would merge must share one."""
    from pathlib import Path

    from app.core.corpus import load_corpus
    from app.core.corroboration import identity_block, same_identity
    from app.core.facts import extract_facts

    root = Path(__file__).resolve().parents[2]
    articles = load_corpus(root / "seeds") + load_corpus(root / "tests" / "data" / "articles")
    facts = [fact for article in articles for fact in extract_facts(article)]
    pairs = [(a, b) for i, a in enumerate(facts) for b in facts[i + 1:] if same_identity(a, b)]
    assert len(pairs) >= 20  # the seeds retell many facts
    assert all(identity_block(a) == identity_block(b) for a, b in pairs)


def test_a_retold_visit_by_a_longer_name_still_merges() -> None:
    groups = corroborate([visit("a", 0, "Kim Il Sung", "Vietnam", "1958"),
                          visit("b", 5, "President Kim Il Sung", "Vietnam", "1958"),
                          visit("c", 9, "Kim Il Sung", "Laos", "1958")])
    assert sorted(len(g.sources) for g in groups) == [1, 2]
