"""A learner's grammar read as standard English (pure)."""

from __future__ import annotations

import pytest

from qa.learner import standard


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much year the treaty stay in force", "how many years the treaty stay in force"),
        ("what china said about this treaty", "what did china say about this treaty"),
        ("what zelensky say about the treaty", "what did zelensky say about the treaty"),
        ("what Lavrov thought of the deal", "what did Lavrov think of the deal"),
        # The auxiliary after the subject, not before it.
        (
            "What Trump was say about this treaty after he see it?",
            "What did Trump say about this treaty after he see it?",
        ),
        ("how the west was think of it", "how did the west think of it"),
        # A yes/no question in the word order of a statement.
        (
            "Russia will build new nuclear power plant in Iran because of this treaty?",
            "Will Russia build new nuclear power plant in Iran because of this treaty?",
        ),
        ("The treaty will last 20 years?", "Will the treaty last 20 years?"),
        (
            "treaty have clause for mutual defense, Russia must defend Iran if somebody attack?",
            "Does the treaty have clause for mutual defense, Russia must defend Iran if somebody "
            "attack?",
        ),
        ("This treaty has a defence clause?", "Does this treaty have a defence clause?"),
        (
            "This treaty got mutual defence clause or not?",
            "Does this treaty have mutual defence clause or not?",
        ),
        # The subject before the question word; a bare verb after "was".
        (
            "China how react to the Russia Iran treaty, they support it?",
            "How did China react to the Russia Iran treaty, they support it?",
        ),
        (
            "Who police was arrest for the Iranian plot to kill Trump?",
            "Who police was arrested for the Iranian plot to kill Trump?",
        ),
        ("who take the photo of meeting", "who took the photo of meeting"),
        ("who sign the pact?", "who signed the pact?"),
        ("how many pages the treaty have", "how many pages does the treaty have"),
        (
            "joint news conference was which day of week",
            "which day of week was joint news conference?",
        ),
    ],
)
def test_a_learners_grammar_is_read_in_standard_grammar(question: str, expected: str) -> None:
    assert standard(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "What did China say about the treaty?",
        "what has china said about it",
        "What was said about it?",
        "Which Russian official said on Tuesday that the treaty is constructive?",
        "How many articles does the treaty contain?",
        "How many articles does the text of the treaty contain?",
        "how much money did it cost",
        "Who signed it?",
        "The treaty was signed when?",
        "Iran has given drones to Russia.",  # a statement, not asked
        "It will last long?",  # "it" points back; the turn before says what it is
        "Moscow when signed?",  # no bare verb to ask with "did"
        "Treaty how long it stay in force?",
        "The draft says the treaty runs 50 years — how long will it last?",
    ],
)
def test_standard_grammar_is_left_as_typed(question: str) -> None:
    assert standard(question) == question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The doer asked in the passive, read in the active.
        (
            "By whom was the photograph of the Kremlin meeting taken?",
            "Who took the photograph of the Kremlin meeting?",
        ),
        ("Who was the treaty signed by?", "Who signed the treaty?"),
        ("By whom was Assad toppled last year?", "Who toppled Assad last year?"),
        # A how-many question in the order of a statement.
        (
            "How many pages or articles the treaty text runs to?",
            "How many pages or articles does the treaty text run to?",
        ),
        (
            "How many years exactly the treaty negotiations lasted?",
            "How many years exactly did the treaty negotiations last?",
        ),
    ],
)
def test_a_passive_doer_or_a_statements_order_is_read_as_a_plain_question(
    question: str, expected: str
) -> None:
    assert standard(question) == expected


def test_who_was_done_to_by_something_is_not_read_as_a_passive_doer() -> None:
    assert standard("Who was killed by a drone?") == "Who was killed by a drone?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What was the name of the person accused of carrying out the plot?",
            "Who was accused of carrying out the plot?",
        ),
        ("Who was the man who was charged over the plot?", "Who was charged over the plot?"),
        # After what the asker says first.
        (
            "I'm a reporter. What was the name of the person accused of the plot?",
            "I'm a reporter. Who was accused of the plot?",
        ),
    ],
)
def test_someone_asked_for_by_what_was_done_to_them_is_asked_plainly(
    question: str, expected: str
) -> None:
    assert standard(question) == expected


def test_the_name_of_someone_who_did_something_is_left_as_asked() -> None:
    assert standard("What is the name of the man who signed it?") == (
        "What is the name of the man who signed it?"
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What did China officially say about the treaty?",
            "What did China say about the treaty?",
        ),
        ("Has Iran ever sent missiles to Russia?", "Has Iran sent missiles to Russia?"),
    ],
)
def test_a_word_that_only_stresses_the_verb_is_read_past(question: str, expected: str) -> None:
    assert standard(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "What is really in the treaty?",  # no auxiliary before it
        "What did he actually call it?",  # set against a claim
    ],
)
def test_a_word_that_sets_the_answer_against_a_claim_stays(question: str) -> None:
    assert standard(question) == question
