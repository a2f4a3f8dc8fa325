"""Writers on SQLite wait their turn on a file lock, not in SQLite's busy handler.

A request that writes takes SQLite's write lock up front (BEGIN IMMEDIATE).
When another process holds it, SQLite's busy handler polls, sleeping 1, 2,
5, 10, 15, 20, 25, 25, 25, 50, 50 and then 100 ms between tries: under a
classroom's burst a writer sleeps on long after the lock is free, and can be
overtaken again and again, while the cores sit idle.

So each thread's writing transaction takes an exclusive flock() on a file
beside the database before its BEGIN IMMEDIATE, and lets go once the
transaction has ended. flock() cannot wait with a time limit, so a writer
tries it without blocking and, while another holds it, tries again after
sleeps that start at 0.1 ms and grow to 2 ms at most (SQLite's reach
100 ms); after ``timeout`` seconds it gives up with WriteQueueTimeout, and
the request answers 503. The kernel lets go of a killed worker's lock.
SQLite's own lock and busy timeout still guard the database against
anything that does not queue here (the CLI, a backup).
"""
from __future__ import annotations

import fcntl
import os
import threading
import time

FIRST_SLEEP_SECONDS = 0.0001
LONGEST_SLEEP_SECONDS = 0.002


class WriteQueueTimeout(TimeoutError):
    """Other writers held the queue for longer than the time limit."""


class WriteQueue:
    """One file lock per database, taken by one thread at a time."""

    def __init__(self, path: str, timeout: float = 5.0) -> None:
        self.path = path
        self.timeout = timeout
        self._local = threading.local()  # each thread its own descriptor: flock() queues descriptors

    @property
    def held(self) -> bool:
        """Whether this thread holds the lock."""
        return getattr(self._local, "held", False)

    def acquire(self) -> bool:
        """Wait for the lock, at most ``timeout`` seconds (then
        WriteQueueTimeout). False if this thread held it already: then the
        first taker lets go, not this one."""
        if self.held:
            return False
        descriptor = getattr(self._local, "descriptor", None)
        if descriptor is None:
            descriptor = self._local.descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + self.timeout
        sleep = FIRST_SLEEP_SECONDS
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise WriteQueueTimeout(
                        f"waited {self.timeout:g} s for other writers to finish") from None
                time.sleep(min(sleep, left))
                sleep = min(sleep * 2, LONGEST_SLEEP_SECONDS)
        self._local.held = True
        return True

    def release(self) -> None:
        if self.held:
            fcntl.flock(self._local.descriptor, fcntl.LOCK_UN)
            self._local.held = False
