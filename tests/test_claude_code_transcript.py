"""Claude Code transcripts: lenient parsing, grouping split lines, pairing results, no duplicates."""

from __future__ import annotations

import json

import pytest

from secondnature.hooks.core.spool import read_session
from secondnature.hooks.harnesses import claude_code
from secondnature.hooks.ingest import ingest_file

from conftest import SAMPLES, git_repo, write_jsonl

SID = "9d0e2c4a-1111-4c2b-9f00-000000000001"


def line(kind: str, uuid: str, cwd: str, **extra) -> dict:
    return {"parentUuid": None, "isSidechain": False, "userType": "external", "cwd": cwd, "sessionId": SID,
            "version": "2.1.39", "gitBranch": "main", "type": kind, "uuid": uuid,
            "timestamp": f"2026-11-20T10:00:{int(uuid[1:]):02d}.000Z", **extra}


def assistant(uuid: str, cwd: str, msg_id: str, block: dict) -> dict:
    return line("assistant", uuid, cwd, requestId="req_1", message={
        "id": msg_id, "type": "message", "role": "assistant", "model": "claude-sonnet-5", "content": [block],
        "stop_reason": None, "usage": {"input_tokens": 10, "output_tokens": 5}})


def tool_result(uuid: str, cwd: str, call_id: str, content, is_error=False, extra=None) -> dict:
    return line("user", uuid, cwd, message={"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": call_id, "content": content, "is_error": is_error}]},
        toolUseResult=extra)


@pytest.fixture
def transcript(tmp_path):
    cwd = str(git_repo(tmp_path / "proj"))
    lines = [
        {"type": "file-history-snapshot", "messageId": "m0", "snapshot": {}, "isSnapshotUpdate": False},
        {"type": "some-future-line-type", "whatever": 1},
        line("user", "u01", cwd, message={"role": "user", "content": "The tests fail, please fix them"}),
        assistant("u02", cwd, "msg_A", {"type": "thinking", "thinking": "secret reasoning", "signature": "x"}),
        assistant("u03", cwd, "msg_A", {"type": "text", "text": "Let me run the tests."}),
        assistant("u04", cwd, "msg_A", {"type": "tool_use", "id": "toolu_1", "name": "Bash",
                                        "input": {"command": "pytest"}}),
        assistant("u05", cwd, "msg_A", {"type": "tool_use", "id": "toolu_2", "name": "Read",
                                        "input": {"file_path": "/p/setup.cfg"}}),
        # results arrive out of order
        tool_result("u06", cwd, "toolu_2", [{"type": "text", "text": "[tool:pytest]\naddopts=-x"}],
                    extra={"type": "text", "file": {"filePath": "/p/setup.cfg"}}),
        tool_result("u07", cwd, "toolu_1", "Exit code 2\nERROR: fixture 'db' not found", is_error=True,
                    extra={"stdout": "", "stderr": "fixture 'db' not found", "interrupted": False}),
        assistant("u08", cwd, "msg_B", {"type": "text", "text": "The db fixture needs make test."}),
        assistant("u09", cwd, "msg_B", {"type": "tool_use", "id": "toolu_3", "name": "Bash",
                                        "input": {"command": "make test"}}),
        line("system", "u10", cwd, subtype="turn_duration", durationMs=1200),
        tool_result("u11", cwd, "toolu_3", "12 passed", extra={"stdout": "12 passed", "stderr": "",
                                                                "interrupted": False}),
        line("system", "u12", cwd, subtype="compact_boundary", content="Conversation compacted",
             compactMetadata={"trigger": "auto", "preTokens": 155000}),
        line("user", "u13", cwd, isCompactSummary=True,
             message={"role": "user", "content": "This session is being continued from a previous conversation"}),
        line("user", "u14", cwd, isMeta=True, message={"role": "user", "content": "<command-message>x</command-message>"}),
        line("user", "u15", cwd, message={"role": "user", "content": "<command-name>/review</command-name>\n"
                                                                      "<command-args>src/</command-args>"}),
        line("user", "u16", cwd, message={"role": "user", "content": [{"type": "text",
                                                                       "text": "[Request interrupted by user]"}]}),
        line("user", "u17", cwd, message={"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_4",
                                                                       "content": "rejected", "is_error": True}]},
             toolUseResult="User rejected tool use"),
        line("user", "u18", cwd, message="not-a-dict"),  # a known type with an unexpected shape
    ]
    return write_jsonl(tmp_path / "projects" / "-proj" / f"{SID}.jsonl", lines,
                       torn_tail='{"type":"assistant","message":{"id":"msg_C","content":[{"type":"te'), cwd


