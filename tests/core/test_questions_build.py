"""Builds are byte-identical, keep hand edits, and ids follow facts, not wording."""
from __future__ import annotations

from app import PROJECT_ROOT
from app.core.bank import parse_bank
from app.core.corpus import load_corpus, parse_article
from app.core.questions import draft_questions
from app.core.questions.build import build_bank_text

META = {"slug": "demo", "title": "Demo", "description": "d"}


def build(articles, previous=None) -> str:
    return build_bank_text(articles, previous=previous, **META)


def seeds():
    return load_corpus(PROJECT_ROOT / "seeds")


def test_building_twice_gives_identical_bytes_and_a_valid_bank() -> None:
    first, second = build(seeds()), build(seeds())
    assert first == second
    bank = parse_bank(first, "demo.yaml", {a.id: a.text for a in seeds()})
    assert all(q.generated and q.generated.inputs for q in bank.questions)
    assert [q.id for q in bank.questions] == sorted(q.id for q in bank.questions)


def test_a_reviewed_question_keeps_its_text_on_rebuild() -> None:
    text = build(seeds())
    qid = "visit-03c54f1d98-mc"
    old = "prompt: In which year did Ho Chi Minh visit North Korea?"
    assert old in text
    edited = text.replace(old, "prompt: When did President Ho Chi Minh first travel to the DPRK?\n  reviewed: true")
    rebuilt = build(seeds(), edited)
    assert "When did President Ho Chi Minh first travel to the DPRK?" in rebuilt
    assert old not in rebuilt
    assert build(seeds(), rebuilt) == rebuilt
    assert rebuilt.count(f"- id: {qid}\n") == 1


def test_a_hand_edit_without_the_flag_survives_too() -> None:
    text = build(seeds())
    edited = text.replace("prompt: In which year did Ho Chi Minh visit North Korea?",
                          "prompt: In what year did Ho Chi Minh go to North Korea?")
    assert "In what year did Ho Chi Minh go to North Korea?" in build(seeds(), edited)


def test_an_unedited_question_is_regenerated() -> None:
    text = build(seeds())
    stale = text.replace("factdeck-questions/1", "factdeck-questions/0", 1)
    assert build(seeds(), stale) == text


def test_ids_stay_when_a_sentence_is_reworded() -> None:
    article = "Title line here\nPresident Ho Chi Minh visited the DPRK in 1957. Trade between the two nations largely came to an end in 1996.\n"
    reworded = "Title line here\nIn 1957, President Ho Chi Minh paid a visit to the DPRK. In 1996, trade between the two nations largely came to an end.\n"
    before = {q.id for q in draft_questions([parse_article("a", article)])}
    after = {q.id for q in draft_questions([parse_article("a", reworded)])}
    assert before and before == after


def test_facts_already_read_are_used_as_given_not_extracted_again() -> None:
    from app.core.facts import extract_facts

    corpus = seeds()
    read = {a.id: tuple(extract_facts(a)) for a in corpus}
    assert draft_questions(corpus, read) == draft_questions(corpus)
    # An article whose facts are given as none adds none: its text was not read again.
    silent = {**read, corpus[0].id: ()}
    assert all(s.article != corpus[0].id for q in draft_questions(corpus, silent) for s in q.sources)
