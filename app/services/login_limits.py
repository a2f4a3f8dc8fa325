"""Log-in rate limits: too many failed log-ins for one account, or from one
client address, within a window lock further attempts until the window
slides past them.

Failures are rows in the database (``LoginAttempt``), not process memory, so
the limit holds across gunicorn workers and servers. A locked attempt is
refused before the password is checked, so guessing goes no faster while
locked. A successful log-in clears its account's failures.

The per-address limit is higher than the per-account one: a whole school
often reaches the site from one address.
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
    per_account: int = 5
    per_address: int = 30
    window: timedelta = timedelta(minutes=15)

    @classmethod
    def from_config(cls, config) -> Limits:  # noqa: ANN001
        return cls(
            per_account=int(config.get("LOGIN_MAX_FAILURES_PER_ACCOUNT", cls.per_account)),
            per_address=int(config.get("LOGIN_MAX_FAILURES_PER_ADDRESS", cls.per_address)),
            window=timedelta(
                seconds=int(config.get("LOGIN_FAILURE_WINDOW_SECONDS", cls.window.total_seconds()))
            ),
        )


class TooManyAttempts(Exception):
    """Log-ins are locked for now; ``retry_after`` is in whole seconds."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _key(username: str) -> str:
    # NUL removed: PostgreSQL text cannot hold it, and a typed name is only a key here.
    return normalise_username((username or "").replace("\x00", ""))[:MAX_USERNAME_KEPT]


def check_allowed(username: str, address: str, *, now: datetime, limits: Limits) -> None:
    """Raise TooManyAttempts if the account or the address has used up its failures."""
    since = now - limits.window
    for column, value, limit, what in (
        (LoginAttempt.username, _key(username), limits.per_account, "this account"),
        (LoginAttempt.address, address, limits.per_address, "your network address"),
    ):
        count, oldest = db.session.execute(
            select(func.count(LoginAttempt.id), func.min(LoginAttempt.attempted_at))
            .where(column == value, LoginAttempt.attempted_at > since)
        ).one()
        if count >= limit:
            retry_after = max(1, math.ceil((oldest + limits.window - now).total_seconds()))
            minutes = -(-retry_after // 60)
            unit = "minute" if minutes == 1 else "minutes"
            message = f"Too many failed log-ins for {what}: try again in {minutes} {unit}."
            raise TooManyAttempts(message, retry_after)


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
