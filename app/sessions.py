"""Flask's signed-cookie sessions, with the signing serializer built once per key."""
from __future__ import annotations

from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer


class CookieSessions(SecureCookieSessionInterface):
    """Flask builds the serializer (and so its signers) on every request and
    again for every response that saves the session; it only depends on the
    keys, so it is built once for each set of keys."""

    def __init__(self) -> None:
        self._serializers: dict[tuple, URLSafeTimedSerializer | None] = {}

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        keys = (app.secret_key, tuple(app.config["SECRET_KEY_FALLBACKS"] or ()))
        try:
            return self._serializers[keys]
        except KeyError:
            pass
        except TypeError:  # keys that cannot be a dict key: build it every time
            return super().get_signing_serializer(app)
        if len(self._serializers) >= 8:  # keys only change in tests
            self._serializers.clear()
        serializer = self._serializers[keys] = super().get_signing_serializer(app)
        return serializer
