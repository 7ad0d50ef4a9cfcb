"""Abstention and the choice of evidence sentences, on hand-made scored sentences."""

from __future__ import annotations

from qa.answer import (
    Thresholds,
    evidence_for_answer,
    extractive_answer,
    grant_premise,
    should_abstain,
)
from qa.evidence import ScoredSentence, Sentence
from qa.retrieve import Passage

LIMITS = Thresholds(min_cosine=0.25, second_margin=0.1)


def scored(
    text: str, cosine: float, score: float, *, kind: bool = False, at: int = 0, doc: str = "doc"
) -> ScoredSentence:
    passage = Passage(
        id=f"{doc}:{at}-{at + len(text)}", doc_id=doc, source=f"{doc}.txt", title="T",
        text=text, start=at, end=at + len(text), score=0.5,
    )  # fmt: skip
    sentence = Sentence(passage, rank=0, start=at, end=at + len(text))
    return ScoredSentence(sentence, cosine=cosine, coverage=0.0, kind_match=kind, score=score)


SIGNED = scored("Putin and Pezeshkian signed the treaty in Moscow.", 0.7, 0.9, kind=True, at=0)
LASTS = scored("The treaty will remain in force for 20 years.", 0.5, 0.6, kind=True, at=100)
TRADE = scored("Both countries increased their trade.", 0.3, 0.35, at=200)


def test_abstains_when_nothing_is_close_in_meaning() -> None:
    far = scored("Both countries increased their trade.", 0.2, 0.5)
    assert should_abstain("What is the capital of Australia?", [far], LIMITS)
    assert should_abstain("Who signed it?", [], LIMITS)


def test_a_clause_close_in_meaning_keeps_a_far_sentence_in_reach() -> None:
    # "At a joint news conference … on Friday, Putin praised …": the whole sentence is far
    # from "what day was the news conference?", its first clause is close.
    text = "At a news conference on Friday, Putin praised the deal as a breakthrough."
    limits = Thresholds(min_cosine=0.28, min_clause_cosine=0.36)
    far = ScoredSentence(
        scored(text, 0.2, 0.5).sentence, cosine=0.2, coverage=0.0, kind_match=True,
        score=0.5, nearest=0.45,
    )  # fmt: skip
    assert not should_abstain("What day was the news conference?", [far], limits)
    # A clause only somewhat near ("Who won the 2022 World Cup?" against "… in February
    # 2022, Moscow …") does not.
    near = ScoredSentence(
        far.sentence, cosine=0.2, coverage=0.0, kind_match=True, score=0.5, nearest=0.33
    )
    assert should_abstain("Who won the 2022 World Cup?", [near], limits)


def test_a_sentence_promoted_for_its_kind_does_not_hide_a_close_one() -> None:
    # "Who" promoted a sentence that names someone but is far in meaning; the runner-up is
    # close: the question is answerable.
    promoted = scored("Officials met on Friday.", 0.15, 0.4, kind=True)
    close = scored("The accord was signed by the harbour master.", 0.6, 0.6, at=50)
    assert not should_abstain("Who signed the accord?", [promoted, close], LIMITS)


def test_abstains_when_no_top_sentence_holds_the_asked_for_kind() -> None:
    # kind_match was set by scoring for this question: neither sentence counts articles.
    lasts = scored("The treaty will remain in force for 20 years.", 0.5, 0.6, kind=False)
    signed = scored("Putin signed the treaty in Moscow.", 0.6, 0.5, kind=False, at=60)
    assert should_abstain("How many articles does the treaty have?", [lasts, signed], LIMITS)
    # A "what" question asks for no particular kind ("What does the treaty cover?" would
    # also need a sentence in which the treaty covers something: see `unmet_premise`).
    assert not should_abstain("What happened to the treaty?", [lasts, signed], LIMITS)
    assert not should_abstain("How long will the treaty last?", [LASTS, SIGNED], LIMITS)


