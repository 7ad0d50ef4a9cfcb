"""What a question takes for granted, checked against the answering sentence."""

from __future__ import annotations

from datetime import date

import pytest

from qa.premises import (
    asked_subject,
    asks_deal_term,
    asks_which_did,
    other_day,
    provision,
    speech_topic,
    unmet_premise,
    unstated_years,
)

TIMING = "The treaty was signed just days before Trump’s return to power."
LAVROV = "“The treaty … is constructive in nature,” Russian Foreign Minister Sergei Lavrov said."
TRADE = "Both countries have increased their trade activities in response to Western sanctions."
THREAT = "The US president-elect has threatened swift military action."
PEZESHKIAN = "Pezeshkian said the two countries were entering a new chapter, especially in trade."
CRUX = "Iranian and Russian officials said the treaty covers trade and military cooperation."


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Why did China sign the treaty?", "China"),
        ("why has Sergei Lavrov praised it?", "Sergei Lavrov"),
        ("Why did Russia and Iran increase their trade?", "Russia and Iran"),
        ("Why did the leaders meet?", None),  # a description, not a name
        ("Why is the timing notable?", None),
        ("When did China sign?", "China"),
        ("On what date will Trump be inaugurated?", "Trump"),
        ("In what year did Trump pull out of the deal?", "Trump"),
        ("When was the treaty signed?", None),  # a description, not a name
        ("In which year Lavrov became foreign minister?", "Lavrov"),  # no auxiliary
        ("Why North Korea has signed this treaty?", "North Korea"),
        ("How was reacting the European Union on this treaty?", "European Union"),
        ("How the European Union reacted to the treaty?", "European Union"),
        ("Why the treaty matters?", None),
        ("What was Zelenskyy's reaction to the treaty?", "Zelenskyy's"),
        ("What was the reaction in Kyiv?", None),
        ("How did Ukraine's government react to the signing?", "Ukraine's"),
        ("How has Washington responded to the treaty?", "Washington"),
        ("How did the West react?", "West"),
        # "outgoing" describes the Biden administration, which is still the one named.
        ("How did the outgoing Biden administration respond to the signing?", "Biden"),
        ("How did Putin describe the deal?", None),  # not a reaction: the sentence says
    ],
)
def test_asked_subject_is_the_name_a_why_question_is_about(
    question: str, subject: str | None
) -> None:
    assert asked_subject(question) == subject


def test_a_why_question_about_someone_the_sentence_never_names_is_unmet() -> None:
    assert unmet_premise("Why did China sign the treaty?", TIMING) == "China"


def test_a_reaction_of_someone_the_sentence_never_names_is_unmet() -> None:
    question = "How did Ukraine's government react to the signing of the treaty?"
    assert unmet_premise(question, TIMING) == "Ukraine's"
    assert unmet_premise(question, "Ukrainian officials condemned the treaty.") is None
    # A reaction in the subject's own words needs no word "react" in them.
    assert unmet_premise("How did Lavrov respond to the signing?", LAVROV) is None


def test_a_reaction_to_something_needs_a_sentence_that_tells_of_that_too() -> None:
    drones = (
        "Iran has already provided Russia with self-detonating “Shahed” drones, which Moscow "
        "has used in its nightly strikes on Ukraine, according to Ukrainian and Western officials."
    )
    question = "How did the Ukrainian government respond to the signing of the treaty?"
    assert unmet_premise(question, drones) == "the signing of the treaty"
    # The deal, or its signing, is told of by any word for either.
    assert unmet_premise(question, "Ukrainian officials condemned the deal.") is None
    strike = "Trump ordered the assassination of Qasem Soleimani, sparking outrage in Iran."
    assert unmet_premise("How did Iran react to the assassination of Soleimani?", strike) is None
    assert unmet_premise("How did Iran react to the sanctions?", strike) == "the sanctions"


def test_specific_terms_of_the_deal_need_a_sentence_on_the_deal_that_names_such_terms() -> None:
    question = "what specific military provisions does it contain?"
    threat = "Trump has threatened swift military action to end the conflicts."
    assert unmet_premise(question, threat) == "the deal"
    areas = "Officials said the treaty covers areas from trade and military cooperation."
    assert unmet_premise(question, areas) == "provision"
    assert unmet_premise(question, "The treaty's military provisions include drills.") is None
    # Not asked for specific ones, the areas it covers answer.
    assert unmet_premise("what military provisions does it contain?", areas) is None


def test_a_duty_the_deal_is_asked_to_lay_on_someone_must_be_stated_as_one() -> None:
    question = "If Trump imposes sanctions, what does the treaty oblige Russia to do in response?"
    assert unmet_premise(question, TRADE) == "a duty"
    assert unmet_premise(question, "The treaty obliges Russia to consult Iran.") is None
    assert unmet_premise("What would the pact require Iran to do?", TRADE) == "a duty"
    # What someone did in response is asked without a duty.
    assert unmet_premise("What have they done in response to sanctions?", TRADE) is None


def test_an_official_reaction_is_a_reaction_of_the_named_subject() -> None:
    assert asked_subject("What was Kyiv’s official reaction to the signing?") == "Kyiv’s"
    assert unmet_premise("What was Kyiv’s official reaction to the signing?", TIMING) == "Kyiv’s"


def test_a_reaction_needs_a_sentence_that_tells_of_one_not_only_the_name() -> None:
    question = "How did Trump react when he heard the treaty had been signed?"
    assert unmet_premise(question, "The treaty was signed days before Trump's return.")
    assert unmet_premise(question, "Trump condemned the treaty.") is None
    assert unmet_premise(question, "Trump said the treaty was a threat.") is None
    iran = "Trump ordered the strike, sparking outrage in Iran."
    assert unmet_premise("How did Iran react to the strike?", iran) is None


def test_the_sentence_before_names_the_subject_only_for_a_sentence_that_points_back() -> None:
    before = "At a news conference in Moscow, Putin praised the deal."
    kremlin = "The Kremlin said the treaty will enhance relations between Tehran and Moscow."
    question = "Why did Putin fly to Tehran to sign the treaty?"
    assert unmet_premise(question, kremlin, before) == "Putin"
    pointing = (
        "He said the treaty will enhance relations between Tehran and Moscow, amid sanctions."
    )
    assert unmet_premise(question, pointing, before) is None


def test_a_country_named_by_its_demonym_meets_the_premise() -> None:
    aims = LAVROV + " It aims to end sanctions."
    assert unmet_premise("Why did Russia sign the treaty?", aims) is None
    assert (
        unmet_premise("Why did China sign it?", "Chinese officials signed it amid sanctions.")
        is None
    )


def test_the_subject_may_be_named_in_the_sentence_before() -> None:
    question = "Why did Trump threaten military action?"
    assert unmet_premise(question, THREAT) == "Trump"
    threat = THREAT.replace("action.", "action to end the conflicts.")
    assert unmet_premise(question, threat, before=TIMING) is None


def test_several_named_subjects_may_be_both_countries() -> None:
    assert unmet_premise("Why did Russia and Iran increase their trade?", TRADE) is None
    assert unmet_premise("Why did Sergei Lavrov increase trade?", TRADE) == "Sergei Lavrov"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("What did Pezeshkian say about the Shahed drones?", ["shah", "dron"]),
        (
            "What did Pezeshkian say about the drones when reporters asked him?",
            ["dron"],
        ),
        ("What did Jalali say about how long the treaty would last?", []),  # a question
        ("What did Pezeshkian say?", []),
        ("What did the Kremlin say about the drones?", ["dron"]),
        ("What did Trump say at the signing ceremony in Moscow?", ["sign", "ceremony"]),
        ("What did Putin say during the visit?", ["visit"]),
        # A second language's word order.
        ("What the treaty says about nuclear weapons?", ["nuclear", "weapon"]),
        ("What is saying the treaty about gas?", ["gas"]),
        # Whether something is so names what the remark must be about.
        (
            "What did Lavrov say about whether the treaty contains a defence clause?",
            ["treaty", "contain", "defenc", "claus"],
        ),
        # A response is a remark about what it responds to.
        ("What did Trump say in response to the signing?", ["sign"]),
        ("What did Trump say reacting to the signing?", ["sign"]),
        # A statement the article is asked to quote from someone is his remark.
        ("What statement does the article quote from Trump about the pact?", ["pact"]),
        ("What words does the article attribute to Putin regarding the drones?", ["dron"]),
    ],
)
def test_speech_topic_is_what_a_remark_is_asked_to_be_about(
    question: str, topic: list[str]
) -> None:
    assert speech_topic(question) == topic


def test_a_remark_on_another_topic_does_not_meet_the_premise() -> None:
    assert unmet_premise("What did Pezeshkian say about the Shahed drones?", PEZESHKIAN)
    # More than half the topic must be named: with "the two countries" read as the pair
    # the title names (as the pipeline reads it, see `qa.pairs`), "Russia" is.
    question = "What did Pezeshkian say about trade with Russia?"
    assert unmet_premise(question, PEZESHKIAN) == "trad russia"
    named = PEZESHKIAN.replace("the two countries", "the two countries, Iran and Russia,")
    assert unmet_premise(question, named) is None


