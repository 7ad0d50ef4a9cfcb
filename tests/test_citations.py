"""Citation markers: parsing, stripping, and dense renumbering against the sources."""

from __future__ import annotations

import pytest

from qa.citations import attribute, markers, renumber, strip_markers

SOURCES = ["first", "second", "third"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It lasts 20 years [1].", [1]),
        ("A [2]. B [1][3].", [2, 1, 3]),
        ("A [12] and [999].", [12, 999]),
        ("wipe [Iran] off [x] [1000]", []),
        ("no markers", []),
    ],
)
def test_markers_in_order_of_appearance(text: str, expected: list[int]) -> None:
    assert markers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It lasts 20 years [1].", "It lasts 20 years."),
        ("A [1, 2] b [3; 4] c [5-6].", "A b c."),
        ("Keep [Iran] as is [2].", "Keep [Iran] as is."),
        ("[1]", ""),
    ],
)
def test_strip_markers_removes_single_and_grouped_markers(text: str, expected: str) -> None:
    assert strip_markers(text) == expected


@pytest.mark.parametrize(
    ("answer", "text", "cited"),
    [
        ("It lasts 20 years [2].", "It lasts 20 years [1].", [(1, "second")]),
        ("A [3]. B [1]. C [3].", "A [1]. B [2]. C [1].", [(1, "third"), (2, "first")]),
        ("X [1, 3].", "X [1][2].", [(1, "first"), (2, "third")]),
        ("X [ 2 ; 3 ].", "X [1][2].", [(1, "second"), (2, "third")]),
        ("X [1-3].", "X [1][2][3].", [(1, "first"), (2, "second"), (3, "third")]),
        ("X [2 - 3].", "X [1][2].", [(1, "second"), (2, "third")]),
        ("X [1-3, 1].", "X [1][2][3].", [(1, "first"), (2, "second"), (3, "third")]),
        ("X [3-1].", "X [1][2].", [(1, "third"), (2, "first")]),
        ("X [2] [1].", "X [1][2].", [(1, "second"), (2, "first")]),
        ("X [1][1] [1].", "X [1].", [(1, "first")]),
        ("X[1].", "X [1].", [(1, "first")]),
        ("X [4]. Y [0].", "X. Y.", []),
        ("X [4] and [2].", "X and [1].", [(1, "second")]),
        ("Wipe [Iran] off [1].", "Wipe [Iran] off [1].", [(1, "first")]),
        ("No markers.", "No markers.", []),
    ],
)
def test_renumber_runs_markers_from_one_in_order_of_use(
    answer: str, text: str, cited: list[tuple[int, str]]
) -> None:
    assert renumber(answer, SOURCES) == (text, cited)


@pytest.mark.parametrize(
    "answer",
    [
        "A [3]. B [2][9]. C [3] and [1, 2].",
        "[2] Lead marker. Then [5]. Then [1].",
        "Nothing cited here.",
    ],
)
def test_renumbered_markers_and_citations_match_one_to_one(answer: str) -> None:
    text, cited = renumber(answer, SOURCES)
    used = markers(text)
    numbers = [n for n, _ in cited]
    assert numbers == list(range(1, len(cited) + 1))
    assert set(used) == set(numbers)
    assert all(source in SOURCES for _, source in cited)


def _overlap(a: str, b: str) -> float:
    """A deterministic stand-in for embedding similarity: shared-word Jaccard."""
    sa, sb = set(a.lower().split()), set(b.lower().split())
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("The treaty lasts 20 years.", "The treaty lasts 20 years. [2]"),
        (
            "Putin praised the deal. It lasts 20 years.",
            "Putin praised the deal. [1] It lasts 20 years. [2]",
        ),
        ("It lasts 20 years [2].", "It lasts 20 years [2]."),
        ("", ""),
    ],
)
def test_attribute_marks_each_uncited_sentence_with_its_closest_passage(
    answer: str, expected: str
) -> None:
    passages = [
        "Putin praised the deal as a breakthrough.",
        "The treaty lasts 20 years, TASS said.",
    ]
    assert attribute(answer, passages, _overlap) == expected


def test_attribute_leaves_the_answer_alone_without_passages() -> None:
    assert attribute("Anything at all.", [], _overlap) == "Anything at all."
