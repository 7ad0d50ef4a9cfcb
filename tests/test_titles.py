"""Who holds which office, from the documents' words, and sentences read with the office."""

from __future__ import annotations

from qa.titles import Holder, by_surname, office_holders, with_offices

ARTICLE = [
    "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a pact.",
    "“It is constructive,” Russian Foreign Minister Sergei Lavrov said on Tuesday.",
    "TASS reported, citing Iranian Ambassador to Russia Kazem Jalali.",
]


def test_the_documents_say_who_holds_each_office() -> None:
    assert office_holders(ARTICLE) == {
        ("russ", "president"): Holder("Vladimir Putin", "Russian President"),
        ("iran", "president"): Holder("Masoud Pezeshkian", "Iranian President"),
        ("russ", "foreign minister"): Holder("Sergei Lavrov", "Russian Foreign Minister"),
        ("iran", "ambassador"): Holder("Kazem Jalali", "Iranian Ambassador"),
    }


def test_an_office_named_with_several_people_keeps_the_one_named_most_often() -> None:
    texts = [
        "Russian President Boris Yeltsin resigned.",
        "Russian President Vladimir Putin spoke.",
        "Russian President Vladimir Putin met him.",
    ]
    assert office_holders(texts)[("russ", "president")].name == "Vladimir Putin"


def test_an_office_named_with_two_people_as_often_has_no_holder() -> None:
    texts = ["Russian President Boris Yeltsin resigned.", "Russian President Vladimir Putin spoke."]
    assert ("russ", "president") not in office_holders(texts)


def test_a_sentence_naming_someone_by_surname_alone_is_read_with_the_office() -> None:
    holders = by_surname(office_holders(ARTICLE))
    text = "It is a focus of Putin’s foreign policy as he seeks to challenge hegemony."
    assert with_offices(text, holders) == (
        "It is a focus of Russian President Putin’s foreign policy as he seeks to challenge "
        "hegemony."
    )
    assert with_offices("With Pezeshkian in Moscow, Putin praised the deal.", holders) == (
        "With Iranian President Pezeshkian in Moscow, Russian President Putin praised the deal."
    )
    assert with_offices("Russian President Vladimir Putin met Pezeshkian.", holders) == (
        "Russian President Vladimir Putin met Iranian President Pezeshkian."
    )


def test_a_sentence_that_names_the_office_already_or_no_holder_is_unchanged() -> None:
    holders = by_surname(office_holders(ARTICLE))
    for text in [*ARTICLE, "Both countries have increased their trade.", "Putinism is a word."]:
        assert with_offices(text, holders) == text
