"""Ingest into real Chroma stores with the real embedder: idempotent, exact, repairable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from chromadb.api.models.Collection import Collection

from ingest.chunking import content_hash
from ingest.embed import Embedder
from ingest.load import load_corpus
from ingest.pipeline import IngestResult, run_ingest
from ingest.plan import document_chunks
from ingest.store import iter_chunks, open_client, open_collection
from qa import cli
from qa.config import Settings
from tests.conftest import ARTICLE, ChromaServer

pytestmark = pytest.mark.slow

SIZE, OVERLAP = 500, 0
TREATY_QA = Path(sys.executable).parent / "treaty-qa"
SUMMARY_KEYS = {"documents", "added", "updated", "unchanged", "removed", "chunks", "seconds"}
EXTRA = "Second story.\n\nThe leaders met in Moscow on Friday. They signed a treaty.\n"


@pytest.fixture
def collection(tmp_path: Path) -> Collection:
    """Our collection in a fresh embedded store."""
    return open_collection(open_client(tmp_path / "store"), "treaty")


@pytest.fixture
def shared_model(monkeypatch: pytest.MonkeyPatch, embedder: Embedder) -> Embedder:
    """Make the CLI reuse the session's (real) model instead of loading it again."""
    monkeypatch.setattr(Embedder, "load", classmethod(lambda cls, *a, **k: embedder))
    return embedder


def ingest(
    paths: list[Path], collection: Collection, embedder: Embedder, **kw: bool
) -> IngestResult:
    return run_ingest(paths, collection, embedder, size=SIZE, overlap=OVERLAP, **kw)


def expected_ids(*paths: Path, base: Path | None = None) -> set[str]:
    """Chunk ids an exact ingest of `paths` leaves; the CLI names files relative to the
    corpus folder of its settings (`base`), `run_ingest` alone to the paths' own folder."""
    return {
        c.id
        for d in load_corpus(list(paths), base=base).documents
        for c in document_chunks(d, SIZE, OVERLAP)
    }


def stored_ids(collection: Collection) -> list[str]:
    return list(collection.get(include=[])["ids"])


def test_second_run_writes_nothing(
    corpus_dir: Path, collection: Collection, embedder: Embedder
) -> None:
    first = ingest([corpus_dir], collection, embedder)
    assert (first.documents, first.added, first.updated, first.unchanged) == (1, 1, 0, 0)
    assert first.chunks == first.written == len(expected_ids(corpus_dir)) > 1
    ids = sorted(stored_ids(collection))

    second = ingest([corpus_dir], collection, embedder)
    assert (second.added, second.updated, second.unchanged, second.removed) == (0, 0, 1, 0)
    assert second.written == 0
    assert second.chunks == first.chunks
    assert sorted(stored_ids(collection)) == ids


def test_stored_chunks_are_exact_slices_with_their_metadata(
    corpus_dir: Path, collection: Collection, embedder: Embedder
) -> None:
    ingest([corpus_dir], collection, embedder)
    original = ARTICLE.read_text(encoding="utf-8")
    [document] = load_corpus([corpus_dir]).documents
    page = collection.get(include=["metadatas", "documents", "embeddings"])
    assert len(page["ids"]) == len(expected_ids(corpus_dir))
    indexes = []
    for chunk_id, meta, text, vector in zip(
        page["ids"],
        page["metadatas"] or [],
        page["documents"] or [],
        page["embeddings"],
        strict=True,
    ):
        start, end = int(meta["start"]), int(meta["end"])
        assert text == original[start:end]
        assert chunk_id.startswith(f"{document.doc_id}:{start}-{end}@")
        assert meta["doc_id"] == document.doc_id
        assert meta["source"] == "russia-iran-partnership-treaty.txt"
        assert meta["title"] == "Iran and Russia sign a comprehensive strategic partnership treaty"
        assert meta["published"] == "2025-01-17"
        assert meta["doc_hash"] == document.content_hash
        assert meta["content_hash"] == content_hash(text)
        assert "Advertisement" not in text
        assert len(vector) == embedder.dimension
        indexes.append(int(meta["chunk_index"]))
    assert sorted(indexes) == list(range(len(indexes)))
    by_index = sorted(iter_chunks(collection), key=lambda c: c.chunk_index)
    assert [c.start for c in by_index] == sorted(c.start for c in by_index)


def test_modified_file_replaces_its_chunks(
    corpus_dir: Path, collection: Collection, embedder: Embedder
) -> None:
    ingest([corpus_dir], collection, embedder)
    before = set(stored_ids(collection))
    article = corpus_dir / ARTICLE.name
    text = article.read_text(encoding="utf-8")
    article.write_text(
        "Editor's correction appended at the top.\n\n" + text.replace("20 years", "twenty years"),
        encoding="utf-8",
    )

    result = ingest([corpus_dir], collection, embedder)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 0)
    ids = stored_ids(collection)
    assert set(ids) == expected_ids(corpus_dir)
    assert not set(ids) & before  # every offset moved: no stale chunk survives
    assert len(ids) == len(set(ids)) == result.chunks
    new_text = article.read_text(encoding="utf-8")
    chunks = list(iter_chunks(collection))
    assert all(c.text == new_text[c.start : c.end] for c in chunks)
    assert Counter((c.start, c.end) for c in chunks).most_common(1)[0][1] == 1
    assert any("twenty years" in c.text for c in chunks)
    assert not any("20 years" in c.text for c in chunks)


