"""Extraction speed: 1,000 articles made from the seeds, names and dates varied.

    python bench/bench_extract.py [--articles N] [--seed S]

Prints articles per second (and facts per article). A script that prints
figures, not a test: the target is at least 200 articles per second.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.corpus import load_article, parse_article
from app.core.facts import extract_facts

GIVEN = ["Anna", "Kofi", "Mei", "Ravi", "Olga", "Tariq", "Lucia", "Hiro", "Amara", "Jonas"]
FAMILY = ["Okafor", "Tanaka", "Silva", "Novak", "Haddad", "Mensah", "Laurent", "Park", "Ivanova", "Reyes"]
COUNTRIES = ["Kenya", "Japan", "France", "India", "Ghana", "Brazil", "Indonesia", "Vietnam", "Chile", "Norway"]


def varied(text: str, rng: random.Random) -> str:
    """The seed text with its years shifted and some names and countries swapped."""
    shift = rng.randint(-30, 5)
    text = re.sub(r"\b(19[5-9]\d|20[0-2]\d)\b", lambda m: str(int(m.group()) + shift), text)
    for name in ("Kim Il Sung", "Ho Chi Minh", "To Lam", "Kim Jong Un", "Nong Duc Manh"):
        text = text.replace(name, f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}")
    for country in ("Vietnam", "DPRK", "North Korea"):
        text = text.replace(country, rng.choice(COUNTRIES))
    return text


def build(count: int, seed: int) -> list:
    rng = random.Random(seed)
    seeds = [load_article(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [parse_article(f"bench-{i:04d}", varied(rng.choice(seeds).text, rng)) for i in range(count)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    articles = build(args.articles, args.seed)
    extract_facts(articles[0])  # warm up: regexes compiled, tables built
    started, cpu_started = time.perf_counter(), time.process_time()
    facts = sum(len(extract_facts(article)) for article in articles)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    # CPU time too: on a shared machine the wall clock also counts other work.
    print(f"{len(articles)} articles in {elapsed:.2f} s: {len(articles) / elapsed:,.0f} articles/s "
          f"({len(articles) / cpu:,.0f} per CPU-second), {facts / len(articles):.1f} facts per article")


if __name__ == "__main__":
    main()
