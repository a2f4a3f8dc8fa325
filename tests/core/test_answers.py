from __future__ import annotations

import pytest

from app.core.answers import AnswerError, matching_response, shuffled, timeline_response
from app.core.grading import is_correct

EVENTS = ["Relations established (1950)", "Ho Chi Minh visits (1957)", "Kim Il Sung visits (1958)", "Trade ends (1996)"]
PAIRS = [["Ho Chi Minh", "1957"], ["Pham Van Dong", "1961"], ["Kim Jong Un", "2019"]]


def test_shuffled_is_deterministic_and_never_the_answer_order() -> None:
    assert shuffled(EVENTS, "q-1") == shuffled(EVENTS, "q-1")
    for seed in range(50):
        order = shuffled(EVENTS, f"q-{seed}")
        assert sorted(order) == sorted(EVENTS) and order != EVENTS
    assert shuffled(["only"], "x") == ["only"]


def test_a_timeline_put_in_order_is_right_and_any_other_order_wrong() -> None:
    displayed = shuffled(EVENTS, "q-7")
    positions = [str(EVENTS.index(event) + 1) for event in displayed]
    given = timeline_response(displayed, positions)
    assert is_correct("timeline", "irrelevant text", given, items=EVENTS)
    swapped = positions[:]
    swapped[0], swapped[1] = swapped[1], swapped[0]
    assert not is_correct("timeline", "x", timeline_response(displayed, swapped), items=EVENTS)


@pytest.mark.parametrize(
    ("positions", "message"),
    [(["1", "1", "2", "3"], "its own position"), (["1", "2", "3"], "every event"), (["1", "2", "x", "4"], "numbers"),
     (["1", "2", "3", "9"], "its own position"), (["1", "", "2", "3"], "every event")],
)
def test_a_timeline_response_that_is_not_an_order_is_refused(positions: list[str], message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        timeline_response(EVENTS, positions)


def test_matching_is_right_only_when_every_pair_is() -> None:
    lefts = [left for left, _ in PAIRS]
    rights = shuffled([right for _, right in PAIRS], "m-1")
    right_answer = matching_response(lefts, ["1957", "1961", "2019"], rights)
    assert is_correct("matching", "x", right_answer, pairs=PAIRS)
    assert not is_correct("matching", "x", matching_response(lefts, ["1961", "1957", "2019"], rights), pairs=PAIRS)
    with pytest.raises(AnswerError, match="every item"):
        matching_response(lefts, ["1957", "1961"], rights)
    with pytest.raises(AnswerError, match="from the list"):
        matching_response(lefts, ["1957", "1961", "1999"], rights)
