"""Chunks are whole sentences (or whitespace-cut pieces of an over-long one) with exact
offsets, never longer than the size, that never cross boilerplate."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.chunking import ChunkSpan, chunk_id, chunk_spans, content_hash
from ingest.clean import content_blocks, is_boilerplate
from ingest.load import Document, doc_id_for
from ingest.plan import document_chunks
from ingest.text import cut_to_size, sentence_spans
from tests.conftest import ARTICLE

LINE_BREAKS = ["\n", "\n\n", "\r\n", "\r\n\r\n", " \n  ", "\r", "\u2028"]

_word = st.sampled_from(
    ["Putin", "Iran", "treaty", "the", "U.S.", "Jan.", "Mr.", "20", "years", "“breakthrough”",
     "‘deal’", '"pact"', "(Moscow)", "Russia’s", "signed", "e.g.", "3.5", "$1.1", "a", "…"]
)  # fmt: skip
_end = st.sampled_from([".", "!", "?", "...", "…", ".”", "?’", '."', "", ".)"])
_sentence = st.builds(
    lambda ws, end: " ".join(ws) + end, st.lists(_word, min_size=1, max_size=12), _end
)
_paragraph = st.builds(" ".join, st.lists(_sentence, min_size=1, max_size=5))
_boilerplate = st.sampled_from(["Advertisement", "  Advertisement  ", "ADVERTISEMENT", "Read more"])
_line = st.one_of(_paragraph, _paragraph, _boilerplate)


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Paragraphs with curly quotes and abbreviations, ad lines, assorted line breaks."""
    lines = draw(st.lists(_line, max_size=12))
    text = ""
    for line in lines:
        text += line + draw(st.sampled_from(LINE_BREAKS))
    return draw(st.sampled_from(["", " ", "\n"])) + text


any_text = st.one_of(
    articles(),
    st.text(max_size=400),
    st.text(alphabet=st.sampled_from("ab .!?…“”\"'\n\r\u2028"), max_size=300),
)


def check_chunks(text: str, chunks: list[ChunkSpan], size: int, overlap: int) -> None:
    for chunk in chunks:
        assert 0 <= chunk.start < chunk.end <= len(text)
        piece = text[chunk.start : chunk.end]
        assert piece == piece.strip()
        for line in piece.splitlines():
            assert line.strip().lower() != "advertisement", piece
            assert not is_boilerplate(line), piece
        assert chunk.end - chunk.start <= size, piece
    for before, after in itertools.pairwise(chunks):
        assert before.start < after.start
        assert before.end < after.end
        if overlap == 0:
            assert before.end <= after.start


@settings(max_examples=300, deadline=None)
@given(text=any_text, size=st.integers(1, 400), overlap=st.integers(0, 3))
def test_chunk_spans_hold_for_any_text(text: str, size: int, overlap: int) -> None:
    check_chunks(text, chunk_spans(text, size=size, overlap=overlap), size, overlap)


@settings(max_examples=200, deadline=None)
@given(text=any_text, size=st.integers(1, 300))
def test_without_overlap_every_content_sentence_piece_is_in_exactly_one_chunk(
    text: str, size: int
) -> None:
    chunks = chunk_spans(text, size=size)
    for block in content_blocks(text):
        for paragraph in block:
            for sentence in sentence_spans(text, paragraph.start, paragraph.end):
                for piece in cut_to_size(text, sentence, size):
                    holders = [c for c in chunks if c.start <= piece.start and piece.end <= c.end]
                    assert len(holders) == 1, text[piece.start : piece.end]


def non_space(text: str) -> str:
    return "".join(text.split())


_unicode_word = st.one_of(
    st.text(alphabet=st.characters(categories=["L", "N", "P"]), min_size=1, max_size=30),
    st.sampled_from(["Путин.", "договор", "Ελλάδα.", "Élysée", "e.g.", "x" * 120, "…"]),
)
_unicode_text = st.builds(
    "".join,
    st.lists(
        st.one_of(_unicode_word, st.sampled_from([" ", "  ", "\n", ". ", "\u2028", "\t"])),
        max_size=80,
    ),
)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(any_text, _unicode_text), size=st.integers(1, 120))
def test_chunks_never_exceed_the_size_and_tile_the_content_in_order(text: str, size: int) -> None:
    chunks = chunk_spans(text, size=size)
    assert all(c.end - c.start <= size for c in chunks)
    assert all(before.end <= after.start for before, after in itertools.pairwise(chunks))
    content = "".join(text[p.start : p.end] for block in content_blocks(text) for p in block)
    assert non_space("".join(text[c.start : c.end] for c in chunks)) == non_space(content)


def test_sentences_pack_up_to_the_size() -> None:
    text = "One two. Three four. Five six."
    assert [text[c.start : c.end] for c in chunk_spans(text, size=20)] == [
        "One two. Three four.",
        "Five six.",
    ]


def test_a_sentence_longer_than_the_size_is_cut_at_the_last_space_before_the_size() -> None:
    long = "Word " * 7 + "end."
    text = f"Short one. {long} Short two."
    assert [text[c.start : c.end] for c in chunk_spans(text, size=20)] == [
        "Short one.",
        "Word Word Word Word",
        "Word Word Word end.",
        "Short two.",
    ]


