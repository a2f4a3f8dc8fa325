from __future__ import annotations

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
