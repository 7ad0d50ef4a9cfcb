"""A question read apart from the words that say how to answer it (pure)."""

from __future__ import annotations

import pytest

from qa.formatting import without_format


@pytest.mark.parametrize(
    ("typed", "question"),
    [
        ("Answer in one word: which city hosted them?", "Which city hosted them?"),
        (
            "Just the number please: how many articles does it have?",
            "How many articles does it have?",
        ),
        ("TL;DR: who was charged over the plot?", "Who was charged over the plot?"),
        (
            "Yes or no, and why: does the treaty contain a mutual defence clause?",
            "Does the treaty contain a mutual defence clause?",
        ),
        ("Quick question - on what date did they meet?", "On what date did they meet?"),
        ("Give me a one-line answer: whom did TASS cite?", "Whom did TASS cite?"),
        (
            "Reply with a name only. Who signed the pact with Putin?",
            "Who signed the pact with Putin?",
        ),
        (
            "Without any preamble, how many drones has Iran delivered?",
            "How many drones has Iran delivered?",
        ),
        (
            "Name only, please: which minister called it constructive?",
            "Which minister called it constructive?",
        ),
        # The question may not start with a question word when it ends with a question mark.
        (
            "Just the year: the framework rests on an agreement from when?",
            "The framework rests on an agreement from when?",
        ),
        # An instruction after the question.
        (
            "Which news agency reported the duration? One word is enough.",
            "Which news agency reported the duration?",
        ),
        (
            "What is the official name of the pact? Keep it short.",
            "What is the official name of the pact?",
        ),
        (
            "Which agency distributed the photograph? Just the name.",
            "Which agency distributed the photograph?",
        ),
    ],
)
def test_an_instruction_on_the_answers_form_is_read_apart(typed: str, question: str) -> None:
    assert without_format(typed) == question


@pytest.mark.parametrize(
    "question",
    [
        "Who signed the treaty?",
        # What follows the words is no question: they are the question.
        "Briefly, the treaty.",
        "Yes or no",
        # "briefly" inside the question asks nothing of the answer's form.
        "Who briefly met Putin before the signing?",
    ],
)
def test_a_question_without_an_instruction_is_left_as_it_is(question: str) -> None:
    assert without_format(question) == question
