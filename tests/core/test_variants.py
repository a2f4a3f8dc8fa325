"""Which form of a question a student meets: pure and deterministic."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from app.core.bank import Variant
from app.core.variants import (
    bank_variant,
    form_for_quiz,
    form_for_review,
    form_index_for_review,
    question_forms,
    variant_record,
)

SHORT = Variant(type="short_answer", prompt="Who visited Lontra in 1931?", answer="Alma Verr", accept=("Verr",))
TRUE_FALSE = Variant(type="true_false", prompt="Alma Verr visited Lontra in 1933.", answer="False",
                     options=("True", "False"))


def stored_question(*variants: Variant) -> SimpleNamespace:
    """A question row's attributes, as the questions table holds them."""
    return SimpleNamespace(
        id="q-1931", type="multiple_choice", prompt="In which year did Alma Verr visit Lontra?", answer="1931",
        options=["1929", "1931", "1933"], accept=[], explanation="", items=[], pairs=[],
        variants=[variant_record(v) for v in variants],
    )


def test_the_forms_are_the_question_then_its_variants_in_bank_order() -> None:
    forms = question_forms(stored_question(SHORT, TRUE_FALSE))
    assert [(f.index, f.type) for f in forms] == [(0, "multiple_choice"), (1, "short_answer"), (2, "true_false")]
    assert {f.id for f in forms} == {"q-1931"}  # a form has no id of its own
    assert forms[1].accept == ("Verr",) and forms[2].options == ("True", "False")


def test_a_row_from_before_variants_has_one_form() -> None:
    row = stored_question()
    row.variants = None
    assert [f.index for f in question_forms(row)] == [0]


def test_a_stored_record_reads_back_as_the_bank_variant() -> None:
    assert bank_variant(variant_record(TRUE_FALSE)) == TRUE_FALSE
    matching = Variant(type="matching", prompt="Match.", answer="a – 1; b – 2", pairs=(("a", "1"), ("b", "2")))
    assert bank_variant(variant_record(matching)) == matching


@pytest.mark.parametrize(
    ("form_count", "expected"),
    [(1, [0, 0, 0, 0, 0, 0]), (2, [0, 1, 0, 1, 0, 1]), (3, [0, 1, 2, 0, 1, 2])],
)
def test_study_shows_the_primary_first_then_the_variants_then_the_primary_again(form_count: int, expected: list[int]) -> None:
    assert [form_index_for_review(form_count, reps) for reps in range(6)] == expected


def test_form_for_review_picks_by_the_cards_reviews() -> None:
    forms = question_forms(stored_question(SHORT, TRUE_FALSE))
    assert [form_for_review(forms, reps).type for reps in (0, 1, 2, 3)] == [
        "multiple_choice", "short_answer", "true_false", "multiple_choice"]


def test_a_quiz_form_is_fixed_by_attempt_and_question_and_keeps_to_the_chosen_types() -> None:
    forms = question_forms(stored_question(SHORT, TRUE_FALSE))
    every = ["multiple_choice", "short_answer", "true_false"]
    assert all(form_for_quiz(forms, every, attempt) == form_for_quiz(forms, every, attempt) for attempt in range(20))
    assert {form_for_quiz(forms, every, attempt).index for attempt in range(40)} == {0, 1, 2}
    assert {form_for_quiz(forms, ["true_false"], attempt).index for attempt in range(20)} == {2}
    assert form_for_quiz(forms, ["timeline"], 1) is None
