"""Corpus loading: text, Markdown and HTML files, sidecar titles, skipped files with reasons."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from ingest.chunking import content_hash
from ingest.load import doc_id_for, html_to_text, load_corpus, load_file
from tests.conftest import ARTICLE, CORPUS

PAGE = """<!doctype html>
<html><head><title>Treaty &amp; Partners</title>
<style>p { color: red }</style><script>var leaked = "SCRIPTTEXT";</script></head>
<body>
<nav><a href="/">NAVTEXT home</a></nav>
<header>HEADERTEXT</header>
<article>
  <h1>Putin and Pezeshkian sign</h1>
  <p>Putin &amp; Pezeshkian signed &ldquo;the pact&rdquo; in Moscow&nbsp;on Friday.</p>
  <div><p>It lasts <b>20 years</b>.</p></div>
  <blockquote><p>A real breakthrough.</p></blockquote>
  <ul><li>Trade</li><li>Energy</li></ul>
</article>
<aside>ASIDETEXT</aside>
<footer>FOOTERTEXT</footer>
</body></html>
"""


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_html_keeps_block_text_and_drops_scripts_styles_and_navigation() -> None:
    title, text = html_to_text(PAGE)
    assert title == "Treaty & Partners"
    assert text.split("\n\n") == [
        "Putin and Pezeshkian sign",
        "Putin & Pezeshkian signed “the pact” in Moscow on Friday.",
        "It lasts 20 years.",
        "A real breakthrough.",
        "Trade",
        "Energy",
    ]
    for dropped in ("SCRIPTTEXT", "color", "NAVTEXT", "HEADERTEXT", "ASIDETEXT", "FOOTERTEXT"):
        assert dropped not in text


@pytest.mark.parametrize(
    ("html", "title", "text"),
    [
        (
            "<html><body><h1>Only heading</h1><p>Body.</p></body></html>",
            "Only heading",
            "Only heading\n\nBody.",
        ),
        ("<div>Loose text<br>second line</div>", "", "Loose text\n\nsecond line"),
        ("<p>caf&eacute; &lt;b&gt; &#8212; &#x2019;</p>", "", "café <b> — ’"),
    ],
)
def test_html_titles_entities_and_pages_without_blocks(html: str, title: str, text: str) -> None:
    assert html_to_text(html) == (title, text)


def test_html_file_is_loaded_through_the_parser(tmp_path: Path) -> None:
    path = write(tmp_path / "news" / "page.html", PAGE)
    document = load_file(path, tmp_path)
    assert document.source == "news/page.html"
    assert document.title == "Treaty & Partners"
    assert "<" not in document.text
    assert "It lasts 20 years." in document.text
    assert document.content_hash == content_hash(document.text)


@pytest.mark.parametrize(
    ("name", "body", "title"),
    [
        ("note.txt", "\n\n  First line is the title  \nBody text.", "First line is the title"),
        ("note.md", "# Markdown heading\n\nBody text.", "Markdown heading"),
        ("note.markdown", "## Second level\nBody.", "Second level"),
        ("bom.txt", "\ufeffTitle after a BOM\nBody.", "Title after a BOM"),
    ],
)
def test_text_files_keep_their_text_and_take_the_first_line_as_title(
    tmp_path: Path, name: str, body: str, title: str
) -> None:
    document = load_file(write(tmp_path / name, body), tmp_path)
    assert document.title == title
    assert document.text == body.removeprefix("\ufeff")
    assert document.source == name


def test_sidecar_meta_gives_title_date_and_url(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", "Headline in the text\nBody.")
    meta = {"title": "Sidecar title", "published": "2025-01-17", "url": "https://example.org/a"}
    write(tmp_path / "story.meta.json", json.dumps(meta))
    [document] = load_corpus([tmp_path]).documents
    assert (document.title, document.published, document.url) == (
        "Sidecar title",
        "2025-01-17",
        "https://example.org/a",
    )


def test_broken_sidecar_falls_back_to_the_first_line(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", "Headline in the text\nBody.")
    write(tmp_path / "story.meta.json", "{not json")
    report = load_corpus([tmp_path])
    assert [d.title for d in report.documents] == ["Headline in the text"]
    assert report.skipped == []


def test_bundled_article_takes_its_title_from_the_sidecar() -> None:
    [document] = load_corpus([CORPUS]).documents
    assert document.title == "Iran and Russia sign a comprehensive strategic partnership treaty"
    assert document.published == "2025-01-17"
    assert document.text == ARTICLE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Teheran caf\u00e9".encode("latin-1"), "not UTF-8"),
        ("empty.txt", b"", "empty file"),
        ("blank.md", b" \n\t\n", "empty file"),
        ("scripts.html", b"<html><script>x()</script></html>", "empty file"),
        ("paper.pdf", b"%PDF-1.7\n", "unsupported file type .pdf"),
        ("README", b"no suffix", "unsupported file type (none)"),
    ],
)
def test_unusable_files_are_skipped_with_a_reason_and_the_rest_loaded(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    write(tmp_path / "good.txt", "A usable story.")
    bad = write(tmp_path / name, data)
    report = load_corpus([tmp_path])
    assert [d.source for d in report.documents] == ["good.txt"]
    assert len(report.skipped) == 1
    skipped_path, skipped_reason = report.skipped[0]
    assert skipped_path == str(bad)
    assert reason in skipped_reason


def test_hidden_files_and_sidecars_are_not_documents(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", "Story.")
    write(tmp_path / "story.meta.json", "{}")
    write(tmp_path / ".hidden.txt", "Hidden.")
    write(tmp_path / ".git" / "notes.txt", "Hidden too.")
    report = load_corpus([tmp_path])
    assert [d.source for d in report.documents] == ["story.txt"]
    assert report.skipped == []


def test_missing_path_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="missing"):
        load_corpus([tmp_path / "missing"])


def test_doc_ids_are_stable_and_follow_the_relative_path(tmp_path: Path) -> None:
    path = write(tmp_path / "corpus" / "a" / "story.txt", "Version one.")
    first = load_corpus([tmp_path / "corpus"]).documents[0]
    path.write_text("Version two, edited.", encoding="utf-8")
    second = load_corpus([tmp_path / "corpus"]).documents[0]
    assert first.doc_id == second.doc_id == doc_id_for("a/story.txt")
    assert first.content_hash != second.content_hash
    assert doc_id_for("a/story.txt") != doc_id_for("b/story.txt")


def test_a_file_and_its_folder_give_the_same_doc_id(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", "Story.")
    by_folder = load_corpus([tmp_path]).documents
    by_file = load_corpus([path]).documents
    assert [d.doc_id for d in by_folder] == [d.doc_id for d in by_file]


def test_a_file_named_twice_is_loaded_once(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", "Story.")
    assert len(load_corpus([tmp_path, path]).documents) == 1


def test_a_file_reached_from_different_folders_keeps_one_id_under_a_base(tmp_path: Path) -> None:
    path = write(tmp_path / "nest" / "sub" / "deeper" / "a.txt", "Story.")
    ids = {
        load_corpus([given], base=tmp_path / "corpus").documents[0].doc_id
        for given in (tmp_path / "nest", tmp_path / "nest" / "sub", path)
    }
    assert len(ids) == 1


def test_a_file_inside_the_base_is_named_relative_to_it_outside_absolutely(
    tmp_path: Path,
) -> None:
    inside = write(tmp_path / "corpus" / "news" / "a.txt", "Inside.")
    outside = write(tmp_path / "elsewhere" / "b.txt", "Outside.")
    base = tmp_path / "corpus"
    sources = [d.source for d in load_corpus([inside, outside], base=base).documents]
    assert sources == ["news/a.txt", outside.resolve().as_posix()]


def test_same_named_files_in_two_folders_are_two_documents(tmp_path: Path) -> None:
    write(tmp_path / "dA" / "notes.txt", "The treaty lasts 20 years.")
    write(tmp_path / "dB" / "notes.txt", "The caviar quota was set at 12 tonnes.")
    report = load_corpus([tmp_path / "dA", tmp_path / "dB"])
    assert sorted(d.source for d in report.documents) == ["dA/notes.txt", "dB/notes.txt"]
    assert len({d.doc_id for d in report.documents}) == 2


def test_a_link_to_a_file_is_the_same_document(tmp_path: Path) -> None:
    path = write(tmp_path / "corpus" / "a.txt", "Story.")
    (tmp_path / "corpus" / "link.txt").symlink_to(path)
    assert len(load_corpus([tmp_path / "corpus"]).documents) == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_with_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "story.txt"
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    path.write_bytes(bom + "Пакт подписан. The treaty lasts 20 years.".encode(encoding))
    [document] = load_corpus([tmp_path]).documents
    assert document.text == "Пакт подписан. The treaty lasts 20 years."
