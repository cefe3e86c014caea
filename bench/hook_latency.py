"""Claude Code hook process wall time, as a ratio to a clean venv's `python -c pass`, all interleaved in one run.

- PostToolUse (capture only), on 30 real tool results: built at run time from the Claude Code transcripts in
  ``../shared/reference/real-sessions`` (the tool call and the ``toolUseResult`` the transcript recorded,
  spread over the sizes found there), each through the command ``install`` writes and through the Claude
  Code plugin's ``bin/second-nature-hook`` (its launcher cache warm): the process alone, and as Claude Code
  runs a command hook, through ``sh -c`` (the installed command with its ``|| true``; the plugin's
  ``hooks/hooks.json`` command with ``${CLAUDE_PLUGIN_ROOT}`` in place); the median over payloads is reported;
- SessionStart and UserPromptSubmit with 1,000 lessons in scope (a compiled digest: the session
  block plus the keyword index the prompt hook picks from);

each run the way `install` writes it (the interpreter with `-I -S` and the stdlib launcher) and, for
PostToolUse, through the `second-nature` console script too. The floors: `/bin/true` and
`python -S -c pass`. The reference is a venv created here without packages, so no `.pth` file of the
environment under test (an editable finder, certifi) slows the baseline.

Every command is a fresh process; they run alternately in one loop (the machine is shared and
noisy) and medians are compared. Usage: python bench/hook_latency.py [RUNS]
"""

from __future__ import annotations

import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

from secondnature.hooks.harnesses.settings_file import hook_command

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 60
EXE = Path(sys.executable).parent / "second-nature"
ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "reference" / "real-sessions" / "claude" / "projects"
REAL_PAYLOADS, REAL_RUNS = 30, 7


def real_payloads(cwd: str, n: int = REAL_PAYLOADS) -> list[bytes]:
    """PostToolUse payloads as Claude Code sends them, from the real transcripts: the call's input and the
    ``toolUseResult`` recorded beside its result, ``n`` of them spread evenly over their sizes."""
    calls, found = {}, []
    for path in sorted(REAL.rglob("*.jsonl")):
        for line in path.open(encoding="utf-8", errors="replace"):
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            message = obj.get("message") if isinstance(obj, dict) else None
            content = message.get("content") if isinstance(message, dict) else None
            for block in content if isinstance(content, list) else []:
                if not isinstance(block, dict):
                    continue
                if block.get("type") == "tool_use":
                    calls[block.get("id")] = block
                elif block.get("type") == "tool_result" and block.get("tool_use_id") in calls and not block.get("is_error"):
                    call = calls[block["tool_use_id"]]
                    response = obj.get("toolUseResult") or {"content": block.get("content")}
                    found.append(json.dumps({
                        "session_id": "bench-real", "transcript_path": "/tmp/t.jsonl", "cwd": cwd,
                        "permission_mode": "default", "hook_event_name": "PostToolUse", "tool_name": call.get("name"),
                        "tool_use_id": call.get("id"), "tool_input": call.get("input"), "tool_response": response,
                    }).encode())
    found.sort(key=len)
    return [found[int(i * (len(found) - 1) / (n - 1))] for i in range(n)] if len(found) >= n else found


def seed_digest(home: str, scope: str) -> None:
    """1,000 lessons in the scope, compiled the way the night job does."""
    os.environ["SECOND_NATURE_HOME"] = home
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from secondnature.lessons.compile import compile_digests
    from secondnature.lessons.store import open_store

    from lesson_fixtures import distractors, relevant

    store = open_store()
    store.apply([(x.validate(), None, "add", "") for x in relevant(scope) + distractors(997, scope)], actor="bench")
    compile_digests(store)


