"""Sentence spans keep offsets into the original text; words fold case and apostrophes."""

from __future__ import annotations

import itertools

import pytest

from ingest.text import Span, sentence_spans, words


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. and Iran met. Then they left.", ["The U.S. and Iran met.", "Then they left."]),
        ("Talks in the U.S. Congress went on.", ["Talks in the U.S. Congress went on."]),
        ("On Jan. 17 Putin spoke. He left.", ["On Jan. 17 Putin spoke.", "He left."]),
        ("Mr. Putin met Dr. Jalali. They talked.", ["Mr. Putin met Dr. Jalali.", "They talked."]),
        ("See e.g. the text. Then stop.", ["See e.g. the text.", "Then stop."]),
        ("J. R. Tolkien wrote. Then.", ["J. R. Tolkien wrote.", "Then."]),
        ("Prices rose 3.5 percent. Good.", ["Prices rose 3.5 percent.", "Good."]),
        ("It cost $1.1 billion. Ok.", ["It cost $1.1 billion.", "Ok."]),
        ("He said: “It is done.” Then he left.", ["He said: “It is done.”", "Then he left."]),
        ('He said "Go." She went.', ['He said "Go."', "She went."]),
        ("He said ‘no.’ Then left.", ["He said ‘no.’", "Then left."]),
        (
            "A “real breakthrough.” “The treaty …” said he.",
            ["A “real breakthrough.”", "“The treaty …” said he."],
        ),
        ("Wait... Then it came.", ["Wait...", "Then it came."]),
        ("A pause… Another one.", ["A pause…", "Another one."]),
        ("The treaty … is constructive.", ["The treaty … is constructive."]),
        ("Go! Stop? Yes.", ["Go!", "Stop?", "Yes."]),
        ("What?! Really.", ["What?!", "Really."]),
        ("It is over. (Yes.) Done.", ["It is over.", "(Yes.)", "Done."]),
        ("Vote 2-1. 20 years later.", ["Vote 2-1.", "20 years later."]),
        ("Lower case. next word.", ["Lower case. next word."]),
        ("No punctuation here", ["No punctuation here"]),
        ("  Hi.  \n  There.  ", ["Hi.", "There."]),
        ("", []),
        (" \n\t ", []),
    ],
)
def test_sentence_spans_split_like_a_reader(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. and Iran met on Jan. 17. Putin said “yes.” Then… nothing.",
        "  leading space. Trailing space.   ",
        "Russia’s President Vladimir Putin met Pezeshkian. The treaty lasts 20 years!",
    ],
)
def test_sentence_spans_are_trimmed_ordered_offsets_into_the_text(text: str) -> None:
    spans = sentence_spans(text)
    assert spans
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        piece = text[span.start : span.end]
        assert piece == piece.strip()
    for before, after in itertools.pairwise(spans):
        assert before.end <= after.start
    covered = "".join(text[s.start : s.end] for s in spans)
    assert covered.replace(" ", "") == "".join(text.split())


def test_sentence_spans_of_a_range_stay_inside_it() -> None:
    text = "Before. Inside one. Inside two. After."
    start, end = text.index("Inside"), text.index(" After")
    assert sentence_spans(text, start, end) == [
        Span(start, text.index(" Inside two")),
        Span(text.index("Inside two"), end),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia’s treaty", ["russia's", "treaty"]),
        ("U.S.-led “global hegemony”", ["u", "s", "led", "global", "hegemony"]),
        (
            "a 20-year pact, self-detonating drones!",
            ["a", "20-year", "pact", "self-detonating", "drones"],
        ),
        ("— … ”", []),
    ],
)
def test_words_are_lower_case_tokens_with_straight_apostrophes(
    text: str, expected: list[str]
) -> None:
    assert words(text) == expected
