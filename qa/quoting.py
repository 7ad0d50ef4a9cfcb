"""A phrase quoted from the article before the question, read as the turn it is about.
Pure.

Readers point at the words they ask about: "In 'These included a Syrian opposition
offensive …', what does 'These' refer to?", "'The two countries would intensify
cooperation …' — which two countries are meant?", "The Kremlin says 'the specifics remain
undisclosed' — does the treaty include a mutual-defence clause …?". The quoted phrase
says which sentence the question is about; the question after it is what is asked, and
what it takes for granted is its own. Read whole, the quote's words were checked as the
question's ("the specifics remain undisclosed" answered whether the treaty has a defence
clause) and a short question after a long quote was too far from any one sentence. The
quote is read as a turn before the question, as a line quoted with "> " is.
"""

from __future__ import annotations

import re

from qa.framing import QUESTION_WORD

_OPEN = "'‘“\""
_CLOSE = "'’”\""
# "In 'These included …', …", "In the phrase 'the entire region', …", "When the article
# says 'a move that has alarmed …', …", "The Kremlin says '…' — …", "'…' — …".
_QUOTING = re.compile(
    r"^\W*?(?P<lead>(?:(?:in|from|by|with|about|regarding|re)\s+"
    r"(?:the\s+|(?-i:[A-Z])[\w-]*[’']s\s+)?"
    r"(?:(?:phrase|line|sentence|words?|passage|quote|quotation|caption|clause|bit)\s+)?"
    r"|(?:when|where|as)\s+(?:the\s+)?(?:article|piece|report|story|text|(?-i:[A-Z])[\w’'-]+)"
    r"(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+(?:says|said|writes|wrote|puts\s+it|calls\s+it)\s*,?\s*"
    r"|(?:the\s+)?(?:article|piece|report|story|text|(?-i:[A-Z])[\w’'-]+)"
    r"(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+(?:says|said|writes|wrote)\s*:?\s*)?)"
    rf"[{_OPEN}](?P<quote>[^{_OPEN[1:]}{_CLOSE[1:]}]{{8,300}}?)[{_CLOSE}](?![\w])"
    r"[.,;:!?]?\s*(?:[,—–:;]|-{1,2}|\.{3})\s*(?P<rest>\S.*)$",
    re.S | re.I,
)
# The question after the quote asks something: it has a question word or mark.
_ASKING = re.compile(rf"\?\s*$|^\W*(?:{QUESTION_WORD})\b", re.I)


def quoting_lead(question: str) -> tuple[str, str]:
    """The phrase a question quotes before it asks, and the question after it:
    ("These included a Syrian opposition offensive", "What does 'These' refer to?"); ("",
    question) when it quotes none first."""
    match = _QUOTING.match(question.strip())
    if match is None or not _ASKING.search(match.group("rest")):
        return "", question
    rest = match.group("rest").strip()
    return match.group("quote").strip(), rest[:1].upper() + rest[1:]


# "What does 'These' refer to?", "Which two countries are meant?", "Who is 'he' …?": what
# a word of the quoted phrase stands for.
_REFERENT = re.compile(
    r"\brefer(?:s|red|ring)?\s+to\b|\b(?:is|are|was|were)\s+meant\b|\bstands?\s+for\b|"
    rf"\b(?:does|did|do)\s+[{_OPEN}][^{_CLOSE[1:]}]{{1,40}}[{_CLOSE}]\s+mean\b|"
    rf"^\W*(?:who|what)\s+(?:is|are|was|were)\s+[{_OPEN}]",
    re.I,
)
# A sentence that opens by pointing back: "These included …", "The two countries would …".
_POINTS_BACK = re.compile(
    r"^\W*(?:these|this|those|they|it|he|she|such|both|the\s+two\s+"
    r"(?:countries|nations|sides|leaders|presidents|men))\b",
    re.I,
)


def asks_referent(question: str) -> bool:
    """Whether a question asks what a word stands for ("What does 'These' refer to?")."""
    return _REFERENT.search(question) is not None


def points_back(sentence: str) -> bool:
    """Whether a sentence opens with a word that stands for something said before it."""
    return _POINTS_BACK.match(sentence) is not None