@pytest.mark.parametrize(
    ("question", "what"),
    [
        ("Does the treaty contain a mutual defence clause?", ["mutual", "defenc", "claus"]),
        ("Does the pact cover energy?", ["energy"]),
        ("Will the agreement oblige Russia to help?", ["russia", "help"]),
        ("Does it include trade?", ["trad"]),
        (
            "Does the treaty address the Rasht-Astara railway link?",
            ["rasht-astara", "railway", "link"],
        ),
        ("Does it touch on nuclear cooperation?", ["nuclear", "cooper"]),
        ("Does the treaty say how long it lasts?", []),
        ("Is the treaty in force?", []),
        (
            "Which clause of the treaty obliges Russia to defend Iran?",
            ["russia", "defend", "iran"],
        ),
        ("What provision of the new pact deals with trade?", ["trad"]),
        ("Which article covers energy?", ["energy"]),
        ("Which part of the deal did Putin praise?", []),
        (
            "What limits on uranium enrichment does the new treaty impose on Tehran?",
            ["uranium", "enrichment"],
        ),
        ("What areas does the treaty cover?", []),  # the areas are the answer
        ("does the deal have a mutual defence thing", ["mutual", "defenc", "thing"]),
        ("did they agree anything about a gas pipeline", ["gas", "pipelin"]),
        ("Did the two leaders agree on energy?", ["energy"]),
        ("Did they agree to boost trade?", []),  # an act, not a subject agreed on
        ("what weapons did russia promise to give iran under the new pact", ["weapon"]),
        ("What did Russia promise under the treaty?", []),  # what is the answer
        (
            "which russian fighter jets is iran getting under the treaty",
            ["russian", "fighter", "jet"],
        ),
        (
            "The wording of the mutual defence clause — what must each side do if attacked?",
            ["mutual", "defenc"],
        ),
        ("What is the text of the treaty’s energy provision?", ["energy"]),
        ("What does the treaty’s mutual defence clause oblige them to do?", ["mutual", "defenc"]),
        (
            "What is the length of the North–South transport corridor covered by the treaty?",
            ["north", "south", "transport", "corridor"],
        ),
        ("What areas are covered by the treaty?", []),  # the areas are the answer
        ("Which field did he single out as the focus of the new chapter?", []),  # no deal's part
        # A claim to confirm, and "is there …?".
        ("The treaty includes a mutual defence clause?", ["mutual", "defenc", "claus"]),
        ("The treaty lasts 20 years?", []),  # no deal's part
        ("is there mutual defense clause, iran attacked?", ["mutual", "defens", "iran", "attack"]),
        ("Is there a clause on energy?", ["energy"]),
        ("Are there energy provisions?", ["energy"]),
        ("Is there a date for ratification?", []),  # no deal's part
        # A translation's words and progressive, the parties named before the deal.
        ("Is the document foreseeing mutual military help?", ["mutual", "military", "help"]),
        ("Does the treaty envisage a gas hub?", ["gas", "hub"]),
        (
            "Does the Russia Iran treaty require Russia to defend Iran?",
            ["russia", "defend", "iran"],
        ),
        (
            "Does the Russia-Iran treaty include a mutual defence clause?",
            ["mutual", "defenc", "claus"],
        ),
        # What a named party is asked to do under the deal.
        (
            "Will Russia help Iran build nuclear power plants under the treaty?",
            ["russia", "help", "iran", "build", "nuclear", "power", "plant"],
        ),
        ("Will trade grow under the new pact?", []),  # no party named
        # Notes leave the article out.
        ("Does treaty include a mutual defence clause?", ["mutual", "defenc", "claus"]),
        # A reason asked for a provision takes the provision for granted.
        ("Why does the treaty contain a mutual defence clause?", ["mutual", "defenc", "claus"]),
        ("why the treaty contains a mutual defence clause?", ["mutual", "defenc", "claus"]),
        ("Why did they sign it in Moscow?", []),
    ],
)
def test_provision_is_what_a_deal_is_asked_to_contain(question: str, what: list[str]) -> None:
    assert provision(question) == what


def test_a_deal_is_asked_to_contain_what_the_sentence_mostly_names() -> None:
    assert unmet_premise("Does the treaty include military cooperation?", CRUX) is None
    assert unmet_premise("Does the treaty contain a mutual defence clause?", CRUX)
    # Half is not enough: "nuclear cooperation" is not "military cooperation".
    assert unmet_premise("What does the treaty say about nuclear cooperation?", CRUX)
    assert unmet_premise("Does the treaty include nuclear cooperation?", CRUX)


def test_a_remark_on_the_deal_is_one_on_the_treaty() -> None:
    praised = "Putin praised the deal as a “real breakthrough”."
    assert unmet_premise("What did Putin say about the treaty?", praised) is None


def test_questions_without_a_premise_are_never_unmet() -> None:
    assert unmet_premise("Who signed the treaty?", TIMING) is None
    assert unmet_premise("How long will it last?", TIMING) is None


def test_why_a_speaker_did_what_their_own_words_do_not_say_is_unmet() -> None:
    question = "Why did Lavrov criticise the treaty as a mistake?"
    assert unmet_premise(question, LAVROV) == "criticis treaty mistak"
    # What the quote does say meets it; so does an act the sentence reports, not a quote.
    assert unmet_premise("Why did Lavrov call the treaty constructive?", LAVROV) is None
    criticised = "Lavrov criticised it because it was weak."
    assert unmet_premise("Why did Lavrov criticise it?", criticised) is None


def test_whom_a_speakers_words_are_asked_to_be_about_must_be_in_them() -> None:
    question = "Why did Lavrov say the treaty was constructive against the United States?"
    assert unmet_premise(question, LAVROV) == "united states"
    named = "“The treaty … is constructive for Iran,” Russian Foreign Minister Sergei Lavrov said."
    assert unmet_premise("Why did Lavrov say the treaty was constructive for Iran?", named) is None
    # A demonym names the country.
    assert unmet_premise("Why did Lavrov say the Iranian treaty was constructive?", named) is None


def test_what_someone_is_asked_to_be_obliged_to_do_is_a_provision() -> None:
    question = "Under the treaty, is Russia obliged to come to Iran's defence if Iran is attacked?"
    assert provision(question) == ["com", "iran", "defenc", "iran", "attack"]
    # Each word counts once: a sentence naming Iran twice does not cover half of it.
    assert unmet_premise(question, "Iran’s ally Russia is wary of Iran.")


def test_what_a_party_is_asked_to_have_to_do_or_to_have_agreed_to_is_a_provision() -> None:
    meant = "does the treaty mean Russia has to defend Iran if Iran gets attacked"
    assert provision(meant) == ["defend", "iran", "iran", "get", "attack"]
    agreed = "When did Russia agree to come to Iran's defence — which clause says that?"
    assert provision(agreed) == ["com", "iran", "defenc"]
    lavrov = "The treaty is aimed at strengthening the capabilities of Russia and Iran."
    assert unmet_premise(meant, lavrov) and unmet_premise(agreed, lavrov)


@pytest.mark.parametrize(
    ("question", "sentence", "before", "unstated"),
    [
        ("Who signed the 2001 agreement?", "Putin and Pezeshkian signed a pact.", "", ["2001"]),
        ("What became of the 2001 agreement?", "It is based on a 2001 agreement.", "", []),
        ("And in 2001?", "It has been renewed.", "The 2001 agreement is old.", []),
        ("What happened in 2020 and 2022?", "In 2020, Trump ordered a strike.", "", ["2022"]),
        ("Who signed it?", "Putin and Pezeshkian signed a pact in 2025.", "", []),
    ],
)
def test_a_year_the_question_names_must_be_in_the_sentence_or_the_one_before(
    question: str, sentence: str, before: str, unstated: list[str]
) -> None:
    assert unstated_years(question, sentence, before) == unstated


def test_why_someone_went_to_a_place_the_sentence_never_names_is_unmet() -> None:
    signed = "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin signed."
    visit = "Pezeshkian’s visit to Russia comes after Tehran faced several setbacks."
    # "Iranian President" is no place; "Russia" stands for Moscow.
    assert unmet_premise("why did Putin fly to Tehran for the signing ceremony", signed) == "Tehran"
    assert unmet_premise("Why did Pezeshkian travel to Moscow?", visit) is None
    assert unmet_premise("Why did Pezeshkian travel to Moscow?", signed) == "Moscow"


def test_why_something_happened_in_a_place_the_sentence_does_not_name_is_unmet() -> None:
    strike = (
        "In 2020, Trump ordered the assassination of Qasem Soleimani in a US drone strike in Iraq."
    )
    assert unmet_premise("why did Trump order Soleimani killed in Syria", strike) == "Syria"
    # The place is told; why he ordered it is not.
    assert unmet_premise("Why did Trump order Soleimani killed in Iraq?", strike) == "a reason"


