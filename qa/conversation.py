"""Turn a follow-up question into a standalone one for retrieval. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.schemas import Turn
from qa.terms import terms

_ANAPHORA = re.compile(
    r"\b(it|its|they|them|their|this|that|these|those|he|him|his|she|her|there|then|"
    r"the (deal|pact|treaty|agreement|accord|document|two|leaders|countries|meeting))\b",
    re.IGNORECASE,
)


def needs_context(question: str) -> bool:
    """A question that leans on earlier turns: pronouns, or at most one word of its own
    ("On what date?"); "What is the capital of Australia?" stands alone."""
    return bool(_ANAPHORA.search(question)) or len(terms(question)) <= 1


def standalone_question(question: str, history: Sequence[Turn]) -> str:
    """The question plus the previous user question when it depends on it."""
    previous = [t.content for t in history if t.role == "user" and t.content.strip()]
    if not previous or not needs_context(question):
        return question
    return f"{question} ({previous[-1].strip()})"
