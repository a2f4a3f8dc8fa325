"""The corpus's facts by kind, each with the sentences that tell it."""
from __future__ import annotations

from flask import Blueprint, render_template

from ..core.facts import KINDS
from ..core.fact_summary import KIND_LABELS, describe_fact
from ..services import content, facts

bp = Blueprint("facts", __name__, url_prefix="/facts")


@bp.get("")
def index() -> str:
    groups = facts.corpus_facts()
    titles = {row.id: row.title for row in content.list_articles()}
    by_kind = {kind: [g for g in groups if g.kind == kind] for kind in KINDS}
    return render_template(
        "facts/index.html", by_kind=by_kind, labels=KIND_LABELS, describe=describe_fact, titles=titles,
        sentence_of=content.sentence_index_of,
    )
