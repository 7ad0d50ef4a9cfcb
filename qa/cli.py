"""The `treaty-qa` command: ingest, serve, ask, eval, bench."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from qa.config import Settings

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

    from ingest.pipeline import IngestResult

EXIT_USAGE = 2
CHROMA_FILE = "chroma.sqlite3"  # what an embedded Chroma store holds once it exists


class CliError(Exception):
    """A failure to report as one line on stderr with a non-zero exit."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _offline() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, object] = {}
    for name in ("store", "chroma_url", "collection", "llm_mode", "retrieval", "top_k"):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    try:
        return Settings(**overrides)  # type: ignore[arg-type]  # values come from argparse
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "settings"
        raise CliError(f"invalid setting {where}: {first['msg']}", EXIT_USAGE) from exc


def at_least(minimum: int, why: str = "") -> Callable[[str], int]:
    """An argparse type: a whole number no smaller than `minimum` (`why` says the reason)."""

    def whole_number(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            reason = f": {why}" if why else ""
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {value}{reason}")
        return value

    return whole_number


def out_dir_problem(out: Path) -> str | None:
    """Why a report folder cannot be written at `out`, or None when it can."""
    if out.exists() and not out.is_dir():
        return f"--out {out} is a file, not a folder"
    nearest = next(p for p in (out, *out.parents) if p.exists())
    if not nearest.is_dir():
        return f"--out {out}: {nearest} is a file, not a folder"
    if not os.access(nearest, os.W_OK | os.X_OK):
        return f"--out {out}: no permission to write in {nearest}"
    return None


def missing_collection(name: str, where: str, existing: Sequence[str]) -> str:
    """The message for a collection that is not in the store, naming those that are."""
    if not existing:
        return f"no collection {name!r} at {where}: it has none; run `treaty-qa ingest` first"
    return f"no collection {name!r} at {where}: it has {', '.join(sorted(existing))}"


def open_existing_store(settings: Settings) -> ClientAPI:
    """A client for the settings' store, once the store and its collection exist: commands
    that only read must not create either (a typo would leave an empty store behind)."""
    from ingest.store import StoreUnavailableError, open_client

    if not settings.chroma_url and not (settings.store / CHROMA_FILE).is_file():
        raise CliError(f"no store at {settings.store}; run `treaty-qa ingest` first", EXIT_USAGE)
    client = open_client(settings.store, settings.chroma_url)
    where = settings.chroma_url or str(settings.store)
    try:
        names = [c.name for c in client.list_collections()]
    except Exception as exc:
        raise StoreUnavailableError(f"cannot list the collections at {where}: {exc}") from exc
    if settings.collection not in names:
        raise CliError(missing_collection(settings.collection, where, names), EXIT_USAGE)
    return client


def _store_args(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--store", type=Path, help="embedded Chroma directory (default var/chroma)")
    where.add_argument("--chroma-url", help="a `chroma run` server, e.g. http://127.0.0.1:8001")
    parser.add_argument("--collection", help="Chroma collection name (default treaty)")


def cmd_ingest(args: argparse.Namespace) -> int:
    """Ingest documents into the store."""
    settings = _settings(args)
    paths = [Path(p) for p in (args.paths or [str(settings.corpus)])]
    for path in paths:
        if not path.exists():
            raise CliError(f"no such file or directory: {path}", EXIT_USAGE)
    result = ingest(
        settings, paths, prune=args.prune, progress=not args.json and sys.stderr.isatty()
    )
    for file, reason in result.skipped:
        print(f"warning: skipped {file}: {reason}", file=sys.stderr)
    if args.json:
        print(json.dumps(result.summary()))
    else:
        s = result.summary()
        print(
            f"{s['documents']} documents: {s['added']} added, {s['updated']} updated, "
            f"{s['unchanged']} unchanged, {s['removed']} removed; "
            f"{s['chunks']} chunks in the collection ({s['seconds']} s)"
        )
    return 0


def ingest(
    settings: Settings, paths: Sequence[Path], *, prune: bool = False, progress: bool = False
) -> IngestResult:
    """Run an ingest with the settings' store, model and chunking."""
    from ingest.embed import Embedder
    from ingest.pipeline import run_ingest
    from ingest.store import open_client, open_collection

    client = open_client(settings.store, settings.chroma_url)
    collection = open_collection(client, settings.collection)
    embedder = Embedder.load(batch_size=settings.embed_batch_size, threads=settings.ingest_threads)
    bar = None
    callbacks: dict[str, object] = {}
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="chunk", desc="embedding", file=sys.stderr)
        callbacks["on_plan"] = lambda plan: setattr(bar, "total", len(plan.upsert))
        callbacks["progress"] = bar.update
    try:
        return run_ingest(
            paths, collection, embedder, size=settings.chunk_size, overlap=settings.chunk_overlap,
            prune=prune, max_batch=min(client.get_max_batch_size(), 2000), base=settings.corpus,
            **callbacks,  # type: ignore[arg-type]
        )  # fmt: skip
    finally:
        if bar is not None:
            bar.close()


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the HTTP API and the widget."""
    import uvicorn

    from qa.observability import configure_logging

    settings = _settings(args)
    if args.workers > 1 and not settings.chroma_url:
        raise CliError(
            "several workers need a Chroma server (--chroma-url / TREATY_QA_CHROMA_URL): "
            "an embedded store must have a single process",
            EXIT_USAGE,
        )
    if not args.ingest_if_empty and not settings.chroma_url:
        # A server's collection may be filled after the workers start (/readyz says so);
        # an embedded store cannot be: it has one process, this one.
        open_existing_store(settings)
    if args.ingest_if_empty:
        from ingest.store import open_client, open_collection

        collection = open_collection(
            open_client(settings.store, settings.chroma_url), settings.collection
        )
        if collection.count() == 0:
            print(f"the collection is empty: ingesting {settings.corpus}", file=sys.stderr)
            ingest(settings, [settings.corpus], progress=sys.stderr.isatty())
    configure_logging()
    if args.store:
        os.environ["TREATY_QA_STORE"] = str(args.store)
    for name in ("chroma_url", "collection", "llm_mode", "retrieval"):
        value = getattr(args, name, None)
        if value is not None:
            os.environ[f"TREATY_QA_{name.upper()}"] = str(value)
    uvicorn.run(
        "qa.app:app_from_env", factory=True, host=args.host, port=args.port, workers=args.workers,
        log_level="warning", access_log=False,
    )  # fmt: skip
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one question in-process."""
    from qa.schemas import AskRequest

    settings = _settings(args)
    try:
        request = AskRequest(question=args.question)
    except ValidationError as exc:
        raise CliError(f"invalid question: {exc.errors()[0]['msg']}", EXIT_USAGE) from exc
    from ingest.store import open_collection
    from qa.pipeline import QAPipeline  # heavy (torch, Chroma): only once the input is valid

    client = open_existing_store(settings)
    if open_collection(client, settings.collection, create=False).count() == 0:
        # Said before any model is loaded: an empty store is a usage error, not a wait.
        raise CliError("the collection is empty: run `treaty-qa ingest` first")
    pipeline = QAPipeline.build(settings, client=client)
    response = pipeline.ask(request)
    if args.json:
        print(response.model_dump_json())
        return 0
    print(response.answer)
    for c in response.citations:
        print(f"\n[{c.n}] {c.title} — {c.source} [{c.start}:{c.end}]\n    {c.text}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Run the eval suite (or validate a question file)."""
    settings = _settings(args)
    if args.questions_or_action == "validate":
        from eval.runner import validate_main

        if not args.file:
            raise CliError("usage: treaty-qa eval validate FILE", EXIT_USAGE)
        return validate_main(Path(args.file), Path(args.corpus or settings.corpus))
    from eval.runner import eval_main

    problem = out_dir_problem(Path(args.out))
    if problem:  # said now, not after a run of minutes
        raise CliError(problem, EXIT_USAGE)
    return eval_main(
        questions=Path(args.questions),
        url=args.url,
        modes=args.mode or [settings.llm_mode],
        compare=args.compare,
        configs=args.configs.split(",") if args.configs else None,
        distractors=args.distractors,
        out=Path(args.out),
        limit=args.limit,
        settings=settings,
    )


def cmd_bench(args: argparse.Namespace) -> int:
    """Benchmarks that print numbers."""
    from qa.bench import bench_ask, bench_ingest

    settings = _settings(args)
    if args.what == "ingest":
        return bench_ingest(settings, limit=args.limit)
    open_existing_store(settings)
    return bench_ask(settings, repeats=args.repeats)


def parser() -> argparse.ArgumentParser:
    """The argument parser."""
    root = argparse.ArgumentParser(prog="treaty-qa", description=__doc__)
    sub = root.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="ingest documents into Chroma")
    p.add_argument("paths", nargs="*", help="files or folders (default data/corpus)")
    _store_args(p)
    p.add_argument("--prune", action="store_true", help="remove documents not found in PATHs")
    p.add_argument("--json", action="store_true", help="print one JSON summary line")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("serve", help="serve the HTTP API and the chat widget")
    _store_args(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1, help="needs --chroma-url when > 1")
    p.add_argument("--llm-mode", choices=["extractive", "local", "openai"])
    p.add_argument(
        "--ingest-if-empty",
        action="store_true",
        help="ingest the corpus first if the store is empty",
    )
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("ask", help="answer a question in-process")
    p.add_argument("question")
    _store_args(p)
    p.add_argument("--llm-mode", choices=["extractive", "local", "openai"])
    p.add_argument("--retrieval", choices=["hybrid", "dense", "keyword"])
    p.add_argument("--json", action="store_true", help="print the response object")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser(
        "eval", help="run the eval suite; `eval validate FILE` checks a question file"
    )
    p.add_argument("questions_or_action", nargs="?", default="run", choices=["run", "validate"])
    p.add_argument("file", nargs="?", help="with validate: the JSONL file")
    p.add_argument("--questions", default="eval/datasets/treaty_dev.jsonl")
    p.add_argument("--corpus", help="with validate: corpus folder (default data/corpus)")
    p.add_argument("--url", help="evaluate a running server instead of in-process")
    p.add_argument("--mode", action="append", choices=["extractive", "local", "openai"])
    p.add_argument("--compare", action="store_true", help="run the configurations side by side")
    p.add_argument("--configs", help="comma-separated subset of configurations for --compare")
    p.add_argument("--distractors", choices=["wiki"], help="add 10,033 Wikipedia summaries")
    p.add_argument("--limit", type=at_least(1), help="only the first N questions")
    p.add_argument("--out", default="var/eval", help="report folder")
    _store_args(p)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="benchmarks that print numbers")
    p.add_argument("what", choices=["ingest", "ask"])
    p.add_argument("--limit", type=at_least(1), help="ingest: only the first N Wikipedia articles")
    p.add_argument(
        "--repeats",
        type=at_least(2, "percentiles need two timings or more"),
        default=200,
        help="ask: questions to time (at least 2)",
    )
    _store_args(p)
    p.set_defaults(func=cmd_bench)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `treaty-qa` console script."""
    args = parser().parse_args(argv)
    _offline()
    from ingest.store import StoreUnavailableError

    try:
        code: int = args.func(args)
    except CliError as exc:
        print(f"treaty-qa: {exc}", file=sys.stderr)
        return exc.code
    except (StoreUnavailableError, FileNotFoundError, PermissionError) as exc:
        print(f"treaty-qa: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("treaty-qa: interrupted", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":
    raise SystemExit(main())
