"""Answer types: what a question asks for, and whether a sentence holds it."""

from __future__ import annotations

import pytest

from qa.answer_types import (
    answer_kind,
    counted_noun,
    expands,
    has_kind,
    kind_strength,
    named_noun,
    names_agency,
    names_thing,
    of_another_country,
    office_asked,
    speaks,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How long will the treaty remain in force?", "duration"),
        ("For how many years does it apply?", "duration"),
        ("How much time did the talks take?", "duration"),
        ("Is it open-ended, or does it expire after a set number of years?", "duration"),
        ("How many years did the talks take?", "duration"),
        ("When was it signed?", "date"),
        ("On which day of the week did they meet?", "weekday"),
        ("What weekday was it signed on?", "weekday"),
        ("What year was the previous agreement?", "year"),
        ("What name, given in quotation marks, does the article use for the treaty?", "name"),
        ("At what time of day was it signed?", "clock"),
        ("How much money does the treaty commit to energy?", "money"),
        ("How many drones did Iran send?", "number"),
        ("Who signed it?", "person"),
        # Who asked for in other shapes.
        ("By whom was the pool photograph taken?", "person"),
        ("The pool photograph was taken by whom?", "person"),
        ("It was who that reported the 20-year term?", "person"),
        ("Whom did Trump order killed?", "person"),
        ("Which minister spoke on Tuesday?", "person"),
        ("Where did they meet?", "place"),
        ("In which city did they meet?", "place"),
        ("Which city hosted them when they met?", "place"),
        ("When did they meet, and in which city?", "date"),
        ("Who met, and when?", "person"),
        ("The ink was barely dry when which politician got back into office?", "person"),
        ("How did Putin sum it up when he spoke?", "portrayal"),
        ("wher did putin n pezeshkian sign the pact", "place"),  # misspelt
        ("wat year was the older deal signed", "year"),
        ("whn did they meet", "date"),
        ("How did the Russian leader characterise the pact?", "portrayal"),
        ("How did Putin term the deal?", "portrayal"),
        # "term" the noun: what Trump did asks for no one's words.
        ("How did Trump handle the nuclear deal during his first term?", None),
        ("What did the Russian one call it at their press conference?", "portrayal"),
        ("How does the piece characterise the two signatories?", "description"),  # not quoted words
        ("Where did they meet, and when?", "place"),
        ("And when did they meet?", "date"),
        ("Russia invaded Ukraine. When did that happen?", "date"),
        ("They met in Moscow. Who else came?", "person"),
        ("Hezbollah was weakened — who was it fighting?", "person"),
        ("The talks ended. Where were they held?", "place"),
        ("What does the treaty cover?", None),
        ("What is the official name of the deal?", "name"),
        ("What was the agreement called?", "name"),
        ("What was the name of the nuclear deal Trump abandoned in his first term?", "name"),
        ("What is the name of the Russian foreign minister?", "person"),  # not a deal
        ("What was the 2001 agreement between Russia and Iran called?", "name"),
        ("What is the treaty that Putin called a breakthrough?", None),
        ("What is the population of Tehran?", "number"),
        ("What was the total value of trade between them in 2024?", "money"),
        ("What was the total value of bilateral trade between Russia and Iran?", "money"),
        ("What did Pezeshkian say about trade?", "speech"),
        ("What exactly did Trump say about it?", "speech"),
        ("How much is annual bilateral trade between Russia and Iran worth in dollars?", "money"),
        ("What has Sergei Lavrov said?", "speech"),
        ("What did he say?", None),  # a pronoun: nobody to look for
        ("What did the Kremlin say?", "speech"),  # as "What did the White House say?"
        ("how old is masoud pezeshkian", "age"),
        ("At what age did he take office?", "age"),
        ("On what date did they meet?", "calendar"),
        ("On which day did he make those remarks?", "day"),
        ("What day of the week did he speak?", "weekday"),
        ("What was the exact date of his return to power?", "calendar"),
        ("What was the date of the meeting?", "calendar"),
        ("What was the actual date?", "calendar"),  # after a guess at it
        ("What was the real date of the meeting?", "calendar"),
        ("On which exact day and month was the 2001 agreement signed?", "calendar"),
        ("In which currency will they settle payments?", "currency"),
        ("In what year did Trump pull out of the deal?", "year"),
        ("When is it coming into force, at which date exactly?", "calendar"),
        ("When was the older agreement, in what year?", "year"),
        ("What is the exact year Trump ordered the strike?", "year"),
        ("What is the full name of the Iranian president who signed it?", "person"),
        ("What is the full name of the treaty?", "name"),
        ("Can you confirm the name of the person behind the plot?", "person"),
        ("What is the photographer credit on the Kremlin photo?", "person"),
        ("who took the pic of putin", "person"),
        ("In which Iraqi city was Soleimani killed?", "place"),
        # A term asked in years is a duration.
        ("What was the original term, in years, of the 2001 agreement?", "duration"),
        # A word that only stresses the question is read past.
        ("What exactly did Iranian and Russian officials call the agreement?", "portrayal"),
        ("Who actually signed the treaty?", "person"),
        ("What was bilateral trade worth last year, in dollars?", "money"),
        ("What was bilateral trade worth in 2024?", "money"),
        # A name asked for before the question goes on.
        ("what was that deal called, JCPOA? does it say", "name"),
        ("who took the kremlin photo of them", "person"),
        ("besides iran which countries is putin courting", "place"),
        ("What formal designation did officials give the agreement?", "name"),
        ("How does the article characterise Russia and Iran?", "description"),
        ("At what event or venue was Lavrov speaking?", "place"),
        ("What have they called the pact, officially?", "name"),
        ("What is the old arrangement dating from?", "date"),
        # A learner's grammar: no article, a singular.
        ("How many year the treaty stay?", "duration"),
        ("What is name of the new deal?", "name"),
        ("What day of week is the news conference?", "weekday"),
        ("By what designation did officials refer to the treaty?", "name"),
        ("What name did Iranian and Russian officials give to the pact?", "name"),
        # A person asked for by an office and what it belongs to.
        ("Which Kremlin spokesperson said the treaty would enhance relations?", "person"),
        ("Which Iranian official denied it?", "person"),
        # An amount with its unit: a share, a volume, a value, a figure.
        ("What share of Iran's oil exports go to Russia?", "amount"),
        ("By what percentage has trade grown?", "amount"),
        ("What is the annual trade volume between Russia and Iran?", "amount"),
        ("What volume of natural gas will Russia supply?", "amount"),
        ("What trade figure does the article give?", "amount"),
        ("What level is the G7 price cap on Russian crude set at?", "amount"),
        ("At what rate is trade between them growing?", "amount"),
        ("What is the dollar figure for Russia-Iran trade?", "amount"),
        ("Which senior Iranian military figure was killed?", None),  # a person, not a sum
        # A thing of a kind that a sentence naming one calls by its kind.
        ("Which Russian energy company will lead the projects?", "class"),
        ("Which air-defence system will Moscow deliver?", "class"),
        ("Which Western alliance was it aimed at?", "class"),
        ("In which hall of the Kremlin was it signed?", "class"),
        ("At which airport in Iraq was the strike carried out?", "class"),
        # A thing asked for by its type.
        ("What type of drone did the US use?", "model"),
        ("Which US drone type carried out the strike?", "model"),
        ("In which month was he toppled?", "month"),
        ("Which article of the treaty sets that out?", "provision"),
        ("Which clause covers defence?", "provision"),
        ("Which article number was that?", "provision"),
        ("Which article reported the signing?", None),  # a news article, not the treaty's
        ("What exact words in quotation marks did Jalali use?", "quote"),
        ("Where did that figure come from?", "source"),
        ("Where did they sign it?", "place"),
        # A translation's "term of action" is how long the treaty lasts.
        ("Treaty of partnership has what term of action?", "duration"),
        ("What is the period of validity of the treaty?", "duration"),
        # A date the question gives is not asked for; what it dates is.
        ("What event does the article date to 2020?", None),
        ("What year does the old agreement date to?", "year"),
        # What an institution said, as what a person did.
        ("What did the White House say about the treaty?", "speech"),
        # "calendar date" asks a day of a month; "the name of Iran's …" a person.
        ("On what calendar date was he sworn in?", "calendar"),
        ("What is the name of Iran's foreign minister who came along?", "person"),
        ("What is the name of Iran's chief negotiator?", "person"),
        # A base is a class of place a sentence names as one ("the … air base").
        ("From which base was the drone launched?", "class"),
        # A penalty; a clause however it is qualified; the number of something.
        ("What penalty would a side face for leaving early?", "penalty"),
        ("Under which mutual defence clause must Russia help?", "provision"),
        ("What is the specific article of the treaty on defence?", "provision"),
        ("What is the total number of articles in the treaty?", "number"),
        ("What is the number of years the treaty runs?", "duration"),
        # A condition.
        ("On what condition did Trump warn the US would act?", "condition"),
        ("Under which circumstances can the treaty be extended?", "condition"),
        # A paragraph of the article is where to look, not a provision asked for.
        ("What does the paragraph after the second advert say Trump ordered in 2020?", None),
    ],
)
def test_answer_kind_reads_the_question_word(question: str, kind: str | None) -> None:
    assert answer_kind(question) == kind


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("How many drones did Iran send?", "dron"),
        ("How many Shahed drones has Iran supplied so far?", "dron"),
        ("How many times has the agreement been renewed?", "tim"),
        ("How many articles does the treaty contain?", "articl"),
        ("how many soldiers?", "soldier"),
        ("How much is it worth?", None),
        ("how much trade is there between russia and iran each year", "trad"),
        ("how much did it cost", None),
        ("Who signed it?", None),
        # Before a verb in the past when no auxiliary or end follows the noun.
        ("How many people attended the signing ceremony?", "peopl"),
        ("How many years passed between the two events?", "year"),
        ("How many times was it renewed?", "tim"),
    ],
)
def test_counted_noun_is_the_head_of_the_how_many_phrase(question: str, noun: str | None) -> None:
    assert counted_noun(question) == noun


