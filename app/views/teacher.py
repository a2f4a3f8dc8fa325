"""Teacher authoring at /teach: sets, the question editor, new articles and
their draft queue, YAML import/export, and item statistics. Teachers only:
anonymous users are sent to log in, students get 403."""
from __future__ import annotations

from datetime import UTC, datetime

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user

from ..core.bank import FACT_KINDS, QUESTION_TYPES, BankError, problems_by_field
from ..core.charts import bar_chart
from ..core.item_stats import SCORE_BINS
from ..extensions import login_manager
from ..forms import (
    AcceptDraftsForm,
    ArticleForm,
    ConfirmForm,
    ImportForm,
    PublishForm,
    QuestionForm,
    QuestionSetForm,
)
from ..models import Draft, Question, QuestionSet
from ..services import accounts, authoring, content

bp = Blueprint("teacher", __name__, url_prefix="/teach")


@bp.before_request
def _teachers_only() -> Response | None:
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    if current_user.role != "teacher":
        abort(403, description="Only teachers can author question sets.")
    return None


def _now() -> datetime:
    return datetime.now(UTC)


def _load_set(slug: str) -> QuestionSet:
    question_set = authoring.get_set(slug)
    if question_set is None:
        abort(404, description=f"No question set {slug!r}.")
    return question_set


def _load_question(question_id: str) -> Question:
    question = authoring.get_question(question_id)
    if question is None:
        abort(404, description=f"No question {question_id!r}.")
    return question


def _load_draft(draft_id: int) -> Draft:
    draft = authoring.get_draft(draft_id)
    if draft is None:
        abort(404, description="No such draft.")
    return draft


# Sets ----------------------------------------------------------------------------

@bp.get("/")
def index() -> str:
    return render_template("teacher/index.html", sets=authoring.list_sets(),
                           pending=len(authoring.list_drafts()), confirm=ConfirmForm())


@bp.route("/sets/new", methods=["GET", "POST"])
def new_set() -> str | Response | tuple[str, int]:
    form = QuestionSetForm()
    if form.validate_on_submit():
        try:
            question_set = authoring.create_set(form.slug.data, form.title.data, form.description.data or "",
                                                now=_now(), students_may_export=form.students_may_export.data)
        except authoring.AuthoringError as exc:
            form.slug.errors = [*form.slug.errors, str(exc)]
        else:
            flash(f"Created {question_set.title!r}; it is unpublished until you publish it.", "info")
            return redirect(url_for("teacher.show_set", slug=question_set.slug))
    return render_template("teacher/set_form.html", form=form, question_set=None), 400 if form.errors else 200


@bp.get("/sets/<slug>")
def show_set(slug: str) -> str:
    question_set = _load_set(slug)
    return render_template("teacher/set.html", question_set=question_set, confirm=ConfirmForm(),
                           publish=PublishForm(), types=QUESTION_TYPES)


@bp.route("/sets/<slug>/edit", methods=["GET", "POST"])
def edit_set(slug: str) -> str | Response | tuple[str, int]:
    question_set = _load_set(slug)
    form = QuestionSetForm(obj=question_set)
    form.slug.data = question_set.slug  # the slug is fixed once a set exists
    if form.validate_on_submit():
        try:
            authoring.update_set(question_set, form.title.data, form.description.data or "", now=_now(),
                                 students_may_export=form.students_may_export.data)
        except authoring.AuthoringError as exc:
            form.title.errors = [*form.title.errors, str(exc)]
        else:
            flash("Saved.", "info")
            return redirect(url_for("teacher.show_set", slug=slug))
    return render_template("teacher/set_form.html", form=form, question_set=question_set), \
        400 if form.errors else 200


@bp.post("/sets/<slug>/publish")
def publish_set(slug: str) -> Response:
    question_set = _load_set(slug)
    form = PublishForm()
    if not form.validate_on_submit():
        abort(400, description="Choose publish or unpublish.")
    published = form.published.data == "1"
    authoring.set_published(question_set, published, now=_now())
    flash(f"{question_set.title!r} is {'published' if published else 'hidden from students'}.", "info")
    return redirect(url_for("teacher.show_set", slug=slug))


@bp.route("/sets/<slug>/delete", methods=["GET", "POST"])
def delete_set(slug: str) -> str | Response:
    question_set = _load_set(slug)
    form = ConfirmForm()
    if form.validate_on_submit():
        outcome = authoring.delete_set(question_set, now=_now())
        if outcome == "archived":
            flash(f"{question_set.title!r} has students' history, so it was archived (hidden), not deleted.", "info")
        else:
            flash("The set was deleted.", "info")
        return redirect(url_for("teacher.index"))
    return render_template("teacher/delete_set.html", question_set=question_set, form=form,
                           history=authoring.has_history(question_set))


