"""A question sent as a message, without its greeting and sign-off. Pure.

A desk gets its questions as emails and tickets: "Hi team,\\n\\nCould you confirm how long
the treaty stays in force?\\n\\nThanks,\\nHannah Liu\\nPolicy Unit". The greeting and the
sign-off ask nothing, and the names under the sign-off are the sender's: the checks that
keep answers honest would read "Hannah Liu" as someone the question is about, whom the
documents never name. What is left is the message's body, which the pipeline reads as any
other question (a sentence of context before the question is read apart by
`qa.framing.preamble_lead`).

Only a message of several lines is read this way; the greeting is its first line and the
sign-off a line of its own ("Best regards,", "Sent from my phone"), after which only a
postscript ("P.S. On which day …?") is read.
"""

from __future__ import annotations

import re

# "Hi team,", "Dear Research Desk,", "Good morning,": a first line that only greets.
_GREETING = re.compile(
    r"^\W*(?:hi|hello|hey|hiya|dear|greetings|good\s+(?:morning|afternoon|evening|day)|"
    r"morning|evening|to\s+whom\s+it\s+may\s+concern)\b[^?.!:;]{0,40}[,!.:]?\s*$",
    re.I,
)
# "Thanks,", "Best regards,", "Yours sincerely,", "Sent from my iPad": a line that closes.
_SIGN_OFF = re.compile(
    r"^\W*(?:(?:many\s+|thanks\s+)?thanks(?:\s+(?:again|in\s+advance|a\s+lot|so\s+much))?|"
    r"thank\s+you(?:\s+(?:again|in\s+advance|so\s+much))?|thx|cheers|ta|"
    r"(?:best|kind|kindest|warm|warmest|warm\s+best|many)?\s*regards|best(?:\s+wishes)?|"
    r"all\s+the\s+best|with\s+(?:thanks|gratitude|(?:best|kind)\s+(?:regards|wishes))|"
    r"yours(?:\s+(?:sincerely|truly|faithfully))?|sincerely(?:\s+yours)?|respectfully|"
    r"take\s+care|talk\s+soon|speak\s+soon|sent\s+from\s+my\s+[\w ]{1,30})"
    r"\s*[,.!]*\s*$",
    re.I,
)
# "P.S. On which day …?", "PS: …": a postscript, which may hold the question itself.
_POSTSCRIPT = re.compile(r"^(?:p\.?\s?)+s(?:\.|\b)\s*:?\s*", re.I)


def letter_body(message: str) -> str:
    """The message without a greeting line and a sign-off with the lines under it, but for
    a postscript's words; the message itself when it is one line, has neither a greeting
    nor a sign-off, or nothing is left."""
    lines = [line.strip() for line in message.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        return message
    greeted = _GREETING.match(lines[0]) is not None
    if greeted:
        lines = lines[1:]
    body: list[str] = []
    closed = False
    for line in lines:
        postscript = _POSTSCRIPT.match(line)
        if postscript is not None and postscript.end() < len(line):
            body.append(line[postscript.end() :])
        elif _SIGN_OFF.match(line):
            closed = True
        elif not closed:
            body.append(line)
    return " ".join(body) if body and (greeted or closed) else message
