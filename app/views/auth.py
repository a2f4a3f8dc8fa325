"""Accounts in the browser: register, log in, log out, study settings."""
from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, make_response, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response

from ..extensions import login_manager
from ..forms import LoginForm, LogoutForm, RegisterForm, ResetPasswordForm, StudySettingsForm
from ..services import accounts, login_limits

bp = Blueprint("auth", __name__)


@login_manager.user_loader
def load_user(user_id: str) -> accounts.Account | None:
    try:
        return accounts.get_account(int(user_id))
    except ValueError:
        return None


def safe_next(target: str | None) -> str:
    """A local path to return to after logging in; never another site."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//") \
                and "\\" not in target:
            return target
    return url_for("home.index")


@bp.route("/register", methods=["GET", "POST"])
def register() -> str | Response | tuple[str, int]:
    if current_user.is_authenticated:
        return redirect(url_for("home.index"))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = accounts.create_user(form.username.data, form.password.data, now=datetime.now(UTC))
        except accounts.AccountError as exc:
            form.username.errors = [*form.username.errors, str(exc)]
        else:
            login_user(user)
            flash(f"Welcome, {user.username}. Pick a set to study.", "success")
            return redirect(url_for("home.index"))
    status = 400 if form.is_submitted() else 200
    return render_template("auth/register.html", form=form), status


@bp.route("/login", methods=["GET", "POST"])
def login() -> str | Response | tuple[str, int]:
    form = LoginForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    if form.validate_on_submit():
        now, address = datetime.now(UTC), request.remote_addr or "unknown"
        limits = login_limits.Limits.from_config(current_app.config)
        try:
            login_limits.check_allowed(form.username.data, address, now=now, limits=limits)
        except login_limits.TooManyAttempts as exc:
            form.password.errors = [*form.password.errors, str(exc)]
            response = make_response(render_template("auth/login.html", form=form), 429)
            response.headers["Retry-After"] = str(exc.retry_after)
            return response
        user = accounts.authenticate(form.username.data, form.password.data)
        if user is not None:
            login_limits.record_success(form.username.data)
            login_user(user, remember=form.remember.data)
            return redirect(safe_next(form.next.data))
        login_limits.record_failure(form.username.data, address, now=now, limits=limits)
        form.password.errors = [*form.password.errors, "Wrong username or password."]
    status = 400 if form.is_submitted() else 200
    return render_template("auth/login.html", form=form), status


@bp.post("/logout")
def logout() -> Response:
    form = LogoutForm()
    if form.validate_on_submit():
        logout_user()
        flash("You are logged out.", "info")
    return redirect(url_for("home.index"))


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account() -> str | Response | tuple[str, int]:
    form = StudySettingsForm(obj=current_user)
    if form.validate_on_submit():
        try:
            accounts.update_study_settings(
                current_user, desired_retention=float(form.desired_retention.data),
                new_cards_per_day=form.new_cards_per_day.data,
            )
        except accounts.AccountError as exc:
            form.desired_retention.errors = [*form.desired_retention.errors, str(exc)]
        else:
            flash("Settings saved.", "success")
            return redirect(url_for("auth.account"))
    status = 400 if form.is_submitted() else 200
    return render_template("auth/account.html", form=form), status


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str) -> str | Response | tuple[str, int]:
    """A one-time link a teacher made: the student sets a new password, then logs in."""
    secret = current_app.config["SECRET_KEY"]
    try:
        user = accounts.user_for_reset(token, secret)
    except accounts.AccountError as exc:
        return render_template("auth/reset.html", form=None, problem=str(exc)), 400
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            accounts.reset_password(token, form.password.data, secret)
        except accounts.AccountError as exc:
            form.password.errors = [*form.password.errors, str(exc)]
        else:
            login_limits.record_success(user.username)  # earlier failures no longer slow this account
            flash("Your new password is set: log in with it.", "success")
            return redirect(url_for("auth.login"))
    status = 400 if form.is_submitted() else 200
    return render_template("auth/reset.html", form=form, username=user.username, problem=None), status
