"""Log-in rate limits that slow guessing down without locking anyone out for good.

Failed log-ins are counted in three scopes over a window (15 minutes): one
account from one client address, one account from anywhere, and one address
against any account. Within each scope the first few failures are free; each
failure after them doubles the wait before the next attempt in that scope
(30 s, 1 min, 2 min ... up to the scope's cap). An attempt made before the wait
is over is refused before the password is checked, so guessing goes no faster.

The account-wide scope is capped at one minute: someone failing on purpose
from other addresses can delay a student's log-in by a minute at most, never
lock them out (OWASP ASVS V2.2.1). The per-address allowance is higher: a
whole school often reaches the site from one address. A successful log-in
clears its account's failures.

Failures are rows in the database (``LoginAttempt``), not process memory, so
the limits hold across gunicorn workers and servers.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select

from ..extensions import db
from ..models import LoginAttempt
from .accounts import normalise_username

MAX_USERNAME_KEPT = 100


@dataclass(frozen=True)
class Limits:
    free_per_pair: int = 5  # one account from one address
    free_per_account: int = 10  # one account from anywhere
    free_per_address: int = 30  # one address, any account
    first_wait: timedelta = timedelta(seconds=30)
    account_wait_cap: timedelta = timedelta(minutes=1)
    window: timedelta = timedelta(minutes=15)  # failures older than this are forgotten; also the longest wait

    @classmethod
    def from_config(cls, config) -> Limits:
        def seconds(key: str, default: timedelta) -> timedelta:
            return timedelta(seconds=int(config.get(key, default.total_seconds())))

        return cls(
            free_per_pair=int(config.get("LOGIN_FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS", cls.free_per_pair)),
            free_per_account=int(config.get("LOGIN_FREE_FAILURES_PER_ACCOUNT", cls.free_per_account)),
            free_per_address=int(config.get("LOGIN_FREE_FAILURES_PER_ADDRESS", cls.free_per_address)),
            first_wait=seconds("LOGIN_FIRST_WAIT_SECONDS", cls.first_wait),
            account_wait_cap=seconds("LOGIN_ACCOUNT_WAIT_CAP_SECONDS", cls.account_wait_cap),
            window=seconds("LOGIN_FAILURE_WINDOW_SECONDS", cls.window),
        )

    def wait_after(self, failures: int, free: int, cap: timedelta) -> timedelta:
        """How long to wait after the last of ``failures``: nothing within the free ones, then doubling."""
        if failures < free:
            return timedelta(0)
        return min(cap, self.window, self.first_wait * 2 ** min(failures - free, 20))


class TooManyAttempts(Exception):
    """Log-ins are slowed down for now; ``retry_after`` is in whole seconds."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _key(username: str) -> str:
    # NUL removed: PostgreSQL text cannot hold it, and a typed name is only a key here.
    return normalise_username((username or "").replace("\x00", ""))[:MAX_USERNAME_KEPT]


def _in_words(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = -(-seconds // 60)
    return f"{minutes} minutes"


def check_allowed(username: str, address: str, *, now: datetime, limits: Limits) -> None:
    """Raise TooManyAttempts while a scope's wait after its last failure is not over."""
    since = now - limits.window
    account, address = _key(username), address.replace("\x00", "")[:64]
    scopes = (
        ((LoginAttempt.username == account) & (LoginAttempt.address == address), limits.free_per_pair,
         limits.window, "this account"),
        (LoginAttempt.username == account, limits.free_per_account, limits.account_wait_cap, "this account"),
        (LoginAttempt.address == address, limits.free_per_address, limits.window, "your network address"),
    )
    for condition, free, cap, what in scopes:
        count, latest = db.session.execute(
            select(func.count(LoginAttempt.id), func.max(LoginAttempt.attempted_at))
            .where(condition, LoginAttempt.attempted_at > since)
        ).one()
        wait = limits.wait_after(count, free, cap)
        if wait and latest + wait > now:
            retry_after = max(1, math.ceil((latest + wait - now).total_seconds()))
            raise TooManyAttempts(f"Too many failed log-ins for {what}: try again in {_in_words(retry_after)}.",
                                  retry_after)


def record_failure(username: str, address: str, *, now: datetime, limits: Limits) -> None:
    """Keep a failed log-in; forget the ones older than the window."""
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.attempted_at <= now - limits.window))
    db.session.add(LoginAttempt(username=_key(username), address=address.replace("\x00", "")[:64],
                                   attempted_at=now))
    db.session.commit()


def record_success(username: str) -> None:
    """A right password clears the account's failures (not the address's)."""
    db.session.execute(delete(LoginAttempt).where(LoginAttempt.username == _key(username)))
    db.session.commit()
