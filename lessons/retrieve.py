"""Retrieval: which lessons reach the prompt, for a scope and (when there is one) a task.

Each scope's active lessons (its own plus ``global``) are held in memory as a snapshot: their
embedding matrix and a BM25 keyword index, refreshed when the scope's revision moves. A snapshot is
read from the retrieval cache (``lessons/cache.py``) when it is current, so a cold process ranks
lessons without importing Chroma; otherwise from the store, and the cache is written afresh. A query is
then exact: cosine similarity by one matrix product, keyword match by the index, combined with the
lesson's utility and recency; pinned lessons come first. Only active lessons are ever returned.
"""

from __future__ import annotations

import functools
import math
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from secondnature.hooks.core.keywords import idf_table, terms
from secondnature.hooks.core.scope import GLOBAL, ancestors
from secondnature.lessons import cache
from secondnature.lessons.cache import CachedSnapshot
from secondnature.lessons.model import Lesson
from secondnature.lessons.render import DEFAULT_BUDGET, HEADER, Block, count_tokens, lesson_line, render
from secondnature.lessons.store import LessonStore
from secondnature.lessons.uplift import MIN_SESSIONS, of_lesson

MIN_RELEVANCE = 0.2
QUERY_CACHE = 256  # an agent's tool loop asks again with the same user message at every model call


@dataclass
class Scored:
    lesson: Lesson
    score: float
    semantic: float = 0.0
    keyword: float = 0.0


@functools.lru_cache(maxsize=50_000)
def term_counts(text: str) -> Counter:
    """A lesson's terms, counted once per process however many snapshots and digests index it (callers read
    the counts, never change them)."""
    return Counter(terms(text))


class Snapshot:
    """Active lessons of a scope, ready to score with numpy: the embedding matrix, a prior per
    lesson, and for each term the lessons containing it with their BM25 weights."""

    def __init__(self, lessons: list[Lesson], vectors: np.ndarray, revision: int, k1: float = 1.2, b: float = 0.75):
        order = sorted(range(len(lessons)), key=lambda i: lessons[i].id)  # ties rank the same whoever read them
        self.lessons = [lessons[i] for i in order]
        self.vectors = vectors[order] if lessons else vectors
        lessons = self.lessons
        self.revision = revision
        self.checked = time.monotonic()
        counts = [term_counts(lesson.embed_text()) for lesson in lessons]
        lengths = np.array([sum(c.values()) for c in counts], dtype=np.float32)
        avg = float(lengths.mean()) if lessons else 1.0
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for index, c in enumerate(counts):
            for term, tf in c.items():
                docs, tfs = postings.setdefault(term, ([], []))
                docs.append(index)
                tfs.append(tf)
        self.idf = idf_table({t: len(d) for t, (d, _) in postings.items()}, len(lessons))
        self.weights: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term, (docs, tfs) in postings.items():
            idx, tf = np.array(docs), np.array(tfs, dtype=np.float32)
            norm = tf + k1 * (1 - b + b * lengths[idx] / max(avg, 1e-9))
            self.weights[term] = (idx, self.idf[term] * tf * (k1 + 1) / norm)
        self.pinned = np.array([lesson.pinned for lesson in lessons], dtype=bool)
        self.prior = np.array([prior(lesson) for lesson in lessons], dtype=np.float32)
        self.line_tokens: dict[str, int] = {}

    def tokens(self, lesson: Lesson) -> int:
        cost = self.line_tokens.get(lesson.id)
        if cost is None:
            cost = self.line_tokens[lesson.id] = count_tokens(lesson_line(lesson)) + 1
        return cost

    def keyword(self, query: list[str]) -> np.ndarray:
        """BM25 of every lesson for the query, divided by the query's total idf (so within [0, 1])."""
        score = np.zeros(len(self.lessons), dtype=np.float32)
        unique = set(query)
        for term in unique:
            hit = self.weights.get(term)
            if hit is not None:
                score[hit[0]] += hit[1]
        best = sum(self.idf.get(t, 0.0) for t in unique)
        return np.minimum(score / best, 1.0) if best else score


def _age_days(stamp: str) -> float:
    try:
        then = datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 365.0
    return max(0.0, (time.time() - then) / 86400)


