"""Colloquial English read in the plain words news writing uses."""

from __future__ import annotations

import pytest

from qa.colloquial import plainly


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who was the bloke from Iran who put his name to the deal?",
         "Who was the man from Iran who signed the deal?"),
        ("who inked the pact?", "who signed the pact?"),
        ("Where did they get together for the signing bit?", "Where did they meet for the signing?"),
        ("How long's the thing meant to be good for?", "how long is the thing meant to be valid for?"),
        ("What's the name of the deal Trump binned?", "What is the name of the deal Trump withdrew from?"),
        ("Did the Yanks say owt about it?", "Did the US say anything about it?"),
        ("Which news lot ran the story?", "Which news agency ran the story?"),
        ("What day was the joint press do?", "What day was the joint news conference?"),
        ("What ties did the Kremlin say it'd beef up?", "What ties did the Kremlin say it would strengthen?"),
        ("When did Russia go barging into Ukraine?", "When did Russia invade Ukraine?"),
        ("What year did Trump have Soleimani bumped off?", "What year did Trump have Soleimani killed?"),
        ("Who bumped Soleimani off?", "Who killed Soleimani?"),
        ("when did trump take the iranian general out", "when did trump kill the iranian general"),
        ("Who was hired to do Trump in?", "Who was hired to kill Trump?"),
        ("What was Soleimani the top dog of?", "What was Soleimani the leader of?"),
        ("What did Beijing have to say about it?", "What did Beijing say about it?"),
        ("What did Zelensky and the Kyiv lot make of it all?",
         "How did Zelensky and the Kyiv officials react to it all?"),
        ("Which Syrian fella got turfed out?", "Which Syrian man was ousted?"),
        ("Why did they bother signing it over in Tehran?", "Why did they sign it in Tehran?"),
        ("What've they called it, in fancy terms?", "What have they called it, officially?"),
        ("Who's been to Moscow?", "Who has been to Moscow?"),
        ("Who's Tehran's main man posted in Moscow?", "Who is Tehran's ambassador in Moscow?"),
        ("What year did Trump have Soleimani knocked off?", "What year did Trump have Soleimani killed?"),
        ("So what'd Zelensky's crew say once it got inked?",
         "So what did Zelensky's officials say once it was signed?"),
        ("Which ministers tagged along with him?", "Which ministers accompanied him?"),
        ("Which head of state executed the treaty?", "Which president signed the treaty?"),
        ("Who is the head of the foreign affairs ministry of Russia?",
         "Who is the foreign minister of Russia?"),
        ("Who is chief of the ministry of defence of Iran?", "Who is defence minister of Iran?"),
        ("Where did the two heads of state meet when the pact was concluded?",
         "Where did the two presidents meet when the pact was signed?"),
        ("How do the contracting parties refer to the instrument?",
         "How do the countries refer to the treaty?"),
        ("Who is boss of Iran?", "Who is leader of Iran?"),
        ("Which US leader came back to power?", "Which US leader returned to power?"),
        ("Has Canberra had a go at the pact, or kept mum?",
         "Has Canberra criticised the pact, or stayed silent?"),
    ],
)  # fmt: skip
def test_colloquial_phrases_are_read_in_plain_words(question: str, expected: str) -> None:
    assert plainly(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who sealed the deal?", "Who signed the deal?"),
        ("When did they put pen to paper on the pact?", "When did they signed the pact?"),
        ("Where'd they hash it out?", "Where did they negotiated it?"),
        ("Did Trump pull out of the nuclear deal?", "Did Trump withdrew from the nuclear deal?"),
        ("Why are they cosying up to Beijing?", "Why are they build closer ties with Beijing?"),
        ("Did the Aussies chime in?", "Did the Australians comment?"),
        ("What did Putin reckon?", "What did Putin think?"),
        ("Which lot in Lebanon got hit?", "Which group in Lebanon got hit?"),
        ("Why would they bother to sign?", "Why would they sign?"),
        ("Did the Yanks ramp up sanctions?", "Did the US increase sanctions?"),
    ],
)
def test_the_idiom_is_read_even_where_the_grammar_then_limps(question: str, expected: str) -> None:
    # MiniLM and the rules read words, not grammar: "did they signed" reads as signing.
    assert plainly(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Did they sign it in Moscow?",  # "did … in" with no name to do in
        "Which drones did Iran take out of storage?",  # a take-out with nobody to kill
        "Is the whole lot of it public?",  # "lot" after no name
        "Is it a bit early to tell?",  # "a bit" is no filler
        "What was the deal good for trade?",  # "good for" that asks no duration
        "Who signed the treaty?",
        "Who was executed in Iraq?",  # an execution that signs nothing
        "Which fellow leaders attended?",  # "fellow" is no bloke
    ],
)
def test_plain_questions_are_left_alone(question: str) -> None:
    assert plainly(question) == question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "what stuff are they going to work together on?",
            "what areas are they going to cooperate on?",
        ),
        ("when did russia attack ukraine?", "when did russia invade ukraine?"),
        (
            "Does anybody know everything thats inside the treaty?",
            "Does anybody know the details of the treaty?",
        ),
        # An attack on someone, or by someone unnamed, is left as it is.
        ("What happens if Trump attacks Iran?", "What happens if Trump attacks Iran?"),
        ("Did they attack him?", "Did they attack him?"),
    ],
)
def test_working_together_an_attack_on_a_country_and_all_that_is_inside_a_deal(
    question: str, expected: str
) -> None:
    assert plainly(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the accord officially called?", "What is the treaty officially called?"),
        ("When was the compact signed?", "When was the treaty signed?"),
        ("Did they reach an accord?", "Did they reach a treaty?"),
        (
            "Which state-run wire service relayed the duration?",
            "Which state-run news agency relayed the duration?",
        ),
        (
            "Where did they hold their joint press appearance?",
            "Where did they hold their joint news conference?",
        ),
        (
            "On what day did Moscow's top diplomat comment?",
            "On what day did Moscow's foreign minister comment?",
        ),
        (
            "Why did the Kremlin's foreign affairs chief warn?",
            "Why did the Kremlin's foreign minister warn?",
        ),
    ],
)
def test_other_words_for_the_treaty_an_agency_a_news_conference_and_a_foreign_minister(
    question: str, expected: str
) -> None:
    assert plainly(question) == expected


