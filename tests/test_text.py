"""Sentence spans keep offsets into the original text; words fold case and apostrophes."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.text import Span, cut_to_size, sentence_spans, words


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
        ("Путин прибыл. Пезешкиан ждал.", ["Путин прибыл.", "Пезешкиан ждал."]),
        (
            "Договор подписан! «Он важен», сказал он.",
            ["Договор подписан!", "«Он важен», сказал он."],
        ),
        (
            "Η συμφωνία υπογράφηκε. Ισχύει για 20 χρόνια.",
            ["Η συμφωνία υπογράφηκε.", "Ισχύει για 20 χρόνια."],
        ),
        ("Macron spoke. Élysée said no.", ["Macron spoke.", "Élysée said no."]),
        ("Он сказал «Да.» Потом ушёл.", ["Он сказал «Да.»", "Потом ушёл."]),
        ("He said “done.” “Über” was next.", ["He said “done.”", "“Über” was next."]),
        ("Mr. Путин left.", ["Mr. Путин left."]),
        ("В г. Москва тихо.", ["В г. Москва тихо."]),
        ("договор подписан. он важен.", ["договор подписан. он важен."]),
        ("See e.g. élan here.", ["See e.g. élan here."]),
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


def test_a_long_cyrillic_paragraph_splits_into_its_sentences() -> None:
    sentence = "Россия и Иран подписали договор о всеобъемлющем стратегическом партнёрстве."
    text = " ".join([sentence] * 25)
    assert sentences(text) == [sentence] * 25


def pieces(text: str, size: int) -> list[str]:
    return [text[s.start : s.end] for s in cut_to_size(text, Span(0, len(text)), size)]


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        ("short one", 20, ["short one"]),
        ("exactly ten", 11, ["exactly ten"]),
        ("one two three four", 9, ["one two", "three", "four"]),
        ("one two three", 7, ["one two", "three"]),
        ("one  \t two", 5, ["one", "two"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("ab abcdefghij", 4, ["ab", "abcd", "efgh", "ij"]),
        ("", 3, []),
        ("   ", 3, []),
    ],
)
def test_cut_to_size_cuts_at_the_last_whitespace_within_the_size_else_hard(
    text: str, size: int, expected: list[str]
) -> None:
    assert pieces(text, size) == expected


@given(text=st.text(alphabet=st.sampled_from("ab Яя\n\t.…"), max_size=300), size=st.integers(1, 50))
def test_cut_to_size_gives_ordered_trimmed_pieces_within_the_size_that_keep_all_text(
    text: str, size: int
) -> None:
    spans = cut_to_size(text, Span(0, len(text)), size)
    for span in spans:
        piece = text[span.start : span.end]
        assert 0 < len(piece) <= size
        assert piece == piece.strip()
    for before, after in itertools.pairwise(spans):
        assert before.end <= after.start
    assert "".join("".join(text[s.start : s.end] for s in spans).split()) == "".join(text.split())


def test_cut_to_size_rejects_a_size_below_one() -> None:
    with pytest.raises(ValueError, match="size"):
        cut_to_size("text", Span(0, 4), 0)


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
