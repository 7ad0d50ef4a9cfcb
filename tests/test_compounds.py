"""Words the documents hyphenate, read so when a question types them apart."""

from __future__ import annotations

import pytest

from qa.compounds import hyphenated_forms, rejoined

TEXTS = [
    "The state-owned news agency TASS reported it; the Iran-aligned Lebanese group.",
    "A long-term plan, and a long term ahead; President Bashar al-Assad.",
]
FORMS = hyphenated_forms(TEXTS)


def test_hyphenated_words_are_found_by_their_parts_written_apart() -> None:
    assert FORMS["state owned"] == "state-owned"
    assert FORMS["iran aligned"] == "iran-aligned"
    assert FORMS["al assad"] == "al-assad"


def test_a_run_the_documents_also_write_apart_is_left_out() -> None:
    # "long term" may be meant either way.
    assert "long term" not in FORMS


def test_a_run_typed_apart_is_written_with_its_hyphens_in_the_questions_case() -> None:
    assert (
        rejoined("Which state owned news agency reported it?", FORMS)
        == "Which state-owned news agency reported it?"
    )
    assert rejoined("the Iran aligned group", FORMS) == "the Iran-aligned group"


def test_words_the_documents_do_not_hyphenate_are_left_alone() -> None:
    for question in ("Is it a long term deal?", "Which state owns TASS?", "state  owned"):
        assert rejoined(question, FORMS) == question
    assert rejoined("Which state owned it?", {}) == "Which state owned it?"


def test_a_letter_that_lower_cases_longer_does_not_shift_what_is_read_apart() -> None:
    # "İ" lower-cases to two characters; "long term" is still found written apart.
    forms = hyphenated_forms(["İİİİ a long term view", "a long-term plan"])
    assert "long term" not in forms


@pytest.mark.parametrize("apart", ["(long term plans)", "a view, long term.", "“long term”"])
def test_a_run_written_apart_may_open_a_bracket_or_end_a_clause(apart: str) -> None:
    assert "long term" not in hyphenated_forms([apart, "a long-term plan"])
    assert "long term" in hyphenated_forms(["long, term", "a long-term plan"])