@pytest.mark.parametrize(
    ("kind", "text", "question", "expected"),
    [
        ("duration", "It lasts 20 years.", "How long will it last?", True),
        ("duration", "It was signed in Moscow.", "How long will it last?", False),
        ("date", "It was signed on January 17, 2025.", "When was it signed?", True),
        ("date", "It replaces a 2001 deal.", "Did it replace the 2001 deal?", False),
        ("clock", "They signed it at 3 p.m. local time.", "At what time of day?", True),
        ("clock", "They signed it on Friday.", "At what time of day?", False),
        ("money", "Russia will invest $5 billion.", "How much money will Russia invest?", True),
        ("money", "Russia will invest in energy.", "How much money will Russia invest?", False),
        ("number", "Iran sent 1,000 drones.", "How many drones?", True),
        ("number", "Iran sent dozens of drones.", "How many drones?", True),
        ("number", "Iran sent drones in 2022.", "How many drones?", False),
        ("number", "The treaty will last 20 years.", "How many articles does it have?", False),
        ("number", "They met on January 17, 2025.", "How many days did he stay?", False),
        ("number", "On January 17, 17 drones struck.", "How many drones?", True),
        ("number", "The deal was renewed twice.", "How many times was it renewed?", True),
        ("number", "It has been periodically renewed.", "How many times was it renewed?", False),
        ("number", "It names 3 partners.", "How many?", True),
        ("number", "Tehran faced several setbacks.", "What is the population of Tehran?", False),
        ("number", "Tehran faced several setbacks.", "How many setbacks did Tehran face?", True),
        ("number", "The two countries met.", "What is the population of Tehran?", False),
        ("number", "It will last 20 years.", "What is the population of Iran?", False),
        ("number", "It has 20 million people.", "What is the population of Iran?", True),
        ("number", "The two countries met.", "How many countries met?", True),
        (
            "name",
            "They signed the “comprehensive strategic partnership treaty”.",
            "Its name?",
            True,
        ),
        ("name", "Trump left the Joint Comprehensive Plan of Action.", "Its full name?", True),
        ("name", "Trump withdrew from the JCPOA.", "Its full name?", True),
        ("name", "A US drone strike killed him.", "Its full name?", False),
        (
            "name",
            "Iranian President Masoud Pezeshkian signed a cooperation pact.",
            "What is the official name of the agreement?",
            False,
        ),
        (
            "name",
            "Officials said the “comprehensive strategic partnership treaty” covers trade.",
            "What is the official name of the agreement?",
            True,
        ),
        (
            "name",
            "Trump left the Joint Comprehensive Plan of Action.",
            "What is the full name of the deal Trump left?",
            True,
        ),
        ("name", "Trump withdrew from the JCPOA.", "What is the deal's full name?", True),
        ("name", "During his term, Trump withdrew from a deal.", "What did Trump leave?", False),
        ("name", "Trump left a deal that gave Iran relief.", "Its official name?", False),
        ("weekday", "Lavrov said on Tuesday.", "On which day of the week?", True),
        ("weekday", "It was signed days before.", "On which day of the week?", False),
        ("weekday", "They met on January 17.", "On which day of the week?", False),
        ("person", "Masoud Pezeshkian spoke.", "Who spoke?", True),
        ("person", "The Kremlin said the treaty will help.", "Who spoke?", False),
        ("person", "In Moscow the deal was signed.", "Who signed?", False),
        ("person", "Pezeshkian’s visit comes after setbacks.", "Whose visit came after?", True),
        ("person", "Pezeshkian’s visit comes after setbacks.", "Who visited?", False),
        ("place", "They met in Moscow.", "Where did they meet?", True),
        ("speech", "Pezeshkian said they entered a new chapter.", "What did Pezeshkian say?", True),
        ("speech", "“It is constructive,” Sergei Lavrov said.", "What did Lavrov say?", True),
        ("speech", "“It is constructive,” said Sergei Lavrov.", "What did Lavrov say?", True),
        (
            "speech",
            "At a news conference with Pezeshkian, Putin praised the deal.",
            "What did Pezeshkian say?",
            False,
        ),
        (
            "speech",
            "It will last 20 years, TASS reported, citing Iranian Ambassador to Russia Kazem Jalali.",
            "What did Jalali say?",
            True,
        ),
        ("date", "During his first term, Trump withdrew from a deal.", "When did he leave?", True),
        ("date", "They met two years ago.", "When did they meet?", True),
        ("date", "During his term, Trump withdrew from a deal.", "When did he leave?", False),
        (
            "name",
            "“The treaty … is constructive in nature and is aimed at strengthening ties,” he said.",
            "What is the full name of the treaty?",
            False,  # a remark, not a name
        ),
        (
            "person",
            "Russia's President Vladimir Putin and President Masoud Pezeshkian meet.",
            "Who photographed Putin and Pezeshkian?",
            False,  # the titles go with names the question already has
        ),
        ("person", "(Photo by Vyacheslav PROKOFYEV / AFP", "Who took the photo?", True),
        ("person", "Western officials are alarmed.", "Who is alarmed by Putin?", True),
        (
            "person",
            "It lasts 20 years, citing Iranian Ambassador to Russia Kazem Jalali.",
            "Who is Iran's ambassador to Russia?",
            True,  # "Russia Kazem Jalali": the surname is new
        ),
        ("age", "Pezeshkian, 70, met Putin.", "How old is Pezeshkian?", True),
        ("age", "The 70-year-old president met Putin.", "How old is he?", True),
        ("age", "The two presidents met on January 17.", "How old is Pezeshkian?", False),
        ("calendar", "They met on January 17, 2025.", "On what date did they meet?", True),
        ("calendar", "It was signed just days before Trump’s return.", "What date?", False),
        ("calendar", "It was signed in 2025.", "On what exact date was it signed?", False),
        ("currency", "Payments will be settled in roubles and rials.", "Which currency?", True),
        ("day", "Lavrov said on Tuesday.", "On which day did he say it?", True),
        ("day", "They met on January 17, 2025.", "Which day did they meet?", True),
        ("day", "It was signed just days before Trump’s return.", "On which day?", False),
        ("currency", "Trade between them will grow.", "In which currency is trade?", False),
        (None, "Anything at all.", "What happened?", True),
        (
            "portrayal",
            "Putin praised the deal as a “real breakthrough”.",
            "How did he hail it?",
            True,
        ),
        ("portrayal", "Leaders praise deal covering trade.", "How did he hail it?", True),
        ("portrayal", "Putin and Pezeshkian signed a pact.", "How did he hail it?", False),
        # One named is asked to have portrayed it: his words, not words said to him.
        (
            "portrayal",
            "At a news conference with Pezeshkian, Putin praised the deal.",
            "How did Pezeshkian characterise it?",
            False,
        ),
        (
            "portrayal",
            "Pezeshkian said they were entering a new chapter.",
            "How did Pezeshkian characterise it?",
            True,
        ),
        ("year", "In 2020, Trump ordered a strike.", "In what year was the strike?", True),
        ("year", "During his first term, Trump withdrew.", "In what year did he leave?", False),
        # Someone named by surname alone, saying something, is someone.
        ("person", "Pezeshkian said they entered a new chapter.", "Who said so?", True),
        ("person", "At a news conference, Putin praised the deal.", "Who praised it?", True),
        ("person", "Pezeshkian said they entered a new chapter.", "Who met Pezeshkian?", False),
        ("person", "The Kremlin said the treaty will help.", "Who is quoted on it?", True),
        # A question about who is quoted wants someone speaking, not someone signing.
        ("person", "President Masoud Pezeshkian signed a pact.", "Who is quoted on it?", False),
        ("person", "The leaders said they would cooperate.", "Who said they would?", True),
        # A photographer is named in a photograph's credit line, not in its caption.
        (
            "person",
            "In this pool photograph distributed by Sputnik, President Vladimir Putin meets.",
            "Who took the photo?",
            False,
        ),
        ("person", "Photographed by Jane Doe for Reuters.", "Need the photo credit.", True),
        (
            "person",
            "In this pool photograph distributed by Sputnik, President Vladimir Putin meets.",
            "Who took the Kremlin photo?",
            False,
        ),
        # "Which president" asks for one person: officials are no answer.
        (
            "person",
            "Iranian and Russian officials said it covers trade.",
            "Which president signed?",
            False,
        ),
        ("person", "Iranian and Russian officials said it covers trade.", "Who said so?", True),
        # Days are a duration, if a vague one.
        ("duration", "It was signed just days before Trump’s return.", "How long before?", True),
        # The article's description of something ranks or weighs it.
        (
            "description",
            "Two of the world’s most heavily sanctioned nations.",
            "How does the article characterise them?",
            True,
        ),
        (
            "description",
            "Both countries have increased their trade.",
            "How does the article characterise them?",
            False,
        ),
        # In the respect asked: "sanctions exposure" is a standing in sanctions.
        (
            "description",
            "Iran’s and Russia’s leaders signed a pact: two heavily sanctioned nations.",
            "How does the article characterise Russia and Iran in terms of their sanctions exposure?",
            True,
        ),
        (
            "description",
            "Moscow has viewed Iran as a key strategic partner.",
            "How does the article characterise Russia and Iran in terms of their sanctions exposure?",
            False,
        ),
        # "How much" asks an amount, not a count.
        (
            "number",
            "Two of the world’s most sanctioned nations.",
            "How much has trade grown?",
            False,
        ),
        ("number", "Trade grew by 15 percent last year.", "How much has trade grown?", True),
        ("number", "Two nations signed it.", "How many nations signed?", True),
        # A city is not a country: "in Iraq" does not say which Iraqi city.
        ("place", "He was killed in a drone strike in Iraq.", "In which Iraqi city?", False),
        ("place", "They met in Moscow.", "In which Russian city did they meet?", True),
        # "Where exactly in Iraq?" asks for a place within Iraq: no other country is one.
        (
            "place",
            "He was killed in a drone strike in Iraq, sparking outrage in Iran.",
            "Where exactly in Iraq did the strike happen?",
            False,
        ),
        ("place", "They met in Moscow.", "Where exactly in Russia did they meet?", True),
        ("place", "They met in Tehran.", "Where exactly in Russia did they meet?", False),
        # A month is no place, nor is "Western" in "in response to Western sanctions".
        ("place", "Russia invaded Ukraine in February 2022.", "In which city?", False),
        ("place", "Trade grew in response to Western sanctions.", "Where?", False),
        # Nor is another country's capital: Moscow is no Iranian or Ukrainian city.
        ("place", "They met at the Kremlin in Moscow.", "In which Iranian city?", False),
        ("place", "The drones were launched from Moscow.", "Which Ukrainian cities?", False),
        ("place", "He was killed in Iraq.", "In which country was he killed?", True),
        # A country is named in many ways: "a war with Israel".
        ("place", "Hezbollah was weakened after a war with Israel.", "With which country?", True),
        ("place", "Hezbollah was weakened after a war.", "After a war with which country?", False),
        # Cities are not a country either, nor is a country a place within itself.
        (
            "place",
            "Moscow has struck Ukraine, according to Ukrainian officials.",
            "Which Ukrainian cities were hit?",
            False,
        ),
        (
            "place",
            "Drones hit homes in Kharkiv and Odesa.",
            "Which Ukrainian cities were hit?",
            True,
        ),
        (
            "place",
            "Iran has provided drones to Russia, according to Ukrainian officials.",
            "Where in Russia are they made?",
            False,
        ),
        (
            "place",
            "They are made in Alabuga, in Tatarstan.",
            "Where in Russia are they made?",
            True,
        ),
        # An amount has its unit; a figure for a term of time may be a duration.
        (
            "amount",
            "Both countries have increased their trade.",
            "What share of exports go to Russia?",
            False,
        ),
        (
            "amount",
            "Two of the world’s most sanctioned nations.",
            "By what percentage has trade grown?",
            False,
        ),
        ("amount", "Trade grew by 15 percent.", "By what percentage has trade grown?", True),
        ("amount", "Trade reached $4.8 billion.", "What is the annual trade volume?", True),
        (
            "amount",
            "It remains in force for 20 years.",
            "What figure does it give for the treaty's duration?",
            True,
        ),
        (
            "amount",
            "It remains in force for 20 years.",
            "What trade figure does it give for last year?",
            False,
        ),
        # "Which company …?" is answered by a sentence that calls something a company.
        (
            "class",
            "Leaders praise a deal covering trade and energy.",
            "Which Russian energy company will lead it?",
            False,
        ),
        (
            "class",
            "Gazprom, the state energy giant, will lead it.",
            "Which Russian energy company will lead it?",
            True,
        ),
        (
            "class",
            "Lavrov said it strengthens Russia and Iran.",
            "Which Western alliance was it aimed at?",
            False,
        ),
        ("class", "They meet at the Kremlin in Moscow.", "In which hall of the Kremlin?", False),
        (
            "class",
            "They met in the Kremlin's St George Hall.",
            "In which hall of the Kremlin?",
            True,
        ),
        (
            "class",
            "He was killed in a US drone strike in Iraq.",
            "At which airport in Iraq was he killed?",
            False,
        ),
        # A type is named before the thing, not a country that owns it.
        ("model", "Iran sent self-detonating “Shahed” drones.", "What type of drones?", True),
        ("model", "Russia will deliver Su-35 jets.", "What model of jets?", True),
        ("model", "He was killed in a US drone strike.", "What type of drone was used?", False),
        ("model", "Iranian drones hit Ukraine.", "What kind of drones hit Ukraine?", False),
        # A month is named; a year is not one.
        ("month", "In 2020, Trump ordered the strike.", "In which month was it?", False),
        ("month", "They met on January 17, 2025.", "In which month did they meet?", True),
        # A part of a text is numbered.
        (
            "provision",
            "The treaty is constructive in nature.",
            "Which article of the treaty sets it out?",
            False,
        ),
        (
            "provision",
            "Article 3 bars helping an aggressor.",
            "Which article of the treaty sets it out?",
            True,
        ),
        # An ambassador to a country is an office, not a place anything happened.
        (
            "place",
            "TASS reported, citing Iranian Ambassador to Russia Kazem Jalali.",
            "Where did they meet?",
            False,
        ),
        (
            "place",
            "Putin and Pezeshkian meet at the Kremlin in Moscow.",
            "Where did they meet?",
            True,
        ),
        # Who gave a figure: a source cited or reporting.
        (
            "source",
            "The treaty will last 20 years, TASS reported, citing Kazem Jalali.",
            "Where did that figure come from?",
            True,
        ),
        (
            "source",
            "Moscow has viewed Iran as a key strategic partner.",
            "Where did that figure come from?",
            False,
        ),
        # Quoted words of the one asked about.
        (
            "quote",
            "The treaty will last 20 years, TASS reported, citing Kazem Jalali.",
            "What exact words did Jalali use?",
            False,
        ),
        (
            "quote",
            "With Pezeshkian, Putin praised the deal as a “real breakthrough.”",
            "What exact words did Pezeshkian use?",
            False,
        ),
        (
            "quote",
            "Putin praised the deal as a “real breakthrough.”",
            "What exact words did Putin use?",
            True,
        ),
        # The article's description of what is asked about, in the respect asked.
        (
            "description",
            "Moscow has viewed Iran as a key strategic partner.",
            "How does the article describe the “Shahed” drones Iran provided?",
            False,
        ),
        (
            "description",
            "Moscow has viewed Iran as a key strategic partner.",
            "How does the article describe Russia and Iran in terms of Western sanctions?",
            False,
        ),
        (
            "description",
            "Iranian and Russian leaders joined two of the world’s most heavily sanctioned nations.",
            "How does the article describe Russia and Iran in terms of Western sanctions?",
            True,
        ),
        (
            "description",
            "Moscow has viewed Iran as a key strategic partner.",
            "How does the article characterise Russia and Iran?",
            True,
        ),
        # "Whose officials?": the officials' nationality answers.
        (
            "person",
            "Moscow has used drones, according to Ukrainian and Western officials.",
            "Whose officials say Moscow used Iranian drones?",
            True,
        ),
        (
            "person",
            "Moscow has used the drones in its strikes on Ukraine.",
            "Whose officials say Moscow used Iranian drones?",
            False,
        ),
        # "Which agency …?" needs an agency (or an agency's acronym), not just someone.
        (
            "person",
            "In 2020, Trump ordered the strike on Qasem Soleimani.",
            "Which agency announced it?",
            False,
        ),
        (
            "person",
            "The state-owned news agency TASS reported it.",
            "Which agency announced it?",
            True,
        ),
        (
            "person",
            "(Photo by Vyacheslav PROKOFYEV / POOL / AFP",
            "Which agency credited it?",
            True,
        ),
    ],
)
def test_has_kind_needs_something_new_of_the_asked_kind(
    kind: str | None, text: str, question: str, expected: bool
) -> None:
    assert has_kind(kind, text, question) is expected


