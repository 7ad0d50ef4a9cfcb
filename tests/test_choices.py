"""The options a quiz question offers, read apart from the question (pure)."""

from __future__ import annotations

import pytest

from qa.choices import (
    Choices,
    chosen_option,
    offered_choices,
    options_first,
    states,
    unsettled_comparison,
)


@pytest.mark.parametrize(
    ("question", "stem", "options"),
    [
        (
            "Which of the following is the Iranian president who signed the pact: "
            "(a) Ebrahim Raisi (b) Masoud Pezeshkian (c) Hassan Rouhani?",
            "Which of the following is the Iranian president who signed the pact?",
            ("Ebrahim Raisi", "Masoud Pezeshkian", "Hassan Rouhani"),
        ),
        (
            "How long is the treaty expected to remain in force: 10 years, 20 years, "
            "25 years or 50 years?",
            "How long is the treaty expected to remain in force?",
            ("10 years", "20 years", "25 years", "50 years"),
        ),
        (
            "How many drones: about 1,000, about 2,000 or more than 5,000?",
            "How many drones?",
            ("about 1,000", "about 2,000", "more than 5,000"),
        ),
        # What follows the question's colon leads into the options.
        (
            "Since when has Moscow viewed Iran as a key partner: since its invasion of "
            "Ukraine in a) March 2014 b) February 2022 c) October 2023?",
            "Since when has Moscow viewed Iran as a key partner?",
            ("March 2014", "February 2022", "October 2023"),
        ),
        (
            "Which Russian official said the treaty is “constructive in nature”: "
            "(A) Dmitry Peskov (B) Sergei Lavrov?",
            "Which Russian official said the treaty is “constructive in nature”?",
            ("Dmitry Peskov", "Sergei Lavrov"),
        ),
        # A yes/no question's two closing alternatives.
        (
            "Did Trump order Soleimani's assassination in 2019 or in 2020?",
            "Did Trump order Soleimani's assassination?",
            ("2019", "2020"),
        ),
        (
            "Is the current framework based on a 2001 agreement or a 2011 one?",
            "Is the current framework based?",
            ("2001", "2011"),
        ),
        (
            "Is the treaty expected to remain in force for 10 years or 20 years?",
            "Is the treaty expected to remain in force?",
            ("10 years", "20 years"),
        ),
        (
            "Does Putin say he challenges US-led “global hegemony” or a “unipolar order”?",
            "Does Putin say he challenges US-led?",
            ("“global hegemony”", "“unipolar order”"),
        ),
        (
            "Did the visit last two days or three days?",
            "Did the visit last?",
            ("two days", "three days"),
        ),
        (
            "Was the treaty signed either in Moscow or in Tehran?",
            "Where was the treaty signed?",
            ("Moscow", "Tehran"),
        ),
        # Places offered after "in" or "at" ask where.
        (
            "Did the signing meeting between the two presidents take place in Tehran or in Moscow?",
            "Where did the signing meeting between the two presidents take place?",
            ("Tehran", "Moscow"),
        ),
        # The leading word belongs to the first alternative when the second has none.
        (
            "Was the treaty signed in Moscow or Tehran?",
            "Where was the treaty signed?",
            ("Moscow", "Tehran"),
        ),
        ("Is the treaty aimed at the US or Israel?", "Is the treaty aimed?", ("the US", "Israel")),
        # "one" stands for what the first alternative names, which does not tell them apart.
        (
            "Was the 20-year duration attributed to a Russian official or to an Iranian one?",
            "Was the 20-year duration attributed?",
            ("Russian", "Iranian"),
        ),
        # Years are no places: the question stays a yes/no one.
        (
            "Did Trump order the strike in 2019 or in 2020?",
            "Did Trump order the strike?",
            ("2019", "2020"),
        ),
        # After a dash, weighed with "even" and "only".
        (
            "How long before Trump's return was it signed — even weeks or only days?",
            "How long before Trump's return was it signed?",
            ("weeks", "days"),
        ),
        # Options after a comma that closes the question.
        (
            "Which agency reported the treaty's term, TASS or Sputnik?",
            "Which agency reported the treaty's term?",
            ("TASS", "Sputnik"),
        ),
        # Options set before the question.
        (
            "Of Putin and Pezeshkian, which leader praised the deal?",
            "Which leader praised the deal?",
            ("Putin", "Pezeshkian"),
        ),
        (
            "Between trade and culture, which area did Pezeshkian single out?",
            "Which area did Pezeshkian single out?",
            ("trade", "culture"),
        ),
        # One word set against another, sharing the words after them.
        (
            "Did Lavrov call the treaty constructive or hostile in nature?",
            "Did Lavrov call the treaty?",
            ("constructive in nature", "hostile in nature"),
        ),
        # An amount compared with a number, set against its other way.
        (
            "Will the treaty last more than 10 years or less?",
            "Will the treaty last?",
            ("more than 10 years", "less than 10 years"),
        ),
        (
            "Will the treaty stay in force for more or less than 25 years?",
            "Will the treaty stay in force for?",
            ("more than 25 years", "less than 25 years"),
        ),
    ],
)
def test_a_question_is_asked_without_the_options_it_offers(
    question: str, stem: str, options: tuple[str, ...]
) -> None:
    choices = offered_choices(question)
    assert choices is not None
    assert (choices.stem, choices.options) == (stem, options)


