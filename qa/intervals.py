"""How long between two events: the time the sources give each, subtracted. Pure.

"How many years separate the 2001 agreement and the new treaty?" and "How many days before
the Friday news conference did Lavrov make his remarks?" are answered by the sentences that
date the two events (see `qa.chronology`) and the difference of their times, in the unit
asked and no finer than the times allow: "in 2001" and "on January 17, 2025" are about 24
years apart, but no number of days; "on Tuesday" and "on Friday" of the same week are 3 days
apart. An event asked to come before another that the sources put after it is refused, not
answered with a negative number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.chronology import Period

# "roughly how many years", "how much time", "how long"
_HOW_MUCH = (
    r"^\W*(?:(?:roughly|about|approximately|around|exactly|precisely)\s+)?how\s+"
    r"(?:many\s+(?P<unit>years?|months?|weeks?|days?)|much\s+time|long)\s+"
)
# "How many years separate A and B?", "How much time passed between A and B?", "How many
# years apart were A and B?"
_BETWEEN = re.compile(
    _HOW_MUCH + r"(?:(?:have|has|had|will\s+have)\s+)?"
    r"(?:separate[sd]?|(?:passed|elapsed|went\s+by|lay|lie|were|are|was|is)\s+(?:there\s+)?between|"
    r"between|apart\s+(?:were|are|was|is))\s+"
    r"(?P<a>.+?)\s+and\s+(?P<b>.+?)(?:\s+apart)?\s*[?.!]*$",
    re.I,
)
# "How many years before the treaty was signed was Soleimani assassinated?", "How many
# years after the 2001 agreement did Russia invade Ukraine?": B's time relative to A's.
_RELATIVE = re.compile(
    _HOW_MUCH
    + r"(?P<relation>before|after|earlier\s+than|later\s+than|prior\s+to)\s+(?P<rest>.+?)\s*[?.!]*$",
    re.I,
)
# What ends A and starts B: "did" first ("… after Soleimani's assassination did Trump warn
# he would …"), or else the last "was"/"were" ("… before the treaty was signed was
# Soleimani assassinated").
_DID = re.compile(r"\s+(?:did|does|do|had|has|have)\s+", re.I)
_WAS = re.compile(r"\s+(?:was|were)\s+", re.I)

DAYS_PER_YEAR = 365.25
# Below this many days, "how long" is told in days; below this many months, in months.
DAYS_LIMIT = 60
MONTHS_LIMIT = 24


@dataclass(frozen=True)
class IntervalAsked:
    """A question that asks how long separates two events."""

    events: tuple[str, str]
    unit: str | None  # "years", "months", "weeks" or "days"; None for "how long"
    # The order the question takes for granted: "before" (the second event came before
    # the first), "after", or None when it asks the time between them either way.
    relation: str | None = None


def interval_asked(question: str) -> IntervalAsked | None:
    """The two events a "How many years between X and Y?" question asks the time between."""
    if (match := _BETWEEN.match(question)) is not None:
        events = (match.group("a"), match.group("b"))
        relation = None
    elif (match := _RELATIVE.match(question)) is not None:
        rest = match.group("rest")
        split = next(iter(_DID.finditer(rest)), None) or next(
            reversed(list(_WAS.finditer(rest))), None
        )
        if split is None:
            return None
        events = (rest[: split.start()], rest[split.end() :])
        word = " ".join(match.group("relation").lower().split())
        relation = "before" if word in {"before", "prior to", "earlier than"} else "after"
    else:
        return None
    events = (events[0].strip(" ,:;—–-"), events[1].strip(" ,:;—–-"))
    if not all(events):
        return None
    unit = match.group("unit")
    return IntervalAsked(events, unit.lower().rstrip("s") + "s" if unit else None, relation)


def _months(period: Period) -> tuple[int, int] | None:
    """A period's year and month when it is no longer than a month."""
    if (period.start.year, period.start.month) != (period.end.year, period.end.month):
        return None
    return period.start.year, period.start.month


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit if n != 1 else unit.rstrip('s')}"


def span(asked: IntervalAsked, times: tuple[Period, Period]) -> str | None:
    """How long separates the two times, in the unit asked ("About 24 years", "3 days"), or
    None when the times are too loose for the unit, overlap, or come in the other order
    than the question says. A year-long time gives whole years only, and "about"."""
    first, second = times
    if asked.relation == "before":
        earlier, later = second, first
    elif asked.relation == "after":
        earlier, later = first, second
    else:
        earlier, later = (first, second) if first.start <= second.start else (second, first)
    if not earlier.before(later) and earlier != later:
        return None
    exact = earlier.start == earlier.end and later.start == later.end
    days = (later.start - earlier.start).days
    months = None
    if (a := _months(earlier)) is not None and (b := _months(later)) is not None:
        months = (b[0] - a[0]) * 12 + (b[1] - a[1])
    unit = asked.unit
    if unit is None:
        if exact and days < DAYS_LIMIT:
            unit = "days"
        elif months is not None and months < MONTHS_LIMIT:
            unit = "months"
        else:
            unit = "years"
    if unit in {"days", "weeks"}:
        if not exact:
            return None
        if unit == "days":
            return _plural(days, "days")
        weeks, rest = divmod(days, 7)
        return _plural(weeks, "weeks") if not rest else f"About {_plural(round(days / 7), 'weeks')}"
    if unit == "months":
        if months is None:
            return None
        return _plural(months, "months") if not exact else f"About {_plural(months, 'months')}"
    # Years: from the days when both are days, from the months when both are months, and
    # from the years otherwise.
    if exact:
        # To the day: whole years when the two fall on the same day of the year.
        precise = (earlier.start.month, earlier.start.day) == (later.start.month, later.start.day)
        whole = later.start.year - earlier.start.year if precise else round(days / DAYS_PER_YEAR)
    elif months is not None:
        whole, precise = round(months / 12), months % 12 == 0
    else:
        whole, precise = later.start.year - earlier.start.year, False
    if whole == 0:
        return "Less than a year"
    return _plural(whole, "years") if precise else f"About {_plural(whole, 'years')}"
