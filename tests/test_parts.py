"""Questions that ask several things: splitting them, and merging their rankings."""

from __future__ import annotations

import pytest

from qa.evidence import ScoredSentence, Sentence
from qa.parts import OWN_FLOOR, distinct, leans_back, merge_rankings, question_parts
from qa.retrieve import Passage


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Which agency took the photo, and which agency reported the duration?",
            ["Which agency took the photo", "which agency reported the duration?"],
        ),
        (
            "How long will it last and what agreement came before it?",
            ["How long will it last", "what agreement came before it?"],
        ),
        (
            "Who signed it, as well as when was it ratified?",
            ["Who signed it", "when was it ratified?"],
        ),
        (
            "Who signed the pact, and for how many years will it last?",
            ["Who signed the pact", "for how many years will it last?"],
        ),
        (
            "Which outlet reported it, and from what year is the old agreement?",
            ["Which outlet reported it", "from what year is the old agreement?"],
        ),
        ("Who signed it, and when?", ["Who signed it, and when?"]),
        # A part that is only a question phrase asks it of the part before's predicate.
        (
            "In which city did Putin hold the news conference, and on what day of the week?",
            [
                "In which city did Putin hold the news conference",
                "on what day of the week did Putin hold the news conference?",
            ],
        ),
        (
            "Where was Soleimani killed, and by what means?",
            ["Where was Soleimani killed", "by what means was Soleimani killed?"],
        ),
        (
            "What agreement do relations rest on, and how has it been kept alive?",
            ["What agreement do relations rest on", "how has it been kept alive?"],
        ),
        ("And what did he order in 2020?", ["And what did he order in 2020?"]),
        ("Who signed the treaty and the protocol?", ["Who signed the treaty and the protocol?"]),
        ("What does the treaty cover?", ["What does the treaty cover?"]),
        (
            "In which country and in what year was the commander killed?",
            ["In which country and in what year was the commander killed?"],
        ),
        (
            "Which agency and which outlet reported it?",
            ["Which agency and which outlet reported it?"],
        ),
    ],
)
def test_a_question_splits_where_a_conjunction_starts_a_new_question(
    question: str, parts: list[str]
) -> None:
    assert question_parts(question) == parts


def test_more_than_three_parts_are_not_split() -> None:
    question = "Who met, and where did they meet, and when did they sign, and why did they sign?"
    assert question_parts(question) == [question]


def scored(text: str, at: int, score: float) -> ScoredSentence:
    passage = Passage(
        id=f"doc:{at}-{at + len(text)}", doc_id="doc", source="doc.txt", title="T",
        text=text, start=at, end=at + len(text), score=0.5,
    )  # fmt: skip
    sentence = Sentence(passage, rank=0, start=at, end=at + len(text))
    return ScoredSentence(sentence, cosine=score, coverage=0.0, kind_match=False, score=score)


PHOTO = scored("Sputnik distributed the photo.", 0, 0.9)
TASS = scored("TASS reported it lasts 20 years.", 100, 0.8)
TALKS = scored("Negotiations took years.", 200, 0.7)


def test_each_part_contributes_its_own_best_sentence_first() -> None:
    merged = merge_rankings([PHOTO, TALKS, TASS], [[PHOTO, TASS], [TASS, TALKS]])
    assert merged == [PHOTO, TASS, TALKS]


def test_parts_with_the_same_best_sentence_take_the_next_one_when_it_is_close() -> None:
    second = scored("Negotiations took years.", 200, 0.85)
    merged = merge_rankings([PHOTO, TASS, TALKS], [[PHOTO, TALKS], [PHOTO, second, TASS]])
    assert merged == [PHOTO, second, TASS]


def test_a_part_whose_next_best_is_far_behind_shares_the_best_sentence() -> None:
    tass_for_quoting = scored(TASS.sentence.text, 100, 0.75)
    merged = merge_rankings(
        [TASS, PHOTO, TALKS],
        [[TASS, PHOTO], [tass_for_quoting, scored("Negotiations took years.", 200, 0.6)]],
    )
    # The sentence is ranked once for each part, with the score it has for that part;
    # the sentence the second part gave up goes back to the rest.
    assert merged[:2] == [TASS, tass_for_quoting]
    assert merged[2:] == [PHOTO, TALKS]
    assert distinct(merged) == [TASS, PHOTO, TALKS]


def test_a_part_with_no_strong_sentence_of_its_own_shares_the_strongest_parts() -> None:
    # "…, and how has it been kept alive?" finds nothing of its own.
    weak_own = scored("Negotiations took years.", 200, 0.4)
    tass_weak = scored(TASS.sentence.text, 100, 0.3)
    merged = merge_rankings([TASS, TALKS], [[TASS, PHOTO], [weak_own, tass_weak]])
    assert merged[:2] == [TASS, tass_weak]
    assert TALKS in merged[2:]


def test_a_weak_part_that_shares_a_word_with_its_sentence_keeps_it() -> None:
    # "which field did he single out for the new chapter?" against "… a new chapter …".
    own = ScoredSentence(TALKS.sentence, cosine=0.3, coverage=0.28, kind_match=False, score=0.6)
    merged = merge_rankings([TASS], [[TASS, PHOTO], [own, TASS]])
    assert merged[:2] == [TASS, own]


