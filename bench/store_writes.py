"""Lesson store writes at scale: bulk import rate, then single `LessonStore.add` latency.

A fresh embedded store is filled with N lessons through `lessons import` (an export file, the path a
user takes to move or seed lessons), timed; then single adds into the filled store, the way `lessons
add` and the CLI write one lesson, with p50/p95. The default lexical embeddings, so the figures are
the store's own cost, not a model's. The floor, in the same run: Chroma alone adding the same
records (the lesson with its vector, and its history record) in batches of 1,000, timed two ways: the writes
alone, and in a fresh process from its `import chromadb` on (the import's time runs from opening the store,
which imports chromadb, to its digests compiled). Usage: python bench/store_writes.py [LESSONS] [ADDS]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

N = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "floor" else 10_000
ADDS = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[1] != "floor" else 60
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
    writes, fresh = floor
    print(f"  floor, chromadb alone writing the same {N:,} lessons and history records: {writes:6.1f} s  "
          f"= {N / writes:,.0f} lessons/s (the writes); {fresh:6.1f} s = {N / fresh:,.0f}/s from `import chromadb` on")
    print(f"  import / floor: {writes / bulk:.2f}x the writes' rate, {fresh / bulk:.2f}x the fresh process's")


def chroma_floor(store, path: Path) -> tuple[float, float]:
    """Seconds for chromadb to add the store's lessons (vector + metadata) and one history row each: the writes
    alone (in this process, chromadb imported), and in a fresh process from its ``import chromadb`` on, as the
    import command's time runs from opening the store (which imports chromadb) on."""
    import json
    import subprocess

    import numpy as np

    found = store.collection.get(include=["metadatas", "embeddings"])
    np.save(path.with_suffix(".npy"), np.asarray(found["embeddings"], dtype=np.float32))
    path.with_suffix(".json").write_text(json.dumps({"ids": found["ids"], "metadatas": found["metadatas"]}))
    fresh = subprocess.run([sys.executable, __file__, "floor", str(path)], capture_output=True, text=True, check=True)
    return float(fresh.stdout.split()[-2]), float(fresh.stdout.split()[-1])


def floor_process(path: Path) -> None:
    """The floor in this (fresh) process: prints the writes' seconds, then the seconds from the import on."""
    import json

    import numpy as np

    records, vectors = json.loads(path.with_suffix(".json").read_text()), np.load(path.with_suffix(".npy"))
    started = time.perf_counter()
    import chromadb

    client = chromadb.PersistentClient(path=str(path))
    lessons = client.create_collection("floor-lessons", embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
    history = client.create_collection("floor-history", embedding_function=None)
    ids, metas = records["ids"], records["metadatas"]
    writing = time.perf_counter()
    for s in range(0, len(ids), 1000):
        history.add(ids=[f"h{i}" for i in ids[s:s + 1000]], embeddings=[[1.0]] * len(ids[s:s + 1000]),
                    metadatas=[{"lesson_id": i, "version": 1, "change": m["record"]}
                               for i, m in zip(ids[s:s + 1000], metas[s:s + 1000], strict=True)])
        lessons.add(ids=ids[s:s + 1000], embeddings=vectors[s:s + 1000], metadatas=metas[s:s + 1000])
    done = time.perf_counter()
    print(f"{done - writing:.3f} {done - started:.3f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["floor"]:
        floor_process(Path(sys.argv[2]))
    else:
        main()
