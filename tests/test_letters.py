"""A question sent as a message is read without its greeting and sign-off."""

from __future__ import annotations

import pytest

from qa.letters import letter_body


@pytest.mark.parametrize(
    ("message", "body"),
    [
        (
            "Hi team,\n\nCould you confirm how long the treaty stays in force?\n\nThanks,\nMaria",
            "Could you confirm how long the treaty stays in force?",
        ),
        # The names under a sign-off are the sender's, however many lines they take.
        (
            "Good morning,\n\nWho was that diplomat?\n\nRegards,\nHannah Liu\nPolicy Unit",
            "Who was that diplomat?",
        ),
        (
            "Dear Research Desk,\n\nWhen was it renewed?\n\nYours sincerely,\nProf. Alan Whitcombe",
            "When was it renewed?",
        ),
        (
            "Hey,\n\nDoes it have a defence clause?\n\nSent from my phone",
            "Does it have a defence clause?",
        ),
        ("Quick one: where did they meet?\n\nCheers,\nTom", "Quick one: where did they meet?"),
        # Lines of the body are read as one text, context and question together.
        (
            "Hello,\n\nI'm updating our profile.\nWho signed the pact with Putin?\n\nBest,\nSofia",
            "I'm updating our profile. Who signed the pact with Putin?",
        ),
        # A postscript may hold the question itself.
        (
            "Hello,\n\nThanks again for the summary.\n\nBest,\nGeorge\n\nP.S. On which day did they meet?",
            "Thanks again for the summary. On which day did they meet?",
        ),
    ],
)
def test_a_message_is_read_without_its_greeting_and_sign_off(message: str, body: str) -> None:
    assert letter_body(message) == body


@pytest.mark.parametrize(
    "question",
    [
        "Who signed the treaty?",
        # One line is no message, whatever its first word.
        "Hi team, how long is the treaty?",
        "Thanks to the treaty, has trade grown?",
    ],
)
def test_a_question_of_one_line_is_left_as_it_is(question: str) -> None:
    assert letter_body(question) == question


def test_a_line_that_thanks_for_something_is_no_sign_off() -> None:
    message = "Thanks for the summary yesterday.\nWho signed it?\nCheers,\nDan"
    assert letter_body(message) == "Thanks for the summary yesterday. Who signed it?"


def test_lines_without_a_greeting_or_a_sign_off_are_left_as_they_are() -> None:
    question = "Where was it signed?\n(a) Moscow\n(b) Tehran"
    assert letter_body(question) == question


def test_a_message_that_is_only_greeting_and_sign_off_is_left_as_it_is() -> None:
    message = "Hi team,\n\nThanks,\nBen"
    assert letter_body(message) == message
