"""A question that offers its answers to choose from ("Where was it signed: Tehran, Moscow,
Baku or Ankara?"). Pure.

A quiz asks its question and lists the options after it, lettered ("(a) Ebrahim Raisi
(b) Masoud Pezeshkian …") or as a list after a colon ("… in force: 10 years, 20 years,
25 years or 50 years?"). The options are not what is asked about: read as part of the
question, "Raisi" and "Rouhani" are names no source mentions, and the question is refused.
So the pipeline asks the question without them (`offered_choices`) and then holds the
answer to them: a sentence that states an option comes first (`options_first`) when it
is nearly as good as the best, and when none is, the sources do not answer the quiz. When
the evidence states exactly one option, the answer starts with it (`chosen_option`).

A yes/no question can offer two alternatives at its end ("Did Trump order Soleimani's
assassination in 2019 or in 2020?", `_either`): the question is asked without them ("Did
Trump order Soleimani's assassination?") and held to them in the same way, so "in 2020"
is answered and "Did the visit last two days or three days?" is refused when no source
states either.

"Which of these is NOT …?" is answered by an option the evidence does not state, which
is not the same as one the sources rule out; such a question is asked without its options
and answered from the evidence alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from qa.framing import ASKS, AUXILIARY

# "(a) Ebrahim Raisi (b) …", "a) … b) …", "(A) … (B) …".
_LETTER = re.compile(r"(?:\(\s*(?P<paren>[a-fA-F])\s*\)|(?<![\w(])(?P<bare>[a-fA-F])\))\s*")
# "…: Tehran, Moscow, Baku or Ankara?": the list after the last colon.
_LISTED = re.compile(r"^(?P<stem>.*\S)\s*:\s+(?P<options>[^:]+?)\s*[?.]?\s*$", re.S)
_SEPARATOR = re.compile(r",\s+(?:or\s+)?|;\s+(?:or\s+)?|\s+or\s+", re.I)
_ASKING = re.compile(rf"(?:{ASKS}|should|i|you|we|they|he|she|it|please|and|but)\b", re.I)
_QUESTION = re.compile(
    r"\b(?:who|whom|whose|what|which|when|where|how|fill|true\s+or\s+false)\b", re.I
)
_NEGATED = re.compile(r"\b(?:not|except|never)\b|n[’']t\b", re.I)
_TOKEN = re.compile(r"[\w$%]+(?:[.,]\d+)*")
_ARTICLES = frozenset(["the", "a", "an"])
_MAX_OPTION_WORDS = 12
_MAX_LISTED_WORDS = 5
# "… in 2019 or in 2020?": a yes/no question whose last words offer a second alternative.
_EITHER = re.compile(
    rf"^(?P<head>\W*(?:{AUXILIARY})\b.*?\S)"
    r"\s+or\s+(?P<second>[^?]+?)\s*\?\s*$",
    re.I | re.S,
)
# Words that begin a phrase; the first alternative starts with the same one ("in 2019 or
# in 2020", "a 2001 agreement or a 2011 one", "for 10 years or for 20").
_LEADING = frozenset([
    "in", "on", "at", "for", "by", "from", "to", "with", "during", "since", "after",
    "before", "among", "as", "about", "under", "over", "than", "into", "of", "through",
    "via", "against", "a", "an", "the",
])  # fmt: skip
# "… or not?", "… or is that not stated?": no second alternative.
_NOT_ALTERNATIVE = re.compile(
    rf"^(?:not|no|neither|none|nothing|both|either|otherwise|something|anything|"
    rf"anyone|someone|somebody|anybody|elsewhere|other|others|else|so|{ASKS}|it|that|this|"
    rf"they|he|she|who|which)\b",
    re.I,
)
_QUOTED = re.compile(r"[“\"][^”\"]+[”\"]")
_NUMBER = re.compile(r"\d")
_MAX_EITHER_WORDS = 5
# "Iran" is stated by "Iranian", "Russia" by "Russian", "Israel" by "Israeli".
_DEMONYM = ("n", "an", "ian", "i")

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Choices:
    """A question without its options, the options, and how they are labelled."""

    stem: str
    options: tuple[str, ...]
    labels: tuple[str, ...]
    negated: bool


def _as_question(stem: str) -> str:
    """The text before the options as a question of its own: "Since when has Moscow …: since
    its invasion of Ukraine in" asks what comes before its colon."""
    stem = stem.strip().rstrip(":;,—– ").strip()
    head, colon, _ = stem.partition(": ")
    if colon and _QUESTION.search(head) and not head.lower().startswith(("fill", "true")):
        stem = head.strip()
    return stem if stem.endswith("?") else f"{stem}?"


