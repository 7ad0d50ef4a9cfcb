"""Which came first: two events put in order by the times the sources give them. Pure.

"Which came first: Lavrov's remarks on the treaty or the joint news conference?" is
answered by the sentence that dates each event, not by the one nearest the question in
meaning. News prose dates events loosely: "in 2020", "in February 2022", "last year", "on
Tuesday". The relative ones are read against the document's own present, the latest full
date it gives ("January 17, 2025"): "last year" is 2024 and "on Tuesday" the Tuesday on or
before it. Each time is a period, and two events are put in order only when their periods
do not overlap: "in 2024" and "last year" (2024) are not, nor is a year with a month of it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from qa.answer_types import SPEECH_VERB
from qa.mentions import proper_nouns, starts_a_word
from qa.terms import covered, terms

_MONTH_NAMES = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTH_NAMES |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}
_MONTH_NAMES["sept"] = 9
_MONTH = r"(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:19|20)\d{2}"
_DAY = r"\d{1,2}"
_WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}
# "January 17, 2025", "17 January 2025".
_FULL_DATE = re.compile(
    rf"\b(?P<month>{_MONTH})\s+(?P<day>{_DAY}),?\s+(?P<year>{_YEAR})\b"
    rf"|\b(?P<day2>{_DAY})\s+(?P<month2>{_MONTH})\s+(?P<year2>{_YEAR})\b",
    re.I,
)
# A date as a question may write it, to the day, month or year ("Friday, January 17, 2025",
# "17 January 2025", "January 2025", "2025"); also read by `qa.framing`.
A_DATE = (
    rf"(?:(?:{'|'.join(calendar.day_name)}),?\s+)?"
    rf"(?:{_MONTH}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}|{_DAY}(?:st|nd|rd|th)?\s+{_MONTH},?\s+"
    rf"{_YEAR}|{_MONTH},?\s+{_YEAR}|{_YEAR})"
)
_MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b", re.I)
_YEAR_ALONE = re.compile(rf"\b(?P<year>{_YEAR})\b")
_RELATIVE_YEAR = re.compile(r"\b(?P<which>last|this|next)\s+year\b", re.I)
_WEEKDAY = re.compile(r"\bon\s+(?:the\s+)?(?P<day>" + "|".join(calendar.day_name) + r")\b", re.I)
# A sentence that starts by pointing back ("These included …", "Such moves …") tells of
# what the sentence before it told of.
POINTS_BACK = re.compile(r"\W*(?:These|Those|Such)\b")
# "Which came first: X or Y?", "Which happened earlier, X or Y?", "Which was later — X or Y?"
_ORDER = re.compile(
    r"^\W*(?:which|what)\s+(?:one\s+|event\s+)?(?:came|happened|occurred|took\s+place|was)\s+"
    r"(?P<when>first|earlier|sooner|last|later|most\s+recently)\s*[:,—–-]?\s*"
    r"(?P<a>.+?),?\s+or\s+(?P<b>.+?)\s*[?.!]*$",
    re.I,
)
_EARLIEST = frozenset({"first", "earlier", "sooner"})
# The words for a deal, which name no event or deed of their own: the deal an event is
# about tells nothing of when ("the signing of the treaty").
DEAL_TERMS = frozenset(terms("treaty treaties deal pact agreement accord partnership"))
_SAYS = re.compile(rf"\b{SPEECH_VERB}\b")
_REMARKS = frozenset(terms("remarks comments statement words"))


@dataclass(frozen=True)
class Period:
    """The days a time in a text may mean: a day, a month or a year."""

    start: date
    end: date

    def before(self, other: Period) -> bool:
        """Whether all of this period comes before any of `other`."""
        return self.end < other.start


@dataclass(frozen=True)
class OrderAsked:
    """A question that asks which of two events came first (or last)."""

    events: tuple[str, str]
    earliest: bool
    when: str  # as the question puts it: "first", "earlier", "most recently"


def order_asked(question: str) -> OrderAsked | None:
    """The two events a "Which came first: X or Y?" question asks to put in order."""
    match = _ORDER.match(question)
    if match is None:
        return None
    first, second = (match.group(g).strip(" ,:;—–-") for g in ("a", "b"))
    if not first or not second:
        return None
    when = " ".join(match.group("when").lower().split())
    return OrderAsked((first, second), earliest=when in _EARLIEST, when=when)


def _year(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


def _month(year: int, month: int) -> Period:
    return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def month_number(name: str) -> int:
    """A month's number from its name or abbreviation ("January", "Jan.", "Sept" -> 1, 1, 9)."""
    return _MONTH_NAMES[name.lower().rstrip(".")]


def _full_dates(text: str) -> list[tuple[re.Match[str], date]]:
    found = []
    for match in _FULL_DATE.finditer(text):
        month = match.group("month") or match.group("month2")
        day = match.group("day") or match.group("day2")
        year = match.group("year") or match.group("year2")
        try:
            found.append((match, date(int(year), month_number(month), int(day))))
        except ValueError:  # "February 30, 2025"
            continue
    return found


def published_date(published: str) -> date | None:
    """A document's publication date from its metadata ("2025-01-17"), when it has one."""
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def years(text: str, now: date | None) -> set[int]:
    """The years the times of a text fall in: "last year" is 2024 when `now` is in 2025."""
    return {
        year
        for period in periods(text, now)
        for year in range(period.start.year, period.end.year + 1)
    }


