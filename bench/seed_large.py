"""Seed a large classroom dataset for the load benches (not a test).

    python bench/seed_large.py --database sqlite:////tmp/fdbench/bench.sqlite3
    python bench/seed_large.py --database postgresql://postgres@127.0.0.1:5432/factdeck_bench

Drops and creates the schema, loads the real seed articles and banks, then
adds in bulk (executemany / COPY, never the ORM row by row):

- one set ``bench-500`` of 500 questions (``--questions``), each with a source;
- 2,000 students (``--students``) named ``bench0000`` ... with one password,
  ``BENCH_PASSWORD``, and a daily limit of 500 new cards;
- for each student a card for the first half of the set, a tenth of them due
  now, and reviews up to 1,000,000 log rows (``--reviews``) spread over them.

Prints how long each step took.
"""
from __future__ import annotations

import argparse
import io
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select, text

from app import PROJECT_ROOT, create_app
from app.extensions import db
from app.models import Question, QuestionSet, QuestionSource, User
from app.services.accounts import hash_password
from app.services.content import seed_corpus

BENCH_SET = "bench-500"
BENCH_PASSWORD = "bench-password-1"
CHUNK = 20_000


def _chunks(rows: list[dict], size: int = CHUNK):
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _bulk(connection, table, rows: list[dict]) -> None:
    for chunk in _chunks(rows):
        connection.execute(insert(table), chunk)


def _copy(connection, table, columns: list[str], rows) -> None:
    """PostgreSQL COPY FROM STDIN through psycopg 3 (text format)."""
    raw = connection.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        buffer = io.StringIO()
        for count, row in enumerate(rows, start=1):
            buffer.write("\t".join("\\N" if v is None else str(v) for v in row) + "\n")
            if count % 50_000 == 0:
                copy.write(buffer.getvalue())
                buffer = io.StringIO()
        copy.write(buffer.getvalue())


