"""Question banks: YAML files in ``questions/`` ⇄ validated objects.

A bank file holds one question set::

    set:
      slug: vietnam-dprk-basics        # used in URLs: /quiz/<slug>
      title: Vietnam and the DPRK: the basics
      description: Optional text shown on the home page.
    questions:
      - id: q-1957-ho-chi-minh-visit   # stable: never derived from the text
        type: multiple_choice          # see QUESTION_TYPES
        prompt: Which year did ...?
        options: ["1955", "1957", "1961"]
        answer: "1957"
        explanation: Why the answer is right.
        variants:                      # optional: other forms of the same fact,
          - type: short_answer         # met in place of the question, never beside it
            prompt: In which year did ...?
            answer: "1957"
        sources:                       # one or more spans that state the fact
          - article: 001_910b8ce4e4c90f62
            start: 693
            end: 795
            quote: President Ho Chi Minh visited the DPRK in 1957 and ...

A variant takes the fields of one form (``FORM_FIELDS``) by the same rules
as a question of its type; it shares the question's id, sources, kind and
review state, so it has none of its own.

Every problem is reported as ``file:line: question 'id': field: what is wrong``
(``question 'id': variant 2: field: ...`` inside a variant), all of them at
once, so a teacher can fix a file in one pass.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from .safe_yaml import LineDict, LineList, YamlError, load_yaml

QUESTION_TYPES = ("multiple_choice", "true_false", "short_answer", "cloze", "timeline", "matching")
FACT_KINDS = ("date", "visit", "anniversary", "agreement_area")
MIN_TIMELINE_ITEMS, MAX_TIMELINE_ITEMS = 3, 10
MIN_MATCHING_PAIRS, MAX_MATCHING_PAIRS = 2, 10
CLOZE_BLANK = "____"
TRUE_FALSE_OPTIONS = ("True", "False")

SET_FIELDS = {"slug": True, "title": True, "description": False}
QUESTION_FIELDS = {
    "id": True,
    "type": True,
    "prompt": True,
    "answer": True,
    "options": False,
    "accept": False,
    "explanation": False,
    "sources": True,
    "items": False,
    "pairs": False,
    "kind": False,
    "reviewed": False,
    "generated": False,
    "variants": False,
}
# The fields of one form of a question: what a variant may have.
FORM_FIELDS = ("type", "prompt", "options", "items", "pairs", "answer", "accept", "explanation")
# What a variant shares with its question instead of having its own (as the problems name it).
SHARED_FIELDS = {"id": "id", "sources": "sources", "kind": "fact kind", "reviewed": "review mark",
                 "generated": "generator record", "variants": "variants"}
SOURCE_FIELDS = ("article", "start", "end", "quote")
GENERATED_FIELDS = {"version": True, "facts": True, "inputs": True, "text_sha256": False}
INPUT_FIELDS = ("article", "sha256")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_DIGEST = re.compile(r"^[0-9a-f]{16}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
SLUG_PATTERN = _SLUG  # for forms that create sets


@dataclass(frozen=True)
class Source:
    article: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class BankQuestion:
    id: str
    type: str
    prompt: str
    answer: str
    sources: tuple[Source, ...]
    options: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    explanation: str = ""
    line: int = 0
    items: tuple[str, ...] = ()  # timeline: the events in the right order
    pairs: tuple[tuple[str, str], ...] = ()  # matching: (left, right)
    kind: str = ""  # the fact kind the question rests on
    reviewed: bool = False
    generated: Generated | None = None
    variants: tuple[Variant, ...] = ()  # other forms of the fact, asked in place of this one


@dataclass(frozen=True)
class Variant:
    """Another form of a question's fact (another type, or the same asked
    another way), with the fields of FORM_FIELDS."""

    type: str
    prompt: str
    answer: str
    options: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    explanation: str = ""
    items: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Generated:
    """Which generator version and inputs produced a question."""

    version: str
    facts: tuple[str, ...]
    inputs: tuple[tuple[str, str], ...]  # (article id, sha256 of its text)
    text_sha256: str = ""


@dataclass(frozen=True)
class Bank:
    slug: str
    title: str
    description: str
    questions: tuple[BankQuestion, ...]
    name: str = ""


@dataclass
class BankError(ValueError):
    """Every problem found in one or more bank files."""

    problems: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(self.problems)


def parse_bank(text: str, name: str, articles: Mapping[str, str]) -> Bank:
    """Read and validate one bank file.

    ``articles`` maps article ids to their exact text; every source must
    quote its article exactly. Raises BankError listing every problem.
    """
    try:
        data = load_yaml(text, name)
    except YamlError as exc:
        raise BankError([str(exc)]) from None
    problems: list[str] = []
    if not isinstance(data, LineDict):
        raise BankError([f"{name}:1: a bank file must be a mapping with 'set' and 'questions'"])
    _unknown_keys(data, {"set", "questions"}, name, "", problems)

    meta = data.get("set")
    slug = title = description = ""
    if not isinstance(meta, LineDict):
        problems.append(f"{name}:{data.line_of('set')}: set: missing or not a mapping (slug, title)")
    else:
        _unknown_keys(meta, set(SET_FIELDS), name, "set: ", problems)
        slug = _text(meta, "slug", name, "set: ", problems, required=True)
        title = _text(meta, "title", name, "set: ", problems, required=True)
        description = _text(meta, "description", name, "set: ", problems, required=False)
        if slug and not _SLUG.match(slug):
            problems.append(
                f"{name}:{meta.line_of('slug')}: set: slug {slug!r} must be lower-case letters, digits and '-'"
            )

    items = data.get("questions")
    questions: list[BankQuestion] = []
    if not isinstance(items, LineList):
        problems.append(f"{name}:{data.line_of('questions')}: questions: missing or not a list")
        items = LineList()
        items.item_lines = []
    seen: dict[str, int] = {}
    for item, line in zip(items, items.item_lines):
        question = _parse_question(item, line, name, articles, problems)
        if question is None:
            continue
        if question.id in seen:
            problems.append(
                f"{name}:{line}: question '{question.id}': id: duplicate of the question at line {seen[question.id]}"
            )
            continue
        seen[question.id] = line
        questions.append(question)
    if not questions and isinstance(data.get("questions"), LineList) and not problems:
        problems.append(f"{name}:{data.line_of('questions')}: questions: the list is empty")
    if problems:
        raise BankError(problems)
    return Bank(slug=slug, title=title, description=description, questions=tuple(questions), name=name)


def _parse_question(
    item: Any, line: int, name: str, articles: Mapping[str, str], problems: list[str]
) -> BankQuestion | None:
    if not isinstance(item, LineDict):
        problems.append(f"{name}:{line}: question: expected a mapping of fields, got {type(item).__name__}")
        return None
    qid = item.get("id")
    label = f"question '{qid}': " if isinstance(qid, str) else f"question at line {line}: "
    before = len(problems)
    _unknown_keys(item, set(QUESTION_FIELDS), name, label, problems)
    qid = _text(item, "id", name, label, problems, required=True)
    if qid and not _ID.match(qid):
        problems.append(
            f"{name}:{item.line_of('id')}: {label}id: must be 1-100 lower-case letters, digits, '.', '_' or '-'"
        )
    form = _parse_form(item, name, label, problems)
    sources = _sources(item, name, label, articles, problems)
    kind = _text(item, "kind", name, label, problems, required=False)
    if kind and kind not in FACT_KINDS:
        problems.append(f"{name}:{item.line_of('kind')}: {label}kind: {kind!r} is not one of {', '.join(FACT_KINDS)}")
    reviewed = item.get("reviewed", False)
    if not isinstance(reviewed, bool):
        problems.append(f"{name}:{item.line_of('reviewed')}: {label}reviewed: must be true or false, got {_kind(reviewed)}")
        reviewed = False
    generated = _generated(item, name, label, problems)
    variants = _variants(item, form, name, label, problems)
    if len(problems) > before or form is None:
        return None
    return BankQuestion(
        id=qid, type=form.type, prompt=form.prompt, answer=form.answer, sources=tuple(sources),
        options=form.options, accept=form.accept, explanation=form.explanation, line=item.line,
        items=form.items, pairs=form.pairs, kind=kind, reviewed=reviewed, generated=generated, variants=variants,
    )


def _parse_form(item: LineDict, name: str, label: str, problems: list[str]) -> Variant | None:
    """The fields of one form, a question's own or a variant's, checked by the rules of its type."""
    before = len(problems)
    qtype = _text(item, "type", name, label, problems, required=True)
    if qtype and qtype not in QUESTION_TYPES:
        problems.append(
            f"{name}:{item.line_of('type')}: {label}type: {qtype!r} is not one of {', '.join(QUESTION_TYPES)}"
        )
    prompt = _text(item, "prompt", name, label, problems, required=True)
    answer = _answer(item, qtype, name, label, problems)
    explanation = _text(item, "explanation", name, label, problems, required=False)
    options = _text_list(item, "options", name, label, problems)
    accept = _text_list(item, "accept", name, label, problems)
    items = _text_list(item, "items", name, label, problems)
    pairs = _pairs(item, name, label, problems)
    for key in ("items", "pairs"):
        wanted = {"items": "timeline", "pairs": "matching"}[key]
        if key in item and qtype and qtype != wanted:
            problems.append(f"{name}:{item.line_of(key)}: {label}{key}: only {wanted} questions take {key}")

    if qtype == "timeline":
        if not MIN_TIMELINE_ITEMS <= len(items) <= MAX_TIMELINE_ITEMS:
            problems.append(f"{name}:{item.line_of('items')}: {label}items: a timeline needs "
                            f"{MIN_TIMELINE_ITEMS} to {MAX_TIMELINE_ITEMS} events, in the right order")
        elif len(set(items)) != len(items):
            problems.append(f"{name}:{item.line_of('items')}: {label}items: contain a duplicate")
    elif qtype == "matching":
        if not MIN_MATCHING_PAIRS <= len(pairs) <= MAX_MATCHING_PAIRS and "pairs" in item and len(problems) == before:
            problems.append(f"{name}:{item.line_of('pairs')}: {label}pairs: a matching question needs "
                            f"{MIN_MATCHING_PAIRS} to {MAX_MATCHING_PAIRS} pairs")
        elif "pairs" not in item:
            problems.append(f"{name}:{item.line}: {label}pairs: missing (a list of [left, right])")
        for side, label_side in ((0, "left"), (1, "right")):
            values = [pair[side] for pair in pairs]
            if len(set(values)) != len(values):
                problems.append(f"{name}:{item.line_of('pairs')}: {label}pairs: two pairs have the same {label_side} side")
    if qtype in ("timeline", "matching") and "options" in item:
        problems.append(f"{name}:{item.line_of('options')}: {label}options: {qtype} questions take no options")

    if qtype == "multiple_choice":
        if len(options) < 3:
            problems.append(f"{name}:{item.line_of('options')}: {label}options: need at least 3 (the answer and 2 distractors)")
        if len(set(options)) != len(options):
            problems.append(f"{name}:{item.line_of('options')}: {label}options: contain a duplicate")
        if answer and options and answer not in options:
            problems.append(f"{name}:{item.line_of('answer')}: {label}answer: {answer!r} is not one of the options")
    elif qtype == "true_false":
        options = list(TRUE_FALSE_OPTIONS)
    elif qtype == "cloze" and prompt and prompt.count(CLOZE_BLANK) != 1:
        problems.append(f"{name}:{item.line_of('prompt')}: {label}prompt: a cloze prompt needs exactly one {CLOZE_BLANK} blank")
    elif qtype in ("short_answer", "cloze") and "options" in item:
        problems.append(f"{name}:{item.line_of('options')}: {label}options: {qtype} questions take no options")
    if len(problems) > before:
        return None
    return Variant(type=qtype, prompt=prompt, answer=answer, options=tuple(options), accept=tuple(accept),
                   explanation=explanation, items=tuple(items), pairs=tuple(pairs))


def _variants(item: LineDict, primary: Variant | None, name: str, label: str,
              problems: list[str]) -> tuple[Variant, ...]:
    """A question's other forms, each checked as a question of its type would be."""
    value = item.get("variants")
    if value is None:
        return ()
    if not isinstance(value, LineList):
        problems.append(f"{name}:{item.line_of('variants')}: {label}variants: must be a list of forms "
                        f"(mappings of {', '.join(FORM_FIELDS)})")
        return ()
    variants: list[Variant] = []
    # A form asked twice would make the rotation show the same thing again.
    seen = {(primary.type, primary.prompt): "the question itself"} if primary else {}
    for number, (entry, line) in enumerate(zip(value, value.item_lines), start=1):
        where = f"{label}variant {number}: "
        if not isinstance(entry, LineDict):
            problems.append(f"{name}:{line}: {where}must be a mapping of {', '.join(FORM_FIELDS)}")
            continue
        before = len(problems)
        for key in entry:
            at = f"{name}:{entry.line_of(key)}: {where}{key}: "
            if key == "variants":
                problems.append(at + "a variant has no variants of its own")
            elif key in SHARED_FIELDS:
                problems.append(at + f"a variant shares its question's {SHARED_FIELDS[key]}; leave it out")
            elif key not in FORM_FIELDS:
                problems.append(at + f"unknown field (allowed in a variant: {', '.join(FORM_FIELDS)})")
        form = _parse_form(entry, name, where, problems)
        if form is None or len(problems) > before:
            continue
        twin = seen.setdefault((form.type, form.prompt), f"variant {number}")
        if twin != f"variant {number}":
            problems.append(f"{name}:{entry.line_of('prompt')}: {where}prompt: the same type and prompt as {twin}")
            continue
        variants.append(form)
    return tuple(variants)