def test_a_measured_duration_holds_the_kind_better_than_a_vague_one() -> None:
    question = "How long is the agreement supposed to last?"
    assert kind_strength("duration", "It will remain in force for 20 years.", question) == 1.0
    assert kind_strength("duration", "Negotiations have taken years.", question) == 0.5
    assert kind_strength("duration", "It was signed in Moscow.", question) == 0.0
    assert kind_strength("person", "Masoud Pezeshkian spoke.", "Who spoke?") == 1.0


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Pezeshkian", "Pezeshkian said the two countries were entering a new chapter.", True),
        (
            "Sergei Lavrov",
            "“It is constructive,” Russian Foreign Minister Sergei Lavrov said.",
            True,
        ),
        ("Jalali", "TASS reported, citing Iranian Ambassador to Russia Kazem Jalali.", True),
        ("Putin", "It is a focus of Putin’s policy as he seeks to challenge what he calls …", True),
        ("Putin", "He calls it hegemony, Pezeshkian’s aide told reporters.", False),
        ("Pezeshkian", "At a news conference with Pezeshkian, Putin praised the deal.", False),
    ],
)
def test_speaks_finds_the_named_person_saying_something(
    name: str, text: str, expected: bool
) -> None:
    assert speaks(name, text) is expected


def test_a_portrayal_is_best_answered_by_quoted_words() -> None:
    question = "How did the Russian leader characterise the pact?"
    quoted = "Putin praised the deal as a “real breakthrough”."
    reported = "Iranian and Russian leaders praise deal covering trade."
    assert kind_strength("portrayal", quoted, question) == 1.0
    assert kind_strength("portrayal", reported, question) == 0.5


