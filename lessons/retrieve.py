"""Retrieval: which lessons reach the prompt, for a scope and (when there is one) a task.

Each scope's active lessons (its own plus ``global``) are held in memory as a snapshot: their
embedding matrix and a BM25 keyword index, refreshed when the store's revision moves. A query is
then exact: cosine similarity by one matrix product, keyword match by the index, combined with the
lesson's utility and recency; pinned lessons come first. Only active lessons are ever returned.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from secondnature.hooks.keywords import bm25, idf_table, terms
from secondnature.hooks.scope import GLOBAL
from secondnature.lessons.model import Lesson
from secondnature.lessons.render import DEFAULT_BUDGET, Block, count_tokens, lesson_line, render
from secondnature.lessons.store import LessonStore

MIN_RELEVANCE = 0.2


@dataclass
class Scored:
    lesson: Lesson
    score: float
    semantic: float = 0.0
    keyword: float = 0.0


class Snapshot:
    def __init__(self, lessons: list[Lesson], vectors: np.ndarray, revision: int):
        self.lessons = lessons
        self.vectors = vectors
        self.revision = revision
        self.checked = time.monotonic()
        self.term_counts = [Counter(terms(lesson.embed_text())) for lesson in lessons]
        self.lengths = [sum(c.values()) for c in self.term_counts]
        self.avg_length = sum(self.lengths) / len(self.lengths) if lessons else 1.0
        doc_freq: Counter[str] = Counter()
        self.postings: dict[str, list[int]] = {}
        for index, counts in enumerate(self.term_counts):
            doc_freq.update(counts.keys())
            for term in counts:
                self.postings.setdefault(term, []).append(index)
        self.idf = idf_table(doc_freq, len(lessons))
        self.line_tokens: dict[str, int] = {}
        self.prior = np.array([_prior(lesson) for lesson in lessons], dtype=np.float32)

    def tokens(self, lesson: Lesson) -> int:
        cost = self.line_tokens.get(lesson.id)
        if cost is None:
            cost = self.line_tokens[lesson.id] = count_tokens(lesson_line(lesson)) + 1
        return cost


def _age_days(stamp: str) -> float:
    try:
        then = datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 365.0
    return max(0.0, (time.time() - then) / 86400)


def _utility(lesson: Lesson) -> float:
    return 0.5 + 0.5 * math.tanh(lesson.utility / 3)


def _recency(lesson: Lesson) -> float:
    return math.exp(-_age_days(lesson.last_used or lesson.last_seen or lesson.created) / 45)


def _prior(lesson: Lesson) -> float:
    """How much a lesson deserves a place with no task to match: utility, support, recency."""
    return 0.5 * _utility(lesson) + 0.3 * min(1.0, len(lesson.evidence) / 5) + 0.2 * _recency(lesson)


class Retriever:
    def __init__(self, store: LessonStore, refresh_seconds: float = 30.0):
        self.store = store
        self.refresh_seconds = refresh_seconds
        self._snapshots: dict[str, Snapshot] = {}

    def snapshot(self, scope: str | None) -> Snapshot:
        """Active lessons of ``scope`` and global (``None``: of every scope)."""
        key = scope or "*"
        snap = self._snapshots.get(key)
        if snap is not None and time.monotonic() - snap.checked < self.refresh_seconds:
            return snap
        revision = self.store.revision()
        if snap is not None and snap.revision == revision:
            snap.checked = time.monotonic()
            return snap
        scopes = None if scope is None else [scope] if scope == GLOBAL else [scope, GLOBAL]
        lessons, vectors = self.store.snapshot(scopes)
        snap = self._snapshots[key] = Snapshot(lessons, vectors, revision)
        return snap

    def rank(self, scope: str | None, task: str | None = None, limit: int | None = None,
             pinned_first: bool = True) -> list[Scored]:
        """Best first. For injection pinned lessons always come first; a search passes
        ``pinned_first=False`` and ranks by relevance alone."""
        snap = self.snapshot(scope)
        if not snap.lessons:
            return []
        scored: list[Scored] = []
        if task and task.strip():
            query_vec = self.store.embedder.embed([task])[0]
            semantic = np.clip(snap.vectors @ query_vec, 0.0, 1.0)
            query = terms(task)
            best = sum(snap.idf.get(t, 0.0) for t in set(query)) or 1.0
            keyword = np.zeros(len(snap.lessons), dtype=np.float32)
            for index in {i for t in set(query) for i in snap.postings.get(t, ())}:
                keyword[index] = min(1.0, bm25(query, snap.term_counts[index], snap.lengths[index],
                                               snap.avg_length, snap.idf) / best)
            relevance = 0.6 * semantic + 0.4 * keyword
            for index, lesson in enumerate(snap.lessons):
                if relevance[index] < MIN_RELEVANCE and not (lesson.pinned and pinned_first):
                    continue
                score = 0.75 * float(relevance[index]) + 0.25 * float(snap.prior[index])
                scored.append(Scored(lesson, score, float(semantic[index]), float(keyword[index])))
        else:
            scored = [Scored(lesson, float(snap.prior[i])) for i, lesson in enumerate(snap.lessons)]
        scored.sort(key=lambda s: (pinned_first and not s.lesson.pinned, -s.score))
        return scored[:limit] if limit else scored

    def select(self, scope: str, task: str | None = None, budget: int = DEFAULT_BUDGET) -> Block:
        """The block to inject: the best lessons for the task that fit in ``budget`` tokens."""
        snap = self.snapshot(scope)
        ranked = [s.lesson for s in self.rank(scope, task, limit=200)]
        return render(ranked, budget, line_tokens={lesson.id: snap.tokens(lesson) for lesson in ranked})
