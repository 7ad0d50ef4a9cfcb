"""Words of other languages in an English question are read in English."""

from __future__ import annotations

import pytest

from qa.codeswitch import in_english


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("¿Cuándo did Putin and Pezeshkian meet?", "When did Putin and Pezeshkian meet?"),
        ("Skol'ko Shahed drones has Iran supplied?", "How many Shahed drones has Iran supplied?"),
        ("In quale città was it signed?", "In which city was it signed?"),
        ("Dar kodam shahr did they meet?", "In which city did they meet?"),
        ("Who was the vazir-e khareje of Iran?", "Who was the foreign minister of Iran?"),
        ("Warum have both countries increased trade?", "Why have both countries increased trade?"),
        ("Wie lange will the treaty last?", "How long will the treaty last?"),
        (
            "Does it include a defence clause, ¿sí o no?",
            "Does it include a defence clause, yes or no?",
        ),
        # A word that only asks politely is dropped with its comma.
        ("The treaty covers which areas, bitte?", "The treaty covers which areas?"),
        # Inside a question a word is read in lower case, a name with its capital.
        ("Welche Lebanese group fought Israel?", "Which Lebanese group fought Israel?"),
        ("Where did he go après Moscou?", "Where did he go after Moscow?"),
        # Apostrophes either way.
        ("Skol’ko drones were sent?", "How many drones were sent?"),
    ],
)
def test_the_glossarys_words_are_read_in_english(question: str, read: str) -> None:
    assert in_english(question) == read


@pytest.mark.parametrize(
    "question",
    [
        "Who signed the treaty in Moscow?",
        # English words other languages share are no foreign words.
        "What was the date of the accord?",
        "Was the comment made in Tehran?",
        # Nor are words inside other words.
        "Which contractors quoted the ministry?",
    ],
)
def test_an_english_question_is_left_as_it_is(question: str) -> None:
    assert in_english(question) == question


def test_a_word_the_documents_use_is_left_as_they_use_it() -> None:
    known = {"tarikh"}.__contains__
    assert (
        in_english("What was the tarikh of the deal?", known) == "What was the tarikh of the deal?"
    )
    assert in_english("What was the tarikh of the deal?") == "What was the date of the deal?"