def test_a_named_subject_asked_about_at_a_time_must_be_in_the_sentence() -> None:
    caption = "Putin and Pezeshkian meet at the Kremlin in Moscow on January 17, 2025."
    # The caption dates the meeting; it never names Trump, so it does not date his return.
    assert unmet_premise("On what date will Trump be inaugurated?", caption) == "Trump"
    assert unmet_premise("On what date did Putin and Pezeshkian meet?", caption) is None
    assert unmet_premise("When was the treaty signed?", caption) is None


def test_a_named_subject_asked_about_at_a_time_must_be_told_doing_it() -> None:
    strike = "In 2020, Trump ordered the assassination of Qasem Soleimani."
    # The sentence names Trump, but dates another thing he did.
    assert unmet_premise("When will Trump be inaugurated?", strike) == "inaugurat"
    assert unmet_premise("In what year did Trump order the strike on Soleimani?", strike) is None
    assert unmet_premise("When did Trump return to power?", TIMING) is None
    # Someone asked about remarks is told speaking.
    assert (
        unmet_premise("On which day did Lavrov make those comments?", LAVROV + " on Tuesday")
        is None
    )


def test_a_named_subject_dated_by_his_own_words_must_be_asked_about_speaking() -> None:
    warning = "Last year, Trump warned that the US would wipe Iran off the face of the Earth."
    # He speaks, but the question asks when he did something else.
    assert unmet_premise("In what year did Trump pull the US out of the deal?", warning) == (
        "pull deal"
    )
    assert unmet_premise("When did Trump warn Iran?", warning) is None
    assert unmet_premise("When did Trump say that?", warning) is None


def test_the_names_in_what_a_dated_subject_did_do_not_tell_of_it() -> None:
    # Iran is named, but nothing of a threat is told.
    strike = "In 2020, Trump ordered a drone strike, sparking outrage in Iran."
    assert unmet_premise("When did Trump threaten Iran?", strike) == "threaten"
    # An invasion tells that someone invaded, or launched an assault.
    invasion = "Since Russia’s invasion of Ukraine in February 2022, Moscow has viewed Iran …"
    assert unmet_premise("When did Russia invade Ukraine?", invasion) is None
    assert unmet_premise("When did Moscow launch its assault on Ukraine?", invasion) is None


def test_a_named_subject_asked_about_for_a_time_must_be_told_doing_it() -> None:
    jalali = "The treaty will remain in force for 20 years, citing Iranian Ambassador Kazem Jalali."
    assert unmet_premise("How long has Kazem Jalali served as Iran's ambassador?", jalali) == "serv"
    assert unmet_premise("How long will the treaty remain in force?", jalali) is None


def test_a_thing_asked_about_for_a_time_must_be_named() -> None:
    term = "The treaty is expected to remain in force for 20 years, TASS reported."
    talks = "Negotiations for the new treaty have taken years."
    asked = "Exactly how many years did negotiations on the new treaty last?"
    assert unmet_premise(asked, term) == "negoti"
    assert unmet_premise(asked, talks) is None
    assert unmet_premise("How long did the talks take?", talks) is None  # an equivalent
    # The deal itself, a pronoun or no thing at all asks about whatever is in focus.
    assert unmet_premise("How long will the pact remain in force?", term) is None
    assert unmet_premise("How many years is valid this treaty?", term) is None
    assert unmet_premise("How long is the thing meant to be good for?", term) is None
    assert unmet_premise("How long will it last?", term) is None


def test_talks_asked_when_they_began_must_be_named() -> None:
    old = "The current framework is based on a 2001 agreement that has been renewed."
    talks = "Negotiations for the new treaty began in 2022."
    asked = "In which year did formal negotiations on the new treaty begin?"
    assert unmet_premise(asked, old) == "negoti"
    assert unmet_premise(asked, talks) is None
    assert unmet_premise("What year did the treaty negotiations begin?", old) == "negoti"
    # Not a war, which an invasion dates.
    invasion = "Since Russia’s invasion of Ukraine in February 2022, Moscow has …"
    assert unmet_premise("When did the war in Ukraine begin?", invasion) is None


def test_what_they_did_for_so_long_must_be_told_but_not_a_term_of_force() -> None:
    term = "The treaty is expected to remain in force for 20 years, TASS reported."
    talks = "Negotiations for the new treaty have taken years; they negotiated hard."
    asked = "How many years exactly did they negotiate the treaty?"
    assert unmet_premise(asked, term) == "negotiat"
    assert unmet_premise(asked, talks) is None
    assert unmet_premise("How long will they keep the treaty in force?", term) is None
    assert unmet_premise("How long will they remain bound by it?", term) is None


def test_what_he_underwent_at_a_time_must_be_told_by_the_sentence_that_dates_it() -> None:
    caption = "Putin and Pezeshkian meet at the Kremlin in Moscow on January 17, 2025."
    toppled = "An offensive in December toppled President Bashar al-Assad."
    asked = "In which month does the article say he was toppled?"
    assert unmet_premise(asked, caption) == "toppl"
    assert unmet_premise(asked, toppled) is None
    assert unmet_premise("When was he toppled?", caption) == "toppl"
    # A light verb tells nothing of its own: "make that remark" is dated by a remark.
    lavrov = "“It is constructive,” Lavrov said on Tuesday."
    assert unmet_premise("On which day did he make that remark?", lavrov) is None
    # Nor does speaking: "said" tells it.
    assert unmet_premise("On which day did he speak?", lavrov) is None
    assert unmet_premise("When did he comment?", lavrov) is None


def test_who_led_something_is_told_only_by_a_sentence_that_says_who_led() -> None:
    offensive = (
        "These included a Syrian opposition offensive that toppled Assad and the weakening "
        "of the Hezbollah group."
    )
    asked = "Which group led the Syrian opposition offensive that toppled Assad?"
    assert unmet_premise(asked, offensive) == "who led it"
    assert unmet_premise(asked, "The offensive was led by a rebel group.") is None
    assert unmet_premise("Who leads that group now?", offensive) == "who led it"
    assert unmet_premise("Who is heading Hezbollah these days?", offensive) == "who led it"
    assert unmet_premise("After Assad was toppled, who is now leading Syria?", offensive) == (
        "who led it"
    )
    # "What led to …?" asks a cause, not a leader: this sentence gives none.
    assert unmet_premise("What led to the weakening of Hezbollah?", offensive) == "a reason"


def test_the_us_asked_to_react_must_be_named_with_a_reaction() -> None:
    signed = "The treaty was signed just days before Trump’s return to power."
    assert asked_subject("Did the US say anything about it once it was signed?") == "US"
    assert unmet_premise("Did the US say anything about it once it was signed?", signed) == "US"
    assert unmet_premise("Did the Americans comment on it?", signed) == "Americans"
    assert unmet_premise("Has Canberra criticised the pact?", signed) == "Canberra"
    assert unmet_premise("Has Canberra criticised the pact?", "Canberra criticised it.") is None


def test_words_said_or_quoted_are_a_reaction_only_of_whoever_says_them() -> None:
    ties = (
        "Building closer ties with Iran, China, and North Korea has been a focus of Putin’s "
        "policy as he seeks to challenge what he calls US-led “global hegemony.”"
    )
    asked = "What was North Korea's response to the treaty?"
    assert unmet_premise(asked, ties) == "a reaction"
    assert unmet_premise(asked, "North Korea said the treaty was a model.") is None
    assert unmet_premise("How did Iran react?", "Iranian officials said it was a crime.") is None
    # The possessive name, then "he calls": his words, not North Korea's.
    assert unmet_premise("Does Putin say he seeks to challenge it?", ties) is None


def test_a_denial_or_confirmation_asked_of_someone_must_be_theirs() -> None:
    drones = (
        "Iran has already provided Russia with “Shahed” drones, according to Ukrainian and "
        "Western officials."
    )
    assert unmet_premise("Didn't Iran deny sending Shahed drones?", drones) == "a reaction"
    assert unmet_premise("Has Iran confirmed it sent drones?", drones) == "a reaction"
    assert unmet_premise("Did Iran deny it?", "Iranian officials denied it.") is None
    # A reaction done, not said, is the subject's wherever the sentence names it.
    assert unmet_premise("How did Iran react?", "The strike sparked outrage in Iran.") is None


def test_one_capitalised_word_after_the_is_a_subject_unless_it_owns_something() -> None:
    assert asked_subject("How did the Israeli government respond to the treaty?") == "Israeli"
    assert asked_subject("Did the US say anything about it?") == "US"
    assert asked_subject("Why has the Kremlin's tilt toward Tehran worried the West?") is None


def test_a_deal_asked_to_commit_someone_must_say_so() -> None:
    partner = "Since Russia’s invasion of Ukraine, Moscow has viewed Iran as a key partner."
    asked = "Does it actually commit Russia to defend Iran if Iran is attacked?"
    assert provision(asked) == ["russia", "defend", "iran", "iran", "attack"]
    assert unmet_premise(asked, partner) is not None