def present(document: str) -> date | None:
    """The document's present: the latest full date it gives, or None when it gives none."""
    return max((day for _, day in _full_dates(document)), default=None)


def periods(text: str, now: date | None) -> list[Period]:
    """The times a text gives, each once, most precise first where they overlap in the text:
    "on January 17, 2025" is that day, not also 2025. Relative times ("last year", "on
    Tuesday") are read against `now` and skipped without it."""
    found: list[Period] = []
    taken: list[tuple[int, int]] = []

    def free(match: re.Match[str]) -> bool:
        return all(match.end() <= start or match.start() >= end for start, end in taken)

    def add(match: re.Match[str], period: Period) -> None:
        taken.append(match.span())
        if period not in found:
            found.append(period)

    for match, day in _full_dates(text):
        add(match, Period(day, day))
    for match in _MONTH_YEAR.finditer(text):
        if free(match):
            add(match, _month(int(match.group("year")), month_number(match.group("month"))))
    for match in _YEAR_ALONE.finditer(text):
        if free(match):
            add(match, _year(int(match.group("year"))))
    if now is not None:
        for match in _RELATIVE_YEAR.finditer(text):
            shift = {"last": -1, "this": 0, "next": 1}[match.group("which").lower()]
            add(match, _year(now.year + shift))
        for match in _WEEKDAY.finditer(text):
            back = (now.weekday() - _WEEKDAYS[match.group("day").lower()]) % 7
            day = now - timedelta(days=back)
            add(match, Period(day, day))
    return found


# How a sentence dates an event: (text, the sentence before, the document's present, the
# event) to its time and whether that was borrowed from the sentence before.
Dating = Callable[[str, str, date | None, str], tuple["Period", bool] | None]


def dated(text: str, before: str, now: date | None, event: str = "") -> tuple[Period, bool] | None:
    """The one time a sentence gives its `event`, and whether it was borrowed from the
    sentence `before` it: "These included a Syrian opposition offensive …" is dated by
    "… setbacks last year.". None when it gives none or several. A year the event itself
    names dates nothing: "a 2001 agreement" does not date "the 2001 agreement's last
    renewal"."""
    own = [p for p in periods(text, now) if not _echoes(p, event)]
    if len(own) == 1:
        return own[0], False
    if not own and before and POINTS_BACK.match(text):
        borrowed = [p for p in periods(before, now) if not _echoes(p, event)]
        if len(borrowed) == 1:
            return borrowed[0], True
    return None


def tells_of(event: str, text: str) -> bool:
    """Whether a text tells of an event: it names whatever the event names and at least
    half its other words, the deal aside ("Russia's invasion of Ukraine": Russia, Ukraine
    and an invasion; "In 2020, Trump ordered …" does not tell of "Trump's return to
    power", nor Lavrov's words "on Tuesday" of "the signing of the treaty"). Remarks are
    told by someone saying something."""
    names = proper_nouns(f"Of {event}")
    if not all(starts_a_word(name, text) for name in names):
        return False
    told = set(terms(text))
    if _SAYS.search(text):
        told |= _REMARKS
    # A year the event names is its time, not a deed ("the new treaty signed in 2025").
    deeds = [t for t in terms(event) if t not in names and t not in DEAL_TERMS and not t.isdigit()]
    return sum(covered(t, told) for t in deeds) >= len(deeds) / 2


def _echoes(period: Period, event: str) -> bool:
    """Whether a period is a whole year the event names itself ("the 2001 agreement")."""
    whole_year = (period.start.month, period.start.day, period.end.month, period.end.day)
    return whole_year == (1, 1, 12, 31) and str(period.start.year) in event


def first_of(order: OrderAsked, times: tuple[Period, Period]) -> int | None:
    """Which event (0 or 1) the question asks for, or None when their times overlap."""
    one, other = times
    if one.before(other):
        earlier = 0
    elif other.before(one):
        earlier = 1
    else:
        return None
    return earlier if order.earliest else 1 - earlier


# "… have signed a cooperation pact": a deed the document tells as just done.
_JUST_DONE = re.compile(r"\b(?:has|have)\s+(?:(?:just|now|already)\s+)?(?P<verb>\w+ed)\b", re.I)


def dated_as_asked(
    text: str, before: str, now: date | None, event: str
) -> tuple[Period, bool] | None:
    """The time a sentence gives an event asked how long before or after another. An event
    that names a year ("the 2001 agreement") is dated by that year alone, when the sentence
    gives it, or gives no time and the year is the document's present's ("the new treaty
    signed in 2025"); a year the sources do not give dates nothing. Any other event is
    dated as `dated` dates it, or else, when the sentence gives no time and tells the
    event's deed as just done ("… have signed a cooperation pact" for "the treaty
    signing"), by the document's present."""
    own = periods(text, now)
    named = {int(year) for year in _YEAR_ALONE.findall(event)}
    if named:
        year = _year(named.pop()) if len(named) == 1 else None
        # "the 2001 agreement" by "… based on a 2001 agreement …", and by nothing else.
        if year is not None and (
            own == [year] or (not own and now is not None and year == _year(now.year))
        ):
            return year, False
        return None
    if (found := dated(text, before, now, event)) is not None:
        return found
    done = _JUST_DONE.search(text)
    if own or now is None or done is None:
        return None
    told = set(terms(event))
    return (
        (Period(now, now), False)
        if any(covered(t, told) for t in terms(done.group("verb")))
        else None
    )
