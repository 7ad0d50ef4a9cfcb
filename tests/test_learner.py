"""A learner's grammar read as standard English (pure)."""

from __future__ import annotations

import pytest

from qa.learner import standard


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much year the treaty stay in force", "how many years the treaty stay in force"),
        ("what china said about this treaty", "what did china say about this treaty"),
        ("what zelensky say about the treaty", "what did zelensky say about the treaty"),
        ("what Lavrov thought of the deal", "what did Lavrov think of the deal"),
        ("who take the photo of meeting", "who took the photo of meeting"),
        ("who sign the pact?", "who signed the pact?"),
        ("how many pages the treaty have", "how many pages does the treaty have"),
        (
            "joint news conference was which day of week",
            "which day of week was joint news conference?",
        ),
    ],
)
def test_a_learners_grammar_is_read_in_standard_grammar(question: str, expected: str) -> None:
    assert standard(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "What did China say about the treaty?",
        "what has china said about it",
        "What was said about it?",
        "Which Russian official said on Tuesday that the treaty is constructive?",
        "How many articles does the treaty contain?",
        "How many articles does the text of the treaty contain?",
        "how much money did it cost",
        "Who signed it?",
        "The treaty was signed when?",
    ],
)
def test_standard_grammar_is_left_as_typed(question: str) -> None:
    assert standard(question) == question
