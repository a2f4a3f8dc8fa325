"""Error pages: every HTTP error is a page of the site that says what went wrong
and, for a request too large, what the limits are."""
from __future__ import annotations

from flask import Flask, current_app, render_template
from markupsafe import escape
from werkzeug.exceptions import HTTPException, InternalServerError, RequestEntityTooLarge

from ..database import reading_only
from ..extensions import db
from ..services.authoring import MAX_ARTICLE_CHARS
from ..write_queue import WriteQueueTimeout

MB = 1024 * 1024


def too_large_message() -> str:
    config = current_app.config
    return (f"This request is larger than the site accepts. An upload may be up to "
            f"{config['MAX_CONTENT_LENGTH'] // MB} MB, a pasted text up to {config['MAX_FORM_MEMORY_SIZE'] // MB} MB, "
            f"and an article up to {MAX_ARTICLE_CHARS:,} characters. Split the article, or paste only its text.")


def init_app(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        if exc.code is None or exc.code < 400:
            return exc  # a redirect raised as an exception ("/sets" -> "/sets/") goes on as it is
        description = too_large_message() if isinstance(exc, RequestEntityTooLarge) else exc.description
        headers = {k: v for k, v in exc.get_response().headers.items() if k.lower() in ("retry-after", "allow")}
        return _page(exc.code, exc.name, description or ""), exc.code, headers

    @app.errorhandler(WriteQueueTimeout)
    def busy(_exc: WriteQueueTimeout):
        db.session.rollback()
        with reading_only():  # the page's own reads (who is logged in) do not queue again
            page = _page(503, "The site is busy",
                         "The site is busy saving other work: try again in a moment.")
        return page, 503, {"Retry-After": "5"}

    @app.errorhandler(InternalServerError)
    def server_error(exc: InternalServerError):
        return _page(500, "Something went wrong on our side",
                     "The error has been logged. Try again in a moment; what you had saved before is kept."), 500


def _page(code: int, name: str, description: str) -> str:
    try:
        return render_template("error.html", code=code, name=name, description=description)
    except Exception:  # the site's own layout needs the database (the user), which may be what failed
        current_app.logger.exception("error page %s rendered plain", code)
        return (f"<!doctype html><title>{code} {escape(name)}</title><h1>{escape(name)}</h1>"
                f"<p>{escape(description)}</p>")
