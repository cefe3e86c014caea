"""Retrieval: which lessons reach the prompt, for a scope and (when there is one) a task.

Each scope's active lessons (its own plus ``global``) are held in memory as a snapshot: their
embedding matrix and a BM25 keyword index, refreshed when the scope's revision moves. A snapshot is
read from the retrieval cache (``lessons/cache.py``) when it is current, so a cold process ranks
lessons without importing Chroma; otherwise from the store, and the cache is written afresh. A query is
then exact: cosine similarity by one matrix product, keyword match by the index, combined with the
lesson's utility and recency; pinned lessons come first. Only active lessons are ever returned.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from secondnature.hooks.core.keywords import terms
from secondnature.hooks.core.paths import Home, current_home
from secondnature.hooks.core.scope import GLOBAL, ancestors
from secondnature.lessons import cache
from secondnature.lessons.cache import CachedSnapshot
from secondnature.lessons.model import Lesson
from secondnature.lessons.render import DEFAULT_BUDGET, Block, render
from secondnature.lessons.snapshot import Snapshot
from secondnature.lessons.store import LessonStore

MIN_RELEVANCE = 0.2
QUERY_CACHE = 256  # an agent's tool loop asks again with the same user message at every model call


@dataclass
class Scored:
    lesson: Lesson
    score: float
    semantic: float = 0.0
    keyword: float = 0.0


def protected(lesson: Lesson) -> bool:
    """A person's rule, never withheld for the experiment: pinned, written or approved by a person."""
    return lesson.pinned or lesson.source == "human" or lesson.approved


