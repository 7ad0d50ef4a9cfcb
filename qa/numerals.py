"""Years, dates and spans written another way, read as the articles write them. Pure.

Readers write a date the way their country or their keyboard does: "17/01/2025",
"17.1.2025", "2025-01-17", "Jan. 17th"; a year as "'22" or, read aloud, "the year two
thousand and one"; a span as "two decades" or "XX years". The news writes "January 17,
2025", "2022", "2001" and "20 years", and the checks that keep answers honest look for
those: "In which month of '22 did Russia invade Ukraine?" was refused, because no sentence
says "22", and "In which city was the two thousand and one agreement signed?" was answered
with the 2025 signing, because the question named no year to hold the sentence to.

So each is written as the articles write it before anything reads the question. A date
whose day and month could be either way round ("03/04/2025") is left as written.
"""

from __future__ import annotations

import re

from qa.chronology import month_number

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
# Two-digit years up to this one are read as 20xx ("'22"), later ones as 19xx ("'98").
PIVOT = 49

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNIT = "|".join(reversed(_UNITS[1:]))  # "nineteen" before "nine"
_ONES = "|".join(_UNITS[1:10])
_TEENS = "|".join(reversed(_UNITS[10:]))
_TEN = "|".join(_TENS)
# Ten to ninety-nine in words: "seventeen", "twenty-two", "twenty two".
_TWO_DIGITS = rf"(?:(?:{_TEN})(?:[- ](?:{_ONES}))?|{_TEENS})"
# One to ninety-nine in words.
_BELOW_HUNDRED = rf"(?:{_TWO_DIGITS}|{_ONES})"


def _words_value(words: str) -> int:
    """The value of one to ninety-nine in words."""
    total = 0
    for word in re.split(r"[- ]", words.lower()):
        total += _TENS.index(word) * 10 + 20 if word in _TENS else _UNITS.index(word)
    return total


def _full_year(two_digits: str) -> str:
    n = int(two_digits)
    return str(2000 + n if n <= PIVOT else 1900 + n)


# "'22", "’98", "the '90s"; not a quotation's closing mark ("the 'new chapter' 22 …").
_SHORT_YEAR = re.compile(r"(?<![\w’'])['’](?P<year>\d{2})(?P<s>s?)(?![\w’'])")
# "two thousand and one", "two thousand twenty-two"; "in nineteen seventy-nine", "the
# year twenty twenty-two" (a century read as a number only after words that ask for a year).
_THOUSANDS = re.compile(
    rf"\btwo\s+thousand(?:\s+(?:and\s+)?(?P<rest>{_BELOW_HUNDRED}))?\b(?![- ](?:{_UNIT}|{_TEN}|hundred))",
    re.I,
)
_CENTURY = re.compile(
    rf"\b(?P<lead>in|of|since|until|year|by)\s+(?P<century>nineteen|twenty)\s+"
    rf"(?P<rest>{_TWO_DIGITS})\b",
    re.I,
)
# "a decade", "two decades": the years the articles count in.
_DECADES = re.compile(rf"\b(?P<n>a|one|{_UNIT}|\d+)\s+decades?\b", re.I)
# "XX years", "II articles": a Roman count of something counted.
_ROMAN = re.compile(
    r"\b(?P<numeral>[IVXLC]{1,7})\s+(?P<unit>(?:years?|decades?|months?|weeks?|days?|"
    r"articles?|clauses?|sections?|chapters?|pages?)\b)"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# "17/01/2025", "17.1.2025", "1/17/25": day and month either way round.
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\d/]|\.\d)"
)
# "02/2022", "2/2022": a month of a year.
_MONTH_OF_YEAR = re.compile(r"(?<![\d/.-])(?P<month>\d{1,2})/(?P<year>\d{4})(?![\d/])")
_ISO_DATE = re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])")
# "Jan. 17th", "Sept 17", "17th of January", "January 17th".
_MONTH_WORD = (
    r"(?P<month>(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)"
)
_MONTH_THEN_DAY = re.compile(
    rf"\b{_MONTH_WORD}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))", re.I
)
_DAY_OF_MONTH = re.compile(
    rf"(?:\bthe\s+)?\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD}"
    r"(?:,?\s+(?P<year>\d{4})\b)?",
    re.I,
)


