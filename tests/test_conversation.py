"""Follow-up questions borrow the previous user question for retrieval."""

from __future__ import annotations

import pytest

from qa.conversation import (
    needs_context,
    resolve_deal,
    resolve_part,
    resolve_person,
    standalone_question,
)
from qa.schemas import Turn

FIRST = "What treaty did Russia and Iran sign in January 2025?"
HISTORY = [
    Turn(role="user", content=FIRST),
    Turn(role="assistant", content="A comprehensive strategic partnership treaty [1]."),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who signed it?", True),
        ("What did they agree on?", True),
        ("When was the deal announced?", True),
        ("How long will the treaty remain in force?", True),
        ("What did the two leaders say?", True),
        ("And Putin?", True),
        ("Why?", True),
        ("especially in which area?", True),
        ("What about Iran's parliament?", True),
        ("And in which year was the old agreement signed?", True),
        ("Which drones has Iran provided Russia?", False),
        ("Especially Western officials see both as destabilising?", True),
        ("Sanctions aside, why did trade grow?", False),
        ("Where did Pezeshkian and Putin meet in January 2025?", False),
    ],
)
def test_needs_context_for_pronouns_and_short_questions(question: str, expected: bool) -> None:
    assert needs_context(question) is expected


@pytest.mark.parametrize(
    ("question", "history", "expected"),
    [
        (
            "Who signed it?",
            HISTORY,
            f"Who signed it? ({FIRST} A comprehensive strategic partnership treaty.)",
        ),
        ("Who signed it?", [], "Who signed it?"),
        (
            "Which drones has Iran provided Russia?",
            HISTORY,
            "Which drones has Iran provided Russia?",
        ),
        (
            "Who signed it?",
            [Turn(role="assistant", content="Iran and Russia signed a treaty.")],
            "Who signed it?",
        ),
        (
            "Who signed it?",
            [
                *HISTORY,
                Turn(role="user", content="  Where was it signed?  "),
                Turn(role="user", content=" "),
            ],
            "Who signed it? (Where was it signed?)",
        ),
        # A short question about "the" something the conversation has been on.
        (
            "Where did the strike happen?",
            HISTORY,
            f"Where did the strike happen? ({FIRST} A comprehensive strategic partnership treaty.)",
        ),
    ],
)
def test_standalone_question_adds_the_last_question_and_its_answer_when_needed(
    question: str, history: list[Turn], expected: str
) -> None:
    assert standalone_question(question, history) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how long does it last", "how long does it last (the treaty)"),
        ("where did they meet?", "where did they meet? (the treaty)"),
        # Words enough of its own: the topic would only dilute them.
        (
            "what does the russian leader say he is trying to push back against",
            "what does the russian leader say he is trying to push back against",
        ),
        ("What is the capital of Australia?", "What is the capital of Australia?"),
        ("Who says so?", "Who says so?"),  # no word of its own to go with the topic
        ("What does the treaty cover?", "What does the treaty cover?"),  # no pronoun
    ],
)
def test_a_short_first_question_that_leans_on_context_gets_the_topic(
    question: str, expected: str
) -> None:
    assert standalone_question(question, [], topic=" the treaty ") == expected
    assert standalone_question(question, []) == question  # no topic set


def _after(answer: str) -> list[Turn]:
    return [Turn(role="user", content="Who is quoted?"), Turn(role="assistant", content=answer)]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Sergei Lavrov.", "What did Lavrov say about the United States?"),
        (
            "Russian Foreign Minister Sergei Lavrov [1].",
            "What did Lavrov say about the United States?",
        ),
        # "… to Russia Kazem Jalali" reads as one name; its surname is still his.
        (
            "Iranian Ambassador to Russia Kazem Jalali.",
            "What did Jalali say about the United States?",
        ),
        # Nobody, or two people: the pronoun stays.
        ("He called it a real breakthrough.", "What did he say about the United States?"),
        ("Vladimir Putin and Masoud Pezeshkian.", "What did he say about the United States?"),
    ],
)
def test_he_or_she_becomes_the_one_person_the_last_answer_names(answer: str, expected: str) -> None:
    assert resolve_person("What did he say about the United States?", _after(answer)) == expected


def test_a_pronoun_is_left_when_no_last_turn_names_one_person() -> None:
    question = "What did he say?"
    assert resolve_person(question, []) == question
    assert resolve_person(question, [Turn(role="user", content="Who is the minister?")]) == question


def test_a_claim_told_before_the_question_names_the_person_he_is() -> None:
    # `claim_lead` turns what the asker believes into a turn of their own.
    claim = "I have Sergei Lavrov down as deputy prime minister"
    question = "On which day did he speak?"
    assert (
        resolve_person(question, [Turn(role="user", content=claim)])
        == "On which day did Lavrov speak?"
    )