def test_a_deals_name_is_best_answered_by_a_name_that_says_it_is_a_deal() -> None:
    question = "What formal name did officials give the new accord?"
    named = "Officials said the “comprehensive strategic partnership treaty” covers trade."
    acronym = "The treaty will last 20 years, the news agency TASS reported."
    quoted = "The treaty will enhance “military-political” relations."
    assert kind_strength("name", named, question) == 1.0
    assert kind_strength("name", acronym, question) == 0.5
    assert kind_strength("name", quoted, question) == 0.5


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("Which ministers travelled with Pezeshkian to Moscow?", "minister"),
        ("Which Russian foreign minister commented on the treaty?", "minister"),
        ("Which Iranian ambassador to Russia was cited?", "ambassador"),
        ("What did Ambassador Kazem Jalali say about it?", None),  # names him, asks no title
        ("Who is Russia's foreign minister?", None),  # asks who, not which
        ("Which officials praised the deal?", None),
    ],
)
def test_the_office_a_which_question_asks_for_is_read(question: str, office: str | None) -> None:
    assert office_asked(question) == office


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What did Russia and Iran sign? I need the name of it for my project", "name"),
        ("Is the treaty open-ended, or does it have a set term?", "duration"),
        ("And what did Pezeshkian say?", "speech"),
    ],
)
def test_a_name_needed_a_set_term_and_a_follow_up_on_words_said(question: str, kind: str) -> None:
    assert answer_kind(question) == kind


