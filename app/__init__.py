"""Factdeck: article-grounded quizzes and flashcards."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask

from . import cli, database, security, views
from .extensions import csrf, login_manager

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def create_app(test_config: dict[str, Any] | None = None, instance_path: str | None = None) -> Flask:
    """Application factory: defaults, then instance/config.py, then the
    FACTDECK_* / FLASK_* environment, then ``test_config``."""
    app = Flask(__name__, instance_relative_config=True, instance_path=instance_path)
    app.config.from_mapping(
        SECRET_KEY="dev",
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{Path(app.instance_path) / 'factdeck.sqlite3'}",
        SEEDS_DIR=str(PROJECT_ROOT / "seeds"),
        QUESTIONS_DIR=str(PROJECT_ROOT / "questions"),
        AUTO_SEED=True,
        SQLITE_BUSY_TIMEOUT_MS=10_000,
        WRITE_QUEUE_TIMEOUT_SECONDS=5,
        **security.default_settings(),
    )
    app.config.from_pyfile("config.py", silent=True)
    if os.environ.get("DATABASE_URL"):
        app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config.from_prefixed_env("FACTDECK")
    app.config.from_prefixed_env()
    if test_config:
        app.config.update(test_config)
    app.config["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(app.config["SQLALCHEMY_DATABASE_URI"])
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    security.init_app(app)
    database.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)
    views.init_app(app)
    cli.init_app(app)
    if app.config["AUTO_SEED"]:
        database.seed_before_first_request(app)
    return app


def normalise_database_url(url: str) -> str:
    """postgres:// and postgresql:// URLs use psycopg 3, the driver we install."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url
