"""Misspelt names read as the documents spell them."""

from __future__ import annotations

import pytest

from qa.casing import proper_forms
from qa.respelling import Names, respelled

TEXTS = [
    "Iranian President Masoud Pezeshkian met Putin in Moscow, Lavrov said.",
    "The leaders met before Trump’s return; Tehran and Moscow signed a pact, Trump said.",
]
KNOWN = {"iranian", "president", "met", "moscow", "leaders", "signed", "pact", "fly", "sign"}


def known(word: str) -> bool:
    return word.lower() in KNOWN


NAMES = Names.of(proper_forms(TEXTS))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why did poutin fly to teheran", "why did Putin fly to Tehran"),
        ("what did pezeshkyan say", "what did Pezeshkian say"),
        ("What did Lavrow say?", "What did Lavrov say?"),
        ("Was Poutin's visit short?", "Was Putin's visit short?"),
        # A name heard and typed as several words.
        (
            "what did lav rov say the treaty is aimed at",
            "what did Lavrov say the treaty is aimed at",
        ),
        ("what did pez esh kian say", "what did Pezeshkian say"),
    ],
)
def test_a_word_one_slip_from_a_name_is_read_as_that_name(question: str, expected: str) -> None:
    assert respelled(question, NAMES, known) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Did the leaders sign?",  # words the documents use
        "What did the Iranians say?",  # a name's plural
        "Why did trumps team leave?",  # a name's possessive, typed without its apostrophe
        "Is Irak near?",  # too short to tell a slip from another name
        "Who is Pushkin?",  # two slips from Putin
        "Did the leaders met pact?",  # words the documents use are not pieces of a name
    ],
)
def test_words_that_are_no_misspelt_name_are_left_alone(question: str) -> None:
    assert respelled(question, NAMES, known) == question


def test_a_word_one_slip_from_two_names_is_left_alone() -> None:
    names = Names.of({"karin": "Karin", "karen": "Karen"})
    assert names.meant("karin") is None  # a name already
    assert names.meant("karan") is None  # Karin or Karen
    assert names.meant("kariin") == "Karin"


def test_countries_the_documents_never_name_are_names_too() -> None:
    assert Names.of({}).meant("ukrane") == "Ukraine"