def test_a_cyrillic_paragraph_is_chunked_by_sentence() -> None:
    sentence = "Путин и Пезешкиан подписали договор о стратегическом партнёрстве. "
    text = sentence * 30
    chunks = chunk_spans(text, size=500)
    assert len(chunks) > 1
    for chunk in chunks:
        piece = text[chunk.start : chunk.end]
        assert len(piece) <= 500
        assert piece.startswith("Путин") and piece.endswith("партнёрстве.")


def test_an_all_lowercase_paragraph_is_cut_to_the_size_at_spaces() -> None:
    text = ("the treaty was signed in moscow and it lasts twenty years. " * 25).strip()
    chunks = chunk_spans(text, size=500)
    assert all(c.end - c.start <= 500 for c in chunks)
    assert all(c.end == len(text) or text[c.end].isspace() for c in chunks)
    assert non_space("".join(text[c.start : c.end] for c in chunks)) == non_space(text)


@pytest.mark.parametrize("word", ["word", "x" * 1000])
def test_a_200_kb_line_without_punctuation_is_cut_into_chunks_of_at_most_the_size(
    word: str,
) -> None:
    text = " ".join([word] * (200_000 // (len(word) + 1)))
    chunks = chunk_spans(text, size=500)
    assert len(chunks) >= len(text) // 500
    assert all(c.end - c.start <= 500 for c in chunks)
    assert all(before.end <= after.start for before, after in itertools.pairwise(chunks))
    assert chunks[0].start == 0 and chunks[-1].end == len(text)
    assert non_space("".join(text[c.start : c.end] for c in chunks)) == non_space(text)


@pytest.mark.parametrize(
    ("overlap", "expected"),
    [
        (0, ["A aa. B bb.", "C cc. D dd.", "E ee."]),
        (1, ["A aa. B bb.", "B bb. C cc.", "C cc. D dd.", "D dd. E ee."]),
        (2, ["A aa. B bb.", "B bb. C cc.", "C cc. D dd.", "D dd. E ee."]),
    ],
)
def test_overlap_repeats_the_last_sentences(overlap: int, expected: list[str]) -> None:
    text = "A aa. B bb. C cc. D dd. E ee."
    assert [text[c.start : c.end] for c in chunk_spans(text, size=11, overlap=overlap)] == expected


def test_overlap_never_makes_a_chunk_with_nothing_new() -> None:
    long = "Long " * 2 + "end."
    text = f"Aa aa. Bb bb. {long}"
    chunks = [text[c.start : c.end] for c in chunk_spans(text, size=15, overlap=1)]
    assert chunks == ["Aa aa. Bb bb.", long]


def test_chunks_never_cross_an_advertisement_line() -> None:
    text = "First one.\nAdvertisement\nSecond one."
    assert [text[c.start : c.end] for c in chunk_spans(text, size=1000)] == [
        "First one.",
        "Second one.",
    ]


def test_paragraphs_of_one_block_share_a_chunk() -> None:
    text = "First one.\n\nSecond one."
    assert [text[c.start : c.end] for c in chunk_spans(text, size=1000)] == [text]


@pytest.mark.parametrize(
    ("size", "overlap", "message"),
    [(0, 0, "size"), (-5, 0, "size"), (100, -1, "overlap")],
)
def test_bad_size_or_overlap_raises(size: int, overlap: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        chunk_spans("Some text.", size=size, overlap=overlap)


def test_chunk_ids_derive_from_document_offsets_and_version() -> None:
    assert chunk_id("abc", 3, 40, "v1") == "abc:3-40@v1"
    assert chunk_id("abc", 3, 40, "v1") == chunk_id("abc", 3, 40, "v1")
    assert chunk_id("abc", 3, 40, "v1") != chunk_id("abc", 3, 41, "v1")
    assert chunk_id("abc", 3, 40, "v1") != chunk_id("abc", 3, 40, "v2")


def test_content_hash_tells_texts_apart() -> None:
    assert content_hash("20 years") == content_hash("20 years")
    assert content_hash("20 years") != content_hash("18 months")
    assert len(content_hash("")) == 32


@pytest.mark.parametrize("size", [200, 500, 1000])
def test_article_chunks_are_exact_slices_without_ads_and_the_repeated_caption_alone(
    size: int,
) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    document = Document(
        doc_id=doc_id_for(ARTICLE.name), source=ARTICLE.name, title="t", text=text,
        content_hash=content_hash(text),
    )  # fmt: skip
    chunks = document_chunks(document, size, 0)
    assert chunks
    check_chunks(text, [ChunkSpan(c.start, c.end) for c in chunks], size, 0)
    repeated_caption = text.index("Russia’s President Vladimir Putin and Iranian President")
    forever = "The treaty is expected to remain in force for 20 years"
    for index, chunk in enumerate(chunks):
        assert chunk.text == text[chunk.start : chunk.end]
        assert chunk.chunk_index == index
        assert chunk.id.startswith(f"{document.doc_id}:{chunk.start}-{chunk.end}@")
        assert "Advertisement" not in chunk.text
        # The repeated caption is a chunk of its own: nothing else is embedded with it.
        if chunk.start <= repeated_caption < chunk.end:
            assert chunk.start == repeated_caption
            assert chunk.text.endswith("[Vyacheslav Prokofyev/Pool via AFP]")
    assert sum(c.start == repeated_caption for c in chunks) == 1
    assert chunks[0].start == 0
    assert sum(forever in c.text for c in chunks) == 1