def _pairs(item: LineDict, name: str, label: str, problems: list[str]) -> list[tuple[str, str]]:
    value = item.get("pairs")
    if value is None:
        return []
    if not isinstance(value, LineList):
        problems.append(f"{name}:{item.line_of('pairs')}: {label}pairs: must be a list of [left, right]")
        return []
    pairs = []
    for entry, line in zip(value, value.item_lines):
        texts = [str(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
                 for v in (entry if isinstance(entry, LineList) else [])]
        if not isinstance(entry, LineList) or len(texts) != 2 or not all(isinstance(t, str) and t.strip() for t in texts):
            problems.append(f"{name}:{line}: {label}pairs: each pair is a list of two texts [left, right]")
            continue
        pairs.append((texts[0].strip(), texts[1].strip()))
    return pairs


def _generated(item: LineDict, name: str, label: str, problems: list[str]) -> Generated | None:
    value = item.get("generated")
    if value is None:
        return None
    where = f"{label}generated: "
    if not isinstance(value, LineDict):
        problems.append(f"{name}:{item.line_of('generated')}: {where}must be a mapping of {', '.join(GENERATED_FIELDS)}")
        return None
    before = len(problems)
    _unknown_keys(value, set(GENERATED_FIELDS), name, where, problems)
    version = _text(value, "version", name, where, problems, required=True)
    facts = _text_list(value, "facts", name, where, problems)
    if "facts" in value and not facts and len(problems) == before:
        problems.append(f"{name}:{value.line_of('facts')}: {where}facts: need at least one fact id")
    elif "facts" not in value:
        problems.append(f"{name}:{value.line}: {where}facts: missing")
    digest = _text(value, "text_sha256", name, where, problems, required=False)
    if digest and not _DIGEST.match(digest):
        problems.append(f"{name}:{value.line_of('text_sha256')}: {where}text_sha256: must be 16 hex digits")
    inputs: list[tuple[str, str]] = []
    entries = value.get("inputs")
    if not isinstance(entries, LineList) or not entries:
        problems.append(f"{name}:{value.line_of('inputs')}: {where}inputs: need a list of {{article, sha256}}")
        entries = LineList()
        entries.item_lines = []
    for entry, line in zip(entries, entries.item_lines):
        if not isinstance(entry, LineDict):
            problems.append(f"{name}:{line}: {where}inputs: each input is a mapping of article, sha256")
            continue
        _unknown_keys(entry, set(INPUT_FIELDS), name, where + "inputs: ", problems)
        article = _text(entry, "article", name, where + "inputs: ", problems, required=True)
        sha = _text(entry, "sha256", name, where + "inputs: ", problems, required=True)
        if sha and not _SHA256.match(sha):
            problems.append(f"{name}:{entry.line_of('sha256')}: {where}inputs: sha256: must be 64 lower-case hex digits")
        inputs.append((article, sha))
    if len(problems) > before:
        return None
    return Generated(version=version, facts=tuple(facts), inputs=tuple(inputs), text_sha256=digest)


def _answer(item: LineDict, qtype: str, name: str, label: str, problems: list[str]) -> str:
    value = item.get("answer")
    line = item.line_of("answer")
    if qtype == "true_false":
        if isinstance(value, bool):
            return TRUE_FALSE_OPTIONS[0] if value else TRUE_FALSE_OPTIONS[1]
        problems.append(f"{name}:{line}: {label}answer: a true_false answer must be true or false")
        return ""
    if isinstance(value, bool) or value is None:
        problems.append(f"{name}:{line}: {label}answer: missing or not text")
        return ""
    if isinstance(value, (int, float)):
        value = str(value)  # "answer: 1957" is a year, not a number to compute with
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{name}:{line}: {label}answer: missing or not text")
        return ""
    return value.strip()


def _sources(
    item: LineDict, name: str, label: str, articles: Mapping[str, str], problems: list[str]
) -> list[Source]:
    value = item.get("sources")
    if not isinstance(value, LineList) or not value:
        problems.append(f"{name}:{item.line_of('sources')}: {label}sources: need a list of at least one source")
        return []
    sources = []
    for entry, line in zip(value, value.item_lines):
        if not isinstance(entry, LineDict):
            problems.append(f"{name}:{line}: {label}sources: each source is a mapping of {', '.join(SOURCE_FIELDS)}")
            continue
        before = len(problems)
        _unknown_keys(entry, set(SOURCE_FIELDS), name, label + "sources: ", problems)
        article = _text(entry, "article", name, label + "sources: ", problems, required=True)
        quote = entry.get("quote")
        if not isinstance(quote, str) or not quote:
            problems.append(f"{name}:{entry.line_of('quote')}: {label}sources: quote: missing or not text")
        start, end = entry.get("start"), entry.get("end")
        for key, number in (("start", start), ("end", end)):
            if not isinstance(number, int) or isinstance(number, bool) or number < 0:
                problems.append(f"{name}:{entry.line_of(key)}: {label}sources: {key}: must be a whole number ≥ 0")
        if len(problems) > before:
            continue
        text = articles.get(article)
        if text is None:
            problems.append(f"{name}:{entry.line_of('article')}: {label}sources: article: no article {article!r}")
            continue
        if not start < end <= len(text):
            problems.append(
                f"{name}:{entry.line_of('start')}: {label}sources: start/end: {start}-{end} is outside "
                f"article {article!r} ({len(text)} characters)"
            )
            continue
        if text[start:end] != quote:
            problems.append(
                f"{name}:{entry.line_of('quote')}: {label}sources: quote: does not match text[{start}:{end}] "
                f"of article {article!r}, which reads {text[start:end][:80]!r}"
            )
            continue
        sources.append(Source(article=article, start=start, end=end, quote=quote))
    return sources


def _text(data: LineDict, key: str, name: str, label: str, problems: list[str], *, required: bool) -> str:
    value = data.get(key)
    if value is None:
        if required:
            problems.append(f"{name}:{data.line}: {label}{key}: missing")
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        problems.append(f"{name}:{data.line_of(key)}: {label}{key}: must be text, got {_kind(value)}")
        return ""
    return value.strip()


def _text_list(data: LineDict, key: str, name: str, label: str, problems: list[str]) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, LineList):
        problems.append(f"{name}:{data.line_of(key)}: {label}{key}: must be a list")
        return []
    result = []
    for entry, line in zip(value, value.item_lines):
        if isinstance(entry, (int, float)) and not isinstance(entry, bool):
            entry = str(entry)
        if not isinstance(entry, str) or not entry.strip():
            problems.append(f"{name}:{line}: {label}{key}: each item must be text, got {_kind(entry)}")
            continue
        result.append(entry.strip())
    return result


