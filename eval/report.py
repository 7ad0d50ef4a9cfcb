"""Eval results and their reports: report.json, report.md, PNG plots, a console table.

report.json (schema_version 1)::

    {
      "schema_version": 1,
      "generated_at": "2025-01-17T12:00:00+00:00",      # UTC, ISO 8601
      "dataset": "eval/datasets/treaty_dev.jsonl",       # or null
      "configs": [                                       # first = the default config
        {
          "name": "hybrid",                              # key accepted by --configs
          "label": "hybrid+extractive",
          "retrieval": "hybrid", "llm_mode": "extractive", "collection": "treaty",
          "scores": {
            "cases": 107, "answerable": 74, "unanswerable": 33, "errors": 0,
            "answer_accuracy": 0.93,        # answerable cases only (the CI gate's number)
            "overall_accuracy": 0.94,       # all cases; unanswerable = abstained
            "token_f1": 0.41,               # answerable cases, best reference
            "recall_at_1": 0.9, "recall_at_3": 0.97, "recall_at_5": 1.0,
            "mrr": 0.94, "ndcg_at_10": 0.95,
            "citation_recall": 0.96, "citation_precision": 0.88,
            "abstention_precision": 0.91, "abstention_recall": 0.94,
            "false_abstention_rate": 0.03,
            "latency_ms": {"retrieve": {"p50": 12.0, "p95": 30.1},
                           "generate": {"p50": 3.2, "p95": 5.0},
                           "total": {"p50": 16.0, "p95": 36.2}}
          },                                 # any rate is null when its denominator is 0
          "rows": [
            {
              "id": "dev-001", "question": "...", "answerable": true,
              "expected": ["Pezeshkian", "Putin"],           # the case's acceptable answers
              "answer": "...", "abstained": false, "mode": "extractive",
              "citations": [{"n": 1, "doc_id": "...", "source": "...", "title": "...",
                             "text": "...", "start": 0, "end": 10, "score": 0.8}],
              "retrieved": ["<chunk id>", ...],              # top 10, best first
              "verdict": {"answerable": true, "abstained": false, "correct": true,
                          "f1": 0.5, "relevant_ranks": [1, 4],
                          "supporting_citations": [1], "citations": 1},
              "timings_ms": {"retrieve": 12.0, "generate": 3.0, "total": 15.0},
              "wall_ms": 16.2,                              # measured by the eval
              "error": null                                 # or "ExceptionType: message"
            }
          ]
        }
      ]
    }
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from eval.metrics import Scores, Verdict, recall_at_k
from qa.schemas import Citation, Timings

SCHEMA_VERSION: Literal[1] = 1


class CaseRow(BaseModel):
    """One question as asked, answered and judged."""

    id: str
    question: str
    answerable: bool
    expected: list[str] = []
    answer: str
    abstained: bool
    mode: str
    citations: list[Citation]
    retrieved: list[str]
    verdict: Verdict
    timings_ms: Timings
    wall_ms: float
    error: str | None = None


class RunResult(BaseModel):
    """Every row of one run and their aggregate scores."""

    scores: Scores
    rows: list[CaseRow]


class ConfigResult(BaseModel):
    """A run together with the configuration that produced it."""

    name: str
    label: str
    retrieval: str
    llm_mode: str
    collection: str
    scores: Scores
    rows: list[CaseRow]


class Report(BaseModel):
    """The report.json document."""

    schema_version: Literal[1] = SCHEMA_VERSION
    generated_at: str
    dataset: str | None = None
    configs: list[ConfigResult]


@dataclass(frozen=True, slots=True)
class ReportFiles:
    """Where write_report put each file."""

    json: Path
    markdown: Path
    metrics_plot: Path
    latency_plot: Path


Getter = Callable[[Scores], float | None]
RATE_COLUMNS: list[tuple[str, Getter]] = [
    ("accuracy", lambda s: s.answer_accuracy),
    ("F1", lambda s: s.token_f1),
    ("R@1", lambda s: s.recall_at_1),
    ("R@3", lambda s: s.recall_at_3),
    ("R@5", lambda s: s.recall_at_5),
    ("MRR", lambda s: s.mrr),
    ("nDCG@10", lambda s: s.ndcg_at_10),
    ("cite R", lambda s: s.citation_recall),
    ("cite P", lambda s: s.citation_precision),
    ("abstain P", lambda s: s.abstention_precision),
    ("abstain R", lambda s: s.abstention_recall),
    ("false abstain", lambda s: s.false_abstention_rate),
]
LATENCY_COLUMNS: list[tuple[str, Getter]] = [
    ("p50 ms", lambda s: s.latency_ms.total.p50),
    ("p95 ms", lambda s: s.latency_ms.total.p95),
]


def _rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f}"


def score_cells(result: ConfigResult) -> list[str]:
    """The comparison-table cells of one configuration."""
    scores = result.scores
    return [
        result.label,
        str(scores.cases),
        *(_rate(get(scores)) for _, get in RATE_COLUMNS),
        *(_ms(get(scores)) for _, get in LATENCY_COLUMNS),
    ]


def _headers() -> list[str]:
    return ["config", "cases", *(h for h, _ in RATE_COLUMNS), *(h for h, _ in LATENCY_COLUMNS)]


def format_table(results: Sequence[ConfigResult]) -> str:
    """A plain-text table, one aligned row per configuration."""
    rows = [_headers(), *(score_cells(r) for r in results)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def failure_reasons(row: CaseRow) -> list[str]:
    """Why a row counts as a failure (empty when it passed)."""
    verdict = row.verdict
    reasons: list[str] = []
    if row.error:
        reasons.append(f"error: {row.error}")
    if not row.answerable:
        if not row.abstained:
            reasons.append("answered an unanswerable question")
        return reasons
    if row.abstained:
        reasons.append("false abstention")
    elif not verdict.correct:
        reasons.append("wrong answer")
    if not row.abstained and not verdict.supporting_citations:
        reasons.append("no supporting citation")
    if reasons and not recall_at_k(verdict.relevant_ranks, 5):
        reasons.append("evidence not in top 5")
    return reasons


def _cell(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split()).replace("|", "\\|")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    return [
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
        *("| " + " | ".join(row) + " |" for row in rows),
    ]


def render_markdown(report: Report, files: ReportFiles) -> str:
    """report.md: the comparison table, the plots, then the default config's failures."""
    lines = ["# treaty-qa eval", "", f"Generated {report.generated_at}."]
    if report.dataset:
        lines.append(f"Dataset: `{report.dataset}`.")
    lines += [
        "",
        "Rates are over answerable cases except abstention precision/recall; latency is the "
        "total per question (p50/p95, linear interpolation).",
        "",
        *_md_table(_headers(), [score_cells(r) for r in report.configs]),
        "",
        f"![metrics per configuration]({files.metrics_plot.name})",
        "",
        f"![latency per configuration]({files.latency_plot.name})",
    ]
    if report.configs:
        default = report.configs[0]
        failed = [(row, failure_reasons(row)) for row in default.rows]
        failed = [(row, reasons) for row, reasons in failed if reasons]
        lines += ["", f"## Failures: {default.label} ({len(failed)} of {len(default.rows)})", ""]
        table = [
            [
                row.id,
                _cell(row.question),
                _cell(" / ".join(row.expected) or "(unanswerable)"),
                _cell(row.answer),
                "; ".join(reasons),
            ]
            for row, reasons in failed
        ]
        lines += _md_table(["id", "question", "expected", "answer", "why"], table) if table else []
    return "\n".join(lines) + "\n"


