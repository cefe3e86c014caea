"""Cold processes at 10k lessons in one scope: what a new `inject` or `lessons search` process costs
(wall time and peak RSS), with the retrieval cache `compile` writes and without it (the cache deleted:
the process falls back to Chroma and rebuilds it), side by side in one run, with the floor of a bare
interpreter start. Also: a new LangGraph replica's first injected model call against its warm ones, and
how long a warm process takes to pick up a changed scope; and the cold commands right after an API write, a CLI
edit and a reembed (the writes keep the caches current).

Usage: python bench/cold_start.py [LESSONS]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
SCOPE = "agent:bench"  # a LangGraph agent's scope, so that a replica's middleware injects from it
EXE = str(Path(sys.executable).parent / "second-nature")
ROUNDS = 5
QUERY = "the unit tests fail with fixture db not found, how do I run them?"  # matches a relevant lesson


# A forked child keeps its parent's peak RSS through exec, so the bench (hundreds of MiB) cannot measure
# its children directly: a bare interpreter starts each command and reports that grandchild's own figures.
LAUNCH = [sys.executable, "-S", "-c", (
    "import os, sys, time, subprocess\n"
    "t = time.perf_counter(); p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "_, status, usage = os.wait4(p.pid, 0)\n"
    "print(time.perf_counter() - t, usage.ru_maxrss, status)")]


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of one process."""
    out = subprocess.run(LAUNCH + argv, capture_output=True, text=True, env=env, timeout=300)
    wall, rss, status = out.stdout.split()
    if int(status) != 0:
        raise SystemExit(f"{argv} failed: {out.stderr[-500:]}")
    return float(wall), int(rss) / 1024


def main() -> None:
    from secondnature.lessons.compile import compile_digests
    from secondnature.lessons.store import open_store

    from lesson_fixtures import distractors, relevant

    home = tempfile.mkdtemp(prefix="sn-cold-")
    os.environ["SECOND_NATURE_HOME"] = home
    env = {**os.environ, "SECOND_NATURE_HOME": home}
    started = time.perf_counter()
    store = open_store()
    # the queries below match the three relevant lessons among the distractors: a cold process ranks, renders
    # and prints, as it does for a real prompt, rather than stopping at "nothing matches"
    lessons = [x.validate() for x in relevant(SCOPE) + distractors(N - 3, SCOPE)]
    for lesson in lessons:
        lesson.version = 1
    for start in range(0, N, 1000):
        store.apply([(x, None, "import", "bench") for x in lessons[start:start + 1000]], actor="bench")
    compile_digests(store, [SCOPE])
    print(f"setup: {N} lessons in {SCOPE} ({time.perf_counter() - started:.1f} s)")
    cache = os.path.join(home, "cache")
    kept = os.path.join(home, "cache-as-compiled")
    shutil.copytree(cache, kept)
    commands = {
        "inject --prompt": [EXE, "inject", "--scope", SCOPE, "--prompt", QUERY],
        "lessons search": [EXE, "lessons", "search", QUERY, "--scope", SCOPE],
        "lessons search (every scope)": [EXE, "lessons", "search", QUERY],
    }
    rows: dict[str, list[tuple[float, float]]] = {}
    for _ in range(ROUNDS):  # interleaved: the machine's noise falls on every row alike
        rows.setdefault("python -S -c pass (floor)", []).append(measure([sys.executable, "-S", "-c", "pass"], env))
        rows.setdefault("python -c pass", []).append(measure([sys.executable, "-c", "pass"], env))
        for name, argv in commands.items():
            rows.setdefault(f"{name} (cache)", []).append(measure(argv, env))
        for name, argv in commands.items():
            shutil.rmtree(cache, ignore_errors=True)
            rows.setdefault(f"{name} (no cache: Chroma)", []).append(measure(argv, env))
            shutil.rmtree(cache, ignore_errors=True)
            shutil.copytree(kept, cache)  # the next row (and round) starts from the compiled cache again
    writes = after_writes(store, env, commands, rows)
    print(f"\n{'cold process, ' + str(N) + ' lessons':<58} {'wall median':>12} {'peak RSS':>10}")
    for name, values in rows.items():
        wall = statistics.median(v[0] for v in values) * 1000
        rss = statistics.median(v[1] for v in values)
        print(f"{name:<58} {wall:>9.0f} ms {rss:>7.0f} MiB")
    print(f"\nan API write (store.add) in a process holding the store, the caches kept current: median "
          f"{statistics.median(writes['add']) * 1000:.0f} ms; a reembed of {N} lessons: {writes['reembed'][0]:.1f} s")
    replica(env)
    pick_up(store)


