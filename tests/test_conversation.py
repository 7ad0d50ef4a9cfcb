"""Follow-up questions borrow the previous user question for retrieval."""

from __future__ import annotations

import pytest

from qa.conversation import needs_context, standalone_question
from qa.schemas import Turn

FIRST = "What treaty did Russia and Iran sign in January 2025?"
HISTORY = [
    Turn(role="user", content=FIRST),
    Turn(role="assistant", content="A comprehensive strategic partnership treaty [1]."),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who signed it?", True),
        ("What did they agree on?", True),
        ("When was the deal announced?", True),
        ("How long will the treaty remain in force?", True),
        ("What did the two leaders say?", True),
        ("And Putin?", True),
        ("Why?", True),
        ("Which drones has Iran provided Russia?", False),
        ("Where did Pezeshkian and Putin meet in January 2025?", False),
    ],
)
def test_needs_context_for_pronouns_and_short_questions(question: str, expected: bool) -> None:
    assert needs_context(question) is expected


@pytest.mark.parametrize(
    ("question", "history", "expected"),
    [
        (
            "Who signed it?",
            HISTORY,
            f"Who signed it? ({FIRST} A comprehensive strategic partnership treaty.)",
        ),
        ("Who signed it?", [], "Who signed it?"),
        (
            "Which drones has Iran provided Russia?",
            HISTORY,
            "Which drones has Iran provided Russia?",
        ),
        (
            "Who signed it?",
            [Turn(role="assistant", content="Iran and Russia signed a treaty.")],
            "Who signed it?",
        ),
        (
            "Who signed it?",
            [
                *HISTORY,
                Turn(role="user", content="  Where was it signed?  "),
                Turn(role="user", content=" "),
            ],
            "Who signed it? (Where was it signed?)",
        ),
    ],
)
def test_standalone_question_adds_the_last_question_and_its_answer_when_needed(
    question: str, history: list[Turn], expected: str
) -> None:
    assert standalone_question(question, history) == expected
