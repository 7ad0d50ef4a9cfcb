"""Loading eval cases with line-precise errors, and validating them against the corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eval.dataset import DatasetError, DatasetFileError, EvalCase, load_cases, validate
from eval.runner import validate_main
from ingest.load import load_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
DATASETS = ROOT / "eval" / "datasets"
CORPUS_TEXTS = {
    "a.txt": "The treaty will remain in force for 20 years.",
    "b.txt": "Putin met Pezeshkian.",
}
GOOD = {
    "id": "c1",
    "question": "How long?",
    "answers": ["20 years"],
    "evidence": ["remain in force for 20 years"],
    "answerable": True,
}


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_cases_reads_every_line_and_skips_blank_ones(tmp_path: Path) -> None:
    second = {**GOOD, "id": "c2", "history": [{"role": "user", "content": "Hi"}]}
    path = _write(tmp_path, [json.dumps(GOOD), "", "  ", json.dumps(second)])
    cases = load_cases(path)
    assert [c.id for c in cases] == ["c1", "c2"]
    assert cases[1].history[0].content == "Hi"
    assert cases[0].answers_all == []


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ('{"id": "c2", "question": ', "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (json.dumps({k: v for k, v in GOOD.items() if k != "answerable"}), "answerable"),
        (json.dumps({**GOOD, "answer": "typo"}), "answer"),
        (json.dumps({**GOOD, "answers": [""]}), "answers.0"),
        (json.dumps({**GOOD, "history": [{"role": "system", "content": "x"}]}), "history.0.role"),
        (json.dumps({**GOOD, "answerable": "no"}), "answerable: Input should be a valid boolean"),
        (json.dumps({**GOOD, "answerable": 1}), "answerable: Input should be a valid boolean"),
        (json.dumps({**GOOD, "answerable": "true"}), "answerable: Input should be a valid boolean"),
    ],
)
def test_load_cases_names_the_bad_line(tmp_path: Path, bad_line: str, message: str) -> None:
    path = _write(tmp_path, [json.dumps(GOOD), "", bad_line])
    with pytest.raises(DatasetError, match=message) as info:
        load_cases(path)
    assert str(info.value).startswith(f"{path}:3: ")


def test_load_cases_reports_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.jsonl"
    with pytest.raises(DatasetFileError, match=re.escape(f"no such file or directory: {missing}")):
        load_cases(missing)


@pytest.mark.parametrize("text", ["", "\n", "  \n\n"])
def test_load_cases_refuses_a_file_without_cases(tmp_path: Path, text: str) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DatasetFileError, match=f"^{re.escape(str(path))} has no cases$"):
        load_cases(path)


def test_load_cases_accepts_a_utf8_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(GOOD) + "\n", encoding="utf-8-sig")
    assert [c.id for c in load_cases(path)] == ["c1"]


def test_load_cases_keeps_a_line_separator_inside_a_string(tmp_path: Path) -> None:
    path = _write(
        tmp_path, [json.dumps({**GOOD, "question": "How\u2028long?"}, ensure_ascii=False)]
    )
    assert load_cases(path)[0].question == "How\u2028long?"


def test_load_cases_names_every_bad_line(tmp_path: Path) -> None:
    bad = json.dumps({**GOOD, "answerable": "no"})
    path = _write(tmp_path, [bad, json.dumps(GOOD), "not json", bad])
    with pytest.raises(DatasetError) as info:
        load_cases(path)
    assert [p.split(": ")[0] for p in info.value.problems] == [f"{path}:{n}" for n in (1, 3, 4)]
    assert str(info.value).endswith("(and 2 more bad lines)")


def _case(**fields: object) -> EvalCase:
    return EvalCase.model_validate({**GOOD, **fields})


@pytest.mark.parametrize(
    ("case", "problem"),
    [
        (
            _case(evidence=["remain in force for 30 years"], answers=["30 years"]),
            "evidence not found verbatim",
        ),
        (_case(evidence=["Remain in force for 20 years"]), "evidence not found verbatim"),
        (_case(answers=[]), "answerable but has no answers"),
        (_case(evidence=[]), "answerable but has no evidence"),
        (_case(answerable=False, evidence=[]), "unanswerable but has answers"),
        (_case(answers_all=["—"]), "empty once normalised"),
        (_case(answers=["30 years"]), "no acceptable answer occurs in the evidence"),
        (_case(answers_all=["TASS"]), "required answer not in the evidence: 'TASS'"),
    ],
)
def test_validate_lists_each_problem(case: EvalCase, problem: str) -> None:
    problems = validate([case], CORPUS_TEXTS)
    assert len(problems) == 1
    assert problems[0].startswith("c1: ")
    assert problem in problems[0]


def test_validate_finds_duplicate_ids() -> None:
    problems = validate([_case(), _case()], CORPUS_TEXTS)
    assert problems == ["c1: duplicate id (2 cases)"]


def test_validate_accepts_good_cases() -> None:
    unanswerable = _case(id="c2", answers=[], evidence=[], answerable=False)
    assert validate([_case(), unanswerable], CORPUS_TEXTS) == []


@pytest.mark.parametrize(
    ("name", "count"), [("treaty_dev.jsonl", 107), ("treaty_heldout.jsonl", 40)]
)
def test_bundled_datasets_validate_clean(name: str, count: int) -> None:
    cases = load_cases(DATASETS / name)
    corpus = {d.source: d.text for d in load_corpus([CORPUS]).documents}
    assert len(cases) == count
    assert validate(cases, corpus) == []


def test_validate_main_prints_problems_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = {**GOOD, "evidence": ["not 20 years in the article"]}
    path = _write(tmp_path, [json.dumps(case)])
    assert validate_main(path, CORPUS) == 1
    out = capsys.readouterr().out
    assert "c1: evidence not found verbatim" in out
    assert "1 problem(s)" in out


def test_validate_main_passes_a_clean_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert validate_main(DATASETS / "treaty_heldout.jsonl", CORPUS) == 0
    assert capsys.readouterr().out.rstrip().endswith("ok")


def test_validate_main_reports_a_bad_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, ["not json"])
    assert validate_main(path, CORPUS) == 1
    assert f"{path}:1: invalid JSON" in capsys.readouterr().err


def test_validate_main_reports_every_bad_line_and_checks_the_good_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unfound = {**GOOD, "id": "c2", "evidence": ["not 20 years in the article"]}
    lines = [json.dumps({**GOOD, "answerable": "no"}), json.dumps(unfound), "[]", "{"]
    assert validate_main(_write(tmp_path, lines), CORPUS) == 1
    out, err = capsys.readouterr()
    path = tmp_path / "cases.jsonl"
    assert err.splitlines() == [
        f"{path}:1: answerable: Input should be a valid boolean",
        f"{path}:3: expected a JSON object, got list",
        f"{path}:4: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
    ]
    assert "c2: evidence not found verbatim" in out
    assert out.rstrip().endswith("1 cases, 1 corpus documents: 3 bad line(s), 1 problem(s)")


@pytest.mark.parametrize(
    ("text", "message"), [(None, "no such file or directory"), ("\n", "has no cases")]
)
def test_validate_main_exits_2_on_a_file_it_cannot_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str | None, message: str
) -> None:
    path = tmp_path / "cases.jsonl"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    assert validate_main(path, CORPUS) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("treaty-qa eval validate: ")
    assert message in err
    assert err.count("\n") == 1


def test_validate_main_exits_2_without_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, [json.dumps(GOOD)])
    assert validate_main(path, tmp_path / "no-corpus") == 2
    assert "no such file or directory" in capsys.readouterr().err