def test_another_deal_than_the_new_treaty_must_be_the_one_the_sentence_is_about() -> None:
    meeting = "At a joint news conference in Moscow on Friday, Putin praised the deal."
    framework = "The current framework is based on a 2001 agreement, periodically renewed."
    relief = "Trump withdrew from a multinational deal that gave Iran sanctions relief."
    named = "Officials said the “comprehensive strategic partnership treaty” covers trade."
    assert unmet_premise("In which city did they sign the old agreement?", meeting)
    assert unmet_premise("In which city did they sign the old agreement?", framework) is None
    asked = "What was the name of the multinational deal that gave Iran sanctions relief?"
    assert unmet_premise(asked, named) == "the multinational deal"
    assert unmet_premise(asked, relief) is None
    # The new treaty is no other deal.
    assert unmet_premise("In which city did they sign the new treaty?", meeting) is None


def test_a_year_in_the_sentence_tells_the_year_asked_about() -> None:
    framework = "The current framework is based on a 2001 agreement that has been renewed."
    question = "What does the article say about the year of the agreement?"
    assert unmet_premise(question, framework) is None
    assert unmet_premise(question, "The framework is based on an agreement.") == "year agreement"


def test_an_office_tells_nothing_of_what_its_holder_did() -> None:
    signed = "Iranian President Masoud Pezeshkian and Putin signed a pact on Friday."
    assert unmet_premise("When did Pezeshkian become president?", signed) == "becom"
    assert unmet_premise("When did President Pezeshkian sign the pact?", signed) is None


def test_what_a_name_is_asked_of_must_be_what_the_sentence_names() -> None:
    named = "Officials said the “comprehensive strategic partnership treaty” covers trade."
    # Unmet twice over: another deal than the sentence's, and one it never ties to Trump.
    assert unmet_premise("What was that nuclear deal Trump ditched called?", named)
    assert unmet_premise("What was that deal Trump ditched called?", named) == "trump"
    assert unmet_premise("What is the name of the deal Trump left?", named) == "trump"
    assert unmet_premise("What's the name of the deal Trump left?", named) == "trump"
    assert unmet_premise("What is the treaty called?", named) is None
    assert unmet_premise("What is the official name of the Russian deal?", named) is None
    # Only a name is asked of: "What is the photographer credit on the Kremlin photo?"
    assert unmet_premise("What is the credit on the Kremlin photo?", named) is None


def test_a_why_question_about_a_place_needs_the_place_whoever_it_asks_about() -> None:
    # No named subject ("they"): the place still has to be in the sentence.
    assert unmet_premise("why did they sign it in Saint Petersburg?", TIMING) == "Saint Petersburg"
    assert (
        unmet_premise("Why did they meet in Moscow?", "They met in Moscow in order to sign it.")
        is None
    )


def test_a_killing_is_told_by_an_assassination() -> None:
    strike = "In 2020, Trump ordered the assassination of Qasem Soleimani in a US drone strike."
    assert unmet_premise("what year was Qasem Soleimani killed", strike) is None


def test_what_someone_is_asked_to_have_undergone_must_be_told() -> None:
    strike = "In 2020, Trump ordered the assassination of Qasem Soleimani in a drone strike."
    assert unmet_premise("Who was arrested for the plot against Trump?", strike) == "arrest"
    assert unmet_premise("Who was killed in the drone strike?", strike) is None
    # Being quoted is told by the words themselves.
    assert unmet_premise("Who is quoted on the treaty?", LAVROV) is None
    # "Which Hezbollah leader was killed?" asks as much; ousting is toppling.
    setbacks = "An offensive toppled Bashar al-Assad, and Hezbollah was weakened by a war."
    assert unmet_premise("Which Hezbollah leader was killed in the war?", setbacks) == "kill"
    assert unmet_premise("Which Syrian leader got booted out?", setbacks) is None
    assert unmet_premise("Which president was ousted?", setbacks) is None
    # What a country is asked to have done, as much; supplying is providing.
    drones = "Iran has already provided Russia with self-detonating “Shahed” drones."
    assert unmet_premise("Which country mediated the talks?", drones) == "mediat"
    assert unmet_premise("Which country supplied drones to Russia?", drones) is None


def test_a_measure_asked_of_something_must_be_named() -> None:
    drones = "Iran has provided Russia with Shahed drones, used in strikes on Ukraine."
    assert unmet_premise("What is the range of the Shahed drones?", drones) == "rang"
    assert (
        unmet_premise("What is the range of the drones?", "They fly a range of 2,000 km.") is None
    )


def test_a_why_question_needs_a_sentence_that_gives_a_reason() -> None:
    taken = "Negotiations for the new treaty have taken years."
    assert unmet_premise("Why did negotiations drag on for years?", taken) == "a reason"
    strike = "In 2020, Trump ordered the assassination of Soleimani, sparking outrage in Iran."
    assert unmet_premise("Why did Trump order the killing of Soleimani?", strike) == "a reason"
    assert unmet_premise("Why have they increased their trade?", TRADE) is None  # in response to
    warning = "Trump warned that the US would wipe out Iran if a plot had succeeded."
    assert unmet_premise("Why did Trump warn Iran?", warning) is None  # a condition


@pytest.mark.parametrize(
    ("question", "what"),
    [
        ("What specific mutual defence obligations does the treaty impose?", ["mutual", "defenc"]),
        ("What energy projects, such as gas pipelines, will the treaty launch?",
         ["energy", "gas", "pipelin"]),
        ("How does the treaty address Iran's nuclear programme?", ["nuclear", "programm"]),
        # "it", a part of "Who signed the treaty and what … does it contain?"
        ("what specific military provisions does it contain?", ["military"]),
        ("Which specific energy projects does the treaty set out?", ["energy"]),
        ("What areas does the treaty cover?", []),  # asks for the areas
    ],
)  # fmt: skip
def test_what_the_deals_terms_are_asked_to_be_about_is_a_provision(
    question: str, what: list[str]
) -> None:
    assert provision(question) == what


def test_names_in_what_someone_is_asked_to_have_said_must_be_in_his_words() -> None:
    question = "What did Pezeshkian say about how Trump's return would affect relations?"
    assert unmet_premise(question, PEZESHKIAN) == "trump"
    assert unmet_premise("What did Pezeshkian say about how trade would grow?", PEZESHKIAN) is None


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("Where are the instruments of ratification to be exchanged?", "ratification"),
        ("Which body is the depositary of the treaty?", "depositary"),
        ("What period of notice must a party give to end it?", "notice"),
        ("On what date did the treaty enter into force?", "enter into force"),
        ("For how many years is the treaty extended upon expiry?", "extended"),
    ],
)
def test_a_procedure_of_treaty_law_must_be_named_to_be_told(question: str, missing: str) -> None:
    lasts = "The treaty is expected to remain in force for 20 years, TASS reported."
    assert unmet_premise(question, lasts) == missing


def test_a_procedure_the_sentence_names_is_told() -> None:
    renewed = "The framework is based on a 2001 agreement that has been periodically renewed."
    assert unmet_premise("How often has the older accord been extended?", renewed) is None
    lasts = "The treaty is expected to remain in force for 20 years, TASS reported."
    assert unmet_premise("Does it expire after a set number of years?", lasts) is None


def test_an_interval_languages_or_a_countersignature_must_be_named_to_be_told() -> None:
    renewed = "The framework is based on a 2001 agreement that has been periodically renewed."
    assert (
        unmet_premise("At what intervals was the 2001 agreement renewed?", renewed) == "intervals"
    )
    assert (
        unmet_premise("At what intervals was it renewed?", "It is renewed every five years.")
        is None
    )
    signed = "Pezeshkian and Putin have signed a cooperation pact."
    assert unmet_premise("In which languages was the text authenticated?", signed) == "languages"
    assert unmet_premise("Who countersigned the treaty?", signed) == "countersigned"


def test_a_weapon_asked_about_is_not_told_by_a_sentence_on_another() -> None:
    drones = "Iran has already provided Russia with self-detonating “Shahed” drones."
    assert unmet_premise("Did Iran give Russia ballistic missiles?", drones) == "missile"
    assert unmet_premise("Has Iran supplied fighter jets?", drones) == "plane"
    assert unmet_premise("What aircraft has Iran supplied?", drones) is None  # a drone is one
    assert unmet_premise("Did Iran give Russia drones?", drones) is None
    assert unmet_premise("Did Iran send weapons to Russia?", drones) is None
    # An unmanned aircraft is a drone.
    assert unmet_premise("What unmanned aircraft has Tehran handed over?", drones) is None
    assert unmet_premise("Did Iran send Russia UAVs?", drones) is None


def test_what_happens_if_asks_for_what_follows_that_condition() -> None:
    warned = "Trump warned that the US would wipe Iran off the map if a plot to kill him succeeded."
    assert unmet_premise("What happens if Trump attacks Iran?", warned) == "attack"
    assert unmet_premise("What would happen if the plot to kill Trump succeeded?", warned) is None


def test_how_long_named_parties_did_something_must_be_told() -> None:
    lasts = "The treaty between Russia and Iran is expected to remain in force for 20 years."
    talks = "Negotiations for the new treaty have taken years."
    question = "How long did Russia and Iran negotiate the treaty?"
    assert unmet_premise(question, lasts) == "negotiat"
    # The deal's parties, as its document's title names them, negotiated "the new treaty".
    assert unmet_premise(question, talks, parties="Iran and Russia") is None
    assert unmet_premise(question, talks) == "Russia and Iran"
    # What they agreed it would do is the treaty's term, told by any sentence on it.
    assert unmet_premise("How long did Russia and Iran agree the treaty would last?", lasts) is None


