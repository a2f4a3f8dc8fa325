"""A saved web page or pasted HTML as an article's plain text.

The main text is found by trafilatura, a library made for exactly this (it
drops navigation, footers, comment sections and related-story lists); the
headline and the publication date come from the page's metadata, so a title
is never taken from a date line or a menu.
"""
from __future__ import annotations

import re

import trafilatura

# Enough markup to be a page, not a text that mentions "<b>" once.
_TAG = re.compile(r"(?i)<(?:html|head|body|article|main|div|p|span|h[1-6]|ul|ol|li|a|br|section|header|footer|nav"
                  r"|table|meta|title|script|style)\b[^>]*>")


MIN_WORDS = 20  # fewer is a menu or a caption, not a story


class NotAnArticle(ValueError):
    """The page has no article text trafilatura could find."""


def looks_like_html(text: str) -> bool:
    start = text.lstrip()[:200].lower()
    return start.startswith(("<!doctype html", "<html")) or len(_TAG.findall(text[:20_000])) >= 3


def article_text(html: str) -> str:
    """The page as an article: its headline, a "date YYYY-MM-DD" line when the page gives its date,
    and the story's paragraphs, blank lines between them."""
    body = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=False,
                               include_links=False, favor_precision=True)
    if not body or len(body.split()) < MIN_WORDS:
        raise NotAnArticle("no article text was found in this page (is it the article itself, not a menu or index?)")
    metadata = trafilatura.extract_metadata(html)
    title = (metadata.title or "").strip() if metadata else ""
    date = (metadata.date or "").strip() if metadata else ""
    paragraphs = [" ".join(line.split()) for line in body.splitlines() if line.strip()]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    head = [title] if title else []
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        head.append(f"date {date}")
    return "\n\n".join([*head, *paragraphs]) + "\n"
