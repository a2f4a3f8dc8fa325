from __future__ import annotations

from app.core.article_layout import Mark, layout_article, parse_highlight
from app.core.corpus import parse_article

TEXT = "A headline here\nFirst sentence here. Second sentence there.\n\nThird one."


def test_every_line_is_a_paragraph_of_sentences() -> None:
    paragraphs = layout_article(parse_article("a", TEXT))
    assert [[s.sentence_index for s in p] for p in paragraphs] == [[0], [1, None, 2], [3]]
    rebuilt = "".join(piece.text for piece in paragraphs[1][0].pieces)
    assert rebuilt == "First sentence here."


def test_a_mark_across_two_sentences_is_split_into_pieces() -> None:
    article = parse_article("a", TEXT)
    start = TEXT.index("here.")
    end = TEXT.index("Second") + len("Second")
    paragraphs = layout_article(article, [Mark(start, end, "highlight")])
    first, _, second = paragraphs[1]
    assert [(p.text, p.classes) for p in first.pieces] == [("First sentence ", ()), ("here.", ("highlight",))]
    assert second.pieces[0] == second.pieces[0].__class__("Second", ("highlight",))


def test_overlapping_marks_carry_both_classes() -> None:
    article = parse_article("a", TEXT)
    base = TEXT.index("First")
    paragraphs = layout_article(article, [Mark(base, base + 14, "date"), Mark(base + 6, base + 20, "visit")])
    pieces = paragraphs[1][0].pieces
    assert [p.classes for p in pieces] == [("date",), ("date", "visit"), ("visit",)]


def test_parse_highlight_accepts_only_valid_spans() -> None:
    assert parse_highlight("3-10", 20) == (3, 10)
    for bad in (None, "", "10-3", "3-99", "a-b", "-4", "5"):
        assert parse_highlight(bad, 20) is None, bad
