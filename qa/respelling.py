"""A misspelt name read as the documents spell it ("poutin" as "Putin"). Pure.

Comment threads misspell the names in the news: "Poutin", "Pezeshkyan", "Lavrow",
"Teheran". MiniLM reads such a word as a word it has never seen, and the checks that
keep answers honest look for the name itself: "why did poutin fly to teheran" must be
checked as "why did Putin fly to Tehran", which no sentence says. A word the documents
never use, one slip from exactly one name they write (a letter added, dropped, changed,
or two swapped; see `qa.terms.one_slip`), is read as that name. A word they use is never
changed, nor one that is a name's plural or possessive ("Iranians", "trumps").

Names come to English through other languages, and each spells them its own way:
"Poutine", "Wladimir", "Lawrow", "Moskva", "Soleymani", "Hizballah". Such a spelling is
often more than one slip away, but it sounds the same: its consonants, read alike ("w" as
"v", "c" and "q" as "k"), come in the same order (`sound_key`). A capitalised word that
the documents never use and that is no English word either is read as the one name that
sounds like it, unless it stands beside a name they do not know: "Volodymyr Zelenskyy"
names someone else than their "Vladimir".

Readers typing quickly in a second language misspell common words too: "tready",
"sanctons". Such a word is read as the one word the documents write that it is a slip
from, when it is no English word either (the embedding model's vocabulary knows "treats"
and "signer") and the slip is not at its end ("signs" is a form of "signed", not a slip).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from qa.casing import PLACES
from qa.terms import STOPWORDS, one_slip

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# Shorter words are one slip from too much ("Iran" from "Iraq").
MIN_LETTERS = 5
# Letters written differently for one sound, in the order they are read alike.
_SOUNDS = (("ph", "f"), ("ck", "k"), ("sh", "s"), ("w", "v"), ("q", "k"), ("c", "k"), ("x", "ks"))
# A key of fewer consonants says too little to tell names apart ("Iran", "Oman").
MIN_KEY = 3


def sound_key(word: str) -> str:
    """The consonants a name is heard by, alike letters read alike and doubles as one,
    after its first letter: "Poutine" and "Putin" give "ptn"; "Moskva" and "Moscow"
    "mskv"; "Soleymani" and "Suleimani" "slmn"."""
    key = re.sub(r"[^a-z]", "", word.lower())
    for written, heard in _SOUNDS:
        key = key.replace(written, heard)
    key = key.removesuffix("h")  # "Hizbollah", "Hizbolla"
    consonants = re.sub(r"[aeiouy]", "", key[1:])
    return key[:1] + re.sub(r"(.)\1+", r"\1", consonants)


@dataclass(frozen=True)
class Names:
    """The names documents write, lower-cased to their written form and grouped by first
    letter and length, so that a misspelling finds its name without reading them all."""

    forms: Mapping[str, str]
    groups: Mapping[tuple[str, int], tuple[str, ...]]
    sounds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, forms: Mapping[str, str], *, places: bool = True) -> Names:
        """The names of `forms` ("tehran" → "Tehran") and of the countries and capitals a
        question may name (`qa.casing.PLACES`; not with `places=False`)."""
        every = {**PLACES, **forms} if places else dict(forms)
        groups: defaultdict[tuple[str, int], list[str]] = defaultdict(list)
        sounds: defaultdict[str, list[str]] = defaultdict(list)
        for key in every:
            if len(key) >= MIN_LETTERS:
                groups[key[0], len(key)].append(key)
            sounds[sound_key(key)].append(key)
        return cls(
            every,
            {group: tuple(keys) for group, keys in groups.items()},
            {sound: tuple(keys) for sound, keys in sounds.items()},
        )

    def meant(self, word: str) -> str | None:
        """The one name a word is a slip away from, as the documents write it; None when
        it is a name already, or near none or several."""
        key = word.lower()
        if len(key) < MIN_LETTERS or key in self.forms:
            return None
        near = {
            name
            for length in (len(key) - 1, len(key), len(key) + 1)
            for name in self.groups.get((key[0], length), ())
            if one_slip(key, name)
        }
        return self.forms[near.pop()] if len(near) == 1 else None

    def sounded(self, word: str) -> str | None:
        """The one name a word sounds like (`sound_key`), as the documents write it: "Moskva"
        → "Moscow"; None when it is a name already, or sounds like none or several."""
        key = sound_key(word)
        if word.lower() in self.forms or len(key) < MIN_KEY:
            return None
        alike = {self.forms[name] for name in self.sounds.get(key, ())}
        return alike.pop() if len(alike) == 1 else None


_LETTERS = re.compile(r"[A-Za-z]+")
# A name heard and typed as several words: "lav rov", "soul ey mani".
MAX_PIECES = 3


def _heard_apart(run: Sequence[re.Match[str]], key: str, names: Names) -> str | None:
    """The name that two words typed by ear or changed by autocorrect make together, when
    the first is capitalised inside the question: "with Put in" → "Putin", "where did
    Pez Eskin say" → "Pezeshkian" (it sounds like it, `Names.sounded`), "a war with Is
    Real" → "Israel". Either may be a word of its own ("Put", "in"), so the first must
    stand where only a name is capitalised, and together they must be a name or one slip
    from one, or sound like one when both are capitalised."""
    if not _inside(run):
        return None
    name = names.forms.get(key) or names.meant(key)
    if name is None and run[1].group(0)[:1].isupper():
        name = names.sounded(key)
    return name


def _inside(run: Sequence[re.Match[str]]) -> bool:
    """Whether a run is two words, the first capitalised where a sentence does not open."""
    first = run[0]
    before = first.string[: first.start()].rstrip()
    return (
        len(run) == 2
        and first.group(0)[:1].isupper()
        and bool(before)
        and before[-1] not in ".!?:\n"
    )


def pieces_joined(
    question: str, names: Names, known: Callable[[str], bool], *, capitalised: bool = False
) -> str:
    """The question with a name split into words the documents never use written as the
    name: "what did lav rov say" → "what did Lavrov say"; or split by ear or by
    autocorrect into words of their own after a capital (`_heard_apart`): "with Put in" →
    "with Putin". With `capitalised`, only names split after a capital are joined: a
    question typed in lower case is read once its casing is mended."""
    words = list(_LETTERS.finditer(question))
    out, last, i = [], 0, 0
    while i < len(words):
        for n in range(MAX_PIECES, 1, -1):
            run = words[i : i + n]
            if len(run) < n or any(question[a.end() : b.start()] != " " for a, b in pairwise(run)):
                continue
            if capitalised and not _inside(run):
                continue
            key = "".join(w.group(0) for w in run).lower()
            if any(w.group(0).lower() in STOPWORDS or known(w.group(0)) for w in run):
                name = _heard_apart(run, key, names)
            else:
                name = names.forms.get(key) or names.meant(key)
                # "Pez Eskin" sounds like "Pezeshkian", two slips from it.
                if name is None and _inside(run) and run[1].group(0)[:1].isupper():
                    name = names.sounded(key)
            if name is not None:
                out += [question[last : run[0].start()], name]
                last, i = run[-1].end(), i + n
                break
        else:
            i += 1
    return "".join([*out, question[last:]])


_LOWER_WORD = re.compile(r"(?<![A-Za-z’'-])[a-z]+(?![A-Za-z])")
# A word opening a sentence or line is written with a capital though it is no name:
# "Negotiations for the new treaty …".
_OPENING_WORD = re.compile(r"(?:^|[.!?]\s+|\n\s*)([A-Z][a-z]+)\b", re.M)
# A capitalised word inside a sentence is a name ("… Russian President Vladimir Putin").
_INNER_NAME = re.compile(r"(?<=[a-z,;:’'”)]\s)[A-Z][a-z]+\b")


def plain_words(texts: Iterable[str]) -> Names:
    """The lower-case words the documents write, long enough to be told from a slip, to
    read a misspelt word by (`respelled`'s `words`): those that open a sentence too
    ("Negotiations", not a name written inside a sentence as well), and a plural's singular
    ("official" of "officials"), which a question may ask in."""
    texts = list(texts)
    names = {m.group(0).lower() for text in texts for m in _INNER_NAME.finditer(text)}
    found = {w for text in texts for w in _LOWER_WORD.findall(text)}
    found |= {m.group(1).lower() for text in texts for m in _OPENING_WORD.finditer(text)} - names
    found |= {w[:-1] for w in found if w.endswith("s") and not w.endswith("ss")}
    return Names.of({w: w for w in found if len(w) >= MIN_LETTERS}, places=False)


def _at_its_end(a: str, b: str) -> bool:
    """Whether two words differ only in their last letter or two: "signer" and "signed",
    "meets" and "meet" are two forms of a word, not one misspelt."""
    n = min(len(a), len(b)) - 1
    return a[:n] == b[:n]


_NEXT_NAME = re.compile(r" (?P<name>[A-Z][\w’'-]*)")
_LAST_NAME = re.compile(r"(?P<name>[A-Z][\w’'-]*) $")


def _beside_unknown(match: re.Match[str], names: Names, known: Callable[[str], bool]) -> bool:
    """Whether a word stands beside a capitalised word that no document uses and that is
    no name's misspelling or other spelling: the other half of a name they never name."""
    text = match.string
    beside = [
        m.group("name")
        for m in (
            _NEXT_NAME.match(text, match.end()),
            _LAST_NAME.search(text, max(0, match.start() - 40), match.start()),
        )
        if m is not None
    ]
    return any(
        not known(word)
        and word.lower() not in names.forms
        and names.meant(word) is None
        and names.sounded(word) is None
        for word in (w.removesuffix("’s").removesuffix("'s") for w in beside)
    )


def respelled(
    question: str,
    names: Names,
    known: Callable[[str], bool],
    words: Names | None = None,
    english: Collection[str] = frozenset(),
) -> str:
    """The question with each word the documents never use (`known`) that is one slip from
    a single name written as that name: "why did poutin fly to teheran" → "why did Putin
    fly to Tehran"; a name typed as several such words is joined ("lav rov" → "Lavrov").
    With `words` (`plain_words`), a lower-case word that is no English word either (not in
    `english`, the embedding model's vocabulary) and is one slip from a single word the
    documents write, other than at its end, is read as that word: "tready" as "treaty",
    "sanctons" as "sanctions"."""
    question = pieces_joined(question, names, known)

    def plain(word: str) -> str | None:
        # "tready", and "Tready" opening a question; not "TASS" or "McGurk".
        lower = word.lower()
        if words is None or word[1:] != lower[1:] or lower in english:
            return None
        meant = words.meant(lower)
        if meant is None or _at_its_end(lower, meant):
            return None
        return meant if word == lower else meant.capitalize()

    def name(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if lower in STOPWORDS or known(word):
            return word
        # "Iranians", "trumps": a name's plural or possessive, not a misspelling.
        if lower.endswith("s") and lower[:-1].rstrip("’'") in names.forms:
            return word
        # "Poutin's" is "Putin's".
        base, possessive = (word[:-2], word[-2:]) if word[-2:] in ("'s", "’s") else (word, "")
        meant = names.meant(base) or plain(base)
        # "Poutine", "Moskva": a capitalised word no English word, that sounds like a name;
        # not a name's part beside one the documents do not know ("Volodymyr Zelenskyy"
        # sounds like no "Vladimir" they name).
        if (
            meant is None
            and base[:1].isupper()
            and base.lower() not in english
            and not _beside_unknown(match, names, known)
        ):
            meant = names.sounded(base)
        return f"{meant}{possessive}" if meant else word

    return _WORD.sub(name, question)
