import pytest

from qa.labels import unlabelled


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Lavrov quote — which Russian official called the treaty “constructive in nature”?",
            "Which Russian official called the treaty “constructive in nature”?",
        ),
        (
            "Hezbollah angle: who leads Hezbollah after the war with Israel?",
            "Who leads Hezbollah after the war with Israel?",
        ),
        (
            "Q (the trip): why did Pezeshkian cancel his planned visit to Moscow?",
            "Why did Pezeshkian cancel his planned visit to Moscow?",
        ),
        (
            "Topic: duration. Q: how long is the treaty expected to remain in force?",
            "How long is the treaty expected to remain in force?",
        ),
        (
            "[Drones] What kind of drones has Iran provided to Russia?",
            "What kind of drones has Iran provided to Russia?",
        ),
        (
            "Re: the signing — which two presidents signed the cooperation pact?",
            "Which two presidents signed the cooperation pact?",
        ),
        (
            "#TASS — which Iranian official did the news agency cite about the treaty's duration?",
            "Which Iranian official did the news agency cite about the treaty's duration?",
        ),
        (
            "Hezbollah: after a war with which country was the group weakened?",
            "After a war with which country was the group weakened?",
        ),
        (
            "Ukraine war, Q: since which event has Moscow viewed Iran as a key strategic partner?",
            "Since which event has Moscow viewed Iran as a key strategic partner?",
        ),
    ],
)
def test_a_topic_label_before_a_question_is_read_apart_from_it(
    question: str, expected: str
) -> None:
    assert unlabelled(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # The question points back at its label.
        "Pezeshkian's remarks — in which area especially did he say the two countries were entering a new chapter?",
        # A fragment, a question before the dash, a guess, a correction, a quoted claim.
        "Lavrov's remark: in which city?",
        "Should Ukrainians be worried — what has Iran already given Russia?",
        "Lavrov spoke on Wednesday, I think — which day was it?",
        "In 2021 — no, 2020 — whom did Trump order killed?",
        'Draft: "signed in Tehran". Where was it signed?',
        # What follows the label is no question proper: the label is its subject.
        "Timing angle: the treaty was signed just days before what?",
        "Putin's focus — ties with Iran and which others?",
        "2001 agreement: last renewed which year?",
        "Who signed the treaty?",
    ],
)
def test_a_question_without_a_label_to_read_apart_is_left_whole(question: str) -> None:
    assert unlabelled(question) == question
