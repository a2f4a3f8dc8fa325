"""Start gunicorn for a bench on 127.0.0.1 and stop it afterwards (not a test)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


def gunicorn_args(app_spec: str, port: int, workers: int, threads: int) -> list[str]:
    args = [GUNICORN, "-w", str(workers), "-b", f"127.0.0.1:{port}", "--graceful-timeout", "5", "--keep-alive", "30"]
    if threads > 1:
        args += ["-k", "gthread", "--threads", str(threads)]
    return [*args, app_spec]


@contextmanager
def gunicorn(app_spec: str, port: int, *, workers: int = 3, threads: int = 1, database: str | None = None,
             log: str | Path = "/tmp/fdbench/gunicorn.log") -> Iterator[subprocess.Popen]:
    """A gunicorn master serving ``app_spec``; yields its process, stops it (SIGTERM) on exit."""
    env = dict(os.environ, FACTDECK_ENV_NAME="production", FACTDECK_SECRET_KEY="bench-" + "k" * 40,
               FACTDECK_AUTO_SEED="false")
    if database:
        env["DATABASE_URL"] = database
    Path(log).parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        process = subprocess.Popen(gunicorn_args(app_spec, port, workers, threads), cwd=ROOT, env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn did not start; see {log}") from None
                time.sleep(0.2)
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def worker_pids(master: subprocess.Popen) -> list[int]:
    """The master's worker processes (its children, from /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master.pid:
                pids.append(int(entry.name))
    return sorted(pids)
