"""The CI gate: the eval suite on the dev set, in the default mode, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.dataset import load_cases
from eval.runner import BLIND2_FLOOR, FRESH_FLOOR, HELDOUT_FLOOR, REGRESSION_FLOOR, gate, run_eval

DATASETS = Path(__file__).resolve().parent.parent / "eval" / "datasets"
DEV = DATASETS / "treaty_dev.jsonl"
HELDOUT = DATASETS / "treaty_heldout.jsonl"
FRESH = DATASETS / "treaty_fresh.jsonl"
BLIND2 = DATASETS / "treaty_blind2.jsonl"
pytestmark = pytest.mark.slow


def test_default_mode_stays_above_the_regression_floor_on_the_dev_set(pipeline) -> None:  # type: ignore[no-untyped-def]
    result = run_eval(load_cases(DEV), pipeline)
    scores = result.scores
    failures = gate(scores, REGRESSION_FLOOR)
    assert scores.cases == len(result.rows) > 80
    targets_missed = gate(scores)
    print("gaps to the issue's targets:", targets_missed or "none")
    assert not failures, failures


def test_default_mode_stays_above_the_floor_on_the_held_out_set(pipeline) -> None:  # type: ignore[no-untyped-def]
    result = run_eval(load_cases(HELDOUT), pipeline)
    assert result.scores.cases == len(result.rows) == 40
    failures = gate(result.scores, HELDOUT_FLOOR)
    assert not failures, failures


def test_default_mode_stays_above_the_floor_on_the_set_written_blind(pipeline) -> None:  # type: ignore[no-untyped-def]
    result = run_eval(load_cases(FRESH), pipeline)
    assert result.scores.cases == len(result.rows) == 40
    failures = gate(result.scores, FRESH_FLOOR)
    assert not failures, failures


def test_default_mode_stays_above_the_floor_on_the_second_set_written_blind(pipeline) -> None:  # type: ignore[no-untyped-def]
    result = run_eval(load_cases(BLIND2), pipeline)
    assert result.scores.cases == len(result.rows) == 40
    failures = gate(result.scores, BLIND2_FLOOR)
    assert not failures, failures
