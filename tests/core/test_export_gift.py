"""Moodle GIFT: one question per block, special characters escaped."""
from __future__ import annotations

import pytest

from app.core.export import gift
from app.core.export.gift import gift_escape, gift_question, gift_text

from .export_factories import make_card, make_set, make_source

BASE = "https://factdeck.example"


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a~b", r"a\~b"), ("a=b", r"a\=b"), ("a#b", r"a\#b"), ("{a}", r"\{a\}"), ("a:b", r"a\:b"),
        ("a\\b", r"a\\b"), ("line\nbreak", r"line\nbreak"), ("plain text", "plain text"),
    ],
)
def test_special_characters_are_escaped(raw: str, escaped: str) -> None:
    assert gift_escape(raw) == escaped


def test_multiple_choice_marks_the_right_option_and_names_the_question() -> None:
    card = make_card("q-mc", "multiple_choice", explanation="", sources=())
    assert gift_question(card) == (
        "::q-mc::[html]In which year did Vietnam and the DPRK establish diplomatic relations? {~1945 =1950 ~1954}"
    )


def test_true_false_short_answer_and_cloze() -> None:
    assert gift_question(make_card("t", "true_false", sources=(), explanation="")).endswith("in 1950. {T}")
    assert gift_question(make_card("f", "true_false", answer="False", sources=(), explanation="")).endswith("{F}")
    short = gift_question(make_card("s", "short_answer", sources=(), explanation=""))
    assert short == "::s::[html]On what day of 1950? {=January 31 =31 January}"
    cloze = gift_question(make_card("c", "cloze", sources=(), explanation=""))
    assert cloze == "::c::[html]Vietnam and the DPRK established relations in {=1950}."


def test_feedback_carries_the_explanation_quote_and_link() -> None:
    card = make_card("q", "short_answer", explanation="See: the 1950 {note}", sources=(make_source(),))
    text = gift_question(card, BASE)
    feedback = text[text.index("####") + 4: text.rindex("}")]
    assert feedback.startswith(r"See\: the 1950 \{note\}<br><blockquote>Back in 1950")
    assert r'<a href\="https\://factdeck.example/articles/000_2ff08869235f4a8b?hl\=1262-1356\#s9">' in feedback
    # Nothing unescaped that GIFT would read as syntax.
    assert "{" not in feedback.replace("\\{", "") and "}" not in feedback.replace("\\}", "")


def test_markup_and_gift_syntax_in_text_cannot_break_out() -> None:
    card = make_card(
        "q", "multiple_choice", prompt="Pick <script>x</script> {=wrong}", options=("a=b", "c~d", "e#f"),
        answer="c~d", explanation="", sources=(),
    )
    assert gift_question(card) == (
        r"::q::[html]Pick &lt;script&gt;x&lt;/script&gt; \{\=wrong\} {~a\=b =c\~d ~e\#f}"
    )


def test_unknown_types_are_asked_as_short_answers_and_the_registry_takes_new_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card = make_card("q", "matching", prompt="Match", answer="A-1", sources=(), explanation="")
    assert gift_question(card) == "::q::[html]Match {=A-1}"
    monkeypatch.setitem(gift.GIFT_RENDERERS, "matching", lambda c, _base: f"{c.prompt} {{}}")
    assert gift_question(card) == "::q::[html]Match {}"


def test_a_file_has_a_category_per_set_and_blank_lines_between_questions() -> None:
    text = gift_text([make_set(slug="basics"), make_set(make_card("other"), slug="more", title="More")])
    blocks = text.strip().split("\n\n")
    assert blocks[0] == "// The basics\n$CATEGORY: $course$/Factdeck/basics"
    assert [b.split("::")[1] for b in blocks[1:5]] == ["q-mc", "q-tf", "q-short", "q-cloze"]
    assert blocks[5] == "// More\n$CATEGORY: $course$/Factdeck/more"
    assert len(blocks) == 7
    assert all("\n" not in block for block in blocks[1:5])
