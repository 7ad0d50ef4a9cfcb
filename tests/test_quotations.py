import pytest

from qa.quotations import quotations, unquoted

LAVROV = (
    "“The treaty … is constructive in nature and is aimed at strengthening the capabilities of "
    "Russia, Iran, and our friends in various parts of the world,” Russian Foreign Minister "
    "Sergei Lavrov said on Tuesday."
)
TRUMP = (
    "Last year, Trump warned that the US would “wipe [Iran] off the face of the Earth” if an "
    "alleged Iranian plot to kill him had succeeded."
)


def test_a_question_quotes_in_curly_straight_and_single_marks() -> None:
    asked = "Who said “constructive in nature”, 'our friends' and \"various parts\"?"
    assert quotations(asked) == ["constructive in nature", "our friends", "various parts"]


def test_apostrophes_are_no_quotation_marks() -> None:
    assert quotations("What did Trump's warning say about Iran's plot?") == []


@pytest.mark.parametrize(
    "question",
    [
        "Who said the treaty is “constructive in nature”?",
        # Quoted from memory: most of its words are there.
        "Who warned the US would “Wipe Iran off the face of the Earth”?",
        "Lavrov spoke of “our friends” in which parts of the world?",
        "Who said what he said, with no quotation at all?",
    ],
)
def test_words_the_sources_say_are_quoted_from_them(question: str) -> None:
    assert unquoted(question, [LAVROV, TRUMP]) == []


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("Which Iranian official called the claims “baseless”?", ["baseless"]),
        (
            "On which day did Lavrov say the treaty “is not directed against any third country”?",
            ["is not directed against any third country"],
        ),
        (
            "Which Western leader dismissed the treaty as “a pact of pariahs”?",
            ["a pact of pariahs"],
        ),
    ],
)
def test_words_no_source_says_are_not_quoted_from_them(question: str, missing: list[str]) -> None:
    assert unquoted(question, [LAVROV, TRUMP]) == missing
