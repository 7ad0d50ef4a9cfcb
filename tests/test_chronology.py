"""Which came first: the order of two events from the times sentences give them."""

from __future__ import annotations

from datetime import date

import pytest

from qa.chronology import (
    OrderAsked,
    Period,
    dated,
    dated_as_asked,
    first_of,
    order_asked,
    periods,
    present,
    published_date,
    tells_of,
    years,
)

ARTICLE_DAY = date(2025, 1, 17)  # a Friday


@pytest.mark.parametrize(
    ("question", "events", "earliest", "when"),
    [
        (
            "Which came first: Lavrov's remarks on the treaty or the joint news conference?",
            ("Lavrov's remarks on the treaty", "the joint news conference"),
            True,
            "first",
        ),
        (
            "Which happened earlier, the US killing of Qasem Soleimani or Russia's invasion of "
            "Ukraine?",
            ("the US killing of Qasem Soleimani", "Russia's invasion of Ukraine"),
            True,
            "earlier",
        ),
        (
            "Which came first: Trump ordering the killing of Soleimani, or the invasion?",
            ("Trump ordering the killing of Soleimani", "the invasion"),
            True,
            "first",
        ),
        ("Which happened most recently: the signing or the 2022 invasion?",
         ("the signing", "the 2022 invasion"), False, "most recently"),
        ("Which was later — the visit or the warning?", ("the visit", "the warning"), False, "later"),
    ],
)  # fmt: skip
def test_a_question_on_which_came_first_names_its_two_events(
    question: str, events: tuple[str, str], earliest: bool, when: str
) -> None:
    assert order_asked(question) == OrderAsked(events, earliest=earliest, when=when)


@pytest.mark.parametrize(
    "question",
    [
        "Which came first?",
        "What came of the talks or the visit?",
        "Which drones came first to Russia?",
        "Was the treaty signed before or after Trump's return?",
    ],
)
def test_other_questions_ask_no_order(question: str) -> None:
    assert order_asked(question) is None


def test_the_present_of_a_document_is_its_latest_full_date() -> None:
    text = "Talks began in March 2023. They met on January 17, 2025. In 2020, he ordered it."
    assert present(text) == ARTICLE_DAY
    assert present("In 2020, Trump ordered the strike.") is None
    assert present("They met on 3 February 2024 and on January 17, 2025.") == ARTICLE_DAY


def test_a_publication_date_is_read_from_metadata_when_it_is_one() -> None:
    assert published_date("2025-01-17") == ARTICLE_DAY
    assert published_date("2025-01-17T09:30:00Z") == ARTICLE_DAY
    assert published_date("") is None
    assert published_date("last week") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2020, Trump ordered the assassination.", [Period(date(2020, 1, 1), date(2020, 12, 31))]),
        ("Since the invasion of Ukraine in February 2022, …", [Period(date(2022, 2, 1), date(2022, 2, 28))]),
        ("They meet in Moscow on January 17, 2025.", [Period(ARTICLE_DAY, ARTICLE_DAY)]),
        ("Last year, Trump warned the US would act.", [Period(date(2024, 1, 1), date(2024, 12, 31))]),
        ("Lavrov said on Tuesday.", [Period(date(2025, 1, 14), date(2025, 1, 14))]),
        ("At a news conference on Friday, Putin praised it.", [Period(ARTICLE_DAY, ARTICLE_DAY)]),
        ("Negotiations for the new treaty have taken years.", []),
    ],
)  # fmt: skip
def test_a_sentence_gives_its_times_as_periods_read_against_the_present(
    text: str, expected: list[Period]
) -> None:
    assert periods(text, ARTICLE_DAY) == expected


def test_relative_times_are_skipped_without_a_present() -> None:
    assert periods("Last year, Trump warned …; Lavrov said on Tuesday.", None) == []
    assert years("Last year, Trump warned …", ARTICLE_DAY) == {2024}
    assert years("Last year, Trump warned …", None) == set()


