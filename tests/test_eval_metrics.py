"""Scoring functions, verdicts, aggregation and the CI gate."""

from __future__ import annotations

import math

import pytest

from eval.dataset import EvalCase
from eval.metrics import (
    Scores,
    Verdict,
    answer_correct,
    contains,
    judge,
    ndcg_at_k,
    normalise,
    percentile,
    recall_at_k,
    reciprocal_rank,
    relevant_ranks,
    says_unknown,
    score,
    supports,
    token_f1,
)
from eval.runner import gate
from qa.schemas import AskResponse, Citation, Timings

EVIDENCE = "The treaty is expected to remain in force for 20 years, TASS reported."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello,  World!", "hello world"),
        ("Russia’s “breakthrough”", "russia s breakthrough"),
        ('Russia\'s "breakthrough"', "russia s breakthrough"),
        ("for 20 years [1].", "for 20 years"),
        ("signed [1][2, 3] it", "signed it"),
        ("wipe [Iran] off", "wipe iran off"),
        ("1,000 drones and 3.5 km", "1,000 drones and 3.5 km"),
        ("January 17, 2025.", "january 17 2025"),
        ("U.S.-led — “global hegemony”", "u s led global hegemony"),
        ("20-year\u00a0treaty\n", "20 year treaty"),
        ("", ""),
        ("...", ""),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("haystack", "needle", "expected"),
    [
        ("It lasts for 20 years, TASS said.", "20 years", True),
        ("It lasts for 120 years.", "20 years", False),
        ("Pezeshkian’s visit", "Pezeshkian", True),
        ("the Kremlin-backed deal", "Kremlin", True),
        ("anything", "", False),
        ("anything", "—", False),
    ],
)
def test_contains_matches_whole_normalised_tokens(
    haystack: str, needle: str, expected: bool
) -> None:
    assert contains(haystack, needle) is expected


@pytest.mark.parametrize(
    ("answer", "answers", "answers_all", "expected"),
    [
        ("Putin and Pezeshkian signed it [1].", ["Putin"], [], True),
        ("Putin signed it.", ["Pezeshkian", "Putin"], ["Pezeshkian", "Putin"], False),
        ("Pezeshkian and Putin signed it.", ["Pezeshkian"], ["Pezeshkian", "Putin"], True),
        ("It was signed in the Kremlin.", ["Moscow"], [], False),
        ("for twenty years", ["20 years", "twenty years"], [], True),
        ("anything", [], [], False),
    ],
)
def test_answer_correct(
    answer: str, answers: list[str], answers_all: list[str], expected: bool
) -> None:
    assert answer_correct(answer, answers, answers_all) is expected


@pytest.mark.parametrize(
    ("prediction", "references", "expected"),
    [
        ("20 years", ["20 years"], 1.0),
        ("The treaty lasts 20 years", ["20 years"], 2 * (2 / 4) * 1.0 / (2 / 4 + 1.0)),
        ("the Kremlin", ["Kremlin"], 1.0),
        ("Moscow", ["Kremlin", "Moscow"], 1.0),
        ("nothing in common", ["Kremlin"], 0.0),
        ("", ["Kremlin"], 0.0),
        ("Kremlin", [], 0.0),
    ],
)
def test_token_f1(prediction: str, references: list[str], expected: float) -> None:
    assert token_f1(prediction, references) == pytest.approx(expected)


def test_relevant_ranks_compare_normalised_text() -> None:
    passages = ["Unrelated text.", f"Intro. {EVIDENCE.upper()} More.", "Another.", EVIDENCE]
    assert relevant_ranks(passages, [EVIDENCE]) == [2, 4]
    assert relevant_ranks(passages, []) == []


@pytest.mark.parametrize(
    ("ranks", "k", "expected"),
    [([1], 1, 1.0), ([2], 1, 0.0), ([3, 7], 3, 1.0), ([4], 3, 0.0), ([5], 5, 1.0), ([], 5, 0.0)],
)
def test_recall_at_k(ranks: list[int], k: int, expected: float) -> None:
    assert recall_at_k(ranks, k) == expected