def test_when_named_parties_began_talks_must_be_told_by_a_sentence_on_talks() -> None:
    old = "The framework between Russia and Iran is based on a 2001 agreement, often renewed."
    question = "In what year did Russia and Iran begin negotiating the new treaty?"
    assert unmet_premise(question, old) == "negotiat"


def test_when_something_happened_is_told_by_a_sentence_that_mostly_names_it() -> None:
    caption = "Putin and Pezeshkian meet at the Kremlin in Moscow on January 17, 2025."
    plot = "Trump warned the US would act if an alleged Iranian plot to kill him had succeeded."
    question = "On what date did the alleged Iranian plot to kill Trump come to light?"
    assert unmet_premise(question, caption) == "alleg iranian plot kill trump"
    assert unmet_premise(question, plot) is None
    assert unmet_premise("When did the meeting at the Kremlin take place?", caption) is None


def test_a_why_question_may_put_an_adverb_before_its_subject() -> None:
    assert asked_subject("Why also China has signed this treaty?") == "China"
    assert unmet_premise("Why also China has signed this treaty?", LAVROV) == "China"


def test_names_before_a_deal_name_the_deal_not_a_subject() -> None:
    assert asked_subject("When was the Russia Iran treaty signed?") is None
    assert asked_subject("When did Russia and Iran sign it?") == "Russia and Iran"


def test_a_relative_year_states_the_year_it_means_in_the_documents_present() -> None:
    setbacks = "Tehran faced several foreign policy setbacks last year."
    question = "What setbacks did Iran face in 2024?"
    assert unstated_years(question, setbacks, now=date(2025, 1, 17)) == []
    assert unstated_years(question, setbacks, now=date(2026, 3, 1)) == ["2024"]
    assert unstated_years(question, setbacks) == ["2024"]


def test_a_last_or_automatic_renewal_is_not_told_by_a_periodic_one() -> None:
    renewed = "The framework is based on a 2001 agreement that has been periodically renewed."
    assert unmet_premise("When was it last renewed?", renewed) == "last renewed"
    assert unmet_premise("Does the old accord renew automatically?", renewed) == "automatically"
    assert unmet_premise("When was it last renewed?", "It was last renewed in 2020.") is None


def test_whether_someone_said_anything_asks_for_his_words() -> None:
    question = "Has China said anything about the treaty?"
    assert asked_subject(question) == "China"
    assert unmet_premise(question, LAVROV) == "China"
    assert unmet_premise("Did Lavrov say anything about the treaty?", LAVROV) is None


def test_a_retaliation_is_a_reaction_to_be_told() -> None:
    assert unmet_premise("How did Iran retaliate?", THREAT + " Iran was named.") == "a reaction"


def test_whether_a_named_subject_did_something_needs_a_sentence_that_tells_of_it() -> None:
    question = "Did Trump cancel the treaty after he became president again?"
    assert unmet_premise(question, TIMING) == "cancel becam"
    ties = "Building closer ties with Iran, China, and North Korea has been a focus of Putin."
    assert unmet_premise("Will China join the treaty too?", ties) == "join"
    drones = "Iran has already provided Russia with self-detonating “Shahed” drones."
    assert unmet_premise("Did Iran give Russia drones?", drones) is None
    # Whom it is asked of, and with whom, must be named too; a capital is its country.
    assert unmet_premise("Did Washington impose new sanctions on them?", TRADE) == "Washington"
    signed = "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin signed it."
    assert (
        unmet_premise("Has Putin signed a similar pact with North Korea?", signed) == "north korea"
    )
    assert unmet_premise("Did Lavrov say the treaty was constructive?", LAVROV) is None


def test_what_they_promised_to_do_is_a_provision_to_be_told() -> None:
    setbacks = (
        "These included a Syrian opposition offensive that toppled President Bashar al-Assad."
    )
    question = "Did they promise to fight together if someone attacks them?"
    assert unmet_premise(question, setbacks) == "fight together someon attack"


def test_a_condition_gives_no_reason_for_what_it_is_not_the_condition_of() -> None:
    warned = (
        "Last year, Trump warned that the US would “wipe [Iran] off the face of the Earth” if an "
        "alleged Iranian plot to kill him had succeeded."
    )
    assert unmet_premise("Why did Iran want to kill Trump?", warned) == "a reason"
    assert unmet_premise("Why did Trump warn Iran?", warned) is None


def test_what_a_deal_says_is_told_only_by_a_sentence_in_which_it_says_something() -> None:
    old = "The framework is based on a 2001 agreement that has been periodically renewed."
    question = "What did the 2001 agreement between Russia and Iran say?"
    assert unmet_premise(question, old) == "what the deal says"
    deal = "Trump withdrew from a multinational deal that provided Iran with sanctions relief."
    assert unmet_premise("What did the multinational deal provide?", deal) is None
    assert unmet_premise("What does the new treaty cover?", CRUX) is None
    talks = "Negotiations for the new treaty have taken years."
    assert unmet_premise("What does the new treaty cover?", talks) == "what the deal says"


def test_what_is_asked_to_be_in_the_deal_is_a_provision() -> None:
    areas = "The leaders said they would intensify cooperation in politics, trade and energy."
    assert unmet_premise("Are there any specific oil or gas projects in it?", areas) is not None
    assert unmet_premise("Is there anything about energy in the treaty?", areas) is None


def test_people_asked_for_by_what_they_did_must_be_told_doing_it() -> None:
    question = "List the ministers who attended the treaty signing ceremony in Moscow."
    assert unmet_premise(question, LAVROV) == "attend"
    criticised = "Which countries other than Western ones criticised the signing of the treaty?"
    assert unmet_premise(criticised, LAVROV) == "criticis"


def test_other_countries_must_be_named_beyond_those_the_question_names() -> None:
    signed = "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin signed it."
    question = "Name the three other countries that signed the treaty alongside Russia and Iran."
    assert unmet_premise(question, signed) == "other countries"
    ties = "Building closer ties with Iran, China, and North Korea has been a focus of Putin."
    assert unmet_premise("Which other countries has Russia sought ties with?", ties) is None


def test_a_question_about_what_is_not_so_needs_a_sentence_that_says_what_is_not() -> None:
    assert (
        unmet_premise("What did Lavrov say the treaty is not aimed against?", LAVROV)
        == "what is not so"
    )
    undisclosed = "The Kremlin said the treaty will enhance relations, though the specifics remain undisclosed."
    assert (
        unmet_premise("What about the treaty has the Kremlin not made public?", undisclosed) is None
    )
    withdrew = "During his first term, Trump withdrew from a multinational deal."
    assert unmet_premise("Which multinational deal did Trump not stay in?", withdrew) is None
    # A claim that comes first is not the question's own negation.
    drones = "Iran has provided Russia with drones, according to Ukrainian and Western officials."
    claim = "It is not Russian officials who say so; according to whom is this claim made?"
    assert unmet_premise(claim, drones) is None


def test_how_many_years_in_total_something_took_must_be_told_of_that_thing() -> None:
    lasts = "The treaty is expected to remain in force for 20 years."
    question = "How many years in total did the negotiations for the new treaty take?"
    assert unmet_premise(question, lasts) == "negoti"


def test_whom_a_phrase_stands_for_is_told_only_by_a_sentence_that_names_them() -> None:
    friends = (
        "“The treaty is aimed at strengthening the capabilities of Russia, Iran, and our friends "
        "in various parts of the world,” Lavrov said."
    )
    for question in (
        "Which countries did he mean by 'our friends'?",
        "Whom exactly did Lavrov mean by 'our friends' in various parts of the world?",
        "He mentioned “our friends” — did he say which countries he meant?",
        "Did Lavrov name any of those friends?",
    ):
        assert unmet_premise(question, friends) == "whom it means"
    named = "Lavrov said the treaty helps our friends, such as China and North Korea."
    assert unmet_premise("Which countries did he mean by 'our friends'?", named) is None
    # What the treaty is meant to do asks its purpose, not what a phrase stands for.
    assert unmet_premise("What is the treaty meant to achieve?", friends) is None


def test_where_a_named_subject_went_needs_a_sentence_that_names_him_and_tells_of_it() -> None:
    setbacks = "Pezeshkian’s visit to Russia comes after Tehran faced several setbacks."
    assert asked_subject("Where did Assad go after his fall?") == "Assad"
    assert unmet_premise("Where did Assad go after his fall?", setbacks) == "Assad"
    strike = "In 2020, Trump ordered the assassination of commander Qasem Soleimani in Iraq."
    assert unmet_premise("Where was Soleimani killed?", strike) is None
    # A name is not named by a word that merely starts like it.
    assert unmet_premise("Where is Assad now?", strike) == "Assad"
    jalali = "TASS reported, citing Iranian Ambassador to Russia Kazem Jalali."
    assert unmet_premise("Where is Jalali posted?", jalali) is None


