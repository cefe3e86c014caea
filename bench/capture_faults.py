"""The hot path under hostile input and hard stops.

1. The hook on 10,000 adversarial payloads (deep nesting, huge and repeated tokens, long paths and ids,
   binary-ish text, up to 10 MB), in the hook's own code: p50, p99, p100.
2. The agent thread's longest stall while the in-process writer redacts and writes 10 MB tool outputs.
3. Events lost when a process capturing with the LangGraph middleware under steady load is killed
   with kill -9 at a random moment (the bound), over several trials.

Usage: python bench/capture_faults.py [PAYLOADS]
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000


def adversarial(rng: random.Random, n: int) -> bytes:
    kind = n % 10
    base = {"session_id": f"adv{n % 50}", "hook_event_name": "PostToolUse", "cwd": "/tmp", "tool_name": "Bash",
            "tool_use_id": f"t{n}", "tool_input": {"command": "ls"}}
    size = rng.choice([1_000, 10_000, 100_000, 1_000_000]) if n % 500 else 10_000_000
    if kind == 0:
        value: object = "x"
        for _ in range(rng.randint(10, 900)):
            value = {"a": value}
        base["tool_response"] = value
    elif kind == 1:
        base["tool_response"] = {"stdout": '"KEY"' * (size // 5)}
    elif kind == 2:
        base["cwd"] = "/a" * (size // 2)
    elif kind == 3:
        base["tool_response"] = {"stdout": "password=hunter2hunter2 mysql -u x -p" * (size // 40)}
    elif kind == 4:
        base["session_id"] = "s" * min(size, 100_000)
    elif kind == 5:
        base["tool_response"] = {"stdout": "".join(chr(rng.randint(1, 0x2FFF)) for _ in range(min(size, 200_000)))}
    elif kind == 6:
        base["tool_response"] = {f"k{i}": "v" for i in range(min(size // 10, 100_000))}
    elif kind == 7:
        base["tool_response"] = {"stdout": ("curl -u " + "Ab1+" * 20 + " ") * (size // 100)}
    elif kind == 8:
        base["tool_response"] = {"stdout": ["-----BEGIN RSA PRIVATE KEY-----"] * min(size // 30, 50_000)}
    else:
        base["tool_response"] = {"stdout": "Ab1+" * (size // 4)}
    return json.dumps(base).encode()


def hook_latency() -> None:
    from secondnature.hooks.runner import run_hook

    rng = random.Random(1)
    times = []
    for n in range(N):
        raw = adversarial(rng, n)
        started = time.perf_counter()
        run_hook(["claude-code"], raw)
        times.append(time.perf_counter() - started)
    times.sort()
    print(f"1. hook on {N} adversarial payloads (in-process): p50 {times[N // 2] * 1000:.1f} ms, "
          f"p99 {times[int(N * 0.99)] * 1000:.1f} ms, p100 {times[-1] * 1000:.1f} ms")


def agent_stall() -> None:
    from secondnature.hooks.background.writer import BackgroundWriter
    from secondnature.hooks.core.schema import Event

    writer = BackgroundWriter()
    stalls, stop = [], threading.Event()
    big = "log line with password=hunter2hunter2 and more text\n" * 200_000  # 10 MB
    started = time.perf_counter()
    for n in range(5):
        writer.submit(lambda n=n: [Event(harness="langgraph", session_id="stall", kind="tool_result",
                                         data={"call_id": f"c{n}", "ok": True, "output": big})])
    while not stop.is_set():  # the agent's thread: how late does a 1 ms sleep come back?
        before = time.perf_counter()
        time.sleep(0.001)
        stalls.append(time.perf_counter() - before - 0.001)
        if time.perf_counter() - started > 3 or (writer.written >= 5 and len(stalls) > 50):
            stop.set()
    writer.flush(10)
    print(f"2. agent thread while the writer handles 5 x 10 MB outputs: longest stall {max(stalls) * 1000:.1f} ms, "
          f"median {sorted(stalls)[len(stalls) // 2] * 1000:.2f} ms over {len(stalls)} samples")


CHILD = """
import sys
from langchain.agents import create_agent
from langchain_core.messages import AIMessage
from secondnature.langgraph import SecondNatureMiddleware
from secondnature.testing import ScriptedChatModel
agent = create_agent(ScriptedChatModel(responses=[AIMessage(content=f"a{n}") for n in range(100000)]), tools=[],
                     middleware=[SecondNatureMiddleware(agent="svc")])
n = 0
while True:
    agent.invoke({"messages": [("user", f"q{n}")]}, config={"configurable": {"thread_id": f"t{n}"}})
    n += 1
    print(n, flush=True)
"""


def kill_9_bound(trials: int = 8) -> None:
    from secondnature.hooks.core.spool import read_session

    losses = []
    for trial in range(trials):
        home = tempfile.mkdtemp(prefix="sn-kill-")
        os.environ["SECOND_NATURE_HOME"] = home
        child = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True,
                                 env={**os.environ, "SECOND_NATURE_HOME": home})
        time.sleep(4 + random.Random(trial).random() * 2)
        os.kill(child.pid, 9)
        done = [line for line in child.stdout.read().split() if line.isdigit()]
        finished = int(done[-1]) if done else 0
        written = sum(1 for n in range(finished) if any(e.kind == "assistant_message" for e in read_session(f"t{n}").events))
        losses.append(finished - written)
    print(f"3. kill -9 under steady load: finished runs whose answer was not yet written, per trial: {losses} "
          f"(max {max(losses)}; the writer lingers {0.05 * 1000:.0f} ms per burst)")


def main() -> None:
    os.environ["SECOND_NATURE_HOME"] = tempfile.mkdtemp(prefix="sn-faults-")
    hook_latency()
    agent_stall()
    kill_9_bound()


if __name__ == "__main__":
    main()