def event(cwd: str, name: str, **extra) -> bytes:
    return json.dumps({"session_id": "bench-session", "transcript_path": "/tmp/t.jsonl", "cwd": cwd,
                       "hook_event_name": name, **extra}).encode()


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
        repo = Path(home) / "repo"
        (repo / ".git").mkdir(parents=True)
        seed_digest(home, f"project:{repo.resolve()}")
        data = payload(str(repo))
        clean = Path(home) / "clean-venv"
        venv.create(clean, with_pip=False)
        clean_python = str(clean / "bin" / "python")
        installed = hook_command(sys.executable, "claude-code")
        hook = shlex.split(installed.removesuffix(" || true"))  # the process itself
        commands = {
            "/bin/true": (["/bin/true"], None),
            "python -S -c pass": ([clean_python, "-S", "-c", "pass"], None),
            "python -c pass (clean venv)": ([clean_python, "-c", "pass"], None),
            "python -c pass (this venv)": ([sys.executable, "-c", "pass"], None),
            "hook PostToolUse (console script)": ([str(EXE), "hook", "claude-code"], data),
            "hook PostToolUse": (hook, data),
            "hook SessionStart (1k lessons)": (hook, event(str(repo), "SessionStart", source="startup")),
            "hook UserPromptSubmit (1k lessons)": (hook, event(str(repo), "UserPromptSubmit",
                                                               prompt="the payment test failed on CI, is it flaky?")),
        }
        plugin = [str(ROOT / "bin" / "second-nature-hook"), "claude-code"]
        plugin_env = {**env, "SECOND_NATURE_EXE": str(EXE), "XDG_CACHE_HOME": str(Path(home) / "cache"),
                      "CLAUDE_PLUGIN_ROOT": str(ROOT)}
        plugin_line = json.loads((ROOT / "hooks" / "hooks.json").read_text())["hooks"]["PostToolUse"][0]["hooks"][0]["command"]
        shell_forms = {"installed": ["sh", "-c", installed],
                       "plugin": ["sh", "-c", plugin_line.replace("${CLAUDE_PLUGIN_ROOT}", str(ROOT))]}
        wall(plugin, data, plugin_env)  # the plugin's launcher asks the executable once, then runs the launcher
        commands["hook PostToolUse (plugin launcher)"] = (plugin, data)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(3):  # warm the page cache
            for cmd, stdin in commands.values():
                wall(cmd, stdin, env)
        for _ in range(RUNS):
            for name, (cmd, stdin) in commands.items():
                times[name].append(wall(cmd, stdin, plugin_env if cmd is plugin else env))
        real = real_payloads(str(repo))
        per_payload: dict[str, list[list[float]]] = {how: [[] for _ in real] for how in (
            "installed", "plugin", "installed, through sh -c", "plugin, through sh -c", "reference")}
        for _ in range(REAL_RUNS):  # each payload beside its own reference run: ratios measured side by side
            for i, body in enumerate(real):
                per_payload["reference"][i].append(wall([clean_python, "-c", "pass"], None, env))
                per_payload["installed"][i].append(wall(hook, body, env))
                per_payload["plugin"][i].append(wall(plugin, body, plugin_env))
                per_payload["installed, through sh -c"][i].append(wall(shell_forms["installed"], body, env))
                per_payload["plugin, through sh -c"][i].append(wall(shell_forms["plugin"], body, plugin_env))
        lines = sum(1 for _ in open(Path(home) / "sessions" / "bench-session.jsonl"))
        digest_kb = sum(p.stat().st_size for p in (Path(home) / "digests").iterdir()) // 1024
    medians = {name: statistics.median(t) * 1000 for name, t in times.items()}
    base, floor = medians["python -c pass (clean venv)"], medians["python -S -c pass"]
    print(f"hook process wall time, {RUNS} runs each, interleaved ({len(data)}-byte PostToolUse payload, "
          f"{digest_kb} KB digest for 1,000 lessons)")
    print(f"  installed hook command: {' '.join(hook)}")
    print(f"  reference: {clean_python} -c pass (Python {sys.version.split()[0]})")
    for name, t in times.items():
        ms = sorted(x * 1000 for x in t)
        print(f"  {name:36s} median {medians[name]:6.1f} ms  p90 {ms[int(len(ms) * 0.9)]:6.1f} ms  "
              f"{medians[name] / base:4.2f}x clean venv  {medians[name] / floor:4.2f}x python -S")
    print(f"  session log lines written: {lines}")
    if not real:
        print(f"real payloads: none ({REAL} not found)")
        return
    sizes = sorted(len(body) for body in real)
    print(f"real PostToolUse payloads: {len(real)} from {REAL.parent.parent.name}, {sizes[0]}-{sizes[-1]} bytes "
          f"(median {sizes[len(sizes) // 2]}), {REAL_RUNS} interleaved runs each")
    for how in ("installed", "plugin", "installed, through sh -c", "plugin, through sh -c"):
        ratios = sorted(statistics.median(t) / statistics.median(r)
                        for t, r in zip(per_payload[how], per_payload["reference"], strict=True))
        print(f"  {how:25s} median {statistics.median(ratios):4.2f}x clean venv's python -c pass "
              f"(payloads: best {ratios[0]:4.2f}x, worst {ratios[-1]:4.2f}x, "
              f"{sum(r > 1.3 for r in ratios)} of {len(ratios)} over 1.3x)")


if __name__ == "__main__":
    main()
