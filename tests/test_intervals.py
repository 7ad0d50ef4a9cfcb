"""How long between two events: what the question asks and the arithmetic (pure)."""

from __future__ import annotations

from datetime import date

import pytest

from qa.chronology import Period
from qa.intervals import IntervalAsked, interval_asked, span


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "How many years separate the 2001 agreement and the new treaty signed in 2025?",
            IntervalAsked(("the 2001 agreement", "the new treaty signed in 2025"), "years"),
        ),
        (
            "How much time passed between Soleimani's assassination and Russia's invasion?",
            IntervalAsked(("Soleimani's assassination", "Russia's invasion"), None),
        ),
        (
            "How many years apart were the invasion and the toppling of Assad?",
            IntervalAsked(("the invasion", "the toppling of Assad"), "years"),
        ),
        # The second event is split off at "did", or else at the last "was".
        (
            "How many years after the 2001 agreement did Russia invade Ukraine?",
            IntervalAsked(("the 2001 agreement", "Russia invade Ukraine"), "years", "after"),
        ),
        (
            "How many years before the treaty was signed was Qasem Soleimani assassinated?",
            IntervalAsked(
                ("the treaty was signed", "Qasem Soleimani assassinated"), "years", "before"
            ),
        ),
        (
            "Roughly how many days before the Friday news conference did Lavrov speak?",
            IntervalAsked(("the Friday news conference", "Lavrov speak"), "days", "before"),
        ),
        (
            "How many years prior to the treaty was Soleimani killed?",
            IntervalAsked(("the treaty", "Soleimani killed"), "years", "before"),
        ),
    ],
)
def test_a_question_on_the_time_between_two_events_names_both(
    question: str, asked: IntervalAsked
) -> None:
    assert interval_asked(question) == asked


@pytest.mark.parametrize(
    "question",
    [
        "How many years is the treaty expected to last?",
        "How long did negotiations for the treaty take?",
        "How many days before Trump's return?",
        "Which came first: the invasion or the assassination?",
    ],
)
def test_other_how_many_and_how_long_questions_ask_no_interval(question: str) -> None:
    assert interval_asked(question) is None


def day(y: int, m: int, d: int) -> Period:
    return Period(date(y, m, d), date(y, m, d))


def month(y: int, m: int, last: int) -> Period:
    return Period(date(y, m, 1), date(y, m, last))


def year(y: int) -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31))


BETWEEN = IntervalAsked(("a", "b"), "years")


@pytest.mark.parametrize(
    ("asked", "times", "told"),
    [
        # A year-long time gives whole years, "about".
        (BETWEEN, (year(2001), day(2025, 1, 17)), "About 24 years"),
        (BETWEEN, (day(2025, 1, 17), year(2001)), "About 24 years"),
        # Months from months: February 2022 to January 2025 is 35 months, about 3 years.
        (BETWEEN, (month(2022, 2, 28), day(2025, 1, 17)), "About 3 years"),
        (IntervalAsked(("a", "b"), "months"), (month(2022, 2, 28), month(2022, 6, 30)), "4 months"),
        # Days only from days: Tuesday to Friday.
        (
            IntervalAsked(("a", "b"), "days", "before"),
            (day(2025, 1, 17), day(2025, 1, 14)),
            "3 days",
        ),
        (IntervalAsked(("a", "b"), "weeks"), (day(2025, 1, 3), day(2025, 1, 17)), "2 weeks"),
        # "How long" picks the unit the times allow.
        (IntervalAsked(("a", "b"), None), (day(2025, 1, 14), day(2025, 1, 17)), "3 days"),
        (IntervalAsked(("a", "b"), None), (year(2020), month(2022, 2, 28)), "About 2 years"),
        (BETWEEN, (year(2024), year(2024)), "Less than a year"),
        # To the day, whole years only on the same day of the year.
        (BETWEEN, (day(2020, 1, 3), day(2024, 1, 3)), "4 years"),
        (BETWEEN, (day(2020, 1, 3), day(2024, 9, 3)), "About 5 years"),
    ],
)
def test_the_time_between_two_events_is_told_no_finer_than_their_times(
    asked: IntervalAsked, times: tuple[Period, Period], told: str
) -> None:
    assert span(asked, times) == told


@pytest.mark.parametrize(
    ("asked", "times"),
    [
        # No number of days between a year and a day.
        (IntervalAsked(("a", "b"), "days"), (year(2001), day(2025, 1, 17))),
        # "How many years after the treaty did the invasion happen?": it came before.
        (IntervalAsked(("a", "b"), "years", "after"), (day(2025, 1, 17), month(2022, 2, 28))),
        # A year and a month of it overlap.
        (BETWEEN, (year(2022), month(2022, 2, 28))),
    ],
)
def test_times_too_loose_overlapping_or_the_other_way_round_give_no_answer(
    asked: IntervalAsked, times: tuple[Period, Period]
) -> None:
    assert span(asked, times) is None
