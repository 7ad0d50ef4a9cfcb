import pytest

from qa.fragments import as_full

# Names the documents capitalise, as `qa.casing.proper_forms` gives them.
FORMS = {
    "pezeshkian": "Pezeshkian",
    "soleimani": "Soleimani",
    "trump": "Trump",
    "iran": "Iran",
    "tehran": "Tehran",
}


@pytest.mark.parametrize(
    ("fragment", "question"),
    [
        ("Pezeshkian elected — when?", "When was Pezeshkian elected?"),
        ("Invasion of Ukraine: when?", "When was invasion of Ukraine?"),
        ("Toppled in Syria — who?", "Who was toppled in Syria?"),
        ("Soleimani — killed where?", "Where was Soleimani killed?"),
        ("Joint news conference — held where?", "Where was joint news conference held?"),
        ("Tehran signing ceremony — who attended?", "Who attended Tehran signing ceremony?"),
        ("Trump's inauguration — exact date?", "What is the exact date of Trump's inauguration?"),
        ("Iran's signatory: name?", "What is the name of Iran's signatory?"),
        ("IRGC cmdr killed in 2020 — name?", "What is the name of IRGC cmdr killed in 2020?"),
        ("Photo distributor?", "Who distributed the photo?"),
        ("Iran's signatory?", "Who signed for Iran?"),
        ("The pool photograph distributor?", "Who distributed the pool photograph?"),
        ("Treaty length in pages?", "How many pages is the treaty?"),
    ],
)
def test_a_topic_first_fragment_is_read_as_the_question_it_stands_for(
    fragment: str, question: str
) -> None:
    assert as_full(fragment, FORMS) == question


@pytest.mark.parametrize(
    "message",
    [
        # A question proper after the dash, or a topic that asks.
        "Lavrov spoke on Wednesday, I think — which day was it?",
        "Should Ukrainians be worried — what has Iran already given Russia?",
        # Two separators: a correction, not a topic.
        "In 2021 — no, 2020 — whom did Trump order killed?",
        # An ask this module has no shape for is left to the rest of the pipeline.
        "Lavrov's remark — which day?",
        "Shahed strikes — on which country?",
        "Mutual defence clause — included or not?",
        "Who signed the treaty?",
        "Signing city?",
        "Who is the photo distributor?",
    ],
)
def test_other_messages_are_left_as_they_are(message: str) -> None:
    assert as_full(message, FORMS) == message