def test_which_officials_is_answered_by_whose_and_a_countrys_leader_by_a_name() -> None:
    alarmed = "a move that has alarmed Western officials who see both nations as destabilising"
    assert has_kind("person", alarmed, "Which officials see both nations as destabilising?")
    leaders = "Iranian and Russian leaders praise deal covering areas including trade."
    assert not has_kind("person", leaders, "Who is the leader of Iran?")
    assert has_kind("person", leaders, "Which leaders praised the deal?")


def test_an_agency_of_another_country_does_not_answer_which_agency_of_this_one() -> None:
    from qa.answer_types import names_agency

    caption = "In this pool photograph distributed by the Russian state agency Sputnik, …"
    assert not names_agency(caption, "Which US agency announced the charges?")
    assert names_agency(caption, "Which Russian state agency distributed the photo?")
    assert names_agency(caption, "What agency distributed the photo?")


def test_the_russian_presidents_words_are_not_his_foreign_ministers() -> None:
    lavrov = (
        "“The treaty … is constructive in nature,” Russian Foreign Minister Sergei Lavrov said."
    )
    putin = "At a joint news conference, Putin praised the deal as a “real breakthrough.”"
    question = "How did the Russian president characterise the treaty?"
    assert answer_kind(question) == "portrayal"
    assert not has_kind("portrayal", lavrov, question)
    assert has_kind("portrayal", putin, question)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Quote what Putin said at the news conference about the Shahed drones.", "speech"),
        ("Quote the remark Hezbollah's leadership made about the pact.", "speech"),
        ("What exact phrase did Iranian and Russian officials use to name the pact?", "quote"),
    ],
)
def test_a_request_to_quote_someone_asks_for_their_words(question: str, kind: str) -> None:
    assert answer_kind(question) == kind


