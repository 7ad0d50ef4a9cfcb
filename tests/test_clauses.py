"""A clause that says which thing a question means, set apart (qa/clauses.py)."""

from __future__ import annotations

import pytest

from qa.clauses import without_clause


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A relative clause that ends with a quotation, at the end, or before the main verb.
        (
            "How long is the deal that Putin called a “real breakthrough” expected to remain "
            "in force?",
            "How long is the deal expected to remain in force?",
        ),
        (
            "What type of drones has Iran provided to the country that invaded Ukraine in "
            "February 2022?",
            "What type of drones has Iran provided to the country?",
        ),
        (
            "What has the US leader who ordered Qasem Soleimani's assassination threatened "
            "in order to end the conflicts in Ukraine and the Middle East?",
            "What has the US leader threatened in order to end the conflicts in Ukraine and "
            "the Middle East?",
        ),
        (
            "The president who withdrew from the multinational nuclear deal warned the US "
            "would “wipe [Iran] off the face of the Earth” if what had succeeded?",
            "The president warned the US would “wipe [Iran] off the face of the Earth” if "
            "what had succeeded?",
        ),
        # Between commas; a participle with "by".
        (
            "How do the Western officials, who say Moscow has used Iranian drones against "
            "Ukraine, see Russia and Iran?",
            "How do the Western officials see Russia and Iran?",
        ),
        (
            "Unlike the 2001 agreement, which has been periodically renewed, how long is the "
            "new treaty expected to remain in force?",
            "Unlike the 2001 agreement, how long is the new treaty expected to remain in force?",
        ),
        (
            "Which areas does the pact signed by two of the world's most heavily sanctioned "
            "nations cover, according to officials?",
            "Which areas does the pact cover, according to officials?",
        ),
    ],
)
def test_a_clause_that_says_which_thing_is_meant_is_set_apart(question: str, expected: str) -> None:
    assert without_clause(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # Without its clause the question asks nothing of its own.
        "Who is the Iranian official who was cited by TASS?",
        # Not a relative clause: a complement, an interrogative, a preposition before it.
        "A listener wrote that the two leaders met on January 20. What date does the article give?",
        "Before this new treaty, which agreement, rather than a fresh pact, was the framework based on?",
        "What was the date of the day on which Putin called the deal a breakthrough?",
        # Not a noun news names things by: the strike's clause is the question.
        "What type of drone did the US use in the strike that killed Soleimani?",
        # A clause does not run into the next sentence.
        "It rests on an older agreement that has been renewed. When was that agreement last renewed?",
    ],
)
def test_a_question_whose_clause_is_what_it_asks_is_left_whole(question: str) -> None:
    assert without_clause(question) == question


def test_a_clause_ends_at_a_dash() -> None:
    question = (
        "I vaguely recall an international nuclear accord that Washington quit under its "
        "previous administration — what did Tehran get out of it?"
    )
    assert without_clause(question) == (
        "I vaguely recall an international nuclear accord — what did Tehran get out of it?"
    )


def test_two_words_of_its_own_are_enough_to_ask() -> None:
    assert (
        without_clause(
            "What does the Russian president who called the treaty a “real breakthrough” say he is "
            "seeking to challenge?"
        )
        == "What does the Russian president say he is seeking to challenge?"
    )


@pytest.mark.parametrize(
    "question",
    [
        "For the record, what is the full name of the Iranian president who signed the pact?",
        "Who is the Iranian president who signed the cooperation pact with Vladimir Putin?",
    ],
)
def test_a_clause_on_whom_the_question_asks_for_is_kept(question: str) -> None:
    assert without_clause(question) == question


def test_the_name_of_a_deal_is_asked_without_the_clause_on_who_signed_it() -> None:
    assert without_clause(
        "What is the formal name of the pact signed by Putin and Pezeshkian?"
    ) == ("What is the formal name of the pact?")
