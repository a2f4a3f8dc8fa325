from __future__ import annotations

import pytest

from app.core.grading import fold, is_correct, normalise_answer


@pytest.mark.parametrize(
    ("given", "answer"),
    [("to lam", "Tô Lâm"), ("Kim Il-sung", "Kim Il Sung"), ("  KIM  il   SUNG ", "Kim Il Sung"), ("Doi Moi", "Đổi Mới")],
)
def test_typed_answers_forgive_case_diacritics_hyphens_and_spacing(given: str, answer: str) -> None:
    assert is_correct("short_answer", answer, given)


def test_typed_answers_are_strict_about_content() -> None:
    assert not is_correct("short_answer", "Kim Il Sung", "Kim Jong Un")
    assert not is_correct("cloze", "1957", "1958")


def test_accepted_alternatives_count() -> None:
    assert is_correct("short_answer", "January 31", "31 january", accept=["31 January"])


def test_choices_must_match_exactly() -> None:
    assert is_correct("multiple_choice", "1957", "1957")
    assert not is_correct("multiple_choice", "1957", " 1957x")


def test_fold_strips_punctuation_and_accents_and_aliases_fold_further() -> None:
    assert fold("“Hà Nội!”") == "ha noi"
    assert normalise_answer("“Hà Nội!”") == "hanoi"


@pytest.mark.parametrize(
    ("given", "answer"),
    [("North Korea", "DPRK"), ("the DPRK", "North Korea"), ("Viet Nam", "Vietnam"), ("Hà Nội", "Hanoi"),
     ("eightieth", "80th"), ("80", "80th"), ("Eighty", "80"), ("seventy-fifth", "75th"), ("twenty one", "21")],
)
def test_aliases_and_number_words_are_forgiven(given: str, answer: str) -> None:
    assert is_correct("short_answer", answer, given)


@pytest.mark.parametrize(
    ("given", "answer"),
    [("South Korea", "DPRK"), ("seventieth", "80th"), ("81", "80"), ("China", "Vietnam"), ("Kim", "Kim Il Sung")],
)
def test_near_misses_stay_wrong(given: str, answer: str) -> None:
    assert not is_correct("short_answer", answer, given)
