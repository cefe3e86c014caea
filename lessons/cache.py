"""The retrieval cache: what a process needs to rank one scope's lessons, loaded without Chroma.

A cold ``inject``, ``lessons search`` or a new replica's first model call would otherwise import
Chroma, read every lesson and build the keyword index: seconds and hundreds of MiB at 10k lessons.
``compile`` writes, per scope, the embedding matrix (memory-mapped when read), the lessons' priors,
pins and token counts, the BM25 postings, and the lesson records, which are parsed only for the few
lessons a request returns.

Chroma stays the source of truth. Every store write bumps the revision of the scopes it touched
(``state/revisions.json``, under the store's write lock); a cache records the revisions of its scope
and of the scopes above it it was built from, and a reader uses it only while they still match. The write
then brings the caches it made stale up to date from the lessons it holds (``follow_write``), so a write
through the API, the CLI, an import or a reembed leaves no cold reader to pay for Chroma. A stale or
missing cache is never used: the reader falls back to Chroma and writes a fresh one.
"""

from __future__ import annotations

import json
import os
import shutil
import time

import numpy as np

from secondnature.hooks.core.paths import data_dir, ensure_private_dir, safe_name, state_dir, write_private
from secondnature.hooks.core.scope import ancestors
from secondnature.hooks.core.state import read_state
from secondnature.lessons.model import Lesson
from secondnature.lessons.render import HEADER, count_tokens
from secondnature.lessons.snapshot import Snapshot

VERSION = 1


def cache_dir() -> str:
    return os.path.join(data_dir(), "cache")


def _revisions_path() -> str:
    return os.path.join(state_dir(), "revisions.json")


def revisions() -> dict:
    state = read_state(_revisions_path())
    return state if isinstance(state, dict) else {"epoch": 0, "scopes": {}}


def bump(scopes: set[str] | None) -> None:
    """Mark ``scopes`` changed (None: every scope). Called by the store inside its write lock."""
    state = revisions()
    if scopes is None:
        state["epoch"] = int(state.get("epoch", 0)) + 1
    else:
        for scope in scopes:
            state.setdefault("scopes", {})[scope] = int(state.get("scopes", {}).get(scope, 0)) + 1
    write_private(_revisions_path(), json.dumps(state).encode(), durable=False)


def _compiled_path() -> str:
    return os.path.join(state_dir(), "compiled_scopes.json")


def note_compiled(scopes: list[str]) -> None:
    """Remember which scopes ``compile`` wrote caches for: with the scopes written since (``revisions``), every
    scope with lessons, so a search of all scopes knows which caches it needs without opening Chroma."""
    known = set(compiled_scopes()) | set(scopes)
    write_private(_compiled_path(), json.dumps(sorted(known)).encode(), durable=False)