def plot_metrics(results: Sequence[ConfigResult], path: Path) -> None:
    """Grouped bar chart: one group per metric, one bar per configuration."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(12, 5), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    width = 0.8 / max(1, len(results))
    for i, result in enumerate(results):
        heights = [get(result.scores) for _, get in RATE_COLUMNS]
        xs = [m + (i - (len(results) - 1) / 2) * width for m in range(len(RATE_COLUMNS))]
        axes.bar(xs, [math.nan if h is None else h for h in heights], width, label=result.label)
    axes.set_xticks(range(len(RATE_COLUMNS)), [h for h, _ in RATE_COLUMNS], rotation=30)
    axes.set_ylim(0, 1.05)
    axes.set_ylabel("score")
    axes.set_title("Metrics per configuration")
    axes.legend(fontsize="small")
    figure.savefig(path, dpi=100)


def plot_latency(results: Sequence[ConfigResult], path: Path) -> None:
    """Box plot of total latency per configuration (log scale when spreads differ widely)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(max(6.0, 1.6 * len(results)), 4.5), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    series = [
        (r.label, [row.timings_ms.total for row in r.rows if row.error is None]) for r in results
    ]
    series = [(label, values) for label, values in series if values]
    if series:
        axes.boxplot([values for _, values in series])
        axes.set_xticks(range(1, len(series) + 1), [label for label, _ in series], rotation=15)
        everything = [v for _, values in series for v in values]
        if min(everything) > 0 and max(everything) / min(everything) > 50:
            axes.set_yscale("log")
    else:
        axes.text(0.5, 0.5, "no timings", ha="center", va="center", transform=axes.transAxes)
    axes.set_ylabel("total latency (ms)")
    axes.set_title("Latency per configuration")
    figure.savefig(path, dpi=100)


def write_report(
    results: list[ConfigResult], out_dir: Path, *, dataset: str | None = None
) -> ReportFiles:
    """Write report.json, report.md, metrics.png and latency.png into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = ReportFiles(
        json=out_dir / "report.json",
        markdown=out_dir / "report.md",
        metrics_plot=out_dir / "metrics.png",
        latency_plot=out_dir / "latency.png",
    )
    report = Report(
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
        dataset=dataset,
        configs=results,
    )
    files.json.write_text(report.model_dump_json(indent=2) + "\n", encoding="utf-8")
    files.markdown.write_text(render_markdown(report, files), encoding="utf-8")
    plot_metrics(results, files.metrics_plot)
    plot_latency(results, files.latency_plot)
    return files
