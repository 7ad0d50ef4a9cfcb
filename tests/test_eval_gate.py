"""The CI gate: the eval suite on the dev set, in the default mode, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.dataset import load_cases
from eval.runner import REGRESSION_FLOOR, gate, run_eval

DEV = Path(__file__).resolve().parent.parent / "eval" / "datasets" / "treaty_dev.jsonl"
pytestmark = pytest.mark.slow


def test_default_mode_stays_above_the_regression_floor_on_the_dev_set(pipeline) -> None:  # type: ignore[no-untyped-def]
    result = run_eval(load_cases(DEV), pipeline)
    scores = result.scores
    failures = gate(scores, REGRESSION_FLOOR)
    assert scores.cases == len(result.rows) > 80
    targets_missed = gate(scores)
    print("gaps to the issue's targets:", targets_missed or "none")
    assert not failures, failures
