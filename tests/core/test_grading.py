from __future__ import annotations

import pytest

from app.core.grading import is_correct, normalise_answer


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


def test_normalise_answer_strips_punctuation() -> None:
    assert normalise_answer("“Hà Nội!”") == "ha noi"
