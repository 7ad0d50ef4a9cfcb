"""Names in a question that the evidence never mentions."""

from __future__ import annotations

import pytest

from qa.mentions import (
    designators,
    full_names,
    institutions,
    proper_nouns,
    starts_a_word,
    unmentioned,
    unnamed,
)

ARTICLE = (
    "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin signed a pact. "
    "Russian Foreign Minister Sergei Lavrov praised it. Building ties with North Korea matters."
)


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("What did Ukrainian President Volodymyr Zelenskyy say?", ["Volodymyr Zelenskyy"]),
        ("How did Russian Foreign Minister Sergei Lavrov describe it?", ["Sergei Lavrov"]),
        ("Who was Qasem Soleimani?", ["Qasem Soleimani"]),
        ("How did people in the Islamic Republic react?", []),
        ("What did the Russian leader call the deal?", []),
        ("How did the US State Department respond?", []),
        ("Who signed it?", []),
    ],
)
def test_full_names_are_people_not_titles_or_descriptions(question: str, names: list[str]) -> None:
    assert full_names(question) == names


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("Will Russia deliver S-400 systems?", ["S-400"]),
        ("Are Su-35 jets part of it?", ["Su-35"]),
        ("What did the 2001 agreement say?", []),
        ("Is the Iran-aligned group weaker?", []),
    ],
)
def test_designators_are_letters_dash_digits(question: str, found: list[str]) -> None:
    assert designators(question) == found


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("What did Volodymyr Zelenskyy say about the pact?", ["Volodymyr Zelenskyy"]),
        ("Will Russia deliver S-400 systems to Iran?", ["S-400"]),
        ("What did Sergei Lavrov say?", []),
        ("What did Lavrov say?", []),
        ("Did Vladimir Putin sign it?", []),
        ("Which North Korean official signed it?", []),
        ("Who signed the pact?", []),
        ("When will the Iranian parliament ratify it?", ["parliament"]),
        ("How did the US State Department respond?", ["Department"]),
        ("Which banks will the two countries link up?", ["banks"]),
    ],
)
def test_unmentioned_lists_names_no_passage_mentions(question: str, missing: list[str]) -> None:
    assert unmentioned(question, [ARTICLE]) == missing


def test_a_surname_alone_is_a_mention() -> None:
    assert unmentioned("What did Maria Zakharova say?", ["Zakharova spoke on Friday."]) == []


def test_institutions_are_found_by_their_noun() -> None:
    assert institutions("What did Ukraine's foreign ministry and the Duma say?") == [
        "ministry",
        "Duma",
    ]
    assert institutions("Which state agency distributed the photo?") == []


def test_an_institution_is_mentioned_in_the_singular_or_plural() -> None:
    texts = ["The central bank and two ministries objected."]
    assert unmentioned("Which banks objected?", texts) == []
    assert unmentioned("Which ministry objected?", texts) == []


def test_a_number_the_passages_never_show_is_unmentioned() -> None:
    article = ["In 2020, Trump ordered the killing of Soleimani.", "It lasts 20 years."]
    assert unmentioned("Which team won in 2022?", article) == ["2022"]
    assert unmentioned("Why will the treaty last 50 years?", article) == ["50"]
    assert unmentioned("Whom did Trump order killed in 2020?", article) == []


def test_a_decade_is_mentioned_by_any_year_of_it() -> None:
    article = ["In 2020, Trump ordered the killing of Soleimani.", "It lasts 20 years."]
    assert unmentioned("Why did Iran go to war with Iraq in the 1980s?", article) == ["1980s"]
    assert unmentioned("What did Trump order in the 2020s?", article) == []


def test_a_number_in_a_compound_span_is_a_number() -> None:
    article = ["It lasts 20 years.", "It was signed in 2025."]
    question = "How does this 20-year treaty compare with Iran's 25-year deal with China?"
    assert unmentioned(question, article) == ["25"]


def test_a_year_a_relative_time_means_counts_as_mentioned() -> None:
    article = ["Tehran faced several foreign policy setbacks last year."]
    assert unmentioned("What setbacks did Iran face in 2024?", article, {2024}) == []
    assert unmentioned("What setbacks did Iran face in 2023?", article, {2024}) == ["2023"]
    assert unmentioned("What setbacks did Iran face in 2024?", article) == ["2024"]


def test_a_yes_no_question_may_name_a_wrong_number() -> None:
    # "No: 20 years" is in the article; the sentence that says so is the answer.
    article = ["The treaty is expected to remain in force for 20 years."]
    assert unmentioned("Will the treaty last 50 years?", article) == []


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("On what exact date did Trump return to power?", ["trump"]),
        ("When did Putin and Pezeshkian meet?", ["putin", "pezeshkian"]),
        ("And which country is that group aligned with?", []),
        ("Russia and Iran met. Who signed?", ["iran"]),  # "Russia" opens its sentence
    ],
)
def test_proper_nouns_are_the_capitalised_words_inside_a_question(
    question: str, names: list[str]
) -> None:
    assert proper_nouns(question) == names


def test_a_folded_name_must_start_a_word_of_the_text() -> None:
    assert starts_a_word("iran", "The Iranian President signed it.")
    assert not starts_a_word("us", "The Russian President signed it.")
    assert not starts_a_word("oman", "A woman met Putin.")


def test_unnamed_lists_the_names_of_a_statement_no_text_mentions() -> None:
    texts = ["Pezeshkian’s visit to Russia comes after Tehran faced several setbacks."]
    statement = "pezeshkian also sat down with Prime Minister Mishustin on that trip"
    assert unnamed(statement, texts) == ["prime", "minister", "mishustin"]
    assert unnamed("the Duma ratified the treaty", texts) == ["duma", "Duma"]


def test_unnamed_reads_a_plural_as_its_singular_and_leaves_numbers_out() -> None:
    texts = ["Iran has already provided Russia with self-detonating “Shahed” drones."]
    assert unnamed("the drones are called Shaheds", texts) == []
    assert unnamed("Iran gave Russia 8,000 Shahed drones", texts) == []
