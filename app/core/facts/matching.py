"""Running the extractors' patterns fast, without changing what they find.

Python's regular-expression engine tries a pattern at every position of the
text, so the cost of a search is the cost of a failed try, times the length
of the text. Two things make that try cheap:

- A look-ahead on the characters a match can start with, ``(?=[acm])``:
  where the pattern opens with a long alternation ("cooperation|agreement|
  memorandum|..."), most positions are turned down at once instead of by a
  try of every word (``starting_with``).
- Matching case-sensitively on text folded once: under re.IGNORECASE every
  comparison folds the character again, and the engine cannot skip an
  alternative on its first letter. A pattern written in lower case finds in
  ``caseless(text)`` what it finds with re.IGNORECASE in ``text``, at the same
  offsets (``on_caseless``).

tests/core/test_matching.py runs each pattern built here beside its plain form.
"""
from __future__ import annotations

import re

# Each pattern built here: its plain form and flags, and whether it reads caseless text (for that test).
PLAIN: dict[re.Pattern[str], tuple[str, int, bool]] = {}

def caseless(text: str) -> str:
    """``text`` in lower case, one character for each, with letters folded as re.IGNORECASE folds
    them for patterns written in ASCII."""
    # re.IGNORECASE matches "İ" and "ı" as "i", and "ſ" as "s" (the re documentation lists them with the
    # Kelvin sign, which lower() already makes "k"); "İ" goes first: lower() makes it two characters.
    # (str.replace, not str.translate: translate reads a non-ASCII text character by character.)
    return text.replace("İ", "i").lower().replace("ı", "i").replace("ſ", "s")


def starting_with(initial: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    r"""``pattern`` compiled behind a look-ahead for ``initial``, a pattern for one character
    ("[acd]", r"\d", "(?i:[io])") that every match of ``pattern`` starts with.
    Flags go in ``flags``: an inline "(?i)" must open the whole expression."""
    compiled = re.compile(f"(?={initial})(?:{pattern})", flags)
    PLAIN[compiled] = (pattern, flags, False)
    return compiled


def on_caseless(initial: str, pattern: str) -> re.Pattern[str]:
    """``pattern``, written in lower case and ASCII, as ``starting_with`` compiles it, to be run over
    ``caseless(text)``: it finds there what ``re.compile(pattern, re.IGNORECASE)`` finds in ``text``."""
    compiled = re.compile(f"(?={initial})(?:{pattern})")
    PLAIN[compiled] = (pattern, re.IGNORECASE, True)
    return compiled
