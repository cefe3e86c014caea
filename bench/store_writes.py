"""Lesson store writes at scale: bulk import rate, then single `LessonStore.add` latency.

A fresh embedded store is filled with N lessons through `lessons import` (an export file, the path a
user takes to move or seed lessons), timed; then single adds into the filled store, the way `lessons
add` and the CLI write one lesson, with p50/p95. The default lexical embeddings, so the figures are
the store's own cost, not a model's. The floor, in the same run: Chroma alone adding the same
records (the lesson with its vector, and its history record) in batches of 1,000. Usage: python bench/store_writes.py [LESSONS] [ADDS]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
ADDS = int(sys.argv[2]) if len(sys.argv) > 2 else 60
SCOPE = "agent:bench"


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["SECOND_NATURE_HOME"] = home
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
        from click.testing import CliRunner

        from secondnature.cli import cli
        from secondnature.lessons.exchange import export_json
        from secondnature.lessons.model import Lesson
        from secondnature.lessons.store import open_store

        from lesson_fixtures import distractors

        export = Path(home) / "seed.json"
        export.write_text(export_json([lesson.validate() for lesson in distractors(N, SCOPE)]))
        started = time.perf_counter()
        result = CliRunner().invoke(cli, ["lessons", "import", str(export)], catch_exceptions=False)
        bulk = time.perf_counter() - started
        assert result.exit_code == 0, result.output
        store = open_store()
        assert store.count() == N, store.count()
        times = []
        for i in range(ADDS):
            lesson = Lesson(title=f"Migration check {i}", text=f"Run the migration check {i} before deploying the billing service {i % 7}.",
                            scope=SCOPE, kind="procedure", status="active")
            started = time.perf_counter()
            store.add(lesson, actor="bench")
            times.append(time.perf_counter() - started)
        times.sort()
        floor = chroma_floor(store, Path(home) / "floor")
    print(f"lesson store writes, embedded Chroma, lexical embeddings, {N:,} lessons in one scope")
    print(f"  bulk import (lessons import, JSON export): {bulk:6.1f} s  = {N / bulk:,.0f} lessons/s")
    print(f"  LessonStore.add into {N:,}: p50 {statistics.median(times) * 1000:6.1f} ms  "
          f"p95 {times[int(len(times) * 0.95)] * 1000:6.1f} ms  ({ADDS} adds)")
    print(f"  floor, chromadb alone writing the same {N:,} lessons and history records: {floor:6.1f} s  "
          f"= {N / floor:,.0f} lessons/s")


def chroma_floor(store, path: Path) -> float:
    """Seconds for chromadb to add the store's lessons (vector + metadata) and one history row each."""
    import chromadb
    import numpy as np

    found = store.collection.get(include=["metadatas", "embeddings"])
    client = chromadb.PersistentClient(path=str(path))
    lessons = client.create_collection("floor-lessons", embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
    history = client.create_collection("floor-history", embedding_function=None)
    ids, metas, vectors = found["ids"], found["metadatas"], np.asarray(found["embeddings"], dtype=np.float32)
    started = time.perf_counter()
    for s in range(0, len(ids), 1000):
        history.add(ids=[f"h{i}" for i in ids[s:s + 1000]], embeddings=[[1.0]] * len(ids[s:s + 1000]),
                    metadatas=[{"lesson_id": i, "version": 1, "change": m["record"]}
                               for i, m in zip(ids[s:s + 1000], metas[s:s + 1000], strict=True)])
        lessons.add(ids=ids[s:s + 1000], embeddings=vectors[s:s + 1000], metadatas=metas[s:s + 1000])
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
