"""A gap-fill statement read as the question it stands for (pure)."""

from __future__ import annotations

import pytest

from qa.cloze import blank_asked


@pytest.mark.parametrize(
    ("statement", "question"),
    [
        # A blank before what it counts asks how many.
        (
            "Iran has supplied Russia with a total of ___ Shahed drones.",
            "Iran has supplied Russia with a total of how many Shahed drones?",
        ),
        (
            "The new Russia-Iran treaty contains ___ articles.",
            "The new Russia-Iran treaty contains how many articles?",
        ),
        # "on ___" asks for a date, "in the year ___" for a year.
        (
            "The ceasefire took effect on ___.",
            "The ceasefire took effect on which date?",
        ),
        (
            "Fill in the blank: Negotiations on the new treaty formally began in the year ___.",
            "Negotiations on the new treaty formally began in which year?",
        ),
        # The kind asked for, in brackets after the blank.
        (
            "The alleged Iranian plot to kill Trump was uncovered by the ___ (agency).",
            "The alleged Iranian plot to kill Trump was uncovered by which agency?",
        ),
        # A person's title before the blank asks who holds it.
        (
            "Complete: Pezeshkian was accompanied to Moscow by Iran's Foreign Minister ___.",
            "Pezeshkian was accompanied to Moscow by Iran's Foreign Minister, who?",
        ),
        (
            "The treaty was signed just days before ___’s return to power",
            "The treaty was signed just days before whose return to power?",
        ),
        # Two blanks joined by "and" ask one thing; a verb after the blank counts nothing.
        (
            "Building closer ties with ___ and ___ has been a central focus.",
            "Building closer ties with what has been a central focus?",
        ),
        # An ellipsis ends a gap-fill that says it is one.
        (
            "Complete the sentence: The treaty covers areas from trade to science, culture and …",
            "The treaty covers areas from trade to science, culture and what?",
        ),
    ],
)
def test_a_blank_becomes_the_question_word_its_place_asks_for(
    statement: str, question: str
) -> None:
    assert blank_asked(statement) == question


@pytest.mark.parametrize(
    "text",
    [
        # A blank inside quotation marks: the quotation finds the sentence.
        "Putin praised the deal as a “real ___ creating conditions for the stable development.”",
        # A blank that qualifies what follows it: the phrase's own words find the sentence.
        "Russia and Iran are two of the world’s most heavily ___ nations.",
        "The current framework is based on a ___ agreement.",
        # A question already, with or without a blank.
        "Which fills the blank: “military-political and ______” relations?",
        "How long is the treaty expected to remain in force?",
        # The article's own ellipsis in a quotation, and one with no gap-fill lead.
        "“The treaty … is constructive in nature,” Lavrov said.",
        "Lavrov said the treaty is constructive …",
    ],
)
def test_text_without_a_blank_outside_quotes_is_left_as_it_is(text: str) -> None:
    assert blank_asked(text) == text
