"""Forms (WTForms through Flask-WTF, so every POST carries a CSRF token)."""
from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    DecimalField,
    HiddenField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
    widgets,
)
from wtforms.validators import AnyOf, EqualTo, InputRequired, Length, NumberRange, Optional

from .core.scheduling import MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION
from .services.accounts import MAX_NEW_CARDS_PER_DAY, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH


def new_password_field(label: str) -> PasswordField:
    return PasswordField(
        label,
        validators=[InputRequired(), Length(
            min=MIN_PASSWORD_LENGTH, max=MAX_PASSWORD_LENGTH,
            message=f"A password needs at least {MIN_PASSWORD_LENGTH} characters (at most {MAX_PASSWORD_LENGTH}).",
        )],
        render_kw={"autocomplete": "new-password"},
        description=f"At least {MIN_PASSWORD_LENGTH} characters.",
    )


class RegisterForm(FlaskForm):
    username = StringField(
        "Username",
        validators=[InputRequired(), Length(min=3, max=40, message="A username has 3 to 40 characters.")],
        render_kw={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"},
    )
    password = new_password_field("Password")
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
    # Which form of the question the page showed (0 the primary, then its variants).
    form_index = IntegerField(validators=[Optional(), NumberRange(min=0, max=999)])


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
    form_index = IntegerField(validators=[Optional(), NumberRange(min=0, max=999)])  # the form of it asked


# Teacher authoring -------------------------------------------------------------

class QuestionSetForm(FlaskForm):
    slug = StringField(
        "Slug", validators=[InputRequired(), Length(max=100)],
        description="In the set's addresses: lower-case letters, digits and '-'. It cannot change later.",
        render_kw={"autocapitalize": "none", "spellcheck": "false"},
    )
    title = StringField("Title", validators=[InputRequired(), Length(max=300)])
    description = TextAreaField("Description", validators=[Optional(), Length(max=2000)])
    students_may_export = BooleanField(
        "Students may download this set (Anki, CSV, Moodle), answers included", default=True,
        description="Turn this off for a set used as a graded quiz.")
    submit = SubmitField("Save")


class ConfirmForm(FlaskForm):
    """A POST that only needs its CSRF token (publish, delete, accept, reject)."""

    submit = SubmitField("Confirm")


class PublishForm(FlaskForm):
    published = HiddenField(validators=[InputRequired(), AnyOf(["0", "1"])])


class ArticleForm(FlaskForm):
    text = TextAreaField("Paste the article", validators=[Optional()], render_kw={"rows": 14},
                         description="Its text, or the page's HTML: menus and related stories are left out.")
    upload = FileField("…or upload a .txt file or a saved web page (.html)", validators=[Optional()],
                       render_kw={"accept": ".txt,.html,.htm,text/plain,text/html"})
    submit = SubmitField("Add the article and draft questions")


class ImportForm(FlaskForm):
    upload = FileField("Bank file (.yaml)", validators=[FileRequired(message="Choose a .yaml file.")],
                       render_kw={"accept": ".yaml,.yml"})
    submit = SubmitField("Import")


class AcceptDraftsForm(FlaskForm):
    set_slug = SelectField("Add accepted questions to", validators=[InputRequired()])


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class QuestionForm(FlaskForm):
    """Every question type of the bank. Only the form's shape lives here:
    the rules (answer among the options, 2 distractors, the quote) are the
    bank's, applied by the authoring service to the mapping this form builds."""

    type = SelectField("Type")
    prompt = TextAreaField("Prompt", validators=[InputRequired(), Length(max=2000)], render_kw={"rows": 3},
                           description="A cloze prompt has one ____ blank.")
    answer = StringField("Answer", validators=[Optional(), Length(max=1000)],
                         description="For true/false: true or false. Multiple choice: one of the options.")
    options = TextAreaField("Options, one per line", validators=[Optional(), Length(max=5000)],
                            description="Multiple choice: the answer and at least 2 distractors.")
    accept = TextAreaField("Other accepted answers, one per line", validators=[Optional(), Length(max=5000)])
    items = TextAreaField("Timeline events in the right order, one per line",
                          validators=[Optional(), Length(max=5000)])
    pairs = TextAreaField("Matching pairs, one per line as: left | right", validators=[Optional(), Length(max=5000)])
    explanation = TextAreaField("Explanation", validators=[Optional(), Length(max=5000)], render_kw={"rows": 3})
    kind = SelectField("Fact kind", validators=[Optional()])
    article = SelectField("Article")
    sentence = RadioField("Source sentence", coerce=int, validate_choice=False,
                          validators=[InputRequired(message="Pick the sentence that states the fact.")])
    show = SubmitField("Show this article's sentences")
    submit = SubmitField("Save the question")

    def to_mapping(self, question_id: str, source: dict) -> dict:
        """The question as a bank mapping; fields its type does not take are left out."""
        qtype = self.type.data
        answer: object = (self.answer.data or "").strip()
        if qtype == "true_false":
            answer = {"true": True, "false": False}.get(str(answer).lower(), answer)
        data: dict = {"id": question_id, "type": qtype, "prompt": self.prompt.data or "", "answer": answer}
        if qtype == "multiple_choice":
            data["options"] = _lines(self.options.data)
        if qtype in ("short_answer", "cloze") and _lines(self.accept.data):
            data["accept"] = _lines(self.accept.data)
        if qtype == "timeline":
            data["items"] = _lines(self.items.data)
        if qtype == "matching":
            data["pairs"] = [[part.strip() for part in line.split("|", 1)] if "|" in line else [line]
                             for line in _lines(self.pairs.data)]
        if self.explanation.data and self.explanation.data.strip():
            data["explanation"] = self.explanation.data.strip()
        if self.kind.data:
            data["kind"] = self.kind.data
        data["sources"] = [source]
        return data

    def fill_from(self, data: dict) -> None:
        """Pre-fill from a bank mapping (a stored question or a draft)."""
        self.type.data = data.get("type")
        self.prompt.data = data.get("prompt", "")
        answer = data.get("answer", "")
        self.answer.data = str(answer).lower() if isinstance(answer, bool) else str(answer)
        self.options.data = "\n".join(data.get("options", []))
        self.accept.data = "\n".join(data.get("accept", []))
        self.items.data = "\n".join(data.get("items", []))
        self.pairs.data = "\n".join(f"{left} | {right}" for left, right in data.get("pairs", []))
        self.explanation.data = data.get("explanation", "")
        self.kind.data = data.get("kind", "")


class ResetPasswordForm(FlaskForm):
    password = new_password_field("New password")
    confirm = PasswordField("The new password again", validators=[InputRequired(), EqualTo(
        "password", message="The two passwords differ.")], render_kw={"autocomplete": "new-password"})
    submit = SubmitField("Set the new password")
