"""Links on pages are built by flask.url_for and follow where the app is mounted."""
from __future__ import annotations

from flask import Flask


def test_a_link_on_a_page_follows_where_the_app_is_mounted(seeded_app: Flask) -> None:
    client = seeded_app.test_client()
    for mounted_at in ("", "/factdeck", ""):
        page = client.get("/", base_url=f"http://localhost{mounted_at}/").get_data(as_text=True)
        assert f'href="{mounted_at}/static/style.css' in page
        assert f'href="{mounted_at}/articles"' in page