def _unknown_keys(data: LineDict, allowed: set[str], name: str, label: str, problems: list[str]) -> None:
    for key in data:
        if key not in allowed:
            problems.append(
                f"{name}:{data.line_of(key)}: {label}{key}: unknown field (allowed: {', '.join(sorted(allowed))})"
            )


def _kind(value: Any) -> str:
    if isinstance(value, LineDict):
        return "a mapping"
    if isinstance(value, LineList):
        return "a list"
    return type(value).__name__


def check_unique_across(banks: list[Bank]) -> None:
    """Question ids and set slugs are unique across all bank files."""
    problems: list[str] = []
    ids: dict[str, str] = {}
    slugs: dict[str, str] = {}
    for bank in banks:
        if bank.slug in slugs:
            problems.append(f"{bank.name}:1: set: slug {bank.slug!r} is also used by {slugs[bank.slug]}")
        slugs.setdefault(bank.slug, bank.name)
        for question in bank.questions:
            if question.id in ids:
                problems.append(
                    f"{bank.name}:{question.line}: question '{question.id}': id: also used in {ids[question.id]}"
                )
            ids.setdefault(question.id, f"{bank.name}:{question.line}")
    if problems:
        raise BankError(problems)


# Writing banks, and checking one question given as a plain mapping --------

