"""Codex CLI rollouts (current and legacy formats) and hook payloads."""

from __future__ import annotations

import json
import os

import pytest

from secondnature.hooks.core.spool import read_session
from secondnature.hooks.harnesses import codex
from secondnature.hooks.ingest import ingest_file

from conftest import SAMPLES, git_repo, write_jsonl

UUID = "019b64e5-8f53-7d21-bb2a-3c8e5a1f0c11"


def env(ts: str, typ: str, payload: dict) -> dict:
    return {"timestamp": ts, "type": typ, "payload": payload}


@pytest.fixture
def rollout(tmp_path):
    cwd = str(git_repo(tmp_path / "svc"))
    t = "2026-11-20T09:00:0{}.000Z"
    lines = [
        env(t.format(0), "session_meta", {"id": UUID, "timestamp": t.format(0), "cwd": cwd, "originator": "codex_cli_rs",
                                          "cli_version": "0.135.0", "source": "cli", "model_provider": "openai",
                                          "git": {"branch": "main"}, "base_instructions": {"text": "You are Codex"}}),
        env(t.format(1), "response_item", {"type": "message", "role": "user", "content": [
            {"type": "input_text", "text": f"<environment_context>\n  <cwd>{cwd}</cwd>\n</environment_context>"}]}),
        env(t.format(1), "turn_context", {"turn_id": "t1", "cwd": cwd, "model": "gpt-5-codex", "approval_policy": "on-request"}),
        env(t.format(2), "response_item", {"type": "message", "role": "user", "content": [
            {"type": "input_text", "text": "make the build green"}]}),
        env(t.format(2), "event_msg", {"type": "user_message", "message": "make the build green", "images": []}),
        env(t.format(3), "response_item", {"type": "reasoning", "summary": [], "encrypted_content": "..."}),
        env(t.format(3), "response_item", {"type": "function_call", "name": "shell", "call_id": "call_1",
                                           "arguments": json.dumps({"command": ["bash", "-lc", "cargo test"]})}),
        env(t.format(4), "event_msg", {"type": "exec_command_end", "call_id": "call_1", "command": ["cargo", "test"],
                                       "aggregated_output": "error[E0433]: failed to resolve", "exit_code": 101,
                                       "duration": {"secs": 3, "nanos": 0}}),
        env(t.format(4), "response_item", {"type": "function_call_output", "call_id": "call_1",
                                           "output": "Exit code: 101\nWall time: 3.0 seconds\nOutput:\nerror[E0433]"}),
        env(t.format(5), "response_item", {"type": "custom_tool_call", "name": "apply_patch", "call_id": "call_2",
                                           "input": "*** Begin Patch\n*** Update File: src/lib.rs\n*** End Patch"}),
        env(t.format(5), "response_item", {"type": "custom_tool_call_output", "call_id": "call_2",
                                           "output": json.dumps({"output": "Success. Updated src/lib.rs",
                                                                 "metadata": {"exit_code": 0}})}),
        env(t.format(6), "event_msg", {"type": "agent_message", "message": "Fixed the import; tests pass now."}),
        env(t.format(6), "response_item", {"type": "message", "role": "assistant",
                                           "content": [{"type": "output_text", "text": "Fixed the import; tests pass now."}]}),
        env(t.format(7), "event_msg", {"type": "token_count", "info": None}),
        env(t.format(8), "world_state", {"anything": True}),
        env(t.format(9), "event_msg", {"type": "turn_aborted", "reason": "interrupted"}),
    ]
    path = tmp_path / "sessions" / "2026" / "11" / "20" / f"rollout-2026-11-20T09-00-00-{UUID}.jsonl"
    return write_jsonl(path, lines, torn_tail='{"timestamp":"x","type":"event_msg","pay'), cwd


def test_current_format(rollout):
    path, cwd = rollout
    t = codex.parse_transcript(str(path))
    assert t.session_id == UUID and t.skipped == 1
    assert [e.kind for e in t.events] == ["session_start", "user_prompt", "tool_call", "tool_result", "tool_call",
                                          "tool_result", "assistant_message", "error"]
    assert {e.scope for e in t.events} == {f"project:{os.path.realpath(cwd)}"}
    shell = t.events[3].data
    assert shell["ok"] is False and shell["exit_code"] == 101 and "E0433" in shell["output"]
    patch = t.events[5].data
    assert patch["tool"] == "apply_patch" and patch["ok"] is True and patch["output"] == "Success. Updated src/lib.rs"
    assert t.events[2].data["input"] == {"command": ["bash", "-lc", "cargo test"]}
    assert t.ignored["world_state"] == 1


