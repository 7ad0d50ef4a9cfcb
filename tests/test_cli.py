"""The `treaty-qa` command as a user runs it: help, answers as JSON, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa.citations import markers
from qa.schemas import AskResponse
from tests.conftest import ARTICLE

TREATY_QA = Path(sys.executable).parent / "treaty-qa"
SUBCOMMANDS = ["ingest", "serve", "ask", "eval", "bench"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    return subprocess.run(
        [str(TREATY_QA), *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=180
    )


@pytest.mark.parametrize("args", [["--help"], *[[name, "--help"] for name in SUBCOMMANDS]])
def test_help_exits_zero(args: list[str]) -> None:
    done = run(*args)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: treaty-qa")
    assert done.stderr == ""


def test_help_lists_every_subcommand() -> None:
    out = run("--help").stdout
    for name in SUBCOMMANDS:
        assert name in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ask", ""], "treaty-qa: invalid question: String should have at least 1 character\n"),
        (
            ["ask", "x" * 2001],
            "treaty-qa: invalid question: String should have at most 2000 characters\n",
        ),
        (["ask", "Why?", "--collection", "x"], "treaty-qa: invalid setting collection: "),
    ],
)
def test_bad_ask_exits_2_with_one_clear_line(tmp_path: Path, args: list[str], message: str) -> None:
    done = run(*args, "--store", str(tmp_path / "store"), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith(message)
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


def test_unknown_subcommand_is_a_usage_error() -> None:
    done = run("frobnicate")
    assert done.returncode == 2
    assert "invalid choice" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_ask_json_prints_an_ask_response(ingested_store: Path, tmp_path: Path) -> None:
    done = run(
        "ask", "How long will the treaty remain in force?", "--json", "--store", str(ingested_store),
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    [line] = done.stdout.splitlines()
    response = AskResponse.model_validate(json.loads(line))
    assert not response.abstained
    assert "20 years" in response.answer
    assert set(markers(response.answer)) == {c.n for c in response.citations}
    original = ARTICLE.read_text(encoding="utf-8")
    assert all(c.text == original[c.start : c.end] for c in response.citations)


@pytest.mark.slow
def test_ask_on_an_empty_collection_says_to_ingest(tmp_path: Path) -> None:
    from ingest.store import open_client, open_collection

    open_collection(open_client(tmp_path / "empty"), "treaty")
    done = run(
        "ask", "How long will the treaty last?", "--store", str(tmp_path / "empty"), cwd=tmp_path
    )
    assert done.returncode == 1
    assert done.stdout == ""
    # One line, and no model was loaded before it was said.
    assert done.stderr.strip().splitlines() == [
        "treaty-qa: the collection is empty: run `treaty-qa ingest` first"
    ]
