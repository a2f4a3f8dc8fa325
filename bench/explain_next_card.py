"""Print the query plans of the "next card" statements (not a test).

    python bench/explain_next_card.py --database sqlite:////tmp/fdbench/bench.sqlite3
    python bench/explain_next_card.py --database postgresql://postgres@127.0.0.1:5432/factdeck_bench

Runs against a database seeded by bench/seed_large.py: EXPLAIN QUERY PLAN on
SQLite, EXPLAIN ANALYZE on PostgreSQL, for a student with cards due.
"""
from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, text

from app import create_app
from app.extensions import db
from app.models import QuestionSet, User
from app.services import study


def explain(statement, dialect: str) -> list[str]:
    compiled = statement.compile(db.engine, compile_kwargs={"literal_binds": True})
    prefix = "EXPLAIN QUERY PLAN " if dialect == "sqlite" else "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) "
    rows = db.session.execute(text(prefix + str(compiled))).all()
    if dialect == "sqlite":
        return [f"{'  ' * (0 if row[1] == 0 else 1)}{row[3]}" for row in rows]
    return [row[0] for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--user", default="bench0001")
    parser.add_argument("--set", default="bench-500")
    args = parser.parse_args()
    app = create_app({"SQLALCHEMY_DATABASE_URI": args.database, "AUTO_SEED": False},
                     instance_path="/tmp/fdbench/instance")
    with app.app_context():
        dialect = db.engine.dialect.name
        user = db.session.scalar(select(User).where(User.username == args.user))
        question_set = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == args.set))
        now = datetime.now(UTC)
        statements = study.next_card_statements(user, question_set, now)
        print(f"== {dialect}: next card for {args.user} in {args.set}")
        for label, statement in statements.items():
            print(f"-- {label}")
            for line in explain(statement, dialect):
                print("   " + line)


if __name__ == "__main__":
    main()
