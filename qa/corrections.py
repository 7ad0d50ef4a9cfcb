"""A question corrected part-way, read as corrected. Pure.

People fix what they type as they go: "Who signed the treaty with Putin — sorry, I mean
which Iranian president signed the pact?", "In 2021 — no, 2020 — whom did Trump order
assassinated?", "What did the White House, no wait, the Kremlin say the treaty will
enhance?". What comes before the correction names the wrong person, year or deed, and a
question read whole asks after both. `corrected` keeps what the asker settled on:

- a new question after the marker replaces what came before it ("How long did negotiations
  last — actually, how long is the treaty expected to remain in force?"), keeping a scene
  set before the abandoned question ("Besides trade and military cooperation, what — let
  me rephrase — which three other areas …?");
- a phrase after the marker replaces the words before the marker it stands for: those
  from the same word on ("an agreement from 2011 — typo, I mean from which year?"), else a
  name for a name, a number for a number, otherwise the one word before ("Which Syrian
  president was assassinated, or rather, toppled by …?").
"""

from __future__ import annotations

import re

from qa.framing import AUXILIARY, QUESTION_WORD

# What opens a correction, between a dash, a comma or dots and what replaces the words
# before it. "actually" corrects only after a dash or dots: "What, actually, did Putin
# say?" asks what he said.
_MARK = (
    r"(?:sorry,?\s+i\s+mean(?:t)?|sorry|i\s+mean(?:t)?(?:\s+to\s+say)?|no,?\s+wait|wait,?\s+no|"
    r"no|or\s+rather|scratch\s+that|strike\s+that|forget\s+that|let\s+me\s+rephrase|"
    r"correction|typo(?:,?\s+i\s+mean(?:t)?)?|oops|make\s+that|actually|in\s+fact)"
    r"(?=\s*[,:;—–.…]|\s+-|\s)"
)
_SEP = r"(?:\s*(?:,|:|;|—|–|--|-|\.{3}|…|\)))*\s*"
_MARKER = re.compile(
    r"(?:\s*(?:—|–|--|\s-|\.{3}|…)\s*(?:actually|in\s+fact)\b"
    r"|(?:\s*(?:—|–|--|\s-|\.{3}|…|,|;|\()\s*|\s+\*\s*)"
    rf"(?!actually|in\s+fact){_MARK})"
    rf"(?:{_SEP}{_MARK})*{_SEP}"
    # "the Iranian ambasador *ambassador": a starred word for the one before it.
    r"|\s+\*(?=\w)",
    re.I,
)
_QUESTION_WORD = re.compile(rf"\b(?:{QUESTION_WORD})\b", re.I)
_OPENS = re.compile(
    rf"^(?:(?:in|on|at|for|from|by|since|to|with)\s+)?(?:{QUESTION_WORD}|{AUXILIARY})\b", re.I
)
_OPENS_AUXILIARY = re.compile(rf"^(?:{AUXILIARY}|does|should)\b", re.I)
# Where a replacing phrase ends and the question goes on: "In 2021 — no, 2020 — whom …?",
# "What did Lavrov, no wait, Putin, call the deal …?".
_CLOSE = re.compile(r"\s*(?:—|–|--|\s-\s)\s*|,\s+")
_WORD = re.compile(r"\S+")
_MOST_CORRECTIONS = 8


def _stem(word: str) -> str:
    return re.sub(r"(?:[’']s)?\W*$", "", word.lower()).lstrip("“\"'(")


def _kind(word: str) -> str:
    bare = word.strip("“”\"'(),.?!:;")
    if re.fullmatch(r"\d[\d,.]*(?:s)?", bare):
        return "number"
    if bare[:1].isupper() and not _OPENS.match(bare):
        return "name"
    return "word"


def _aligned(before: str, phrase: str) -> int | None:
    """Where the words `phrase` stands for start in `before`, if any do."""
    words = list(_WORD.finditer(before))
    said = phrase.split()
    if not words or not said:
        return None
    window = words[-(len(said) + 2) :]
    first = said[0]
    kind = _kind(first)
    # "Russia's ambassador to Iran" by "Iran's ambassador to Russia": a phrase of several
    # words that opens with a name stands for as many words that do.
    if kind == "name" and 1 < len(said) <= len(words) and _kind(words[-len(said)].group()) == kind:
        return words[-len(said)].start()
    # From the same word on: "from 2011" by "from which year", "a new era" by "a new
    # chapter".
    same = [w for w in window if _stem(w.group()) == _stem(first)]
    if same:
        return same[-1].start()
    if kind == "word":
        return None
    # A name for a name, a number for a number: the run of them that ends nearest.
    run = [w for w in window if _kind(w.group()) == kind]
    if not run:
        return None
    start = run[-1].start()
    for w in reversed(window):
        if w.start() > run[-1].start():
            continue
        if _kind(w.group()) != kind:
            break
        start = w.start()
    return start


def _replaced(before: str, phrase: str) -> str:
    """`before` with its last words replaced by `phrase`, the words they stand for, or
    else the last word."""
    start = _aligned(before, phrase)
    if start is None:
        words = list(_WORD.finditer(before))
        start = words[-1].start() if words else len(before)
    return f"{before[:start]}{phrase}"


def _asks(text: str) -> bool:
    """Whether the text asks a question of its own rather than naming what is corrected."""
    return bool(_QUESTION_WORD.search(text) or _OPENS_AUXILIARY.match(text))


def corrected(question: str) -> str:
    """The question as the asker corrected it part-way; the question itself when it was
    not corrected."""
    text = question
    # Each turn reads one correction, the last; a question is corrected a few times at most.
    for _ in range(_MOST_CORRECTIONS):
        marks = list(_MARKER.finditer(text))
        if not marks:
            break
        mark = marks[-1]
        before = text[: mark.start()].rstrip(" ,;:—–-(")
        after = text[mark.end() :].strip()
        if not after or not before:
            return after or before or question
        close = _CLOSE.search(after)
        if close is not None:
            phrase, rest = after[: close.start()], after[close.end() :]
            if (
                len(phrase.split()) <= 4
                and not _asks(phrase)
                # "meet, I mean sign, the treaty": one word for the word before the marker.
                and (
                    _aligned(before, phrase) is not None
                    or (len(phrase.split()) == 1 and not _OPENS.match(rest))
                )
            ):
                joint = ", " if _OPENS.match(rest) else " "
                text = f"{_replaced(before, phrase)}{joint}{rest}"
                continue
        if len(after.split()) <= 4 and _aligned(before, after) is not None:
            # "an agreement from 2011 — typo, I mean from which year?"
            text = _replaced(before, after)
            continue
        if _asks(after):
            opener = _QUESTION_WORD.search(before)
            if opener is not None and len(after.split()) <= 3 and opener.start() == 0:
                # "Who signed it — I mean which Iranian president?"
                text = f"{after.rstrip('?')} {before[opener.end() :].strip()}?"
                continue
            # A scene set before the abandoned question is kept.
            scene = before[: opener.start()] if opener is not None else ""
            text = f"{scene.rstrip()} {after}".strip() if scene.rstrip().endswith(",") else after
            continue
        text = _replaced(before, after)
    return text[:1].upper() + text[1:] if question[:1].isupper() else text
