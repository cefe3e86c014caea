"""Do the transcript parsers see what is there? Per harness, tool calls, results and failures as parsed
(through ``sessions ingest`` and the episode reader) against an independent count from the raw lines.

The independent count reads the JSON with no code of ours: Claude Code ``tool_use`` blocks and
``tool_result`` blocks (``is_error`` for failures of any kind); Codex ``function_call``/``custom_tool_call``
items and web searches (``write_stdin`` polls belong to the command they poll, so they are not calls of their own) and
non-zero exits, from ``exec_command_end`` or the output text (``Exit code: N``,
``Process exited with code N``, JSON ``metadata.exit_code``), one per call.

Usage: python bench/parse_fidelity.py [REAL_SESSIONS_DIR]
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "reference", "real-sessions")
_EXIT = re.compile(r"(?:^|\n)\s*(?:Exit code:?|Process exited with code)\s*(-?\d+)")


def independent(corpus: str) -> dict[str, Counter]:
    counts = {"claude-code": Counter(), "codex": Counter()}
    seen: set[tuple[str, str]] = set()
    for dirpath, _, files in os.walk(corpus):
        for name in files:
            if not name.endswith(".jsonl"):
                continue
            harness = "codex" if name.startswith("rollout-") else "claude-code"
            c, failed_calls, polls, running = counts[harness], set(), {}, {}
            with open(os.path.join(dirpath, name), encoding="utf-8", errors="replace") as f:
                for raw in f:
                    try:
                        obj = json.loads(raw)
                    except ValueError:
                        continue
                    if not isinstance(obj, dict):
                        continue
                    if harness == "claude-code":
                        message = obj.get("message") if isinstance(obj.get("message"), dict) else {}
                        for block in message.get("content") if isinstance(message.get("content"), list) else []:
                            if isinstance(block, dict) and block.get("type") == "tool_use":
                                c["calls"] += 1
                            elif isinstance(block, dict) and block.get("type") == "tool_result":
                                # a forked or resumed transcript repeats earlier results: count each once
                                key = (obj.get("sessionId") or name, block.get("tool_use_id"))
                                c["results"] += key not in seen
                                c["failures"] += bool(block.get("is_error")) and key not in seen
                                seen.add(key)
                        continue
                    p = obj.get("payload") if isinstance(obj.get("payload"), dict) else obj
                    kind = p.get("type")
                    if kind in ("function_call", "custom_tool_call", "local_shell_call", "web_search_call"):
                        if p.get("name") == "write_stdin":
                            polls[p.get("call_id")] = "".join(re.findall(r'session_id\\?"?\s*:\s*(\d+)', str(p.get("arguments")))[:1])
                        else:
                            c["calls"] += 1
                    elif kind == "exec_command_end" and isinstance(p.get("exit_code"), int) and p["exit_code"]:
                        failed_calls.add(p.get("call_id"))
                    elif kind in ("function_call_output", "custom_tool_call_output"):
                        out = p.get("output")
                        text = out if isinstance(out, str) else json.dumps(out)
                        m = _EXIT.search(text) or re.search(r'"exit_code\\?":\s*(-?\d+)', text)
                        started = re.search(r"Process running with session ID (\d+)", text)
                        if started and p.get("call_id") not in polls:  # a poll of a running command says so too
                            running[started.group(1)] = p.get("call_id")
                        call = running.get(polls[p.get("call_id")]) if p.get("call_id") in polls else p.get("call_id")
                        if m and int(m.group(1)) != 0:
                            failed_calls.add(call)
            counts[harness]["failures"] += len(failed_calls) if harness == "codex" else 0
    return counts


def parsed(corpus: str) -> dict[str, Counter]:
    home = tempfile.mkdtemp(prefix="sn-parse-")
    try:
        shutil.copytree(os.path.join(corpus, "claude"), os.path.join(home, ".claude"))
        shutil.copytree(os.path.join(corpus, "codex"), os.path.join(home, ".codex"))
        os.environ.update(HOME=home, SECOND_NATURE_HOME=os.path.join(home, "sn"))
        os.environ.pop("CLAUDE_CONFIG_DIR", None)
        os.environ.pop("CODEX_HOME", None)
        from secondnature.hooks.core.spool import read_session, session_paths
        from secondnature.hooks.harnesses import claude_code, codex
        from secondnature.hooks.ingest import ingest_file, transcript_files
        from secondnature.sleep.episodes import episode

        for adapter in (claude_code, codex):
            for path in transcript_files(adapter):
                ingest_file(path, adapter)
        counts = {"claude-code": Counter(), "codex": Counter()}
        for path in session_paths():
            log = read_session(path)
            c = counts[log.harness]
            c["calls"] += sum(e.kind == "tool_call" for e in log.events)
            c["results"] += sum(e.kind == "tool_result" for e in log.events)
            for step in episode(log).steps:
                c[f"status {step.status or 'none'}"] += 1
            c["failures"] += sum(e.kind == "tool_result" and e.data.get("ok") is False for e in log.events)
        return counts
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    corpus = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else DEFAULT)
    if not os.path.isdir(corpus):
        sys.exit(f"no real sessions at {corpus}")
    ours, theirs = parsed(corpus), independent(corpus)
    for harness in ("claude-code", "codex"):
        print(f"{harness}:")
        for key in ("calls", "results", "failures"):
            if harness == "codex" and key == "results":
                continue
            mark = "=" if ours[harness][key] == theirs[harness][key] else "≠"
            print(f"  {key:<9} parsed {ours[harness][key]:>5} {mark} independent {theirs[harness][key]:>5}")
        kinds = ", ".join(f"{k[7:]} {n}" for k, n in sorted(ours[harness].items()) if k.startswith("status "))
        print(f"  steps by status: {kinds}")


if __name__ == "__main__":
    main()
