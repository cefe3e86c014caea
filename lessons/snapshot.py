"""A scope's snapshot: its active lessons (and those of the scopes above it) ready to rank with numpy.

The embedding matrix, a BM25 keyword index and a prior per lesson (utility, support, recency). Built
from the store by ``retrieve``, from the night's plan by ``compile``, and from a cache and the lessons
a write holds by ``cache.follow_write``; the retrieval cache (``cache.py``) persists it.
"""

from __future__ import annotations

import functools
import math
import time
from collections import Counter
from datetime import datetime

import numpy as np

from secondnature.hooks.core.keywords import idf_table, terms
from secondnature.lessons.model import Lesson
from secondnature.lessons.render import count_tokens, lesson_line
from secondnature.lessons.uplift import MIN_SESSIONS, of_lesson


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
        counts = self.counts = [term_counts(lesson.embed_text()) for lesson in lessons]
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


def prior(lesson: Lesson) -> float:
    """How much a lesson deserves a place with no task to match: utility, support, recency."""
    return (0.5 * _utility(lesson) + 0.3 * min(1.0, lesson.sessions_seen / 5) + 0.2 * _recency(lesson)
            + 0.15 * _proven(lesson))
