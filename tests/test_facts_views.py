"""The facts pages and the `facts extract` command."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from app import PROJECT_ROOT
from tests.conftest import SEEDS_DIR


def test_facts_page_lists_every_kind_with_its_sources(seeded_client: FlaskClient) -> None:
    page = seeded_client.get("/facts").get_data(as_text=True)
    for kind in ("date", "visit", "anniversary", "agreement_area"):
        assert f'<section id="{kind}"' in page
    counts = [int(n) for n in re.findall(r'data-sources="(\d+)"', page)]
    assert counts and max(counts) >= 3, "some fact is told by several articles"
    # Every source link opens its article with the quote highlighted at its sentence.
    links = [unescape(u) for u in re.findall(r'href="(/articles/[^"]+\?hl=\d+-\d+#s\d+)"', page)]
    assert len(links) >= 20


def test_a_corroborated_fact_links_to_each_telling(seeded_app: Flask) -> None:
    client = seeded_app.test_client()
    page = client.get("/facts").get_data(as_text=True)
    best = max(re.findall(r'<li class="fact fact-\w+" data-sources="(\d+)">(.*?)</li>\s*\n\s*(?=<li class="fact|</ul>)', page, re.DOTALL),
               key=lambda match: int(match[0]))
    articles = set(re.findall(r'href="/articles/([^?"]+)\?hl=', best[1]))
    assert len(articles) == int(best[0])
    for url in re.findall(r'href="(/articles/[^"]+)"', best[1])[:3]:
        article = client.get(unescape(url)).get_data(as_text=True)
        assert article.count('<mark class="highlight">') == 1


def test_article_page_marks_its_facts_by_kind_with_a_legend(seeded_client: FlaskClient) -> None:
    page = seeded_client.get("/articles/004_d61c613e47675082").get_data(as_text=True)
    assert 'class="legend"' in page
    marked = re.findall(r'<span class="sentence has-fact fact-(\w+)" id="s\d+">', page)
    assert "visit" in marked
    chips = re.findall(r'<span class="fact-chip fact-(\w+)" title="([^"]+)">', page)
    assert {kind for kind, _ in chips} >= {"visit", "anniversary", "date"}
    assert any(kind == "visit" and "Visit by" in unescape(title) for kind, title in chips)


def run_extract(*paths: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    flask = Path(sys.executable).with_name("flask")
    return subprocess.run(
        [str(flask), "--app", "app", "facts", "extract", *paths],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=120,
        check=False,  # the tests read the return code

    )


def test_facts_extract_prints_json_and_needs_no_database(tmp_path: Path) -> None:
    result = run_extract(str(SEEDS_DIR / "001_910b8ce4e4c90f62.txt"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    text = (SEEDS_DIR / "001_910b8ce4e4c90f62.txt").read_text(encoding="utf-8")
    assert facts and all(text[f["start"]:f["end"]] == f["quote"] for f in facts)
    assert {f["kind"] for f in facts} >= {"date", "visit"}
    assert not list(PROJECT_ROOT.joinpath("instance").glob("*.sqlite3-journal"))


def test_facts_extract_names_a_bad_file_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    result = run_extract(str(bad), str(SEEDS_DIR / "000_2ff08869235f4a8b.txt"), cwd=tmp_path)
    assert result.returncode == 1
    assert "bad.txt" in result.stderr
    assert json.loads(result.stdout), "the good file's facts are still printed"
