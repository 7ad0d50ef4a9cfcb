"""The part a question asks someone to play, read past. Pure.

People wrap a question of fact in a game: "Pretend you're a TASS reporter filing from
Moscow: how long is the treaty expected to remain in force?", "You're a Kremlin press
officer. In which city …?", "Answer as if you were my history tutor — who ordered …?",
"Detective, deduce it for me: what did Putin say …?". The part played changes nothing of
what the sources say, and read as part of the question its words ("TASS", "Kremlin",
"spokesperson") are taken for what is asked about: a question about Trump's reaction read
with "Pretend you're Trump's spokesperson" finds a sentence that names Trump and is
answered by it. `unplayed` is the question without the parts played before it.
"""

from __future__ import annotations

import re

# What closes the part played: a colon, a dash, a full stop or an exclamation, or a comma
# after a part that only says who plays.
_CLOSE = r"\s*(?:[:;—–.!]+|--|,)\s+"
_PART = r"[^:;—–.!?]{1,80}?"
_WHO = r"(?:a|an|the|my|your|our|some)\b"
_LEADS = (
    # "Pretend you're a TASS reporter filing from Moscow:", "Imagine you're a game-show host
    # about to reveal the answer:"
    rf"(?:pretend|imagine|suppose)\s+(?:that\s+)?(?:you|i|we)(?:['’]re|['’]m|\s+are|\s+am)\s+{_PART}",
    # "Role-play as Lavrov's spokesperson:", "In character as a grumpy editor,", "Answer as if
    # you were my history tutor —", "Talk like a Western intelligence analyst:", "In the
    # voice of a fact-checker:", "Acting as a photo-desk editor checking credits:",
    # "Narrate it like a war correspondent:", "Speaking as a Ukrainian official would,"
    r"(?:role[- ]?play(?:ing)?|in\s+character|stay(?:ing)?\s+in\s+character|acting|speaking|"
    r"answer(?:ing)?|respond(?:ing)?|reply(?:ing)?|narrate|talk|write|explain|tell\s+me)"
    rf"(?:\s+(?:it|this|that))?\s+(?:as(?:\s+if\s+(?:you|i)\s+were)?|like)\s+{_PART}",
    rf"in\s+(?:the\s+)?(?:voice|role|shoes|persona)\s+of\s+{_PART}",
    # "Role-play:", "Role-play: I'm a student, you're a librarian."
    r"role[- ]?play(?:ing)?(?:\s+time)?",
    # "You're a Kremlin press officer.", "I'm a rookie foreign correspondent and you're my
    # mentor —", "You are a robot reading the news."
    rf"(?:you|i|we)(?:['’]re|['’]m|\s+are|\s+am)\s+{_WHO}{_PART}",
    # "Be a sports commentator for a second and call it:", "Channel a political science
    # professor:", "Be a game host:"
    rf"(?:be|channel|play)\s+{_WHO}{_PART}",
    # "Let's play 20 questions about the article!"
    rf"let['’]s\s+(?:play|pretend|do)\s+{_PART}",
    # "Detective, deduce it for me:", "Detective mode on, Sherlock:", "Quizmaster here,
    # buzzers ready!"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+(?:deduce|tell|explain|work\s+out|figure\s+out|answer)"
    r"\s+(?:it|this|that|me)(?:\s+(?:for|to)\s+me)?",
    rf"[A-Z][\w-]*\s+(?:mode\s+(?:on|activated|engaged)|here){_PART}",
    # "Ahoy, matey!", "BEEP."
    r"(?:ahoy|arr+|avast|beep|boop|ding(?:\s+ding)?)(?:,?\s+[\w-]+)?",
)
_LEAD = re.compile(rf"^\W*(?:{'|'.join(_LEADS)}){_CLOSE}(?=\S)", re.I)
# "… Be honest, and tell me:", "… and tell me:" left after a part played.
_AND_TELL = re.compile(r"^\W*(?:and\s+)?(?:tell|give|show)\s+me\s*[:,—–]\s+", re.I)
# "… BOOP.", "…, in character.", "(stay in character)" after the question.
_TAIL = re.compile(
    r"(?<=\?)\s*(?:\(?\s*(?:stay\s+in\s+character|in\s+character|beep|boop|over(?:\s+and\s+out)?)"
    r"\s*[.!)]*\s*)+$",
    re.I,
)


_ABOUT_THE_PLAYER = re.compile(r"\b(?:who|what)\s+(?:am\s+I|are\s+you)\b", re.I)


def unplayed(question: str) -> str:
    """The question without the parts it asks someone to play before it, and without what
    a part says after it; the question itself when nothing is played or nothing is left."""
    text = question.strip()
    while (lead := _LEAD.match(text)) is not None:
        # "I am the Iranian president who signed the pact. Who am I?" asks who plays it.
        if _ABOUT_THE_PLAYER.search(text[lead.end() :]):
            break
        text = text[lead.end() :]
        text = text[told.end() :] if (told := _AND_TELL.match(text)) is not None else text
    text = _TAIL.sub("", text).strip()
    if not text or not re.search(r"\w", text):
        return question
    return text[0].upper() + text[1:] if question.strip()[:1].isupper() else text
