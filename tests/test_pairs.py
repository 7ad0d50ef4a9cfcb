"""Naming "the two countries" after the pair a document's title names."""

from __future__ import annotations

import pytest

from qa.pairs import name_the_pair, title_pair


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Iran and Russia sign a comprehensive strategic partnership treaty", "Iran and Russia"),
        ("Russia–Iran treaty signed in Moscow", "Russia and Iran"),
        ("Kilimanjaro", None),
        ("", None),
    ],
)
def test_a_title_names_the_pair_it_joins(title: str, pair: str | None) -> None:
    assert title_pair(title) == pair


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "The current framework between the two countries is based on a 2001 agreement.",
            "The current framework between the two countries, Iran and Russia, is based on a "
            "2001 agreement.",
        ),
        (
            "Both countries have increased their trade.",
            "Both countries, Iran and Russia, have increased their trade.",
        ),
        (
            "Officials see both nations as a threat.",
            "Officials see both nations, Iran and Russia, as a threat.",
        ),
        ("The two leaders met.", "The two leaders met."),
    ],
)
def test_the_two_countries_are_named_as_an_aside(text: str, named: str) -> None:
    assert name_the_pair(text, "Iran and Russia") == named


def test_without_a_pair_the_text_is_unchanged() -> None:
    text = "Both countries have increased their trade."
    assert name_the_pair(text, None) == text