@bp.get("/sets/<slug>/export.yaml")
def export_set(slug: str) -> Response:
    question_set = _load_set(slug)
    return Response(authoring.export_set_yaml(question_set), mimetype="application/yaml",
                    headers={"Content-Disposition": f'attachment; filename="{slug}.yaml"'})


@bp.route("/import", methods=["GET", "POST"])
def import_bank() -> str | Response | tuple[str, int]:
    form = ImportForm()
    problems: list[str] = []
    if form.validate_on_submit():
        upload = form.upload.data
        name = upload.filename or "upload.yaml"
        data = upload.read()
        try:
            question_set = authoring.import_bank(data.decode("utf-8"), name, now=_now())
        except UnicodeDecodeError as exc:
            problems = [f"{name}: not UTF-8 text (bad byte at offset {exc.start})"]
        except BankError as exc:
            problems = exc.problems
        else:
            flash(f"Imported {len(question_set.questions)} questions into {question_set.title!r}.", "info")
            return redirect(url_for("teacher.show_set", slug=question_set.slug))
    status = 400 if (problems or form.errors) else 200
    return render_template("teacher/import.html", form=form, problems=problems), status


# The question editor ----------------------------------------------------------------

def _question_form(data: dict | None = None) -> QuestionForm:
    form = QuestionForm()
    form.type.choices = [(t, t.replace("_", " ")) for t in QUESTION_TYPES]
    form.kind.choices = [("", "—"), *((k, k.replace("_", " ")) for k in FACT_KINDS)]
    articles = authoring.list_articles()
    form.article.choices = [(a.id, a.title) for a in articles]
    if not form.is_submitted():
        if data:
            form.fill_from(data)
            source = data["sources"][0]
            form.article.data = source["article"]
            form.sentence.data = authoring.sentence_index(source["article"], source["start"])
        else:
            form.type.data = request.args.get("type", "multiple_choice")
            form.article.data = request.args.get("article") or (articles[0].id if articles else None)
    form.sentence.choices = [(index, text) for index, text in authoring.article_sentences(form.article.data or "")]
    return form


def _editor(form: QuestionForm, question_id: str, original: dict | None, on_valid):
    """Validate through the bank's rules; call ``on_valid(mapping)`` or show every problem."""
    problems: list[str] = []
    if form.is_submitted() and not form.show.data and form.validate():
        try:
            source = authoring.sentence_source(form.article.data, form.sentence.data)
            if original and authoring.same_sentence(original["sources"][0], source):
                source = original["sources"][0]  # keep a hand-picked span inside the same sentence
            mapping = form.to_mapping(question_id, source)
            if original and len(original["sources"]) > 1:
                mapping["sources"] += original["sources"][1:]
            if original and original.get("variants"):
                # The editor edits the primary form only; the variants are kept as they were.
                mapping["variants"] = original["variants"]
            return on_valid(mapping), []
        except authoring.AuthoringError as exc:
            problems = [str(exc)]
        except BankError as exc:
            fields = problems_by_field(exc.problems)
            for name, messages in fields.items():
                target = form.sentence if name == "sources" else getattr(form, name, None) if name else None
                if target is not None and hasattr(target, "errors") and name != "id":
                    target.errors = [*target.errors, *messages]
                else:
                    problems.extend(messages)
    return None, problems


@bp.route("/sets/<slug>/questions/new", methods=["GET", "POST"])
def new_question(slug: str) -> str | Response | tuple[str, int]:
    question_set = _load_set(slug)
    form = _question_form()
    question_id = authoring.new_question_id(question_set)
    done, problems = _editor(form, question_id, None,
                             lambda mapping: authoring.save_question(question_set, mapping, now=_now()))
    if done is not None:
        flash("Question added.", "info")
        return redirect(url_for("teacher.show_set", slug=slug))
    return _render_editor(form, problems, question_set=question_set, title="New question")


@bp.route("/questions/<question_id>/edit", methods=["GET", "POST"])
def edit_question(question_id: str) -> str | Response | tuple[str, int]:
    question = _load_question(question_id)
    question_set = question.question_set
    original = authoring.question_as_mapping(question)
    form = _question_form(original)
    done, problems = _editor(form, question.id, original, lambda mapping: authoring.save_question(
        question_set, mapping, now=_now(), replacing=question.id))
    if done is not None:
        flash("Question saved.", "info")
        return redirect(url_for("teacher.show_set", slug=question_set.slug))
    return _render_editor(form, problems, question_set=question_set, title=f"Edit {question.id}",
                          question=question, variants=original.get("variants", []))