def test_a_subject_is_named_by_its_adjective_and_a_surname_by_its_particle_form() -> None:
    alarmed = "Moscow's tilt has alarmed Western officials who see both nations as destabilising."
    assert unmet_premise("Why is the West worried about Russia and Iran?", alarmed) is None
    toppled = "These included an offensive that toppled President Bashar al-Assad."
    assert unmet_premise("Was Assad toppled?", toppled) is None


def test_someones_exact_words_are_given_only_in_quotation_marks() -> None:
    question = "What were Pezeshkian’s exact words when he spoke of a new chapter?"
    assert unmet_premise(question, PEZESHKIAN) == "their own words"
    assert unmet_premise("Quote Lavrov verbatim on the treaty.", LAVROV) is None
    assert unmet_premise("What did Pezeshkian say about a new chapter?", PEZESHKIAN) is None


def test_what_a_single_official_is_asked_to_have_done_must_be_told() -> None:
    drones = "Iran has already provided Russia with drones, according to Western officials."
    question = "Which Iranian official denied that Iran had supplied drones to Russia?"
    assert unmet_premise(question, drones) == "deny"
    assert unmet_premise("Which Western officials provided the account?", drones) is None


WITHDREW = (
    "During his first term, Trump withdrew from a multinational deal that provided Iran with "
    "sanctions relief in exchange for nuclear restrictions."
)
SETBACKS = (
    "These included a Syrian opposition offensive that toppled President Bashar al-Assad, a "
    "key Russian and Iranian ally, and the weakening of the Iran-aligned Lebanese armed "
    "Hezbollah group after a war with Israel."
)


def test_a_reason_given_in_a_relative_clause_is_no_reason_for_the_deed_before_it() -> None:
    question = "Why did Trump withdraw from the multinational nuclear deal with Iran?"
    assert unmet_premise(question, WITHDREW) == "a reason"
    assert unmet_premise("Why did Iran get sanctions relief?", WITHDREW) is None
    # Nor is one the sentence before gives for what it tells ("… just days before …").
    question = "Why did Trump threaten military action?"
    assert unmet_premise(question, THREAT, before=TIMING) == "a reason"


def test_what_led_to_something_asks_for_a_reason_for_it() -> None:
    question = "What led to the success of the Syrian opposition offensive against Assad?"
    assert unmet_premise(question, SETBACKS) == "a reason"
    assert unmet_premise("What led to the weakening of Hezbollah?", SETBACKS) is None


def test_what_something_is_asked_to_have_affected_must_be_told() -> None:
    kremlin = "The Kremlin said the treaty will enhance relations between Tehran and Moscow."
    question = "What effect did the signing of the treaty have on the value of Iran’s currency?"
    assert unmet_premise(question, kremlin) == "valu iran currency"
    chapter = "Pezeshkian said the two countries were entering a new chapter in relations."
    question = "What effect did he say the treaty would have on relations between the two?"
    assert unmet_premise(question, chapter) is None


def test_why_something_was_left_out_needs_a_sentence_that_says_what_is_not() -> None:
    question = "Why did the treaty leave out a mutual defence clause?"
    assert unmet_premise(question, LAVROV) == "what is not so"


def test_who_of_a_kind_underwent_something_must_be_told() -> None:
    plot = "Trump warned Iran after an alleged Iranian plot to kill him."
    assert unmet_premise("Who police was arrested for the plot to kill Trump?", plot) == "arrest"


def test_who_gave_to_whom_must_be_the_way_round_the_question_asks() -> None:
    drones = "Iran has already provided Russia with self-detonating “Shahed” drones."
    assert unmet_premise("What did Russia supply to Iran in return?", drones) == (
        "who gave to whom"
    )
    assert unmet_premise("Did Russia give Iran drones?", drones) == "who gave to whom"
    assert unmet_premise("What has Iran provided to Russia?", drones) is None
    assert unmet_premise("What did Iran give Russia?", drones) is None


def test_which_side_did_something_must_be_told_doing_it() -> None:
    talks = "Negotiations for the new treaty have taken years."
    assert unmet_premise("Which side first proposed the new treaty?", talks) == "propos"
    alarmed = "Moscow has viewed Iran as a partner, a move that has alarmed Western officials."
    question = "Which Western governments in particular raised those concerns?"
    assert unmet_premise(question, alarmed) == "rais"


def test_a_yes_no_question_put_as_a_statement_is_checked_like_one() -> None:
    ties = "Building closer ties with Iran, China, and North Korea has been Putin’s focus."
    question = "China signed on to this treaty as well, making it a three-way pact?"
    assert unmet_premise(question, ties) is not None
    withdrew = "During his first term, Trump withdrew from a multinational deal."
    assert unmet_premise("Trump withdrew from the deal in his first term?", withdrew) is None


def test_a_superlative_asked_must_be_stated() -> None:
    trade = "Both countries have increased their trade activities in response to sanctions."
    assert unmet_premise("What is the largest category of goods traded between them?", trade) == (
        "largest"
    )
    old = "The current framework is based on a 2001 agreement that has been renewed."
    assert unmet_premise("What was the first-ever treaty signed between them?", old) == (
        "first-ever"
    )
    heavy = (
        "… deepening the partnership between two of the world’s most heavily sanctioned nations."
    )
    assert unmet_premise("What are the biggest sanctioned nations?", heavy) is None
    caption = "Putin and Pezeshkian meet at the Kremlin in Moscow on January 17, 2025."
    assert unmet_premise("What is the tallest building in Moscow?", caption) == "tallest"
    # "only", "main" and "chief" are emphasis, not a ranking to be stated.
    trade_first = "Pezeshkian said they were entering a new chapter, especially in trade."
    assert (
        unmet_premise("Which area did Pezeshkian single out as the main one?", trade_first) is None
    )


def test_who_succeeded_someone_must_be_told() -> None:
    toppled = "These included a Syrian opposition offensive that toppled President Bashar al-Assad."
    assert unmet_premise("Who became Syria’s top leader after Assad was toppled?", toppled) == (
        "who succeeded whom"
    )
    assert unmet_premise("Who was Pezeshkian’s predecessor as president?", toppled) == (
        "who succeeded whom"
    )
    elected = "Ahmad al-Sharaa became Syria's new leader after Assad was toppled."
    assert unmet_premise("Who became Syria’s leader after Assad was toppled?", elected) is None


def test_a_meeting_still_to_come_must_be_told_of() -> None:
    met = "Putin and Pezeshkian meet at the Kremlin in Moscow on January 17, 2025."
    question = "Where will the next summit between the two presidents be held?"
    assert unmet_premise(question, met) == "next summit"
    planned = "The two presidents will meet again at a summit in Kazan next year."
    assert unmet_premise(question, planned) is None


def test_an_example_the_question_gives_must_be_told_of() -> None:
    covers = (
        "Officials said the treaty covers areas from trade and military cooperation to culture."
    )
    question = "What is its chief military commitment, such as a mutual defence clause?"
    assert unmet_premise(question, covers) == "mutual defenc claus"
    assert unmet_premise("Which areas, such as trade, does it cover?", covers) is None


def test_a_hyphenated_epithet_before_a_name_leaves_the_name_the_subject() -> None:
    sanctions = (
        "Both countries have increased their trade activities in response to Western sanctions."
    )
    question = "Did the once-and-future American president impose new sanctions on either country?"
    assert unmet_premise(question, sanctions) == "American"


def test_a_plot_that_succeeded_asks_for_no_successor() -> None:
    warned = (
        "Trump warned the US would “wipe [Iran] off the face of the Earth” if a plot succeeded."
    )
    question = "What did Trump threaten to do to Iran if a plot to kill him had succeeded?"
    assert unmet_premise(question, warned) is None


def test_an_example_of_a_premise_is_left_to_the_sentences_that_tell_of_it() -> None:
    setbacks = (
        "Pezeshkian’s visit comes after Tehran faced several foreign policy setbacks last year."
    )
    question = (
        "In what year did Tehran suffer the setbacks, such as Assad's toppling, before the visit?"
    )
    assert unmet_premise(question, setbacks) is None


def test_a_short_word_does_not_name_a_country_it_begins() -> None:
    leaders = (
        "The leaders said the two countries would intensify cooperation across a range of areas."
    )
    question = "Did the American president impose new sanctions on either country?"
    assert unmet_premise(question, leaders) == "American"


def test_what_the_deal_itself_is_asked_to_do_must_be_told_of() -> None:
    lavrov = (
        "“The treaty … is aimed at strengthening the capabilities of Russia, Iran,” Lavrov said."
    )
    assert unmet_premise("Will this treaty make war more likely?", lavrov) == "mak war like"
    assert unmet_premise("Is this deal good for Europe?", lavrov) == "good"
    covers = "Officials said the treaty covers areas from trade to science, culture and education."
    assert unmet_premise("Will this treaty help Iran build a nuclear weapon?", covers) is not None
    assert unmet_premise("Does the treaty cover education?", covers) is None
    assert unmet_premise("Is the treaty aimed at strengthening Iran?", lavrov) is None


