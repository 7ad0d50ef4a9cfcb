"""Requests a cited answer cannot meet (qa/scope.py)."""

from __future__ import annotations

import pytest

from qa.scope import beyond_the_sources


@pytest.mark.parametrize(
    "question",
    [
        "How do I make fluffy pancakes?",
        "how can we change a flat tyre?",
        "How to bake banana bread",
        "Write a haiku about autumn leaves.",
        "Could you please write a poem about the treaty?",
        "Can you recommend a good Python web framework?",
        "Which laptop would you recommend?",
        "What's the best way to train for a marathon?",
        "Should I learn Russian or Persian?",
        "whats the weather like in moscow right now",
        "What time is it in Tehran?",
        "Is the temperature in Moscow below zero today?",
        "What will the weather be like in Moscow next week?",
        "Unrelated, but what's the weather usually like there in January?",
    ],
)
def test_procedures_writing_and_advice_are_beyond_the_sources(question: str) -> None:
    assert beyond_the_sources(question)


@pytest.mark.parametrize(
    "question",
    [
        "How did Putin describe the deal?",
        "How do officials in Europe and America regard the pair of countries?",
        "How long will the treaty last?",
        "What did the article write about drones?",
        "Who wrote the report that TASS cited?",
        "What is the best-known clause of the treaty?",
        "Which areas should the treaty cover, according to officials?",
        "What time of day did the leaders meet?",
        "Was the weather mentioned in the report?",
        "Did bad weather delay the signing?",
        "What is the political climate in Tehran?",
    ],
)
def test_questions_about_what_the_sources_say_are_not(question: str) -> None:
    assert not beyond_the_sources(question)
