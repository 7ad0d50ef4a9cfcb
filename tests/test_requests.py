"""An open request read as the question it asks."""

from __future__ import annotations

import pytest

from qa.requests import as_asked


@pytest.mark.parametrize(
    ("request_text", "question"),
    [
        (
            "Summarise what Pezeshkian said about Israel at the news conference.",
            "What Pezeshkian said about Israel at the news conference?",
        ),
        (
            "Explain why Putin travelled to Tehran to sign the treaty.",
            "Why Putin travelled to Tehran to sign the treaty?",
        ),
        (
            "Describe where in Moscow the two presidents met, going by the photo caption.",
            "Where in Moscow the two presidents met, going by the photo caption?",
        ),
        (
            "Tell me exactly how many years the treaty negotiations took.",
            "How many years the treaty negotiations took?",
        ),
        (
            "Walk me through who was at the joint news conference.",
            "Who was at the joint news conference?",
        ),
        ("Can you explain who signed it, please?", "Who signed it?"),
        ("Fill me in on what Trump warned last year.", "What Trump warned last year?"),
        (
            "Tell me the price Russia paid for each Shahed drone.",
            "What is the price Russia paid for each Shahed drone?",
        ),
        (
            "Let me know the exact date of the signing, thanks.",
            "What is the exact date of the signing?",
        ),
        # As a quiz asks: for a thing, or for who someone is by what they did.
        (
            "Give the unit price Russia paid for each Shahed drone.",
            "What is the unit price Russia paid for each Shahed drone?",
        ),
        ("Name the date of the signing.", "What is the date of the signing?"),
        (
            "Name the man accused of carrying out the alleged plot.",
            "Who is the man accused of carrying out the alleged plot?",
        ),
        (
            "Identify the commander who led the offensive.",
            "Who is the commander who led the offensive?",
        ),
        # As a clerk or a written question in a house puts it.
        (
            "Kindly indicate the Head of State who executed the instrument for Iran.",
            "Who is the Head of State who executed the instrument for Iran?",
        ),
        (
            "Would the Honourable Member state the duration of the instrument?",
            "What is the duration of the instrument?",
        ),
        (
            "Would the Honourable Member identify the Minister for Foreign Affairs of the Russian "
            "Federation who described it?",
            "Who is the Minister for Foreign Affairs of the Russian Federation who described it?",
        ),
        (
            "The Secretariat requests the name of the photographer credited with the photo.",
            "What is the name of the photographer credited with the photo?",
        ),
        (
            "Kindly specify the total number of articles in the instrument.",
            "How many articles in the instrument?",
        ),
        (
            "Kindly cite the specific article of the instrument on defence.",
            "What is the specific article of the instrument on defence?",
        ),
    ],
)
def test_a_request_asks_the_question_it_holds(request_text: str, question: str) -> None:
    assert as_asked(request_text) == question


@pytest.mark.parametrize(
    "request_text",
    [
        "Tell me about the 20-year term.",  # a topic: what the sources say about it
        "Describe the photo at the top of the article.",
        "Give me the gist of Lavrov's comment.",
        "Who signed the treaty?",
        "Tell me the truth.",  # no price, date, name or number asked for
        "Name the Iranian envoy TASS quoted.",  # an office names whom it asks for
        "Identify the self-detonating drones Iran gave Russia.",
    ],
)
def test_a_request_for_a_topic_or_a_question_is_left_as_it_is(request_text: str) -> None:
    assert as_asked(request_text) == request_text