def test_a_remark_asked_to_be_quoted_about_something_must_be_about_it() -> None:
    assert speech_topic(
        "Quote what Putin said at the news conference about the Shahed drones."
    ) == [
        "shah",
        "dron",
    ]
    praise = "At a joint news conference, Putin praised the deal as a “real breakthrough”."
    question = "Quote what Putin said at the news conference about the Shahed drones."
    assert unmet_premise(question, praise) is not None


def test_options_offered_about_the_deal_are_not_a_deed_asked_of_it() -> None:
    term = "The treaty is expected to remain in force for 20 years, TASS reported."
    assert unmet_premise("Is the treaty open-ended, or does it have a set term?", term) is None


SETBACKS = (
    "These included a Syrian opposition offensive that toppled President Bashar al-Assad, a key "
    "Russian and Iranian ally, and the weakening of the Iran-aligned Lebanese armed Hezbollah "
    "group after a war with Israel."
)


def test_a_deed_asked_of_one_doer_is_not_granted_by_anothers() -> None:
    question = "Which Russian ally did Hezbollah topple in Syria?"
    assert unmet_premise(question, SETBACKS) == "what Hezbollah did"
    assert unmet_premise("Which Russian ally did the Syrian opposition topple?", SETBACKS) is None
    # A doer after "by" did it.
    toppled = "President Bashar al-Assad was toppled by Hezbollah fighters in Syria."
    assert unmet_premise(question, toppled) is None
    # A capital stands for its country.
    faced = "Pezeshkian’s visit comes after Tehran faced several foreign policy setbacks."
    assert unmet_premise("What setbacks did Iran face in 2024?", faced) is None
    assert unmet_premise("What setbacks did Tehran face the year before?", faced) is None
    # Nor one that names no one else doing it, nor a word that is no form of the verb, nor
    # an auxiliary.
    both = "Both countries have increased their trade activities in response to sanctions."
    assert unmet_premise("What have Moscow and Tehran increased in response?", both) is None
    commander = "Trump ordered the assassination of Iranian Guards commander Qasem Soleimani."
    assert unmet_premise("What force did Qasem Soleimani command?", commander) is None
    ties = "Building closer ties with Iran, China and North Korea has been a focus of Putin’s."
    assert unmet_premise("Which countries has Putin been trying to get closer to?", ties) is None
    # A text that tells of no such deed says nothing either way here.
    drones = "Iran has already provided Russia with self-detonating “Shahed” drones."
    assert unmet_premise("What did Iran provide Russia with?", drones) is None


def test_someone_of_another_country_is_not_the_one_asked_for() -> None:
    soleimani = (
        "In 2020, Trump ordered the assassination of Iranian Revolutionary Guards commander "
        "Qasem Soleimani in a US drone strike in Iraq."
    )
    question = "Which Russian general was killed in the US drone strike that Trump ordered?"
    assert unmet_premise(question, soleimani) == "whose they are"


def test_how_long_the_deal_is_for_is_not_how_long_the_talks_took() -> None:
    talks = "Negotiations for the new treaty have taken years."
    term = "The treaty is expected to remain in force for 20 years."
    assert unmet_premise("How long is the deal for?", talks) == "the deal's term"
    assert unmet_premise("how long will it last", talks) == "the deal's term"
    assert unmet_premise("How long is the deal?", term) is None
    assert unmet_premise("How long did the negotiations for the deal take?", talks) is None
    assert unmet_premise("How long is the deal's negotiation?", talks) is None
    assert asks_deal_term("How long is the treaty for?")
    assert not asks_deal_term("How long did the talks take?")


def test_a_president_asked_to_have_been_toppled_is_told_by_the_toppling() -> None:
    assert asks_which_did("Which allied president was removed from power?")


def test_a_deal_with_someone_not_party_to_the_documents_deal_must_be_told_of_with_them() -> None:
    covers = "Iranian and Russian officials said the partnership treaty covers trade."
    signed = "The treaty was signed just days before Trump’s return to power."
    parties = "Iran and Russia"
    question = "When did Russia sign its own partnership treaty with North Korea?"
    assert unmet_premise(question, covers, parties=parties) == "North Korea"
    assert (
        unmet_premise("Has Russia signed a similar treaty with China?", covers, parties=parties)
        == "China"
    )
    # The deal with a party is the document's own; a sentence naming the other does tell.
    assert (
        unmet_premise("When did Russia sign the treaty with Iran?", signed, parties=parties) is None
    )
    ties = "Russia signed a partnership treaty with North Korea last year."
    assert unmet_premise(question, ties, parties=parties) is None


def test_what_someone_was_before_a_post_must_be_told_of_an_earlier_time() -> None:
    said = "“The treaty is constructive,” Russian Foreign Minister Sergei Lavrov said."
    question = "What post did Sergei Lavrov hold before becoming Russia's foreign minister?"
    assert unmet_premise(question, said) == "before becoming"
    earlier = "Lavrov, previously Russia's envoy to the United Nations, became foreign minister."
    assert unmet_premise(question, earlier) is None
    assert unmet_premise("What post does Sergei Lavrov hold?", said) is None


def test_a_capital_names_its_country() -> None:
    said = "Iranian and Russian officials said the “comprehensive strategic partnership treaty” covers trade."
    question = "What is the Moscow-Tehran accord officially called?"
    assert unmet_premise(question, said) is None
    assert unmet_premise("What is the Tehran-Beijing accord officially called?", said) == "beijing"


def test_whether_a_deal_lets_someone_do_something_asks_what_it_provides() -> None:
    framework = "The current framework between the two countries is based on a 2001 agreement."
    assert unmet_premise("Does the pact let Russia base troops in Iran?", framework) is not None


def test_a_capital_whose_country_is_the_united_states_is_not_named_by_the_word_the() -> None:
    before = "Western officials see both nations as destabilising forces in the region."
    after = "Both countries have increased their trade activities in response to Western sanctions."
    question = "Did Washington impose new sanctions on them because of it?"
    assert unmet_premise(question, after, before, parties="Iran and Russia") == "Washington"


def test_a_sentence_on_a_deal_that_dates_nothing_tells_of_the_documents_own_year() -> None:
    named = "Iranian and Russian officials said the “comprehensive strategic partnership treaty” covers areas."
    question = "What did officials call the pact signed in Moscow on January 17, 2025?"
    assert unstated_years(question, named, now=date(2025, 1, 17)) == []
    # Not another year, nor without the document's date, nor for a sentence dating its own.
    assert unstated_years(question, named, now=date(2026, 1, 17)) == ["2025"]
    assert unstated_years(question, named) == ["2025"]
    dated = "In 2020, Trump ordered the killing of Soleimani under the deal."
    assert unstated_years("Which deal did Trump order in 2025?", dated, now=date(2025, 1, 17)) == [
        "2025"
    ]


def test_a_deal_said_by_its_signing_still_asks_what_the_deal_holds() -> None:
    signing = "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin have signed a cooperation pact."
    for question in (
        "Does the treaty Putin signed include a mutual defence clause?",
        "Does the pact Putin and Pezeshkian signed on January 17, 2025 contain a mutual defence clause?",
        "Does the pact signed in Moscow contain a mutual defence clause?",
    ):
        assert provision(question)[:3] == ["mutual", "defenc", "claus"]
        assert unmet_premise(question, signing) is not None


def test_how_something_began_must_be_told_not_only_its_name_on_another_day() -> None:
    caption = "In this photograph distributed by the Russian state agency Sputnik, they meet on January 17, 2025."
    assert unmet_premise("When was the Sputnik news agency founded?", caption) is not None
    assert (
        unmet_premise("In what year was Hezbollah founded?", "Hezbollah was founded in 1982.")
        is None
    )


def test_two_measures_asked_of_a_thing_need_a_sentence_that_names_the_first() -> None:
    drones = "Iran has already provided Russia with self-detonating “Shahed” drones."
    question = "What is the range and payload of the Shahed drones?"
    assert unmet_premise(question, drones) is not None
    assert unmet_premise(question, "The Shahed drones have a range of 2,000 km.") is None


def test_the_years_the_treaty_negotiations_took_need_a_sentence_on_the_negotiations() -> None:
    term = "The treaty is expected to remain in force for 20 years."
    talks = "Negotiations for the new treaty have taken years."
    question = "How many years did the treaty negotiations last?"
    assert unmet_premise(question, term) is not None
    assert unmet_premise(question, talks) is None


def test_what_someone_meant_is_told_by_what_he_singled_out() -> None:
    question = "What does Pezeshkian mean by a “new chapter”?"
    assert unmet_premise(question, PEZESHKIAN) is None
    assert (
        unmet_premise(question, "Pezeshkian said the two countries were entering a new chapter.")
        is not None
    )


def test_where_someone_is_asked_to_be_must_be_told_not_only_what_came_before() -> None:
    setbacks = "An opposition offensive toppled President Bashar al-Assad, a key ally."
    assert (
        unmet_premise(
            "In which country is Bashar al-Assad living now after being toppled?", setbacks
        )
        is not None
    )
    assert unmet_premise("In which country was Bashar al-Assad toppled?", setbacks) is None