def test_parse_is_lenient_and_complete(transcript):
    path, cwd = transcript
    t = claude_code.parse_transcript(str(path))
    assert t.session_id == SID
    assert t.skipped == 2  # the odd-shaped line and the torn last line
    assert any("torn last line" in p for p in t.problems)
    assert t.ignored["some-future-line-type"] == 1 and t.ignored["file-history-snapshot"] == 1
    kinds = [e.kind for e in t.events]
    assert kinds == ["session_start", "user_prompt", "assistant_message", "tool_call", "tool_call", "tool_result",
                     "tool_result", "assistant_message", "tool_call", "tool_result", "compaction", "compaction",
                     "user_prompt", "error", "tool_result"]
    assert "secret reasoning" not in json.dumps([e.data for e in t.events])  # thinking omitted


def test_split_lines_group_by_message_and_results_pair_by_id(transcript):
    path, _ = transcript
    events = claude_code.parse_transcript(str(path)).events
    texts = [e.data["text"] for e in events if e.kind == "assistant_message"]
    assert texts == ["Let me run the tests.", "The db fixture needs make test."]
    results = {e.data["call_id"]: e.data for e in events if e.kind == "tool_result"}
    assert results["toolu_1"]["tool"] == "Bash" and results["toolu_1"]["ok"] is False
    assert results["toolu_1"]["exit_code"] == 2 and "fixture 'db'" in results["toolu_1"]["error"]
    assert results["toolu_2"]["tool"] == "Read" and results["toolu_2"]["ok"] is True
    assert results["toolu_3"]["exit_code"] == 0 and results["toolu_3"]["output"]["stdout"] == "12 passed"
    assert results["toolu_4"]["status"] == "rejected"
    slash = [e.data for e in events if e.kind == "user_prompt"][1]
    assert slash == {"text": "/review src/", "slash_command": True, "via": "transcript"}
    assert [e.data.get("interrupted") for e in events if e.kind == "error"] == [True]
    assert events[11].data["summary"].startswith("This session is being continued")


def test_ingest_is_idempotent_and_merges_with_hook_events(transcript, run_hook):
    path, cwd = transcript
    # the hooks saw the prompt and the failing Bash call live
    run_hook("claude-code", {"session_id": SID, "cwd": cwd, "hook_event_name": "UserPromptSubmit",
                             "prompt": "The tests fail, please fix them"})
    run_hook("claude-code", {"session_id": SID, "cwd": cwd, "hook_event_name": "PostToolUseFailure",
                             "tool_name": "Bash", "tool_use_id": "toolu_1", "tool_input": {"command": "pytest"},
                             "error": "Exit code 2\nERROR: fixture 'db' not found"})
    first = ingest_file(str(path), claude_code)
    assert first.already == 3 and first.added == 12
    second = ingest_file(str(path), claude_code)
    assert second.added == 0 and second.already == 15
    log = read_session(SID)
    assert len(log.events) == 15
    assert sum(1 for e in log.events if e.kind == "user_prompt" and "tests fail" in e.data["text"]) == 1


def test_subagent_transcript_lands_in_the_parent_session(tmp_path):
    cwd = str(git_repo(tmp_path / "proj"))
    sub = [dict(line("user", "u01", cwd, message={"role": "user", "content": "Explore the renderer"}),
                isSidechain=True, agentId="a2898e3"),
           dict(assistant("u02", cwd, "msg_S", {"type": "tool_use", "id": "toolu_s", "name": "Grep",
                                               "input": {"pattern": "render"}}), isSidechain=True, agentId="a2898e3")]
    path = write_jsonl(tmp_path / "projects" / "-proj" / SID / "subagents" / "agent-a2898e3.jsonl", sub)
    ingest_file(str(path), claude_code)
    events = read_session(SID).events
    assert events[-1].kind == "tool_call" and events[-1].data["agent_id"] == "a2898e3"


@pytest.mark.skipif(not (SAMPLES / "claude").is_dir(), reason="shared samples not present")
@pytest.mark.parametrize("name", sorted(p.name for p in (SAMPLES / "claude").glob("*.jsonl"))
                         if (SAMPLES / "claude").is_dir() else [])
def test_real_claude_code_transcripts_parse_cleanly(name):
    t = claude_code.parse_transcript(str(SAMPLES / "claude" / name))
    assert t.skipped == 0 and t.session_id and t.events
    calls = {e.data["call_id"] for e in t.events if e.kind == "tool_call"}
    for result in (e for e in t.events if e.kind == "tool_result"):
        assert result.data["call_id"] in calls  # every result pairs with its call
