"""The CI gate: the eval suite on the dev set, in the default mode, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.dataset import load_cases
from eval.runner import REGRESSION_FLOOR, SET_FLOORS, gate, run_eval

DATASETS = Path(__file__).resolve().parent.parent / "eval" / "datasets"
DEV = DATASETS / "treaty_dev.jsonl"
pytestmark = pytest.mark.slow


def test_default_mode_meets_the_targets_and_its_floor_on_the_dev_set(pipeline) -> None:  # type: ignore[no-untyped-def]
    result = run_eval(load_cases(DEV), pipeline)
    scores = result.scores
    assert scores.cases == len(result.rows) > 80
    # The gate: accuracy 0.9, citation recall 0.95, precision 0.8, abstention 0.9.
    assert not gate(scores), gate(scores)
    assert not gate(scores, REGRESSION_FLOOR), gate(scores, REGRESSION_FLOOR)


@pytest.mark.parametrize("name", sorted(SET_FLOORS))
def test_default_mode_stays_above_its_floor_on_each_other_set(pipeline, name: str) -> None:  # type: ignore[no-untyped-def]
    result = run_eval(load_cases(DATASETS / name), pipeline)
    assert result.scores.cases == len(result.rows) == 40
    failures = gate(result.scores, SET_FLOORS[name])
    print(name, "gaps to the issue's targets:", gate(result.scores) or "none")
    assert not failures, failures
