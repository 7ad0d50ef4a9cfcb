"""Report files from a small synthetic run: report.json, report.md, the plots, the console."""

from __future__ import annotations

import json
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from eval.dataset import EvalCase
from eval.metrics import Verdict
from eval.report import (
    CaseRow,
    ConfigResult,
    Report,
    RunResult,
    failure_reasons,
    format_table,
    write_report,
)
from eval.runner import run_eval
from qa.schemas import AskRequest, AskResponse, Citation, Timings, Turn

EVIDENCE = "The treaty is expected to remain in force for 20 years."
CASES = [
    EvalCase(
        id="ok", question="How long?", answers=["20 years"], evidence=[EVIDENCE], answerable=True
    ),
    EvalCase(id="wrong", question="Who?", answers=["Putin"], evidence=[EVIDENCE], answerable=True),
    EvalCase(id="trap", question="Recipe for borscht?", answerable=False),
    EvalCase(id="boom", question="Crash?", answers=["x"], evidence=[EVIDENCE], answerable=True),
]

SCORE_KEYS = {
    *("cases", "answerable", "unanswerable", "errors", "answer_accuracy", "overall_accuracy"),
    *("token_f1", "recall_at_1", "recall_at_3", "recall_at_5", "mrr", "ndcg_at_10"),
    *("citation_recall", "citation_precision", "abstention_precision", "abstention_recall"),
    *("false_abstention_rate", "latency_ms"),
}
ROW_KEYS = {
    *("id", "question", "answerable", "expected", "answer", "abstained", "mode", "citations"),
    *("retrieved", "verdict", "timings_ms", "wall_ms", "error"),
}


@dataclass(frozen=True)
class FakePassage:
    id: str
    text: str


class FakeTarget:
    """Answers every question with the evidence sentence; abstains on borscht; fails on crash."""

    def __init__(self, total_ms: float) -> None:
        self.total_ms = total_ms

    def ask(self, request: AskRequest) -> AskResponse:
        if request.question.startswith("Crash"):
            raise RuntimeError("model fell over")
        if "borscht" in request.question:
            return AskResponse(answer="Not found.", citations=[], abstained=True, mode="abstained")
        citation = Citation(
            n=1, doc_id="d", source="a.txt", title="A", text=EVIDENCE, start=0, end=55, score=0.9
        )
        return AskResponse(
            answer=f"{EVIDENCE} [1]",
            citations=[citation],
            abstained=False,
            mode="extractive",
            timings_ms=Timings(retrieve=1.0, generate=1.0, total=self.total_ms),
        )

    def retrieve(
        self, question: str, history: Sequence[Turn] = (), top_k: int | None = None
    ) -> list[FakePassage]:
        return [FakePassage("p1", "Unrelated."), FakePassage("p2", EVIDENCE)][: top_k or 5]


def _config(name: str, run: RunResult) -> ConfigResult:
    return ConfigResult(
        name=name,
        label=f"{name}+fake",
        retrieval="hybrid",
        llm_mode="extractive",
        collection="treaty",
        scores=run.scores,
        rows=run.rows,
    )


@pytest.fixture
def results() -> list[ConfigResult]:
    return [
        _config("hybrid", run_eval(CASES, FakeTarget(10.0))),
        _config("dense", run_eval(CASES[:2], FakeTarget(2000.0))),
    ]


def test_run_eval_records_rows_errors_and_scores(results: list[ConfigResult]) -> None:
    rows = {row.id: row for row in results[0].rows}
    assert rows["ok"].verdict.correct
    assert rows["ok"].retrieved == ["p1", "p2"]
    assert rows["ok"].verdict.relevant_ranks == [2]
    assert not rows["wrong"].verdict.correct
    assert rows["trap"].verdict.correct
    assert rows["boom"].error == "RuntimeError: model fell over"
    assert rows["boom"].mode == "error"
    scores = results[0].scores
    assert scores.errors == 1
    assert scores.answer_accuracy == pytest.approx(1 / 3)
    assert scores.abstention_recall == 1.0


