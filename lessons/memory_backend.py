"""The in-memory backend: the part of Chroma's client the lesson store uses, held in this process.

For a store that needs no files or server (``chroma_url = "memory://NAME"``: an ephemeral agent, a
notebook) and for testing the night's logic without Chroma. Every store opened on the same name in
one process shares one set of collections. What it keeps: collections with metadata, records by id in
insertion order (an upsert keeps a record's place), ``where`` filters on equality, ``$in`` and ``$and`` (what the
store asks),
and exact cosine search; the conformance suite (``tests/test_lessons_store.py``) runs every store test
on it, on the embedded Chroma and on a Chroma server.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

_clients: dict[str, MemoryClient] = {}
_lock = threading.Lock()


def open_memory(url: str) -> MemoryClient:
    """The client for ``memory://NAME``, the same one each time in this process."""
    with _lock:
        return _clients.setdefault(url, MemoryClient())


class MemoryClient:
    def __init__(self) -> None:
        self.collections: dict[str, MemoryCollection] = {}

    def list_collections(self) -> list[MemoryCollection]:
        return list(self.collections.values())

    def get_collection(self, name: str) -> MemoryCollection:
        if name not in self.collections:
            raise ValueError(f"Collection {name} does not exist")
        return self.collections[name]

    def create_collection(self, name: str, metadata: dict[str, Any] | None = None, **_: Any) -> MemoryCollection:
        if name in self.collections:
            raise ValueError(f"Collection {name} already exists")
        self.collections[name] = MemoryCollection(self, name, metadata)
        return self.collections[name]

    def get_or_create_collection(self, name: str, metadata: dict[str, Any] | None = None, **_: Any) -> MemoryCollection:
        return self.collections.get(name) or self.create_collection(name, metadata)

    def delete_collection(self, name: str) -> None:
        self.get_collection(name)
        del self.collections[name]


class MemoryCollection:
    def __init__(self, client: MemoryClient, name: str, metadata: dict[str, Any] | None):
        self._client, self.name, self.metadata = client, name, dict(metadata or {})
        self._rows: dict[str, tuple[list[float] | None, dict[str, Any] | None, str | None]] = {}

    def count(self) -> int:
        return len(self._rows)

    def modify(self, name: str | None = None, metadata: dict[str, Any] | None = None) -> None:
        if metadata is not None:
            self.metadata = dict(metadata)
        if name is not None and name != self.name:
            self._client.create_collection(name)  # refuses a name taken, as Chroma does
            self._client.collections[name] = self
            del self._client.collections[self.name]
            self.name = name

    def add(self, ids: list[str], embeddings: list[list[float]] | None = None,
            metadatas: list[dict[str, Any]] | None = None, documents: list[str] | None = None) -> None:
        taken = [i for i in ids if i in self._rows]
        if taken:
            raise ValueError(f"Expected IDs to be unique, found duplicates of: {', '.join(taken[:3])}")
        self.upsert(ids, embeddings, metadatas, documents)

    def upsert(self, ids: list[str], embeddings: list[list[float]] | None = None,
               metadatas: list[dict[str, Any]] | None = None, documents: list[str] | None = None) -> None:
        for n, record_id in enumerate(ids):
            self._rows[record_id] = (list(embeddings[n]) if embeddings is not None else None,
                                     dict(metadatas[n]) if metadatas is not None else None,
                                     documents[n] if documents is not None else None)

    def get(self, ids: list[str] | None = None, where: dict[str, Any] | None = None,
            include: list[str] | None = None, limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
        chosen = [i for i in ids if i in self._rows] if ids is not None else list(self._rows)
        chosen = [i for i in chosen if where is None or _matches(self._rows[i][1] or {}, where)]
        chosen = chosen[offset or 0:][:limit]  # a page, in the order rows were added, as Chroma gives them
        return self._result(chosen, include if include is not None else ["metadatas", "documents"])

    def query(self, query_embeddings: list[list[float]], n_results: int = 10, where: dict[str, Any] | None = None,
              include: list[str] | None = None) -> dict[str, Any]:
        chosen = [i for i, row in self._rows.items() if row[0] is not None and (where is None or _matches(row[1] or {}, where))]
        out: dict[str, Any] = {"ids": [], "distances": [], "metadatas": [], "embeddings": [], "documents": []}
        for query in query_embeddings:
            if not chosen:
                best: list[str] = []
                distances: list[float] = []
            else:
                matrix = np.asarray([self._rows[i][0] for i in chosen], dtype=np.float32)
                q = np.asarray(query, dtype=np.float32)
                norms = np.linalg.norm(matrix, axis=1) * max(float(np.linalg.norm(q)), 1e-12)
                distance = 1.0 - (matrix @ q) / np.maximum(norms, 1e-12)
                order = np.argsort(distance, kind="stable")[:n_results]
                best, distances = [chosen[k] for k in order], [float(distance[k]) for k in order]
            found = self._result(best, include or ["metadatas", "documents"])
            for key in ("ids", "metadatas", "embeddings", "documents"):
                out[key].append(found[key])
            out["distances"].append(distances)
        return out

    def _result(self, chosen: list[str], include: list[str]) -> dict[str, Any]:
        rows = [self._rows[i] for i in chosen]
        return {"ids": chosen,
                "embeddings": [list(r[0]) if r[0] is not None else None for r in rows] if "embeddings" in include else None,
                "metadatas": [dict(r[1]) if r[1] is not None else None for r in rows] if "metadatas" in include else None,
                "documents": [r[2] for r in rows] if "documents" in include else None}


def _matches(metadata: dict[str, Any], where: dict[str, Any]) -> bool:
    for key, wanted in where.items():
        if key == "$and":
            if not all(_matches(metadata, clause) for clause in wanted):
                return False
        elif isinstance(wanted, dict):
            (op, value), = wanted.items()
            if op != "$in":
                raise ValueError(f"the in-memory store does not filter with {op}")
            if metadata.get(key) not in value:
                return False
        elif metadata.get(key) != wanted:
            return False
    return True
