import pytest

from qa.address import addressed


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Mr Lavrov, on which day did you call the treaty constructive in nature?",
            "On which day did Lavrov call the treaty constructive in nature?",
        ),
        (
            "TASS, which official did you cite on the treaty's term?",
            "Which official did TASS cite on the treaty's term?",
        ),
        (
            "President Pezeshkian, what had Tehran faced before your visit?",
            "What had Tehran faced before President Pezeshkian's visit?",
        ),
        (
            "Mr al-Assad, who toppled you?",
            "Who toppled al-Assad?",
        ),
        ("Where were you toppled, Mr al-Assad?", "Where was al-Assad toppled?"),
        (
            "How long did you say the treaty would last, Ambassador Jalali?",
            "How long did Ambassador Jalali say the treaty would last?",
        ),
        (
            "Your Excellency President Pezeshkian, where did you meet Putin?",
            "Where did President Pezeshkian meet Putin?",
        ),
    ],
)
def test_a_question_put_to_someone_is_asked_about_them(question: str, expected: str) -> None:
    assert addressed(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # "you" is the service.
        "Can you tell me who signed the treaty?",
        "However, who signed it?",
        "In 2020, whom did you think Trump had killed?",
        # Put to no one by name, or never saying "you".
        "Your Excellency, where did you meet Putin?",
        "Mr Lavrov, which day was it?",
    ],
)
def test_a_question_put_to_no_one_the_sources_name_is_left_alone(question: str) -> None:
    assert addressed(question) == question
