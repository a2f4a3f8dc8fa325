"""dump_bank round-trips through parse_bank; check_question applies a bank
file's rules to one question given as a plain mapping."""
from __future__ import annotations

import dataclasses

import pytest

from app.core.bank import BankError, check_question, dump_bank, parse_bank, problems_by_field
from app.core.corpus import load_corpus
from tests.conftest import QUESTIONS_DIR, SEEDS_DIR

TEXTS = {article.id: article.text for article in load_corpus(SEEDS_DIR)}
SOURCE = {"article": "000_2ff08869235f4a8b", "start": 1262, "end": 1356,
          "quote": "Back in 1950, on January 31, Vietnam and the DPRK officially established diplomatic relations."}


def without_lines(bank):
    return dataclasses.replace(bank, name="", questions=tuple(dataclasses.replace(q, line=0) for q in bank.questions))


@pytest.mark.parametrize("path", sorted(QUESTIONS_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_dump_bank_round_trips_every_committed_bank(path) -> None:
    bank = parse_bank(path.read_text(encoding="utf-8"), path.name, TEXTS)
    text = dump_bank(bank)
    again = parse_bank(text, "dumped.yaml", TEXTS)
    assert without_lines(again) == without_lines(bank)
    assert dump_bank(again) == text


def test_check_question_accepts_a_valid_mapping() -> None:
    question = check_question({"id": "q-1", "type": "true_false", "prompt": "Relations began in 1950.",
                               "answer": True, "sources": [SOURCE]}, TEXTS)
    assert question.answer == "True" and question.sources[0].start == 1262


def test_check_question_reports_by_field() -> None:
    with pytest.raises(BankError) as caught:
        check_question({"id": "q-1", "type": "multiple_choice", "prompt": "Which year?", "answer": "1952",
                        "options": ["1950", "1951"], "sources": [{**SOURCE, "quote": "Back in 1951"}]}, TEXTS)
    fields = problems_by_field(caught.value.problems)
    assert fields["options"] == ["need at least 3 (the answer and 2 distractors)"]
    assert fields["answer"] == ["'1952' is not one of the options"]
    assert fields["sources"][0].startswith("does not match text[1262:1356]")