class Retriever:
    """``store``: an open store, or None to open one only if a snapshot must come from Chroma.
    ``use_cache``: False for a remote store (other machines write it, so local revisions say nothing)
    and for ``compile``, which writes the cache. ``home``: whose caches and store (the store's when one is given,
    else this process's)."""

    def __init__(self, store: LessonStore | None = None, refresh_seconds: float = 30.0, use_cache: bool = True,
                 embeddings: str | None = None, home: Home | None = None):
        self.home = store.home if store is not None else home or current_home()
        self._store = store
        self.refresh_seconds = refresh_seconds
        self.use_cache = use_cache and (store is None or not store.url)
        self._embeddings = embeddings
        self._embedder = None
        self._snapshots: dict[str, Snapshot | CachedSnapshot] = {}
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()

    @property
    def store(self) -> LessonStore:
        if self._store is None:
            from secondnature.lessons.store import open_store

            self._store = open_store(embeddings=self._embeddings, home=self.home)
        return self._store

    def _embed(self, text: str, snap: Snapshot | CachedSnapshot) -> np.ndarray:
        if self._embedder is None:
            if isinstance(snap, CachedSnapshot) and self._store is None:
                from secondnature.lessons.embeddings import make_embedder

                self._embedder = make_embedder(snap.embedding)
            else:
                self._embedder = self.store.embedder
        return self._embedder.embed([text])[0]

    def embed_query(self, text: str, snap: Snapshot | CachedSnapshot | None = None) -> np.ndarray:
        vector = self._queries.get(text)
        if vector is None:
            vector = self._queries[text] = self._embed(text, snap)
            if len(self._queries) > QUERY_CACHE:
                self._queries.popitem(last=False)
        else:
            self._queries.move_to_end(text)
        return vector

    def snapshot(self, scope: str | None) -> Snapshot | CachedSnapshot:
        """Active lessons of ``scope`` and the scopes above it (``None``: of every scope)."""
        key = scope or "*"
        snap = self._snapshots.get(key)
        if snap is not None and time.monotonic() - snap.checked < self.refresh_seconds:
            return snap
        try:
            revision = cache.stamp(self.home, scope) if self.use_cache and scope is not None else self.store.revision()
            if snap is not None and snap.revision == revision:
                snap.checked = time.monotonic()
                return snap
            if self.use_cache and scope is not None:
                cached = cache.load(self.home, scope)
                if cached is not None:
                    self._snapshots[key] = cached
                    return cached
            scopes = None if scope is None else ancestors(scope)
            lessons, vectors = self.store.snapshot(scopes)
        except Exception as e:  # noqa: BLE001 - a Chroma server down: serve what we had, ask again later
            if snap is None:
                raise
            from secondnature.hooks.core.log import log

            log("lessons", f"cannot refresh the lessons of {key} ({type(e).__name__}: {e}); the last ones are kept", self.home)
            snap.checked = time.monotonic()
            return snap
        snap = self._snapshots[key] = Snapshot(lessons, vectors, revision)
        if self.use_cache and scope is not None:
            self.write_cache(scope, snap, revision)
        return snap

    def hold(self, scope: str, snap: Snapshot | CachedSnapshot) -> None:
        """Serve ``scope`` from a snapshot the caller holds (a cache it loaded, or the night's lessons just
        written), not by reading it again."""
        self._snapshots[scope] = snap

    def release(self, scope: str) -> None:
        """Let go of what ``scope`` is served from: a caller that goes through every scope (``compile_digests``)
        holds one at a time, not a night's hundred snapshots at once."""
        self._snapshots.pop(scope, None)

    def write_cache(self, scope: str, snap: Snapshot | CachedSnapshot, stamp: list[int]) -> None:
        """Persist ``snap`` as the scope's retrieval cache; ``stamp``: the scope's revisions read *before*
        the snapshot was (a write in between leaves the cache stale, never wrong). A failure only costs
        the next cold start. A snapshot read from the cache is already there."""
        if self._store is not None and self._store.url or isinstance(snap, CachedSnapshot):
            return
        cache.write_snapshot(self.home, scope, snap, stamp, self.store.embedder.spec)


    def rank(self, scope: str | None, task: str | None = None, limit: int | None = None,
             pinned_first: bool = True) -> list[Scored]:
        """Best first. For injection pinned lessons always come first; a search passes
        ``pinned_first=False`` and ranks by relevance alone. Every scope (``None``) is read from the scopes'
        retrieval caches when all are current, else from the store."""
        if scope is None and self.use_cache:
            snaps = self._cached_everywhere()
            if snaps is not None:
                best: dict[str, Scored] = {}
                for snap in snaps:  # a lesson above several scopes is in several caches: its best score counts
                    for found in self._rank(snap, task, limit, pinned_first):
                        if found.lesson.id not in best or found.score > best[found.lesson.id].score:
                            best[found.lesson.id] = found
                ranked = sorted(best.values(), key=lambda x: (pinned_first and not x.lesson.pinned, -x.score))
                return ranked[:limit] if limit else ranked
        return self._rank(self.snapshot(scope), task, limit, pinned_first)

    def _cached_everywhere(self) -> list[CachedSnapshot] | None:
        """The current caches of every scope that is not above another (each holds the scopes above it), or None
        if any is missing or stale (a scope written since its last compile)."""
        state = cache.revisions(self.home)
        scopes = set(state.get("scopes", {})) | set(cache.compiled_scopes(self.home)) | {GLOBAL}
        above = {a for s in scopes for a in ancestors(s) if a != s}
        snaps = []
        for scope in sorted(scopes - above):
            snap = cache.load(self.home, scope, state)
            if snap is None:
                return None
            snaps.append(snap)
        return snaps

    def _rank(self, snap: Snapshot | CachedSnapshot, task: str | None, limit: int | None,
              pinned_first: bool) -> list[Scored]:
        if not snap.lessons:
            return []
        if task and task.strip():
            # einsum, not @: a BLAS matrix-vector product wakes OpenBLAS threads that fight torch's
            # (MiniLM) for the cores; on 2 cores that made p95 132 ms instead of 16 ms, for 0.5 ms here.
            semantic = np.clip(np.einsum("ij,j->i", snap.vectors, self.embed_query(task, snap)), 0.0, 1.0)
            keyword = snap.keyword(terms(task))
            relevance = 0.6 * semantic + 0.4 * keyword
            keep = relevance >= MIN_RELEVANCE
            if pinned_first:
                keep |= snap.pinned
            score = 0.75 * relevance + 0.25 * snap.prior
        else:
            semantic = keyword = np.zeros(len(snap.lessons), dtype=np.float32)
            keep = np.ones(len(snap.lessons), dtype=bool)
            score = snap.prior
        order = np.flatnonzero(keep)
        if pinned_first:
            order = order[np.lexsort((-score[order], ~snap.pinned[order]))]
        else:
            order = order[np.argsort(-score[order], kind="stable")]
        if limit:
            order = order[:limit]
        return [Scored(snap.lessons[i], float(score[i]), float(semantic[i]), float(keyword[i])) for i in order]

    def select(self, scope: str, task: str | None = None, budget: int = DEFAULT_BUDGET,
               exclude: set[str] | None = None, session_id: str | None = None,
               exposure: tuple[float, float] = (0.0, 0.0)) -> Block:
        """The block to inject: the best lessons for the task that fit in ``budget`` tokens
        (``exclude``: lessons not to inject, e.g. those the agent's adapter absorbed). With ``session_id``
        and ``exposure`` (holdout, control share), the lessons this session draws as withheld are left
        out and listed in ``withheld`` (``hooks/core/exposure.py``)."""
        ranked = self.rank(scope, task, limit=200)
        block = self.block(scope, ranked, budget, exclude)
        if not session_id or not block.lesson_ids or exposure == (0.0, 0.0):
            return block
        from secondnature.hooks.core.exposure import split

        by_id = {s.lesson.id: s.lesson for s in ranked}
        shown, held, control = split(self.home, session_id, block.lesson_ids,
                                     {i for i in block.lesson_ids if protected(by_id[i])}, *exposure)
        if not held:
            return block
        kept = self.block(scope, [s for s in ranked if s.lesson.id in set(shown)], budget)
        kept.withheld, kept.control = held, control
        return kept

    def block(self, scope: str, ranked: list[Scored], budget: int = DEFAULT_BUDGET,
              exclude: set[str] | None = None) -> Block:
        """Render already-ranked lessons of ``scope`` within ``budget`` tokens."""
        snap = self.snapshot(scope)
        lessons = [s.lesson for s in ranked if not exclude or s.lesson.id not in exclude]
        return render(lessons, budget, line_tokens={lesson.id: snap.tokens(lesson) for lesson in lessons},
                      header_tokens=getattr(snap, "header_tokens", None))