def _utility(lesson: Lesson) -> float:
    """The old signal (utility) as the prior; once the randomized experiment has enough data, its uplift
    (posterior mean) weighs in as the sessions withheld accumulate, and a proven lesson outranks the rest."""
    old = 0.5 + 0.5 * math.tanh(lesson.utility / 3)
    held = lesson.held_ok + lesson.held_bad
    if held < MIN_SESSIONS or lesson.shown_ok + lesson.shown_bad < MIN_SESSIONS:
        return old
    weight = held / (held + MIN_SESSIONS)
    measured = 0.5 + 0.5 * math.tanh(of_lesson(lesson).mean * 5)
    return (1 - weight) * old + weight * measured


def _proven(lesson: Lesson) -> float:
    return 1.0 if lesson.proven else 0.0


def _recency(lesson: Lesson) -> float:
    return math.exp(-_age_days(lesson.last_used or lesson.last_seen or lesson.created) / 45)


def protected(lesson: Lesson) -> bool:
    """A person's rule, never withheld for the experiment: pinned, written or approved by a person."""
    return lesson.pinned or lesson.source == "human" or lesson.approved


def prior(lesson: Lesson) -> float:
    """How much a lesson deserves a place with no task to match: utility, support, recency."""
    return (0.5 * _utility(lesson) + 0.3 * min(1.0, lesson.sessions_seen / 5) + 0.2 * _recency(lesson)
            + 0.15 * _proven(lesson))


class Retriever:
    """``store``: an open store, or None to open one only if a snapshot must come from Chroma.
    ``use_cache``: False for a remote store (other machines write it, so local revisions say nothing)
    and for ``compile``, which writes the cache."""

    def __init__(self, store: LessonStore | None = None, refresh_seconds: float = 30.0, use_cache: bool = True,
                 embeddings: str | None = None):
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

            self._store = open_store(embeddings=self._embeddings)
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
            revision = cache.stamp(scope) if self.use_cache and scope is not None else self.store.revision()
            if snap is not None and snap.revision == revision:
                snap.checked = time.monotonic()
                return snap
            if self.use_cache and scope is not None:
                cached = cache.load(scope)
                if cached is not None:
                    self._snapshots[key] = cached
                    return cached
            scopes = None if scope is None else ancestors(scope)
            lessons, vectors = self.store.snapshot(scopes)
        except Exception as e:  # noqa: BLE001 - a Chroma server down: serve what we had, ask again later
            if snap is None:
                raise
            from secondnature.hooks.core.log import log

            log("lessons", f"cannot refresh the lessons of {key} ({type(e).__name__}: {e}); the last ones are kept")
            snap.checked = time.monotonic()
            return snap
        snap = self._snapshots[key] = Snapshot(lessons, vectors, revision)
        if self.use_cache and scope is not None:
            self.write_cache(scope, snap, revision)
        return snap

    def hold(self, scope: str, lessons: list[Lesson], vectors: np.ndarray, revision: int) -> None:
        """Serve ``scope`` from lessons the caller holds (the night's, just written, at the store's ``revision``),
        not from the store."""
        self._snapshots[scope] = Snapshot(lessons, vectors, revision)

    def write_cache(self, scope: str, snap: Snapshot, stamp: list[int]) -> None:
        """Persist ``snap`` as the scope's retrieval cache; ``stamp``: the scope's revisions read *before*
        the snapshot was (a write in between leaves the cache stale, never wrong). A failure only costs
        the next cold start."""
        if self._store is not None and self._store.url:
            return
        try:
            cache.write(scope, snap.lessons, snap.vectors, self.store.embedder.spec, list(stamp),
                        [snap.tokens(x) for x in snap.lessons], count_tokens(HEADER), snap.prior, snap.idf, snap.weights)
        except OSError as e:
            from secondnature.hooks.core.log import log

            log("lessons", f"could not write the retrieval cache of {scope}: {e}")

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
        state = cache.revisions()
        scopes = set(state.get("scopes", {})) | set(cache.compiled_scopes()) | {GLOBAL}
        above = {a for s in scopes for a in ancestors(s) if a != s}
        snaps = []
        for scope in sorted(scopes - above):
            snap = cache.load(scope, state)
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
        shown, held, control = split(session_id, block.lesson_ids,
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