def test_abstains_when_only_a_far_runner_up_holds_the_asked_for_kind() -> None:
    # Scoring puts a sentence of the asked-for kind first when it is nearly as good, so a
    # runner-up of that kind is one the best sentence left far behind.
    withdrew = scored("Trump withdrew from a multinational deal.", 0.77, 0.97, kind=False)
    quoted = scored("Trump warned he would “wipe Iran off”.", 0.39, 0.56, kind=True, at=60)
    assert should_abstain("What is the official name of the deal?", [withdrew, quoted], LIMITS)
    assert not should_abstain("What is the official name of the deal?", [quoted], LIMITS)


def test_each_part_of_a_two_part_question_needs_its_own_kind() -> None:
    question = "Which agency distributed the photo, and how long will the treaty last?"
    photo = scored("Sputnik distributed the photo.", 0.5, 0.6, kind=False, at=400)
    assert not should_abstain(question, [photo, LASTS], LIMITS)
    assert should_abstain(question, [photo, TRADE], LIMITS)


def test_which_agency_did_something_needs_a_best_sentence_that_names_one() -> None:
    lavrov = scored("“It is constructive,” Foreign Minister Sergei Lavrov said.", 0.6, 0.7)
    tass = scored("It will last 20 years, the state-owned news agency TASS reported.", 0.6, 0.7)
    reuters = scored("Reuters reported that the treaty was signed.", 0.6, 0.7)
    asked = "Which news agency carried Lavrov's remarks?"
    assert should_abstain(asked, [lavrov, tass], LIMITS)
    assert not should_abstain("Which news agency reported the term?", [tass], LIMITS)
    assert not should_abstain("Which agency reported the signing?", [reuters], LIMITS)


def test_a_question_asking_a_persons_name_needs_a_best_sentence_naming_someone() -> None:
    kremlin = scored("The Kremlin earlier said the treaty will enhance relations.", 0.7, 0.9)
    asked = "What is the name of the Kremlin spokesperson who said it will enhance relations?"
    assert should_abstain(asked, [kremlin], LIMITS)
    assert not should_abstain("Who said it will enhance relations?", [kremlin], LIMITS)


def test_a_photos_credit_line_answers_who_took_it_however_far_in_meaning() -> None:
    credit = ScoredSentence(
        scored("(Photo by Vyacheslav PROKOFYEV / POOL / AFP", 0.2, 0.6).sentence,
        cosine=0.2, coverage=0.14, kind_match=True, score=0.6,
    )  # fmt: skip
    assert not should_abstain("who took the photo of the two presidents", [credit], LIMITS)
    # Not a photo the document never shows, nor with no word in common.
    assert should_abstain("Who took the photo of the Apollo moon landing?", [credit], LIMITS)
    unshared = ScoredSentence(credit.sentence, cosine=0.2, coverage=0.0, kind_match=True, score=0.6)
    assert should_abstain("who snapped the two presidents", [unshared], LIMITS)


def test_abstains_when_the_question_names_someone_the_passages_never_do() -> None:
    assert should_abstain("What did Volodymyr Zelenskyy say about it?", [SIGNED, LASTS], LIMITS)
    assert not should_abstain("What did Pezeshkian say about it?", [SIGNED, LASTS], LIMITS)


def test_a_name_only_another_document_mentions_does_not_make_it_answerable() -> None:
    question = "How did Volodymyr Zelenskyy react to the treaty?"
    biography = scored("Volodymyr Zelenskyy condemned the treaty.", 0.4, 0.4, doc="wiki")
    assert should_abstain(question, [SIGNED, biography], LIMITS)
    assert not should_abstain(question, [biography, SIGNED], LIMITS)


def test_a_sentence_pointing_back_at_the_best_one_completes_it() -> None:
    setbacks = "Tehran faced several setbacks last year."
    best = scored(setbacks, 0.6, 0.8)
    these = scored("These included the fall of Assad.", 0.3, 0.4, at=len(setbacks) + 1)
    later = scored("These talks took years.", 0.3, 0.4, at=500)
    assert evidence_for_answer("What went wrong?", [best, later, these], LIMITS) == [best, these]
    assert evidence_for_answer("What went wrong?", [best, later], LIMITS) == [best]


def test_a_sentence_pointing_back_stays_out_when_the_best_holds_the_asked_for_kind() -> None:
    setbacks = "Tehran faced several setbacks last year."
    best = scored(setbacks, 0.6, 0.8, kind=True)
    these = scored("These included the fall of Assad.", 0.3, 0.4, at=len(setbacks) + 1)
    assert evidence_for_answer("In what year were the setbacks?", [best, these], LIMITS) == [best]