@bp.post("/questions/<question_id>/delete")
def delete_question(question_id: str) -> Response:
    question = _load_question(question_id)
    slug = question.question_set.slug
    if not ConfirmForm().validate_on_submit():
        abort(400)
    authoring.delete_question(question, now=_now())
    flash(f"Question {question_id} removed.", "info")
    return redirect(url_for("teacher.show_set", slug=slug))


def _render_editor(form: QuestionForm, problems: list[str], **context: object) -> tuple[str, int]:
    status = 400 if form.is_submitted() and not form.show.data and (problems or form.errors) else 200
    return render_template("teacher/question_form.html", form=form, problems=problems, **context), status


# New articles and the draft queue ----------------------------------------------------

@bp.route("/articles/new", methods=["GET", "POST"])
def new_article() -> str | Response | tuple[str, int]:
    form = ArticleForm()
    problems: list[str] = []
    if form.validate_on_submit():
        upload = form.upload.data
        if upload and upload.filename:
            if not upload.filename.lower().endswith((".txt", ".html", ".htm")):
                problems = [f"{upload.filename}: upload a .txt file or a saved web page (.html)"]
            data, name = upload.read(), upload.filename
        else:
            data, name = (form.text.data or "").encode("utf-8"), "pasted text"
        if not problems:
            try:
                added = authoring.add_article(data, name, user=current_user, now=_now())
            except authoring.AuthoringError as exc:
                problems = [str(exc)]
            else:
                left_out = (f" (the best {added.drafts} of {added.drafted}; the rest were left out)"
                            if added.drafted > added.drafts else "")
                flash(f"Added {added.article.title!r}: {added.drafts} draft questions to review{left_out}.", "info")
                return redirect(url_for("teacher.drafts", article=added.article.id))
    status = 400 if problems or form.errors else 200
    return render_template("teacher/article_form.html", form=form, problems=problems), status


@bp.route("/articles/<article_id>/delete", methods=["GET", "POST"])
def delete_article(article_id: str) -> str | Response | tuple[str, int]:
    row = content.get_article(article_id)
    if row is None:
        abort(404, description=f"No article {article_id!r}.")
    form = ConfirmForm()
    problem = None
    if form.validate_on_submit():
        try:
            drafts = authoring.delete_article(article_id)
        except authoring.AuthoringError as exc:
            problem = str(exc)
        else:
            flash(f"Deleted {row.title!r} and its {drafts} drafts.", "info")
            return redirect(url_for("articles.index"))
    pending = len(authoring.list_drafts(article_id))
    return render_template("teacher/delete_article.html", article=row, form=form, problem=problem, pending=pending,
                           resting=content.questions_resting_on(article_id)), 400 if problem else 200


def _accept_form() -> AcceptDraftsForm:
    form = AcceptDraftsForm()
    form.set_slug.choices = [(s.slug, s.title + (" (archived)" if s.archived else "")) for s in authoring.list_sets()]
    return form


def _chosen_set() -> str | None:
    """The set the teacher last chose for accepted drafts: it stays chosen until they change it."""
    return request.values.get("set") or request.form.get("set_slug") or session.get("draft_set")


def _queue_url(article_id: str | None, after: Draft | None = None, page: int | None = None) -> str:
    """The queue where the teacher goes on: at the draft after ``after``, with the chosen set."""
    anchor, goes_on = None, authoring.next_pending(after, article_id) if after is not None else None
    if goes_on is not None:
        page, anchor = authoring.page_of(goes_on, article_id), f"draft-{goes_on.id}"
    return url_for("teacher.drafts", article=article_id, set=_chosen_set(), page=page if page and page > 1 else None,
                   _anchor=anchor)


@bp.get("/drafts")
def drafts() -> str:
    article_id = request.args.get("article") or None
    page = authoring.draft_page(article_id, request.args.get("page", 1, type=int))
    views = [authoring.draft_view(draft) for draft in page.drafts]
    form = _accept_form()
    chosen = _chosen_set()
    if chosen in dict(form.set_slug.choices):
        form.set_slug.data = chosen
    return render_template("teacher/drafts.html", views=views, form=form, article_id=article_id, page=page)


def _target_set(form: AcceptDraftsForm) -> QuestionSet:
    if not form.validate_on_submit():
        abort(400, description="Choose the set to add the questions to.")
    session["draft_set"] = form.set_slug.data
    return _load_set(form.set_slug.data)


@bp.post("/drafts/<int:draft_id>/accept")
def accept_draft(draft_id: int) -> Response:
    draft = _load_draft(draft_id)
    question_set = _target_set(_accept_form())
    article_id = request.args.get("article") or None
    try:
        question = authoring.accept_draft(draft, question_set, now=_now())
    except (authoring.AuthoringError, BankError) as exc:
        flash(f"Not accepted: {exc}", "error")
    else:
        flash(f"Accepted {question.id} into {question_set.title!r}.", "info")
    return redirect(_queue_url(article_id, after=draft))


