"""A half-remembered guess read apart from the question asked after it."""

from __future__ import annotations

import pytest

from qa.guesses import guess_lead, leaned_on, remembered


@pytest.mark.parametrize(
    ("question", "guess", "asked"),
    [
        (
            "The older agreement the current framework rests on was from 1999, right? When "
            "was it from?",
            "The older agreement the current framework rests on was from 1999",
            "When was it from?",
        ),
        (
            "The joint press conference was on Thursday, I think — what day was it?",
            "The joint press conference was on Thursday",
            "What day was it?",
        ),
        (
            "They met around January 20, 2025, if I remember right? What was the actual date?",
            "They met around January 20, 2025",
            "What was the actual date?",
        ),
        (
            "The photo of the meeting was by a Reuters photographer, wasn't it? Who took it?",
            "The photo of the meeting was by a Reuters photographer",
            "Who took it?",
        ),
        (
            "The ambassador's name was Jalili or something — who was it exactly?",
            "The ambassador's name was Jalili",
            "Who was it exactly?",
        ),
        (
            "Someone said the drones are called Shaheds? What kind of drones did Iran give Russia?",
            "Someone said the drones are called Shaheds",
            "What kind of drones did Iran give Russia?",
        ),
    ],
)
def test_a_guess_before_a_question_is_read_apart_from_it(
    question: str, guess: str, asked: str
) -> None:
    assert guess_lead(question) == (guess, asked)


@pytest.mark.parametrize(
    "question",
    [
        "Who signed it, right? And where?",  # the first part asks a question of its own
        "Is it 20 years, right? Who said so?",
        "Who signed the treaty?",
        "The treaty was signed in Moscow.",  # nothing asked after it
        "How long will the treaty last, I wonder?",
    ],
)
def test_a_question_with_no_guess_before_it_is_left_whole(question: str) -> None:
    assert guess_lead(question) == ("", question)


@pytest.mark.parametrize(
    ("guess", "asked", "leaned"),
    [
        (
            "The older agreement the current framework rests on was from 1999",
            "When was it from?",
            "the older agreement the current framework rests on was",
        ),
        (
            "Moscow started treating Iran as a key partner after Crimea in 2014",
            "Since when?",
            "moscow started treating Iran as a key partner",
        ),
        ("They met around January 20, 2025", "What was the actual date?", "they met"),
        (
            "The joint press conference was on Thursday",
            "What day was it?",
            "the joint press conference was",
        ),
        (
            "Soleimani had led the Quds Force for about twenty years",
            "How long exactly had he been in charge?",
            "soleimani had led the Quds Force for",
        ),
        (
            "The photo of the meeting was by a Reuters photographer",
            "Who took it?",
            "the photo of the meeting was by a photographer",
        ),
        ("Putin flew to Tehran to sign it", "Where was it signed?", "putin flew to sign it"),
        (
            "Putin's been cosying up to China and Venezuela",
            "Which other countries does the article name?",
            "putin's been cosying up and",
        ),
        (
            "The Shahed drones are built at a plant in Tatarstan",
            "What is the factory called?",
            "the drones are built at a plant in Tatarstan",  # a place is no name guessed
        ),
        # What was talked about is not what the guess guesses: all of it is leaned on.
        (
            "Pezeshkian also sat down with Prime Minister Mishustin on that trip",
            "What did they talk about?",
            "pezeshkian also sat down with Prime Minister Mishustin on that trip",
        ),
    ],
)
def test_what_a_guess_leans_on_is_all_but_the_value_of_the_asked_kind(
    guess: str, asked: str, leaned: str
) -> None:
    assert leaned_on(guess, asked) == leaned


@pytest.mark.parametrize(
    ("guess", "asked"),
    [
        ("The drones Iran gave Russia were Mohajer drones", "What kind were they?"),
        ("Assad was toppled by a Turkish offensive", "What toppled him according to the article?"),
        ("In his first term Trump pulled out of some deal — the Paris accord", "Which deal?"),
    ],
)
def test_a_question_for_what_the_guess_may_have_got_wrong_leans_on_nothing(
    guess: str, asked: str
) -> None:
    assert leaned_on(guess, asked) is None


def test_a_claim_is_remembered_when_the_asker_says_it_is_their_memory() -> None:
    assert remembered("I vaguely recall Lavrov speaking on Monday")
    assert remembered("Soleimani had led the Quds Force for about twenty years, I believe")
    assert not remembered("The draft says the treaty runs for 50 years")
