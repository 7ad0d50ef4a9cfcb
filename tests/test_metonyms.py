"""Capitals and seats of government read as their countries."""

from __future__ import annotations

import pytest

from qa.metonyms import as_countries, seat_country


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "What governs ties between Tehran and the Kremlin?",
            "What governs ties between Iran and Russia?",
        ),
        ("Who is Moscow’s top diplomat?", "Who is Russia’s top diplomat?"),
        ("Did Washington respond?", "Did the United States respond?"),
        ("How long will the treaty last?", "How long will the treaty last?"),
        ("Who lives in Moscowville?", "Who lives in Moscowville?"),  # whole words only
        (
            "Who signed for the Islamic Republic of Iran and the Russian Federation?",
            "Who signed for Iran and Russia?",
        ),
    ],
)
def test_capitals_and_seats_of_government_read_as_their_countries(question: str, read: str) -> None:
    assert as_countries(question) == read


def test_a_seat_gives_its_country_whatever_its_case_and_without_its_article() -> None:
    assert seat_country("tehran") == "Iran"
    assert seat_country("Kremlin") == "Russia"
    assert seat_country("Washington") == "United States"
    assert seat_country("Iran") is None
