"""Content terms and the share of a question's terms a text covers."""

from __future__ import annotations

import pytest

from qa.terms import coverage, one_slip, terms
from qa.terms import covered as term_covered

IDF = {"envoy": 2.0, "ambassador": 2.0, "minister": 2.0, "iran": 1.0, "moscow": 1.0}


def covered(question: str, text: str) -> float:
    return coverage(terms(question), set(terms(text)), IDF)


def test_a_term_is_covered_by_the_same_word_in_another_form() -> None:
    assert covered("Which envoys spoke?", "The envoy spoke.") == 1.0


def test_a_term_is_covered_by_the_word_news_writing_uses_for_it() -> None:
    # The article's "ambassador" is the question's "envoy"; its "news conference" is
    # where the question's reporters were; its "negotiations" the question's talks.
    assert covered("Who is the envoy?", "Iranian Ambassador to Russia") == 1.0
    assert covered("reporters", "At a joint news conference") == 1.0
    assert covered("the talks", "Negotiations have taken years.") == 1.0
    assert covered("Moscow's top diplomat", "Russian Foreign Minister Sergei Lavrov") > 0


def test_a_treaty_is_a_deal_a_pact_an_agreement_and_an_accord() -> None:
    assert covered("the accord", "The treaty was signed.") == 1.0
    assert covered("the treaty", "Putin praised the deal.") == 1.0
    assert covered("the pact", "a 2001 agreement") == 1.0


def test_made_public_is_answered_by_undisclosed_and_details_by_specifics() -> None:
    assert covered("public", "the specifics remain undisclosed") == 1.0
    assert covered("revealed", "the specifics remain undisclosed") == 1.0
    assert covered("the details", "the specifics remain undisclosed") == 1.0


def test_published_or_released_is_answered_by_undisclosed() -> None:
    assert covered("published", "the specifics remain undisclosed") == 1.0
    assert covered("released", "the specifics remain undisclosed") == 1.0


def test_an_invasion_tells_of_invading_and_an_assault() -> None:
    text = "Since Russia’s invasion of Ukraine in February 2022"
    assert covered("invaded", text) == 1.0
    assert covered("assault", text) == 1.0
    assert covered("attacked", text) == 0.0  # an attack is not always an invasion


def test_an_arrangement_between_countries_is_an_agreement() -> None:
    assert covered("the old arrangement", "based on a 2001 agreement") == 0.5  # "old" is not
    assert covered("arrangement", "The current framework") == 1.0


def test_what_alarms_people_worries_them() -> None:
    text = "a move that has alarmed Western officials"
    assert covered("worrying", text) == 1.0
    assert covered("concerned", text) == 1.0


def test_penalties_are_sanctions_and_a_reaction_a_response() -> None:
    text = "Both countries have increased their trade in response to Western sanctions."
    assert covered("penalties", text) == 1.0
    assert covered("How did they react?", text) == 1.0


def test_to_boost_ties_is_to_enhance_relations() -> None:
    text = "The treaty will enhance the relations between Tehran and Moscow."
    assert covered("boost ties", text) == 1.0
    assert covered("bolster the relationship", text) == 1.0


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        ("ambasador", "ambassador", True),  # a letter dropped
        ("sanctoin", "sanction", True),  # two swapped
        ("treatie", "treaties", True),
        ("ambassador", "ambassador", False),  # the same word is no slip
        ("ambasadr", "ambassador", False),  # two letters dropped
        ("mbassador", "ambassador", False),  # the first letter differs
    ],
)
def test_one_slip_is_one_letter_added_dropped_changed_or_swapped(
    a: str, b: str, slip: bool
) -> None:
    assert one_slip(a, b) is slip


def test_a_misspelt_long_word_is_covered_by_the_word_it_misspells() -> None:
    assert covered("irans ambasador", "Iranian Ambassador to Russia Kazem Jalali") > 0.4
    assert covered("ambasador", "Iranian Ambassador") == 1.0
    assert covered("trace", "trade") == 0.0  # too short to guess at


def test_states_nations_and_governments_are_countries() -> None:
    text = "The framework between the two countries is based on a 2001 agreement."
    assert covered("the 2 governments", text) == 1.0
    assert covered("the two states", text) == 1.0


def test_the_equivalence_runs_one_way() -> None:
    # A top diplomat may be a minister; a minister is not an ambassador.
    assert covered("minister", "Iranian Ambassador to Russia Kazem Jalali") == 0.0
    assert covered("Who is Iran's foreign minister?", "the ambassador of Iran") < 1.0


def test_negotiating_is_covered_by_negotiations_and_back() -> None:
    assert term_covered(terms("negotiate")[0], set(terms("Negotiations took years")))
    assert term_covered(terms("negotiations")[0], set(terms("They negotiated for years")))
    assert not term_covered(terms("negotiate")[0], set(terms("They signed it")))


@pytest.mark.parametrize(
    ("term", "text", "expected"),
    [
        ("scar", "a move that has alarmed Western officials", True),
        ("friend", "Moscow has viewed Iran as a key strategic partner", True),
        ("country", "who see both nations as destabilising forces", False),  # "which country"
        ("bad", "Tehran faced several foreign policy setbacks", True),
        ("know", "though the specifics remain undisclosed", True),
        ("giv", "Iran has already provided Russia with drones", False),  # "the article gives"
        ("send", "Iran has already provided Russia with drones", True),
        ("attack", "Since Russia's invasion of Ukraine", False),  # read as invading first
    ],
)
def test_plain_words_are_covered_by_the_news_words_for_them(
    term: str, text: str, expected: bool
) -> None:
    assert term_covered(term, set(terms(text))) is expected


@pytest.mark.parametrize(
    ("asked", "told"),
    [
        ("eliminated", "ordered the assassination of"),
        ("removed from power", "an offensive that toppled"),
        ("degraded", "the weakening of the group"),
        ("conflict", "after a war with Israel"),
        ("duration", "expected to remain in force"),
    ],
)
def test_an_analysts_words_are_covered_by_the_plain_ones(asked: str, told: str) -> None:
    assert term_covered(terms(asked)[0], set(terms(told)))


def test_a_signatory_and_a_distributor_are_told_of_by_their_deeds() -> None:
    assert covered("signatory", "Pezeshkian and Putin have signed a cooperation pact") == 1.0
    assert covered("signatories", "the treaty was signed") == 1.0
    assert covered("distributor", "pool photograph distributed by Sputnik") == 1.0
    # One way: a signing does not tell of a signatory's other deeds.
    assert covered("distributor", "the treaty was signed") == 0.0