def test_a_sentence_pointing_back_takes_the_asked_for_kind_from_the_one_before() -> None:
    setbacks = "Tehran faced several setbacks last year."
    before = scored(setbacks, 0.3, 0.4, kind=True)
    these = scored("These included the fall of Assad.", 0.6, 0.8, at=len(setbacks) + 1)
    question = "In what year did Assad fall?"
    assert not should_abstain(question, [these, before], LIMITS)
    assert evidence_for_answer(question, [these, before], LIMITS) == [before, these]
    # Not a sentence that does not point back at the one before.
    fall = scored("Assad fell to an offensive.", 0.6, 0.8, at=len(setbacks) + 1)
    assert should_abstain(question, [fall, before], LIMITS)
    # Nor a start or an end, nor a kind other than a year: "These" names the setbacks.
    assert should_abstain("In what year did the war start?", [these, before], LIMITS)
    assert should_abstain("When did the war end?", [these, before], LIMITS)


def test_a_sentence_opening_on_a_role_is_cited_with_the_one_before_that_names_him() -> None:
    returns = "The treaty was signed just days before Trump’s return to power."
    before = scored(returns, 0.6, 0.6)
    role = scored(
        "The US president-elect, who has long opposed Iran, has threatened action.",
        0.4, 0.8, kind=True, at=len(returns) + 1,
    )  # fmt: skip
    question = "Who was the US president-elect when the treaty was signed?"
    assert evidence_for_answer(question, [role, before], LIMITS) == [before, role]
    # Not for a question that asks for no one, nor for a role followed by a name.
    assert evidence_for_answer("What did he threaten?", [role, before], LIMITS) == [role]
    named = scored(
        "The US president-elect Donald Trump has threatened action.", 0.4, 0.8, kind=True,
        at=len(returns) + 1,
    )  # fmt: skip
    assert evidence_for_answer(question, [named, before], LIMITS) == [named]


def test_a_runner_up_that_misses_what_the_question_takes_as_given_stays_out() -> None:
    # "How has the earlier agreement been kept in effect?": the sentence on the new
    # treaty's negotiations is as near, but is on no earlier agreement.
    old = scored("The framework is based on a 2001 agreement, periodically renewed.", 0.6, 0.8)
    talks = scored("Negotiations for the new treaty have taken years.", 0.6, 0.78, at=100)
    question = "How has the earlier agreement been kept in effect?"
    assert evidence_for_answer(question, [old, talks], LIMITS) == [old]


def test_the_runner_up_joins_the_answer_only_when_nearly_as_good() -> None:
    near = scored("Both presidents signed it on Friday.", 0.6, 0.85, kind=True, at=300)
    assert evidence_for_answer("Who signed it?", [SIGNED, near], LIMITS) == [SIGNED, near]
    assert evidence_for_answer("Who signed it?", [SIGNED, TRADE], LIMITS) == [SIGNED]


def test_a_two_part_question_takes_two_sentences_in_document_order() -> None:
    chosen = evidence_for_answer(
        "How long will it last, and who signed it?", [LASTS, SIGNED, TRADE], LIMITS
    )
    assert chosen == [SIGNED, LASTS]


def test_the_extractive_answer_is_the_sentences_with_their_markers() -> None:
    assert extractive_answer([SIGNED, LASTS]) == (
        "Putin and Pezeshkian signed the treaty in Moscow. [1] "
        "The treaty will remain in force for 20 years. [2]"
    )


def test_a_runner_up_without_the_asked_for_kind_stays_out() -> None:
    dated = scored("They met on January 17, 2025.", 0.6, 0.8, kind=True)
    undated = scored("They met in Moscow.", 0.6, 0.75, kind=False, at=40)
    assert evidence_for_answer("When did they meet?", [dated, undated], LIMITS) == [dated]
    assert evidence_for_answer("When did they meet?", [dated], LIMITS) == [dated]


