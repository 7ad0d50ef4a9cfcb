"""Bad command-line input: one line on stderr and exit 2, said before any long run, and
nothing created by a command that only reads."""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

import pytest

from qa.bench import latency_line
from qa.cli import at_least, missing_collection, out_dir_problem
from tests.conftest import free_port
from tests.test_cli import run

ONE_CASE = json.dumps(
    {"id": "c1", "question": "How long?", "answers": ["20 years"], "answerable": True}
)


def _questions(tmp_path: Path, text: str = ONE_CASE + "\n") -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text(text, encoding="utf-8")
    return path


def _unreachable_server() -> str:
    return f"http://127.0.0.1:{free_port()}"


def _store_with(path: Path, *collections: str) -> Path:
    from ingest.store import open_client, open_collection

    client = open_client(path)
    for name in collections:
        open_collection(client, name)
    return path


def _one_line_usage_error(done: subprocess.CompletedProcess[str], message: str) -> None:
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == f"treaty-qa: {message}\n"


@pytest.mark.parametrize("out", ["report.md", "report.md/sub"])
def test_eval_refuses_an_out_path_under_a_file_before_running(tmp_path: Path, out: str) -> None:
    (tmp_path / "report.md").write_text("not a folder", encoding="utf-8")
    questions = _questions(tmp_path)
    done = run(
        "eval", "--questions", str(questions), "--url", _unreachable_server(), "--out", out,
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith(f"treaty-qa: --out {out}")
    assert done.stderr.endswith("report.md is a file, not a folder\n")


def test_eval_says_in_one_line_when_the_report_cannot_be_written(tmp_path: Path) -> None:
    (tmp_path / "out" / "report.json").mkdir(parents=True)  # passes the check, fails the write
    done = run(
        "eval", "--questions", str(_questions(tmp_path)), "--url", _unreachable_server(),
        "--out", "out", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "treaty-qa eval: cannot write the report in out: " in done.stderr
    assert "report.json" in done.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["bench", "ask", "--repeats", "0"], "--repeats: must be at least 2, not 0: percentiles"),
        (["bench", "ask", "--repeats", "1"], "--repeats: must be at least 2, not 1: percentiles"),
        (["bench", "ask", "--repeats", "-3"], "--repeats: must be at least 2, not -3"),
        (["bench", "ingest", "--limit", "0"], "--limit: must be at least 1, not 0"),
        (["eval", "--limit", "0"], "--limit: must be at least 1, not 0"),
        (["eval", "--limit", "-1"], "--limit: must be at least 1, not -1"),
        (["eval", "--limit", "two"], "--limit: 'two' is not a whole number"),
    ],
)
def test_counts_below_their_minimum_are_usage_errors(
    tmp_path: Path, args: list[str], message: str
) -> None:
    done = run(*args, "--store", str(tmp_path / "store"), cwd=tmp_path)
    assert done.returncode == 2
    assert f"argument {message}" in done.stderr.splitlines()[-1]
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "store").exists()


# serve on port 0 (any free one): were the check missing, it must not take a port in use.
READING_COMMANDS = [["ask", "How long?"], ["bench", "ask"], ["serve", "--port", "0"]]


@pytest.mark.parametrize("command", READING_COMMANDS)
def test_reading_commands_refuse_a_missing_store_and_create_nothing(
    tmp_path: Path, command: list[str]
) -> None:
    store = tmp_path / "typo"
    done = run(*command, "--store", str(store), cwd=tmp_path)
    _one_line_usage_error(done, f"no store at {store}; run `treaty-qa ingest` first")
    assert not store.exists()


@pytest.mark.parametrize("command", READING_COMMANDS)
def test_reading_commands_name_the_collections_a_store_has(
    tmp_path: Path, command: list[str]
) -> None:
    from ingest.store import open_client

    store = _store_with(tmp_path / "store", "treaty", "treaty_wiki")
    done = run(*command, "--store", str(store), "--collection", "treatx", cwd=tmp_path)
    _one_line_usage_error(done, f"no collection 'treatx' at {store}: it has treaty, treaty_wiki")
    assert sorted(c.name for c in open_client(store).list_collections()) == [
        "treaty",
        "treaty_wiki",
    ]


@pytest.mark.parametrize("text", ["", "\n  \n"])
def test_eval_refuses_a_questions_file_without_cases(tmp_path: Path, text: str) -> None:
    questions = _questions(tmp_path, text)
    done = run(
        "eval", "--questions", str(questions), "--url", _unreachable_server(), "--out", "out",
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == f"treaty-qa eval: {questions} has no cases\n"
    assert not (tmp_path / "out").exists()


def test_eval_refuses_a_missing_questions_file(tmp_path: Path) -> None:
    done = run("eval", "--questions", "missing.jsonl", "--out", "out", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "treaty-qa eval: no such file or directory: missing.jsonl\n"


@pytest.mark.parametrize(("text", "expected"), [("2", 2), ("200", 200)])
def test_at_least_accepts_whole_numbers_from_the_minimum(text: str, expected: int) -> None:
    assert at_least(2)(text) == expected


@pytest.mark.parametrize(
    ("text", "message"), [("1", "must be at least 2, not 1: why"), ("x", "not a whole number")]
)
def test_at_least_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match=message):
        at_least(2, "why")(text)


def test_out_dir_problem_accepts_new_and_existing_folders(tmp_path: Path) -> None:
    assert out_dir_problem(tmp_path) is None
    assert out_dir_problem(tmp_path / "new" / "deeper") is None


def test_missing_collection_says_to_ingest_when_the_store_has_none() -> None:
    assert missing_collection("treaty", "var/chroma", []).endswith("run `treaty-qa ingest` first")


@pytest.mark.parametrize(
    "samples", [[1.0, 100.0], [5.0, 5.0], [3.0, 1.0, 2.0], [float(n) for n in range(200)]]
)
def test_latency_percentiles_never_exceed_the_max(samples: list[float]) -> None:
    fields = latency_line(samples).split()
    p50, p95, p99, largest = (float(fields[i]) for i in (1, 4, 7, 10))
    assert p50 <= p95 <= p99 <= largest == max(samples)