def test_a_phrase_asked_for_without_exact_is_given_by_reported_words_too() -> None:
    said = "Pezeshkian said the two countries were entering a new chapter in relations."
    assert has_kind("quote", said, "What phrase did Pezeshkian use to describe the stage?")
    assert not has_kind("quote", said, "What exact phrase did Pezeshkian use to describe it?")
    officials = "Iranian and Russian officials said the “comprehensive strategic partnership treaty” covers …"
    question = "What exact phrase did Iranian and Russian officials use to name the pact?"
    assert has_kind("quote", officials, question)
    assert not has_kind(
        "speech", "Putin praised the deal.", "Quote the remark Hezbollah's leadership made."
    )


def test_a_government_asked_what_it_said_must_be_the_one_speaking() -> None:
    question = "What did Israel's government say about the pact?"
    assert answer_kind(question) == "speech"
    assert not has_kind(
        "speech", "Iranian and Russian officials said the treaty covers …", question
    )
    assert has_kind(
        "speech",
        "Iranian and Russian officials said it covers …",
        "What did Iranian officials say?",
    )


TASS = (
    "The treaty is expected to remain in force for 20 years, the state-owned news agency "
    "TASS reported, citing Iranian Ambassador to Russia Kazem Jalali."
)


def test_a_well_known_agency_is_its_own_countrys() -> None:
    assert not names_agency(TASS, "Which Iranian news agency reported the treaty's length?")
    assert names_agency(TASS, "Which government-owned Russian wire service put out the figure?")
    assert names_agency(TASS, "Which news agency reported how long it lasts?")


