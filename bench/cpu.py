"""Where a bench's CPU time goes (not a test): the server's workers, the
database server's processes and the load generator, read from /proc.

The ratio to hello compares throughputs on the same two cores, so every
process that serves a page counts against it, the database server too. These
figures say how much each part costs per request, and so how much of a
shortfall is the database's.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """User and system time of one process, all its threads; 0 if it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICKS


def database_server_pids() -> list[int]:
    """PostgreSQL's processes on this machine (its backends come and go with connections)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == "postgres":
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


@dataclass(frozen=True)
class CpuPerRequest:
    """Microseconds of CPU per request for each part."""

    workers: float
    database: float
    load_generator: float

    @property
    def total(self) -> float:
        return self.workers + self.database + self.load_generator

    def summary(self) -> str:
        parts = f"workers {self.workers:,.0f}"
        if self.database:
            parts += f" + database server {self.database:,.0f}"
        return f"CPU per request {self.total:,.0f} µs ({parts} + load generator {self.load_generator:,.0f})"


class CpuMeter:
    """CPU used by the worker processes, the database server and this process
    (the load generator's threads) between ``start`` and ``stop``."""

    def __init__(self, worker_pids: Callable[[], Iterable[int]], database: bool) -> None:
        self.worker_pids, self.database = worker_pids, database

    def _read(self) -> dict[str, float]:
        return {
            "workers": {pid: _cpu_seconds(pid) for pid in self.worker_pids()},
            "database": {pid: _cpu_seconds(pid) for pid in database_server_pids()} if self.database else {},
            "load_generator": time.process_time(),
        }

    def start(self) -> None:
        self._before = self._read()

    def stop(self, requests: int) -> CpuPerRequest:
        after, before = self._read(), self._before

        def used(part: str) -> float:
            # Processes present at both readings: a worker killed and replaced
            # in between would otherwise count its whole life.
            return sum(after[part][pid] - before[part][pid] for pid in after[part] if pid in before[part])

        per = 1e6 / max(requests, 1)
        return CpuPerRequest(workers=used("workers") * per, database=used("database") * per,
                             load_generator=(after["load_generator"] - before["load_generator"]) * per)
