"""Hook process wall time for a Claude Code PostToolUse payload, as a ratio to `python -c pass`.

Both commands are run alternately in one loop (the machine is shared and noisy), each a fresh
process, and the medians are compared. Usage: python bench/hook_latency.py [RUNS]
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

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 60
EXE = Path(sys.executable).parent / "second-nature"


def payload(cwd: str) -> bytes:
    return json.dumps({
        "session_id": "bench-session", "transcript_path": "/tmp/t.jsonl", "cwd": cwd, "permission_mode": "default",
        "hook_event_name": "PostToolUse", "tool_name": "Bash", "tool_use_id": "toolu_bench",
        "tool_input": {"command": "npm test", "description": "Run tests", "timeout": 120000},
        "tool_response": {"stdout": "ok\n" * 400, "stderr": "", "interrupted": False, "isImage": False},
        "duration_ms": 900,
    }).encode()


def wall(cmd: list[str], stdin: bytes | None, env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "SECOND_NATURE_HOME": home}
        (Path(home) / "repo" / ".git").mkdir(parents=True)
        data = payload(str(Path(home) / "repo"))
        base_python = os.path.join(sys.base_prefix, "bin", "python3")  # the real binary, not a pyenv shim
        commands = {
            "python3 -c pass": ([base_python, "-c", "pass"], None),
            "python -c pass (this venv)": ([sys.executable, "-c", "pass"], None),
            "second-nature hook claude-code": ([str(EXE), "hook", "claude-code"], data),
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(3):  # warm the page cache
            for cmd, stdin in commands.values():
                wall(cmd, stdin, env)
        for _ in range(RUNS):
            for name, (cmd, stdin) in commands.items():
                times[name].append(wall(cmd, stdin, env))
        lines = sum(1 for _ in open(Path(home) / "sessions" / "bench-session.jsonl"))
    medians = {name: statistics.median(t) * 1000 for name, t in times.items()}
    base = medians["python3 -c pass"]
    print(f"hook process wall time, {RUNS} runs each, interleaved ({len(data)}-byte PostToolUse payload)")
    for name, t in times.items():
        ms = sorted(x * 1000 for x in t)
        print(f"  {name:32s} median {medians[name]:6.1f} ms  p90 {ms[int(len(ms) * 0.9)]:6.1f} ms  "
              f"ratio {medians[name] / base:4.2f}x")
    print(f"  lines written by the hook: {lines} (2 per call: tool_call + tool_result)")


if __name__ == "__main__":
    main()
