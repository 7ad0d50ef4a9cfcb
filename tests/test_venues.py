import pytest

from qa.venues import unplaced_signing

# Sentences of the article that tell of the signing, the meeting or a visit.
SENTENCES = [
    "Russia’s President Vladimir Putin and Iranian President Masoud Pezeshkian meet at the "
    "Kremlin in Moscow on January 17, 2025 [Vyacheslav Prokofyev/Pool via AFP]",
    "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin have signed a "
    "cooperation pact, deepening the partnership between two of the world’s most heavily "
    "sanctioned nations.",
    "Pezeshkian’s visit to Russia comes after Tehran faced several foreign policy setbacks "
    "last year.",
    "The Kremlin earlier said that the treaty will enhance the “military-political and "
    "trade-economic” relations between Tehran and Moscow, though the specifics remain "
    "undisclosed.",
]


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Who signed the treaty in Tehran?", "Tehran"),
        ("Who attended Tehran signing ceremony?", "Tehran"),
        ("Who attended the signing ceremony in Tehran?", "Tehran"),
        ("On what date was the pact signed in Ankara?", "Ankara"),
    ],
)
def test_a_signing_place_no_sentence_of_a_signing_or_meeting_names_is_unmet(
    question: str, place: str
) -> None:
    assert unplaced_signing(question, SENTENCES) == place


@pytest.mark.parametrize(
    "question",
    [
        "Who signed the treaty in Moscow?",
        "Who signed the treaty at the Kremlin?",
        # A country is placed by its seat, and by a visit to it.
        "Who signed the treaty in Russia?",
        # Asking where, asking whether and offering a choice are read elsewhere.
        "Where was the treaty signed — Tehran?",
        "Was the treaty signed in Tehran?",
        "Was it signed in Tehran or in Moscow?",
        # No place, or a time.
        "Who signed the treaty?",
        "Who signed the treaty in January?",
    ],
)
def test_a_signing_placed_where_the_sources_place_it_or_asked_about_is_not_unmet(
    question: str,
) -> None:
    assert unplaced_signing(question, SENTENCES) is None


def test_without_a_sentence_of_a_signing_or_meeting_nothing_is_held_unmet() -> None:
    assert unplaced_signing("Who signed the treaty in Tehran?", ["Tehran faced setbacks."]) is None


def test_a_country_signing_something_is_no_place_of_signing() -> None:
    question = (
        "Saw a headline about Russia and Iran signing some big pact, I think it was the "
        "foreign ministers who signed it? Who actually put their names on the treaty?"
    )
    assert unplaced_signing(question, SENTENCES) is None