def cached_scopes() -> list[str]:
    """The scopes that have a retrieval cache (current or not)."""
    found = []
    try:
        names = os.listdir(cache_dir())
    except OSError:
        return []
    for name in names:
        try:
            with open(os.path.join(cache_dir(), name, "meta.json"), encoding="utf-8") as f:
                found.append(str(json.load(f)["scope"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return found


def compiled_scopes() -> list[str]:
    found = read_state(_compiled_path())
    return [str(s) for s in found] if isinstance(found, list) else []


def stamp(scope: str, state: dict | None = None) -> list[int]:
    """The revisions a cache of ``scope`` depends on: the epoch, and those of the scope and every scope
    above it (its agent's, global's)."""
    state = state or revisions()
    scopes = state.get("scopes", {})
    return [int(state.get("epoch", 0))] + [int(scopes.get(s, 0)) for s in ancestors(scope)]


class _Records:
    """The lessons of a cached scope, parsed from their JSON line only when one is asked for."""

    def __init__(self, path: str, offsets: np.ndarray):
        self.path, self.offsets = path, offsets
        self._parsed: dict[int, Lesson] = {}
        self._blob: bytes | None = None

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, index: int) -> Lesson:
        lesson = self._parsed.get(index)
        if lesson is None:
            if self._blob is None:
                with open(self.path, "rb") as f:
                    self._blob = f.read()
            start, end = int(self.offsets[index]), int(self.offsets[index + 1])
            lesson = self._parsed[index] = Lesson.from_dict(json.loads(self._blob[start:end]))
        return lesson

    def __iter__(self):
        return (self[i] for i in range(len(self)))


class CachedSnapshot:
    """A scope's snapshot read from the cache; the same interface as ``snapshot.Snapshot``."""

    def __init__(self, folder: str, meta: dict):
        arrays = np.load(os.path.join(folder, "arrays.npz"))
        self.revision = meta["stamp"]
        self.checked = time.monotonic()
        self.vectors = np.load(os.path.join(folder, "vectors.npy"), mmap_mode="r")
        self.prior, self.pinned, self._tokens = arrays["prior"], arrays["pinned"], arrays["tokens"]
        self.lessons = _Records(os.path.join(folder, "records.jsonl"), arrays["offsets"])
        self._ids = {lesson_id: i for i, lesson_id in enumerate(meta["ids"])}
        self._term_index = {t: i for i, t in enumerate(meta["terms"])}
        self._idf, self._ptr = arrays["idf"], arrays["term_ptr"]
        self._docs, self._weights = arrays["post_docs"], arrays["post_weights"]
        self.header_tokens = int(meta["header_tokens"])
        self.embedding = meta["embedding"]

    def keyword(self, query: list[str]) -> np.ndarray:
        score = np.zeros(len(self.lessons), dtype=np.float32)
        best = 0.0
        for term in set(query):
            i = self._term_index.get(term)
            if i is None:
                continue
            lo, hi = int(self._ptr[i]), int(self._ptr[i + 1])
            score[self._docs[lo:hi]] += self._weights[lo:hi]
            best += float(self._idf[i])
        return np.minimum(score / best, 1.0) if best else score

    def tokens(self, lesson: Lesson) -> int:
        return int(self._tokens[self._ids[lesson.id]])


def _folder(scope: str) -> str:
    return os.path.join(cache_dir(), safe_name(scope))


def load(scope: str, state: dict | None = None) -> CachedSnapshot | None:
    """The cached snapshot of ``scope`` if it is there and current, else None."""
    folder = _folder(scope)
    try:
        with open(os.path.join(folder, "meta.json"), encoding="utf-8") as f:
            meta = json.load(f)
        if meta.get("v") != VERSION or meta.get("stamp") != stamp(scope, state):
            return None
        return CachedSnapshot(folder, meta)
    except (OSError, ValueError, KeyError):
        return None


def write(scope: str, lessons: list[Lesson], vectors: np.ndarray, embedding: str, stamp_: list[int],
          line_tokens: list[int], header_tokens: int, prior: np.ndarray, idf: dict[str, float],
          weights: dict[str, tuple[np.ndarray, np.ndarray]]) -> None:
    """Write the cache of ``scope`` from its in-memory snapshot (its lessons and those of the scopes above
    it; ``idf`` and ``weights``: the snapshot's BM25 postings, term -> (lesson indexes, weights))."""
    records = [json.dumps(lesson.to_dict(), ensure_ascii=False).encode() for lesson in lessons]
    offsets = np.zeros(len(records) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(r) for r in records]) if records else []
    vocabulary = sorted(weights)
    ptr = np.zeros(len(vocabulary) + 1, dtype=np.int64)
    ptr[1:] = np.cumsum([len(weights[t][0]) for t in vocabulary]) if vocabulary else []
    docs_all = [weights[t][0] for t in vocabulary]
    weights_all = [weights[t][1] for t in vocabulary]
    folder = _folder(scope)
    fresh = f"{folder}.new-{os.getpid()}"
    shutil.rmtree(fresh, ignore_errors=True)
    ensure_private_dir(fresh)
    np.save(os.path.join(fresh, "vectors.npy"), np.ascontiguousarray(vectors, dtype=np.float32))
    np.savez(os.path.join(fresh, "arrays.npz"), prior=prior.astype(np.float32),
             pinned=np.array([x.pinned for x in lessons], dtype=bool), tokens=np.array(line_tokens, dtype=np.int32),
             offsets=offsets, idf=np.array([idf[t] for t in vocabulary], dtype=np.float32), term_ptr=ptr,
             post_docs=np.concatenate(docs_all).astype(np.int32) if docs_all else np.zeros(0, np.int32),
             post_weights=np.concatenate(weights_all).astype(np.float32) if weights_all else np.zeros(0, np.float32))
    with open(os.path.join(fresh, "records.jsonl"), "wb") as f:
        f.write(b"".join(records))
    meta = {"v": VERSION, "scope": scope, "stamp": stamp_, "embedding": embedding, "header_tokens": header_tokens,
            "ids": [x.id for x in lessons], "terms": vocabulary}
    write_private(os.path.join(fresh, "meta.json"), json.dumps(meta).encode(), durable=False)
    for name in os.listdir(fresh):  # np.save and open() follow the umask
        os.chmod(os.path.join(fresh, name), 0o600)
    old = f"{folder}.old-{os.getpid()}"
    if os.path.isdir(folder):
        os.replace(folder, old)  # a reader in between finds no cache and falls back: slower, never wrong
    os.replace(fresh, folder)
    shutil.rmtree(old, ignore_errors=True)


def write_snapshot(scope: str, snap: Snapshot, stamp: list[int], embedding: str) -> None:
    """Persist ``snap`` as the cache of ``scope``; a failure only costs the next cold start."""
    try:
        write(scope, snap.lessons, snap.vectors, embedding, list(stamp), [snap.tokens(x) for x in snap.lessons],
              count_tokens(HEADER), snap.prior, snap.idf, snap.weights)
    except OSError as e:
        from secondnature.hooks.core.log import log

        log("lessons", f"could not write the retrieval cache of {scope}: {e}")


def follow_write(written: list[Lesson], vectors: np.ndarray, before: dict, embedding: str, read_scope) -> None:
    """Keep the retrieval caches current through a write, so that the next cold ``inject`` or ``lessons
    search`` (in any process) is served from them, not from Chroma. Called by the store under its write
    lock, after the write bumped the revisions (``before``: as they were): each cache of a scope the write
    touched that was current before it is rebuilt from itself and the written lessons (their vectors in
    hand), and a touched scope with no cache gets one from its parent's cache and its own lessons
    (``read_scope(scope)``: the store's active lessons of that one scope and their vectors). The cost is the
    scope's keyword index, not a read of Chroma (seconds at 10k lessons)."""
    after = revisions()
    changed = {x.id: (x, vectors[n]) for n, x in enumerate(written)}
    touched = {x.scope for x in written}
    for scope in cached_scopes():
        if not touched & set(ancestors(scope)):
            continue
        old = load(scope, before)
        if old is not None:
            write_snapshot(scope, _patched(old, changed, scope, after), stamp(scope, after), embedding)
    for scope in sorted(touched - set(cached_scopes()), key=lambda s: len(ancestors(s))):  # parents first
        parents = ancestors(scope)  # the scope itself, then the scopes above it, nearest first
        parent = load(parents[1], after) if len(parents) > 1 else None
        if parent is None and len(parents) > 1:
            continue  # no current cache above it to start from: the next reader builds it from the store
        own, own_vectors = read_scope(scope)
        lessons = list(parent.lessons) if parent is not None else []
        rows = [np.asarray(parent.vectors)] if lessons else []
        lessons += own
        rows += [own_vectors] if own else []
        snap = Snapshot(lessons, np.concatenate(rows) if rows else own_vectors, 0)
        if parent is not None:
            snap.line_tokens.update({x.id: parent.tokens(x) for x in parent.lessons})
        write_snapshot(scope, snap, stamp(scope, after), embedding)
        note_compiled([scope])


def _patched(old: CachedSnapshot, changed: dict[str, tuple[Lesson, np.ndarray]], scope: str, after: dict) -> Snapshot:
    """A scope's cached snapshot with the written lessons in place of what it held of them: added if
    active and of the scope or one above it, dropped otherwise."""
    keep = [i for i, x in enumerate(old.lessons) if x.id not in changed]
    lessons = [old.lessons[i] for i in keep]
    rows = [np.asarray(old.vectors[keep])] if keep else []
    within_scope = set(ancestors(scope))
    fresh = [(x, v) for x, v in changed.values() if x.status == "active" and x.scope in within_scope]
    lessons += [x for x, _ in fresh]
    rows += [np.stack([v for _, v in fresh])] if fresh else []
    vectors = np.concatenate(rows) if rows else np.zeros((0, old.vectors.shape[1]), np.float32)
    snap = Snapshot(lessons, vectors, stamp(scope, after))
    snap.line_tokens.update({old.lessons[i].id: int(old.tokens(old.lessons[i])) for i in keep})
    return snap
