import pytest

from qa.corrections import corrected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A new question after the marker replaces the one abandoned.
        (
            "How many drones did Iran send — actually, what kind of drones did Iran send?",
            "What kind of drones did Iran send?",
        ),
        (
            "Which missiles, scratch that, which drones has Iran given Russia?",
            "Which drones has Iran given Russia?",
        ),
        (
            "Who signed — no, let me rephrase — where was the treaty signed?",
            "Where was the treaty signed?",
        ),
        (
            "What did Sputnik, or was it TASS... no, which agency reported the 20-year term?",
            "Which agency reported the 20-year term?",
        ),
        # A scene set before the abandoned question is kept.
        (
            "Besides trade, what — let me rephrase — which other areas does the treaty cover?",
            "Besides trade, which other areas does the treaty cover?",
        ),
        # A short question phrase takes the place of the question word it corrects.
        (
            "Who signed it — I mean which Iranian president?",
            "Which Iranian president signed it?",
        ),
        # A phrase replaces the words it stands for: the same leading word, a name for a
        # name, a number for a number, or else the word before the marker.
        (
            "The framework rests on an agreement from 2011 — typo, I mean from which year?",
            "The framework rests on an agreement from which year?",
        ),
        (
            "What did the White House, no wait, the Kremlin say the treaty will enhance?",
            "What did the Kremlin say the treaty will enhance?",
        ),
        (
            "In 2019 — no, 2020 — whom did Trump order killed?",
            "In 2020, whom did Trump order killed?",
        ),
        (
            "When did Lavrov, no wait, Putin, praise the deal?",
            "When did Putin praise the deal?",
        ),
        (
            "Did Sergei Lavrov — sorry, Vladimir Putin — call it a breakthrough?",
            "Did Vladimir Putin call it a breakthrough?",
        ),
        (
            "Who is Russia's envoy to Iran — sorry, I mean Iran's envoy to Russia?",
            "Who is Iran's envoy to Russia?",
        ),
        (
            "Which Syrian leader was killed, or rather, toppled by an offensive?",
            "Which Syrian leader was toppled by an offensive?",
        ),
        (
            "Where did the presidents meet, I mean sign, the treaty?",
            "Where did the presidents sign the treaty?",
        ),
        (
            "Who is the Iranian ambasador *ambassador to Russia?",
            "Who is the Iranian ambassador to Russia?",
        ),
    ],
)
def test_a_question_corrected_part_way_is_read_as_corrected(question: str, expected: str) -> None:
    assert corrected(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "What, actually, did Putin say about the deal?",
        "What did Putin actually say about the deal?",
        "Is there no mutual defence clause?",
        "Who signed the treaty, no?",
        "Rather than missiles, what did Iran send?",
        "What I mean is: who signed it?",
        "Which deal did Trump withdraw from, and why?",
    ],
)
def test_a_question_not_corrected_is_unchanged(question: str) -> None:
    assert corrected(question) == question
