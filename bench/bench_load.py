"""Load bench (not a test): Factdeck under gunicorn on 127.0.0.1, driven by
40 concurrent simulated students, against a minimal Flask app served the same way.

    python bench/seed_large.py --database sqlite:////tmp/fdbench/bench.sqlite3
    python bench/bench_load.py --database sqlite:////tmp/fdbench/bench.sqlite3

Prints the EXPLAIN of the next-card statements, then for "next card"
(GET /study/<set>) and "submit answer" (POST of a rating with the form's CSRF
and card tokens): req/s, p50, p99 and errors; then the same load on hello
and the ratio of next-card req/s to hello's, over rounds that alternate the
two (the median ratio). Each round also prints the CPU each request cost,
split between the workers, the database server (PostgreSQL) and the load
generator (bench/cpu.py), and on PostgreSQL the ratio estimated for a
database server on cores of its own. Targets on a 2-core machine:
next card p99 <= 100 ms and ratio >= 0.4; submit p99 <= 250 ms.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.cpu import CpuMeter
from bench.load import Browser, logged_in, run
from bench.serve import gunicorn, worker_pids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--set", default="bench-500")
    parser.add_argument("--clients", type=int, default=40)
    parser.add_argument("--requests", type=int, default=150, help="per client and scenario (rounds of ~5 s)")
    parser.add_argument("--seconds", type=float, default=60, help="at most, per scenario")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn processes (cores + 1 measured best)")
    parser.add_argument("--threads", type=int, default=1, help="more than 1: gthread workers")
    parser.add_argument("--first-user", type=int, default=0)
    parser.add_argument("--port", type=int, default=8321, help="and the next port for hello")
    parser.add_argument("--rounds", type=int, default=5, help="of next card and hello, alternated")
    args = parser.parse_args()

    subprocess.run([sys.executable, str(Path(__file__).with_name("explain_next_card.py")),
                    "--database", args.database, "--set", args.set], check=True)
    base, hello_base = f"http://127.0.0.1:{args.port}", f"http://127.0.0.1:{args.port + 1}"
    names = [f"bench{u:04d}" for u in range(args.first_user, args.first_user + args.clients)]
    kind = f"-k gthread --threads {args.threads}" if args.threads > 1 else "(sync workers)"
    print(f"== gunicorn -w {args.workers} {kind}; {args.clients} clients, "
          f"up to {args.requests} requests each; {args.rounds} rounds of next card and hello, alternated")
    # Both servers run at once (an idle one costs nothing) so that the rounds
    # alternate: a machine that slows down or speeds up affects both alike.
    with gunicorn("app:create_app()", args.port, workers=args.workers, threads=args.threads,
                  database=args.database) as factdeck, \
            gunicorn("bench.hello_app:create_app()", args.port + 1, workers=args.workers,
                     threads=args.threads, log="/tmp/fdbench/hello.log") as hello_server:
        browsers = logged_in(base, names, "bench-password-1")
        ratios, nexts, cpu_ratios, without_database = [], [], [], []
        hello_browsers = [Browser(hello_base) for _ in names]
        on_postgresql = args.database.startswith("postgresql")
        factdeck_cpu = CpuMeter(lambda: worker_pids(factdeck), database=on_postgresql)
        hello_cpu = CpuMeter(lambda: worker_pids(hello_server), database=on_postgresql)
        for round_no in range(1, args.rounds + 1):
            factdeck_cpu.start()
            next_card = run("next", browsers, args.set, args.requests, args.seconds)
            next_cost = factdeck_cpu.stop(next_card.sent)
            hello_cpu.start()
            hello = run("hello", hello_browsers, args.set, args.requests * 3, args.seconds)
            hello_cost = hello_cpu.stop(hello.sent)
            ratios.append(next_card.rate / hello.rate)
            cpu_ratios.append(hello_cost.total / next_cost.total)
            without_database.append(hello_cost.total / (next_cost.total - next_cost.database))
            nexts.append(next_card)
            print(f"round {round_no}: " + next_card.summary("next card    "))
            print(f"round {round_no}:   next card {next_cost.summary()}")
            print(f"round {round_no}: " + hello.summary("hello        "))
            print(f"round {round_no}:   hello     {hello_cost.summary()}")
            print(f"round {round_no}: ratio next card / hello: {ratios[-1]:.2f} "
                  f"(of CPU per request: {cpu_ratios[-1]:.2f})")
        # The submit load answers the due cards, so it runs once, last.
        submit = run("submit", browsers, args.set, args.requests // 2, args.seconds)
        print(submit.summary("submit answer"))
    ratio = statistics.median(ratios)
    worst_p99 = max(result.p(0.99) for result in nexts)
    print(f"targets: next p99 {worst_p99:.0f} ms (<= 100, worst round), ratio {ratio:.2f} (>= 0.4, median of "
          f"{', '.join(f'{r:.2f}' for r in ratios)}), submit p99 {submit.p(0.99):.0f} ms (<= 250), errors "
          f"{sum(r.error_count for r in nexts)} + {submit.error_count}")
    if on_postgresql:
        # Throughput on saturated cores goes as 1 / CPU per request; this is
        # what the ratio would be if the database server's share ran elsewhere.
        print(f"estimate: ratio with the database server on cores of its own "
              f"{statistics.median(without_database):.2f} (median; next card's CPU without the database "
              f"server's share, against hello's; CPU ratio as measured {statistics.median(cpu_ratios):.2f})")


if __name__ == "__main__":
    main()
