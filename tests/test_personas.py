import pytest

from qa.personas import unplayed


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Pretend you're a TASS reporter filing from Moscow: how long will the treaty last?",
            "How long will the treaty last?",
        ),
        (
            "You're a Kremlin press officer. Where did the two presidents meet?",
            "Where did the two presidents meet?",
        ),
        (
            "Answer as if you were my history tutor — who ordered the strike on Soleimani?",
            "Who ordered the strike on Soleimani?",
        ),
        (
            "Role-play: I'm a student, you're a librarian. Which agency distributed the photo?",
            "Which agency distributed the photo?",
        ),
        (
            "In character as a grumpy editor, who called the treaty constructive?",
            "Who called the treaty constructive?",
        ),
        (
            "Talk like a pirate and tell me: when was the old agreement made?",
            "When was the old agreement made?",
        ),
        ("Detective, deduce it for me: who is Iran's ambassador?", "Who is Iran's ambassador?"),
        (
            "Be a sports commentator for a second and call it: on what day did they meet?",
            "On what day did they meet?",
        ),
        (
            "Channel a professor: what does Putin seek to challenge?",
            "What does Putin seek to challenge?",
        ),
        (
            "Let's play 20 questions about the article! Who signed the pact?",
            "Who signed the pact?",
        ),
        (
            "You are a robot reading the news. BEEP. Which group was weakened? BOOP.",
            "Which group was weakened?",
        ),
        ("In the voice of a fact-checker: what did Trump warn?", "What did Trump warn?"),
    ],
)
def test_the_part_a_question_asks_someone_to_play_is_read_past(
    question: str, expected: str
) -> None:
    assert unplayed(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Who signed the treaty?",
        "You are right, who signed it?",
        "Be honest: who signed it?",
        "Syria: which group toppled Assad?",
        "As a result of the treaty, what changed?",
        "Pretend you're a reporter.",  # nothing left to ask
        # A riddle asks who plays the part.
        "I am the Iranian president who signed the pact with Putin. Who am I?",
    ],
)
def test_a_question_that_plays_no_part_is_unchanged(question: str) -> None:
    assert unplayed(question) == question
