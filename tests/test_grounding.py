"""Grounding: every answer sentence must be backed by the passages it cites."""

from __future__ import annotations

import pytest

from ingest.clean import jaccard
from qa.grounding import check_answer, names, numbers
from qa.pipeline import GROUNDING_THRESHOLD

FORCE = (
    "The treaty is expected to remain in force for 20 years, the state-owned news agency "
    "TASS reported, citing Iranian Ambassador to Russia Kazem Jalali."
)
SIGNED = (
    "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin have signed "
    "a cooperation pact."
)
PASSAGES = [FORCE, SIGNED]
OVERLAP_THRESHOLD = 0.3  # word-overlap Jaccard is a stricter judge than embeddings


@pytest.mark.parametrize(
    "answer",
    [
        "The treaty is expected to remain in force for 20 years [1].",
        "TASS reported the treaty is expected to stay in force for 20 years [1].",
        "The treaty is expected to remain in force for 20 years. [1]",
        "Pezeshkian and Putin have signed the cooperation pact [2].",
        "The treaty is expected to remain in force for 20 years [1]. "
        "Pezeshkian and Putin have signed the cooperation pact [2].",
        "The treaty is expected to remain in force for 20 years. [1] "
        "Pezeshkian and Putin have signed the cooperation pact. [2]",
        "The treaty is expected to remain in force for 20 years, TASS reported [1][2].",
    ],
)
def test_faithful_cited_answers_are_supported(answer: str) -> None:
    grounding = check_answer(answer, PASSAGES, jaccard, OVERLAP_THRESHOLD)
    assert grounding.supported, grounding.reasons
    assert grounding.reasons == []


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ("The treaty is expected to remain in force for 18 months [1].", "numbers"),
        ("The treaty is expected to remain in force for $1.1 billion [1].", "numbers"),
        ("The treaty is expected to remain in force for 20 years [2].", "numbers"),
        ("Pezeshkian and Lavrov have signed the cooperation pact [2].", "names"),
        ("The treaty is expected to remain in force for 20 years.", "no valid citation"),
        ("The treaty is expected to remain in force for 20 years [3].", "no valid citation"),
        ("The treaty is expected to remain in force for 20 years [0].", "no valid citation"),
        ("Sanctions hurt the economy badly and prices rose sharply [1].", "similarity"),
        (
            "The treaty is expected to remain in force for 20 years [1]. Oil prices fell.",
            "no valid citation",
        ),
        ("", "empty answer"),
        ("[1]", "empty answer"),
        ("[1] [2].", "empty answer"),
    ],
)
def test_unsupported_answers_say_why(answer: str, reason: str) -> None:
    grounding = check_answer(answer, PASSAGES, jaccard, OVERLAP_THRESHOLD)
    assert not grounding.supported
    assert any(reason in r for r in grounding.reasons), grounding.reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("for 20 years", {"20"}),
        ("$1.1 billion and 1,100 drones", {"1.1", "1100"}),
        ("January 17, 2025", {"17", "2025"}),
        ("no numbers", set()),
    ],
)
def test_numbers_are_found_without_thousands_separators(text: str, expected: set[str]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin met Pezeshkian in Moscow.", {"pezeshkian", "moscow"}),
        ("The Kremlin said so. However, Tehran disagreed.", {"kremlin", "tehran"}),
        ("Lavrov’s remarks surprised Iran.", {"iran"}),
        ("no names at all here.", set()),
    ],
)
def test_names_skip_sentence_starts_and_common_words(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("answer", "supported"),
    [
        ("TASS said the pact should stay in force for two decades, 20 years [1].", True),
        ("The agreement will last 20 years, according to TASS [1].", True),
        ("The treaty will remain in force for 18 months [1].", False),
        ("The weather in Moscow was cold and snowy on Friday [1].", False),
    ],
)
def test_real_embeddings_judge_paraphrases(embedder, answer: str, supported: bool) -> None:  # type: ignore[no-untyped-def]
    def cosine(a: str, b: str) -> float:
        vectors = embedder.encode([a, b])
        return float(vectors[0] @ vectors[1])

    grounding = check_answer(answer, [FORCE], cosine, GROUNDING_THRESHOLD)
    assert grounding.supported is supported, grounding.reasons
