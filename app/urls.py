"""The Flask application class: Flask with its relative URLs remembered
and its session cookies' serializer built once."""
from __future__ import annotations

from typing import Any

from flask import Flask, has_request_context, request

from .sessions import CookieSessions

URL_CACHE_SIZE = 4096


class Factdeck(Flask):
    """Flask whose ``url_for`` remembers the relative URLs it has built.

    Every page links to the same few places (the stylesheet, the menu, the
    set it shows), and building a URL from the url_map costs more than a
    look-up; the map cannot change once the app serves. A URL depends on the
    endpoint, its values and the path the app is mounted at (and, for
    ".name", the current blueprint); anything else (an anchor, a scheme, an
    external URL, values that cannot be a key) is built the usual way.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._built_urls: dict[tuple, str] = {}
        self.session_interface = CookieSessions()

    def url_for(self, endpoint: str, *, _anchor: str | None = None, _method: str | None = None,
                _scheme: str | None = None, _external: bool | None = None, **values: Any) -> str:
        if not has_request_context() or _anchor is not None or _method is not None or _scheme is not None \
                or _external or any(self.url_default_functions.values()):
            return super().url_for(endpoint, _anchor=_anchor, _method=_method, _scheme=_scheme,
                                   _external=_external, **values)
        current = request._get_current_object()  # one proxy look-up, not two
        # Values in another order make another key for the same URL: harmless, and cheaper than sorting.
        blueprint = current.blueprint if endpoint[:1] == "." else None
        key = (current.root_path, blueprint, endpoint, *values.items())
        try:
            url = self._built_urls.get(key)
        except TypeError:  # a value that cannot be part of a key
            return super().url_for(endpoint, **values)
        if url is None:
            url = super().url_for(endpoint, **values)
            if len(self._built_urls) >= URL_CACHE_SIZE:
                self._built_urls.clear()
            self._built_urls[key] = url
        return url
