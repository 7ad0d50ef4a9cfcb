"""Recognise instructions aimed at the model, in questions and in documents. Pure."""

from __future__ import annotations

import re

_PATTERNS = [
    r"\bignore\b.{0,40}\b(instructions?|prompts?|rules|context|above|previous)\b",
    r"\bdisregard\b.{0,40}\b(instructions?|prompts?|rules|context|above|previous)\b",
    r"\bforget\b.{0,40}\b(instructions?|prompts?|rules|context|article|everything|previous)\b",
    r"\b(system|developer|hidden|initial)\s+(prompt|message|instructions?)\b",
    r"\byou are now\b",
    r"\b(act|pretend|roleplay)\s+(as|to be)\b",
    r"\bjailbreak|\bDAN\b|developer mode|god mode",
    r"\b(answer|reply|respond|say|print|output|write)\b.{0,30}[\"'“‘]?\bPWNED\b",
    r"\bPWNED\b",
    r"\b(repeat|reveal|print|show|output|dump)\b.{0,40}\b(everything|prompt|instructions?|above|api keys?|secrets?|environment variables?|passwords?)\b",
    r"</?\s*(context|system|instructions?)\s*>",
    r"\bnew instructions?\b|\boverride\b.{0,30}\binstructions?\b",
    r"\b(admin|administrator|editor'?s?)\s+(note|notice|update|task|override)\b",
    r"\bsystem\s+(notice|override|update)\b",
]  # fmt: skip
_INJECTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.DOTALL)


def looks_like_injection(text: str) -> bool:
    """True when the text tries to give the model instructions."""
    return bool(_INJECTION.search(text))
