"""The lesson store: Chroma (embedded by default, a server when configured), with a full history.

Two collections: ``sn_lessons`` holds each lesson (its embedding, filterable fields, and the whole
record as JSON) and ``sn_lesson_history`` holds every change (who or what, when, why, the record
before and after). A change is written to the history first and applied second, so
``reconcile()`` can finish a write that was cut off. Every change can be reverted, and a revert is
itself a change. The collection records which embeddings built it; opening it with other
embeddings is an error, never a silent mix. Telemetry is off.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlparse

import numpy as np

from secondnature.hooks.paths import data_dir, ensure_private_dir, make_private
from secondnature.hooks.schema import now_iso
from secondnature.lessons.embeddings import Embedder, make_embedder
from secondnature.lessons.model import Lesson

LESSONS = "sn_lessons"
HISTORY = "sn_lesson_history"
URL_ENV = "SECOND_NATURE_CHROMA_URL"
HNSW = {"space": "cosine", "ef_construction": 200, "ef_search": 200, "max_neighbors": 32}
BATCH = 1000


class StoreError(RuntimeError):
    """The store cannot be opened or used as asked; the message names the fix."""


class NotFound(LookupError):
    pass


@dataclass
class Change:
    change_id: str
    lesson_id: str
    version: int
    ts: str
    actor: str
    action: str
    reason: str
    before: dict[str, Any] | None
    after: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def store_location(config: dict[str, Any] | None = None) -> tuple[str | None, str | None]:
    """(path, url): the server URL from the environment or config, else the embedded path."""
    lessons = (config or {}).get("lessons", {})
    url = os.environ.get(URL_ENV) or lessons.get("chroma_url")
    return (None, url) if url else (lessons.get("chroma_path") or os.path.join(data_dir(), "lessons", "chroma"), None)


def open_store(config: dict[str, Any] | None = None, embeddings: str | Any | None = None) -> LessonStore:
    """The store as configured (``config.toml`` [lessons]: embeddings, chroma_url, chroma_path)."""
    if config is None:
        from secondnature.config import load_config

        config = load_config()
    path, url = store_location(config)
    return LessonStore(path=path, url=url, embeddings=embeddings or config.get("lessons", {}).get("embeddings"))


class LessonStore:
    def __init__(self, path: str | None = None, url: str | None = None, embeddings: str | Any | None = None):
        import chromadb
        from chromadb.config import Settings

        settings = Settings(anonymized_telemetry=False)
        self.path, self.url = path, url
        self.location = url or path or ""
        try:
            if url:
                parsed = urlparse(url if "://" in url else f"http://{url}")
                self.client = chromadb.HttpClient(host=parsed.hostname or "127.0.0.1",
                                                  port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                                                  ssl=parsed.scheme == "https", settings=settings)
                self.client.heartbeat()
            else:
                ensure_private_dir(path)
                self.client = chromadb.PersistentClient(path=path, settings=settings)
                make_private(path)  # Chroma writes its files at the umask's mode
        except Exception as e:  # noqa: BLE001 - chromadb raises many kinds; all mean the same to the user
            where = f"the Chroma server at {url}" if url else f"the lesson store at {path}"
            fix = f"start it or unset {URL_ENV}" if url else "check the folder's permissions and free space"
            raise StoreError(f"cannot open {where} ({type(e).__name__}: {e}); {fix}") from None
        self.embedder = self._open_collections(embeddings)
        self._ids: tuple[int, list[str]] | None = None

    # -------------------------------------------------------------------------------- opening

    def _open_collections(self, embeddings: str | Any | None) -> Embedder:
        try:
            existing = self.client.get_collection(LESSONS)
        except Exception:  # noqa: BLE001 - NotFoundError differs across chromadb versions
            existing = None
        if existing is not None:
            recorded = (existing.metadata or {}).get("sn_embedding")
            if embeddings is None:
                embedder = make_embedder(recorded or "lexical")
            else:
                embedder = make_embedder(embeddings)
                if recorded and embedder.spec != recorded:
                    raise StoreError(
                        f"the lesson store at {self.location} was built with embeddings {recorded!r}, not "
                        f"{embedder.spec!r}; set embeddings = {recorded.split(':')[0]!r} in config.toml or re-embed "
                        "with `second-nature lessons reembed --embeddings ...`")
            self.collection = existing
        else:
            embedder = make_embedder(embeddings or "lexical")
            self.collection = self.client.create_collection(
                LESSONS, embedding_function=None, configuration={"hnsw": HNSW},
                metadata={"sn_embedding": embedder.spec, "sn_revision": 0, "sn_schema": 1})
        self.history_collection = self.client.get_or_create_collection(
            HISTORY, embedding_function=None, metadata={"sn_schema": 1})
        return embedder

    # -------------------------------------------------------------------------------- reading

    def revision(self) -> int:
        """A counter bumped by every write: readers refresh their snapshot when it moves."""
        return int((self.client.get_collection(LESSONS).metadata or {}).get("sn_revision", 0))

    def count(self) -> int:
        return self.collection.count()

    def get(self, lesson_id: str) -> Lesson | None:
        found = self.collection.get(ids=[lesson_id], include=["metadatas"])
        return _lesson(found["metadatas"][0]) if found["ids"] else None

    def get_many(self, ids: list[str]) -> list[Lesson]:
        out = []
        for start in range(0, len(ids), BATCH):
            found = self.collection.get(ids=ids[start:start + BATCH], include=["metadatas"])
            out.extend(_lesson(m) for m in found["metadatas"])
        return out

    def resolve(self, prefix: str) -> Lesson:
        """The one lesson whose id starts with ``prefix`` (at least 4 characters)."""
        prefix = prefix.strip().lower()
        if len(prefix) < 4:
            raise NotFound(f"give at least 4 characters of the lesson id, not {prefix!r}")
        revision = self.revision()
        if self._ids is None or self._ids[0] != revision:
            self._ids = (revision, self.collection.get(include=[])["ids"])
        matches = [i for i in self._ids[1] if i.startswith(prefix)]
        if not matches:
            raise NotFound(f"no lesson id starts with {prefix!r}; see `second-nature lessons list`")
        if len(matches) > 1:
            raise NotFound(f"{prefix!r} matches {len(matches)} lessons ({', '.join(m[:10] for m in matches[:4])}...); "
                           "give more of the id")
        lesson = self.get(matches[0])
        assert lesson is not None
        return lesson

    def list(self, scopes: list[str] | None = None, statuses: list[str] | None = None,
             kinds: list[str] | None = None) -> list[Lesson]:
        found = self.collection.get(where=_where(scopes=scopes, statuses=statuses, kinds=kinds), include=["metadatas"])
        return [_lesson(m) for m in found["metadatas"]]

    def snapshot(self, scopes: list[str] | None, statuses: tuple[str, ...] = ("active",)) -> tuple[list[Lesson], np.ndarray]:
        """Lessons of ``scopes`` with their embeddings, for exact in-memory retrieval."""
        found = self.collection.get(where=_where(scopes=scopes, statuses=list(statuses)),
                                    include=["metadatas", "embeddings"])
        lessons = [_lesson(m) for m in found["metadatas"]]
        vectors = np.asarray(found["embeddings"], dtype=np.float32) if lessons else np.zeros((0, 1), np.float32)
        return lessons, vectors

    def scopes(self, statuses: list[str] | None = None) -> dict[str, int]:
        found = self.collection.get(where=_where(statuses=statuses), include=["metadatas"])
        counts: dict[str, int] = {}
        for meta in found["metadatas"]:
            counts[meta["scope"]] = counts.get(meta["scope"], 0) + 1
        return counts

    def query(self, text: str, scopes: list[str] | None, n: int = 5,
              statuses: list[str] | None = ("active",)) -> list[tuple[Lesson, float]]:
        """Approximate nearest lessons through Chroma's HNSW index (cosine similarity, best first)."""
        if self.count() == 0:
            return []
        vector = self.embedder.embed([text])[0]
        found = self.collection.query(query_embeddings=[vector.tolist()], n_results=n,
                                      where=_where(scopes=scopes, statuses=list(statuses) if statuses else None),
                                      include=["metadatas", "distances"])
        return [(_lesson(m), 1.0 - d) for m, d in zip(found["metadatas"][0], found["distances"][0], strict=True)]

    # -------------------------------------------------------------------------------- writing

    def add(self, lesson: Lesson, actor: str = "human", reason: str = "", action: str = "add") -> Lesson:
        lesson.validate()
        lesson.version = 1
        lesson.last_seen = lesson.last_seen or lesson.created
        self.apply([(lesson, None, action, reason)], actor)
        return lesson

    def save(self, lesson: Lesson, action: str, reason: str = "", actor: str = "human") -> Lesson:
        """Store a changed lesson as its next version."""
        before = self.get(lesson.id)
        if before is None:
            raise NotFound(f"lesson {lesson.id} does not exist")
        lesson.validate()
        lesson.version = before.version + 1
        self.apply([(lesson, before, action, reason)], actor)
        return lesson

    def apply(self, items: list[tuple[Lesson, Lesson | None, str, str]], actor: str) -> list[Change]:
        """Write many changes at once: (new lesson, lesson before or None, action, reason)."""
        ts = now_iso()
        changes = [Change(change_id=uuid.uuid4().hex, lesson_id=new.id, version=new.version, ts=ts, actor=actor,
                          action=action, reason=reason, before=old.to_dict() if old else None, after=new.to_dict())
                   for new, old, action, reason in items]
        return self.apply_changes(changes)

    def apply_changes(self, changes: list[Change], checkpoint: Any = None) -> list[Change]:
        """Record the changes in the history, then store their ``after`` records (the order that
        lets ``reconcile`` finish a write cut off in between)."""
        for start in range(0, len(changes), BATCH):
            chunk = changes[start:start + BATCH]
            self.history_collection.add(
                ids=[c.change_id for c in chunk], embeddings=[[1.0]] * len(chunk),
                documents=[json.dumps(c.to_dict()) for c in chunk],
                metadatas=[{"lesson_id": c.lesson_id, "version": c.version, "ts": c.ts, "action": c.action,
                            "actor": c.actor} for c in chunk])
        if checkpoint is not None:
            checkpoint("after_history")
        self._upsert([Lesson.from_dict(c.after) for c in changes])
        return changes

    def _upsert(self, lessons: list[Lesson]) -> None:
        for start in range(0, len(lessons), BATCH):
            chunk = lessons[start:start + BATCH]
            vectors = self.embedder.embed([lesson.embed_text() for lesson in chunk])
            self.collection.upsert(ids=[lesson.id for lesson in chunk], embeddings=vectors.tolist(),
                                   documents=[lesson.embed_text() for lesson in chunk],
                                   metadatas=[_metadata(lesson) for lesson in chunk])
        meta = dict(self.collection.metadata or {})
        meta["sn_revision"] = int(meta.get("sn_revision", 0)) + 1
        meta.pop("hnsw:space", None)
        self.collection.modify(metadata=meta)
        self.collection = self.client.get_collection(LESSONS)
        if self.path:
            make_private(self.path)  # segment files Chroma created while writing
    # -------------------------------------------------------------------------------- history

    def history(self, lesson_id: str) -> list[Change]:
        found = self.history_collection.get(where={"lesson_id": lesson_id}, include=["documents"])
        changes = [_change(d) for d in found["documents"]]
        return sorted(changes, key=lambda c: (c.version, c.ts))

    def change(self, change_prefix: str) -> Change:
        prefix = change_prefix.strip().lower()
        ids = [i for i in self.history_collection.get(include=[])["ids"] if i.startswith(prefix)] if len(prefix) >= 4 else []
        if len(ids) != 1:
            raise NotFound(f"{'no' if not ids else len(ids)} changes match {change_prefix!r}; "
                           "see `second-nature lessons history ID`")
        return _change(self.history_collection.get(ids=ids, include=["documents"])["documents"][0])

    def revert(self, change_prefix: str, actor: str = "human", reason: str = "") -> Lesson:
        """Undo one change: the lesson goes back to its record before that change (a change added
        by this is itself revertible). Undoing a creation archives the lesson; nothing is deleted."""
        change = self.change(change_prefix)
        current = self.get(change.lesson_id)
        if current is None:
            raise NotFound(f"lesson {change.lesson_id} is gone from the store")
        if change.before is None:
            restored = Lesson.from_dict({**current.to_dict(), "status": "archived"})
        else:
            restored = Lesson.from_dict(change.before)
        restored.id = current.id
        return self.save(restored, action="revert", reason=reason or f"revert change {change.change_id[:8]} "
                         f"({change.action})", actor=actor)

    def reconcile(self) -> int:
        """Finish writes cut off between the history and the lesson (e.g. by kill -9); returns how many."""
        found = self.history_collection.get(include=["metadatas"])
        latest: dict[str, tuple[int, str]] = {}
        for change_id, meta in zip(found["ids"], found["metadatas"], strict=True):
            lesson_id, version = meta["lesson_id"], int(meta["version"])
            if lesson_id not in latest or version > latest[lesson_id][0]:
                latest[lesson_id] = (version, change_id)
        if not latest:
            return 0
        stored = {lesson.id: lesson.version for lesson in self.get_many(list(latest))}
        stale = [cid for lid, (version, cid) in latest.items() if stored.get(lid, 0) < version]
        if stale:
            docs = self.history_collection.get(ids=stale, include=["documents"])["documents"]
            self._upsert([Lesson.from_dict(_change(d).after) for d in docs])
        return len(stale)


def _metadata(lesson: Lesson) -> dict[str, Any]:
    return {"scope": lesson.scope, "status": lesson.status, "kind": lesson.kind, "pinned": lesson.pinned,
            "utility": float(lesson.utility), "source": lesson.source, "version": lesson.version,
            "record": json.dumps(lesson.to_dict())}


def _lesson(metadata: dict[str, Any]) -> Lesson:
    return Lesson.from_dict(json.loads(metadata["record"]))


def _change(document: str) -> Change:
    return Change(**json.loads(document))


def _where(scopes: list[str] | None = None, statuses: list[str] | None = None,
           kinds: list[str] | None = None) -> dict[str, Any] | None:
    clauses = []
    for name, values in (("scope", scopes), ("status", statuses), ("kind", kinds)):
        if values:
            clauses.append({name: values[0]} if len(values) == 1 else {name: {"$in": list(values)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
