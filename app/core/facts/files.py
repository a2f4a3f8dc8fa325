"""Facts of article files, with a clear message for each file that cannot be read."""
from __future__ import annotations

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