def test_legacy_format(tmp_path):
    cwd = str(git_repo(tmp_path / "old"))
    lines = [
        {"id": "5973b6c0-94b8-487b-a530-2aeb6098ae0e", "timestamp": "2025-08-01T10:00:00.000Z",
         "instructions": None, "git": {"commit_hash": "abc", "branch": "main"}},
        {"record_type": "state"},
        {"type": "message", "role": "user", "content": [
            {"type": "input_text", "text": f"<environment_context>\n<cwd>{cwd}</cwd>\n</environment_context>"}]},
        {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "list the files"}]},
        {"type": "function_call", "name": "shell", "call_id": "c1", "arguments": "{\"command\": [\"ls\"]}"},
        {"type": "function_call_output", "call_id": "c1",
         "output": json.dumps({"output": "Cargo.toml\nsrc\n", "metadata": {"exit_code": 0, "duration_seconds": 0.1}})},
        {"record_type": "state"},
        {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "Two entries."}]},
    ]
    path = write_jsonl(tmp_path / "rollout-2025-08-01T10-00-00-5973b6c0-94b8-487b-a530-2aeb6098ae0e.jsonl", lines)
    t = codex.parse_transcript(str(path))
    assert t.session_id == "5973b6c0-94b8-487b-a530-2aeb6098ae0e" and t.skipped == 0
    assert [(e.kind, e.data.get("text")) for e in t.events] == [
        ("session_start", None), ("user_prompt", "list the files"), ("tool_call", None), ("tool_result", None),
        ("assistant_message", "Two entries.")]
    assert t.events[3].data["exit_code"] == 0 and t.events[3].data["output"] == "Cargo.toml\nsrc\n"
    assert all(e.scope == f"project:{os.path.realpath(cwd)}" for e in t.events)


def test_ingest_dedupes_shell_results_and_reruns(rollout):
    path, _ = rollout
    assert ingest_file(str(path), codex).added == 8
    assert ingest_file(str(path), codex).added == 0
    results = [e for e in read_session(UUID).events if e.kind == "tool_result"]
    assert [r.data["call_id"] for r in results] == ["call_1", "call_2"]


def test_hook_payloads(tmp_path, run_hook):
    cwd = str(git_repo(tmp_path / "svc"))
    common = {"session_id": UUID, "transcript_path": None, "cwd": cwd, "model": "gpt-5-codex",
              "permission_mode": "default"}
    run_hook("codex", {**common, "hook_event_name": "SessionStart", "source": "startup"})
    run_hook("codex", {**common, "hook_event_name": "UserPromptSubmit", "turn_id": "t1", "prompt": "fix ci"})
    run_hook("codex", {**common, "hook_event_name": "PostToolUse", "turn_id": "t1", "tool_name": "Bash",
                       "tool_use_id": "c9", "tool_input": {"command": "npm test"},
                       "tool_response": "Exit code: 1\nWall time: 2.1 seconds\nOutput:\n1 failing"})
    stop = run_hook("codex", {**common, "hook_event_name": "Stop", "turn_id": "t1", "stop_hook_active": False,
                              "last_assistant_message": "CI is red because of one test."})
    assert stop.returncode == 0 and json.loads(stop.stdout) == {}  # Codex wants JSON from Stop hooks
    events = read_session(UUID).events
    assert {e.harness for e in events} == {"codex"}
    assert [e.kind for e in events] == ["session_start", "user_prompt", "tool_call", "tool_result",
                                        "assistant_message"]
    assert events[3].data["ok"] is False and events[3].data["exit_code"] == 1


@pytest.mark.skipif(not (SAMPLES / "codex").is_dir(), reason="shared samples not present")
def test_real_codex_rollouts_parse_cleanly():
    for path in sorted((SAMPLES / "codex").glob("*.jsonl")):
        t = codex.parse_transcript(str(path))
        assert t.skipped == 0 and t.session_id, path.name
        prompts = [e for e in t.events if e.kind == "user_prompt"]
        assert len(prompts) == 1, path.name  # scaffolding (AGENTS.md, environment_context) is not a prompt
        assert t.events[0].kind == "session_start" and t.events[0].scope.startswith("project:/")
