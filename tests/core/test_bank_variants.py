"""Variants in a bank file: other forms of a question's fact, checked by the
rules of their type, sharing the question's id and sources."""
from __future__ import annotations

import pytest

from app.core.bank import BankError, Variant, check_question, dump_bank, parse_bank, question_mapping

ARTICLE = "A made-up title\nAlma Verr visited Lontra in 1931. Tomas Brel came the year after.\n"
QUOTE = "Alma Verr visited Lontra in 1931."
START = ARTICLE.index(QUOTE)
ARTICLES = {"art-v": ARTICLE}
NAME = "questions/variants.yaml"

# Line 5 is the question's "- id:", line 10 "variants:", variant 1 starts at line 11.
GOOD = f"""\
set:
  slug: variants
  title: Variants
questions:
  - id: q-1931
    type: multiple_choice
    prompt: In which year did Alma Verr visit Lontra?
    options: ["1929", "1931", "1933"]
    answer: "1931"
    variants:
      - type: short_answer
        prompt: Who visited Lontra in 1931?
        answer: Alma Verr
        accept: [Verr]
      - type: true_false
        prompt: Alma Verr visited Lontra in 1933.
        answer: false
        explanation: She went in 1931.
      - type: cloze
        prompt: Alma Verr visited Lontra in ____.
        answer: 1931
      - type: timeline
        prompt: Put these in order.
        items: [Alma Verr's visit, Tomas Brel's visit, The treaty]
        answer: Alma Verr's visit → Tomas Brel's visit → The treaty
      - type: matching
        prompt: Match each visitor to the year.
        pairs: [[Alma Verr, "1931"], [Tomas Brel, "1932"]]
        answer: Alma Verr – 1931; Tomas Brel – 1932
    sources:
      - article: art-v
        start: {START}
        end: {START + len(QUOTE)}
        quote: "{QUOTE}"
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(BankError) as caught:
        parse_bank(text, NAME, ARTICLES)
    return caught.value.problems


def test_variants_of_every_type_parse_by_their_types_rules() -> None:
    (question,) = parse_bank(GOOD, NAME, ARTICLES).questions
    assert question.type == "multiple_choice" and question.answer == "1931"
    short, true_false, cloze, timeline, matching = question.variants
    assert short == Variant(type="short_answer", prompt="Who visited Lontra in 1931?", answer="Alma Verr",
                            accept=("Verr",))
    assert (true_false.answer, true_false.options, true_false.explanation) == ("False", ("True", "False"),
                                                                               "She went in 1931.")
    assert cloze.answer == "1931"
    assert timeline.items == ("Alma Verr's visit", "Tomas Brel's visit", "The treaty")
    assert matching.pairs == (("Alma Verr", "1931"), ("Tomas Brel", "1932"))


def test_a_question_without_variants_has_none() -> None:
    text = GOOD[:GOOD.index("    variants:")] + GOOD[GOOD.index("    sources:"):]
    (question,) = parse_bank(text, NAME, ARTICLES).questions
    assert question.variants == ()


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("        answer: Alma Verr\n", "        answer: Alma Verr\n        id: q-other\n"),
         f"{NAME}:14: question 'q-1931': variant 1: id: a variant shares its question's id; leave it out"),
        (("        answer: Alma Verr\n", "        answer: Alma Verr\n        sources: []\n"),
         f"{NAME}:14: question 'q-1931': variant 1: sources: a variant shares its question's sources; leave it out"),
        (("        answer: Alma Verr\n", "        answer: Alma Verr\n        kind: visit\n"),
         f"{NAME}:14: question 'q-1931': variant 1: kind: a variant shares its question's fact kind; leave it out"),
        (("        answer: Alma Verr\n", "        answer: Alma Verr\n        reviewed: true\n"),
         f"{NAME}:14: question 'q-1931': variant 1: reviewed: a variant shares its question's review mark; leave it out"),
        (("        answer: Alma Verr\n", "        answer: Alma Verr\n        generated: {version: x}\n"),
         (f"{NAME}:14: question 'q-1931': variant 1: generated: a variant shares its question's generator record;"
          " leave it out")),
        (("        answer: Alma Verr\n", "        answer: Alma Verr\n        variants: []\n"),
         f"{NAME}:14: question 'q-1931': variant 1: variants: a variant has no variants of its own"),
        (("        answer: Alma Verr\n", "        answer: Alma Verr\n        colour: red\n"),
         (f"{NAME}:14: question 'q-1931': variant 1: colour: unknown field (allowed in a variant: type, prompt,"
          " options, items, pairs, answer, accept, explanation)")),
        (("type: short_answer", "type: essay"),
         f"{NAME}:11: question 'q-1931': variant 1: type: 'essay' is not one of"),
        (("        prompt: Who visited Lontra in 1931?\n", ""),
         f"{NAME}:11: question 'q-1931': variant 1: prompt: missing"),
        (("        answer: false\n", "        answer: nope\n"),
         f"{NAME}:17: question 'q-1931': variant 2: answer: a true_false answer must be true or false"),
        (("Lontra in ____.", "Lontra in 1931."),
         f"{NAME}:20: question 'q-1931': variant 3: prompt: a cloze prompt needs exactly one ____ blank"),
        (("items: [Alma Verr's visit, Tomas Brel's visit, The treaty]", "items: [Alma Verr's visit, The treaty]"),
         f"{NAME}:24: question 'q-1931': variant 4: items: a timeline needs 3 to 10 events"),
        (('        pairs: [[Alma Verr, "1931"], [Tomas Brel, "1932"]]\n', ""),
         f"{NAME}:26: question 'q-1931': variant 5: pairs: missing"),
        (("        prompt: Who visited Lontra in 1931?\n",
          "        prompt: Who visited Lontra in 1931?\n        options: [a, b, c]\n"),
         f"{NAME}:13: question 'q-1931': variant 1: options: short_answer questions take no options"),
        (("      - type: short_answer\n", '      - type: multiple_choice\n        options: ["A", "B", "C"]\n'),
         f"{NAME}:14: question 'q-1931': variant 1: answer: 'Alma Verr' is not one of the options"),
    ],
    ids=["id", "sources", "kind", "reviewed", "generated", "nested", "unknown", "bad-type", "no-prompt",
         "tf-answer", "cloze-blank", "few-items", "no-pairs", "sa-options", "mc-answer"],
)
def test_each_bad_variant_field_names_file_line_variant_and_field(edit: tuple[str, str], expected: str) -> None:
    assert edit[0] in GOOD
    problems = problems_of(GOOD.replace(*edit, 1))
    assert any(p.startswith(expected) for p in problems), problems


def test_a_variant_repeating_the_question_or_another_variant_is_refused() -> None:
    same_as_question = GOOD.replace("      - type: short_answer\n        prompt: Who visited Lontra in 1931?",
                                    "      - type: multiple_choice\n        prompt: In which year did Alma Verr visit"
                                    ' Lontra?\n        options: ["1929", "1931", "1933"]', 1).replace(
        "        answer: Alma Verr\n        accept: [Verr]\n", '        answer: "1931"\n', 1)
    assert problems_of(same_as_question) == [
        f"{NAME}:12: question 'q-1931': variant 1: prompt: the same type and prompt as the question itself"]
    twice = GOOD.replace("      - type: cloze\n", "      - type: true_false\n        prompt: Alma Verr visited"
                         " Lontra in 1933.\n        answer: true\n      - type: cloze\n", 1)
    (problem,) = problems_of(twice)
    assert problem.endswith("variant 3: prompt: the same type and prompt as variant 2")


@pytest.mark.parametrize(
    ("variants", "expected"),
    [
        ("    variants: a short answer\n", f"{NAME}:10: question 'q-1931': variants: must be a list of forms"),
        ("    variants:\n      - just text\n", f"{NAME}:11: question 'q-1931': variant 1: must be a mapping of type"),
    ],
    ids=["not-a-list", "not-a-mapping"],
)
def test_variants_that_are_not_a_list_of_mappings_are_refused(variants: str, expected: str) -> None:
    text = GOOD[:GOOD.index("    variants:")] + variants + GOOD[GOOD.index("    sources:"):]
    (problem,) = problems_of(text)
    assert problem.startswith(expected)


def test_every_problem_of_the_question_and_its_variants_is_reported_at_once() -> None:
    text = GOOD.replace('answer: "1931"', 'answer: "1930"', 1).replace("Lontra in ____.", "Lontra in 1931.", 1)
    problems = problems_of(text)
    assert [p.split(": ", 2)[1:] for p in problems] == [
        ["question 'q-1931'", "answer: '1930' is not one of the options"],
        ["question 'q-1931'", "variant 3: prompt: a cloze prompt needs exactly one ____ blank"],
    ]


def test_variants_round_trip_through_dump_bank() -> None:
    bank = parse_bank(GOOD, NAME, ARTICLES)
    text = dump_bank(bank)
    again = parse_bank(text, NAME, ARTICLES)
    assert again.questions[0].variants == bank.questions[0].variants
    assert dump_bank(again) == text
    mapping = question_mapping(bank.questions[0])
    assert list(mapping)[-2:] == ["variants", "sources"]
    assert mapping["variants"][1] == {"type": "true_false", "prompt": "Alma Verr visited Lontra in 1933.",
                                      "answer": False, "explanation": "She went in 1931."}
    assert mapping["variants"][0] == {"type": "short_answer", "prompt": "Who visited Lontra in 1931?",
                                      "answer": "Alma Verr", "accept": ["Verr"]}


def test_check_question_takes_a_mapping_with_variants_as_a_draft_has_them() -> None:
    mapping = question_mapping(parse_bank(GOOD, NAME, ARTICLES).questions[0])
    assert len(check_question(mapping, ARTICLES).variants) == 5
    mapping["variants"][2]["prompt"] = "No blank here."
    with pytest.raises(BankError) as caught:
        check_question(mapping, ARTICLES)
    assert caught.value.problems == [
        "form:1: question 'q-1931': variant 3: prompt: a cloze prompt needs exactly one ____ blank"]
