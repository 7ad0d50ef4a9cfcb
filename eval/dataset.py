"""Eval cases: the JSONL file format, loading with line-precise errors, and validation."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from eval.metrics import contains, normalise
from qa.schemas import Turn

NonEmpty = Annotated[str, StringConstraints(min_length=1)]


class DatasetError(ValueError):
    """Raised when lines of a dataset file are not valid cases; `problems` holds one
    "file:line: message" for each bad line."""

    def __init__(self, *problems: str) -> None:
        more = f" (and {len(problems) - 1} more bad lines)" if len(problems) > 1 else ""
        super().__init__(f"{problems[0]}{more}")
        self.problems = problems


class DatasetFileError(DatasetError):
    """Raised when a dataset file cannot be used at all: missing, unreadable, not UTF-8,
    or without a single case."""


class EvalCase(BaseModel):
    """One question with what counts as a right answer and where the corpus says it."""

    # Strict: a file that says "answerable": "no" (or 1) is wrong, not a boolean to guess at.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    id: NonEmpty
    question: NonEmpty
    answers: list[NonEmpty] = Field(default_factory=list)
    answers_all: list[NonEmpty] = Field(default_factory=list)
    evidence: list[NonEmpty] = Field(default_factory=list)
    answerable: bool
    history: list[Turn] = Field(default_factory=list)


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "case"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {error['msg']}{more}"


def parse_line(line: str, where: str) -> EvalCase:
    """One JSONL line as a case; `where` ("file:line") prefixes any error."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(raw, dict):
        raise DatasetError(f"{where}: expected a JSON object, got {type(raw).__name__}")
    try:
        return EvalCase.model_validate(raw)
    except ValidationError as exc:
        raise DatasetError(f"{where}: {_first_error(exc)}") from exc


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise DatasetFileError(f"no such file or directory: {path}") from exc
    except IsADirectoryError as exc:
        raise DatasetFileError(f"{path} is a folder: give a JSONL file") from exc
    except UnicodeDecodeError as exc:
        raise DatasetFileError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise DatasetFileError(f"{path}: cannot read the dataset: {exc.strerror}") from exc


def read_cases(path: Path) -> tuple[list[EvalCase], list[str]]:
    """The valid cases of a JSONL file (blank lines skipped) and a "file:line: message" for
    each bad line; raises DatasetFileError when the file is unusable or blank."""
    # Split on newlines only: str.splitlines() also breaks at U+2028, which JSON allows raw.
    numbered = [
        (number, line)
        for number, line in enumerate(_read_text(path).split("\n"), start=1)
        if line.strip()
    ]
    if not numbered:
        raise DatasetFileError(f"{path} has no cases")
    cases: list[EvalCase] = []
    problems: list[str] = []
    for number, line in numbered:
        try:
            cases.append(parse_line(line, f"{path}:{number}"))
        except DatasetError as exc:
            problems.append(str(exc))
    return cases, problems


def load_cases(path: Path) -> list[EvalCase]:
    """Every case of a JSONL file; raises DatasetError naming each bad file:line."""
    cases, problems = read_cases(path)
    if problems:
        raise DatasetError(*problems)
    return cases


def _case_problems(case: EvalCase, corpus: Sequence[str]) -> list[str]:
    problems: list[str] = []
    if case.answerable:
        if not case.answers:
            problems.append(f"{case.id}: answerable but has no answers")
        if not case.evidence:
            problems.append(f"{case.id}: answerable but has no evidence")
    elif case.answers or case.answers_all:
        problems.append(f"{case.id}: unanswerable but has answers")
    for answer in [*case.answers, *case.answers_all]:
        if not normalise(answer):
            problems.append(f"{case.id}: answer {answer!r} is empty once normalised")
    for evidence in case.evidence:
        if not any(evidence in text for text in corpus):
            problems.append(f"{case.id}: evidence not found verbatim in the corpus: {evidence!r}")
    # An answer quoting the evidence word for word must be able to pass.
    if case.answerable and case.evidence:
        quoted = " ".join(case.evidence)
        if case.answers and not any(contains(quoted, a) for a in case.answers):
            problems.append(f"{case.id}: no acceptable answer occurs in the evidence")
        for required in case.answers_all:
            if normalise(required) and not contains(quoted, required):
                problems.append(f"{case.id}: required answer not in the evidence: {required!r}")
    return problems


def validate(cases: Sequence[EvalCase], corpus_texts: Mapping[str, str]) -> list[str]:
    """Problems that make cases unusable: duplicate ids, evidence missing from the corpus,
    answerable cases without answers or evidence, unanswerable cases with answers."""
    counts = Counter(case.id for case in cases)
    problems = [f"{case_id}: duplicate id ({n} cases)" for case_id, n in counts.items() if n > 1]
    texts = list(corpus_texts.values())
    for case in cases:
        problems.extend(_case_problems(case, texts))
    return problems
