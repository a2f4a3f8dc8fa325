"""Security settings every response shares: headers, cookies, size limits,
and a refusal to start in production with a guessable SECRET_KEY."""
from __future__ import annotations

from flask import Flask, Response, abort, request

DEV_SECRET_KEY = "dev"

CONTENT_SECURITY_POLICY = "; ".join(  # noqa: FLY002 (one directive a line, with comments)
    [
        "default-src 'self'",
        "script-src 'self'",  # no inline scripts: JS lives in static files
        "style-src 'self' 'unsafe-inline'",  # inline SVG charts carry style attributes
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class ConfigurationError(RuntimeError):
    """The app is configured in a way that is unsafe to serve."""


def default_settings() -> dict[str, object]:
    return {
        "ENV_NAME": "development",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": False,  # set true when served over HTTPS
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "MAX_CONTENT_LENGTH": 4 * 1024 * 1024,  # a whole request: an uploaded article or bank file
        # A form's text fields (Werkzeug's default is 500 kB): a pasted article of 200,000 characters
        # is up to 800 kB of UTF-8, and gets the article's own clear error beyond its limit.
        "MAX_FORM_MEMORY_SIZE": 1024 * 1024,
    }


def check_secret_key(app: Flask) -> None:
    """Outside development a real SECRET_KEY is required: with the default,
    anyone could forge session cookies."""
    if app.config["ENV_NAME"] == "development" or app.testing:
        return
    key = app.config.get("SECRET_KEY")
    if not key or key == DEV_SECRET_KEY or len(str(key)) < 16:
        raise ConfigurationError(
            "SECRET_KEY is not set (or is the development default) and FACTDECK_ENV_NAME is "
            f"{app.config['ENV_NAME']!r}. Set FACTDECK_SECRET_KEY to a long random value "
            "(python -c 'import secrets; print(secrets.token_hex(32))') or put SECRET_KEY "
            "in instance/config.py."
        )


def init_app(app: Flask) -> None:
    check_secret_key(app)
    @app.before_request
    def refuse_nul_in_the_address() -> None:
        """A NUL in the path or the query is never a real link; PostgreSQL
        would refuse it in a look-up (a 500), so it is a 400 everywhere."""
        if "\x00" in request.path or any(
            "\x00" in key or "\x00" in value for key, value in request.args.items(multi=True)
        ):
            abort(400, description="This address contains a NUL character.")
    app.config["REMEMBER_COOKIE_SECURE"] = app.config["SESSION_COOKIE_SECURE"]

    @app.after_request
    def add_security_headers(response: Response) -> Response:
        # One pass over the response's headers (setdefault would scan them once per header).
        # Headers is not a dict: iterating it yields (name, value) pairs, so .keys() is needed.
        present = {name.lower() for name in response.headers.keys()}  # noqa: SIM118
        for name, value in SECURITY_HEADERS.items():
            if name.lower() not in present:
                response.headers.add(name, value)
        if app.config["SESSION_COOKIE_SECURE"] and "strict-transport-security" not in present:
            response.headers.add("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        return response