# "even weeks or only days": words that weigh an option, not part of it.
_WEIGHING = re.compile(r"^(?:even|only|just|maybe|perhaps|possibly|probably|really)\s+(?=\S)", re.I)


def _option(text: str) -> str:
    text = re.sub(r"\s+or\s*$", "", text.strip(), flags=re.I)
    return _WEIGHING.sub("", text.strip().strip(",;").strip().rstrip("?.").strip())


def _lettered(question: str) -> Choices | None:
    marks = list(_LETTER.finditer(question))
    letters = [(m.group("paren") or m.group("bare")).lower() for m in marks]
    expected = [chr(ord("a") + i) for i in range(len(letters))]
    if len(marks) < 2 or letters != expected:
        return None
    ends = [m.start() for m in marks[1:]] + [len(question)]
    options = tuple(_option(question[m.end() : end]) for m, end in zip(marks, ends, strict=True))
    if not all(options) or any(len(o.split()) > _MAX_OPTION_WORDS for o in options):
        return None
    stem = question[: marks[0].start()]
    labels = tuple(f"({letter})" for letter in letters)
    return Choices(_as_question(stem), options, labels, bool(_NEGATED.search(stem)))


def _listed(question: str) -> Choices | None:
    match = _LISTED.match(question.strip())
    if match is None or not _QUESTION.search(match.group("stem")):
        return None
    if " or " not in f" {match.group('options').lower()} ":
        return None
    return _list_of(match.group("stem"), match.group("options"))


def _list_of(stem: str, listed: str) -> Choices | None:
    """The options `listed` after the question `stem`: two to six short ones, none of which
    asks something of its own ("Quick check: who signed it?", "… : how long is it, or is
    that not stated?")."""
    options = tuple(_option(o) for o in _SEPARATOR.split(listed))
    if not 2 <= len(options) <= 6:
        return None
    if any(not o or len(o.split()) > _MAX_LISTED_WORDS or _ASKING.match(o) for o in options):
        return None
    return Choices(_as_question(stem), options, ("",) * len(options), bool(_NEGATED.search(stem)))


def _first_alternative(head: str, second: str) -> str | None:
    """The alternative that ends `head` and is set against `second`: from the same leading
    word ("in 2019" against "in 2020"), the quoted phrase against a quoted one, the number
    against a number ("20 years" against "30"), or else as many words as `second` has."""
    words = head.split()
    lead = second.split()[0].lower()
    starts = [i for i, w in enumerate(words) if w.lower() == lead]
    if lead in _LEADING and starts:
        start = starts[-1]
    elif _QUOTED.search(second) and (quoted := list(_QUOTED.finditer(head))):
        return quoted[-1].group() if head.rstrip().endswith(quoted[-1].group()) else None
    elif (
        _NUMBER.search(second.split()[0])
        and not _NUMBER.search(words[-1])
        and (numbers := [i for i, w in enumerate(words) if _NUMBER.search(w)])
    ):
        start = numbers[-1]
    else:
        start = len(words) - len(second.split())
    # "signed in Moscow or Tehran", "aimed at the US or Israel": the words that lead into
    # the first alternative belong to it.
    for _ in range(2):
        if start > 2 and words[start - 1].lower() in _LEADING:
            start -= 1
    # The alternative never reaches back to the question's opening words.
    if start < 2 or len(words) - start > _MAX_EITHER_WORDS + 1:
        return None
    return " ".join(words[start:])


def _shared_tail(head: str, second: str) -> str | None:
    """The words after the second alternative's first that the first alternative, one word
    ending `head`, shares: "in nature" of "constructive or confrontational in nature"."""
    words, other = head.split(), second.split()
    if len(other) < 2 or not words or not (other[1].lower() in _LEADING or other[1] == "than"):
        return None
    last, lead = words[-1], other[0]
    # "especially in trade or especially in security" sets phrases led by the same word.
    if lead.lower() in (w.lower() for w in words):
        return None
    if last.lower() in _LEADING or lead.lower() in _LEADING or len(words) < 3:
        return None
    if not (last.isalpha() and lead.isalpha() and last.islower() and lead.islower()):
        return None
    return " ".join(other[1:])


def _unled(option: str) -> str:
    words = option.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in _LEADING else option


_OPPOSITE_WAY = re.compile(r"(?:fewer|less|more|longer|shorter|over|under)", re.I)


