"""Facts of article files, with a clear message for each file that cannot be read."""
from __future__ import annotations

from pathlib import Path

from app.core.corpus import ArticleError, article_id_for, decode_article_bytes, parse_article
from app.core.facts.extract import extract_facts

# Longer lines are not prose (minified pages, data dumps); splitting them into
# sentences would cost far more than they are worth.
MAX_LINE_CHARS = 50_000


def facts_of_files(paths: list[str]) -> tuple[list[dict], list[str]]:
    """The facts of every readable file, and one error message per file that is not."""
    facts: list[dict] = []
    errors: list[str] = []
    for name in paths:
        try:
            text = decode_article_bytes(Path(name).read_bytes(), str(name))
        except ArticleError as exc:
            errors.append(str(exc))
            continue
        except OSError as exc:
            errors.append(f"{name}: cannot read: {exc.strerror or exc}")
            continue
        if not text.strip():
            errors.append(f"{name}: empty file, no article text")
            continue
        longest = max(len(line) for line in text.split("\n"))
        if longest > MAX_LINE_CHARS:
            errors.append(f"{name}: a line of {longest:,} characters; not article text (limit {MAX_LINE_CHARS:,})")
            continue
        article = parse_article(article_id_for(name), text)
        facts.extend(fact.to_dict() for fact in extract_facts(article))
    return facts, errors
