"""Export 10,000 synthetic questions to .apkg; print the seconds and peak memory.

    python bench/bench_export.py [--questions N] [--sets S]

Not a test: it prints figures (aim: ≤ 5 s and ≤ 200 MB for 10,000 questions).
Peak memory is shown twice: Python allocations traced by tracemalloc during
the export, and the process's maximum resident set size (ru_maxrss), which
also counts the interpreter, genanki, SQLite and the finished file.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.export.anki import apkg_bytes
from app.core.export.cards import ExportCard, ExportSet, ExportSource

TYPES = ("multiple_choice", "true_false", "short_answer", "cloze")
TIMESTAMP = 1_767_225_600.0  # 2026-01-01T00:00:00Z


def synthetic_sets(questions: int, sets: int) -> list[ExportSet]:
    per_set = -(-questions // sets)
    result = []
    made = 0
    for s in range(sets):
        cards = []
        for i in range(min(per_set, questions - made)):
            n = made + i
            kind = TYPES[n % len(TYPES)]
            year = str(1900 + n % 120)
            source = ExportSource(
                article_id=f"{n % 50:03d}_synthetic",
                article_title=f"Synthetic article {n % 50} & friends",
                quote=f"In {year}, delegation {n} visited the <capital> and signed agreement no. {n}.",
                start=100 * (n % 40),
                end=100 * (n % 40) + 80,
                sentence_index=n % 40,
            )
            prompt = {
                "multiple_choice": f"In which year did delegation {n} visit?",
                "true_false": f"Delegation {n} visited in {year}.",
                "short_answer": f"Which agreement did delegation {n} sign?",
                "cloze": f"Delegation {n} visited in ____ and signed an agreement.",
            }[kind]
            options = {
                "multiple_choice": (year, str(int(year) + 1), str(int(year) + 2), str(int(year) - 3)),
                "true_false": ("True", "False"),
            }.get(kind, ())
            answer = {"true_false": "True", "short_answer": f"agreement no. {n}"}.get(kind, year)
            cards.append(
                ExportCard(
                    id=f"bench-{n}", type=kind, prompt=prompt, answer=answer, sources=(source,),
                    options=options, explanation=f"The article says so in sentence {n % 40}.",
                )
            )
        made += len(cards)
        result.append(ExportSet(slug=f"bench-set-{s}", title=f"Benchmark set {s}", cards=tuple(cards)))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--sets", type=int, default=10)
    parser.add_argument("--output", type=Path, help="also write the .apkg here")
    args = parser.parse_args()

    sets = synthetic_sets(args.questions, args.sets)
    tracemalloc.start()
    started = time.perf_counter()
    data = apkg_bytes(sets, timestamp=TIMESTAMP)
    seconds = time.perf_counter() - started
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # A second run without tracemalloc, whose bookkeeping slows allocation down.
    started = time.perf_counter()
    again = apkg_bytes(sets, timestamp=TIMESTAMP)
    untraced = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss_mb = rss / 1024 / 1024 if sys.platform == "darwin" else rss / 1024
    if args.output:
        args.output.write_bytes(data)
    print(f"questions:            {args.questions} in {args.sets} sets")
    print(f"apkg size:            {len(data) / 1e6:.2f} MB (identical on the second run: {data == again})")
    print(f"seconds (traced):     {seconds:.2f}")
    print(f"seconds (untraced):   {untraced:.2f}")
    print(f"peak traced memory:   {traced_peak / 1e6:.1f} MB")
    print(f"peak RSS (ru_maxrss): {rss_mb:.1f} MB")


if __name__ == "__main__":
    main()
