"""How many: counting the items of a list a sentence gives of what is counted (pure)."""

from __future__ import annotations

import pytest

from qa.lists import counted, list_counted, listed, told_count

AREAS = (
    "The leaders said the two countries would intensify cooperation across a range of areas "
    "including politics, security, trade, transport and energy."
)
RANGE = (
    "Officials said the treaty covers areas from trade and military cooperation to science, "
    "culture and education."
)
KREMLIN = (
    "The Kremlin said the treaty will enhance the “military-political and trade-economic” "
    "relations between Tehran and Moscow."
)
TIES = "Building closer ties with Iran, China, and North Korea has been a central focus."
SETBACKS = (
    "These included a Syrian opposition offensive that toppled President Bashar al-Assad, a "
    "key Russian and Iranian ally, and the weakening of the Hezbollah group after a war."
)


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("How many areas does the deal cover?", "areas"),
        ("How many kinds of relations did the Kremlin say it will enhance?", "relations"),
        ("How many foreign policy setbacks for Tehran does the article list?", "setbacks"),
        ("How many countries are named as central to Putin's push?", "countries"),
        ("What areas does the deal cover?", None),
    ],
)
def test_a_how_many_question_counts_the_noun_before_its_verb(question: str, noun: str) -> None:
    assert counted(question) == noun


@pytest.mark.parametrize(
    ("text", "noun", "items"),
    [
        (AREAS, "areas", ["politics", "security", "trade", "transport", "energy"]),
        (RANGE, "areas", ["trade", "military cooperation", "science", "culture", "education"]),
        (KREMLIN, "relations", ["military-political", "trade-economic"]),
        (TIES, "countries", ["Iran", "China", "North Korea"]),
    ],
)
def test_a_list_of_what_is_counted_gives_its_items(text: str, noun: str, items: list[str]) -> None:
    assert listed(text, noun) == items


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # A list of clauses is not counted: its commas could be inside an item.
        (SETBACKS, "setbacks"),
        # A list of something else is not one of what is counted.
        (AREAS, "drones"),
        (TIES, "areas"),
        # Peoples are not countries.
        ("Iranian and Russian leaders praise the deal.", "countries"),
    ],
)
def test_no_list_of_what_is_counted_gives_no_items(text: str, noun: str) -> None:
    assert listed(text, noun) is None


def test_the_count_is_told_in_words_with_the_items() -> None:
    assert told_count(["Iran", "China", "North Korea"]) == "Three: Iran, China and North Korea"
    assert list_counted("How many areas does the deal cover?", AREAS) is not None
    assert list_counted("Which areas does the deal cover?", AREAS) is None
