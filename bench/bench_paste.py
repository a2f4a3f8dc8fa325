"""A teacher's paste, long and short (not a test): time per 10,000 characters
across sizes up to the limit, and students' answers while pastes go on.

    python bench/bench_paste.py sizes [--sizes 2000,10000,50000,100000,195000]
    python bench/bench_paste.py during --database sqlite:////tmp/fdbench/bench.sqlite3 [--seconds 20]

``sizes`` adds articles made from the seed articles (names and years varied,
as bench_extract.py makes them) to a fresh SQLite database holding the seed
corpus, through the same service the paste page calls, and prints for each
size the seconds, the seconds per 10,000 characters and the drafts kept.

``during`` serves the app with gunicorn on a database made by
bench/seed_large.py, and times students' rating POSTs (the ``submit`` scenario
of bench/load.py) first alone, then while a teacher pastes 100,000-character
articles one after another through the real page. The answer's p99 should
stay where it is without pastes: the paste holds no lock while it drafts.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_extract import varied

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def long_article(chars: int, rng: random.Random) -> str:
    """A made-up article of about ``chars`` characters: seed paragraphs, names and years varied."""
    paragraphs: list[str] = []
    total = 0
    while total < chars:
        body = varied(rng.choice(SEEDS).read_text(encoding="utf-8"), rng).split("\n\n")[1:]
        paragraphs += body
        total += sum(len(p) + 2 for p in body)
    text = f"Relations in review {rng.randint(1, 10**6)}\n\n" + "\n\n".join(paragraphs)
    return text[:chars].rsplit(" ", 1)[0] + "."


def sizes(args: argparse.Namespace) -> None:
    from app import create_app
    from app.database import ensure_seeded
    from app.services import authoring
    from app.services.accounts import create_user

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/paste.sqlite3", "TESTING": True,
                          "SECRET_KEY": "bench", "AUTO_SEED": False})
        ensure_seeded(app)
        with app.app_context():
            teacher = create_user("teacher", "bench-password-1", role="teacher", now=datetime.now(UTC))
            print(f"{'characters':>10}  {'seconds':>8}  {'s per 10,000':>12}  drafts kept / drafted")
            for size in args.sizes:
                text = long_article(size, rng)
                began = time.perf_counter()
                added = authoring.add_article(text.encode("utf-8"), "bench", user=teacher, now=datetime.now(UTC))
                seconds = time.perf_counter() - began
                print(f"{len(text):>10,}  {seconds:>8.2f}  {seconds / len(text) * 10_000:>12.3f}  "
                      f"{added.drafts} / {added.drafted}")


def during(args: argparse.Namespace) -> None:
    from bench.load import CSRF_RE, Browser, logged_in, run
    from bench.serve import gunicorn

    base = f"http://127.0.0.1:{args.port}"
    _teacher_account(args.database)
    # Two groups of students, so that the second still has cards due when the first is done.
    names = [f"bench{u:04d}" for u in range(2 * args.clients)]
    with gunicorn("app:create_app()", args.port, workers=args.workers, database=args.database,
                  log="/tmp/fdbench/paste.log"):
        students = logged_in(base, names, "bench-password-1")
        alone = run("submit", students[:args.clients], args.set, 10**6, args.seconds)
        print(alone.summary("answers, no paste"))
        stop = threading.Event()
        pasted: list[float] = []
        teacher = Browser(base, timeout=600)
        teacher.login("bench-teacher", "bench-password-1")

        def paste_on() -> None:
            rng = random.Random(args.seed)
            while not stop.is_set():
                status, page = teacher.request("GET", "/teach/articles/new")
                token = CSRF_RE.search(page)
                began = time.perf_counter()
                status, _ = teacher.request("POST", "/teach/articles/new",
                                            {"csrf_token": token.group(1) if token else "",
                                             "text": long_article(args.paste_chars, rng)})
                if status != 302:
                    raise SystemExit(f"paste answered {status}")
                pasted.append(time.perf_counter() - began)

        paster = threading.Thread(target=paste_on)
        paster.start()
        time.sleep(0.5)
        busy = run("submit", students[args.clients:], args.set, 10**6, args.seconds)
        stop.set()
        paster.join()
        print(busy.summary(f"answers, pastes of {args.paste_chars:,} characters going on"))
        print(f"pastes: {len(pasted)}, {sum(pasted) / max(1, len(pasted)):.1f} s each")


def _teacher_account(database: str) -> None:
    from sqlalchemy import select

    from app import create_app
    from app.extensions import db
    from app.models import User
    from app.services.accounts import create_user

    app = create_app({"SQLALCHEMY_DATABASE_URI": database, "AUTO_SEED": False})
    with app.app_context():
        if db.session.scalar(select(User).where(User.username == "bench-teacher")) is None:
            create_user("bench-teacher", "bench-password-1", role="teacher", now=datetime.now(UTC))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    one = sub.add_parser("sizes")
    one.add_argument("--sizes", type=lambda s: [int(x) for x in re.split(r"[,\s]+", s)],
                     default=[2_000, 10_000, 50_000, 100_000, 195_000])
    one.add_argument("--seed", type=int, default=3)
    two = sub.add_parser("during")
    two.add_argument("--database", required=True)
    two.add_argument("--set", default="bench-500")
    two.add_argument("--clients", type=int, default=8)
    two.add_argument("--workers", type=int, default=3)
    two.add_argument("--seconds", type=float, default=8)
    two.add_argument("--paste-chars", type=int, default=100_000)
    two.add_argument("--port", type=int, default=8335)
    two.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    sizes(args) if args.mode == "sizes" else during(args)


if __name__ == "__main__":
    main()
