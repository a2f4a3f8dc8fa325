"""Blueprints, one per area of the site."""
from __future__ import annotations

from flask import Flask

from ..core.quiz import score_band
from . import answering, articles, auth, errors, export, facts, home, progress, quiz, sets, study, teacher


def init_app(app: Flask) -> None:
    app.add_template_global(answering.timeline_display, "timeline_display")
    app.add_template_global(answering.matching_choices, "matching_choices")
    app.add_template_global(score_band, "score_band")
    app.register_blueprint(home.bp)
    app.register_blueprint(articles.bp)
    app.register_blueprint(facts.bp)
    app.register_blueprint(quiz.bp)
    app.register_blueprint(sets.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(study.bp)
    app.register_blueprint(progress.bp)
    app.register_blueprint(export.bp)
    app.register_blueprint(teacher.bp)
    errors.init_app(app)
