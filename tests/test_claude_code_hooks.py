"""The Claude Code hook process, run for real: every event, hostile input, no heavy imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from secondnature.hooks.core.log import log_file
from secondnature.hooks.core.paths import digest_file, write_private
from secondnature.hooks.core.spool import read_session

from conftest import git_repo

SID = "00893aaf-19fa-41d2-8238-13269b9b3ca0"


@pytest.fixture
def repo(tmp_path):
    return git_repo(tmp_path / "shop-api")


def base(repo, event: str, **extra) -> dict:
    return {"session_id": SID, "transcript_path": f"/home/u/.claude/projects/-shop-api/{SID}.jsonl",
            "cwd": str(repo), "permission_mode": "default", "hook_event_name": event, **extra}


def payloads(repo) -> list[dict]:
    return [
        base(repo, "SessionStart", source="startup", model="claude-sonnet-5"),
        base(repo, "UserPromptSubmit", prompt="Run the tests and fix what fails", prompt_id="p-1"),
        base(repo, "PostToolUse", tool_name="Bash", tool_use_id="toolu_01A",
             tool_input={"command": "npm test", "description": "Run test suite", "timeout": 120000,
                         "run_in_background": False},
             tool_response={"stdout": "12 passing", "stderr": "", "interrupted": False, "isImage": False},
             duration_ms=812),
        base(repo, "PostToolUseFailure", tool_name="Bash", tool_use_id="toolu_01B",
             tool_input={"command": "npm run lint"}, error="Exit code 1\nerror: 3 problems", duration_ms=95),
        base(repo, "PostToolUse", tool_name="Write", tool_use_id="toolu_01C",
             tool_input={"file_path": f"{repo}/a.js", "content": "x"},
             tool_response={"filePath": f"{repo}/a.js", "success": True}),
        base(repo, "PostToolUse", tool_name="Read", tool_use_id="toolu_01D", agent_id="agent-def456",
             agent_type="Explore", tool_input={"file_path": f"{repo}/README.md"},
             tool_response={"type": "text", "file": {"filePath": f"{repo}/README.md", "content": "# shop"}}),
        base(repo, "SubagentStop", stop_hook_active=False, agent_id="agent-def456", agent_type="Explore",
             agent_transcript_path=f"/home/u/.claude/projects/-shop-api/{SID}/subagents/agent-def456.jsonl",
             last_assistant_message="The README describes the shop API.", background_tasks=[], session_crons=[]),
        base(repo, "PreCompact", trigger="auto", custom_instructions=""),
        base(repo, "Stop", stop_hook_active=False, last_assistant_message="Fixed the lint errors; tests pass.",
             background_tasks=[], session_crons=[]),
        base(repo, "SessionEnd", reason="prompt_input_exit"),
    ]


def test_every_event_is_captured(repo, run_hook):
    for payload in payloads(repo):
        proc = run_hook("claude-code", payload)
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == b""
    log = read_session(SID)
    assert log.skipped == 0
    kinds = [e.kind for e in log.events]
    assert kinds == ["session_start", "user_prompt", "tool_call", "tool_result", "tool_call", "tool_result",
                     "tool_call", "tool_result", "tool_call", "tool_result", "assistant_message", "compaction",
                     "assistant_message", "session_end"]
    assert {e.harness for e in log.events} == {"claude-code"}
    assert {e.scope for e in log.events} == {f"project:{repo.resolve()}"}
    results = [e.data for e in log.events if e.kind == "tool_result"]
    assert results[0]["ok"] is True and results[0]["exit_code"] == 0 and results[0]["duration_ms"] == 812
    assert results[1]["ok"] is False and results[1]["exit_code"] == 1 and "3 problems" in results[1]["error"]
    assert results[3]["agent_id"] == "agent-def456" and results[3]["agent_type"] == "Explore"
    subagent_stop = log.events[10].data
    assert subagent_stop["agent_id"] == "agent-def456" and subagent_stop["text"].startswith("The README")
    assert log.events[1].data == {"text": "Run the tests and fix what fails", "prompt_id": "p-1"}
    assert log.events[-1].data["reason"] == "prompt_input_exit"


def test_hook_from_a_subdirectory_uses_the_repository_scope(repo, run_hook):
    (repo / "src").mkdir()
    run_hook("claude-code", base(repo, "UserPromptSubmit", prompt="hi", cwd=str(repo / "src")))
    assert read_session(SID).events[0].scope == f"project:{repo.resolve()}"


def test_secrets_in_tool_output_never_reach_disk(repo, run_hook, home):
    payload = base(repo, "PostToolUse", tool_name="Bash", tool_use_id="t1", tool_input={"command": "cat .env"},
                   tool_response={"stdout": "OPENAI_API_KEY=sk-proj-0123456789abcdefghijklmnop\nDEBUG=1",
                                  "stderr": ""})
    run_hook("claude-code", payload)
    raw = (home / "sessions" / f"{SID}.jsonl").read_text()
    assert "0123456789abcdefghij" not in raw and "DEBUG=1" in raw


@pytest.mark.parametrize("stdin", [
    b"", b"   \n", b"not json at all", b"[1, 2, 3]", b'"a string"', b'{"hook_event_name": "PostToolUse"}',
    b'{"session_id": "x", "hook_event_name": "SomethingNew"}', b"\xff\xfe\x00\x01binary\x80",
    b'{"session_id": "x", "hook_event_name": "UserPromptSubmit", "prompt": "caf\xe9 \xff"}',
], ids=["empty", "blank", "garbage", "array", "string", "no-session", "unknown-event", "binary", "latin1"])
def test_garbage_stdin_exits_zero_and_is_logged(stdin, run_hook, home):
    proc = run_hook("claude-code", stdin)
    assert proc.returncode == 0 and proc.stdout == b"" and proc.stderr == b""
    if stdin.startswith(b'{"session_id": "x", "hook_event_name": "UserPromptSubmit"'):
        assert read_session("x").events[0].data["text"].startswith("caf")  # decoded with replacement
    else:
        assert "hook claude-code" in open(log_file()).read()


def test_huge_stdin_is_captured_truncated(repo, run_hook, home):
    output = "line of build output\n" * 500_000  # 10.5 MB
    payload = base(repo, "PostToolUse", tool_name="Bash", tool_use_id="t-big", tool_input={"command": "make"},
                   tool_response={"stdout": output, "stderr": ""})
    proc = run_hook("claude-code", payload)
    assert proc.returncode == 0
    result = read_session(SID).events[1].data
    assert f"{len(output)} chars in all" in result["output"]["stdout"]
    assert os.path.getsize(home / "sessions" / f"{SID}.jsonl") < 100_000


def test_unwritable_data_dir_still_exits_zero(repo, run_hook, tmp_path):
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    proc = run_hook("claude-code", base(repo, "UserPromptSubmit", prompt="hi"),
                    env={"SECOND_NATURE_HOME": str(blocker / "home")})
    assert proc.returncode == 0 and proc.stderr == b""


def test_unknown_harness_exits_zero(run_hook):
    assert run_hook("no-such-harness", b"{}").returncode == 0


HEAVY = ["chromadb", "langchain", "langchain_core", "langgraph", "tiktoken", "numpy", "torch", "click",
         "pydantic", "watchdog", "transformers"]


def test_hook_path_imports_only_the_standard_library(repo):
    """Run the hook entry point in a fresh interpreter and list what it imported."""
    payload = json.dumps(base(repo, "PostToolUse", tool_name="Bash", tool_use_id="t", tool_input={},
                              tool_response={}))
    code = "\n".join([
        "import sys",
        "sys.argv = ['second-nature', 'hook', 'claude-code']",
        "from secondnature.entry import main",
        "try:\n    main()\nexcept SystemExit:\n    pass",
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))",
    ])
    proc = subprocess.run([sys.executable, "-c", code], input=payload, capture_output=True, text=True,
                          env=os.environ, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"
    assert len(read_session(SID).events) == 2  # it really ran


def test_session_start_injects_the_digest_and_records_it(sn_home, repo, run_hook):
    scope = f"project:{repo.resolve()}"
    text = "Lessons learned in this repository:\n- [3f2a] Run the suite with `make test`; plain pytest misses fixtures."
    write_private(digest_file(sn_home, scope), json.dumps({"scope": scope, "text": text, "lesson_ids": ["3f2a"]}).encode())
    proc = run_hook("claude-code", base(repo, "SessionStart", source="startup"))
    out = json.loads(proc.stdout)
    assert out["hookSpecificOutput"]["hookEventName"] == "SessionStart"
    assert out["hookSpecificOutput"]["additionalContext"] == text
    shown = [e for e in read_session(SID).events if e.kind == "lessons_shown"]
    assert shown[0].data["lesson_ids"] == ["3f2a"] and shown[0].data["where"] == "session_start"


def test_injection_is_capped_at_ten_thousand_characters(sn_home, repo, run_hook):
    scope = f"project:{repo.resolve()}"
    write_private(digest_file(sn_home, scope), json.dumps({"text": "x" * 50_000, "lesson_ids": []}).encode())
    out = json.loads(run_hook("claude-code", base(repo, "SessionStart", source="resume")).stdout)
    assert len(out["hookSpecificOutput"]["additionalContext"]) <= 10_000


def test_session_start_without_digest_prints_nothing(repo, run_hook):
    proc = run_hook("claude-code", base(repo, "SessionStart", source="startup"))
    assert proc.returncode == 0 and proc.stdout == b""


def test_cursor_payloads_are_recognised(repo, run_hook):
    run_hook("claude-code", {"conversation_id": "cur-1", "generation_id": "g", "hook_event_name": "beforeSubmitPrompt",
                             "cursor_version": "1.7", "workspace_roots": [str(repo)], "prompt": "refactor this"})
    event = read_session("cur-1").events[0]
    assert event.harness == "cursor" and event.data["text"] == "refactor this"
    assert event.scope == f"project:{repo.resolve()}"