def test_a_sentence_that_points_back_borrows_the_time_of_the_one_before() -> None:
    before = "Pezeshkian’s visit to Russia comes after Tehran faced several setbacks last year."
    these = "These included a Syrian opposition offensive that toppled President Bashar al-Assad."
    assert dated(these, before, ARTICLE_DAY) == (Period(date(2024, 1, 1), date(2024, 12, 31)), True)
    # Not a sentence that does not point back, nor one that gives two times.
    assert dated("Assad was toppled.", before, ARTICLE_DAY) is None
    assert dated("In 2020 and in 2022 it was renewed.", "", ARTICLE_DAY) is None


def test_two_events_are_put_in_order_only_when_their_times_do_not_overlap() -> None:
    first = OrderAsked(("a", "b"), earliest=True, when="first")
    last = OrderAsked(("a", "b"), earliest=False, when="last")
    in_2020 = Period(date(2020, 1, 1), date(2020, 12, 31))
    in_feb_2022 = Period(date(2022, 2, 1), date(2022, 2, 28))
    in_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
    assert first_of(first, (in_2020, in_feb_2022)) == 0
    assert first_of(first, (in_feb_2022, in_2020)) == 1
    assert first_of(last, (in_2020, in_feb_2022)) == 1
    assert first_of(first, (in_2022, in_feb_2022)) is None


def test_a_sentence_tells_of_an_event_when_it_names_its_names_and_half_its_words() -> None:
    ordered = "In 2020, Trump ordered the assassination of Qasem Soleimani in a US drone strike."
    assert tells_of("the US killing of Qasem Soleimani", ordered)
    assert not tells_of("Trump's return to power", ordered)  # his name, none of the deed
    assert not tells_of("Lavrov's remarks on the treaty", ordered)


def test_the_deal_tells_nothing_of_when_and_remarks_are_told_by_someone_saying() -> None:
    lavrov = (
        "“The treaty … is constructive,” Russian Foreign Minister Sergei Lavrov said on Tuesday."
    )
    assert not tells_of("the signing of the treaty", lavrov)
    assert tells_of("Lavrov's remarks on the treaty", lavrov)
    assert tells_of("Lavrov's comments", lavrov)


def test_a_year_the_event_names_itself_does_not_date_it() -> None:
    old = "The framework is based on a 2001 agreement that has been periodically renewed."
    assert dated(old, "", ARTICLE_DAY, "the 2001 agreement's last renewal") is None
    invasion = "Since Russia’s invasion of Ukraine in February 2022, Moscow has viewed Iran …"
    february = Period(date(2022, 2, 1), date(2022, 2, 28))
    assert dated(invasion, "", ARTICLE_DAY, "the 2022 invasion") == (february, False)


def test_a_year_the_event_names_is_its_time_not_a_deed_to_be_told() -> None:
    assert tells_of("the new treaty signed in 2025", "The treaty was signed just days before.")


def test_asked_how_long_between_an_event_is_dated_by_the_year_it_names_when_the_sources_agree() -> (
    None
):
    agreement = "The current framework is based on a 2001 agreement that has been renewed."
    assert dated_as_asked(agreement, "", ARTICLE_DAY, "the 2001 agreement") == (
        Period(date(2001, 1, 1), date(2001, 12, 31)),
        False,
    )
    # A year the sources give otherwise, or that is not the document's own, dates nothing.
    assert dated_as_asked(agreement, "", ARTICLE_DAY, "the 1998 agreement") is None
    signed = "The treaty was signed just days before Trump’s return to power."
    assert dated_as_asked(signed, "", ARTICLE_DAY, "the treaty signed in 2025") == (
        Period(date(2025, 1, 1), date(2025, 12, 31)),
        False,
    )
    assert dated_as_asked(signed, "", ARTICLE_DAY, "the treaty signed in 2023") is None


def test_a_deed_told_as_just_done_is_dated_by_the_documents_present() -> None:
    text = "Pezeshkian and Putin have signed a cooperation pact."
    assert dated_as_asked(text, "", ARTICLE_DAY, "the treaty signing") == (
        Period(ARTICLE_DAY, ARTICLE_DAY),
        False,
    )
    # Not another deed, and not without a present.
    assert dated_as_asked(text, "", ARTICLE_DAY, "the invasion") is None
    assert dated_as_asked(text, "", None, "the treaty signing") is None
    # The order of two events is not read this way: "dated" still needs a time.
    assert dated(text, "", ARTICLE_DAY, "the treaty signing") is None
