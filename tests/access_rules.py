"""Who may use each route: every endpoint of the app, with its rule.

tests/test_access.py walks the whole ``app.url_map`` as anonymous, a
student, another student and a teacher, and fails for any endpoint missing
here: a new route needs a line in this table.

- ``ANYONE``: anyone, logged in or not (public pages, log-in, register).
- ``LOGGED_IN``: any account; anonymous users are sent to log in.
- ``OWNER``: any account, but the thing in the URL is its owner's only:
  anonymous users are sent to log in, other accounts get 404 (as if it did
  not exist).
- ``TEACHER``: teachers only; students get 403, anonymous users are sent to
  log in.
"""
from __future__ import annotations

ANYONE = "anyone"
LOGGED_IN = "logged-in"
OWNER = "owner"
TEACHER = "teacher"

RULES: dict[str, str] = {
    "static": ANYONE,
    "home.index": ANYONE,
    "articles.index": ANYONE,
    "articles.show": ANYONE,
    "facts.index": ANYONE,
    "sets.show": ANYONE,
    "export.set_file": LOGGED_IN,  # answer keys: only for accounts (and per set, see test_export_access.py)
    "export.all_sets_apkg": LOGGED_IN,
    "auth.login": ANYONE,
    "auth.register": ANYONE,
    "auth.logout": ANYONE,  # a POST; without a session it only redirects home
    "auth.account": LOGGED_IN,
    "auth.reset_password": ANYONE,  # the signed link is the key; a made-up one is a 400
    "progress.index": LOGGED_IN,
    "quiz.start": LOGGED_IN,
    "quiz.attempts": LOGGED_IN,
    "quiz.attempt": OWNER,
    "quiz.answer": OWNER,
    "study.show": LOGGED_IN,
    "study.answer": LOGGED_IN,  # the card token names its account: another's is refused
    "study.review": LOGGED_IN,
    "study.card_history": OWNER,
    # Teacher authoring (/teach)
    "teacher.index": TEACHER,
    "teacher.students": TEACHER,
    "teacher.reset_link": TEACHER,
    "teacher.new_set": TEACHER,
    "teacher.show_set": TEACHER,
    "teacher.edit_set": TEACHER,
    "teacher.publish_set": TEACHER,
    "teacher.delete_set": TEACHER,
    "teacher.export_set": TEACHER,
    "teacher.set_stats": TEACHER,
    "teacher.new_question": TEACHER,
    "teacher.edit_question": TEACHER,
    "teacher.delete_question": TEACHER,
    "teacher.import_bank": TEACHER,
    "teacher.new_article": TEACHER,
    "teacher.delete_article": TEACHER,
    "teacher.drafts": TEACHER,
    "teacher.accept_draft": TEACHER,
    "teacher.reject_draft": TEACHER,
    "teacher.edit_draft": TEACHER,
    "teacher.bulk_drafts": TEACHER,

}