def test_a_surname_the_last_turn_gives_in_full_is_named_in_full() -> None:
    claim = "The post says Iranian Foreign Minister Abbas Araghchi co-signed the treaty"
    history = [Turn(role="user", content=claim)]
    assert (
        resolve_person("What role did Araghchi play at the signing?", history)
        == "What role did Abbas Araghchi play at the signing?"
    )
    # Already in full, or another person's surname: left as it is.
    assert (
        resolve_person("What role did Abbas Araghchi play?", history)
        == "What role did Abbas Araghchi play?"
    )
    assert resolve_person("What did Lavrov say?", history) == "What did Lavrov say?"


def test_that_one_becomes_the_other_deal_the_last_answer_names() -> None:
    history = [
        Turn(role="user", content="what was the old framework?"),
        Turn(role="assistant", content="a 2001 agreement that has been periodically renewed [1]"),
    ]
    assert resolve_deal("ok where was that one signed", history) == (
        "ok where was the 2001 agreement signed"
    )
    assert (
        resolve_deal(
            "whats that deal called",
            [
                history[0],
                Turn(
                    role="assistant",
                    content="A multinational deal that gave Iran sanctions relief.",
                ),
            ],
        )
        == "whats the multinational deal called"
    )


def test_that_one_is_left_after_a_claim_or_an_answer_on_the_new_treaty() -> None:
    claim = [Turn(role="user", content="The draft says it rests on a 1991 agreement")]
    assert resolve_deal("What year is that agreement from?", claim) == (
        "What year is that agreement from?"
    )
    answer = [Turn(role="assistant", content="The treaty will remain in force for 20 years.")]
    assert resolve_deal("where was that one signed", answer) == "where was that one signed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An Iranian Revolutionary Guards commander whose assassination Trump ordered.", ["Trump"]),
        (
            "President Bashar al-Assad, a key Russian and Iranian ally, was toppled.",
            ["Bashar al-Assad"],
        ),
        ("It was signed just days before Trump's return to power.", ["Trump"]),
        ("Iran, China and North Korea have been a central focus of his policy.", []),
        ("Strengthening the capabilities of Russia, Iran and our friends.", []),
        ("Iranian Ambassador to Russia Kazem Jalali.", ["Kazem Jalali"]),
    ],
)
def test_people_are_the_names_a_text_gives_without_places_bodies_or_titles(
    text: str, expected: list[str]
) -> None:
    from qa.conversation import people

    assert people(text) == expected


def test_he_is_the_person_asked_about_when_the_answer_names_no_one() -> None:
    history = [
        Turn(role="user", content="Which countries has Putin focused on building ties with?"),
        Turn(role="assistant", content="Iran, China and North Korea have been a central focus."),
    ]
    assert resolve_person("Has he signed a pact?", history) == "Has Putin signed a pact?"


def test_he_is_the_person_a_who_question_asked_about_whoever_the_answer_names() -> None:
    history = [
        Turn(role="user", content="Who was Qasem Soleimani?"),
        Turn(role="assistant", content="A commander whose assassination Trump ordered."),
    ]
    assert resolve_person("Where was he killed?", history) == "Where was Soleimani killed?"


def test_the_last_one_is_the_last_name_the_last_answer_listed() -> None:
    from qa.conversation import resolve_listed

    history = [
        Turn(role="user", content="Which countries has Putin focused on?"),
        Turn(role="assistant", content="Iran, China and North Korea have been a central focus."),
    ]
    assert (
        resolve_listed("Has he signed a pact with the last one?", history)
        == "Has he signed a pact with North Korea?"
    )
    assert resolve_listed("What about the former?", history) == "What about Iran?"
    # No list, or no answer to take it from: unchanged.
    assert resolve_listed("And the last one?", history[:1]) == "And the last one?"
    lone = [Turn(role="assistant", content="Lavrov said so.")]
    assert resolve_listed("And the last one?", lone) == "And the last one?"


def test_a_reaction_to_nothing_named_leans_on_the_conversation() -> None:
    assert needs_context("How did Iran react?")
    assert needs_context("And how did Tehran respond?")
    assert not needs_context("How did Iran react to the assassination of Soleimani?")


@pytest.mark.parametrize(
    ("question", "claim", "expected"),
    [
        (
            "What exactly does that clause require?",
            "A tweet says the treaty contains a mutual defence clause obliging each side",
            "What exactly does the mutual defence clause require?",
        ),
        (
            "What does this provision say?",
            "the treaty has a nuclear provision",
            "What does the nuclear provision say?",
        ),
        # The claim names no part, or the question points back at none.
        ("What does that clause say?", "the treaty has a clause", "What does that clause say?"),
        ("Who signed it?", "A post says a mutual defence clause was agreed", "Who signed it?"),
    ],
)
def test_a_part_of_the_deal_pointed_back_at_is_the_one_the_claim_names(
    question: str, claim: str, expected: str
) -> None:
    assert resolve_part(question, claim) == expected