@pytest.mark.parametrize(
    "question",
    [
        "Quick check: who signed it?",  # a framing lead-in, not options
        "Need the exact figure: how long is it, or is that not stated?",  # asks again
        "Did Putin or Pezeshkian call the deal a breakthrough?",  # no colon, no letters
        "The draft says 50 years: is that right?",
        "Which areas does it cover: trade, security, energy?",  # a list without "or"
        "What did he say (a) about trade?",  # one letter is no list
        "Which countries: (a) Iran (c) Iraq?",  # letters out of order
        "Of the two presidents, which one is Iranian?",  # no options named
        "Which countries, besides Iran, did Putin focus on?",
        "What did Putin say, and when did he say it?",
    ],
)
def test_a_question_that_offers_no_options_is_left_alone(question: str) -> None:
    assert offered_choices(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "Did Trump react, or not?",
        "Has that agreement stayed the same since then, or been updated?",  # one or the other
        "Was it Putin or Lavrov who called the deal a real breakthrough in Moscow?",
        "Who signed it in Moscow or in Tehran?",  # not a yes/no question
        "Did they meet in Moscow or is that not stated?",
    ],
)
def test_a_question_that_ends_with_no_second_alternative_is_left_alone(question: str) -> None:
    assert offered_choices(question) is None


def test_a_question_asking_which_option_is_not_so_is_marked_negated() -> None:
    choices = offered_choices("Which of these did the treaty NOT cover: (a) trade (b) space?")
    assert choices is not None and choices.negated


@pytest.mark.parametrize(
    ("option", "stated"),
    [
        ("January 17, 2025", True),
        ("January 7, 2025", False),  # "7" is not "17"
        ("Bashar al-Assad", True),
        ("Hafez al-Assad", False),
        ("an alleged Iranian plot to kill him succeeded", True),  # "had succeeded"
        ("the Houthis", False),
        ("Shahed", True),  # in curly quotes
        ("Iran's plot", True),  # "Iranian plot"
        ("Iraq", False),
        # An amount set against a number is stated by an amount of its unit on its side.
        ("more than 3 drones", False),  # the sentence counts no drones
    ],
)
def test_an_option_is_stated_when_every_word_of_it_is_in_the_sentence(
    option: str, stated: bool
) -> None:
    sentence = (
        "On January 17, 2025, after President Bashar al-Assad fell, Trump warned of war if "
        "an alleged Iranian plot to kill him had succeeded; Iran sent “Shahed” drones."
    )
    assert states(sentence, option) is stated


def test_the_answer_leads_with_the_one_option_the_evidence_states() -> None:
    choices = Choices("Who?", ("Ebrahim Raisi", "Masoud Pezeshkian"), ("(a)", "(b)"), False)
    assert (
        chosen_option(choices, ["President Masoud Pezeshkian signed."]) == "(b) Masoud Pezeshkian"
    )
    assert chosen_option(choices, ["Nobody signed."]) is None
    both = ["Masoud Pezeshkian met Ebrahim Raisi."]
    assert chosen_option(choices, both) is None
    negated = Choices("Who not?", choices.options, choices.labels, True)
    assert chosen_option(negated, ["President Masoud Pezeshkian signed."]) is None


def test_sentences_that_state_an_option_come_first_in_their_order() -> None:
    ranked = ["Moscow hosted.", "Tehran hosted.", "Nobody else.", "Baku hosted."]
    assert options_first(ranked, ["Tehran", "Baku"], str) == [
        "Tehran hosted.",
        "Baku hosted.",
        "Moscow hosted.",
        "Nobody else.",
    ]


@pytest.mark.parametrize(
    ("option", "stated"),
    [
        ("less than 25 years", True),
        ("more than 25 years", False),
        ("more than 10 years", True),
        ("fewer than 25 months", False),  # no amount of months
        ("longer than 20 years", False),  # 20 is not longer than 20
    ],
)
def test_an_amount_compared_with_a_number_is_stated_by_an_amount_on_its_side(
    option: str, stated: bool
) -> None:
    sentence = "The treaty is expected to remain in force for 20 years, TASS reported."
    assert states(sentence, option) is stated


def test_which_option_is_more_so_is_settled_only_by_a_sentence_that_compares() -> None:
    names_both = "Putin and Pezeshkian met at the Kremlin with their delegations."
    assert unsettled_comparison("Whose delegation at the signing was larger?", names_both)
    assert unsettled_comparison("Who signed first at the ceremony?", names_both)
    assert not unsettled_comparison(
        "Whose delegation was larger?", "Iran's delegation was larger than Russia's."
    )
    # Not a comparison: which option did something.
    assert not unsettled_comparison("Which leader praised the deal?", names_both)