@pytest.mark.parametrize(
    ("ranks", "expected"), [([1], 1.0), ([4, 2], 0.5), ([3], 1 / 3), ([], 0.0)]
)
def test_reciprocal_rank(ranks: list[int], expected: float) -> None:
    assert reciprocal_rank(ranks) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("ranks", "expected"),
    [
        ([1], 1.0),
        ([1, 2], 1.0),
        ([2], 1 / math.log2(3)),
        ([2, 3], (1 / math.log2(3) + 1 / math.log2(4)) / (1 + 1 / math.log2(3))),
        ([11], 0.0),
        ([], 0.0),
    ],
)
def test_ndcg_at_10(ranks: list[int], expected: float) -> None:
    assert ndcg_at_k(ranks, 10) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("citation", "expected"),
    [
        (EVIDENCE, True),
        (f"Earlier sentence. {EVIDENCE} Later sentence.", True),
        ("The treaty is expected to remain in force for 20 years", True),
        ("The Kremlin praised the deal.", False),
        ("", False),
    ],
)
def test_supports(citation: str, expected: bool) -> None:
    assert supports(citation, [EVIDENCE]) is expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("I don't know.", True),
        ("I don’t know the answer.", True),
        ("I do not know.", True),
        ("The context does not mention a defence clause.", True),
        ("Putin and Pezeshkian signed it.", False),
        ("The treaty will last 20 years.", False),
    ],
)
def test_says_unknown(answer: str, expected: bool) -> None:
    assert says_unknown(answer) is expected


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([5.0], 95, 5.0),
        ([1.0, 2.0, 3.0, 4.0], 50, 2.5),
        ([4.0, 1.0, 3.0, 2.0], 50, 2.5),
        ([float(v) for v in range(1, 101)], 95, 95.05),
        ([1.0, 2.0], 0, 1.0),
        ([1.0, 2.0], 100, 2.0),
    ],
)
def test_percentile_interpolates_linearly(values: list[float], q: float, expected: float) -> None:
    assert percentile(values, q) == pytest.approx(expected)


def test_percentile_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError, match="no values"):
        percentile([], 50)


def _case(answerable: bool = True) -> EvalCase:
    if not answerable:
        return EvalCase(id="u", question="Is there a defence clause?", answerable=False)
    return EvalCase(
        id="a",
        question="How long will the treaty last?",
        answers=["20 years"],
        evidence=[EVIDENCE],
        answerable=True,
    )


def _citation(n: int, text: str) -> Citation:
    return Citation(n=n, doc_id="d", source="s.txt", title="t", text=text, start=0, end=1, score=1)


def _response(answer: str, citations: list[Citation], abstained: bool = False) -> AskResponse:
    return AskResponse(answer=answer, citations=citations, abstained=abstained, mode="extractive")


def test_judge_correct_answer_with_supporting_citation() -> None:
    response = _response("It lasts 20 years [1].", [_citation(1, EVIDENCE), _citation(2, "x")])
    verdict = judge(_case(), response, ["other", EVIDENCE])
    assert verdict.correct
    assert verdict.relevant_ranks == [2]
    assert verdict.supporting_citations == [1]
    assert verdict.citations == 2


def test_judge_answer_without_citations() -> None:
    verdict = judge(_case(), _response("It lasts 20 years.", []), [EVIDENCE])
    assert verdict.correct
    assert verdict.supporting_citations == []
    assert verdict.citations == 0


def test_judge_abstaining_on_answerable_case_is_wrong() -> None:
    verdict = judge(_case(), _response("20 years? I can't say.", [], abstained=True), [EVIDENCE])
    assert not verdict.correct
    assert verdict.f1 == 0.0
    assert verdict.relevant_ranks == [1]


def test_judge_answering_unanswerable_case_is_wrong() -> None:
    verdict = judge(_case(answerable=False), _response("Yes.", [_citation(1, EVIDENCE)]), [])
    assert not verdict.correct
    assert verdict.f1 == 0.0
    assert verdict.supporting_citations == []


