"""What a question leaves out of its answer must not be all the answer offers."""

from __future__ import annotations

import pytest

from qa.exclusions import offers_only

DRONES = (
    "Iran has already provided Russia with self-detonating “Shahed” drones, which Moscow has "
    "used in its nightly strikes on Ukraine, according to Ukrainian and Western officials."
)
AREAS = (
    "Iranian and Russian officials said the treaty covers areas from trade and military "
    "cooperation to science, culture and education."
)
TIES = "Building closer ties with Iran, China, and North Korea has been a central focus."
SIGNED = "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin have signed."
CITED = "TASS reported it, citing Iranian Ambassador to Russia Kazem Jalali."


@pytest.mark.parametrize(
    ("left_out", "sentence"),
    [
        ("the Shahed drones", DRONES),  # a clause about them follows the comma, no list
        ("Kazem Jalali, Iran's envoy in Moscow", CITED),  # who he is, after the comma
    ],
)
def test_a_sentence_naming_only_what_is_left_out_offers_only_that(
    left_out: str, sentence: str
) -> None:
    assert offers_only(left_out, sentence)


@pytest.mark.parametrize(
    ("left_out", "sentence"),
    [
        ("trade and military cooperation", AREAS),  # a list with more
        ("Iran", TIES),  # a list comma after it
        ("Putin", SIGNED),  # "and" before it
        ("the Kremlin", DRONES),  # not named at all: the sentence offers something else
        ("the Shahed missiles", DRONES),  # only in part
    ],
)
def test_a_sentence_with_more_than_what_is_left_out_offers_more(
    left_out: str, sentence: str
) -> None:
    assert not offers_only(left_out, sentence)
