from __future__ import annotations

from flask import Blueprint, abort, render_template, request

from ..core.article_layout import Mark, layout_article, parse_highlight
from ..core.fact_summary import KIND_LABELS, describe_fact
from ..services import content, facts

bp = Blueprint("articles", __name__, url_prefix="/articles")


@bp.get("")
def index() -> str:
    return render_template("articles/index.html", articles=content.list_articles())


@bp.get("/<article_id>")
def show(article_id: str) -> str:
    row = content.get_article(article_id)
    if row is None:
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
    )
