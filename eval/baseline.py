"""The LangChain RAG tutorial as a baseline: 1000-character chunks, top-4 similarity search,
a "stuff" prompt and the local LLM, answering with AskResponse so the same metrics apply.

It ignores the conversation history and cites all four retrieved chunks, as the tutorial does.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from pathlib import Path

from chromadb.api import ClientAPI
from langchain_chroma import Chroma
from langchain_core.documents import Document as LcDocument
from langchain_core.embeddings import Embeddings
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_text_splitters import RecursiveCharacterTextSplitter

from eval.metrics import says_unknown
from ingest.chunking import chunk_id
from ingest.load import Document, load_corpus
from qa.retrieve import Passage
from qa.schemas import AskRequest, AskResponse, Citation, Timings, Turn

TOP_K = 4
SYSTEM_PROMPT = (
    "Use the following pieces of retrieved context to answer the question. "
    "If you don't know the answer, just say that you don't know. "
    "Use three sentences maximum and keep the answer concise.\n\n{context}"
)
PROMPT = ChatPromptTemplate.from_messages([("system", SYSTEM_PROMPT), ("human", "{question}")])


def split_documents(documents: Sequence[Document]) -> list[LcDocument]:
    """The tutorial's chunks: 1000 characters, 200 overlap, with their start index."""
    splitter = RecursiveCharacterTextSplitter(
        chunk_size=1000, chunk_overlap=200, add_start_index=True
    )
    return splitter.split_documents(
        [
            LcDocument(
                page_content=d.text,
                metadata={"doc_id": d.doc_id, "source": d.source, "title": d.title},
            )
            for d in documents
        ]
    )


def _passage(document: LcDocument, distance: float) -> Passage:
    """A tutorial chunk as our Passage; its score is Chroma's distance (lower is closer)."""
    meta = document.metadata
    start = max(0, int(meta.get("start_index", 0)))
    end = start + len(document.page_content)
    doc_id = str(meta.get("doc_id", ""))
    return Passage(
        id=chunk_id(doc_id, start, end, "tutorial"),
        doc_id=doc_id,
        source=str(meta.get("source", "")),
        title=str(meta.get("title", "")),
        text=document.page_content,
        start=start,
        end=end,
        score=round(float(distance), 4),
    )


def _elapsed_ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 2)


class BaselinePipeline:
    """Answers like the tutorial; `close()` drops its temporary collection."""

    def __init__(self, store: Chroma, chat_model: BaseChatModel) -> None:
        self.store = store
        self.chain = PROMPT | chat_model | StrOutputParser()

    @classmethod
    def build(
        cls,
        corpus: Path,
        embedder: Embeddings,
        chat_model: BaseChatModel,
        *,
        client: ClientAPI | None = None,
    ) -> BaselinePipeline:
        """Split and embed the corpus into a fresh collection (in memory unless `client`)."""
        if client is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
        store = Chroma(
            collection_name=f"baseline-{uuid.uuid4().hex[:12]}",
            embedding_function=embedder,
            client=client,
        )
        chunks = split_documents(load_corpus([corpus]).documents)
        if chunks:
            store.add_documents(chunks)
        return cls(store, chat_model)

    def close(self) -> None:
        """Delete the temporary collection."""
        self.store.delete_collection()

    def retrieve(
        self, question: str, history: Sequence[Turn] = (), top_k: int | None = None
    ) -> list[Passage]:
        """The closest tutorial chunks (history ignored, as in the tutorial)."""
        hits = self.store.similarity_search_with_score(question, k=top_k or TOP_K)
        return [_passage(document, distance) for document, distance in hits]

    def ask(self, request: AskRequest) -> AskResponse:
        """Retrieve four chunks, stuff them into the prompt, and cite them all."""
        started = time.perf_counter()
        passages = self.retrieve(request.question, top_k=TOP_K)
        retrieved = time.perf_counter()
        context = "\n\n".join(p.text for p in passages)
        answer = self.chain.invoke({"context": context, "question": request.question}).strip()
        citations = [
            Citation(
                n=n,
                doc_id=p.doc_id,
                source=p.source,
                title=p.title,
                text=p.text,
                start=p.start,
                end=p.end,
                score=p.score,
            )
            for n, p in enumerate(passages, start=1)
        ]
        return AskResponse(
            answer=answer,
            citations=citations,
            abstained=says_unknown(answer),
            mode="local",
            question=request.question,
            timings_ms=Timings(
                retrieve=round((retrieved - started) * 1000, 2),
                generate=_elapsed_ms(retrieved),
                total=_elapsed_ms(started),
            ),
        )
