from __future__ import annotations

import time

import pytest

from app.core.bank import BankError, check_unique_across, parse_bank

ARTICLE = "A title line\nHo Chi Minh visited the DPRK in 1957. Kim Il Sung came the year after.\n"
QUOTE = "Ho Chi Minh visited the DPRK in 1957."
START = ARTICLE.index(QUOTE)
ARTICLES = {"art-1": ARTICLE}


def bank_text(question: str = "", *, set_block: str | None = None) -> str:
    """A valid bank file; ``question`` replaces the default question's body."""
    set_block = set_block if set_block is not None else "set:\n  slug: demo\n  title: Demo set\n"
    question = question or f"""\
  - id: q-1957
    type: multiple_choice
    prompt: When did Ho Chi Minh visit the DPRK?
    options: ["1955", "1957", "1961"]
    answer: "1957"
    explanation: The article says so.
    sources:
      - article: art-1
        start: {START}
        end: {START + len(QUOTE)}
        quote: "{QUOTE}"
"""
    return set_block + "questions:\n" + question


def problems_of(text: str) -> list[str]:
    with pytest.raises(BankError) as info:
        parse_bank(text, "questions/demo.yaml", ARTICLES)
    return info.value.problems


def test_a_valid_bank_parses_into_questions_with_sources() -> None:
    bank = parse_bank(bank_text(), "questions/demo.yaml", ARTICLES)
    assert bank.slug == "demo" and bank.title == "Demo set"
    (question,) = bank.questions
    assert question.id == "q-1957" and question.answer == "1957"
    assert question.options == ("1955", "1957", "1961")
    (source,) = question.sources
    assert ARTICLE[source.start:source.end] == source.quote == QUOTE


def test_a_quote_that_is_not_the_article_text_names_file_line_and_field() -> None:
    text = bank_text().replace(f"end: {START + len(QUOTE)}", f"end: {START + len(QUOTE) - 1}")
    (problem,) = problems_of(text)
    assert problem.startswith("questions/demo.yaml:15: question 'q-1957': sources: quote: does not match")


def test_an_answer_not_among_the_options_is_reported_at_its_line() -> None:
    (problem,) = problems_of(bank_text().replace('answer: "1957"', 'answer: "1958"'))
    assert problem == "questions/demo.yaml:9: question 'q-1957': answer: '1958' is not one of the options"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("    prompt: When did Ho Chi Minh visit the DPRK?\n", ""), ":5: question 'q-1957': prompt: missing"),
        (("type: multiple_choice", "type: essay"), ":6: question 'q-1957': type: 'essay' is not one of"),
        (("    explanation:", "    colour: red\n    explanation:"), ":10: question 'q-1957': colour: unknown field"),
        (('options: ["1955", "1957", "1961"]', 'options: ["1957", "1961"]'), ":8: question 'q-1957': options: need at least 3"),
        (('options: ["1955", "1957", "1961"]', 'options: ["1957", "1957", "1961"]'), ":8: question 'q-1957': options: contain a duplicate"),
        (("article: art-1", "article: art-9"), ":12: question 'q-1957': sources: article: no article 'art-9'"),
        ((f"start: {START}", "start: -4"), ":13: question 'q-1957': sources: start: must be a whole number"),
        ((f"start: {START}", "start: 99999"), ":13: question 'q-1957': sources: start/end:"),
        (("id: q-1957", "id: Q 1957!"), ":5: question 'Q 1957!': id: must be"),
        (("    prompt: When", "    prompt: [1, 2]\n    x_prompt: When"), ":7: question 'q-1957': prompt: must be text, got a list"),
    ],
    ids=["missing-prompt", "bad-type", "unknown-field", "few-options", "duplicate-option", "unknown-article",
         "negative-start", "span-outside", "bad-id", "prompt-list"],
)
def test_each_bad_field_gets_its_message(edit: tuple[str, str], expected: str) -> None:
    text = bank_text().replace(*edit)
    assert text != bank_text(), "the edit must change the file"
    problems = problems_of(text)
    assert any(expected in p for p in problems), problems


def test_every_problem_is_reported_at_once() -> None:
    text = bank_text().replace('answer: "1957"', 'answer: "1958"').replace("type: multiple_choice\n", "type: multiple_choice\n    hint: x\n")
    assert len(problems_of(text)) == 2


def test_bad_yaml_names_the_line() -> None:
    (problem,) = problems_of("set:\n  slug: demo\n  title: [unclosed\nquestions: []\n")
    assert problem.startswith("questions/demo.yaml:") and "invalid YAML" in problem


def test_missing_set_and_questions_are_reported() -> None:
    problems = problems_of("colour: blue\n")
    assert any("set: missing" in p for p in problems)
    assert any("questions: missing" in p for p in problems)
    assert any("colour: unknown field" in p for p in problems)


def test_true_false_and_cloze_rules() -> None:
    source = f"""    sources:
      - {{article: art-1, start: {START}, end: {START + len(QUOTE)}, quote: "{QUOTE}"}}
"""
    good = f"""  - id: tf
    type: true_false
    prompt: Ho Chi Minh visited the DPRK in 1957.
    answer: true
{source}  - id: cz
    type: cloze
    prompt: Ho Chi Minh visited the DPRK in ____.
    answer: 1957
{source}"""
    bank = parse_bank(bank_text(good), "b.yaml", ARTICLES)
    assert [(q.type, q.answer, q.options) for q in bank.questions] == [
        ("true_false", "True", ("True", "False")), ("cloze", "1957", ()),
    ]
    problems = problems_of(bank_text(good.replace("answer: true", 'answer: "yes"').replace("in ____.", "in 1957.")))
    assert any("tf': answer: a true_false answer must be true or false" in p for p in problems)
    assert any("cz': prompt: a cloze prompt needs exactly one ____ blank" in p for p in problems)


