"""Forms (WTForms through Flask-WTF, so every POST carries a CSRF token)."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField, DecimalField, HiddenField, IntegerField, PasswordField, SelectMultipleField, StringField,
    SubmitField, widgets,
)
from wtforms.validators import EqualTo, InputRequired, Length, NumberRange, Optional

from .core.scheduling import MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION
from .services.accounts import MAX_NEW_CARDS_PER_DAY, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH


class RegisterForm(FlaskForm):
    username = StringField(
        "Username",
        validators=[InputRequired(), Length(min=3, max=40, message="A username has 3 to 40 characters.")],
        render_kw={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"},
    )
    password = PasswordField(
        "Password",
        validators=[InputRequired(), Length(
            min=MIN_PASSWORD_LENGTH, max=MAX_PASSWORD_LENGTH,
            message=f"A password needs at least {MIN_PASSWORD_LENGTH} characters (at most {MAX_PASSWORD_LENGTH}).",
        )],
        render_kw={"autocomplete": "new-password"},
        description=f"At least {MIN_PASSWORD_LENGTH} characters.",
    )
    confirm = PasswordField(
        "Password again", validators=[InputRequired(), EqualTo("password", message="The passwords differ.")],
        render_kw={"autocomplete": "new-password"},
    )
    submit = SubmitField("Create account")


class LoginForm(FlaskForm):
    username = StringField(
        "Username", validators=[InputRequired(), Length(max=40)],
        render_kw={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"},
    )
    password = PasswordField(
        "Password", validators=[InputRequired(), Length(max=MAX_PASSWORD_LENGTH)],
        render_kw={"autocomplete": "current-password"},
    )
    remember = BooleanField("Keep me logged in on this device")
    next = HiddenField()
    submit = SubmitField("Log in")


class LogoutForm(FlaskForm):
    submit = SubmitField("Log out")


class StudySettingsForm(FlaskForm):
    desired_retention = DecimalField(
        "Desired retention", places=2,
        validators=[InputRequired(), NumberRange(min=MIN_DESIRED_RETENTION, max=MAX_DESIRED_RETENTION)],
        render_kw={"step": "0.01", "min": MIN_DESIRED_RETENTION, "max": MAX_DESIRED_RETENTION,
                   "inputmode": "decimal"},
        description="The chance of remembering a card when it comes due: higher means more reviews.",
    )
    new_cards_per_day = IntegerField(
        "New cards per day", validators=[InputRequired(), NumberRange(min=0, max=MAX_NEW_CARDS_PER_DAY)],
        render_kw={"min": 0, "max": MAX_NEW_CARDS_PER_DAY, "inputmode": "numeric"},
    )
    submit = SubmitField("Save settings")


class StudyAnswerForm(FlaskForm):
    token = HiddenField(validators=[InputRequired()])
    answer = StringField("Your answer", validators=[Optional(), Length(max=500)])


class StudyRateForm(FlaskForm):
    """A rating for the card the token presented: from a flashcard's four
    submit buttons (name="rating") or a graded answer's radio group."""

    token = HiddenField(validators=[InputRequired()])
    rating = IntegerField("Rating", validators=[InputRequired(), NumberRange(min=1, max=4)])


class MultiCheckboxField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class QuizSetupForm(FlaskForm):
    size = IntegerField("Number of questions", validators=[InputRequired(), NumberRange(min=1, max=200)],
                        render_kw={"min": 1, "inputmode": "numeric"})
    types = MultiCheckboxField("Question types", validators=[InputRequired(message="Choose at least one type.")])
    submit = SubmitField("Start the quiz")


class QuizAnswerForm(FlaskForm):
    position = IntegerField(validators=[InputRequired()])
    answer = StringField("Your answer", validators=[Optional(), Length(max=500)])