def after_writes(store, env: dict[str, str], commands: dict[str, list[str]],
                 rows: dict[str, list[tuple[float, float]]]) -> dict[str, list[float]]:
    """The cold commands right after a write through the Python API, through the CLI, and after a
    reembed: the writes keep the caches current, so none of them should fall back to Chroma."""
    from secondnature.lessons.model import Lesson

    timed: dict[str, list[float]] = {"add": [], "reembed": []}
    for n in range(ROUNDS):
        started = time.perf_counter()
        store.add(Lesson(title="", text=f"Bench write {n}: run the seed script before the payment tests.", scope=SCOPE))
        timed["add"].append(time.perf_counter() - started)
        for name in ("inject --prompt", "lessons search", "lessons search (every scope)"):
            rows.setdefault(f"{name} (right after an API write)", []).append(measure(commands[name], env))
        rows.setdefault("lessons add (a CLI edit, digests recompiled)", []).append(measure(
            [EXE, "lessons", "add", f"CLI write {n}: the staging database resets at midnight.", "--scope", SCOPE], env))
        rows.setdefault("inject --prompt (right after a CLI edit)", []).append(measure(commands["inject --prompt"], env))
    started = time.perf_counter()
    store.reembed(store.embedder.spec)
    timed["reembed"].append(time.perf_counter() - started)
    for _ in range(ROUNDS):
        for name in ("inject --prompt", "lessons search"):
            rows.setdefault(f"{name} (right after a reembed)", []).append(measure(commands[name], env))
    return timed


REPLICA = """
import time
from langchain.agents import create_agent
from langchain_core.messages import AIMessage
from secondnature.langgraph import SecondNatureMiddleware, flush
from secondnature.testing import ScriptedChatModel
agent = create_agent(ScriptedChatModel(responses=[AIMessage(content="ok")] * 30), tools=[],
                     middleware=[SecondNatureMiddleware(agent="bench")])
times = []
for n in range(12):
    started = time.perf_counter()
    agent.invoke({"messages": [("user", f"the integration tests need the database {n}")]},
                 config={"configurable": {"thread_id": f"t{n}"}})
    times.append(time.perf_counter() - started)
flush()
warm = sorted(times[2:])[len(times[2:]) // 2]
print(f"{times[0] * 1000:.0f} {warm * 1000:.1f}")
"""


def replica(env: dict[str, str]) -> None:
    """A new process of a deployed agent: its first model call (which loads the lessons) against warm ones."""
    firsts, warms = [], []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", REPLICA], capture_output=True, text=True, env=env, timeout=300)
        first, warm = out.stdout.split()
        firsts.append(float(first))
        warms.append(float(warm))
    print(f"\nnew replica, first injected call: median {statistics.median(firsts):.0f} ms, warm calls "
          f"{statistics.median(warms):.1f} ms: {statistics.median(firsts) - statistics.median(warms):.0f} ms over warm")


def pick_up(store) -> None:
    """A warm retriever, then the night changes the scope: how long does the next request take?"""
    from secondnature.lessons.compile import compile_digests
    from secondnature.lessons.model import Lesson
    from secondnature.lessons.retrieve import Retriever

    retriever = Retriever(None)
    retriever.rank(SCOPE, "tests need the database")
    times = []
    for n in range(5):
        store.add(Lesson(title="", text=f"New lesson {n}: run the migrations before the tests.", scope=SCOPE))
        compile_digests(store, [SCOPE])
        started = time.perf_counter()
        retriever.refresh_seconds = 0
        retriever.rank(SCOPE, "tests need the database")
        times.append(time.perf_counter() - started)
    print(f"\nwarm process picking up a changed scope: median {statistics.median(times) * 1000:.0f} ms, "
          f"max {max(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
