"""The baseline for bench/bench_load.py: the smallest Flask app, served the
same way as Factdeck (``gunicorn 'bench.hello_app:create_app()'``)."""
from __future__ import annotations

from flask import Flask


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/")
    def hello() -> str:
        return "Hello, World!"

    return app
