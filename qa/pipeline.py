"""The question-answering pipeline: retrieve, select evidence, answer, cite, check."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

import numpy as np
from chromadb.api import ClientAPI
from langchain_chroma import Chroma
from langchain_core.language_models.chat_models import BaseChatModel

from ingest.embed import Embedder
from ingest.store import StoreUnavailableError, iter_chunks, open_client, open_collection
from ingest.text import words
from qa.address import addressed
from qa.answer import (
    ABSTAIN_TEXT,
    BEYOND_TOPIC_TEXT,
    NO_INTERVAL_TEXT,
    NO_OPTION_TEXT,
    NO_ORDER_TEXT,
    Thresholds,
    answering_passages,
    evidence_for_answer,
    extractive_answer,
    generate,
    grant_premise,
    preceding,
    prompt_messages,
    says_not_found,
    should_abstain,
)
from qa.answer_types import answer_kind, counts_number
from qa.casing import truecased, unshouted
from qa.choices import (
    chosen_option,
    offered_choices,
    options_first,
    stated_options,
    unsettled_comparison,
)
from qa.chronology import (
    Dating,
    OrderAsked,
    Period,
    dated,
    dated_as_asked,
    first_of,
    order_asked,
    present,
    published_date,
    tells_of,
)
from qa.citations import attribute, renumber
from qa.clauses import without_clause
from qa.cloze import blank_asked
from qa.codeswitch import in_english
from qa.colloquial import plainly
from qa.compounds import rejoined
from qa.config import Settings
from qa.conversation import (
    needs_context,
    resolve_deal,
    resolve_listed,
    resolve_part,
    resolve_person,
    standalone_question,
)
from qa.corrections import corrected
from qa.evidence import (
    ScoredSentence,
    Sentence,
    best_clause_cosines,
    candidate_sentences,
    clause_spans,
    score_sentences,
    without_repeats,
)
from qa.exclusions import offers_only
from qa.formatting import without_format
from qa.fragments import as_full
from qa.framing import (
    claim_lead,
    context_lead,
    excluded,
    fluent,
    preamble_lead,
    set_aside,
    stands_alone,
    unframed,
    where_in,
    without_aside,
    wondering_lead,
)
from qa.grounding import check_answer
from qa.guesses import guess_lead, leaned_on, read_apart, remembered
from qa.injection import without_injection
from qa.intervals import IntervalAsked, interval_asked, span
from qa.keyword import KeywordIndex, fingerprint
from qa.labels import unlabelled
from qa.learner import standard
from qa.letters import letter_body
from qa.lists import list_counted, told_count
from qa.markup import quoted_lead, without_markup
from qa.mentions import unnamed
from qa.metonyms import as_countries
from qa.notes import without_notes
from qa.numerals import plain_numerals
from qa.pairs import with_title_pair
from qa.parts import distinct, leans_back, merge_rankings, question_parts
from qa.personas import unplayed
from qa.queries import as_question
from qa.quoting import asks_referent, points_back, quoting_lead
from qa.requests import as_asked
from qa.respelling import Names, pieces_joined, respelled
from qa.retrieve import Passage, Retriever, toward_topic
from qa.schemas import AskRequest, AskResponse, Citation, DocumentInfo, DocumentList, Timings, Turn
from qa.scope import beyond_the_sources
from qa.shorthand import written_out
from qa.terms import terms
from qa.titles import with_offices
from qa.voice import active

GROUNDING_THRESHOLD = 0.55
LLM_EVIDENCE = 3
_SENTENCE_CACHE_LIMIT = 100_000
__all__ = ["Passage", "QAPipeline", "StreamEvent"]


@dataclass(frozen=True, slots=True)
class StreamEvent:
    """One server-sent event: a text delta, the citations, or the final response."""

    kind: Literal["token", "citations", "done"]
    delta: str = ""
    citations: tuple[Citation, ...] = ()
    response: AskResponse | None = None


# How many of the sentences ranked for an event are tried for the one that dates it.
EVENT_CANDIDATES = 3


def _refused(text: str, request: AskRequest, timings: Timings) -> AskResponse:
    """A refusal of the request, saying why, with no citations."""
    return AskResponse(
        answer=text, citations=[], abstained=True, mode="abstained",
        question=request.question, timings_ms=timings,
    )  # fmt: skip


def _whole(response: AskResponse, started: float) -> Iterator[StreamEvent]:
    """The events of a response made whole before any is sent (a refusal, the order of two
    events): its text, its citations, then the response, its total time taken now."""
    yield StreamEvent("token", delta=response.answer)
    yield StreamEvent("citations", citations=tuple(response.citations))
    response.timings_ms.total = round((time.perf_counter() - started) * 1000, 2)
    yield StreamEvent("done", response=response)


def _with(vector: np.ndarray, context: np.ndarray) -> np.ndarray:
    """A question's vector moved toward its context's: their normalised sum."""
    total = vector + context
    normalised: np.ndarray = total / float(np.linalg.norm(total) or 1.0)
    return normalised


def _told(
    lead: str, cited: Sequence[ScoredSentence], request: AskRequest, timings: Timings
) -> AskResponse:
    """An answer worked out from the sentences it cites ("About 24 years", "Lavrov's
    remarks came first"), followed by the sentences themselves."""
    return AskResponse(
        answer=f"{lead} — {extractive_answer(cited)}", abstained=False, mode="extractive",
        citations=[_citation(n, s) for n, s in enumerate(cited, start=1)],
        question=request.question, timings_ms=timings,
    )  # fmt: skip


def _citation(n: int, scored: ScoredSentence) -> Citation:
    sentence = scored.sentence
    passage = sentence.passage
    return Citation(
        n=n,
        doc_id=passage.doc_id,
        source=passage.source,
        title=passage.title,
        text=sentence.text,
        start=sentence.start,
        end=sentence.end,
        score=round(scored.score, 4),
        url=passage.url or None,
        published=passage.published or None,
    )


# Misspelt words are read before names are known (`QAPipeline.stream`).
_NO_NAMES = Names.of({}, places=False)
# How a message is read as a question, in order, once its markup, letter and language are
# read past: the part the asker plays, the one it is put to, a correction part-way, an
# injected instruction, notes in brackets, shorthand, numerals written another way, words
# on the answer's form, a blank to fill (see `QAPipeline.stream`).
_READINGS: tuple[Callable[[str], str], ...] = (
    unplayed,
    addressed,
    corrected,
    without_injection,
    without_notes,
    written_out,
    plain_numerals,
    without_format,
    blank_asked,
)


class QAPipeline:
    """Loaded once (models, store, index); answers questions from many threads."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        client: ClientAPI,
        chat_model: BaseChatModel | None,
        thresholds: Thresholds | None = None,
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.client = client
        self.chat_model = chat_model
        self.thresholds = thresholds or Thresholds()
        self._lock = threading.Lock()
        self._index: KeywordIndex | None = None
        self._checked = 0.0
        self._sentence_vectors: dict[tuple[str, int, int, str], np.ndarray] = {}
        self._store: Chroma | None = None
        self._store_index: KeywordIndex | None = None
        self.english = embedder.vocabulary()  # words not to read as misspelt
        self.topic_vector = (  # what retrieval leans toward (settings.topic)
            embedder.encode([settings.topic])[0]
            if settings.topic.strip() and settings.topic_weight
            else None
        )

    @classmethod
    def build(
        cls,
        settings: Settings,
        *,
        embedder: Embedder | None = None,
        chat_model: BaseChatModel | None = None,
        client: ClientAPI | None = None,
    ) -> QAPipeline:
        """Load everything the settings ask for; models passed in are reused."""
        if embedder is None:
            embedder = Embedder.load(
                batch_size=settings.embed_batch_size, threads=settings.torch_threads
            )
        if chat_model is None and settings.llm_mode != "extractive":
            from qa.llm import build_chat_model

            chat_model = build_chat_model(settings)
        client = client or open_client(settings.store, settings.chroma_url)
        pipeline = cls(settings, embedder, client, chat_model)
        pipeline.refresh(force=True)
        return pipeline

    # -- store and index -------------------------------------------------------------------

    def _collection_ids(self) -> list[str]:
        collection = open_collection(self.client, self.settings.collection)
        return list(collection.get(include=[])["ids"])

    def refresh(self, *, force: bool = False) -> KeywordIndex:
        """Rebuild the BM25 index when the collection's chunks changed (checked at most
        every `index_refresh_s` seconds)."""
        now = time.monotonic()
        with self._lock:
            due = now - self._checked >= self.settings.index_refresh_s
            if self._index is not None and not force and not due:
                return self._index
            try:
                ids = self._collection_ids()
                if self._index is None or fingerprint(ids) != self._index.fingerprint:
                    collection = open_collection(self.client, self.settings.collection)
                    self._index = KeywordIndex.build(list(iter_chunks(collection)))
                    self._sentence_vectors.clear()
            except StoreUnavailableError:
                raise
            except Exception as exc:
                raise StoreUnavailableError(f"the Chroma store is unavailable: {exc}") from exc
            self._checked = now
            return self._index

    def retriever(self) -> Retriever:
        """A retriever over the current collection and index."""
        index = self.refresh()
        if self._store is None or self._store_index is not index:
            # Reopened whenever the index is rebuilt, so a recreated collection is found.
            self._store = Chroma(
                client=self.client,
                collection_name=self.settings.collection,
                embedding_function=self.embedder,
            )
            self._store_index = index
        return Retriever(self._store, index)

    def chunk_count(self) -> int:
        """How many chunks the collection holds."""
        try:
            return open_collection(self.client, self.settings.collection).count()
        except Exception as exc:
            raise StoreUnavailableError(f"the Chroma store is unavailable: {exc}") from exc

    def documents(self) -> DocumentList:
        """Stored documents with their chunk counts."""
        index = self.refresh()
        docs: dict[str, DocumentInfo] = {}
        for chunk in index.chunks:
            info = docs.setdefault(
                chunk.doc_id,
                DocumentInfo(doc_id=chunk.doc_id, source=chunk.source, title=chunk.title, chunks=0),
            )
            info.chunks += 1
        ordered = sorted(docs.values(), key=lambda d: d.source)
        return DocumentList(documents=ordered, chunks=len(index.chunks))

    # -- retrieval -------------------------------------------------------------------------

    def retrieve(
        self, question: str, history: Sequence[Turn] = (), top_k: int | None = None
    ) -> list[Passage]:
        """Top passages for a (possibly follow-up) question."""
        query = standalone_question(question, history, self.settings.topic)
        vector = self.embedder.encode([query])[0]
        return self._search(query, vector, top_k or self.settings.top_k)

    def _search(self, query: str, vector: np.ndarray, top_k: int) -> list[Passage]:
        try:
            return self.retriever().search(
                query,
                toward_topic(vector, self.topic_vector, self.settings.topic_weight),
                mode=self.settings.retrieval,
                top_k=top_k,
                candidates=self.settings.candidates,
                doc_boost=self.settings.doc_boost,
                fusion=self.settings.fusion,
                dense_weight=self.settings.dense_weight,
            )
        except StoreUnavailableError:
            raise
        except Exception as exc:
            raise StoreUnavailableError(f"the Chroma store is unavailable: {exc}") from exc

    def _vectors(self, spans: Sequence[tuple[str, int, int, str]]) -> np.ndarray:
        """Embeddings of (doc_id, start, end, text) spans, cached by position and text."""
        keys = list(spans)
        # A local copy: another thread's refresh() may clear the shared cache meanwhile.
        found = {key: v for key in keys if (v := self._sentence_vectors.get(key)) is not None}
        missing = [i for i, key in enumerate(keys) if key not in found]
        if missing:
            fresh = self.embedder.encode([spans[i][3] for i in missing])
            if len(self._sentence_vectors) > _SENTENCE_CACHE_LIMIT:
                self._sentence_vectors.clear()
            for i, vector in zip(missing, fresh, strict=True):
                found[keys[i]] = self._sentence_vectors[keys[i]] = vector
        if not keys:
            return np.zeros((0, self.embedder.dimension), dtype=np.float32)
        return np.stack([found[key] for key in keys])

    def _title_nearness(self, sentences: Sequence[Sentence]) -> dict[str, float]:
        """How near each sentence's document title is to the topic (cosine, at least 0)."""
        assert self.topic_vector is not None
        titles = {s.passage.doc_id: s.passage.title or s.passage.source for s in sentences}
        # (doc_id, -1, -1) is the document's title in the vector cache.
        vectors = self._vectors([(doc_id, -1, -1, title) for doc_id, title in titles.items()])
        nearness = np.maximum(vectors @ self.topic_vector, 0.0)
        return {doc_id: float(n) for doc_id, n in zip(titles, nearness, strict=True)}

    def beyond_topic(self, query: str, ranked: Sequence[ScoredSentence]) -> bool:
        """Whether both the (standalone) question and the title of the document the answer
        would come from are far from the service's topic (cosines under `topic_scope` and
        `topic_scope_title`): with an encyclopedia in the store, "What is the capital of
        Australia?" is answerable, but not by a service about a treaty. A question near
        the topic may still be answered from any document, and any question from a
        document near the topic."""
        settings = self.settings
        if self.topic_vector is None or not settings.topic_scope or not ranked:
            return False
        best = ranked[0].sentence
        if self._title_nearness([best])[best.passage.doc_id] >= settings.topic_scope_title:
            return False
        return float(self.embedder.encode([query])[0] @ self.topic_vector) < settings.topic_scope

    def _topic_prior(self, sentences: Sequence[Sentence]) -> np.ndarray | None:
        """For each sentence, `topic_weight` times how near its document's title is to the
        topic (0 when unrelated): with an encyclopedia in the store, "Tehran is the capital
        … of Iran" does not outrank the article's sentence on Tehran's ties with Moscow. One
        document gives every sentence the same prior, which changes no ranking."""
        if self.topic_vector is None or not sentences:
            return None
        nearness = self._title_nearness(sentences)
        weight = self.settings.topic_weight
        return np.array([weight * nearness[s.passage.doc_id] for s in sentences])

    def rank_evidence(
        self,
        question: str,
        history: Sequence[Turn] = (),
        top_k: int | None = None,
        *,
        leans: bool = False,
    ) -> tuple[list[Passage], list[ScoredSentence]]:
        """Retrieved passages and their sentences ranked as evidence for the question
        (read with the last turn when it `leans` on it, see `standalone_question`)."""
        query = standalone_question(question, history, self.settings.topic, leans=leans)
        parts = question_parts(question)
        index = self.refresh()
        # A question that names capitals ("ties between Tehran and the Kremlin") is also
        # read with their countries (see `qa.metonyms`); one batch encodes every reading.
        asked = [question, *parts] if len(parts) > 1 else [question]
        readings = {text: read for text in asked if (read := as_countries(text)) != text}
        extra = [*(parts if len(parts) > 1 else []), *readings.values()]
        if query == question:
            vector, *rest = self.embedder.encode([query, *extra])
            focus = vector
        else:
            # Retrieve with the earlier question's context, but rank sentences by the
            # current question as much as by that context, or a follow-up gets the
            # previous answer back.
            vector, own, *rest = self.embedder.encode([query, question, *extra])
            focus = _with(vector, own)
        encoded = dict(zip(extra, rest, strict=True))
        passages = self._search(query, vector, top_k or self.settings.top_k)
        sentences = candidate_sentences(passages)
        vectors = self._vectors([(s.passage.doc_id, s.start, s.end, s.text) for s in sentences])
        # And with "the two countries" named (see `qa.pairs`), and people named by name
        # alone given the office their documents name them with ("Russian President Putin’s
        # foreign policy", see `qa.titles`): the nearer of the two counts. Only sentences
        # that read differently need a second vector.
        glossed = {
            i: named
            for i, s in enumerate(sentences)
            if (named := with_offices(with_title_pair(s.text, s.passage.title), index.holders))
            != s.text
        }
        named_vectors = None
        if glossed:
            named_vectors = vectors.copy()
            named_vectors[list(glossed)] = self._vectors(
                [
                    (sentences[i].passage.doc_id, sentences[i].start, sentences[i].end, text)
                    for i, text in glossed.items()
                ]
            )
        owners, clauses = [], []
        for i, s in enumerate(sentences):
            for start, end in clause_spans(s.text):
                owners.append(i)
                clauses.append(
                    (s.passage.doc_id, s.start + start, s.start + end, s.text[start:end])
                )
        clause_vectors = self._vectors(clauses)
        prior = self._topic_prior(sentences)

        def rank(question: str, query: str, vector: np.ndarray) -> list[ScoredSentence]:
            # The nearer of the question's readings counts.
            read = readings.get(question)
            reading = encoded[read] if read is not None else None
            near = best_clause_cosines(owners, clause_vectors, vector, len(sentences))
            if reading is not None:
                near = np.maximum(
                    near, best_clause_cosines(owners, clause_vectors, reading, len(sentences))
                )
            # A caption printed twice is one sentence to cite.
            return without_repeats(
                score_sentences(
                    question,
                    query,
                    sentences,
                    vector,
                    vectors,
                    index.idf,
                    clause_cosines=near,
                    prior=prior,
                    alt_vectors=named_vectors,
                    alt_question_vector=reading,
                )
            )

        ranked = rank(question, query, focus)
        if len(parts) > 1:
            # "Which agency took the photo, and which reported the duration?": each part
            # gets its own best sentence, or the two answers come from one topic.
            # A part that leans on the part before ("…, and how did Iran react?") is also
            # read with it, as a follow-up is with the question before it, to tell whether
            # the part before's sentence answers it too (see `merge_rankings`).
            rankings = [rank(part, part, encoded[part]) for part in parts]
            leaning = {
                i: rank(part, part, _with(encoded[part], encoded[parts[i - 1]]))
                for i, part in enumerate(parts)
                if i and leans_back(part)
            }
            ranked = merge_rankings(ranked, rankings, parts, leaning)
        else:
            ranked = grant_premise(question, ranked)
        if query != question:
            # "Who is that figure attributed to?" after "… 20 years" is far from every
            # sentence on its own words; read with the conversation it is near the one the
            # last answer came from, and within reach (`ScoredSentence.nearest`, which only
            # the abstention gate reads).
            # With a claim, its clause counts too ("Who said it?" after "Draft attributes
            # the 'constructive in nature' quote to Dmitry Peskov": the quoted clause).
            context = vectors @ vector
            if leans:
                context = np.maximum(
                    context, best_clause_cosines(owners, clause_vectors, vector, len(sentences))
                )
            where = {id(s): i for i, s in enumerate(sentences)}
            ranked = [
                replace(s, nearest=max(s.nearest, float(context[at])))
                if (at := where.get(id(s.sentence))) is not None
                else s
                for s in ranked
            ]
        return passages, ranked

    # -- answering -------------------------------------------------------------------------

    def ask(self, request: AskRequest) -> AskResponse:
        """Answer a question (the final event of `stream`)."""
        for event in self.stream(request):
            if event.response is not None:
                return event.response
        raise RuntimeError("the answer stream ended without a response")  # pragma: no cover

    def stream(self, request: AskRequest) -> Iterator[StreamEvent]:
        """Answer a question as events: text deltas, the citations, then the response."""
        started = time.perf_counter()
        index = self.refresh()
        # "**Who** signed it?", "#Syria Which group …?", "<p>…</p>" are read without their
        # markup; a line quoted with "> " before the question is what the asker is reading,
        # not what is asked (`qa.markup`).
        # "Hi team,\n\nWho signed it?\n\nThanks,\nHannah Liu" asks "Who signed it?": the
        # greeting and sign-off of a message ask nothing (`qa.letters`). "WHO SIGNED THE
        # TREATY" is read as typed in lower case, its names cased later (`qa.casing`).
        # "¿Cuándo did they sign the tratado?" asks "When did they sign the treaty?"
        # (`qa.codeswitch`).
        # "whos the pres of iran" is read as "who is the president of iran", and "Pres.
        # Putin" as "President Putin" before a misspelling could be read into "Pres"
        # (`qa.shorthand`).
        # "Pretend you're a TASS reporter: how long will the treaty last?" asks "How long will
        # the treaty last?": the part played is no part of what is asked (`qa.personas`).
        # "In 2021 — no, 2020 — whom did Trump order killed?" asks "In 2020, whom did Trump
        # order killed?": what the asker settled on (`qa.corrections`).
        # "On 17/01/2025 …" is read as "On January 17, 2025 …", "in '22" as "in 2022"
        # (`qa.numerals`); "TL;DR: who was charged …?" asks "Who was charged …?"
        # (`qa.formatting`); "Iran has supplied Russia with a total of ___ Shahed drones."
        # asks "… a total of how many Shahed drones?" (`qa.cloze`); then "tready have clause
        # for mutual defense?" is read as "treaty have clause …" before anything reads its
        # words, and a name typed by ear as two words is joined ("Where did Put in and Pez
        # Eskin meet?" asks where Putin and Pezeshkian met, not who did Put in)
        # (`qa.respelling`). "Which agency (Reuters?) reported the 20-year term?" asks "Which
        # agency reported the 20-year term?": a note in brackets is the asker's (`qa.notes`).
        # "Mr Lavrov, on which day did you call it constructive?" asks on which day Lavrov
        # did (`qa.address`).
        quote, text = quoted_lead(without_markup(request.question))
        # "Which state owned news agency …?" is read as "Which state-owned news agency …?",
        # as the documents write it (`qa.compounds`).
        # "… Who signed it? My brother swears it was Raisi. Thanks!" asks "… Who signed it?"
        # (`qa.framing`).
        message = rejoined(
            in_english(unshouted(without_aside(letter_body(text))), index.knows), index.compounds
        )
        for read in _READINGS:
            message = read(message)
        # "Pezeshkian elected — when?" asks "When was Pezeshkian elected?" (`qa.fragments`).
        message = as_full(message, index.forms)
        question = respelled(
            pieces_joined(
                message,
                index.names,
                index.knows,
                capitalised=True,
            ),
            _NO_NAMES,
            index.knows,
            index.words,
            self.english,
        )
        # "Explain why Putin travelled to Tehran." asks "Why Putin travelled to Tehran?",
        # "Tell me the price …" "What is the price …?" (`qa.requests`); "who inked the deal"
        # is read as "who signed the deal" (`qa.colloquial`), "what china said about it" as
        # "what did china say about it" (`qa.learner`).
        # "The photograph was taken by whom?" asks "Who took the photograph?" (`qa.voice`).
        question = standard(plainly(as_asked(active(question))))
        # "trump inauguration date" asks "When was trump inauguration?" (`qa.queries`).
        question = as_question(question)
        # "Where was it signed: Tehran, Moscow, Baku or Ankara?" asks its question without
        # the options, then holds the answer to them (`qa.choices`).
        # "Which came first: X or Y?" offers two events to put in order, not options to
        # find stated (`qa.chronology`).
        choices = offered_choices(question) if order_asked(question) is None else None
        if choices is not None:
            question = choices.stem
        # "For the record, who signed it?" asks "Who signed it?"; "um who signed the — who
        # signed the treaty" asks "who signed the treaty" (`qa.framing`). A question asked
        # indirectly ("Could you find out what China thought of the pact") is read in
        # standard grammar once unwrapped ("What did China think of the pact").
        question = standard(unframed(fluent(question)))
        # "In 'These included a Syrian opposition offensive …', what does 'These' refer
        # to?" asks the question after the phrase it quotes, which is read as a turn before
        # it, as a line quoted with "> " is (`qa.quoting`).
        quoted, question = quoting_lead(question)
        # "Regarding Iran's support for Russia, what drones has Iran provided?" asks what
        # follows the scene it sets, when that stands on its own (`qa.framing`); "Regarding
        # the 2001 agreement, how long was that agreement valid?" leans on it and stays whole.
        # "Hezbollah angle: who leads Hezbollah …?" asks "Who leads Hezbollah …?"; "Re: the
        # drones — who says Moscow used them …?" leans on its label and stays whole
        # (`qa.labels`).
        question = unlabelled(question)
        scene, asked = context_lead(question)
        if scene and not needs_context(asked):
            question = asked
        # "According to the last paragraph, how did Iran reply to Trump's warning?" asks
        # what follows where it looks, unless that points back at it (`qa.framing`).
        question = where_in(question)[1]
        # "Besides increased trade, what weapons has Iran provided?" asks what follows what
        # it sets aside, whether or not that points back (`qa.framing`); what it leaves out
        # of its answer must not be all the best sentence offers (`qa.exclusions`).
        left_out = excluded(question)
        question = set_aside(question)[1]
        # "The draft says the treaty runs for 50 years — how long is it expected to remain
        # in force?" asks the question after the claim; the claim is read as a turn before
        # it, for what the question points back to ("that agreement"). The question is
        # about what the claim is about ("What name did officials use?" after "Draft names
        # it the 'strategic alliance treaty'"), so it is searched for with the claim
        # (`leans`); its premises are its own, and the claim's are not checked.
        history: Sequence[Turn] = request.history
        claim, question = claim_lead(question)
        # "The older agreement was from 1999, right? When was it from?" asks the question
        # after a half-remembered guess, read as a claim is, when it asks for the time or
        # amount the guess may have got wrong. Whether read apart or whole, when the
        # question asks for a time, an amount, a name or a place, or for what was talked
        # about, what the guess leans on besides the value it guesses must be in the
        # sources ("… sat down with Prime Minister Mishustin, didn't he — what did they talk
        # about?"), and so must what a remembered claim leans on (`qa.guesses`).
        leaned = leaned_on(claim, question) if remembered(claim) else None
        if not claim:
            guess, asked = guess_lead(question)
            if guess and (leaned := leaned_on(guess, asked)) is not None and read_apart(asked):
                claim, question = guess, asked
        # "> “The treaty … is constructive in nature”\n\nLavrov said it aims to strengthen
        # the capabilities of Russia, Iran and who else?": a question that points back at
        # the line it quotes is read after it, as after a claim.
        if quote and not claim and not stands_alone(question):
            claim = quote
        if quoted and not claim:
            claim = quoted
        if claim:
            history = [*history, Turn(role="user", content=claim)]
            question = resolve_part(question, claim)
        # "Should Ukrainians be worried — what has Iran already given Russia?" asks the
        # question of fact after the dash; the judgement first asked is read as a turn
        # before it, for what the question points back to ("what setbacks did it suffer?"
        # after "Is Iran turning to Russia …").
        wonder, question = wondering_lead(question)
        if wonder:
            history = [*history, Turn(role="user", content=wonder)]
        # "Honestly these deals come with some grand timeframe, my guess was 50 years. How
        # long is this treaty expected to stay in force?" asks the question after what the
        # asker says first, when it stands on its own; "…. Which ones?" leans on it and
        # stays whole (`qa.framing`).
        said, asked = preamble_lead(question)
        if said and stands_alone(asked):
            question = unframed(asked)
        # "he" is the one person the last turn names, "that one" the old deal it names.
        # "the last one" is the last of the names the last answer listed.
        question = resolve_listed(resolve_deal(resolve_person(question, history), history), history)
        # "why did putin fly to tehran" is checked as "why did Putin fly to Tehran", and
        # "poutin" read as "Putin" (`qa.respelling`).
        question = respelled(
            truecased(question, index.forms, index.knows),
            index.names,
            index.knows,
            english=self.english,
        )
        # "How long is the deal that Putin called a “real breakthrough” expected to remain in
        # force?" is searched for and checked without the clause that says which deal it
        # means, when what is left asks something of its own (`qa.clauses`); not a question
        # of several parts, whose first may ask only who the clause says ("Who was the
        # Iranian president who signed the pact, and …?").
        if len(question_parts(question)) == 1:
            question = without_clause(question)
        if (order := order_asked(question)) is not None:
            yield from self._in_order(order, request, history, started)
            return
        # "How many years separate the 2001 agreement and the new treaty?" is answered by
        # the sentences that date the two and the difference of their times (`qa.intervals`).
        # "How many days …?" asks a number that only dates give; "How long before Trump's
        # return was it signed?" may be told in words ("just days before") when not by dates.
        if (interval := interval_asked(question)) is not None:
            between = self._between(interval, request, history, started)
            if between is not None or interval.unit is not None:
                timings = Timings(retrieve=round((time.perf_counter() - started) * 1000, 2))
                yield from _whole(between or _refused(NO_INTERVAL_TEXT, request, timings), started)
                return
        ranked: list[ScoredSentence] = []
        leans = bool(claim)
        query = standalone_question(question, history, self.settings.topic, leans=leans)
        # "Who says so?" has no words of its own to search for; after an answer about
        # drones, the conversation gives it some. "?!" or a bare injection gets none, and
        # neither does a request for a recipe, a poem or advice (`beyond_the_sources`).
        if words(question) and not beyond_the_sources(question) and terms(query):
            ranked = self.rank_evidence(question, history, request.top_k, leans=leans)[1]
        retrieved = time.perf_counter()
        timings = Timings(retrieve=round((retrieved - started) * 1000, 2))

        refusal = None
        if choices is not None and not choices.negated and ranked:
            # A sentence that states an option answers first, when it is nearly as good as
            # the best (within `second_margin`); otherwise the sources do not say which
            # option is right. On blind43 every answered quiz question's best sentence
            # stated an option, and the unanswerable ones' first such sentence scored 0.12
            # or more below the best.
            best = ranked[0].score
            ranked = options_first(ranked, choices.options, lambda s: s.sentence.text)
            if (
                not stated_options([ranked[0].sentence.text], choices.options)
                or best - ranked[0].score > self.thresholds.second_margin
                or unsettled_comparison(choices.stem, ranked[0].sentence.text)
            ):
                refusal = NO_OPTION_TEXT
        if refusal is None and (
            should_abstain(question, ranked, self.thresholds)
            or (leaned and bool(unnamed(leaned, answering_passages(ranked))))
            or (left_out and offers_only(left_out, ranked[0].sentence.text))
        ):
            refusal = ABSTAIN_TEXT
        elif refusal is None and self.beyond_topic(query, ranked):
            refusal = BEYOND_TOPIC_TEXT.format(topic=self.settings.topic.strip())
        if refusal is not None:
            yield from _whole(_refused(refusal, request, timings), started)
            return

        evidence = evidence_for_answer(question, ranked, self.thresholds)
        # "In 'These included …', what does 'These' refer to?" is answered by the sentence
        # before the one quoted, which says what "These" were (`qa.quoting`).
        if (
            quoted
            and evidence
            and asks_referent(question)
            and points_back(evidence[0].sentence.text)
            and (before := preceding(evidence[0], ranked)) is not None
            and before not in evidence
        ):
            evidence = [before, *evidence]
        answer, cited = extractive_answer(evidence), list(evidence)
        # "How many areas does the deal cover?" is answered by counting the areas its
        # sentence lists, when it gives no number for them (`qa.lists`).
        if (
            answer_kind(question) == "number"
            and evidence
            and not counts_number(evidence[0].sentence.text, question)
            and (items := list_counted(question, evidence[0].sentence.text)) is not None
        ):
            answer = f"{told_count(items)} — {answer}"
        if choices is not None and (
            option := chosen_option(choices, [s.sentence.text for s in evidence])
        ):
            answer = f"{option} — {answer}"
        mode: str = "extractive"
        degraded = False
        if self.chat_model is not None:
            llm_evidence = distinct(ranked)[:LLM_EVIDENCE]
            text = ""
            try:
                for delta in generate(self.chat_model, prompt_messages(question, llm_evidence)):
                    text += delta
                    yield StreamEvent("token", delta=delta)
            except Exception:
                degraded = True
            mode = self._llm_mode_name()
            if degraded:
                mode = "extractive_fallback"
            else:
                texts = [s.sentence.text for s in llm_evidence]
                attributed = attribute(text, texts, self._similarity)
                generated, generated_cited = renumber(attributed, llm_evidence)
                passages = [s.sentence.text for _, s in generated_cited]
                grounding = check_answer(generated, passages, self._similarity, GROUNDING_THRESHOLD)
                if grounding.supported and not says_not_found(generated) and generated_cited:
                    answer, cited = generated, [s for _, s in generated_cited]
                else:
                    mode = "extractive_fallback"
        else:
            yield StreamEvent("token", delta=answer)
        timings.generate = round((time.perf_counter() - retrieved) * 1000, 2)
        citations = [_citation(n, s) for n, s in enumerate(cited, start=1)]
        yield StreamEvent("citations", citations=tuple(citations))
        timings.total = round((time.perf_counter() - started) * 1000, 2)
        yield StreamEvent(
            "done",
            response=AskResponse(
                answer=answer, citations=citations, abstained=False, mode=mode,  # type: ignore[arg-type]
                degraded=degraded, question=request.question, timings_ms=timings,
            ),
        )  # fmt: skip

    def _in_order(
        self, order: OrderAsked, request: AskRequest, history: Sequence[Turn], started: float
    ) -> Iterator[StreamEvent]:
        """Answer which of two events came first (or last) from the sentences that date
        them, citing both; refuse when the sources do not date both or their times overlap.
        The answer is the sentences themselves: no generator does date arithmetic here."""
        found = self.dated_events(order, history, request.top_k)
        retrieved = time.perf_counter()
        timings = Timings(retrieve=round((retrieved - started) * 1000, 2))
        if found is None:
            response = _refused(NO_ORDER_TEXT, request, timings)
        else:
            chosen, cited = found
            event = order.events[chosen]
            lead = f"{event[:1].upper()}{event[1:]} came {order.when}"
            response = _told(lead, cited, request, timings)
        yield from _whole(response, started)

    def dated_events(
        self, order: OrderAsked, history: Sequence[Turn] = (), top_k: int | None = None
    ) -> tuple[int, list[ScoredSentence]] | None:
        """The event (0 or 1) the question asks for and the sentences that date both, in
        the order of their documents; None when either is not dated or they overlap."""
        found = self.event_times(order.events, history, top_k, dated)
        if found is None:
            return None
        times, cited = found
        chosen = first_of(order, times)
        return None if chosen is None else (chosen, cited)

    def event_times(
        self,
        events: tuple[str, str],
        history: Sequence[Turn] = (),
        top_k: int | None = None,
        dating: Dating = dated,
    ) -> tuple[tuple[Period, Period], list[ScoredSentence]] | None:
        """The time the sources give each of two events and the sentences that give them,
        in the order of their documents; None when either is not dated.
        An event's sentence is the best of the few ranked for it that names whatever the
        event names ("Russia's invasion of Ukraine": Russia and Ukraine) and gives it one
        time (by `dating`), its own or, when it points back ("These included …"), the
        sentence before's."""
        index = self.refresh()
        times: list[Period] = []
        cited: list[ScoredSentence] = []
        presents: dict[str, date | None] = {}  # each document's, read from its chunks once

        def now_of(passage: Passage) -> date | None:
            if (published := published_date(passage.published)) is not None:
                return published
            if passage.doc_id not in presents:
                presents[passage.doc_id] = present(
                    " ".join(c.text for c in index.chunks if c.doc_id == passage.doc_id)
                )
            return presents[passage.doc_id]

        for event in events:
            ranked = self.rank_evidence(event, history, top_k)[1]
            for candidate in ranked[:EVENT_CANDIDATES]:
                before = preceding(candidate, ranked)
                text = candidate.sentence.text
                if not tells_of(event, f"{before.sentence.text} {text}" if before else text):
                    continue
                now = now_of(candidate.sentence.passage)
                when = dating(text, before.sentence.text if before else "", now, event)
                if when is None:
                    continue
                period, borrowed = when
                times.append(period)
                cited += [before, candidate] if borrowed and before else [candidate]
                break
            else:
                return None
        unique = {(s.sentence.passage.doc_id, s.sentence.start): s for s in cited}
        return (times[0], times[1]), sorted(
            unique.values(), key=lambda s: (s.sentence.passage.source, s.sentence.start)
        )

    def _between(
        self, asked: IntervalAsked, request: AskRequest, history: Sequence[Turn], started: float
    ) -> AskResponse | None:
        """How long separates two events, from the sentences that date them, citing both;
        None when the sources do not date both, or not finely enough for the unit asked,
        or put them the other way round than the question does."""
        found = self.event_times(asked.events, history, request.top_k, dated_as_asked)
        told = span(asked, found[0]) if found is not None else None
        if found is None or told is None:
            return None
        timings = Timings(retrieve=round((time.perf_counter() - started) * 1000, 2))
        return _told(told, found[1], request, timings)

    def _llm_mode_name(self) -> str:
        return "openai" if self.settings.llm_mode == "openai" else "local"

    def _similarity(self, a: str, b: str) -> float:
        vectors = self.embedder.encode([a, b])
        return float(vectors[0] @ vectors[1])
