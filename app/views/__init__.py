"""Blueprints, one per area of the site."""
from __future__ import annotations

from flask import Flask

from . import articles, export, facts, home, quiz, sets


def init_app(app: Flask) -> None:
    app.register_blueprint(home.bp)
    app.register_blueprint(articles.bp)
    app.register_blueprint(facts.bp)
    app.register_blueprint(quiz.bp)
    app.register_blueprint(sets.bp)
    app.register_blueprint(export.bp)
