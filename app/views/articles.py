from __future__ import annotations

from flask import Blueprint, abort, render_template, request
from flask_login import current_user

from ..core.article_layout import Mark, layout_article, parse_highlight
from ..core.fact_summary import KIND_LABELS, describe_fact
from ..services import content, facts

bp = Blueprint("articles", __name__, url_prefix="/articles")


def _is_teacher() -> bool:
    return current_user.is_authenticated and current_user.role == "teacher"


@bp.get("")
def index() -> str:
    teacher = _is_teacher()
    articles = content.list_articles(teacher=teacher)
    public = {row.id for row in content.list_articles(teacher=False)} if teacher else set()  # one query, not one a row
    private = {row.id for row in articles if row.id not in public} if teacher else set()
    return render_template("articles/index.html", articles=articles, private=private)


@bp.get("/<article_id>")
def show(article_id: str) -> str:
    row = content.get_article(article_id)
    if row is None or not (_is_teacher() or content.is_public(article_id)):
        abort(404, description=f"No article {article_id!r}.")
    article = content.corpus_article(row)
    highlight = parse_highlight(request.args.get("hl"), len(article.text))
    marks = [Mark(*highlight, "highlight")] if highlight else []
    return render_template(
        "articles/show.html",
        article=article,
        paragraphs=layout_article(article, marks),
        highlight=highlight,
        facts_by_sentence=facts.facts_by_sentence(row),
        labels=KIND_LABELS,
        describe=describe_fact,
        resting=content.questions_resting_on(article_id) if _is_teacher() else [],
        deletable=_is_teacher() and row.added_by is not None,
    )
