from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.core.corpus import ArticleError, load_article, load_corpus, parse_article, split_sentences
from tests.conftest import SEEDS_DIR


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Ahead of To Lam's Oct. 9 – 11 state visit, Mr. Kim met U.S. President Trump. "
        "He left at 5 p.m. on Friday. Kim Sr. and Ho laid a foundation."
    )
    assert sentences(text) == [
        "Ahead of To Lam's Oct. 9 – 11 state visit, Mr. Kim met U.S. President Trump.",
        "He left at 5 p.m. on Friday.",
        "Kim Sr. and Ho laid a foundation.",
    ]


def test_sentences_end_inside_closing_quotes_and_at_line_ends() -> None:
    text = "He said: “I studied there. It was good.” Then he left\nHeadline without a stop\nLast one!"
    assert sentences(text) == [
        "He said: “I studied there.",
        "It was good.”",
        "Then he left",
        "Headline without a stop",
        "Last one!",
    ]


def test_a_lower_case_word_after_a_full_stop_continues_the_sentence() -> None:
    assert sentences("The trip was 3 km. long and ended well.") == ["The trip was 3 km. long and ended well."]


@pytest.mark.parametrize("path", sorted(SEEDS_DIR.glob("*.txt")), ids=lambda p: p.stem)
def test_seed_sentences_are_exact_spans_of_the_file(path: Path) -> None:
    article = load_article(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.sentences, "every seed has sentences"
    previous_end = 0
    for number, sentence in enumerate(article.sentences):
        assert sentence.index == number
        assert previous_end <= sentence.start < sentence.end
        chunk = article.text[sentence.start:sentence.end]
        assert chunk == chunk.strip() and chunk
        previous_end = sentence.end
    # Nothing but white space is left out of the sentences.
    covered = "".join(article.sentence_text(s) for s in article.sentences)
    assert "".join(covered.split()) == "".join(article.text.split())


def test_load_corpus_reads_every_seed_with_its_id_and_title() -> None:
    articles = load_corpus(SEEDS_DIR)
    assert [a.id for a in articles] == sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))
    first = articles[0]
    assert first.title == "Vietnam and DPRK look towards stronger bilateral relations"


def test_sentence_at_finds_the_sentence_holding_an_offset() -> None:
    article = parse_article("x", "One here. Two there.\nThree.")
    assert article.sentence_at(0).index == 0
    assert article.sentence_at(12).index == 1
    assert article.sentence_at(22).index == 2
    assert article.sentence_at(9) is None  # the space between sentences


def test_windows_line_endings_read_as_text_mode_does(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"A title here today\r\nFirst sentence. Second one.\r\n")
    article = load_article(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert [article.sentence_text(s) for s in article.sentences] == [
        "A title here today", "First sentence.", "Second one.",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02binary", "binary file"),
        ("caf\u00e9".encode("latin-1"), "not UTF-8"),
        (b"x" * 2_000_001, "the limit is"),
    ],
    ids=["binary", "latin-1", "too-large"],
)
def test_unreadable_files_raise_a_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as info:
        load_article(path)
    assert "bad.txt" in str(info.value)


def test_an_empty_file_is_an_article_with_no_sentences(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    article = load_article(path)
    assert article.sentences == () and article.text == ""


# --- hard line breaks and run-together sentences ------------------------------

def test_a_paragraph_wrapped_at_a_fixed_width_is_one_sentence() -> None:
    text = (
        "The foreign minister of the island state said on Monday that the\n"
        "talks with her counterpart had gone well and that a new agreement on\n"
        "fisheries would follow.\n"
        "Officials from both sides met again the next day."
    )
    assert sentences(text) == [
        text[: text.index("follow.") + len("follow.")],
        "Officials from both sides met again the next day.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The delegation was led by the\nDeputy Minister of Trade.",  # ends in "the"
        "Both sides have said that\nRelations are improving.",  # ends in "that"
        "The talks covered trade, energy,\nTourism and health.",  # ends in a comma
        "He met Mr\nSmith on the same day.",  # a title without a dot
        "They met on Nov.\n3 in the capital.",  # an abbreviation that needs a word after it
        "The minister said the visit\nwent well.",  # the next line starts in lower case
    ],
)
def test_a_line_that_cannot_end_a_sentence_joins_the_next(text: str) -> None:
    assert sentences(text) == [text]


def test_a_long_wrapped_line_carries_on_even_before_a_capitalised_word() -> None:
    text = (
        "Addressing the crowd\n"
        "in the main square on Friday afternoon, the Deputy Prime Minister and Home\n"
        "Minister said the two countries were close."
    )
    assert sentences(text) == [text]


