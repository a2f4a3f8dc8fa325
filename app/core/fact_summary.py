"""One line that says what a fact is, for pages, tooltips and explanations."""
from __future__ import annotations

from typing import Any

KIND_LABELS = {
    "date": "Date",
    "visit": "Visit",
    "anniversary": "Anniversary",
    "agreement_area": "Areas of cooperation",
}

_MONTHS = "January February March April May June July August September October November December".split()  # noqa: SIM905 (a word list)


def format_when(when: str | None) -> str:
    """ISO 8601 as people read it: '1958-11-28/1958-12-02' → '28 November 1958 – 2 December 1958'."""
    if not when:
        return ""
    return " – ".join(_format_point(part) for part in str(when).split("/"))


def _format_point(point: str) -> str:
    if point.startswith("--"):  # no year: --MM or --MM-DD
        parts = point[2:].split("-")
        month = _month(parts[0])
        return f"{int(parts[1])} {month}" if len(parts) > 1 and parts[1].isdigit() else month
    parts = point.split("-")
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return f"{_month(parts[1])} {parts[0]}"
    return f"{int(parts[2])} {_month(parts[1])} {parts[0]}" if parts[2].isdigit() else point


def _month(number: str) -> str:
    return _MONTHS[int(number) - 1] if number.isdigit() and 1 <= int(number) <= 12 else number


def describe_fact(kind: str, fields: dict[str, Any]) -> str:
    if kind == "visit":
        text = f"Visit by {fields.get('visitor') or 'someone'} to {fields.get('destination') or 'somewhere'}"
        return f"{text} ({format_when(fields.get('when'))})" if fields.get("when") else text
    if kind == "date":
        event = fields.get("event") or "an event"
        return f"{format_when(fields.get('when'))}: {event}"
    if kind == "anniversary":
        number = fields.get("number")
        text = f"{_ordinal(number)} anniversary of {fields.get('subject') or 'something'}"
        return f"{text} ({fields['year']})" if fields.get("year") else text
    if kind == "agreement_area":
        return "Cooperation in " + ", ".join(fields.get("areas") or [])
    return kind


def _ordinal(number: Any) -> str:
    try:
        value = int(number)
    except (TypeError, ValueError):
        return str(number)
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"