def _opposite(head: str, second: str) -> Choices | None:
    """ "more than 1,000 drones" against "fewer", when the second alternative is only the
    other way of the amount the first compares with a number."""
    if not _OPPOSITE_WAY.fullmatch(second):
        return None
    compared = list(_COMPARED.finditer(head))
    if not compared:
        return None
    first = compared[-1]
    other = f"{second.lower()} than {first.group('number')} {first.group('unit')}"
    stem = _as_question(re.sub(r"\s{2,}", " ", head[: first.start()] + head[first.end() :]))
    return Choices(stem, (first.group(0), other), ("", ""), bool(_NEGATED.search(stem)))


def _either(question: str) -> Choices | None:
    match = _EITHER.match(question.strip())
    if match is None:
        return None
    head, second = match.group("head"), _option(match.group("second"))
    # "Did Iran send more than 1,000 drones or fewer?" sets the amount against its opposite.
    if (opposite := _opposite(head, second)) is not None:
        return opposite
    # "Has that agreement stayed the same since then, or been updated?" sets one answer
    # against another, not two alternatives of one phrase.
    if head.endswith(","):
        return None
    if not second or len(second.split()) > _MAX_EITHER_WORDS or _NOT_ALTERNATIVE.match(second):
        return None
    # "as constructive or confrontational in nature", "for more or less than 25 years": one
    # word set against the first of the second's, which share the words after it.
    shared = _shared_tail(head, second)
    first = head.split()[-1] if shared is not None else _first_alternative(head, second)
    if first is None:
        return None
    stem = head[: head.rstrip().rfind(first)].rstrip(" ,")
    if shared is not None:
        first = f"{first} {shared}"
    stem = re.sub(r"\s+either$", "", stem, flags=re.I)
    first = re.sub(r"^either\s+", "", first, flags=re.I)
    # Held to the words that tell them apart: "2020", not "in 2020".
    options = tuple(_unled(_option(o)) for o in (first, second))
    if not all(options):
        return None
    options = _without_one(*options)
    stem = _as_question(stem)
    # "Did the meeting take place in Tehran or in Moscow?" asks where it took place.
    if _PLACED.match(first) and all(_PLACE.fullmatch(o) for o in options):
        stem = _where(stem)
    return Choices(stem, options, ("", ""), bool(_NEGATED.search(stem)))


_ONE = re.compile(r"^(?P<rest>.*?)\s+ones?$", re.I)
_PLACED = re.compile(r"^(?:in|at)\s", re.I)
_PLACE = re.compile(r"(?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+){0,2}")
_AUXILIARY_START = re.compile(rf"^(?:{AUXILIARY})\b", re.I)


def _without_one(first: str, second: str) -> tuple[str, str]:
    """ "a Russian official or an Iranian one" offers "Russian" and "Iranian": "one" stands
    for the thing the first names, and the thing is not what tells them apart."""
    one = _ONE.match(second)
    if one is None or len(_tokens(first)) < 2 or not _tokens(one.group("rest")):
        return first, second
    return _unled(first.rsplit(None, 1)[0]), _unled(one.group("rest"))


def _where(stem: str) -> str:
    """ "Did the meeting take place?" as "Where did the meeting take place?"."""
    if not _AUXILIARY_START.match(stem):
        return stem
    return f"Where {stem[0].lower()}{stem[1:]}"


# "Which news agency reported it, TASS or Sputnik?": a question, then its options.
_TRAILING = re.compile(
    rf"^(?P<stem>\W*(?:{_QUESTION.pattern})\b[^?]*?\S)\s*(?:,|—|–|--)\s+(?:was\s+it\s+|is\s+it\s+)?"
    r"(?P<options>[^,?]+(?:,\s+[^,?]+)*\s+or\s+[^,?]+?)\s*\?\s*$",
    re.I | re.S,
)
# "Of Putin and Pezeshkian, which leader …?", "Between trade and culture, which …?"
_OF_PAIR = re.compile(
    r"^\W*(?:of|between|out\s+of)\s+(?P<options>[^,?]+?\s+(?:and|or)\s+[^,?]+?)\s*,\s+"
    r"(?P<stem>(?:which|who|whom|whose)\b[^?]+\?)\s*$",
    re.I | re.S,
)


def _trailing(question: str) -> Choices | None:
    match = _TRAILING.match(question.strip())
    return None if match is None else _list_of(match.group("stem"), match.group("options"))


def _of_pair(question: str) -> Choices | None:
    match = _OF_PAIR.match(question.strip())
    if match is None:
        return None
    options = tuple(_option(o) for o in re.split(r"\s+(?:and|or)\s+|,\s+", match.group("options")))
    if len(options) != 2 or any(not o or len(o.split()) > _MAX_LISTED_WORDS for o in options):
        return None
    # "Of the two presidents, which …?" offers no options.
    if any(
        o.lower().startswith(("the two", "the three", "these", "those", "them", "both"))
        for o in options
    ):
        return None
    stem = match.group("stem")
    stem = stem[0].upper() + stem[1:]
    return Choices(stem, options, ("", ""), bool(_NEGATED.search(stem)))


