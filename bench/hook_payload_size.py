"""The hook's worst case: wall time of the installed Claude Code hook command on payloads up to 10 MB
built to be expensive (many 16-KB fields, one huge string, secret-shaped text everywhere), as p100 over
a few runs each, next to `python -c pass`. Claude Code kills a hook after 10 s; the target is 1 s.

Usage: python bench/hook_payload_size.py [RUNS]
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
import time

from secondnature.hooks.harnesses.settings_file import hook_command

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5


def payloads(cwd: str) -> dict[str, bytes]:
    def post(tool_input: object, response: object) -> bytes:
        return json.dumps({"session_id": "big", "cwd": cwd, "hook_event_name": "PostToolUse", "tool_name": "mcp__x",
                           "tool_use_id": "t1", "tool_input": tool_input, "tool_response": response}).encode()

    env_line = "DB_PASSWORD=hunter2-{n}\\nAPI_KEY=Zx9Qk2LmN8pR4sT6vW1y{n}\\n"
    return {
        "620 fields of 'KEY' x 5333 (9.9 MB)": post({f"f{n}": "KEY" * 5333 for n in range(620)}, {"stdout": "ok"}),
        "one 10 MB string": post({"command": "cat big.log"}, {"stdout": "x" * 10_000_000}),
        "10 MB of JSON-escaped .env lines": post({"command": "cat .env"},
                                                  {"stdout": "".join(env_line.format(n=n) for n in range(200_000))}),
        "10 MB of base64 in 64-char lines": post({"command": "cat key"}, {"stdout": ("Ab1+" * 16 + "\n") * 150_000}),
        "100,000 list items of secrets said in words": post(
            {"items": [f"my password is Sommer{n}!" for n in range(100_000)]}, {"stdout": "ok"}),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "SECOND_NATURE_HOME": home}
        hook = shlex.split(hook_command(sys.executable, "claude-code").removesuffix(" || true"))
        base = []
        for _ in range(RUNS):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            base.append(time.perf_counter() - started)
        print(f"python -c pass: median {sorted(base)[len(base) // 2] * 1000:.0f} ms")
        print(f"{'payload':<46} {'bytes':>11} {'p100':>8} {'median':>8}")
        for name, data in payloads(home).items():
            times = []
            for _ in range(RUNS):
                started = time.perf_counter()
                done = subprocess.run(hook, input=data, capture_output=True, env=env, timeout=60)
                times.append(time.perf_counter() - started)
                assert done.returncode == 0, done.stderr
            times.sort()
            print(f"{name:<46} {len(data):>11,} {times[-1] * 1000:>6.0f} ms {times[len(times) // 2] * 1000:>6.0f} ms")
        size = os.path.getsize(os.path.join(home, "sessions", "big.jsonl"))
        print(f"session log after {RUNS * 5} events: {size:,} bytes")


if __name__ == "__main__":
    main()