def _sqlite_time(moment: datetime) -> str:
    """SQLAlchemy's SQLite DateTime text for a UTC moment (stored naive)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--students", type=int, default=2000)
    parser.add_argument("--questions", type=int, default=500)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    now = datetime.now(UTC).replace(microsecond=0)
    app = create_app({
        "SQLALCHEMY_DATABASE_URI": args.database, "AUTO_SEED": False,
        "SEEDS_DIR": str(PROJECT_ROOT / "seeds"), "QUESTIONS_DIR": str(PROJECT_ROOT / "questions"),
    }, instance_path="/tmp/fdbench/instance")
    started = time.perf_counter()

    def step(label: str) -> None:
        print(f"{time.perf_counter() - started:7.1f} s  {label}", flush=True)

    with app.app_context():
        engine = db.engine
        dialect = engine.dialect.name
        if dialect == "postgresql":
            with engine.begin() as connection:
                connection.execute(text("DROP SCHEMA public CASCADE"))
                connection.execute(text("CREATE SCHEMA public"))
        else:
            db.drop_all()
        db.create_all()
        seed_corpus(app.config["SEEDS_DIR"], app.config["QUESTIONS_DIR"], now=now)
        step("schema and real seeds")
        source = db.session.scalar(select(QuestionSource).limit(1))
        src = (source.article_id, source.start, source.end, source.quote)
        db.session.remove()

        with engine.begin() as connection:
            set_id = connection.execute(
                insert(QuestionSet).values(slug=BENCH_SET, title="Bench: 500 questions", description="",
                                           updated_at=now).returning(QuestionSet.id)
            ).scalar_one()
            questions = []
            for i in range(args.questions):
                kind = ("multiple_choice", "true_false", "short_answer", "cloze")[i % 4]
                options = [f"{1900 + i}", f"{1901 + i}", f"{1902 + i}", f"{1903 + i}"] if kind == "multiple_choice" else []
                if kind == "true_false":
                    options = ["True", "False"]
                answer = "True" if kind == "true_false" else f"{1900 + i}"
                prompt = f"In which year did event {i} happen?" if kind != "cloze" else f"Event {i} happened in ____."
                questions.append({"id": f"bench-q{i:04d}", "set_id": set_id, "position": i, "type": kind,
                                  "prompt": prompt, "answer": answer, "options": options, "accept": [],
                                  "explanation": f"Because {i}.", "kind": "date", "items": [], "pairs": []})
            _bulk(connection, Question, questions)
            _bulk(connection, QuestionSource, [
                {"question_id": q["id"], "position": 0, "article_id": src[0], "start": src[1], "end": src[2],
                 "quote": src[3]}
                for q in questions])
            step(f"{len(questions)} questions")

            password_hash = hash_password(BENCH_PASSWORD)
            users = [{"username": f"bench{u:04d}", "password_hash": password_hash, "role": "student",
                      "desired_retention": 0.9, "new_cards_per_day": 500,
                      "created_at": now - timedelta(days=400)}
                     for u in range(args.students)]
            _bulk(connection, User, users)
            user_ids = list(connection.execute(
                select(User.id).where(User.username.like("bench%")).order_by(User.id)).scalars())
            step(f"{len(user_ids)} students")

        cards_per_user = args.questions // 2
        reviews_per_card = max(1, args.reviews // (len(user_ids) * cards_per_user))
        extra = args.reviews - reviews_per_card * len(user_ids) * cards_per_user  # spread the remainder

        def card_rows():
            for user_id in user_ids:
                for i in range(cards_per_user):
                    due = now - timedelta(hours=rng.randint(1, 500)) if i % 10 == 0 \
                        else now + timedelta(hours=rng.randint(1, 2000))
                    created = now - timedelta(days=rng.randint(30, 365))
                    yield (user_id, f"bench-q{i:04d}", 2, None, 5.0 + i % 7, 5.0, due, now - timedelta(days=3),
                           4, 0, created, 1, set_id)

        card_columns = ["user_id", "question_id", "state", "step", "stability", "difficulty", "due",
                        "last_review", "reps", "lapses", "created_at", "version", "set_id"]

        def review_rows():
            n = 0
            for user_id in user_ids:
                for i in range(cards_per_user):
                    count = reviews_per_card + (1 if extra > 0 and (n % (len(user_ids) * cards_per_user)) < extra else 0)
                    for r in range(count):
                        n += 1
                        at = now - timedelta(days=rng.randint(1, 300), seconds=rng.randint(0, 86_399))
                        rating = rng.choice((1, 3, 3, 3, 4))
                        yield (f"bench-{user_id}-{i}-{r}", user_id, f"bench-q{i:04d}", "question", rating,
                               f"{1900 + i}", rating > 1, rng.randint(800, 20_000), at, at + timedelta(days=5),
                               2, 2, at)

        review_columns = ["nonce", "user_id", "question_id", "mode", "rating", "answer_given", "correct",
                          "response_ms", "due_before", "due_after", "state_before", "state_after", "reviewed_at"]

        if dialect == "postgresql":
            with engine.begin() as connection:
                _copy(connection, "study_cards", card_columns,
                      ((*r[:6], r[6].isoformat(), r[7].isoformat(), *r[8:10], r[10].isoformat(), *r[11:])
                       for r in card_rows()))
                step("study cards (COPY)")
                _copy(connection, "reviews", review_columns,
                      ((*r[:6], "t" if r[6] else "f", r[7], *(m.isoformat() for m in r[8:10]), *r[10:12],
                        r[12].isoformat()) for r in review_rows()))
                step("reviews (COPY)")
            # VACUUM (outside a transaction) sets the visibility map, as
            # autovacuum would on a live server: without it PostgreSQL's
            # index-only scans read every heap row.
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(text("VACUUM ANALYZE"))
        else:
            raw = engine.raw_connection()
            try:
                cursor = raw.cursor()
                cursor.execute("BEGIN")
                cursor.executemany(
                    f"INSERT INTO study_cards ({', '.join(card_columns)}) VALUES ({', '.join('?' * len(card_columns))})",
                    ((*r[:6], _sqlite_time(r[6]), _sqlite_time(r[7]), *r[8:10], _sqlite_time(r[10]), *r[11:])
                     for r in card_rows()))
                step("study cards (executemany)")
                cursor.executemany(
                    f"INSERT INTO reviews ({', '.join(review_columns)}) VALUES ({', '.join('?' * len(review_columns))})",
                    ((*r[:6], int(r[6]), r[7], *(_sqlite_time(m) for m in r[8:10]), *r[10:12], _sqlite_time(r[12]))
                     for r in review_rows()))
                raw.commit()
                step("reviews (executemany)")
                cursor.execute("ANALYZE")
                raw.commit()
            finally:
                raw.close()
        with engine.connect() as connection:
            for table in ("users", "questions", "study_cards", "reviews"):
                count = connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                print(f"{table:12} {count:>10,} rows")
        step("done (VACUUM ANALYZE on PostgreSQL, ANALYZE on SQLite)")


if __name__ == "__main__":
    main()
