"""The CSRF token a page embeds: Flask-WTF's, signed at most once a minute per session.

Flask-WTF signs the session's secret token afresh for every page (a new
serializer, a zlib attempt, an HMAC), a twentieth of a study page's time.
Its signed tokens carry their signing time in whole seconds and are accepted
for WTF_CSRF_TIME_LIMIT (an hour by default), so one signed up to a minute
ago is as good as a new one: it only expires that much sooner. The cache is
keyed by the session's secret token (and the signing key), so no session
ever sees another's.
"""
from __future__ import annotations

import time

from flask import Flask, current_app, g, session
from flask_wtf.csrf import generate_csrf

REUSE_SECONDS = 60
CACHE_SIZE = 4096  # sessions; cleared when full (a miss only costs a signature)


def init_app(app: Flask) -> None:
    """Pages' ``csrf_token()`` (after Flask-WTF's CSRFProtect is set up)."""
    signed: dict[tuple[object, str], tuple[str, float]] = {}

    def csrf_token() -> str:
        config = current_app.config
        field = config["WTF_CSRF_FIELD_NAME"]
        if field in g:
            return g.get(field)
        signing_key = config.get("WTF_CSRF_SECRET_KEY") or current_app.secret_key
        secret = session.get(field)
        now = time.monotonic()
        hit = signed.get((signing_key, secret)) if isinstance(secret, str) else None
        if hit is not None and now - hit[1] < REUSE_SECONDS and _limit_allows_reuse():
            setattr(g, field, hit[0])  # where Flask-WTF's forms look for this request's token
            return hit[0]
        token = generate_csrf()
        if len(signed) >= CACHE_SIZE:
            signed.clear()
        signed[signing_key, session[field]] = (token, now)
        return token

    app.jinja_env.globals["csrf_token"] = csrf_token
    app.context_processor(lambda: {"csrf_token": csrf_token})  # after Flask-WTF's, so it wins


def _limit_allows_reuse() -> bool:
    limit = current_app.config["WTF_CSRF_TIME_LIMIT"]
    return limit is None or limit > 10 * REUSE_SECONDS