def test_report_json_has_the_documented_schema(results: list[ConfigResult], tmp_path: Path) -> None:
    files = write_report(results, tmp_path / "out", dataset="cases.jsonl")
    raw = json.loads(files.json.read_text(encoding="utf-8"))
    assert set(raw) == {"schema_version", "generated_at", "dataset", "configs"}
    assert raw["schema_version"] == 1
    assert raw["dataset"] == "cases.jsonl"
    config = raw["configs"][0]
    assert set(config) == {"name", "label", "retrieval", "llm_mode", "collection", "scores", "rows"}
    assert set(config["scores"]) == SCORE_KEYS
    assert set(config["scores"]["latency_ms"]) == {"retrieve", "generate", "total"}
    assert set(config["scores"]["latency_ms"]["total"]) == {"p50", "p95"}
    assert set(config["rows"][0]) == ROW_KEYS
    assert Report.model_validate(raw).configs == results


def test_report_markdown_has_the_table_and_the_default_failures(
    results: list[ConfigResult], tmp_path: Path
) -> None:
    files = write_report(results, tmp_path)
    text = files.markdown.read_text(encoding="utf-8")
    assert "| config | cases | accuracy | F1 | R@1 | R@3 | R@5 | MRR | nDCG@10 |" in text
    assert "| hybrid+fake | 4 | 0.333 |" in text
    assert "| dense+fake | 2 | 0.500 |" in text
    assert "![metrics per configuration](metrics.png)" in text
    failures = text.split("## Failures: hybrid+fake (2 of 4)")[1]
    assert "| wrong | Who? | Putin |" in failures
    assert "error: RuntimeError: model fell over" in failures
    assert "| ok |" not in failures


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_report_writes_valid_pngs(results: list[ConfigResult], tmp_path: Path) -> None:
    files = write_report(results, tmp_path)
    for plot in (files.metrics_plot, files.latency_plot):
        width, height = _png_size(plot)
        assert width > 100 and height > 100


def test_report_plots_a_run_without_timings(tmp_path: Path) -> None:
    crashed = _config("crashed", run_eval(CASES[3:], FakeTarget(1.0)))
    files = write_report([crashed], tmp_path)
    assert _png_size(files.latency_plot)[0] > 100
    assert "| crashed+fake | 1 | 0.000 |" in files.markdown.read_text(encoding="utf-8")
    assert "n/a" in files.markdown.read_text(encoding="utf-8")


def test_console_table_is_aligned(results: list[ConfigResult]) -> None:
    lines = format_table(results).splitlines()
    assert len(lines) == 4
    assert lines[0].split()[:3] == ["config", "cases", "accuracy"]
    assert len({len(line) for line in lines}) == 1
    assert lines[2].startswith("hybrid+fake ")


def _row(
    answerable: bool,
    abstained: bool,
    correct: bool,
    supporting: list[int],
    ranks: list[int],
    error: str | None = None,
) -> CaseRow:
    verdict = Verdict(
        answerable=answerable,
        abstained=abstained,
        correct=correct,
        f1=0.0,
        relevant_ranks=ranks,
        supporting_citations=supporting,
        citations=len(supporting),
    )
    return CaseRow(
        id="x",
        question="q",
        answerable=answerable,
        answer="a",
        abstained=abstained,
        mode="extractive",
        citations=[],
        retrieved=[],
        verdict=verdict,
        timings_ms=Timings(),
        wall_ms=0.0,
        error=error,
    )


@pytest.mark.parametrize(
    ("row", "reasons"),
    [
        (_row(True, False, True, [1], [1]), []),
        (_row(True, False, False, [1], [1]), ["wrong answer"]),
        (_row(True, False, True, [], [1]), ["no supporting citation"]),
        (_row(True, True, False, [], [2]), ["false abstention"]),
        (
            _row(True, False, False, [], [9]),
            ["wrong answer", "no supporting citation", "evidence not in top 5"],
        ),
        (_row(False, True, True, [], []), []),
        (_row(False, False, False, [], []), ["answered an unanswerable question"]),
        (
            _row(True, False, False, [], [], "E: x"),
            ["error: E: x", "wrong answer", "no supporting citation", "evidence not in top 5"],
        ),
    ],
)
def test_failure_reasons(row: CaseRow, reasons: list[str]) -> None:
    assert failure_reasons(row) == reasons