def test_the_question_after_a_time_clause_takes_as_much_for_granted() -> None:
    twenty = (
        "The treaty is expected to remain in force for 20 years, the state-owned news agency "
        "TASS reported, citing Iranian Ambassador to Russia Kazem Jalali."
    )
    asked = "Once the treaty was published later, did it include a mutual defence clause?"
    assert unmet_premise(asked, twenty) is not None
    assert unmet_premise("Did it include a mutual defence clause?", twenty) is not None
    # Nothing more is taken for granted after the clause than without it.
    signed = "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin have signed a cooperation pact."
    assert unmet_premise("Once the talks ended, who signed the pact?", signed) is None


def test_the_date_of_something_takes_for_granted_what_when_was_it_does() -> None:
    caption = (
        "Russia’s President Vladimir Putin and Iranian President Masoud Pezeshkian meet at the "
        "Kremlin in Moscow on January 17, 2025."
    )
    assert unmet_premise("What is the exact date of Trump's inauguration?", caption) is not None
    assert unmet_premise("When was Trump's inauguration?", caption) is not None
    assert unmet_premise("What was the date of the meeting at the Kremlin?", caption) is None


def test_the_question_the_asker_ends_with_takes_as_much_for_granted_as_alone() -> None:
    covers = (
        "Iranian and Russian officials said the “comprehensive strategic partnership treaty” "
        "covers areas from trade and military cooperation to science, culture and education."
    )
    asked = (
        "Since the treaty is so 'comprehensive', it obviously makes Russia defend Iran, "
        "right? Does it contain a mutual defence clause?"
    )
    assert unmet_premise(asked, covers) is not None
    # What the sentence before sets up is no premise of a question that asks nothing more.
    assert unmet_premise("I keep hearing about it. What does the treaty cover?", covers) is None


def test_what_a_named_subject_thinks_is_asked_as_a_reaction() -> None:
    assert unmet_premise("What did China think of the treaty?", LAVROV) == "China"
    assert unmet_premise("How does Beijing feel about the pact?", LAVROV) == "Beijing"
    praised = "Putin praised the deal as a “real breakthrough”."
    assert unmet_premise("What did Putin think of the deal?", praised) is None


def test_what_a_deals_clauses_say_about_something_must_be_in_the_sentence() -> None:
    question = "What do the treaty’s undisclosed clauses say about mutual defence?"
    assert provision(question) == ["mutual", "defenc"]
    assert unmet_premise(question, CRUX)
    assert unmet_premise("What does the treaty's text say about trade?", CRUX) is None


def test_who_led_something_needs_a_sentence_that_says_who_led_it() -> None:
    question = "Who is the commander who led the Syrian opposition offensive that toppled Assad?"
    toppled = "A Syrian opposition offensive toppled President Bashar al-Assad."
    assert unmet_premise(question, toppled) == "who led it"
    led = "The offensive was led by the commander Abu Mohammed al-Jolani."
    assert unmet_premise(question, led) is None


def test_what_someone_did_once_in_office_needs_a_sentence_on_what_came_after() -> None:
    question = "What did Trump do about the treaty after taking office?"
    assert unmet_premise(question, TIMING) == "after taking office"
    after = "After his return to power, Trump imposed new sanctions."
    assert unmet_premise(question, after) is None
    # What he did in another time is asked of that time.
    assert unmet_premise("What did Trump do during his first term?", TIMING) is None


def test_which_of_several_is_not_about_something_is_told_by_a_sentence_listing_them() -> None:
    question = "Which of Tehran’s setbacks last year was not about Syria?"
    listed = "These included a Syrian offensive, a lost ally, and the weakening of Hezbollah."
    assert unmet_premise(question, listed) is None
    announced = "Tehran faced several foreign policy setbacks last year."
    assert unmet_premise(question, announced) is None
    # A question about what is not so, asked of no list, still needs a sentence saying it.
    assert unmet_premise("Who did not attend the signing?", CRUX) == "what is not so"


def test_what_the_subject_after_a_set_aside_did_is_not_asked_of_the_countries() -> None:
    ties = "Building closer ties with Iran, China and North Korea has been a focus of Putin’s."
    question = "Which countries besides Iran has Putin focused on building closer ties with?"
    assert unmet_premise(question, ties) is None
    assert unmet_premise("Which countries besides Iran Putin has focused on …", ties) is None


def test_who_is_said_to_have_organised_something_needs_a_sentence_saying_who_did() -> None:
    question = "Who is said to have organised the alleged Iranian plot to kill Trump?"
    plot = "Trump warned the US would act if an alleged Iranian plot to kill him had succeeded."
    assert unmet_premise(question, plot) == "who led it"
    organised = "The plot was organised by a Revolutionary Guards officer, prosecutors said."
    assert unmet_premise(question, organised) is None


JANUARY_17 = date(2025, 1, 17)  # a Friday


def test_the_documents_own_day_or_month_is_the_time_of_its_undated_sentences() -> None:
    sentence = "Pezeshkian said the two countries were entering a new chapter in relations."
    asked = "On January 17, 2025, what did Pezeshkian say the countries were entering?"
    assert unstated_years(asked, sentence, "", JANUARY_17) == []
    assert (
        unstated_years("In January 2025, what did Pezeshkian say?", sentence, "", JANUARY_17) == []
    )
    # A year is no day: "in 2025" may be any time of it.
    assert unstated_years("What did Pezeshkian say in 2025?", sentence, "", JANUARY_17) == ["2025"]
    # Another day than the document's is not its present.
    assert unstated_years("On March 3, 2025, what did he say?", sentence, "", JANUARY_17) == [
        "2025"
    ]


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("What did Lavrov say on the Wednesday before the signing?", True),
        ("What did Lavrov say on Friday?", True),
        ("What did Lavrov say on Tuesday?", False),
        ("What did Lavrov say about the treaty?", False),  # no day asked
    ],
)
def test_a_day_asked_must_be_the_day_the_sentence_tells_of(question: str, other: bool) -> None:
    sentence = "“The treaty … is constructive,” Lavrov said on Tuesday."
    assert other_day(question, sentence, "", JANUARY_17) is other


def test_a_sentence_that_names_no_day_meets_any_day_asked() -> None:
    assert not other_day(
        "What did Pezeshkian say on Friday?", "Pezeshkian said it.", "", JANUARY_17
    )


def test_words_asked_to_be_said_in_private_must_be_told_so() -> None:
    public = "At a joint news conference with Pezeshkian in Moscow, Putin praised the deal."
    asked = "What did Putin say to Pezeshkian in private before the signing?"
    assert unmet_premise(asked, public) == "in private"
    assert unmet_premise(asked, "Putin privately told Pezeshkian it was a breakthrough.") is None


def test_why_a_speaker_did_a_deed_that_is_no_saying_must_be_told() -> None:
    assert unmet_premise("Why did Lavrov sign the constructive treaty?", LAVROV) == "sign"
    assert unmet_premise("Why did Lavrov call the treaty constructive?", LAVROV) is None
    assert unmet_premise("Why did Lavrov describe the treaty as constructive?", LAVROV) is None


def test_a_statement_asked_as_a_reaction_must_be_one() -> None:
    asked = "What was Trump's official statement reacting to the signing of the treaty?"
    assert unmet_premise(asked, TIMING) == "a reaction"


def test_words_asked_to_be_posted_must_be_told_so() -> None:
    public = "At a joint news conference in Moscow, Putin praised the deal."
    assert unmet_premise("What did Putin tweet after the signing?", public) == "tweet"
    assert unmet_premise("What did Putin post on Telegram?", public) == "Telegram"
    assert unmet_premise("What did Putin tweet?", "Putin said in a tweet that it was good.") is None


def test_the_best_of_something_must_be_stated() -> None:
    moscow = "At a joint news conference in Moscow, Putin praised the deal."
    assert unmet_premise("What is the best pizza in Moscow?", moscow) == "the best"
    assert unmet_premise("Which word best describes the deal?", moscow) is None


def test_the_united_states_is_named_as_the_news_names_it() -> None:
    strike = "In 2020, Trump ordered the killing of Soleimani in a US drone strike in Iraq."
    assert (
        unmet_premise("In which country was the United States drone strike carried out?", strike)
        is None
    )
    lavrov = "“The treaty … is aimed at strengthening Russia and Iran,” Lavrov said on Tuesday."
    asked = "Why did Lavrov say the treaty was aimed against the United States?"
    assert unmet_premise(asked, lavrov) == "united states"


def test_that_nothing_else_is_so_asked_as_yes_or_no_must_be_stated() -> None:
    renewed = (
        "The current framework is based on a 2001 agreement that has been periodically renewed."
    )
    asked = "Is the 2001 agreement the only one the two countries have ever renewed?"
    assert unmet_premise(asked, renewed) == "the only one"
    assert unmet_premise(asked, "The 2001 agreement is the only one ever renewed.") is None
    # Which one it is, not whether it is the only one.
    assert unmet_premise("Which is the only agreement the framework is based on?", renewed) is None


def test_a_reaction_set_after_several_times_is_still_asked_of_its_subject() -> None:
    asked = (
        "During the week of his inauguration, just after the signing, how did Trump respond "
        "to the treaty?"
    )
    assert unmet_premise(asked, TIMING) == "a reaction"
