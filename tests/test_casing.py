"""Lower-case questions read with the names capitalised as the documents write them."""

from __future__ import annotations

import pytest

from qa.casing import proper_forms, truecased, unshouted

TEXTS = [
    "Iranian President Masoud Pezeshkian met Putin in Moscow. Trade grew.",
    "The treaty was signed days before Trump’s return. Putin praised it, the US said.",
    "Negotiations have taken years; the trade with Tehran grew.",
]


def test_names_the_documents_capitalise_inside_sentences_are_proper_forms() -> None:
    forms = proper_forms(TEXTS)
    assert forms["putin"] == "Putin"
    assert forms["tehran"] == "Tehran"
    assert forms["pezeshkian"] == "Pezeshkian"


def test_words_written_in_lower_case_or_capitalised_only_to_open_a_sentence_are_not() -> None:
    forms = proper_forms(TEXTS)
    assert "trade" not in forms  # "Trade grew." opens a sentence; "the trade" is lower
    assert "negotiations" not in forms  # only ever opens a sentence
    assert "us" not in forms  # too short to tell from the pronoun


def test_a_lower_case_question_gets_the_names_capitalised() -> None:
    forms = proper_forms(TEXTS)
    assert truecased("why did putin fly to tehran?", forms) == "why did Putin fly to Tehran?"


def test_a_question_typed_with_capitals_is_left_as_it_is() -> None:
    forms = proper_forms(TEXTS)
    question = "Why did putin fly to Tehran?"
    assert truecased(question, forms) == question


def test_countries_and_capitals_are_capitalised_even_when_the_documents_never_name_them() -> None:
    forms = proper_forms(TEXTS)
    assert truecased("why was he killed in syria, not in tehran", forms) == (
        "why was he killed in Syria, not in Tehran"
    )


def test_a_possessive_typed_without_its_apostrophe_is_read_as_one() -> None:
    forms = proper_forms(TEXTS)
    assert truecased("who is irans foreign minister", forms) == "who is Iran's foreign minister"
    assert truecased("what are putins aims", forms) == "what are Putin's aims"


def test_a_possessive_typed_with_its_apostrophe_gets_the_name_capitalised() -> None:
    forms = proper_forms(TEXTS)
    assert truecased("who is iran's envoy", forms) == "who is Iran's envoy"
    assert truecased("what are putin’s aims", forms) == "what are Putin’s aims"


def test_an_acronym_does_not_make_a_lower_case_question_one_typed_with_capitals() -> None:
    forms = proper_forms(TEXTS)
    assert truecased("was that the JCPOA putin praised?", forms) == (
        "was that the JCPOA Putin praised?"
    )


def test_words_the_documents_never_use_are_names_where_a_name_is_asked_for() -> None:
    forms = proper_forms(TEXTS)
    vocabulary = {w.lower() for text in TEXTS for w in text.replace(".", " ").split()}

    def known(word: str) -> bool:
        return word in vocabulary

    assert truecased("what did zelensky say about it", forms, known) == (
        "what did Zelensky say about it"
    )
    assert truecased("why did they sign it in saint petersburg", forms, known) == (
        "why did they sign it in Saint Petersburg"
    )
    # A word the documents use stays as it is, and so does one outside those two places.
    assert truecased("what did the negotiations say", forms, known) == (
        "what did the negotiations say"
    )
    assert truecased("how is zelensky", forms, known) == "how is zelensky"


def test_a_plural_after_a_number_or_determiner_is_no_possessive() -> None:
    forms = {"president": "President"}
    assert truecased("who photographed the two presidents", forms) == (
        "who photographed the two presidents"
    )


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("WHO SIGNED THE TREATY WITH PUTIN", "who signed the treaty with putin"),
        ("WHAT DID ZELENSKY SAY ABOUT THE DEAL", "what did zelensky say about the deal"),
        ("When Did Pezeshkian Become President", "when did pezeshkian become president"),
        # A title leaves its small words in lower case; an acronym keeps its capitals.
        ("How Long Will the Treaty Remain in Force?", "how long will the treaty remain in force?"),
        ("What Is The JCPOA?", "what is the JCPOA?"),
    ],
)
def test_a_question_in_capitals_or_title_case_is_read_in_lower_case(
    question: str, read: str
) -> None:
    assert unshouted(question) == read


@pytest.mark.parametrize(
    "question",
    [
        "Did Vladimir Putin meet Masoud Pezeshkian?",
        "What did TASS report?",
        "Who is Vladimir Putin?",  # its names are capitalised, not its every word
        "WHO SIGNED?",  # too short to tell shouting from an acronym
    ],
)
def test_a_question_typed_with_care_keeps_its_capitals(question: str) -> None:
    assert unshouted(question) == question


def test_a_shouted_question_gets_its_names_back_from_the_documents() -> None:
    forms = proper_forms(TEXTS)
    read = truecased(unshouted("WHY DID PUTIN FLY TO TEHRAN?"), forms)
    assert read == "why did Putin fly to Tehran?"
