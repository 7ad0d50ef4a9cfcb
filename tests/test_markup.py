"""Questions are read without the markup they were typed with, and apart from the lines
they quote."""

from __future__ import annotations

import pytest

from qa.markup import quoted_lead, without_markup


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("**Who** signed the pact?", "Who signed the pact?"),
        ("_On what exact date_ does Trump return?", "On what exact date does Trump return?"),
        ("*Pezeshkian* said what?", "Pezeshkian said what?"),
        ("`TASS` reported the duration citing whom?", "TASS reported the duration citing whom?"),
        ("**_How long_** is it in force?", "How long is it in force?"),
        ("- where did they meet?", "where did they meet?"),
        ("1. Which drones has Iran provided?", "Which drones has Iran provided?"),
        ("## Question: Who took the photo?", "Question: Who took the photo?"),
        ("<p>How many drones?</p>", "How many drones?"),
        ("<br>What does Putin seek to challenge?", "What does Putin seek to challenge?"),
        ("https://example.com/news/a-b what year is it from?", "what year is it from?"),
        # Hashtags opening or closing a line are tags; one inside a sentence is its word.
        ("#Iran #Russia On which day did Lavrov speak?", "On which day did Lavrov speak?"),
        ("Who signed it? #treaty #Iran", "Who signed it?"),
        ("What did #Putin call the deal?", "What did Putin call the deal?"),
    ],
)
def test_markup_is_read_away(text: str, plain: str) -> None:
    assert without_markup(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        "Who signed the treaty?",
        "What is 5*3 in the snake_case name?",  # no emphasis without its pair at word edges
        "How long is the 20-year treaty?",
    ],
)
def test_a_question_without_markup_is_left_as_it_is(text: str) -> None:
    assert without_markup(text) == text


def test_the_lines_a_question_quotes_are_set_apart_from_it() -> None:
    text = "> the specifics remain undisclosed\n\nDoes the treaty include a defence clause?"
    assert quoted_lead(text) == (
        "the specifics remain undisclosed",
        "Does the treaty include a defence clause?",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Who signed it?",
        "> only a quote, asking nothing",
        "Who said this?\n> the specifics remain undisclosed",  # the quote does not open it
    ],
)
def test_a_text_that_opens_with_no_quote_or_is_all_quote_has_none_set_apart(text: str) -> None:
    assert quoted_lead(text) == ("", text)
