"""A question asked in the passive, read in the active. Pure.

"By whom was the treaty signed?", "The photograph was taken by whom?" and "By which agency
was the pool photograph distributed?" ask who did something, as "Who took the photograph?"
does; read as written, the question word comes after what it asks about, or nowhere a
question word is looked for, and the deed is a participle ("taken") where the sources
write what someone did ("Photo by …", "distributed by Sputnik"). `active` reads them as
"Who took the photograph?" and "Which agency distributed the pool photograph?".
"""

from __future__ import annotations

import re

# Participles whose past tense differs; a regular one ("signed") is its own past tense.
_PAST = {
    "taken": "took",
    "written": "wrote",
    "given": "gave",
    "chosen": "chose",
    "drawn": "drew",
    "seen": "saw",
    "done": "did",
    "shown": "showed",
    "known": "knew",
    "driven": "drove",
    "broken": "broke",
    "spoken": "spoke",
    "begun": "began",
    "undertaken": "undertook",
    "overthrown": "overthrew",
    "thrown": "threw",
    "forgotten": "forgot",
    "beaten": "beat",
    "ridden": "rode",
    "stolen": "stole",
    "sworn": "swore",
    "worn": "wore",
    "torn": "tore",
    "borne": "bore",
    "shaken": "shook",
    "frozen": "froze",
    "flown": "flew",
    "grown": "grew",
    "blown": "blew",
}
_PARTICIPLE = r"(?P<done>[a-z]+(?:ed|en|wn|ne|t)|[a-z]+(?:ght|id|ld|nt|ot|un|ung|ade))"
_BE = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|been)"
# Who did it, or which one: "whom", "which Russian state agency"; not "by what date" or "by
# what means", which ask no doer.
_WHO = (
    r"(?:whom|who|(?P<which>which|what)\s+(?!(?:means|way|ways|method|route|process|date|time|"
    r"year|day|month|week|hour|point|deadline|stage|end)\b)"
    r"(?P<noun>[\w’'-]+(?:\s+(?!(?:was|were|is|are|has|have|had|will|would)\b)[\w’'-]+){0,3}?))"
)
# What may follow the doer: a comma, or a phrase that sets the scene.
_REST = r"(?P<rest>(?:\s*,|\s+(?:in|on|at|during|after|before|for|to|with|citing)\b)[^?]*?)?"
# "By whom was the treaty signed?", "By which agency was the photo distributed?"
_FRONTED = re.compile(
    rf"^\W*by\s+{_WHO}\s+{_BE}\s+(?P<what>.+?)\s+{_PARTICIPLE}(?P<rest>(?:\s+(?:in|on|at|during|"
    rf"after|before|for|to|with)\b[^?]*)?)\s*\?\s*$",
    re.I,
)
# "The photograph was taken by whom?", "The pool photo was distributed by which agency?",
# "The treaty was signed in Moscow by whom?"
_AFTER = re.compile(
    rf"^\W*(?P<what>[A-Z][^?]*?)\s+{_BE}\s+{_PARTICIPLE}(?P<mid>\s+(?:in|on|at|during)\s+[^?]*?)?"
    rf"\s+by\s+{_WHO}{_REST}\s*\?\s*$",
)
# "Who was the treaty signed by?", "Which agency was the photo distributed by?"
_STRANDED = re.compile(
    rf"^\W*{_WHO}\s+{_BE}\s+(?P<what>.+?)\s+{_PARTICIPLE}(?P<rest>(?:\s+(?:in|on|at|during)\s+"
    r"[^?]*?)?)\s+by\s*\?\s*$",
    re.I,
)


def _past(done: str) -> str:
    return _PAST.get(done.lower(), done)


# A determiner that opened the question is lower-cased once the question word comes first.
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "its", "his", "her", "their"])


def _lead(what: str) -> str:
    """ "The photograph of the meeting" as it reads after "Who took": "the photograph …"."""
    first = what.split()[0]
    return what[:1].lower() + what[1:] if first.lower() in _DETERMINERS else what


def active(question: str) -> str:
    """The question in the active voice when it asks in the passive who did something;
    the question itself otherwise."""
    match = _FRONTED.match(question) or _AFTER.match(question) or _STRANDED.match(question)
    if match is None:
        return question
    done = match.group("done")
    if done.lower() in {"been", "being"}:
        return question
    asker = (
        f"{match.group('which').capitalize()} {match.group('noun')}"
        if match.group("which")
        else "Who"
    )
    rest = (match.groupdict().get("mid") or "") + (match.group("rest") or "")
    return f"{asker} {_past(done)} {_lead(match.group('what').strip())}{rest}?"
