import pytest

from qa.notes import without_notes


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Who (on the Iranian side) signed the pact with Putin?",
            "Who signed the pact with Putin?",
        ),
        (
            "Which agency (Reuters?) reported the treaty’s 20-year term?",
            "Which agency reported the treaty’s 20-year term?",
        ),
        (
            "How long [in years, I assume] is the treaty expected to remain in force?",
            "How long is the treaty expected to remain in force?",
        ),
        (
            "Which Lebanese armed group {Iran-aligned} was weakened after a war with Israel?",
            "Which Lebanese armed group was weakened after a war with Israel?",
        ),
        (
            "What did Trump withdraw from during his first term (2017–2021)¹?  ¹ I mean the first.",
            "What did Trump withdraw from during his first term?",
        ),
        (
            "How many articles (or clauses¹) does the treaty text contain?  ¹ whichever it uses.",
            "How many articles does the treaty text contain?",
        ),
        (
            "Which relations, per the Kremlin [earlier statement], will the treaty enhance?",
            "Which relations, per the Kremlin, will the treaty enhance?",
        ),
        (
            "How many days [two? three?] did Pezeshkian’s visit to Moscow last?",
            "How many days did Pezeshkian’s visit to Moscow last?",
        ),
        ("(Serious question) who signed the treaty?", "who signed the treaty?"),
    ],
)
def test_a_note_in_brackets_is_read_apart_from_the_question(question: str, expected: str) -> None:
    assert without_notes(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # Quoted words keep the editor's brackets.
        "Who warned that the US would “wipe [Iran] off the face of the Earth”?",
        "Complete Trump's warning: the US would 'wipe [Iran] off the face of the ...' what?",
        # A quiz's option letters and a crossword's length are part of what is asked.
        "Which agency reported it: (a) RIA Novosti (b) Interfax (c) TASS?",
        "Crossword clue: Russian state news agency that reported the 20-year term (4)",
        # A bracket joined to its word.
        "Which leader(s) signed the treaty?",
        # Nothing to read apart, however it is spaced.
        "which agency distributed the pool photograph  ?",
        # A note that is all there is.
        "(who signed it?)",
    ],
)
def test_what_is_part_of_the_question_stays(question: str) -> None:
    assert without_notes(question) == question