def _lined(value: Any, line: int = 1) -> Any:
    """Plain dicts and lists as the validator reads them (every line ``line``)."""
    if isinstance(value, Mapping):
        result = LineDict((key, _lined(item, line)) for key, item in value.items())
        result.line, result.key_lines = line, {key: line for key in value}
        return result
    if isinstance(value, (list, tuple)):
        items = LineList(_lined(item, line) for item in value)
        items.line, items.item_lines = line, [line] * len(value)
        return items
    return value


def check_question(data: Mapping[str, Any], articles: Mapping[str, str], name: str = "form") -> BankQuestion:
    """Validate one question given as a bank mapping (as a form builds it) by
    exactly the rules a bank file's question obeys; raises BankError."""
    problems: list[str] = []
    question = _parse_question(_lined(data), 1, name, articles, problems)
    if problems or question is None:
        raise BankError(problems)
    return question


_PROBLEM = re.compile(r"^[^\n]*?:\d+: (?:question '[^']*'|question at line \d+): (?P<field>[a-z_0-9/]+): (?P<message>.*)$",
                      re.DOTALL)


def problems_by_field(problems: list[str]) -> dict[str, list[str]]:
    """``{"answer": ["'x' is not one of the options"], ...}`` from BankError
    problems, for showing each beside its form field ("" for the rest)."""
    fields: dict[str, list[str]] = {}
    for problem in problems:
        match = _PROBLEM.match(problem)
        if match:
            field_name, message = match["field"], match["message"]
            if field_name == "sources" and ": " in message:
                message = message.split(": ", 1)[1]
            fields.setdefault(field_name, []).append(message)
        else:
            fields.setdefault("", []).append(problem)
    return fields