def test_prune_removes_deleted_files_only_when_asked(
    corpus_dir: Path, collection: Collection, embedder: Embedder
) -> None:
    extra = corpus_dir / "extra.txt"
    extra.write_text(EXTRA, encoding="utf-8")
    first = ingest([corpus_dir], collection, embedder)
    assert first.added == 2
    extra_ids = expected_ids(extra)
    assert extra_ids <= set(stored_ids(collection))

    extra.unlink()
    kept = ingest([corpus_dir], collection, embedder)
    assert kept.removed == 0
    assert kept.chunks == first.chunks

    pruned = ingest([corpus_dir], collection, embedder, prune=True)
    assert (pruned.removed, pruned.unchanged) == (1, 1)
    assert set(stored_ids(collection)) == expected_ids(corpus_dir)
    assert pruned.chunks == first.chunks - len(extra_ids)


def test_a_half_written_store_is_repaired(
    corpus_dir: Path, collection: Collection, embedder: Embedder
) -> None:
    ingest([corpus_dir], collection, embedder)
    ids = sorted(stored_ids(collection))
    collection.delete(ids=ids[: len(ids) // 2])  # as if a run died half-way

    result = ingest([corpus_dir], collection, embedder)
    assert result.updated == 1
    assert sorted(stored_ids(collection)) == ids


def test_bad_files_are_skipped_and_the_rest_ingested(
    corpus_dir: Path, collection: Collection, embedder: Embedder
) -> None:
    (corpus_dir / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (corpus_dir / "latin1.txt").write_bytes("Teheran caf\u00e9".encode("latin-1"))
    (corpus_dir / "empty.md").write_text("", encoding="utf-8")
    (corpus_dir / "paper.pdf").write_bytes(b"%PDF-1.7")
    (corpus_dir / "extra.txt").write_text(EXTRA, encoding="utf-8")

    result = ingest([corpus_dir], collection, embedder)
    assert result.documents == result.added == 2
    reasons = {Path(path).name: reason for path, reason in result.skipped}
    assert reasons.keys() == {"blob.txt", "latin1.txt", "empty.md", "paper.pdf"}
    assert set(stored_ids(collection)) == expected_ids(corpus_dir)


def test_collection_is_cosine_without_an_embedding_function(collection: Collection) -> None:
    configuration = collection.configuration
    assert configuration["hnsw"]["space"] == "cosine"
    assert configuration["embedding_function"] is None
    stored = collection.configuration_json
    assert stored["hnsw"]["space"] == "cosine"
    # "legacy" with no name: Chroma attaches no default (downloading) embedding function
    assert "name" not in (stored.get("embedding_function") or {})
    assert collection._embedding_function is None


def test_cli_missing_path_is_one_line_without_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(TREATY_QA), "ingest", "missing/path", "--store", str(tmp_path / "store")],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == "treaty-qa: no such file or directory: missing/path\n"


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert cli.main(list(argv)) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 1, out
    summary = json.loads(lines[0])
    assert summary.keys() == SUMMARY_KEYS
    return summary


def test_cli_json_prints_one_summary_line(
    corpus_dir: Path, tmp_path: Path, shared_model: Embedder, capsys: pytest.CaptureFixture[str]
) -> None:
    store = str(tmp_path / "cli-store")
    first = run_cli(capsys, "ingest", str(corpus_dir), "--store", store, "--json")
    assert first["added"] == first["documents"] == 1
    assert first["chunks"] == len(expected_ids(corpus_dir))
    assert isinstance(first["seconds"], float)
    second = run_cli(capsys, "ingest", str(corpus_dir), "--store", store, "--json")
    assert (second["unchanged"], second["added"], second["chunks"]) == (1, 0, first["chunks"])


def test_cli_ingests_into_a_chroma_server_idempotently(
    chroma_server: ChromaServer,
    corpus_dir: Path,
    shared_model: Embedder,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["ingest", str(corpus_dir), "--chroma-url", chroma_server.url, "--json"]
    first = run_cli(capsys, *argv)
    second = run_cli(capsys, *argv)
    cli_ids = expected_ids(corpus_dir, base=Settings().corpus)
    expected = len(cli_ids)
    assert (first["added"], first["chunks"]) == (1, expected)
    assert (second["unchanged"], second["added"], second["updated"]) == (1, 0, 0)
    assert second["chunks"] == expected
    remote = open_collection(open_client(Path("unused"), chroma_server.url), "treaty", create=False)
    assert set(remote.get(include=[])["ids"]) == cli_ids
    assert remote.configuration["hnsw"]["space"] == "cosine"


def test_cli_a_file_ingested_through_different_folders_is_stored_once(
    tmp_path: Path, shared_model: Embedder, capsys: pytest.CaptureFixture[str]
) -> None:
    deeper = tmp_path / "nest" / "sub" / "deeper"
    deeper.mkdir(parents=True)
    story = deeper / "a.txt"
    story.write_text(EXTRA, encoding="utf-8")
    store = str(tmp_path / "cli-store")
    counts = [
        run_cli(capsys, "ingest", str(given), "--store", store, "--json")
        for given in (tmp_path / "nest", tmp_path / "nest" / "sub", story)
    ]
    assert [c["added"] for c in counts] == [1, 0, 0]
    assert counts[0]["chunks"] == counts[1]["chunks"] == counts[2]["chunks"]


def test_cli_same_named_files_in_two_folders_are_both_kept(
    tmp_path: Path, shared_model: Embedder, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder, text in (("dA", EXTRA), ("dB", "The caviar quota was set at 12 tonnes.\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "notes.txt").write_text(text, encoding="utf-8")
    store = str(tmp_path / "cli-store")
    both = run_cli(
        capsys, "ingest", str(tmp_path / "dA"), str(tmp_path / "dB"), "--store", store, "--json"
    )
    assert (both["documents"], both["added"]) == (2, 2)
    again = run_cli(capsys, "ingest", str(tmp_path / "dB"), "--store", store, "--json")
    assert (again["unchanged"], again["updated"], again["chunks"]) == (1, 0, both["chunks"])
