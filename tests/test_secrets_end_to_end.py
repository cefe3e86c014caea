"""No secret survives anywhere under the data dir: 100+ kinds fed through all four capture paths (hook,
transcript ingest, middleware, callback), then a night, its reports and the learning curve, searched
byte by byte for each secret and for a 16-character piece of its middle."""

from __future__ import annotations

import json
import os
import subprocess

from langchain.agents import create_agent
from langchain.agents.middleware import ToolErrorMiddleware
from langchain_core.messages import AIMessage
from langchain_core.tools import tool

from secondnature.hooks.core.paths import HOME_ENV, Home, data_dir
from secondnature.hooks.core.redact import redact
from secondnature.hooks.core.spool import append
from secondnature.hooks.harnesses import claude_code
from secondnature.hooks.ingest import ingest_file
from secondnature.langgraph import CaptureCallback, SecondNatureMiddleware, flush
from secondnature.outcome import record_outcome
from secondnature.sleep.distill.train import captured_prompts
from secondnature.testing import ScriptedChatModel, tool_call

from conftest import EXE, git_repo, write_jsonl
from secret_corpus import BENIGN, corpus

ITEMS = corpus()


def pieces(secret: str) -> list[bytes]:
    middle = secret[len(secret) // 2 - 8: len(secret) // 2 + 8] if len(secret) >= 16 else secret
    return [secret.encode(), middle.encode()]


def leaks() -> list[str]:
    found = []
    for dirpath, _, files in os.walk(data_dir()):
        for name in files:
            with open(os.path.join(dirpath, name), "rb") as f:
                blob = f.read()
            found += [f"{kind} in {name}" for kind, _, secret in ITEMS if any(p in blob for p in pieces(secret))]
    return sorted(set(found))


def test_redaction_covers_every_kind_and_keeps_benign_text():
    assert len(ITEMS) >= 100
    missed = [kind for kind, text, secret in ITEMS if any(p.decode() in redact(text) for p in pieces(secret))]
    assert missed == []
    assert [text for text in BENIGN if redact(text) != text] == []


def test_no_secret_reaches_any_file_through_any_path(tmp_path, run_hook):
    repo = str(git_repo(tmp_path / "repo"))
    texts = [text for _, text, _ in ITEMS]
    # 1. hooks, in the hook process's code and once through the real executable
    for n, text in enumerate(texts):
        base = {"session_id": "hooked", "cwd": repo, "transcript_path": ""}
        append(claude_code.handle_hook({**base, "hook_event_name": "UserPromptSubmit", "prompt": text})[0])
        append(claude_code.handle_hook({**base, "hook_event_name": "PostToolUseFailure", "tool_name": "Bash",
                                        "tool_use_id": f"h{n}", "tool_input": {"command": text},
                                        "error": f"Exit code 1\n{text}"})[0])
    done = run_hook("claude-code", {"session_id": "hook-exe", "cwd": repo, "hook_event_name": "PostToolUse",
                                    "tool_name": "Bash", "tool_use_id": "x1", "tool_input": {"command": texts[0]},
                                    "tool_response": {"stdout": "\n".join(texts[:40])}})
    assert done.returncode == 0
    # 2. a transcript, ingested
    lines = []
    for n, text in enumerate(texts):
        common = {"sessionId": "transcribed", "cwd": repo, "gitBranch": "main", "isSidechain": False,
                  "timestamp": f"2026-11-20T10:{n // 60:02d}:{n % 60:02d}.000Z", "uuid": f"u{n}"}
        lines.append({**common, "type": "assistant", "message": {"id": f"m{n}", "role": "assistant", "content": [
            {"type": "tool_use", "id": f"t{n}", "name": "Bash", "input": {"command": text}}]}})
        lines.append({**common, "type": "user", "uuid": f"r{n}", "message": {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": f"t{n}", "content": text, "is_error": n % 2 == 0}]}})
    ingest_file(str(write_jsonl(tmp_path / "t" / "transcribed.jsonl", lines)), claude_code)

    # 3. the middleware and 4. the callback, in a real LangGraph agent whose tool returns secrets
    @tool
    def lookup(n: int) -> str:
        """Look up a configuration snippet."""
        return texts[n]

    def script() -> list:
        return [tool_call("lookup", {"n": n}, f"c{n}", texts[(n + 1) % len(texts)]) for n in range(len(texts))] + [
            AIMessage(content=texts[-1])]

    def on_error(error, request):
        return str(error)

    a = create_agent(ScriptedChatModel(responses=script()), tools=[lookup],
                     middleware=[SecondNatureMiddleware(agent="ops"), ToolErrorMiddleware(on_error)])
    a.invoke({"messages": [("user", texts[5])]}, config={"configurable": {"thread_id": "mw"}})
    b = create_agent(ScriptedChatModel(responses=script()), tools=[lookup], name="ops")
    b.invoke({"messages": [("user", texts[6])]}, config={"callbacks": [CaptureCallback()],
                                                         "configurable": {"thread_id": "cb"}})
    flush()
    record_outcome("mw", reward=-1.0, feedback="No, never paste keys: " + texts[7])
    # a night that mines lessons from commands holding secrets, its report and the learning curve
    mysql = next(text for kind, text, _ in ITEMS if kind == "mysql -p")
    for n in range(2):
        append(claude_code.handle_hook({"session_id": f"db{n}", "cwd": repo, "hook_event_name": "PostToolUseFailure",
                                        "tool_name": "Bash", "tool_use_id": f"d{n}a", "tool_input": {"command": mysql},
                                        "error": "Exit code 1\nERROR 2026: SSL connection is required"})[0])
        append(claude_code.handle_hook({"session_id": f"db{n}", "cwd": repo, "hook_event_name": "PostToolUse",
                                        "tool_name": "Bash", "tool_use_id": f"d{n}b",
                                        "tool_input": {"command": mysql + " --ssl-mode=REQUIRED"},
                                        "tool_response": {"stdout": "ok"}})[0])
    # the night in a process of its own, as cron runs it: the process that writes the lesson store never held a
    # raw secret (Chroma's index files can carry freed memory to disk); this test's process holds them all
    night = subprocess.run([str(EXE), "sleep", "--json"], capture_output=True, text=True, timeout=300,
                           env={**os.environ, HOME_ENV: data_dir(), "SECOND_NATURE_MODEL": ""})
    assert night.returncode == 0, night.stderr
    result = json.loads(night.stdout)
    assert result["status"] == "done" and any(op["op"] == "add" for op in result["report"]["operations"])
    # the report, as a user runs it, in a process of its own too: opening the store lets Chroma rewrite its index files,
    # and this test's process, which held every raw secret, could write its freed memory there (seen once in CI)
    report = subprocess.run([str(EXE), "report", "--html"], capture_output=True, text=True, timeout=300,
                            env={**os.environ, HOME_ENV: data_dir()})
    assert report.returncode == 0, report.stderr
    prompts = json.dumps(captured_prompts(Home.from_environment(), "agent:ops"))
    assert [kind for kind, _, secret in ITEMS if any(p.decode() in prompts for p in pieces(secret))] == []
    assert leaks() == []
