"""Middleware overhead per model call with 10,000 lessons in scope, after warm-up.

Measured two ways in one run:
1. the injection step alone (retrieve for the latest user message, render within the budget,
   record what was shown), per model call, on varied prompts;
2. a real ``create_agent`` agent (scripted model) with the middleware and 10k lessons vs without
   the middleware, invoked alternately; the difference per model call.

Usage: python bench/middleware_overhead.py [--minilm]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

N = 10_000
CALLS = 300


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))]


def main() -> None:
    os.environ["SECOND_NATURE_HOME"] = tempfile.mkdtemp()
    from langchain.agents import create_agent
    from langchain_core.messages import AIMessage, HumanMessage

    from secondnature.langgraph import SecondNatureMiddleware, _Recorder, flush
    from secondnature.lessons.store import open_store
    from secondnature.testing import ScriptedChatModel

    from lesson_fixtures import distractors, relevant

    embeddings = "minilm" if "--minilm" in sys.argv else "lexical"
    scope = "agent:bench"
    store = open_store(None, embeddings=embeddings)
    store.apply([(x.validate(), None, "add", "") for x in relevant(scope) + distractors(N - 3, scope)], actor="bench")
    prompts = [x.embed_text() for x in distractors(CALLS, scope, seed=3)]

    middleware = SecondNatureMiddleware(agent="bench", store=store)
    recorder = _Recorder("bench-session", scope)
    request = type("Request", (), {"messages": [], "state": {}})()
    middleware.lessons_block(request, recorder)  # warm-up: snapshot load
    step_ms = []
    for prompt in prompts:
        request.messages = [HumanMessage(content=prompt)]
        t = time.perf_counter()
        block = middleware.lessons_block(request, recorder)
        step_ms.append((time.perf_counter() - t) * 1000)
    print(f"injection step, {N} lessons ({store.embedder.spec}), {CALLS} calls after warm-up, every prompt new: "
          f"p50 {statistics.median(step_ms):.2f} ms, p95 {pct(step_ms, 0.95):.2f} ms, max {max(step_ms):.2f} ms "
          f"({len(block or '')} chars injected on the last call)")
    loop_ms = []  # a tool loop: 4 model calls per user message, the same message each time
    for prompt in prompts[:75]:
        request.messages = [HumanMessage(content=prompt)]
        for _ in range(4):
            t = time.perf_counter()
            middleware.lessons_block(request, recorder)
            loop_ms.append((time.perf_counter() - t) * 1000)
    print(f"injection step in tool loops (4 model calls per user message): p50 {statistics.median(loop_ms):.2f} ms, "
          f"p95 {pct(loop_ms, 0.95):.2f} ms")

    def agent(with_middleware: bool):
        model = ScriptedChatModel(responses=[AIMessage(content="done")])
        mw = [SecondNatureMiddleware(agent="bench", store=store)] if with_middleware else []
        return create_agent(model, tools=[], system_prompt="You are a bench agent.", middleware=mw)

    agents = {"off": agent(False), "on": agent(True)}
    times: dict[str, list[float]] = {"off": [], "on": []}
    for i, prompt in enumerate(prompts[:200] * 2):
        for name, a in agents.items():
            t = time.perf_counter()
            a.invoke({"messages": [("user", prompt)]}, config={"configurable": {"thread_id": f"t{i}"}})
            if i >= 20:
                times[name].append((time.perf_counter() - t) * 1000)
    flush()
    off, on = times["off"], times["on"]
    paired = [b - a for a, b in zip(off, on, strict=True)]  # each invocation beside its twin without middleware
    print(f"agent, one model call per invocation, {len(on)} invocations each, interleaved: without middleware "
          f"p50 {statistics.median(off):.2f} ms p95 {pct(off, 0.95):.2f} ms; with middleware + {N} lessons "
          f"p50 {statistics.median(on):.2f} ms p95 {pct(on, 0.95):.2f} ms; overhead per invocation (paired) "
          f"p50 {statistics.median(paired):.2f} ms, p95 {pct(paired, 0.95):.2f} ms")


if __name__ == "__main__":
    main()