def test_an_aside_after_the_best_sentence_joins_it_only_with_the_missing_kind() -> None:
    caption = "In this photograph, Putin and Pezeshkian meet at the Kremlin."
    best = scored(caption, 0.7, 0.9)
    credit = scored(
        "(Photo by Vyacheslav PROKOFYEV / AFP", 0.3, 0.3, kind=True, at=len(caption) + 1
    )
    question = "Who took the photograph of Putin and Pezeshkian?"
    assert evidence_for_answer(question, [best, credit], LIMITS) == [best, credit]
    # Nothing is missing when the question asks for no kind, or the caption holds it.
    assert evidence_for_answer("What does the photograph show?", [best, credit], LIMITS) == [best]
    named = scored(caption, 0.7, 0.9, kind=True)
    assert evidence_for_answer(question, [named, credit], LIMITS) == [named]


def test_abstains_when_the_best_sentence_does_not_grant_the_premise() -> None:
    assert should_abstain("Why did China sign the treaty?", [SIGNED, LASTS], LIMITS)
    reason = scored("Putin signed the treaty in response to sanctions.", 0.7, 0.9, kind=True)
    assert not should_abstain("Why did Putin sign the treaty?", [reason, LASTS], LIMITS)
    remark = scored("Pezeshkian said relations would deepen.", 0.6, 0.8, kind=True)
    assert should_abstain("What did Pezeshkian say about drones?", [remark], LIMITS)
    assert not should_abstain("What did Pezeshkian say about relations?", [remark], LIMITS)


def test_a_sentence_covering_the_asked_topic_is_put_first_when_close() -> None:
    culture = scored("The treaty covers science and culture.", 0.5, 0.6)
    energy = scored("The deal covers transport and energy.", 0.3, 0.45, at=100)
    far = scored("The pact also covers energy.", 0.2, 0.2, at=200)
    assert grant_premise("Does the pact cover energy?", [culture, energy]) == [energy, culture]
    assert grant_premise("Does the pact cover energy?", [culture, far]) == [culture, far]
    # No topic, no reordering: a sentence that names China does not say why China signed.
    china = scored("China signed nothing.", 0.3, 0.55, at=300)
    assert grant_premise("Why did China sign?", [SIGNED, china]) == [SIGNED, china]


def test_a_why_question_goes_to_a_sentence_as_near_that_gives_a_reason() -> None:
    ties = scored("The leaders said the two countries would intensify trade.", 0.55, 0.82, at=0)
    cause = scored("Both countries increased trade in response to sanctions.", 0.55, 0.80, at=100)
    question = "Why have the two countries been doing more business?"
    assert grant_premise(question, [ties, cause]) == [cause, ties]
    # A sentence with a reason far behind the best does not answer in its place.
    far = scored("Both countries increased trade in response to sanctions.", 0.4, 0.6, at=100)
    assert grant_premise(question, [ties, far]) == [ties, far]


def test_a_runner_up_holding_the_kind_vaguely_stays_out_of_a_full_answer() -> None:
    named = scored("Officials said the “comprehensive strategic partnership treaty” covers trade.",
                   0.5, 0.8, kind=True, at=0)  # fmt: skip
    acronym = scored("The treaty will last 20 years, the news agency TASS reported.",
                     0.5, 0.79, kind=True, at=100)  # fmt: skip
    question = "whats the full name of the treaty"
    assert evidence_for_answer(question, [named, acronym], LIMITS) == [named]
    # A runner-up that holds it better than the best still joins.
    assert evidence_for_answer(question, [acronym, named], LIMITS) == [named, acronym]


def test_a_sentence_that_nearly_repeats_one_ranked_above_it_is_left_out() -> None:
    from qa.evidence import without_repeats

    caption = scored(
        "Putin and Pezeshkian meet at the Kremlin in Moscow on January 17, 2025.", 0.6, 0.9
    )
    repeated = scored(
        "Putin and Pezeshkian meet at the Kremlin in Moscow on January 17, 2025 [Pool via AFP]",
        0.6,
        0.8,
        at=100,
    )
    assert without_repeats([caption, repeated, LASTS]) == [caption, LASTS]
    assert without_repeats([repeated, LASTS, caption]) == [repeated, LASTS]
    assert without_repeats([SIGNED, LASTS, TRADE]) == [SIGNED, LASTS, TRADE]
