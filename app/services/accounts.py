"""Accounts: registration, passwords, roles and study preferences.

Passwords are hashed with Argon2id, as the OWASP Password Storage Cheat
Sheet recommends, with its first listed parameters (19 MiB of memory, two
iterations, one lane). A hash made with other parameters is upgraded at the
next successful log-in.
"""
from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask_login import UserMixin
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import bindparam, func, select

from ..core.scheduling import MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION, check_desired_retention
from ..extensions import db
from ..models import User

ROLES = ("student", "teacher")
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{2,39}$")
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 256
MAX_NEW_CARDS_PER_DAY = 500

PASSWORD_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Verified against when the username is unknown, so that a wrong username
# takes as long as a wrong password.
_DUMMY_HASH = PASSWORD_HASHER.hash("not a password anyone has")


class AccountError(ValueError):
    """A registration or settings change that cannot be made, with why."""


def normalise_username(username: str) -> str:
    return username.strip().lower()


def check_username(username: str) -> str:
    name = normalise_username(username)
    if not USERNAME_PATTERN.match(name):
        raise AccountError(
            "A username has 3 to 40 characters: letters, digits, '.', '_' or '-', "
            "starting with a letter or digit."
        )
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError(f"A password has at most {MAX_PASSWORD_LENGTH} characters.")
    return password


def hash_password(password: str) -> str:
    return PASSWORD_HASHER.hash(password)


def create_user(username: str, password: str, *, now: datetime, role: str = "student") -> User:
    """Create an account; AccountError if the name is taken or anything is invalid."""
    if role not in ROLES:
        raise AccountError(f"Unknown role {role!r}: one of {', '.join(ROLES)}.")
    name = check_username(username)
    check_password(password)
    if get_user_by_name(name) is not None:
        raise AccountError(f"The username {name!r} is taken.")
    user = User(username=name, password_hash=hash_password(password), role=role, created_at=now,
                desired_retention=0.9, new_cards_per_day=20)
    db.session.add(user)
    db.session.commit()
    return user


def authenticate(username: str, password: str) -> User | None:
    """The user if the password is right, else None (the same work either way)."""
    user = get_user_by_name(normalise_username(username))
    try:
        PASSWORD_HASHER.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None:
        return None
    if PASSWORD_HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        db.session.commit()
    return user


@dataclass(frozen=True, eq=False)
class Account(UserMixin):
    """The logged-in user as every request sees it: read once per request
    as a plain row (no ORM object to build) and read-only, so a page cannot
    change an account by accident; changes go through this module."""

    id: int
    username: str
    role: str
    desired_retention: float
    new_cards_per_day: int


_users = User.__table__
_ACCOUNT_BY_ID = select(*(_users.c[name] for name in Account.__dataclass_fields__)).where(
    _users.c.id == bindparam("user_id")
)


def get_account(user_id: int) -> Account | None:
    """Read on every request (Flask-Login's user loader)."""
    row = db.session.execute(_ACCOUNT_BY_ID, {"user_id": user_id}).first()
    return Account(*row) if row is not None else None


def get_user(user_id: int) -> User | None:
    return db.session.get(User, user_id)


def get_user_by_name(username: str) -> User | None:
    if "\x00" in username:  # no name has one, and PostgreSQL refuses NUL even in a look-up
        return None
    return db.session.scalar(select(User).where(func.lower(User.username) == normalise_username(username)))


def update_study_settings(user: User | Account, *, desired_retention: float, new_cards_per_day: int) -> User:
    try:
        check_desired_retention(desired_retention)
    except ValueError:
        raise AccountError(
            f"Desired retention is between {MIN_DESIRED_RETENTION} and {MAX_DESIRED_RETENTION}."
        ) from None
    if not 0 <= new_cards_per_day <= MAX_NEW_CARDS_PER_DAY:
        raise AccountError(f"New cards per day is between 0 and {MAX_NEW_CARDS_PER_DAY}.")
    row = db.session.get(User, user.id)
    row.desired_retention = float(desired_retention)
    row.new_cards_per_day = int(new_cards_per_day)
    db.session.commit()
    return row


def set_role(username: str, role: str) -> User:
    """Make an existing account a teacher or a student."""
    if role not in ROLES:
        raise AccountError(f"Unknown role {role!r}: one of {', '.join(ROLES)}.")
    user = get_user_by_name(username)
    if user is None:
        raise AccountError(f"No account is called {normalise_username(username)!r}.")
    user.role = role
    db.session.commit()
    return user


def list_students() -> list[User]:
    return list(db.session.scalars(select(User).where(User.role == "student").order_by(User.username)))


# One-time password-reset links ------------------------------------------------------
# A link carries the account's id and a fingerprint of its password hash, signed with the
# app's secret: it works until it expires or the password changes, so it works once.

RESET_LINK_HOURS = 72


def _reset_serializer(secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt="factdeck-password-reset")


def _fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:24]


def reset_token(user: User, secret: str) -> str:
    return _reset_serializer(secret).dumps({"u": user.id, "p": _fingerprint(user.password_hash)})


def user_for_reset(token: str, secret: str) -> User:
    """The account a reset link is for; AccountError if it is unknown, expired or used."""
    try:
        data = _reset_serializer(secret).loads(token, max_age=RESET_LINK_HOURS * 3600)
    except SignatureExpired:
        raise AccountError(f"This reset link has expired (links last {RESET_LINK_HOURS} hours): "
                           "ask your teacher for a new one.") from None
    except BadSignature:
        raise AccountError("This reset link is not valid: check that it was copied whole.") from None
    user = get_user(int(data.get("u", 0))) if isinstance(data, dict) else None
    if user is None or not hmac.compare_digest(str(data.get("p", "")), _fingerprint(user.password_hash)):
        raise AccountError("This reset link was already used: ask your teacher for a new one.")
    return user


def reset_password(token: str, password: str, secret: str) -> User:
    """Set a new password through a reset link; the link is spent."""
    user = user_for_reset(token, secret)
    user.password_hash = hash_password(check_password(password))
    db.session.commit()
    return user
