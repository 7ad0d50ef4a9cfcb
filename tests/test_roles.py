"""Whose office a question asks about (qa/roles.py)."""

from __future__ import annotations

import pytest

from qa.roles import Office, offices, other_office

LAVROV = "“The treaty … is constructive,” Russian Foreign Minister Sergei Lavrov said."
JALALI = "TASS reported, citing Iranian Ambassador to Russia Kazem Jalali."
ASSAD = "An offensive toppled President Bashar al-Assad, a key Russian and Iranian ally."
PRESIDENTS = "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin signed it."
OFFICIALS = "Iranian and Russian officials said the treaty covers trade."
US = "The US president-elect has threatened swift military action."


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (LAVROV, [Office("foreign minister", "russ")]),
        (JALALI, [Office("ambassador", "iran")]),
        ("Who is Iran's foreign minister?", [Office("foreign minister", "iran")]),
        ("Who is the foreign minister of Iran?", [Office("foreign minister", "iran")]),
        # A portfolio spelt out is the same office.
        ("Who is the minister of foreign affairs of Iran?", [Office("foreign minister", "iran")]),
        ("Who is Russia's Minister for Defence?", [Office("defence minister", "russ")]),
        ("Who is the Chinese president?", [Office("president", "chin")]),
        (US, [Office("president", "amer")]),
        (ASSAD, [Office("president", "")]),
        ("The leaders met.", []),
        (
            "Iranian and Russian officials said it covers trade.",
            [Office("official", "iran"), Office("official", "russ")],
        ),
    ],
)
def test_offices_are_tied_to_the_country_named_before_or_after_them(
    text: str, found: list[Office]
) -> None:
    assert offices(text) == found


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Who is Russia's president?", "Russian President Vladimir Putin"),
        ("Who is Syria's president?", "Syrian President Bashar al-Assad"),
        ("Who is China's president?", "Chinese President Xi Jinping"),
        ("Who is Israel's envoy?", "Israeli envoy Danny Danon"),
        ("Who is the Iranian president?", "the president of Iran, Masoud Pezeshkian"),
    ],
)
def test_a_demonym_and_its_country_are_the_same_owner(question: str, text: str) -> None:
    assert not other_office(question, [text])


def test_iran_and_iraq_are_different_owners() -> None:
    assert offices("Iran's president")[0].owner != offices("Iraq's president")[0].owner


@pytest.mark.parametrize(
    "question",
    [
        "Who is Iran’s foreign minister?",
        "What did the foreign minister of Iran say?",
        "Who is Russia's ambassador to Iran?",
        "Which Chinese officials were there?",
        "Which North Korean official co-signed it?",  # one official asks about officials
        "Who is the minister of foreign affairs of Iran which came to Moscow?",
        "Which Iranian ministers came along?",  # a plural office
        "Who is Moscow's ambassador to Iran?",  # a capital owns its country's offices
    ],
)
def test_another_countrys_office_does_not_answer(question: str) -> None:
    assert other_office(question, [LAVROV, JALALI, PRESIDENTS, OFFICIALS])


@pytest.mark.parametrize(
    "question",
    [
        "Who is Russia's foreign minister?",
        "Who is Iran's ambassador to Russia?",
        "Who is the foreign minister?",  # no country asked
        "Which Syrian president was toppled?",  # the text does not say whose president Assad was
        "Who is the American president-elect?",
        "Who is Iran's defence minister?",  # no text names that office: other checks decide
        "What did Russian officials say?",  # "Iranian and Russian officials"
        "Who is Tehran's ambassador in Moscow?",  # Tehran's is Iran's
        "What did the Kremlin officials say?",  # the Kremlin's are Russia's
        "What was China's official reaction?",  # an adjective, no office
        "Whose officials say Moscow has used Iranian drones?",  # "whose" is no country
    ],
)
def test_the_same_countrys_office_or_an_unowned_one_may_answer(question: str) -> None:
    assert not other_office(question, [LAVROV, JALALI, ASSAD, PRESIDENTS, US, OFFICIALS])


