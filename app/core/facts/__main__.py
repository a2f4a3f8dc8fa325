"""``python -m app.core.facts PATH...``: print the facts of articles as JSON.

A file that cannot be read (empty, binary, not UTF-8, too large) is reported
on stderr by name and skipped; the exit code is then 1.
"""
from __future__ import annotations

import json
import sys

from app.core.facts.files import facts_of_files

__all__ = ["facts_of_files", "main"]


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
