"""Classroom burst (not a test): 100 students submit an answer in the same
second, for 10 rounds, then the review log is counted.

    python bench/burst.py --database sqlite:////tmp/fdbench/bench.sqlite3 [--kill-worker]

Each student first loads a card (its form's CSRF and card tokens); at the
round's signal all of them POST their rating at once. A POST that loses its
connection (a worker killed with ``--kill-worker``, SIGKILL in round 5) is
sent again with the same token, as a browser's retry would be: the card's
nonce makes that safe. Afterwards every nonce answered 2xx/3xx must be in the
log exactly once; the log must hold no other rows for these students from
this run; no 5xx, no "database is locked" in the server's log.
"""
from __future__ import annotations

import argparse
import base64
import http.client
import json
import os
import signal
import sys
import threading
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text

from app import normalise_database_url
from bench.load import logged_in
from bench.serve import gunicorn, worker_pids


def nonce_of(token: str) -> str:
    """The nonce inside an itsdangerous card token (payload.timestamp.signature)."""
    payload = token.rsplit(".", 2)[0]
    compressed = payload.startswith(".")
    raw = base64.urlsafe_b64decode(payload.lstrip(".") + "=" * (-len(payload.lstrip(".")) % 4))
    return json.loads(zlib.decompress(raw) if compressed else raw)["n"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--set", default="bench-500")
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn processes (cores + 1 measured best)")
    parser.add_argument("--threads", type=int, default=1, help="more than 1: gthread workers")
    parser.add_argument("--first-user", type=int, default=100)
    parser.add_argument("--kill-worker", action="store_true", help="SIGKILL one worker in the middle round")
    parser.add_argument("--port", type=int, default=8331)
    args = parser.parse_args()

    base = f"http://127.0.0.1:{args.port}"
    names = [f"bench{u:04d}" for u in range(args.first_user, args.first_user + args.clients)]
    log = Path(f"/tmp/fdbench/burst-{os.getpid()}.log")
    statuses: dict[str, int] = {}
    answered: list[str] = []  # nonces of the POSTs answered 2xx/3xx
    failed: list[str] = []
    retries = 0
    lock = threading.Lock()
    round_times: list[float] = []
    killed: list[int] = []

    with gunicorn("app:create_app()", args.port, workers=args.workers, threads=args.threads,
                  database=args.database, log=log) as master:
        browsers = logged_in(base, names, "bench-password-1")
        print(f"== burst: {len(browsers)} students x {args.rounds} rounds, gunicorn -w {args.workers} "
              f"--threads {args.threads}{', SIGKILL of one worker in round ' + str(args.rounds // 2) if args.kill_worker else ''}")
        for round_number in range(args.rounds):
            forms = [b.card_form(args.set) for b in browsers]
            if any(form is None for form in forms):
                raise SystemExit(f"round {round_number}: {forms.count(None)} students had no card to answer")
            gate = threading.Barrier(len(browsers) + 1)
            finished: list[float] = []

            def submit(browser, form) -> None:
                nonlocal retries
                # The threads are joined before the round ends: gate and finished are this round's.
                gate.wait()  # noqa: B023
                body = {"csrf_token": form[0], "token": form[1], "rating": "3"}
                for attempt in range(3):
                    try:
                        status, _ = browser.request("POST", f"/study/{args.set}/review", body)
                        break
                    except (OSError, http.client.HTTPException):
                        with lock:
                            retries += 1
                        browser.connection = None
                        time.sleep(0.2 * (attempt + 1))
                else:
                    status = 0
                with lock:
                    statuses[str(status)] = statuses.get(str(status), 0) + 1
                    (answered if 200 <= status < 400 else failed).append(nonce_of(form[1]))
                    finished.append(time.perf_counter())  # noqa: B023

            threads = [threading.Thread(target=submit, args=pair) for pair in zip(browsers, forms, strict=True)]
            for thread in threads:
                thread.start()
            if args.kill_worker and round_number == args.rounds // 2:
                victim = worker_pids(master)[0]
                gate.wait()
                time.sleep(0.01)
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)
            else:
                gate.wait()
            began = time.perf_counter()
            for thread in threads:
                thread.join()
            round_times.append(max(finished) - began)
        time.sleep(0.5)

    engine = create_engine(normalise_database_url(args.database))
    with engine.connect() as connection:
        # The names are this script's own bench0100 ...; the seeded log's nonces start with "bench-".
        rows = connection.execute(text(
            "SELECT r.nonce FROM reviews r JOIN users u ON u.id = r.user_id "
            f"WHERE u.username IN ({', '.join(repr(n) for n in names)}) AND r.nonce NOT LIKE 'bench-%'"
        )).scalars().all()
    engine.dispose()
    stored: dict[str, int] = {}
    for nonce in rows:
        stored[nonce] = stored.get(nonce, 0) + 1
    this_run = set(answered) | set(failed)
    lost = [n for n in answered if n not in stored]
    duplicated = [n for n, count in stored.items() if count > 1]
    extra = [n for n in this_run if n in stored and n not in answered]
    server_log = log.read_text(errors="replace")
    locked = server_log.count("database is locked")
    five_xx = sum(count for status, count in statuses.items() if status.startswith("5"))
    resent = sum(b.resent for b in browsers)
    print(f"statuses {dict(sorted(statuses.items()))}; requests sent again on a dropped connection "
          f"{resent + retries}; killed worker {killed or '-'}")
    print(f"round time (first POST sent to last answer): max {max(round_times) * 1000:.0f} ms, "
          f"median {sorted(round_times)[len(round_times) // 2] * 1000:.0f} ms")
    print(f"answers 2xx/3xx {len(answered)}; stored {sum(stored[n] for n in this_run if n in stored)}; "
          f"lost {len(lost)}; duplicated {len(duplicated)}; stored without a 2xx {len(extra)}; "
          f"5xx {five_xx}; 'database is locked' in the server log {locked}")
    print("RESULT: " + ("OK" if not lost and not duplicated and not five_xx and not locked and not failed
                        else "FAILED"))


if __name__ == "__main__":
    main()
