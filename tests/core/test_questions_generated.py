"""Every generated question is grounded, supported, sound, and its distractors are wrong per the corpus."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pytest

from app import PROJECT_ROOT
from app.core.bank import Bank, parse_bank
from app.core.corpus import load_corpus
from app.core.facts.gazetteer import place_named
from app.core.grading import normalise_answer
from app.core.questions import GENERATORS, build_pool, draft_questions
from app.core.questions.checks import answer_supported, gives_answer_away

SEEDS = PROJECT_ROOT / "seeds"
QUESTIONS = PROJECT_ROOT / "questions"


@lru_cache(maxsize=1)
def articles():
    return load_corpus(SEEDS)


@lru_cache(maxsize=1)
def banks() -> list[Bank]:
    texts = {a.id: a.text for a in articles()}
    return [parse_bank(p.read_text(encoding="utf-8"), str(p), texts) for p in sorted(QUESTIONS.rglob("*.yaml"))]


def all_questions():
    return [q for bank in banks() for q in bank.questions]


def test_every_question_in_questions_is_grounded() -> None:
    texts = {a.id: a.text for a in articles()}
    for question in all_questions():
        for source in question.sources:
            assert texts[source.article][source.start:source.end] == source.quote, question.id


def test_every_generated_answer_is_supported_by_a_quote() -> None:
    for question in all_questions():
        if question.generated is None:
            continue
        quotes = [s.quote for s in question.sources]
        assert answer_supported(question.type, question.prompt, question.answer, quotes, pairs=question.pairs,
                                options=question.options) or \
            question.type == "true_false", question.id
        if question.type == "timeline":
            for year in re.findall(r"\((\d{4})\)", question.answer):
                assert any(year in q for q in quotes), (question.id, year)
        if question.type == "matching" and question.kind == "visit":
            for _, year in question.pairs:
                assert any(year in q for q in quotes), (question.id, year)


def test_the_generated_bank_covers_every_kind_and_type() -> None:
    """One question per fact, its other forms as variants: the seed facts give every type."""
    generated = [q for q in all_questions() if q.generated is not None]
    forms = [*generated, *(v for q in generated for v in q.variants)]
    # The seeds tell about 40 facts; one question per fact leaves a score of them askable, each
    # with up to three other forms.
    assert len(generated) >= 20 and len(forms) >= 50
    assert {form.type for form in forms} == set(GENERATORS)
    assert set(Counter(q.kind for q in generated)) == {"date", "visit", "anniversary", "agreement_area"}


def test_no_question_gives_its_answer_away_and_none_repeats() -> None:
    prompts = set()
    for question in all_questions():
        if question.generated is None:
            continue
        assert gives_answer_away(question.type, question.prompt, question.answer, question.options,
                                 question.items) is None, question.id
        key = (question.type, normalise_answer(question.prompt + " ".join(question.items)
                                               + " ".join(" ".join(p) for p in question.pairs)))
        assert key not in prompts, question.id
        prompts.add(key)
        assert len({normalise_answer(o) for o in question.options}) == len(question.options), question.id


def every_form(questions):
    return [form for question in questions for form in (question, *question.variants)]


def test_distractors_are_of_the_answers_type_and_not_true() -> None:
    pool = build_pool(articles())
    checked = Counter()
    for question in every_form(draft_questions(articles())):
        if question.type != "multiple_choice":
            continue
        wrong = [o for o in question.options if o != question.answer]
        if re.fullmatch(r"\d{4}", question.answer):
            assert all(re.fullmatch(r"\d{4}", o) for o in wrong), question.id
            if question.kind == "visit":
                visitor = re.match(r"In which year did (.+?) visit", question.prompt).group(1)
                assert not set(wrong) & pool.visit_years(visitor), question.id
                checked["year"] += 1
        elif re.fullmatch(r"\d+(st|nd|rd|th)?", question.answer):
            assert all(re.fullmatch(r"\d+(st|nd|rd|th)?", o) for o in wrong), question.id
        elif question.prompt.startswith("Which country"):
            visitor = re.match(r"Which country (?:did|will) (.+?) visit", question.prompt).group(1)
            assert all(place_named(o) is not None for o in wrong), question.options
            visited = {normalise_answer(d.split(",")[-1]) for d in pool.destinations_of(visitor)}
            assert not {normalise_answer(o) for o in wrong} & visited, question.id
            checked["country"] += 1
        elif question.kind == "agreement_area":
            named = pool.area_names()
            assert normalise_answer(question.answer) not in named and all(normalise_answer(o) in named for o in wrong)
            checked["area"] += 1
    assert checked["year"] and checked["area"]


def test_kim_il_sung_visit_years_never_offer_his_other_visit() -> None:
    """He visited Vietnam in 1958 and 1964: a question on one visit must not offer the other year."""
    visits = [q for q in every_form(draft_questions(articles()))
              if q.type == "multiple_choice" and q.prompt.startswith("In which year did Kim Il Sung")]
    assert visits
    for question in visits:
        assert {"1958", "1964"} & set(question.options) == {question.answer}, question.options


def test_poor_facts_are_skipped_not_asked() -> None:
    for question in draft_questions(articles()):
        assert "the head of" not in question.prompt.lower()
        assert "…" not in question.prompt.replace("… ", "").replace(" …", "")
        assert not re.search(r"\b(in|on) (and|but)\b", question.prompt)


def test_every_source_that_states_a_fact_is_listed() -> None:
    """Ho Chi Minh's 1957 visit is told by four articles; its questions cite all four."""
    questions = [q for q in draft_questions(articles()) if q.prompt == "In which year did Ho Chi Minh visit North Korea?"]
    assert questions and all(len({s.article for s in q.sources}) == 4 for q in questions)


@pytest.mark.parametrize("qtype", sorted(GENERATORS))
def test_each_generator_is_deterministic(qtype: str) -> None:
    pool_a, pool_b = build_pool(articles()), build_pool(articles())
    assert [q.to_json() for q in GENERATORS[qtype](pool_a)] == [q.to_json() for q in GENERATORS[qtype](pool_b)]
