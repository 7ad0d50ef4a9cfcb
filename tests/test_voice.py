import pytest

from qa.voice import active


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("By whom was the cooperation pact signed?", "Who signed the cooperation pact?"),
        (
            "The photograph of the meeting was taken by whom?",
            "Who took the photograph of the meeting?",
        ),
        (
            "By which agency was the pool photograph distributed?",
            "Which agency distributed the pool photograph?",
        ),
        (
            "The pool photograph was distributed by which Russian state agency?",
            "Which Russian state agency distributed the pool photograph?",
        ),
        ("Who was the treaty signed by?", "Who signed the treaty?"),
        ("The treaty was signed in Moscow by whom?", "Who signed the treaty in Moscow?"),
        ("By whom was Soleimani killed in 2020?", "Who killed Soleimani in 2020?"),
        (
            "The 20-year figure was reported by whom, citing whom?",
            "Who reported the 20-year figure, citing whom?",
        ),
    ],
)
def test_a_question_asked_in_the_passive_is_read_in_the_active(
    question: str, expected: str
) -> None:
    assert active(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Who signed the treaty?",
        "By what date must the parties ratify the treaty?",  # asks no doer
        "By what means was it done?",
        "Who was killed by a US drone strike?",  # asks who underwent it
        "Was the pool photograph distributed by Sputnik?",
    ],
)
def test_a_question_not_asking_the_doer_of_a_passive_is_unchanged(question: str) -> None:
    assert active(question) == question