SOLEIMANI = (
    "In 2020, Trump ordered the assassination of Iranian Revolutionary Guards commander Qasem "
    "Soleimani in a US drone strike in Iraq, sparking outrage in Iran."
)


def test_someone_asked_for_as_one_countrys_is_not_another_countrys() -> None:
    assert of_another_country("Which Russian general was killed in the US drone strike?", SOLEIMANI)
    assert not of_another_country("Which Iranian commander was killed in the strike?", SOLEIMANI)
    # Nothing says whose someone is: left to other checks.
    visit = "Pezeshkian’s visit to Russia comes after Tehran faced several setbacks last year."
    assert not of_another_country("Which Iranian leader visited Russia?", visit)


def test_a_captions_bracketed_credit_names_the_photographer() -> None:
    caption = "Putin and Pezeshkian meet at the Kremlin [Vyacheslav Prokofyev/Pool via AFP]"
    assert has_kind("person", caption, "Who took the photo?")
    assert not has_kind(
        "person", "Putin and Pezeshkian meet at the Kremlin [file]", "Who took the photo?"
    )


TASS = "The treaty is expected to remain in force for 20 years, the state-owned news agency TASS reported."
GUARDS = "Trump ordered the killing of Iranian Revolutionary Guards commander Qasem Soleimani."
SETBACKS = "… and the weakening of the Iran-aligned Lebanese armed Hezbollah group after a war."


