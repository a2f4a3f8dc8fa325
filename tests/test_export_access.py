"""Answer keys are not public: downloads need an account, and a teacher can keep
a set (a graded quiz, say) from students' downloads."""
from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from app.extensions import db
from app.models import QuestionSet
from tests.conftest import logged_in

SLUG = "vietnam-dprk-basics"


def keep_from_students(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        title = db.session.scalar(db.select(QuestionSet.title).where(QuestionSet.slug == SLUG))
    response = client.post(f"/teach/sets/{SLUG}/edit", data={"slug": SLUG, "title": title, "description": ""})
    assert response.status_code == 302  # the box left unticked
    with app.app_context():
        assert db.session.scalar(db.select(QuestionSet.students_may_export).where(QuestionSet.slug == SLUG)) is False


@pytest.mark.parametrize("path", [f"/sets/{SLUG}/export.csv", "/export/all-sets.apkg"])
def test_anonymous_downloads_are_sent_to_log_in(seeded_app: Flask, path: str) -> None:
    response = seeded_app.test_client().get(path)
    assert response.status_code == 302 and "/login" in response.location
    page = seeded_app.test_client().get(f"/sets/{SLUG}").get_data(as_text=True)
    assert "export.csv" not in page and "to download this set" in page


def test_a_set_kept_from_students(seeded_app: Flask) -> None:
    teacher = logged_in(seeded_app, "teacher", "teacher")
    student = logged_in(seeded_app, "student")
    assert student.get(f"/sets/{SLUG}/export.gift").status_code == 200  # by default a set is downloadable
    keep_from_students(seeded_app, teacher)
    refused = student.get(f"/sets/{SLUG}/export.gift")
    assert refused.status_code == 403 and "not made" in refused.get_data(as_text=True)
    assert "export.gift" not in student.get(f"/sets/{SLUG}").get_data(as_text=True)
    assert teacher.get(f"/sets/{SLUG}/export.gift").status_code == 200
    # "Every set" for a student leaves the kept set out; a teacher's has it.
    students_bundle, teachers_bundle = student.get("/export/all-sets.apkg"), teacher.get("/export/all-sets.apkg")
    assert students_bundle.status_code == teachers_bundle.status_code == 200
    assert len(teachers_bundle.data) > len(students_bundle.data)
