"""Lesson query latency with 1k and 10k lessons (embedded Chroma), and recall@5 against exact search.

Two paths are measured side by side on the same store:
- Chroma's HNSW index (``LessonStore.query``), with recall@5 against exact cosine search over the
  same vectors;
- the retrieval the agents use (``Retriever.rank``: exact cosine over an in-memory snapshot plus
  BM25 keywords, utility and recency), after the snapshot is warm.

Usage: python bench/lesson_query.py [--minilm]   (MiniLM embeds 10k lessons in about a minute)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from secondnature.lessons.retrieve import Retriever  # noqa: E402
from secondnature.lessons.store import LessonStore  # noqa: E402

from lesson_fixtures import distractors  # noqa: E402

SCOPE = "project:/srv/bench"
QUERIES = 200


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))]


def run(n: int, embeddings: str) -> None:
    with tempfile.TemporaryDirectory() as path:
        store = LessonStore(path=path, embeddings=embeddings)
        lessons = [x.validate() for x in distractors(n, SCOPE, seed=1)]
        start = time.perf_counter()
        store.apply([(x, None, "add", "") for x in lessons], actor="bench")
        build = time.perf_counter() - start
        queries = [x.embed_text() for x in distractors(QUERIES, SCOPE, seed=2)]
        _, vectors = store.snapshot([SCOPE])
        ids = [x.id for x in store.snapshot([SCOPE])[0]]
        hnsw_ms, recall = [], []
        for query in queries:
            t = time.perf_counter()
            hits = store.query(query, [SCOPE, "global"], n=5)
            hnsw_ms.append((time.perf_counter() - t) * 1000)
            exact = {ids[i] for i in np.argsort(-(vectors @ store.embedder.embed([query])[0]))[:5]}
            recall.append(len(exact & {lesson.id for lesson, _ in hits}) / 5)
        retriever = Retriever(store)
        t = time.perf_counter()
        retriever.snapshot(SCOPE)
        warm = time.perf_counter() - t
        rank_ms = []
        for query in queries:
            t = time.perf_counter()
            retriever.rank(SCOPE, query, limit=50)
            rank_ms.append((time.perf_counter() - t) * 1000)
        print(f"{n:>6} lessons ({store.embedder.spec}): store built in {build:.1f} s; "
              f"Chroma HNSW query p50 {statistics.median(hnsw_ms):.2f} ms p95 {pct(hnsw_ms, 0.95):.2f} ms, "
              f"recall@5 vs exact {statistics.mean(recall):.3f}; "
              f"Retriever.rank (exact + keywords) p50 {statistics.median(rank_ms):.2f} ms "
              f"p95 {pct(rank_ms, 0.95):.2f} ms (snapshot load {warm * 1000:.0f} ms, once)")


if __name__ == "__main__":
    os.environ.setdefault("SECOND_NATURE_HOME", tempfile.mkdtemp())
    for n in (1000, 10_000):
        run(n, "lexical")
    if "--minilm" in sys.argv:
        for n in (1000, 10_000):
            run(n, "minilm")