@bp.post("/drafts/<int:draft_id>/reject")
def reject_draft(draft_id: int) -> Response:
    draft = _load_draft(draft_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    article_id = request.args.get("article") or None
    try:
        authoring.reject_draft(draft, now=_now())
    except authoring.AuthoringError as exc:
        flash(str(exc), "error")
    else:
        flash(f"Rejected {draft.question_id}.", "info")
    return redirect(_queue_url(article_id, after=draft))


def _selected_ids() -> list[int]:
    return [int(value) for value in request.form.getlist("selected") if value.isdigit()]


@bp.post("/drafts/bulk")
def bulk_drafts() -> str | Response:
    """Accept or reject the selected drafts (or every one in the queue), after a confirmation page."""
    form = _accept_form()
    article_id = request.args.get("article") or None
    action = request.form.get("action", "")
    if action not in ("accept", "reject", "accept-all", "reject-all"):
        abort(400, description="Choose Accept or Reject.")
    every = action.endswith("-all")
    chosen = authoring.list_drafts(article_id) if every else authoring.drafts_by_ids(_selected_ids())
    if not chosen:
        flash("Select the drafts first: tick the box beside each one.", "error")
        return redirect(_queue_url(article_id, page=request.args.get("page", type=int)))
    accepting = action.startswith("accept")
    question_set = _target_set(form) if accepting else None
    if request.form.get("confirmed") != "yes":
        if not accepting and not ConfirmForm().validate_on_submit():
            abort(400)
        return render_template("teacher/drafts_confirm.html", drafts=chosen, accepting=accepting, every=every,
                               question_set=question_set, action=action, article_id=article_id, form=form)
    if accepting:
        accepted, problems = authoring.accept_all(chosen, question_set, now=_now())
        flash(f"Accepted {accepted} drafts into {question_set.title!r}.", "info")
        for problem in problems:
            flash(f"Left in the queue: {problem}", "error")
    else:
        if not ConfirmForm().validate_on_submit():
            abort(400)
        flash(f"Rejected {authoring.reject_drafts(chosen, now=_now())} drafts.", "info")
    return redirect(_queue_url(article_id, page=request.args.get("page", type=int)))


@bp.route("/drafts/<int:draft_id>/edit", methods=["GET", "POST"])
def edit_draft(draft_id: int) -> str | Response | tuple[str, int]:
    draft = _load_draft(draft_id)
    if draft.status != authoring.PENDING:
        abort(409, description=f"This draft was already {draft.status}.")
    form = _question_form(draft.data)
    target = _accept_form()
    if request.method == "GET" and _chosen_set() in dict(target.set_slug.choices):
        target.set_slug.data = _chosen_set()

    def accept(mapping: dict) -> object:
        if not target.validate():
            raise authoring.AuthoringError("Choose the set to add the question to.")
        session["draft_set"] = target.set_slug.data
        return authoring.accept_draft(draft, _load_set(target.set_slug.data), now=_now(), data=mapping)

    done, problems = _editor(form, draft.question_id, draft.data, accept)
    if done is not None:
        flash(f"Accepted {done.id} with your edits.", "info")
        return redirect(_queue_url(request.args.get("article") or None, after=draft))
    return _render_editor(form, problems, question_set=None, title=f"Edit draft {draft.question_id}",
                          draft=draft, target=target, variants=draft.data.get("variants", []))


# Students: one-time password-reset links ------------------------------------------------

@bp.get("/students")
def students() -> str:
    return render_template("teacher/students.html", students=accounts.list_students(), confirm=ConfirmForm(),
                           hours=accounts.RESET_LINK_HOURS)


@bp.post("/students/<int:user_id>/reset-link")
def reset_link(user_id: int) -> str:
    if not ConfirmForm().validate_on_submit():
        abort(400)
    student = accounts.get_user(user_id)
    if student is None or student.role != "student":
        abort(404, description="No such student.")
    token = accounts.reset_token(student, current_app.config["SECRET_KEY"])
    link = url_for("auth.reset_password", token=token, _external=True)
    return render_template("teacher/reset_link.html", student=student, link=link, hours=accounts.RESET_LINK_HOURS)


# Item statistics -----------------------------------------------------------------------

@bp.get("/sets/<slug>/stats")
def set_stats(slug: str) -> str:
    question_set = _load_set(slug)
    figures = authoring.set_statistics(question_set)
    labels = [f"{10 * i}–{10 * (i + 1)}%" for i in range(SCORE_BINS)]
    questions = {question.id: question for question in question_set.questions}
    return render_template("teacher/stats.html", question_set=question_set, stats=figures,
                           chart=bar_chart(list(figures.score_bins), labels), labels=labels, questions=questions)