def question_mapping(question: BankQuestion) -> dict[str, Any]:
    """A question as its bank-file mapping, fields in a fixed order."""
    form = form_mapping(question)
    data: dict[str, Any] = {"id": question.id, "type": form.pop("type")}
    if question.kind:
        data["kind"] = question.kind
    data.update(form)
    if question.variants:
        data["variants"] = [form_mapping(variant) for variant in question.variants]
    data["sources"] = [
        {"article": s.article, "start": s.start, "end": s.end, "quote": s.quote} for s in question.sources
    ]
    if question.reviewed:
        data["reviewed"] = True
    if question.generated is not None:
        generated: dict[str, Any] = {
            "version": question.generated.version,
            "facts": list(question.generated.facts),
            "inputs": [{"article": a, "sha256": sha} for a, sha in question.generated.inputs],
        }
        if question.generated.text_sha256:
            generated["text_sha256"] = question.generated.text_sha256
        data["generated"] = generated
    return data


def form_mapping(form: BankQuestion | Variant) -> dict[str, Any]:
    """The fields of one form as a bank file has them (a variant's whole mapping)."""
    data: dict[str, Any] = {"type": form.type, "prompt": form.prompt}
    if form.options and form.type != "true_false":
        data["options"] = list(form.options)
    if form.items:
        data["items"] = list(form.items)
    if form.pairs:
        data["pairs"] = [list(pair) for pair in form.pairs]
    data["answer"] = (form.answer == TRUE_FALSE_OPTIONS[0]) if form.type == "true_false" else form.answer
    if form.accept:
        data["accept"] = list(form.accept)
    if form.explanation:
        data["explanation"] = form.explanation
    return data


def dump_bank(bank: Bank) -> str:
    """The bank as a bank file: deterministic, and ``parse_bank`` reads back
    the same bank (line numbers and file name aside)."""
    meta: dict[str, Any] = {"slug": bank.slug, "title": bank.title}
    if bank.description:
        meta["description"] = bank.description
    document = {"set": meta, "questions": [question_mapping(q) for q in bank.questions]}
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, default_flow_style=False, width=4096)
