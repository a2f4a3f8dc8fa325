"""``python -m app.core.facts PATH...``: print the facts of articles as JSON.

A file that cannot be read (empty, binary, not UTF-8, too large) is reported
on stderr by name and skipped; the exit code is then 1.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from app.core.corpus import ArticleError, load_article
from app.core.facts.extract import extract_facts


def facts_of_files(paths: list[str]) -> tuple[list[dict], list[str]]:
    """The facts of every readable file, and one error message per file that is not."""
    facts: list[dict] = []
    errors: list[str] = []
    for name in paths:
        try:
            article = load_article(name)
        except ArticleError as exc:
            errors.append(str(exc))
            continue
        except OSError as exc:
            errors.append(f"{name}: cannot read: {exc.strerror or exc}")
            continue
        if not article.text.strip():
            errors.append(f"{name}: empty file, no article text")
            continue
        facts.extend(fact.to_dict() for fact in extract_facts(article))
    return facts, errors


def main(argv: list[str] | None = None) -> int:
    paths = sys.argv[1:] if argv is None else argv
    if not paths:
        print("usage: python -m app.core.facts ARTICLE.txt...", file=sys.stderr)
        return 2
    facts, errors = facts_of_files(paths)
    for message in errors:
        print(f"error: {message}", file=sys.stderr)
    print(json.dumps(facts, ensure_ascii=False, indent=1))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
