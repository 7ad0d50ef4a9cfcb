"""Capitals, seats of government and formal names read as their countries ("Tehran",
"the Islamic Republic of Iran" as Iran). Pure.

News writing names a government by its capital or its seat: "ties between Moscow and
Tehran", "the Kremlin said". A question in those words is far in meaning (MiniLM) from a
sentence that names the countries, or that says "the two countries": "What year does the
arrangement governing ties between Tehran and the Kremlin date from?" is 0.52 near "the
current framework between the two countries, Iran and Russia, is based on a 2001
agreement", and 0.70 when read as "ties between Iran and Russia". The pipeline reads a
question both ways and keeps the nearer cosine for each sentence.
"""

from __future__ import annotations

import re

# The seats and capitals news coverage of world politics uses for a country.
SEATS: dict[str, str] = {
    "the Kremlin": "Russia",
    "Kremlin": "Russia",
    "Moscow": "Russia",
    "Tehran": "Iran",
    "Washington": "the United States",
    "the White House": "the United States",
    "Beijing": "China",
    "Pyongyang": "North Korea",
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "Damascus": "Syria",
    "Beirut": "Lebanon",
    "Baghdad": "Iraq",
    "Jerusalem": "Israel",
    "Tel Aviv": "Israel",
    "Ankara": "Turkey",
    "Riyadh": "Saudi Arabia",
    "Doha": "Qatar",
    "Cairo": "Egypt",
    "New Delhi": "India",
    "Delhi": "India",
    "Islamabad": "Pakistan",
    "Kabul": "Afghanistan",
    "Baku": "Azerbaijan",
    "Yerevan": "Armenia",
    "Minsk": "Belarus",
    "Tbilisi": "Georgia",
    "Caracas": "Venezuela",
    "Havana": "Cuba",
    "Tokyo": "Japan",
    "Seoul": "South Korea",
    "London": "Britain",
    "Downing Street": "Britain",
    "Paris": "France",
    "the Elysee": "France",
    "the Élysée": "France",
    "Berlin": "Germany",
    "Brussels": "the European Union",
    "Canberra": "Australia",
    "Ottawa": "Canada",
    # The formal names of states, as treaties and lawyers write them.
    "the Islamic Republic of Iran": "Iran",
    "the Islamic Republic": "Iran",
    "the Russian Federation": "Russia",
    "the United States of America": "the United States",
    "the People's Republic of China": "China",
    "the People’s Republic of China": "China",
    "the Democratic People's Republic of Korea": "North Korea",
    "the Democratic People’s Republic of Korea": "North Korea",
    "the Syrian Arab Republic": "Syria",
}
_SEAT = re.compile(
    r"\b(?:" + "|".join(re.escape(s) for s in sorted(SEATS, key=len, reverse=True)) + r")\b"
)


# Each seat, folded, and its country without an article: "tehran" is Iran's, "washington"
# the United States'.
_COUNTRY_OF_SEAT = {seat.casefold(): name.removeprefix("the ") for seat, name in SEATS.items()}


def seat_country(word: str) -> str | None:
    """The country a capital or seat of government stands for, whatever its case and
    without its article ("tehran" -> "Iran", "Washington" -> "United States"), or None
    when the word is none."""
    return _COUNTRY_OF_SEAT.get(word.casefold())


def as_countries(question: str) -> str:
    """The question with each capital or seat of government replaced by its country
    ("ties between Tehran and the Kremlin" → "ties between Iran and Russia"); the question
    itself when it names none."""
    return _SEAT.sub(lambda m: SEATS[m.group(0)], question)
