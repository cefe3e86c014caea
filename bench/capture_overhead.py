"""In-process capture cost: per event on the agent's thread, and an agent loop with capture on vs off.

1. Per event: the time the agent's thread spends in one capture call (build a closure, enqueue),
   measured while the background writer is running (it competes for the GIL, as in real use).
2. Agent loop: a real ``create_agent`` agent with a scripted model and two tools, invoked in
   alternation with and without ``SecondNatureMiddleware``; medians per invocation and the ratio.

Usage: python bench/capture_overhead.py [INVOCATIONS]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 300


def per_event() -> None:
    from secondnature.langgraph import _Recorder, flush

    recorder = _Recorder("bench-events", "agent:bench")
    output = type("ToolMessage", (), {"content": "42 passed", "status": "success", "tool_call_id": "c1"})()
    samples = []
    for _ in range(50):
        start = time.perf_counter_ns()
        for _ in range(200):
            recorder.tool_call("c1", "run_tests", {"command": "make test"})
            recorder.tool_result("c1", "run_tests", output)
        samples.append((time.perf_counter_ns() - start) / 400 / 1000)
        flush()
    samples.sort()
    print(f"per event on the agent's thread: median {statistics.median(samples):.2f} µs, "
          f"p95 {samples[int(len(samples) * 0.95)]:.2f} µs (50 batches of 400 events)")


def agent_loop() -> None:
    from langchain.agents import create_agent
    from langchain.agents.middleware import ToolErrorMiddleware
    from langchain_core.messages import AIMessage
    from langchain_core.tools import tool

    from secondnature.langgraph import SecondNatureMiddleware, flush
    from secondnature.testing import ScriptedChatModel, tool_call

    @tool
    def run_tests(command: str) -> str:
        """Run the tests."""
        if command != "make test":
            raise RuntimeError("fixture 'db' not found")
        return "42 passed"

    def script():
        return [tool_call("run_tests", {"command": "pytest"}, "c1"), tool_call("run_tests", {"command": "make test"}, "c2"),
                AIMessage(content="42 passed with make test.")]

    def build(capture: bool):
        middleware = [ToolErrorMiddleware(lambda e, r: str(e))]
        if capture:
            middleware.insert(0, SecondNatureMiddleware(agent="bench"))
        return create_agent(ScriptedChatModel(responses=script()), tools=[run_tests], middleware=middleware)

    # the scripted model cycles through its three replies, so each agent serves every invocation
    agents = {"off": build(False), "on": build(True)}
    times: dict[str, list[float]] = {"off": [], "on": []}
    for i in range(RUNS + 20):
        for name, agent in agents.items():
            start = time.perf_counter()
            agent.invoke({"messages": [("user", "run the tests")]}, config={"configurable": {"thread_id": f"b{i}"}})
            if i >= 20:  # warm-up
                times[name].append(time.perf_counter() - start)
    flush()
    off, on = statistics.median(times["off"]) * 1000, statistics.median(times["on"]) * 1000
    events = 9  # session_start, prompt, 3 model replies, 2 tool calls, 2 tool results
    print(f"agent loop, {RUNS} invocations each, interleaved: capture off median {off:.2f} ms, "
          f"on {on:.2f} ms, ratio {on / off:.3f}, {((on - off) * 1000 / events):.1f} µs per captured event "
          f"(the middleware's graph nodes included)")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as home:
        os.environ["SECOND_NATURE_HOME"] = home
        per_event()
        agent_loop()
