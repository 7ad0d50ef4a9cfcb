"""The configurations the eval can compare, and the loading they need (shared models,
the treaty index, the Wikipedia-distractor collection)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qa.config import LlmMode, RetrievalMode, Settings

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from langchain_core.language_models.chat_models import BaseChatModel

    from eval.baseline import BaselinePipeline
    from ingest.embed import Embedder
    from qa.pipeline import QAPipeline

DISTRACTOR_COLLECTION = "treaty_wiki"
_DONE_MARKER = ".complete"


class ConfigError(ValueError):
    """Raised when the requested configurations cannot be run as asked."""


@dataclass(frozen=True, slots=True)
class ConfigSpec:
    """One configuration: how to retrieve and how to answer."""

    name: str
    label: str
    retrieval: RetrievalMode
    llm_mode: LlmMode
    baseline: bool = False


CONFIGS: dict[str, ConfigSpec] = {
    spec.name: spec
    for spec in (
        ConfigSpec("hybrid", "hybrid+extractive", "hybrid", "extractive"),
        ConfigSpec("dense", "dense+extractive", "dense", "extractive"),
        ConfigSpec("keyword", "keyword+extractive", "keyword", "extractive"),
        ConfigSpec("local", "hybrid+local", "hybrid", "local"),
        ConfigSpec("openai", "hybrid+openai", "hybrid", "openai"),
        ConfigSpec("baseline", "langchain-tutorial", "dense", "local", baseline=True),
    )
}
COMPARE_DEFAULT = ("hybrid", "dense", "local", "openai", "baseline")
MODE_CONFIGS: dict[str, str] = {"extractive": "hybrid", "local": "local", "openai": "openai"}


def plan_configs(
    *, compare: bool, configs: Sequence[str] | None, modes: Sequence[str], openai_ready: bool
) -> list[ConfigSpec]:
    """The configurations to run, in order: `configs` if given, else the comparison set
    (openai only when its URL is set), else hybrid retrieval with each of `modes`."""
    if configs:
        names = [c.strip() for c in configs if c.strip()]
    elif compare:
        names = [n for n in COMPARE_DEFAULT if n != "openai" or openai_ready]
    else:
        unknown_modes = [m for m in modes if m not in MODE_CONFIGS]
        if unknown_modes:
            raise ConfigError(f"unknown llm mode {unknown_modes[0]!r}: use {sorted(MODE_CONFIGS)}")
        names = [MODE_CONFIGS[m] for m in modes] or ["hybrid"]
    unknown = [n for n in names if n not in CONFIGS]
    if unknown:
        raise ConfigError(f"unknown configuration {unknown[0]!r}: choose from {', '.join(CONFIGS)}")
    if "openai" in names and not openai_ready:
        raise ConfigError("the openai configuration needs TREATY_QA_LLM_BASE_URL")
    return [CONFIGS[n] for n in dict.fromkeys(names)]


def settings_for(spec: ConfigSpec, base: Settings) -> Settings:
    """The base settings with this configuration's retrieval and answer modes."""
    return base.model_copy(update={"retrieval": spec.retrieval, "llm_mode": spec.llm_mode})


