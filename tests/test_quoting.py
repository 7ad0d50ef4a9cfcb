"""A phrase quoted from the article before the question, read as the turn it is about."""

from __future__ import annotations

import pytest

from qa.quoting import asks_referent, points_back, quoting_lead


@pytest.mark.parametrize(
    ("question", "quote", "rest"),
    [
        (
            "In 'These included a Syrian opposition offensive', what does 'These' refer to?",
            "These included a Syrian opposition offensive",
            "What does 'These' refer to?",
        ),
        (
            "'The two countries would intensify cooperation' — which two countries are meant?",
            "The two countries would intensify cooperation",
            "Which two countries are meant?",
        ),
        (
            "The Kremlin says 'the specifics remain undisclosed' — does the treaty include a "
            "mutual-defence clause?",
            "the specifics remain undisclosed",
            "Does the treaty include a mutual-defence clause?",
        ),
        (
            "When the article says 'a move that has alarmed Western officials', what was the move?",
            "a move that has alarmed Western officials",
            "What was the move?",
        ),
        (
            "In Putin's phrase 'Russia, Iran and the entire region', which countries are in it?",
            "Russia, Iran and the entire region",
            "Which countries are in it?",
        ),
    ],
)
def test_a_phrase_quoted_before_the_question_is_read_apart_from_it(
    question: str, quote: str, rest: str
) -> None:
    assert quoting_lead(question) == (quote, rest)


@pytest.mark.parametrize(
    "question",
    [
        "Why did Putin call it 'a real breakthrough'?",  # the quote inside the question
        "Who said 'real breakthrough'?",
        "In 'These included a Syrian opposition offensive', the author lists setbacks.",  # no ask
        "In Moscow, who met?",  # nothing quoted
    ],
)
def test_a_question_that_quotes_nothing_first_is_left_whole(question: str) -> None:
    assert quoting_lead(question) == ("", question)


def test_a_referent_is_asked_for_and_a_sentence_points_back() -> None:
    assert asks_referent("What does 'These' refer to?")
    assert asks_referent("Which two countries are meant?")
    assert asks_referent("Who is 'he'?")
    assert not asks_referent("Who signed the treaty?")
    assert points_back("These included a Syrian opposition offensive …")
    assert points_back("The two countries would intensify cooperation …")
    assert not points_back("Iran has already provided Russia with drones.")