def test_duplicate_ids_in_one_file_and_across_files() -> None:
    doubled = bank_text() + bank_text().split("questions:\n", 1)[1]
    assert any("id: duplicate of the question at line 5" in p for p in problems_of(doubled))
    one = parse_bank(bank_text(), "a.yaml", ARTICLES)
    other = parse_bank(bank_text(set_block="set:\n  slug: other\n  title: Other\n"), "b.yaml", ARTICLES)
    with pytest.raises(BankError, match=r"b.yaml:5: question 'q-1957': id: also used in a.yaml:5"):
        check_unique_across([one, other])


def test_aliases_are_refused_before_expansion() -> None:
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
        f'{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n' for i in range(9)
    )
    started = time.perf_counter()
    (problem,) = problems_of(bomb)
    assert time.perf_counter() - started < 1.0
    assert problem == "questions/demo.yaml:2: YAML aliases (*name) are not allowed"


def test_deep_nesting_and_huge_files_are_refused() -> None:
    (deep,) = problems_of("a: " + "[" * 50 + "]" * 50 + "\n")
    assert "nested deeper than 20 levels" in deep
    (huge,) = problems_of("# " + "x" * 3_000_000 + "\n")
    assert "the limit is 2,000,000" in huge


def _new_type_question(body: str) -> str:
    return bank_text(f"""  - id: q-new
{body}    sources:
      - {{article: art-1, start: {START}, end: {START + len(QUOTE)}, quote: "{QUOTE}"}}
""")


TIMELINE = """    type: timeline
    kind: date
    prompt: Put these events in order.
    items: ["A happened", "B happened", "C happened"]
    answer: "A (1950) → B (1957) → C (1958)"
    reviewed: true
    generated:
      version: factdeck-questions/1
      facts: [date-1]
      inputs:
        - {article: art-1, sha256: "%s"}
      text_sha256: 0123456789abcdef
""" % ("a" * 64)
MATCHING = """    type: matching
    kind: visit
    prompt: Match each visit to its year.
    pairs: [["Ho's visit", "1957"], ["Kim's visit", "1958"]]
    answer: "Ho's visit – 1957; Kim's visit – 1958"
"""


def test_timeline_and_matching_questions_parse() -> None:
    (timeline,) = parse_bank(_new_type_question(TIMELINE), "b.yaml", ARTICLES).questions
    assert timeline.items == ("A happened", "B happened", "C happened") and timeline.kind == "date"
    assert timeline.reviewed is True and timeline.generated.facts == ("date-1",)
    assert timeline.generated.inputs == (("art-1", "a" * 64),)
    (matching,) = parse_bank(_new_type_question(MATCHING), "b.yaml", ARTICLES).questions
    assert matching.pairs == (("Ho's visit", "1957"), ("Kim's visit", "1958"))


@pytest.mark.parametrize(
    ("body", "edit", "expected"),
    [
        (TIMELINE, ('["A happened", "B happened", "C happened"]', '["A happened", "B happened"]'), "items: a timeline needs 3 to 10"),
        (TIMELINE, ('"C happened"]', '"B happened"]'), "items: contain a duplicate"),
        (TIMELINE, ("kind: date", "kind: rumour"), "kind: 'rumour' is not one of"),
        (TIMELINE, ("reviewed: true", "reviewed: maybe"), "reviewed: must be true or false"),
        (TIMELINE, ("version: factdeck-questions/1", "version: [1]"), "generated: version: must be text"),
        (TIMELINE, ('sha256: "' + "a" * 64 + '"', "sha256: abc"), "generated: inputs: sha256: must be 64"),
        (TIMELINE, ("facts: [date-1]", "facts: []"), "generated: facts: need at least one"),
        (TIMELINE, ("text_sha256: 0123456789abcdef", "text_sha256: xyz"), "text_sha256: must be 16 hex"),
        (TIMELINE, ("      text_sha256", "      colour: red\n      text_sha256"), "generated: colour: unknown field"),
        (TIMELINE, ("    items:", "    options: [a, b, c]\n    items:"), "options: timeline questions take no options"),
        (MATCHING, ('["Kim\'s visit", "1958"]', '["Kim\'s visit"]'), "pairs: each pair is a list of two texts"),
        (MATCHING, ('"1958"]]', '"1957"]]'), "pairs: two pairs have the same right side"),
        (MATCHING, ("    pairs:", "    items: [a, b, c]\n    pairs:"), "items: only timeline questions take items"),
    ],
    ids=["few-items", "duplicate-item", "bad-kind", "bad-reviewed", "bad-version", "bad-sha", "no-facts",
         "bad-digest", "unknown-generated-field", "timeline-options", "bad-pair", "duplicate-right", "items-on-matching"],
)
def test_each_bad_new_field_gets_its_message(body: str, edit: tuple[str, str], expected: str) -> None:
    assert edit[0] in body
    problems = problems_of(_new_type_question(body.replace(*edit)))
    assert any(expected in p and p.startswith("questions/demo.yaml:") and "question 'q-new'" in p for p in problems), problems
