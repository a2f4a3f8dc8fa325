"""Item statistics on a known set of answers: exact numbers."""
from __future__ import annotations

import pytest

from app.core.item_stats import Answer, ItemQuestion, groups, item_stats, score_bins, student_scores

Q1 = ItemQuestion("q1", "1950", ("1945", "1950", "1954", "1957"))
Q2 = ItemQuestion("q2", "True", ("True", "False"))
Q3 = ItemQuestion("q3", "Hanoi")


def answers() -> list[Answer]:
    """Six students. q1 is answered right by the strong students, q2 by
    everyone, q3 right only by the weak ones."""
    rows = []
    # (student, q1 given, q2 given, q3 given)
    table = [
        (1, "1950", "True", "Hue"),      # 2/3
        (2, "1950", "True", "Hue"),      # 2/3
        (3, "1950", "True", "Saigon"),   # 2/3
        (4, "1945", "True", "Hanoi"),    # 2/3
        (5, "1954", "True", "Hanoi"),    # 2/3
        (6, "1945", "True", "Hanoi"),    # 2/3
    ]
    for student, g1, g2, g3 in table:
        rows.append(Answer(student, "q1", g1 == "1950", g1, 4000 + 1000 * student))
        rows.append(Answer(student, "q2", g2 == "True", g2, None))
        rows.append(Answer(student, "q3", g3 == "Hanoi", g3, 2000))
    # Student 1 also answers q1 again, right, in 3 s; student 6 gets q2 wrong once.
    rows.append(Answer(1, "q1", True, "1950", 3000))
    rows.append(Answer(6, "q2", False, "False", 1000))
    return rows


def test_student_scores_and_groups() -> None:
    scores = student_scores(answers())
    assert scores == {1: 3 / 4, 2: 2 / 3, 3: 2 / 3, 4: 2 / 3, 5: 2 / 3, 6: 2 / 4}
    upper, lower = groups(scores)
    assert upper == [1, 2]  # ties broken by id
    assert lower == [5, 6]


def test_item_statistics_exact() -> None:
    result = item_stats([Q1, Q2, Q3], answers())
    q1, q2, q3 = result.items
    assert (q1.attempts, q1.correct) == (7, 4)
    assert q1.facility == pytest.approx(4 / 7)
    assert q1.discrimination == pytest.approx(1.0)  # upper 1, 1; lower 0, 0
    assert q1.wrong_choices == (("1945", 2), ("1954", 1), ("1957", 0))
    assert q1.mean_response_ms == pytest.approx((5000 + 6000 + 7000 + 8000 + 9000 + 10000 + 3000) / 7)
    assert q1.flags == ()

    assert (q2.attempts, q2.correct) == (7, 6)
    assert q2.facility == pytest.approx(6 / 7)
    assert q2.discrimination == pytest.approx(1 - (1 + 0.5) / 2)  # student 6: 1 of 2
    assert q2.wrong_choices == (("False", 1),)
    assert q2.mean_response_ms == 1000
    assert q2.flags == ()

    assert (q3.attempts, q3.correct) == (6, 3)
    assert q3.facility == 0.5
    assert q3.discrimination == pytest.approx(-1.0)
    assert q3.wrong_choices == (("Hue", 2), ("Saigon", 1))  # typed answers, most frequent first
    assert q3.mean_response_ms == 2000
    assert q3.flags == ("negative discrimination",)

    assert result.students == 6
    assert result.mean_score == pytest.approx((3 / 4 + 4 * 2 / 3 + 1 / 2) / 6)
    assert result.score_bins == (0, 0, 0, 0, 0, 1, 4, 1, 0, 0)
    assert [item.question for item in result.flagged] == ["q3"]


def test_too_easy_too_hard_and_no_answers() -> None:
    easy = [Answer(s, "q1", True, "1950") for s in range(10)]
    hard = [Answer(s, "q2", s < 2, "True" if s < 2 else "False") for s in range(10)]
    result = item_stats([Q1, Q2, Q3], easy + hard)
    q1, q2, q3 = result.items
    assert q1.facility == 1.0 and q1.flags == ("too easy",)
    assert q2.facility == pytest.approx(0.2) and "too hard" in q2.flags
    assert q3.attempts == 0 and q3.facility is None and q3.discrimination is None and q3.flags == ()
    assert q3.mean_response_ms is None


def test_under_three_students_there_is_no_discrimination() -> None:
    rows = [Answer(1, "q1", True, "1950"), Answer(2, "q1", False, "1945")]
    result = item_stats([Q1], rows)
    assert result.items[0].discrimination is None
    assert result.students == 2 and result.mean_score == 0.5


def test_answers_to_other_questions_are_ignored_and_bins_hold_perfect_scores() -> None:
    result = item_stats([Q1], [Answer(1, "elsewhere", False, "x"), Answer(2, "q1", True, "1950")])
    assert result.students == 1
    assert score_bins([0.0, 0.1, 0.95, 1.0]) == (1, 1, 0, 0, 0, 0, 0, 0, 0, 2)
