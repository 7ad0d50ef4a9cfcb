"""Chat shorthand written out before a question is read."""

from __future__ import annotations

import pytest

from qa.shorthand import written_out


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "how many yrs does the deal last w/ iran",
            "how many years does the deal last with iran",
        ),
        ("whos the pres of iran", "who is the president of iran"),
        ("r u sure b/c the govt said so", "are you sure because the government said so"),
        ("is there a deal w/o a defence clause", "is there a deal without a defence clause"),
        ("what did he say abt trade & energy", "what did he say about trade and energy"),
        ("who's iran's FM rn", "who's iran's foreign minister right now"),
        ("how big is RU-IR trade in $", "how big is Russia-Iran trade in dollars"),
        ("what day was the press conf", "what day was the press conference"),
    ],
)
def test_chat_shorthand_is_written_out(question: str, expected: str) -> None:
    assert written_out(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "What did the U.S. say about it?",  # capital U is no "you"
        "Is it a $5 mil deal?",  # "mil" could be military or million
        "What is the information about Russia's government?",
        "Who is Prof. Yrsa?",
        "Was it a $5 billion deal?",  # a sum stays a sum
        "Did the FBI say anything?",  # an acronym that is no shorthand
    ],
)
def test_words_that_are_not_shorthand_are_left_alone(question: str) -> None:
    assert written_out(question) == question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how long is this thing supposed to last lol", "how long is this thing supposed to last"),
        ("lol who even took the photo 📸", "who even took the photo"),
        ("did they publish the details or nah", "did they publish the details"),
        ("who signed it, tbh?", "who signed it?"),
        ("is the 🇷🇺 deal real?", "is the deal real?"),
    ],
)
def test_what_only_voices_a_mood_is_dropped(question: str, expected: str) -> None:
    assert written_out(question) == expected


def test_a_question_that_is_only_a_mood_is_left_as_it_is() -> None:
    assert written_out("lol 🤔") == "lol 🤔"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "wat did the kremlin say the deal wud boost",
            "what did the kremlin say the deal would boost",
        ),
        (
            "wat did pezeskian say abt relations w russia",
            "what did pezeskian say about relations with russia",
        ),
        ("wats the weather in moscow 2day", "what is the weather in moscow today"),
        ("how long is the deal 4", "how long is the deal for"),
        ("how long is the deal 4?", "how long is the deal for?"),
    ],
)
def test_phone_typing_is_written_out(question: str, expected: str) -> None:
    assert written_out(question) == expected


@pytest.mark.parametrize("question", ["is it 4 years", "did they meet 4 times?", "Is it W?"])
def test_a_4_that_counts_and_a_capital_w_are_left_alone(question: str) -> None:
    assert written_out(question) == question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Where did Pres. Pezeshkian & Pres. Putin meet on 17 Jan?",
            "Where did President Pezeshkian and President Putin meet on 17 Jan?",
        ),
        (
            "IR Amb. to RU cited re: treaty term — full name?",
            "Iran Ambassador to Russia cited about treaty term — full name?",
        ),
        ("RU-IR treaty: no. of articles?", "Russia-Iran treaty: number of articles?"),
        ("No. of Shahed drones IR delivered?", "Number of Shahed drones Iran delivered?"),
        (
            "Casualties from drone strikes on UA — approx. no.?",
            "Casualties from drone strikes on Ukraine — approximately number?",
        ),
        (
            "Does treaty incl. a mutual defence clause?",
            "Does treaty include a mutual defence clause?",
        ),
        ("Areas incl. trade and energy?", "Areas including trade and energy?"),
        (
            "UA + Western officials say IR gave RU what?",
            "Ukraine and Western officials say Iran gave Russia what?",
        ),
        ("Date of mtg @ Kremlin?", "Date of meeting at Kremlin?"),
        ("What did POTUS-elect threaten?", "What did US president-elect threaten?"),
        ("What does VVP seek to challenge?", "What does Vladimir Putin seek to challenge?"),
    ],
)
def test_a_newswire_desks_abbreviations_are_written_out(question: str, expected: str) -> None:
    assert written_out(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Is it yes or no?",  # "no" without its dot
        "Was the number of drones given?",
        "Who is Gen Z?",  # no dot: no title
    ],
)
def test_words_like_abbreviations_that_are_none_are_left_alone(question: str) -> None:
    assert written_out(question) == question
