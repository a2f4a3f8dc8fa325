"""Factdeck.url_for remembers the URLs it builds: every remembered URL must
be the one Flask would build for the same request."""
from __future__ import annotations

import itertools

import pytest
from flask import Flask

CASES = [
    ("static", {"filename": "style.css"}),
    ("home.index", {}),
    ("study.show", {"slug": "a-set"}),
    ("study.show", {"slug": "a-set", "mode": "flashcards"}),
    ("study.show", {"mode": "flashcards", "slug": "a-set"}),
    ("articles.show", {"article_id": "an-article", "hl": "10-20"}),
    ("articles.show", {"article_id": "an-article", "_anchor": "s3"}),
    ("home.index", {"_external": True}),
    ("home.index", {"tag": ["a", "b"]}),  # a list cannot be part of a key
    (".show", {"slug": "a-set"}),
    (".index", {}),
]


def test_remembered_urls_are_the_ones_flask_builds(app: Flask) -> None:
    # The second round is built from what the first remembered, in other requests.
    paths = ["/study/a-set", "/articles/x", "/"]
    for _round, mounted_at, path in itertools.product(range(2), ["", "/factdeck"], paths):
        with app.test_request_context(path, base_url=f"http://localhost{mounted_at}/"):
            for endpoint, values in CASES:
                try:
                    expected = Flask.url_for(app, endpoint, **values)
                except Exception as exc:  # noqa: BLE001 - a ".name" the blueprint lacks
                    with pytest.raises(type(exc)):
                        app.url_for(endpoint, **values)
                    continue
                assert app.url_for(endpoint, **values) == expected, (endpoint, values)
                assert mounted_at in expected


def test_a_link_on_a_page_follows_where_the_app_is_mounted(seeded_app: Flask) -> None:
    client = seeded_app.test_client()
    for mounted_at in ("", "/factdeck", ""):
        page = client.get("/", base_url=f"http://localhost{mounted_at}/").get_data(as_text=True)
        assert f'href="{mounted_at}/static/style.css' in page
        assert f'href="{mounted_at}/articles"' in page
