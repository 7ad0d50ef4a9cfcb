"""Read corpus files (.txt, .md, .html) into Documents; report what was skipped and why."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from ingest.chunking import content_hash

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
META_SUFFIX = ".meta.json"
_BLOCK_TAGS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, th, dt, dd"


@dataclass(frozen=True, slots=True)
class Document:
    """One source file as decoded text, identified by its path (see `corpus_path`)."""

    doc_id: str
    source: str
    title: str
    text: str
    content_hash: str
    published: str = ""
    url: str = ""


@dataclass(slots=True)
class LoadReport:
    """What a corpus scan found: documents, and files skipped with a reason each."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def corpus_path(file: Path, base: Path) -> str:
    """What identifies a file in the store: its path relative to the corpus folder `base`
    when it lies inside it ("news/page.html"), so a corpus that moves with its store keeps
    its ids; otherwise its absolute path. Links are followed, so a file reached by two
    routes is one document, and two files with the same name in different folders are two."""
    real, root = file.resolve(), base.resolve()
    return real.relative_to(root).as_posix() if real.is_relative_to(root) else real.as_posix()


def doc_id_for(source: str) -> str:
    """Stable document id from the source path."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def html_to_text(html: str) -> tuple[str, str]:
    """Title and block text of an HTML page (scripts, styles, nav and footers dropped)."""
    tree = HTMLParser(html)
    for node in tree.css("script, style, noscript, nav, footer, header, aside, form, template"):
        node.decompose()
    title_node = tree.css_first("title") or tree.css_first("h1")
    title = title_node.text(strip=True) if title_node else ""
    root = tree.css_first("article") or tree.body or tree.root
    blocks: list[str] = []
    if root is not None:
        for node in root.css(_BLOCK_TAGS):
            if len(node.css(_BLOCK_TAGS)) > 1:
                continue  # a container (lexbor matches the node itself); read its inner blocks
            text = " ".join(node.text().split())
            if text:
                blocks.append(text)
        if not blocks:
            blocks = [line for line in root.text(separator="\n").splitlines() if line.strip()]
    return title, "\n\n".join(blocks)


def _read_meta(path: Path) -> dict[str, str]:
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not meta_path.is_file():
        return {}
    try:
        raw = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: str(v) for k, v in raw.items() if isinstance(v, str | int | float)}


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("# ").strip()[:200]
    return ""


def load_file(path: Path, base: Path) -> Document:
    """Decode one file; raises ValueError saying why a file cannot be used. `base` is the
    corpus folder its id is relative to (see `corpus_path`)."""
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Offsets are into the decoded text, like a UTF-8 file's (see `citation.text`).
        try:
            raw = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ValueError(f"not valid UTF-16 (byte {exc.start})") from exc
    elif b"\x00" in data[:8192]:
        raise ValueError("binary file")
    else:
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValueError(f"not UTF-8 (byte {exc.start})") from exc
    suffix = path.suffix.lower()
    title = ""
    text = raw
    if suffix in HTML_SUFFIXES:
        title, text = html_to_text(raw)
    if not text.strip():
        raise ValueError("empty file")
    source = corpus_path(path, base)
    meta = _read_meta(path)
    return Document(
        doc_id=doc_id_for(source),
        source=source,
        title=meta.get("title") or title or _first_line(text),
        text=text,
        content_hash=content_hash(text),
        published=meta.get("published", ""),
        url=meta.get("url", ""),
    )


def _candidates(path: Path) -> Iterator[Path]:
    if path.is_file():
        yield path
        return
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        if not any(part.startswith(".") for part in file.relative_to(path).parts):
            yield file


def common_base(paths: Sequence[Path]) -> Path:
    """The folder that ids are relative to when none is given: the folder holding all the
    given paths (a file's own folder), so "dA/notes.txt" and "dB/notes.txt" stay apart."""
    roots = [str((p if p.is_dir() else p.parent).resolve()) for p in paths]
    return Path(os.path.commonpath(roots)) if roots else Path.cwd()


def load_corpus(paths: Iterable[Path], base: Path | None = None) -> LoadReport:
    """Load every usable file under the given paths; missing paths raise FileNotFoundError.
    Ids are relative to `base` (the service's corpus folder), or to the folder holding all
    the paths when it is not given (see `corpus_path`)."""
    paths = list(paths)
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"no such file or directory: {path}")
    root = base if base is not None else common_base(paths)
    report = LoadReport()
    seen: set[str] = set()
    for path in paths:
        for file in _candidates(path):
            if file.name.endswith(META_SUFFIX):
                continue
            if file.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES:
                report.skipped.append(
                    (str(file), f"unsupported file type {file.suffix or '(none)'}")
                )
                continue
            try:
                document = load_file(file, root)
            except (OSError, ValueError) as exc:
                report.skipped.append((str(file), str(exc)))
                continue
            if document.doc_id not in seen:  # the same file, given twice or linked
                seen.add(document.doc_id)
                report.documents.append(document)
    return report