def test_headlines_lists_bylines_and_blank_lines_stay_apart() -> None:
    text = (
        "Leaders agree on new trade deal\n"
        "By Jane Doe\n"
        "The two leaders met in the capital on Monday.\n"
        "They signed deals in these areas:\n"
        "- trade and investment;\n"
        "- energy\n"
        "Related stories\n"
        "Minister visits the coast\n"
        "The talks went on until late in the\n"
        "\n"
        "evening."
    )
    assert sentences(text) == [
        "Leaders agree on new trade deal",
        "By Jane Doe",
        "The two leaders met in the capital on Monday.",
        "They signed deals in these areas:",
        "- trade and investment;",
        "- energy",
        "Related stories",
        "Minister visits the coast",
        "The talks went on until late in the",
        "evening.",
    ]


def test_joined_sentences_keep_exact_offsets_across_the_line_break() -> None:
    text = "Intro line here today\n\nThe envoy arrived in the\ncapital on Friday. He left."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Intro line here today", "The envoy arrived in the\ncapital on Friday.", "He left.",
    ]
    assert spans[1][0] == text.index("The envoy")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks ended in Laos.The two sides agreed.", ["The talks ended in Laos.", "The two sides agreed."]),
        ("It was signed in 2019.Both sides welcomed it.", ["It was signed in 2019.", "Both sides welcomed it."]),
        ('It was a good day."We will return," he said.', ["It was a good day.", '"We will return," he said.']),
        ("He went home.”Then he slept.", ["He went home.”", "Then he slept."]),
    ],
)
def test_a_stop_glued_to_a_capitalised_word_ends_the_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He flew to the U.S.Army base near the coast.",  # a dotted acronym
        "Mr.Kim met the minister on Friday.",  # a title
        "The letter was signed J.Smith and sent.",  # an initial
        "Details are on example.com and on Gov.UK today.",  # domains
        "Growth reached 3.5 percent this year.",  # a decimal
        "The e.g.Example tag is a typo but not a stop.",
    ],
)
def test_abbreviations_initials_domains_and_decimals_are_not_glued_stops(text: str) -> None:
    assert sentences(text) == [text]


def test_splitting_stays_linear_on_long_pastes() -> None:
    text = ("and the visit of the\n" * 5_000) + ("Laos.The " * 20_000) + ("Headline here\n" * 5_000)
    started = time.perf_counter()
    spans = split_sentences(text)
    assert time.perf_counter() - started < 2.0
    assert spans and all(0 <= s < e <= len(text) for s, e in spans)


# --- titles --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("date 2025-10-12 HANOI — The two leaders met in the capital on Sunday and agreed on trade ties.\n",
         "The two leaders met in the capital on Sunday and agreed on trade ties."),
        ("date 2020-01-09 Leaders Reach Agreement on Trade\nSome outlet\nJanuary 8, 2020\n", "Leaders Reach Agreement on Trade"),
        ("21 Mar 2021\nMinisters sign six deals in capital\nBody of the story, long enough to be a paragraph here.\n",
         "Ministers sign six deals in capital"),
        (("The minister flew to the capital on Monday for talks on trade and energy with her host.\n"
         "Related stories today\n"), "The minister flew to the capital on Monday for talks on trade and energy with…"),
    ],
)
def test_the_title_is_never_a_date_line_nor_a_line_after_the_story_starts(text: str, title: str) -> None:
    assert parse_article("x", text).title == title


def test_a_wire_dateline_is_not_part_of_the_title() -> None:
    from app.core.corpus import parse_article

    text = "Lima, May 3, 2025 (Reuters) - Peru and Chile signed deals on trade and energy during a visit.\n\nMore."
    assert parse_article("x", text).title == "Peru and Chile signed deals on trade and energy during a visit."
    assert parse_article("x", "date 2025-10-12 HÀ NỘI — Leaders of Vietnam and Laos met.\n\nMore.").title == (
        "Leaders of Vietnam and Laos met.")


def test_a_sentence_ending_in_a_colon_keeps_its_numbered_list() -> None:
    text = "Accord\n\nThey agreed on these areas:\n\n  1. Trade\n  2. Health and education\n\nThe talks ended.\n"
    article = parse_article("t", text)
    sentences = [article.sentence_text(s) for s in article.sentences]
    assert "They agreed on these areas:\n\n  1. Trade\n  2. Health and education" in sentences
    assert "The talks ended." in sentences
    bullets = text.replace("  1. ", "- ").replace("  2. ", "- ")
    article = parse_article("t", bullets)
    assert "They agreed on these areas:" in [article.sentence_text(s) for s in article.sentences]
    one_item = "Accord\n\nThey agreed on these areas:\n1. Trade\n\nThe talks ended.\n"
    article = parse_article("t", one_item)
    assert "They agreed on these areas:" in [article.sentence_text(s) for s in article.sentences]
