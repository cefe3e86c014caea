"""second-nature against mem0 and LangMem, side by side in one run, with the physical floor.

Every side stores the same N lesson texts in one scope with the same embedder (our lexical feature
hashing at 384 dimensions, wrapped as LangChain `Embeddings` for the peers), then measures, in rounds
interleaved across sides:
- warm search: p50 of a query in a process that already holds the store;
- single add into N: p50;
- cold search: a fresh process that answers one query (wall and peak RSS): `second-nature lessons
  search` for us (after the adds the scope is compiled, as `lessons add` and the night do; a cache
  left stale costs what bench/cold_start.py shows for "no cache"), a script that builds mem0's `Memory` and searches for mem0. LangMem keeps memories in
  a LangGraph store (`InMemoryStore` here, the one its docs use), which a new process cannot reopen, so
  it has no cold figure.
The floor: numpy exact top-5 over N x 384 float32, and `python -S -c pass` for a process.

The peers live in their own environment (their pins conflict with ours):
    python3 -m venv /tmp/peers && /tmp/peers/bin/pip install mem0ai==2.2.1 langmem==0.0.30 chromadb==1.5.9
    /tmp/peers/bin/pip install --no-deps -e .   # for the shared embedder
Usage: python bench/peers.py [--peer-python /tmp/peers/bin/python] [LESSONS] [ROUNDS]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
QUERIES = ["the payment test failed on CI", "how do I run the migrations", "deploy the billing service",
           "lint errors after the upgrade", "flaky integration test", "where are the fixtures"]
SCOPE = "agent:bench"


def texts(n: int) -> list[str]:
    sys.path.insert(0, str(HERE.parent.parent / "tests"))
    from lesson_fixtures import distractors

    return [f"{x.title}. {x.text}" for x in distractors(n, SCOPE)]


def hashing_embeddings():
    """Our lexical embedder at 384 dimensions as LangChain ``Embeddings``, for the peers."""
    from langchain_core.embeddings import Embeddings

    from secondnature.lessons.embeddings import make_embedder

    embedder = make_embedder("lexical-v1:384")

    class Hashing(Embeddings):
        def embed_documents(self, docs: list[str]) -> list[list[float]]:
            return embedder.embed(docs).tolist()

        def embed_query(self, text: str) -> list[float]:
            return embedder.embed([text])[0].tolist()

    return Hashing()


# ------------------------------------------------------------------------------------------ sides


def mem0_memory(home: str):
    os.environ.setdefault("OPENAI_API_KEY", "unused")  # infer=False: no model is called
    os.environ["MEM0_TELEMETRY"] = "False"
    from mem0 import Memory

    return Memory.from_config({
        "embedder": {"provider": "langchain", "config": {"model": hashing_embeddings(), "embedding_dims": 384}},
        "vector_store": {"provider": "chroma", "config": {"collection_name": "bench", "path": os.path.join(home, "chroma")}},
        "history_db_path": os.path.join(home, "history.db")})


class Ours:
    def __init__(self, home: str):
        os.environ["SECOND_NATURE_HOME"] = home
        from secondnature.lessons.retrieve import Retriever
        from secondnature.lessons.store import open_store

        self.store = open_store(None, embeddings="lexical-v1:384")
        self.retriever = Retriever(self.store)

    def fill(self, items: list[str]) -> None:
        from secondnature.lessons.compile import compile_digests
        from secondnature.lessons.exchange import import_lessons
        from secondnature.lessons.model import Lesson

        import_lessons(self.store, [Lesson(title="", text=t, scope=SCOPE, kind="procedure", status="active")
                                    for t in items])
        compile_digests(self.store)

    def add(self, text: str) -> None:
        from secondnature.lessons.model import Lesson

        self.store.add(Lesson(title="", text=text, scope=SCOPE, kind="procedure", status="active"), actor="bench")

    def search(self, query: str) -> list:
        return self.retriever.rank(SCOPE, query, limit=5, pinned_first=False)  # what `lessons search` ranks by


class Mem0:
    def __init__(self, home: str):
        self.memory = mem0_memory(home)

    def fill(self, items: list[str]) -> None:
        for text in items:
            self.memory.add(text, user_id="bench", infer=False)

    def add(self, text: str) -> None:
        self.memory.add(text, user_id="bench", infer=False)

    def search(self, query: str) -> list:
        # mem0 1.x names the count top_k (an unknown `limit` is ignored, returning its default 100); older, limit
        import inspect

        count = "top_k" if "top_k" in inspect.signature(self.memory.search).parameters else "limit"
        return self.memory.search(query, filters={"user_id": "bench"}, **{count: 5})["results"]


class LangMem:
    """LangMem's search tool reads ``store.search(namespace, query=...)`` of the agent's LangGraph store."""

    def __init__(self, home: str):
        from langgraph.store.memory import InMemoryStore

        embeddings = hashing_embeddings()
        self.store = InMemoryStore(index={"dims": 384, "embed": embeddings})
        self.n = 0

    def fill(self, items: list[str]) -> None:
        for text in items:
            self.add(text)

    def add(self, text: str) -> None:
        self.n += 1
        self.store.put(("memories", "bench"), f"m{self.n}", {"content": text})

    def search(self, query: str) -> list:
        return self.store.search(("memories", "bench"), query=query, limit=5)


SIDES = {"second-nature": Ours, "mem0 2.2.1": Mem0, "LangMem 0.0.30": LangMem}


def worker(side: str, home: str, n: int, fill: bool) -> None:
    """One side in one process: fill (LangMem always, being in memory), then warm search and add."""
    items = texts(n + 40)
    impl = SIDES[side](home)
    started = time.perf_counter()
    if fill or side.startswith("LangMem"):
        impl.fill(items[:n])
    fill_s = time.perf_counter() - started
    for q in QUERIES:
        assert impl.search(q) is not None
    searches = []
    for i in range(60):
        t = time.perf_counter()
        impl.search(QUERIES[i % len(QUERIES)] + f" {i}")
        searches.append(time.perf_counter() - t)
    adds = []
    for text in items[n:n + 20]:
        t = time.perf_counter()
        impl.add(text)
        adds.append(time.perf_counter() - t)
    if isinstance(impl, Ours):  # as `lessons add` and the night do after writing: the digests and cache
        from secondnature.lessons.compile import compile_digests

        compile_digests(impl.store, [SCOPE])
    print(json.dumps({"fill_s": fill_s if fill or side.startswith("LangMem") else None,
                      "search_ms": statistics.median(searches) * 1000, "add_ms": statistics.median(adds) * 1000}))


def cold_mem0(home: str) -> None:
    print(len(Mem0(home).search(QUERIES[0])))


# ------------------------------------------------------------------------------------------ driver


def run(cmd: list[str], env: dict | None = None) -> tuple[str, float, float]:
    """(stdout, wall seconds, peak RSS MiB) of one child process (GNU time reports the peak)."""
    started = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "maxrss=%M", *cmd], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=3600)
    wall = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"{cmd[:4]} failed:\n{done.stderr[-2000:]}")
    peak = next(int(line.split("=")[1]) for line in reversed(done.stderr.splitlines()) if line.startswith("maxrss="))
    return done.stdout, wall, peak / 1024


def floor(n: int) -> tuple[float, float]:
    import numpy as np

    matrix = np.random.default_rng(0).standard_normal((n, 384)).astype(np.float32)
    query = matrix[0]
    times = []
    for _ in range(200):
        t = time.perf_counter()
        scores = matrix @ query
        top = np.argpartition(-scores, 5)[:5]
        top[np.argsort(-scores[top])]
        times.append(time.perf_counter() - t)
    procs = []
    for _ in range(20):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-S", "-c", "pass"], check=True)
        procs.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, statistics.median(procs) * 1000


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["worker"]:
        return worker(args[1], args[2], int(args[3]), args[4] == "fill")
    if args[:1] == ["cold-mem0"]:
        return cold_mem0(args[1])
    peer_python = "/tmp/peers/bin/python"
    if args[:1] == ["--peer-python"]:
        peer_python, args = args[1], args[2:]
    n = int(args[0]) if args else 10_000
    rounds = int(args[1]) if len(args) > 1 else 3
    python = {"second-nature": sys.executable, "mem0 2.2.1": peer_python, "LangMem 0.0.30": peer_python}
    exe = str(Path(sys.executable).parent / "second-nature")
    with tempfile.TemporaryDirectory() as root:
        homes = {side: os.path.join(root, side.split()[0]) for side in SIDES}
        results: dict[str, dict[str, list[float]]] = {s: {} for s in SIDES}
        for side in SIDES:  # fill once (persisted for us and mem0)
            out, _, _ = run([python[side], str(HERE), "worker", side, homes[side], str(n), "fill"])
            results[side]["fill_s"] = [json.loads(out)["fill_s"]]
        for _ in range(rounds):
            for side in SIDES:
                out, _, _ = run([python[side], str(HERE), "worker", side, homes[side], str(n), "reuse"])
                for key, value in json.loads(out).items():
                    if value is not None and key != "fill_s":
                        results[side].setdefault(key, []).append(value)
            _, wall, rss = run([exe, "lessons", "search", QUERIES[0], "--scope", SCOPE],
                               {"SECOND_NATURE_HOME": homes["second-nature"]})
            results["second-nature"].setdefault("cold_s", []).append(wall)
            results["second-nature"].setdefault("cold_mib", []).append(rss)
            _, wall, rss = run([peer_python, str(HERE), "cold-mem0", homes["mem0 2.2.1"]])
            results["mem0 2.2.1"].setdefault("cold_s", []).append(wall)
            results["mem0 2.2.1"].setdefault("cold_mib", []).append(rss)
    numpy_ms, python_ms = floor(n)

    def cell(side: str, key: str, fmt: str) -> str:
        values = results[side].get(key)
        return format(statistics.median(values), fmt) if values else "n/a"

    print(f"{n:,} lessons/memories in one scope, same 384-d hashing embedder, {rounds} interleaved rounds (medians)")
    print(f"{'':16s} {'fill /s':>9s} {'add p50 ms':>11s} {'search p50 ms':>14s} {'cold search s':>14s} {'cold MiB':>9s}")
    for side in SIDES:
        fill = results[side]["fill_s"][0]
        print(f"{side:16s} {n / fill:9,.0f} {cell(side, 'add_ms', '11.2f')} {cell(side, 'search_ms', '14.2f')} "
              f"{cell(side, 'cold_s', '14.2f'):>14s} {cell(side, 'cold_mib', '9.0f'):>9s}")
    print(f"{'floor':16s} {'':9s} {'':11s} {numpy_ms:14.2f} {python_ms / 1000:14.3f}   "
          "(numpy exact top-5; python -S -c pass)")


if __name__ == "__main__":
    main()