@pytest.mark.parametrize(
    "question",
    ["What does the acronym TASS stand for?", "What is AFP short for?", "Spell out IRGC."],
)
def test_a_question_on_what_an_acronym_stands_for_asks_its_expansion(question: str) -> None:
    assert answer_kind(question) == "expansion"


@pytest.mark.parametrize(
    ("text", "acronym", "spelt"),
    [
        ("Agence France-Presse (AFP) reported it.", "AFP", True),
        ("the Joint Comprehensive Plan of Action (JCPOA)", "JCPOA", True),
        ("the Islamic Revolutionary Guard Corps", "IRGC", True),
        # Saying what TASS is does not say what it stands for.
        (TASS, "TASS", False),
    ],
)
def test_a_text_expands_an_acronym_only_with_words_whose_initials_make_it(
    text: str, acronym: str, spelt: bool
) -> None:
    assert expands(text, acronym) is spelt
    assert has_kind("expansion", text, f"What does {acronym} stand for?") is spelt


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("What was the name of the Revolutionary Guards unit that Soleimani commanded?", "unit"),
        ("What is the name of the Lebanese group weakened after a war with Israel?", "group"),
        ("What is the name of the news agency that reported the term?", "agency"),
        # A deal's name and a person's are asked another way.
        ("What is the name or acronym of the nuclear deal Trump withdrew from?", None),
        ("What is the name of the Syrian president who was toppled?", None),
    ],
)
def test_the_noun_of_a_thing_whose_name_is_asked(question: str, noun: str | None) -> None:
    assert named_noun(question) == noun


def test_a_name_must_stand_beside_the_noun_of_the_thing_asked() -> None:
    unit = "What was the name of the Revolutionary Guards unit that Soleimani commanded?"
    assert not names_thing(GUARDS, unit, "unit")
    assert not has_kind("name", GUARDS, unit)
    assert names_thing(SETBACKS, "What is the name of the Lebanese group?", "group")
    assert has_kind("name", TASS, "What is the name of the news agency that reported it?")


def test_the_name_or_acronym_of_a_deal_asks_its_name() -> None:
    question = "What is the name or acronym of the multinational nuclear deal Trump withdrew from?"
    assert answer_kind(question) == "name"
    assert not has_kind("name", "During his first term, Trump withdrew from a deal.", question)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What price per unit has Russia paid Iran for the drones?", "money"),
        ("How much did Russia pay per drone?", "money"),
        ("What is the price Russia paid for each Shahed drone?", "money"),
        ("What did Russia pay for the drones?", "money"),
    ],
)
def test_a_price_asks_for_money(question: str, kind: str) -> None:
    assert answer_kind(question) == kind


def test_which_president_asks_for_someone_the_sentence_calls_president() -> None:
    assert office_asked("Which Iranian president signed the 2001 agreement?") == "president"


CAPTION = "Putin and Pezeshkian meet at the Kremlin in Moscow on January 17, 2025."
VISIT = "Pezeshkian’s visit to Russia comes after Tehran faced setbacks last year."


def test_a_venue_is_a_building_in_the_place_asked_not_a_country_or_a_city() -> None:
    assert has_kind("place", CAPTION, "Which venue hosted the meeting?")
    assert not has_kind("place", VISIT, "Which venue hosted the meeting?")
    # The Kremlin is in Moscow, which the question does not ask about.
    assert not has_kind("place", CAPTION, "Which venue in Tehran hosted the meeting?")
    assert has_kind("place", CAPTION, "Which venue in Moscow hosted the meeting?")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        (
            "Crossword clue: five-letter acronym of the nuclear deal Trump withdrew from (5)",
            "acronym",
        ),
        ("What abbreviation is the news agency known by?", "acronym"),
        ("What was the temperature in Moscow on the day of the signing?", "weather"),
        ("What was the weather like at the Kremlin?", "weather"),
        ("How cold was it in Moscow?", "weather"),
        ("What was the whether like in Moscow?", "weather"),
        ("Did they say whether it lasts 20 years?", None),
        # The name of a deal, which an acronym may give, is still a name.
        ("What is the name or acronym of the nuclear deal?", "name"),
    ],
)
def test_an_acronym_and_the_weather_are_kinds_of_their_own(question: str, kind: str) -> None:
    assert answer_kind(question) == kind


def test_an_acronym_or_the_weather_must_be_in_the_sentence() -> None:
    acronym = "Five-letter acronym of the nuclear deal Trump withdrew from?"
    assert not has_kind("acronym", "During his first term, Trump withdrew from a deal.", acronym)
    assert has_kind("acronym", "The state-owned news agency TASS reported it.", "Which acronym?")
    weather = "What was the temperature in Moscow that day?"
    assert not has_kind(
        "weather", "The treaty was signed just days before Trump's return.", weather
    )
    assert has_kind("weather", "It was minus ten degrees in Moscow.", weather)