def test_a_holder_is_named_by_name_with_the_office_and_country_asked() -> None:
    from qa.roles import names_holder

    assert names_holder("Who is the president of Iran?", PRESIDENTS)
    # A country's leader (or boss) is its president; the supreme leader is not.
    assert names_holder("Who is the leader of Iran?", PRESIDENTS)
    assert not names_holder("Who is the supreme leader of Iran?", PRESIDENTS)
    # An office whose country the text does not say, or a group named by no name.
    assert not names_holder("Who is Iran's president?", ASSAD)
    assert not names_holder("Who is the leader of Iran?", "Iranian and Russian leaders met.")
    assert names_holder("Who is the foreign minister of Russia?", LAVROV)
    assert not names_holder("Who is the foreign minister of Russia?", JALALI)
    assert not names_holder("Who signed it?", PRESIDENTS)  # no office asked


def test_an_office_of_a_kind_no_text_names_is_unnamed() -> None:
    from qa.roles import unnamed_office

    assert unnamed_office("Who is the supreme leader of Iran?", [PRESIDENTS]) == "supreme leader"
    assert unnamed_office("Who is Iran's defence minister?", [LAVROV]) == "defence minister"
    # Named, if another country's: that is `other_office`'s to say.
    assert unnamed_office("Who is Iran's foreign minister?", [LAVROV]) is None
    assert unnamed_office("Who is Iran's president?", [ASSAD]) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is president of Ukraine?", True),
        ("Who is Iran's ambassador to Russia?", True),
        ("Who is the leader of Iran?", True),
        # More is said of the person than the office, or no country is asked about.
        ("Who is the Iranian president Putin is cozying up to?", False),
        ("Who is the president?", False),
        ("Who signed the treaty?", False),
    ],
)
def test_who_holds_a_countrys_office_is_asked_by_the_office_alone(
    question: str, expected: bool
) -> None:
    from qa.roles import asks_holder

    assert asks_holder(question) is expected


def test_an_envoy_is_named_by_an_ambassadors_title_and_where_he_serves() -> None:
    from qa.roles import names_holder

    assert names_holder("Who is Iran's envoy in Russia?", JALALI)
    assert names_holder("Who is Iran's ambassador to Russia?", JALALI)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What did Iran's supreme leader say about the pact?", True),
        ("How did the Israeli prime minister react?", True),
        ("What did Putin say about the pact?", False),
        ("Who is Iran's supreme leader?", False),
    ],
)
def test_a_question_may_ask_what_an_offices_holder_said_or_did(question: str, asked: bool) -> None:
    from qa.roles import asks_of_office

    assert asks_of_office(question) is asked


def test_a_chief_negotiator_is_an_office_no_text_names() -> None:
    from qa.roles import unnamed_office

    question = "Who was Iran’s chief negotiator during the years of talks on the new treaty?"
    assert offices(question) == [Office("chief negotiator", "iran")]
    assert unnamed_office(question, [LAVROV, PRESIDENTS]) == "chief negotiator"


def test_another_office_of_the_country_asked_about_is_another_role() -> None:
    from qa.roles import other_role

    question = "How did the Russian president characterise the treaty?"
    assert other_role(question, LAVROV)
    assert not other_role(question, "Putin praised the deal as a “real breakthrough”.")
    assert not other_role(question, PRESIDENTS)
    # Another country's office is `other_office`'s to judge.
    assert not other_role("How did the Iranian president characterise it?", LAVROV)


def test_a_spokesperson_asked_for_must_be_named_as_one() -> None:
    from qa.roles import unnamed_office

    question = "Which Kremlin spokesperson does the article name as the source?"
    assert unnamed_office(question, [LAVROV]) == "spokesperson"
    spokesman = "Kremlin spokesman Dmitry Peskov said the treaty was ready."
    assert unnamed_office(question, [spokesman]) is None


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("Who is the current Secretary-General of the United Nations?", "secretary-general"),
        ("Who is the mayor of Moscow?", "mayor"),
    ],
)
def test_the_office_of_a_body_or_a_city_is_unnamed_by_texts_on_presidents_and_ministers(
    question: str, office: str
) -> None:
    from qa.roles import unnamed_office

    assert unnamed_office(question, [PRESIDENTS, LAVROV, JALALI]) == office
    assert unnamed_office(question, [f"The {office} of the body said so."]) is None
