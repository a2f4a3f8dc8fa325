"""Downloads: a set (or every set) as an Anki package, Anki CSV, Moodle GIFT or Moodle XML."""
from __future__ import annotations

from flask import Blueprint, Response, abort, current_app
from flask_login import current_user, login_required

from ..core.export.cards import DEFAULT_PUBLIC_BASE_URL
from ..services import export

bp = Blueprint("export", __name__)


def _download(fmt: str, slugs: list[str] | None) -> Response:
    """A file of answer keys: for a logged-in user, of the sets the teacher lets students download
    (a teacher may download any set students see)."""
    try:
        result = export.export_file(
            fmt, slugs, base_url=current_app.config.get("PUBLIC_BASE_URL", DEFAULT_PUBLIC_BASE_URL),
            visible_only=True,  # the site offers what students see; the CLI exports any set
            downloadable_only=current_user.role != "teacher",
        )
    except export.UnknownSet as exc:
        abort(404, description=str(exc))
    except export.NotDownloadable as exc:
        abort(403, description=str(exc))
    response = Response(result.data, mimetype=result.mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{result.filename}"'
    response.headers["Cache-Control"] = "no-cache"
    return response


@bp.get("/sets/<slug>/export.<any(apkg, csv, gift, xml):fmt>")
@login_required
def set_file(slug: str, fmt: str) -> Response:
    return _download(fmt, [slug])


@bp.get("/export/all-sets.apkg")
@login_required
def all_sets_apkg() -> Response:
    return _download("apkg", None)