@dataclass
class Resources:
    """What all configurations share: the embedder, the store client and (on first use) the
    local chat model."""

    settings: Settings
    embedder: Embedder
    client: ClientAPI
    _local_chat: BaseChatModel | None = field(default=None, init=False)

    @classmethod
    def load(cls, settings: Settings) -> Resources:
        """Load the embedder and open the store."""
        from ingest.embed import Embedder
        from ingest.store import open_client

        embedder = Embedder.load(
            batch_size=settings.embed_batch_size, threads=settings.torch_threads
        )
        return cls(settings, embedder, open_client(settings.store, settings.chroma_url))

    def local_chat(self) -> BaseChatModel:
        """The local SmolLM2 chat model, shared by every configuration that needs it."""
        if self._local_chat is None:
            from qa.llm import build_chat_model

            local = self.settings.model_copy(update={"llm_mode": "local"})
            chat = build_chat_model(local)
            if chat is None:
                raise ConfigError("local mode built no chat model")
            self._local_chat = chat
        return self._local_chat

    def ensure_index(self, settings: Settings) -> None:
        """Ingest the corpus into the settings' collection when that collection is empty."""
        from ingest.pipeline import run_ingest
        from ingest.store import open_collection

        collection = open_collection(self.client, settings.collection)
        if collection.count() == 0:
            run_ingest(
                [settings.corpus],
                collection,
                self.embedder,
                size=settings.chunk_size,
                overlap=settings.chunk_overlap,
                base=settings.corpus,
            )

    def target(self, spec: ConfigSpec, settings: Settings) -> QAPipeline | BaselinePipeline:
        """A ready pipeline for one configuration."""
        if spec.baseline:
            from eval.baseline import BaselinePipeline

            return BaselinePipeline.build(settings.corpus, self.embedder, self.local_chat())
        from qa.pipeline import QAPipeline

        self.ensure_index(settings)
        chat = self.local_chat() if spec.llm_mode == "local" else None
        return QAPipeline.build(
            settings_for(spec, settings),
            embedder=self.embedder,
            chat_model=chat,
            client=self.client,
        )


def wiki_articles(raw: object) -> list[tuple[str, str]]:
    """(title, summary) pairs from summaries_en-us.json: {key: {"title", "extract", ...}}."""
    if not isinstance(raw, dict):
        raise ConfigError("the Wikipedia summaries file is not a JSON object")
    articles: list[tuple[str, str]] = []
    for key, value in raw.items():
        if isinstance(value, dict) and isinstance(value.get("extract"), str):
            title = value.get("title") if isinstance(value.get("title"), str) else key
            if value["extract"].strip():
                articles.append((str(title), value["extract"].strip()))
    return articles


def article_filename(title: str) -> str:
    """A safe, unique file name for an article title."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")[:60] or "article"
    return f"{slug}-{hashlib.sha256(title.encode('utf-8')).hexdigest()[:8]}.txt"


def write_distractor_corpus(summaries: Path, out_dir: Path) -> int:
    """Write each summary as `title\\n\\nsummary` into out_dir once; returns the count."""
    marker = out_dir / _DONE_MARKER
    if marker.is_file():
        return int(marker.read_text(encoding="utf-8").strip() or 0)
    articles = wiki_articles(json.loads(summaries.read_text(encoding="utf-8")))
    out_dir.mkdir(parents=True, exist_ok=True)
    for title, summary in articles:
        (out_dir / article_filename(title)).write_text(f"{title}\n\n{summary}\n", encoding="utf-8")
    marker.write_text(f"{len(articles)}\n", encoding="utf-8")
    return len(articles)


def build_distractor_collection(resources: Resources, settings: Settings) -> Settings:
    """Ingest the corpus plus the Wikipedia summaries into their own collection (idempotent;
    minutes the first time) and return settings that point at it."""
    from tqdm import tqdm

    from ingest.pipeline import run_ingest
    from ingest.store import open_collection
    from qa.bench import wiki_summaries_path

    cache = settings.store.parent / "wiki-corpus"
    write_distractor_corpus(wiki_summaries_path(), cache)
    collection = open_collection(resources.client, DISTRACTOR_COLLECTION)
    with tqdm(desc="embedding distractors", unit="chunk", leave=False) as bar:

        def advance(chunks: int) -> None:
            bar.update(chunks)

        run_ingest(
            [settings.corpus, cache],
            collection,
            resources.embedder,
            size=settings.chunk_size,
            overlap=settings.chunk_overlap,
            prune=True,  # the collection holds exactly the corpus and the distractors
            on_plan=lambda plan: bar.reset(total=len(plan.upsert)),
            progress=advance,
            base=settings.corpus,
        )
    return settings.model_copy(update={"collection": DISTRACTOR_COLLECTION})
