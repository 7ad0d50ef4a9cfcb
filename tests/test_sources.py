"""The source a question names for its answer, and the sentences that cite it."""

from __future__ import annotations

import pytest

from qa.sources import cites, named_source

DRONES = (
    "Iran has already provided Russia with self-detonating “Shahed” drones, which Moscow has "
    "used in its nightly strikes on Ukraine, according to Ukrainian and Western officials."
)
ALARMED = (
    "Since Russia’s invasion of Ukraine in February 2022, Moscow has viewed Iran as a key "
    "strategic partner, a move that has alarmed Western officials who see both nations as "
    "destabilising forces globally."
)
TERM = (
    "The treaty is expected to remain in force for 20 years, the state-owned news agency TASS "
    "reported, citing Iranian Ambassador to Russia Kazem Jalali."
)


@pytest.mark.parametrize(
    ("question", "source"),
    [
        (
            "In what way has Iran helped Russia's war, according to Ukrainian and Western officials?",
            "Ukrainian and Western officials",
        ),
        ("According to TASS, how long will the treaty last?", "TASS"),
        ("Which drones, according to officials, did Iran send?", "officials"),
    ],
)
def test_a_question_names_the_source_it_asks_its_answer_from(question: str, source: str) -> None:
    assert named_source(question) == source


@pytest.mark.parametrize(
    "question",
    [
        "How long will the treaty last, according to the article?",
        "Who signed it, according to the piece?",
        "What did the Kremlin say about the treaty?",
    ],
)
def test_the_article_or_no_source_at_all_names_none(question: str) -> None:
    assert named_source(question) is None


def test_a_sentence_cites_a_source_in_one_phrase_that_says_so() -> None:
    assert cites(DRONES, "Ukrainian and Western officials")
    assert cites(TERM, "TASS")  # "TASS reported"
    assert cites(TERM, "Kazem Jalali")  # "citing … Kazem Jalali"


def test_a_sentence_that_only_names_the_source_does_not_cite_it() -> None:
    assert not cites(ALARMED, "Western officials")
    assert not cites(ALARMED, "Ukrainian and Western officials")