def test_judge_abstaining_on_unanswerable_case_is_right() -> None:
    verdict = judge(_case(answerable=False), _response("Not found.", [], abstained=True), [])
    assert verdict.correct
    assert verdict.f1 == 1.0


def _verdict(
    answerable: bool = True,
    abstained: bool = False,
    correct: bool = True,
    ranks: list[int] | None = None,
    supporting: list[int] | None = None,
    citations: int = 1,
) -> Verdict:
    return Verdict(
        answerable=answerable,
        abstained=abstained,
        correct=correct,
        f1=float(correct),
        relevant_ranks=[1] if ranks is None else ranks,
        supporting_citations=[1] if supporting is None else supporting,
        citations=citations,
    )


def test_score_aggregates_each_metric_over_its_own_cases() -> None:
    verdicts = [
        _verdict(),
        _verdict(correct=False, ranks=[4], supporting=[], citations=2),
        _verdict(abstained=True, correct=False, ranks=[], supporting=[], citations=0),
        _verdict(answerable=False, abstained=True, ranks=[], supporting=[], citations=0),
        _verdict(answerable=False, correct=False, ranks=[], supporting=[], citations=1),
    ]
    timings = [Timings(retrieve=1, generate=2, total=float(t)) for t in (10, 20, 30, 40, 50)]
    scores = score(verdicts, timings)
    assert (scores.cases, scores.answerable, scores.unanswerable) == (5, 3, 2)
    assert scores.answer_accuracy == pytest.approx(1 / 3)
    assert scores.overall_accuracy == pytest.approx(2 / 5)
    assert scores.recall_at_1 == pytest.approx(1 / 3)
    assert scores.recall_at_5 == pytest.approx(2 / 3)
    assert scores.mrr == pytest.approx((1 + 1 / 4) / 3)
    assert scores.citation_recall == pytest.approx(1 / 3)
    assert scores.citation_precision == pytest.approx(1 / 3)
    assert scores.abstention_precision == pytest.approx(1 / 2)
    assert scores.abstention_recall == pytest.approx(1 / 2)
    assert scores.false_abstention_rate == pytest.approx(1 / 3)
    assert scores.latency_ms.total.p50 == 30
    assert scores.latency_ms.total.p95 == pytest.approx(48)


def test_score_leaves_metrics_without_cases_undefined() -> None:
    scores = score([_verdict(answerable=False, abstained=True, supporting=[])], [])
    assert scores.answer_accuracy is None
    assert scores.citation_recall is None
    assert scores.citation_precision is None
    assert scores.abstention_recall == 1.0
    assert scores.latency_ms.total.p50 is None


def test_score_citation_precision_is_undefined_without_citations() -> None:
    scores = score([_verdict(supporting=[], citations=0)], [Timings()])
    assert scores.citation_precision is None
    assert scores.citation_recall == 0.0


def _scores(**overrides: float | None) -> Scores:
    base = score([_verdict(), _verdict(answerable=False, abstained=True, supporting=[])], [])
    return base.model_copy(update=overrides)


def test_gate_passes_good_scores() -> None:
    assert gate(_scores()) == []


@pytest.mark.parametrize(
    ("metric", "value"),
    [
        ("answer_accuracy", 0.89),
        ("citation_recall", 0.94),
        ("citation_precision", 0.79),
        ("abstention_recall", 0.89),
        ("abstention_recall", None),
    ],
)
def test_gate_names_each_failing_metric(metric: str, value: float | None) -> None:
    failures = gate(_scores(**{metric: value}))
    assert len(failures) == 1
    assert failures[0].startswith(metric)


def test_gate_accepts_exact_thresholds() -> None:
    at_threshold = _scores(
        answer_accuracy=0.9, citation_recall=0.95, citation_precision=0.8, abstention_recall=0.9
    )
    assert gate(at_threshold) == []
