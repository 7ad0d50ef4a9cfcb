"""Content blocks: paragraphs with offsets, boilerplate left out, a repeated caption a block of
its own."""

from __future__ import annotations

import pytest

from ingest.clean import content_blocks, is_boilerplate, jaccard, paragraph_spans
from tests.conftest import ARTICLE


def block_texts(text: str) -> list[list[str]]:
    return [[text[s.start : s.end] for s in block] for block in content_blocks(text)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Advertisement", True),
        ("  ADVERTISEMENT  ", True),
        ("Advertisement:", True),
        ("Read more", True),
        ("Sign up for our newsletter", True),
        ("Share this", True),
        ("Skip to content", True),
        ("The advertisement ran on state TV.", False),
        ("Advertisement revenue fell.", False),
        ("Related talks continued in Moscow.", False),
        ("", False),
    ],
)
def test_is_boilerplate_matches_whole_navigation_and_ad_lines(line: str, expected: bool) -> None:
    assert is_boilerplate(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\nTwo.", ["One.", "Two."]),
        ("  One.  \n\n\n  Two.\n", ["One.", "Two."]),
        ("One.\r\nTwo.\r\n", ["One.", "Two."]),
        ("One.\rTwo.", ["One.", "Two."]),
        ("One.\u2028Two.\u2029Three.", ["One.", "Two.", "Three."]),
        ("One.\x0cTwo.\x85Three.", ["One.", "Two.", "Three."]),
        ("", []),
        ("\n \n\t\n", []),
    ],
)
def test_paragraph_spans_are_trimmed_lines(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in paragraph_spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A one.\n\nB two.", [["A one.", "B two."]]),
        ("A one.\n\nAdvertisement\n\nB two.", [["A one."], ["B two."]]),
        ("A one.\r\nAdvertisement\r\nB two.", [["A one."], ["B two."]]),
        ("A one.\rAdvertisement\rB two.", [["A one."], ["B two."]]),
        ("A one.\u2028Advertisement\u2028B two.", [["A one."], ["B two."]]),
        ("Advertisement\nA one.\nRead more\n", [["A one."]]),
        ("Advertisement\n\nAdvertisement", []),
        (
            "Putin met Pezeshkian in Moscow on Friday.\n"
            "Putin and Pezeshkian met in Moscow on Friday [AFP]\n"
            "The treaty lasts 20 years.",
            [
                ["Putin met Pezeshkian in Moscow on Friday."],
                ["Putin and Pezeshkian met in Moscow on Friday [AFP]"],
                ["The treaty lasts 20 years."],
            ],
        ),
        (
            "Putin met Pezeshkian in Moscow.\nThe treaty lasts 20 years.",
            [["Putin met Pezeshkian in Moscow.", "The treaty lasts 20 years."]],
        ),
    ],
)
def test_content_blocks_split_at_boilerplate_and_repeated_captions(
    text: str, expected: list[list[str]]
) -> None:
    assert block_texts(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("the treaty", "The Treaty", 1.0),
        ("a b", "c d", 0.0),
        ("a b c", "b c d", 0.5),
        ("", "anything", 0.0),
    ],
)
def test_jaccard_compares_word_sets(a: str, b: str, expected: float) -> None:
    assert jaccard(a, b) == pytest.approx(expected)


def test_article_blocks_leave_out_ads_and_keep_the_repeated_caption_apart() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    caption, repeated_caption = lines[1], lines[2]
    assert caption.startswith("In this pool photograph")
    assert "[Vyacheslav Prokofyev/Pool via AFP]" in repeated_caption

    blocks = block_texts(text)
    kept = [paragraph for block in blocks for paragraph in block]
    assert caption in kept
    # Its credit is worded as readers cite it: kept, in a block of its own.
    assert [repeated_caption] in blocks
    assert "Advertisement" not in kept
    assert len(kept) == len(lines) - 2  # two ad lines
    assert len(blocks) == 5  # the repeated caption alone, and splits at each of the two ads