def _month_name(word: str) -> str:
    return MONTHS[month_number(word) - 1]


# "may" and "mar" are words too: "the 20 may be renewed" names no month.
_ALSO_WORDS = frozenset({"may", "mar", "march"})


def _month_day(match: re.Match[str]) -> str:
    month = match.group("month")
    if month[0].islower() and month.rstrip(".") in _ALSO_WORDS:
        return match.group(0)
    year = match.groupdict().get("year")
    return f"{_month_name(month)} {match.group('day')}" + (f", {year}" if year else "")


def _roman_value(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral, or None ("IIII", "VV", "IC" are none)."""
    total = 0
    for i, letter in enumerate(numeral):
        value = _ROMAN_VALUES[letter]
        following = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if _as_roman(total) == numeral else None


def _as_roman(n: int) -> str:
    out = ""
    for value, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
                           (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out, n = out + letters, n - value
    return out


def _numeric_date(match: re.Match[str]) -> str:
    a, b = int(match.group("a")), int(match.group("b"))
    year = match.group("year")
    year = year if len(year) == 4 else _full_year(year)
    if a > 12 and 1 <= b <= 12 and a <= 31:
        day, month = a, b
    elif b > 12 and 1 <= a <= 12 and b <= 31:
        day, month = b, a
    elif a == b and 1 <= a <= 12:
        day = month = a
    else:
        return match.group(0)  # "03/04/2025": which is the month, it does not say
    return f"{MONTHS[month - 1]} {day}, {year}"


def _iso_date(match: re.Match[str]) -> str:
    month, day = int(match.group("month")), int(match.group("day"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return match.group(0)
    return f"{MONTHS[month - 1]} {day}, {match.group('year')}"


def _month_of_year(match: re.Match[str]) -> str:
    month = int(match.group("month"))
    if not 1 <= month <= 12:
        return match.group(0)
    return f"{MONTHS[month - 1]} {match.group('year')}"


def _thousands(match: re.Match[str]) -> str:
    rest = match.group("rest")
    return str(2000 + (_words_value(rest) if rest else 0))


def _century(match: re.Match[str]) -> str:
    hundreds = 1900 if match.group("century").lower() == "nineteen" else 2000
    return f"{match.group('lead')} {hundreds + _words_value(match.group('rest'))}"


def _decades(match: re.Match[str]) -> str:
    n = match.group("n").lower()
    count = 1 if n in ("a", "one") else int(n) if n.isdigit() else _words_value(n)
    return f"{count * 10} years"


def _roman(match: re.Match[str]) -> str:
    value = _roman_value(match.group("numeral"))
    return match.group(0) if value is None else f"{value} {match.group('unit')}"


def plain_numerals(question: str) -> str:
    """The question with its dates, years and spans written as the articles write them:
    "17/01/2025" → "January 17, 2025", "02/2022" → "February 2022", "'22" → "2022", "the
    year two thousand and one" → "the year 2001", "two decades" → "20 years", "XX years" →
    "20 years"."""
    text = _ISO_DATE.sub(_iso_date, question)
    text = _NUMERIC_DATE.sub(_numeric_date, text)
    text = _MONTH_OF_YEAR.sub(_month_of_year, text)
    text = _MONTH_THEN_DAY.sub(_month_day, text)
    text = _DAY_OF_MONTH.sub(_month_day, text)
    text = _SHORT_YEAR.sub(lambda m: _full_year(m.group("year")) + m.group("s"), text)
    text = _THOUSANDS.sub(_thousands, text)
    text = _CENTURY.sub(_century, text)
    text = _DECADES.sub(_decades, text)
    return _ROMAN.sub(_roman, text)