def test_an_accord_that_names_no_deal_is_left_alone() -> None:
    assert plainly("Is this in accord with the law?") == "Is this in accord with the law?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What is the formal designation of the bilateral instrument?",
            "What is the official name of the treaty?",
        ),
        (
            "What was the venue of the bilateral summit at which the instrument was executed?",
            "where was the meeting at which the treaty was signed?",
        ),
        (
            "Which IRGC commander was eliminated in 2020?",
            "Which Revolutionary Guards commander was eliminated in 2020?",
        ),
        (
            "Which Iran-aligned non-state actor was degraded?",
            "Which Iran-aligned group was degraded?",
        ),
        ("What did the Chinese MFA say?", "What did the Chinese foreign ministry say?"),
        ("Who is the Russian MFA principal quoted?", "Who is the Russian foreign minister quoted?"),
        (
            "Has the substantive content of the instrument been made public?",
            "Has the details of the treaty been made public?",
        ),
    ],
)
def test_an_analysts_words_are_read_plainly(question: str, expected: str) -> None:
    assert plainly(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Who executed the said instrument on behalf of Iran?",
            "Who signed the treaty on behalf of Iran?",
        ),
        (
            "In which year did the then President of the United States order the strike?",
            "In which year did the US President order the strike?",
        ),
        (
            "On the territory of which State was the United States drone strike carried out?",
            "In which country was the United States drone strike carried out?",
        ),
        ("With which States has Putin built ties?", "With which countries has Putin built ties?"),
        ("What did the Foreign Minister of Russia say?", "What did Russia's Foreign Minister say?"),
    ],
)
def test_a_lawyers_words_for_states_and_their_offices_are_read_plainly(
    question: str, expected: str
) -> None:
    assert plainly(question) == expected


@pytest.mark.parametrize(
    "question", ["Which State Duma committee met?", "What did the State Department say?"]
)
def test_a_state_body_is_no_country(question: str) -> None:
    assert plainly(question) == question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How long will the tie-up last?", "How long will the pact last?"),
        ("When was the pact sealed?", "When was the pact signed?"),
        ("Where did they seal the pact?", "Where did they sign the pact?"),
        ("What is the deal officially dubbed?", "What is the deal officially called?"),
        ("Has the Kremlin unveiled the fine print?", "Has the Kremlin disclosed the details?"),
        ("Does it include a mutual-defence vow?", "Does it include a mutual-defence clause?"),
        (
            "Whose White House return came days after the signing?",
            "Whose return to power came days after the signing?",
        ),
    ],
)
def test_a_headlines_words_for_a_deal_are_read_in_plain_words(question: str, expected: str) -> None:
    assert plainly(question) == expected


def test_sealing_something_other_than_a_deal_is_left_alone() -> None:
    assert plainly("Which border crossings were sealed?") == "Which border crossings were sealed?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Whereabouts was Qasem Soleimani killed?", "where was Qasem Soleimani killed?"),
        ("Where at in Iraq was Soleimani killed?", "where in Iraq was Soleimani killed?"),
        ("Whither did Pezeshkian travel?", "where did Pezeshkian travel?"),
        ("Whence did TASS get its information?", "from where did TASS get its information?"),
        (
            "How come Iran and Russia have increased their trade?",
            "why Iran and Russia have increased their trade?",
        ),
        (
            "What for did Trump warn the US would wipe Iran out?",
            "why did Trump warn the US would wipe Iran out?",
        ),
        ("Who all signed the cooperation pact?", "Who signed the cooperation pact?"),
        ("What-all areas does the treaty cover?", "What areas does the treaty cover?"),
        (
            "How long ago did Moscow start viewing Iran as a partner?",
            "when did Moscow start viewing Iran as a partner?",
        ),
        (
            "How much time is the treaty expected to remain in force?",
            "how long is the treaty expected to remain in force?",
        ),
        ("In what manner did Putin describe the deal?", "how did Putin describe the deal?"),
        ("What sort of drones has Iran provided?", "what kind of drones has Iran provided?"),
        (
            "Since when has Kazem Jalali served as Iran's ambassador?",
            "Since when has Kazem Jalali been Iran's ambassador?",
        ),
    ],
)
def test_rare_old_and_informal_question_words_are_read_as_the_common_ones(
    question: str, expected: str
) -> None:
    assert plainly(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # A use is asked, which "why" would hold to a reason.
        "To what end has Moscow used the drones supplied by Iran?",
        "For what purpose Moscow is using the Iranian drones?",
        "Who served as Iran's president before Pezeshkian?",
    ],
)
def test_a_use_asked_and_a_plain_served_as_are_left_alone(question: str) -> None:
    assert plainly(question) == question


def test_how_long_someone_has_served_is_left_as_it_is() -> None:
    question = "How long has Kazem Jalali served as Iran's ambassador to Russia?"
    assert plainly(question) == question
