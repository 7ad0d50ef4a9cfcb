"""Dates, years and spans written another way, read as the articles write them (pure)."""

from __future__ import annotations

import pytest

from qa.numerals import plain_numerals


@pytest.mark.parametrize(
    ("question", "read"),
    [
        # Day and month either way round, when one of them cannot be a month.
        (
            "What did officials call the pact signed on 17/01/2025?",
            "What did officials call the pact signed on January 17, 2025?",
        ),
        ("Who met on 1/17/25?", "Who met on January 17, 2025?"),
        ("Who met in Moscow on 17.1.2025?", "Who met in Moscow on January 17, 2025?"),
        ("What was signed on 2025-01-17?", "What was signed on January 17, 2025?"),
        # A month of a year.
        (
            "How has Moscow viewed Iran since 02/2022?",
            "How has Moscow viewed Iran since February 2022?",
        ),
        # A month abbreviated, a day with its ordinal, the day before the month.
        ("Who met on Jan. 17th?", "Who met on January 17?"),
        ("Who met on the 17th of January?", "Who met on January 17?"),
        ("Who met on 17 January 2025?", "Who met on January 17, 2025?"),
        ("Who met on Sept 3rd?", "Who met on September 3?"),
        # A year shortened, or read aloud.
        ("Since the invasion in '22, what changed?", "Since the invasion in 2022, what changed?"),
        ("What happened in the '90s?", "What happened in the 1990s?"),
        (
            "Where was the year two thousand and one agreement signed?",
            "Where was the year 2001 agreement signed?",
        ),
        ("What happened in nineteen seventy-nine?", "What happened in 1979?"),
        ("Who won in the year twenty twenty-two?", "Who won in the year 2022?"),
        # A span in decades, a Roman count.
        ("Will the treaty last two decades?", "Will the treaty last 20 years?"),
        ("Has it lasted for a decade?", "Has it lasted for 10 years?"),
        ("Is the treaty valid for XX years?", "Is the treaty valid for 20 years?"),
    ],
)
def test_numbers_written_another_way_are_written_as_the_articles_write_them(
    question: str, read: str
) -> None:
    assert plain_numerals(question) == read


@pytest.mark.parametrize(
    "question",
    [
        # Which is the month, the date does not say.
        "What happened on 03/04/2025?",
        # "may" and "march" as words, not months.
        "How many of the 20 may be renewed?",
        "Did the 3 march together?",
        # A version number, a Roman numeral that counts nothing, a count in words.
        "What changed in version 2.1.3?",
        "Who fought in World War II?",
        "Did Iran send two thousand five hundred drones?",
        "How long is twenty years in days?",
        # A quotation in single quotes is no year.
        "What did he mean by 'new chapter'?",
    ],
)
def test_what_is_no_date_or_year_written_another_way_is_left_as_written(question: str) -> None:
    assert plain_numerals(question) == question
