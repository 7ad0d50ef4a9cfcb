"""Misspelt names read as the documents spell them."""

from __future__ import annotations

import pytest

from qa.casing import proper_forms
from qa.respelling import Names, pieces_joined, plain_words, respelled, sound_key

TEXTS = [
    "Iranian President Masoud Pezeshkian met Putin in Moscow, Lavrov said.",
    "The leaders met before Trump’s return; Tehran and Moscow signed a pact, Trump said.",
]
KNOWN = {"iranian", "president", "met", "moscow", "leaders", "signed", "pact", "fly", "sign"}


def known(word: str) -> bool:
    return word.lower() in KNOWN


NAMES = Names.of(proper_forms(TEXTS))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why did poutin fly to teheran", "why did Putin fly to Tehran"),
        ("what did pezeshkyan say", "what did Pezeshkian say"),
        ("What did Lavrow say?", "What did Lavrov say?"),
        ("Was Poutin's visit short?", "Was Putin's visit short?"),
        # A name heard and typed as several words.
        (
            "what did lav rov say the treaty is aimed at",
            "what did Lavrov say the treaty is aimed at",
        ),
        ("what did pez esh kian say", "what did Pezeshkian say"),
        # Heard or autocorrected into words of their own, after a capital inside the
        # question: one slip from the name, or sounding like it.
        ("Where did Put in and Pezeshkian meet?", "Where did Putin and Pezeshkian meet?"),
        ("What did Pez Eskin say?", "What did Pezeshkian say?"),
        ("Who met Lav Row?", "Who met Lavrov?"),
    ],
)
def test_a_word_one_slip_from_a_name_is_read_as_that_name(question: str, expected: str) -> None:
    assert respelled(question, NAMES, known) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Did the leaders sign?",  # words the documents use
        "What did the Iranians say?",  # a name's plural
        "Why did trumps team leave?",  # a name's possessive, typed without its apostrophe
        "Is Irak near?",  # too short to tell a slip from another name
        "Who is Pushkin?",  # two slips from Putin
        "Did the leaders met pact?",  # words the documents use are not pieces of a name
        "Put in the names, please.",  # a capital that opens the question names no one
        "Who did they put in charge?",  # no capital
        "What did Pez say?",  # one word
    ],
)
def test_words_that_are_no_misspelt_name_are_left_alone(question: str) -> None:
    assert respelled(question, NAMES, known) == question


def test_a_word_one_slip_from_two_names_is_left_alone() -> None:
    names = Names.of({"karin": "Karin", "karen": "Karen"})
    assert names.meant("karin") is None  # a name already
    assert names.meant("karan") is None  # Karin or Karen
    assert names.meant("kariin") == "Karin"


def test_countries_the_documents_never_name_are_names_too() -> None:
    assert Names.of({}).meant("ukrane") == "Ukraine"


WORDS = plain_words(["The treaty eases Western sanctions; the signed pact was praised."])
ENGLISH = frozenset(["signer", "treats", "the", "is", "long", "how"])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how long is tready", "how long is treaty"),
        ("Tready how long it stay?", "Treaty how long it stay?"),
        ("what sanctons were eased", "what sanctions were eased"),
    ],
)
def test_a_misspelt_word_is_read_as_the_word_the_documents_write(
    question: str, expected: str
) -> None:
    assert respelled(question, NAMES, known, WORDS, ENGLISH) == expected


@pytest.mark.parametrize(
    "question",
    [
        "who was the signer",  # an English word, though one slip from "signed"
        "what are the treats",  # an English word
        "who signs",  # a form of a word: it differs from "signed" only at its end
        "what were the sanctionz",  # the same
        "What is TREATI?",  # capitals all through: an acronym, not a slip
    ],
)
def test_english_words_and_other_forms_of_a_word_are_left_alone(question: str) -> None:
    assert respelled(question, NAMES, known, WORDS, ENGLISH) == question


def test_without_the_documents_words_only_names_are_respelt() -> None:
    assert respelled("how long is tready", NAMES, known) == "how long is tready"


ARTICLE_WORDS = plain_words(
    [
        "Negotiations for the new treaty have taken years. Iranian and Russian officials said "
        "it covers trade.\nAdvertisement"
    ]
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A word the documents write only to open a sentence.
        ("how long did negotiatons take", "how long did negotiations take"),
        # The singular of a plural they write.
        ("whats the offical name", "whats the official name"),
    ],
)
def test_words_opening_a_sentence_and_singulars_are_read_as_the_documents_words(
    question: str, expected: str
) -> None:
    assert respelled(question, NAMES, known, ARTICLE_WORDS, ENGLISH) == expected


def test_a_name_that_opens_a_sentence_is_no_plain_word() -> None:
    words = plain_words(["Iranian and Russian officials met. The Iranian President spoke."])
    assert "iranian" not in words.forms
    assert "officials" in words.forms and "official" in words.forms


ENGLISH = frozenset({"who", "is", "the", "patina", "signed", "what", "did", "say"})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What did Poutine say?", "What did Putin say?"),
        ("Who signed in Moskva?", "Who signed in Moscow?"),
        ("What did Wladimir Putin say?", "What did Vladimir Putin say?"),
        ("What did Sergei Lawrow say?", "What did Sergei Lavrov say?"),
        ("What did Pizishkian say?", "What did Pezeshkian say?"),
    ],
)
def test_a_capitalised_name_spelt_as_another_language_writes_it_is_read_as_the_name(
    question: str, expected: str
) -> None:
    texts = [*TEXTS, "Russian President Vladimir Putin and Foreign Minister Sergei Lavrov."]
    names = Names.of(proper_forms(texts))
    assert respelled(question, names, known, english=ENGLISH) == expected


@pytest.mark.parametrize(
    "question",
    [
        # The other half of a name the documents never name: not their Vladimir.
        "What did Volodymyr Zelenskyy say?",
        # Lower case: a word, not a name written another way.
        "what did poutine say?",
        # An English word that sounds like a name.
        "Is the Patina old?",
    ],
)
def test_a_word_is_not_read_as_a_name_it_only_sounds_like_when_it_may_be_something_else(
    question: str,
) -> None:
    texts = [*TEXTS, "Russian President Vladimir Putin and Foreign Minister Sergei Lavrov."]
    names = Names.of(proper_forms(texts))
    assert respelled(question, names, known, english=ENGLISH) == question


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("Poutine", "Putin"),
        ("Moskva", "Moscow"),
        ("Soleymani", "Soleimani"),
        ("Suleimani", "Soleimani"),
        ("Hizballah", "Hezbollah"),
        ("Lawrow", "Lavrov"),
        ("Teheran", "Tehran"),
    ],
)
def test_spellings_of_one_name_share_its_sound_key(spelling: str, name: str) -> None:
    assert sound_key(spelling) == sound_key(name)


def test_names_of_different_sounds_have_different_keys() -> None:
    assert len({sound_key(n) for n in ("Putin", "Pezeshkian", "Iran", "Iraq", "Lavrov")}) == 5


def test_only_names_split_after_a_capital_are_joined_before_casing_is_mended() -> None:
    question = "what did lav rov tell Pez Eskin"
    assert (
        pieces_joined(question, NAMES, known, capitalised=True)
        == "what did lav rov tell Pezeshkian"
    )
    assert pieces_joined(question, NAMES, known) == "what did Lavrov tell Pezeshkian"