def test_a_part_with_a_strong_sentence_of_its_own_keeps_it() -> None:
    own = scored("Negotiations took years.", 200, OWN_FLOOR + 0.01)
    merged = merge_rankings([TASS], [[TASS, PHOTO], [own, TASS]])
    assert merged[:2] == [TASS, own]


def test_a_sentence_best_for_two_parts_goes_to_the_part_it_fits_better() -> None:
    since = "Since the invasion, Moscow has viewed Iran as a partner."
    weapons = [scored(since, 300, 0.70), scored("Iran sent drones.", 400, 0.65)]
    since_when = [scored(since, 300, 0.95), scored("They met on Friday.", 500, 0.60)]
    merged = merge_rankings([], [weapons, since_when])
    assert [s.sentence.start for s in merged] == [400, 300]  # drones, then since
    assert merged[1] is since_when[0]  # with the score it has for its own part


@pytest.mark.parametrize(
    ("part", "leans"),
    [
        ("on which day did he speak?", True),
        ("what was his relationship to Russia and Iran?", True),
        ("in which country did the strike happen?", True),
        ("how did Iran react?", True),
        ("in which city did Putin hold a news conference?", False),
        ("what military step has the president-elect threatened?", False),
    ],
)
def test_a_part_leans_on_the_one_before_by_a_pronoun_a_short_definite_or_a_bare_reaction(
    part: str, leans: bool
) -> None:
    assert leans_back(part) is leans


def kinded(text: str, at: int, score: float, *, kind: bool) -> ScoredSentence:
    plain = scored(text, at, score)
    return ScoredSentence(plain.sentence, cosine=score, coverage=0.0, kind_match=kind, score=score)


LAVROV = "Lavrov said on Tuesday that the treaty is constructive."
RETURN = "The treaty was signed just days before Trump’s return."


def test_a_leaning_part_shares_the_sentence_before_when_that_alone_holds_its_kind() -> None:
    # "Who is Russia's foreign minister quoted about the treaty, and on which day did he
    # speak?": the day is in the sentence that names him.
    first = [kinded(LAVROV, 0, 1.2, kind=True), kinded(RETURN, 100, 0.5, kind=False)]
    second = [kinded(LAVROV, 0, 0.85, kind=True), kinded(RETURN, 100, 0.83, kind=False)]
    questions = ["Who is Russia's foreign minister quoted", "on which day did he speak?"]
    merged = merge_rankings([], [first, second], questions, {1: second})
    assert [s.sentence.start for s in merged[:2]] == [0, 0]
    # A part that does not lean on the one before keeps a sentence of its own.
    alone = merge_rankings([], [first, second], questions, {})
    assert [s.sentence.start for s in alone[:2]] == [0, 100]


SOLEIMANI = "In 2020, Trump ordered the killing of Soleimani, sparking outrage in Iran."
TRADE = "Both countries have increased their trade in response to sanctions."


def test_a_leaning_part_shares_the_sentence_before_when_read_with_it_that_is_better() -> None:
    # "How was Soleimani killed, and how did Iran react?": alone, "react" is nearest the
    # trade "in response to" sanctions; read with the killing, the outrage it sparked.
    first = [scored(SOLEIMANI, 0, 0.94), scored(TRADE, 100, 0.3)]
    second = [scored(TRADE, 100, 0.92), scored(SOLEIMANI, 0, 0.5)]
    read_with_first = [scored(SOLEIMANI, 0, 0.76), scored(TRADE, 100, 0.75)]
    questions = ["How was Soleimani killed", "how did Iran react?"]
    merged = merge_rankings([], [first, second], questions, {1: read_with_first})
    assert [s.sentence.start for s in merged[:2]] == [0, 0]
    # The shared sentence is ranked with the score it has for the part alone.
    assert merged[1].score == 0.5
    # Read with the first part, the trade still ahead: each keeps its own.
    trade_ahead = [scored(TRADE, 100, 0.8), scored(SOLEIMANI, 0, 0.7)]
    kept = merge_rankings([], [first, second], questions, {1: trade_ahead})
    assert [s.sentence.start for s in kept[:2]] == [0, 100]


def test_a_leaning_part_keeps_its_own_sentence_when_that_names_what_it_names() -> None:
    # "Whose visit came after the setbacks, and which Syrian leader's fall was one of those
    # setbacks?": the Syrian offensive, not the visit again.
    visit = "Pezeshkian's visit comes after Tehran faced setbacks last year."
    syria = "These included a Syrian offensive that toppled Assad."
    first = [kinded(visit, 0, 1.1, kind=True), kinded(syria, 100, 0.6, kind=True)]
    second = [kinded(visit, 0, 0.9, kind=True), kinded(syria, 100, 0.85, kind=True)]
    questions = [
        "Whose visit came after the setbacks",
        "which Syrian leader's fall was one of those?",
    ]
    merged = merge_rankings([], [first, second], questions, {1: second})
    assert [s.sentence.start for s in merged[:2]] == [0, 100]