# "Which country stands to gain more …?", "Whose delegation was larger …?"
_COMPARISON = re.compile(
    r"^\W*(?:which|whose|who)\b[^?]*?\b(?:larger|bigger|smaller|greater|higher|lower|more|less|"
    r"fewer|first|earlier|later|longer|shorter|older|younger|stronger|weaker|better|worse)\b",
    re.I,
)
# A comparison told: "larger than", "more … than", "first", "before"; not "the most heavily
# sanctioned nations", which ranks them among others.
_COMPARES = re.compile(
    r"\b(?:\w+er\s+than|more\s+(?:\w+\s+){0,3}?than|less\s+(?:\w+\s+){0,3}?than|fewer|first|"
    r"before|after|earlier|later|larger|bigger|smaller|greater)\b",
    re.I,
)


def unsettled_comparison(stem: str, text: str) -> bool:
    """Whether the question asks which option is more so, or first ("Whose delegation was
    larger, Iran's or Russia's?", "Who signed first, Putin or Pezeshkian?"), and the text
    compares nothing: a sentence that names both settles no comparison."""
    return bool(_COMPARISON.match(stem)) and not _COMPARES.search(text)


def offered_choices(question: str) -> Choices | None:
    """The question's options and the question without them, or None when it offers none."""
    return (
        _lettered(question)
        or _listed(question)
        or _either(question)
        or _trailing(question)
        or _of_pair(question)
    )


def _tokens(text: str) -> list[str]:
    text = text.lower().replace("’", "'").replace("'s ", " ")
    return [t for t in _TOKEN.findall(text.replace("-", " ")) if t not in _ARTICLES]


# "more than 25 years": an amount an option sets against one the sentence gives.
_COMPARED = re.compile(
    r"(?P<way>more|longer|greater|over|above|less|shorter|fewer|under|below)\s+than\s+"
    r"(?P<number>\d[\d,]*)\s+(?P<unit>[a-z]+)",
    re.I,
)
_MORE = frozenset(["more", "longer", "greater", "over", "above"])


def _compares(text: str, compared: re.Match[str]) -> bool:
    """Whether the sentence gives an amount of the option's unit on its side of the number:
    "… in force for 20 years" states "less than 25 years"."""
    number = int(compared.group("number").replace(",", ""))
    unit = compared.group("unit").lower().rstrip("s")
    given = [
        int(m.group(1).replace(",", ""))
        for m in re.finditer(r"(\d[\d,]*)[\s-]+([a-z]+)", text, re.I)
        if m.group(2).lower().rstrip("s") == unit
    ]
    more = compared.group("way").lower() in _MORE
    return any(g > number if more else g < number for g in given)


def states(text: str, option: str) -> bool:
    """Whether a sentence states an option: every word of it, bar articles, is there in
    order-free form ("an alleged Iranian plot to kill him succeeded" in "… if an alleged
    Iranian plot to kill him had succeeded"); a country by the word for its people ("Iran's
    ambassador" in "Iranian Ambassador"); "7" is not in "January 17"."""
    if (compared := _COMPARED.fullmatch(option.strip())) is not None:
        return _compares(text, compared)
    words = set(_tokens(text))
    wanted = _tokens(option)
    return bool(wanted) and all(
        w in words or (len(w) > 3 and any(w + end in words for end in _DEMONYM)) for w in wanted
    )


def stated_options(texts: Sequence[str], options: Sequence[str]) -> list[int]:
    """The indices of the options that any of the texts states."""
    return [i for i, option in enumerate(options) if any(states(t, option) for t in texts)]


def chosen_option(choices: Choices, texts: Sequence[str]) -> str | None:
    """The one option the evidence states, labelled ("(b) Masoud Pezeshkian"), or None when
    it states none or several, or the question asks which one is NOT so."""
    if choices.negated:
        return None
    stated = stated_options(texts, choices.options)
    if len(stated) != 1:
        return None
    i = stated[0]
    return f"{choices.labels[i]} {choices.options[i]}".strip()


def options_first(ranked: Sequence[T], options: Sequence[str], text: Callable[[T], str]) -> list[T]:
    """The ranking with the items whose text states an option first, each part in order."""
    stating = [bool(stated_options([text(item)], options)) for item in ranked]
    return [item for item, s in zip(ranked, stating, strict=True) if s] + [
        item for item, s in zip(ranked, stating, strict=True) if not s
    ]
