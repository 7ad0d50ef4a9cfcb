"""A search-box query read as the question it stands for (pure)."""

from __future__ import annotations

import pytest

from qa.queries import as_question


@pytest.mark.parametrize(
    ("query", "question"),
    [
        ("trump inauguration date", "When was trump inauguration?"),
        ("soleimani killed year", "In which year was soleimani killed?"),
        ("number of articles in treaty", "How many articles in treaty are there?"),
        (
            "iranian ambassador to russia name",
            "What is the name of the iranian ambassador to russia?",
        ),
        ("treaty official name", "What is the official name of the treaty?"),
        (
            "china reaction russia iran partnership treaty",
            "How did china react to russia iran partnership treaty?",
        ),
        # A part of the deal asked about, without the deal's own words.
        ("russia iran treaty mutual defence clause", "Is there a mutual defence clause?"),
        ("treaty energy provisions", "Are there energy provisions?"),
    ],
)
def test_a_query_is_read_as_the_question_its_cue_word_asks(query: str, question: str) -> None:
    assert as_question(query) == question


@pytest.mark.parametrize(
    "query",
    [
        "who signed russia iran pact",  # a question already
        "framework based on agreement from what year",  # asks already
        "What is the date?",
        "The treaty was signed on that date.",  # a sentence
        "treaty duration years",  # no cue word
        "date year",  # nothing to ask about
        "russia iran treaty clause",  # no part of the deal named
        "name date of the treaty",  # two cues
        "reaction",  # one word
        "official name",  # nothing to ask the name of
        "us reaction",  # a reaction to nothing
    ],
)
def test_a_question_or_a_query_without_one_cue_is_left_alone(query: str) -> None:
    assert as_question(query) == query


@pytest.mark.parametrize(
    ("note", "question"),
    [
        ("Russia-Iran treaty: number of articles?", "How many articles in the Russia-Iran treaty?"),
        (
            "Number of Shahed drones Iran delivered to Russia so far?",
            "How many Shahed drones Iran delivered to Russia so far?",
        ),
        (
            "Casualties from drone strikes on Ukraine — approximately number?",
            "How many casualties from drone strikes on Ukraine?",
        ),
    ],
)
def test_a_desk_notes_count_is_read_as_how_many(note: str, question: str) -> None:
    assert as_question(note) == question


@pytest.mark.parametrize(
    "question",
    ["What is the number of articles?", "How many articles: is the number of them given?"],
)
def test_a_count_asked_with_a_question_word_is_left_alone(question: str) -> None:
    assert as_question(question) == question
