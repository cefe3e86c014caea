"""One registry of harnesses: every adapter against the declared interface, and the two added through it
(Gemini CLI and Cursor) end to end: their hook payloads and transcripts in the documented formats,
install/uninstall, ingest, watch, doctor, and a night that learns from them."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from secondnature.cli import cli
from secondnature.hooks import runner
from secondnature.hooks.core.spool import read_session
from secondnature.hooks.harnesses import cursor, gemini, registry
from secondnature.lessons.compile import compile_digests
from secondnature.lessons.model import Lesson
from secondnature.lessons.store import open_store
from secondnature.sleep.job import SleepOptions, run_sleep

from conftest import git_repo


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("name", registry.NAMES)
def test_every_harness_meets_the_interface_and_installs_reversibly(name, tmp_path, monkeypatch):
    module = registry.get(name)
    assert isinstance(module, registry.Harness) and module.HARNESS == name and module.HOOK_EVENTS
    assert runner.adapter(name) is module  # the hook process finds it by the registry's convention
    assert all(callable(getattr(module, f)) for f in ("handle_hook", "parse_transcript", "transcript_roots",
                                                      "is_transcript", "settings_path", "install", "uninstall"))
    path = tmp_path / "settings" / "file.json"
    path.parent.mkdir()
    theirs = {"hooks": {"SessionStart": [{"hooks": [{"type": "command", "command": "echo mine"}]}]}} \
        if name != "cursor" else {"version": 1, "hooks": {"stop": [{"command": "./audit.sh"}]}}
    path.write_text(json.dumps(theirs))
    before, after = module.install(str(path), "/venv/bin/python")
    assert before == theirs and set(module.HOOK_EVENTS) <= set(after["hooks"])
    path.write_text(json.dumps(after))
    assert module.install(str(path), "/venv/bin/python")[1] == after
    assert module.uninstall(str(path))[1] == theirs


def test_the_hook_process_refuses_what_is_not_a_harness():
    for name in ("sink", "../x", "runner", "nope"):
        with pytest.raises(ValueError, match="unknown harness"):
            runner.adapter(name)


@pytest.fixture
def repo_with_lessons(tmp_path):
    repo = git_repo(tmp_path / "shop")
    store = open_store()
    scope = f"project:{repo.resolve()}"
    lessons = [Lesson(title="", text="Run the suite with make test; plain pytest misses the db fixtures.", scope=scope),
               Lesson(title="", text="The payment tests are flaky on CI; rerun them once before digging in.", scope=scope,
                      when="the payment test failed on CI")]
    store.apply([(x.validate(), None, "add", "") for x in lessons], actor="test")
    compile_digests(store)
    return repo, lessons


# -------------------------------------------------------------------------------- Gemini CLI


def test_gemini_hooks_capture_and_inject(repo_with_lessons, run_hook):
    repo, lessons = repo_with_lessons
    base = {"session_id": "gem-1", "cwd": str(repo), "transcript_path": "/x/chats/session-1.json",
            "timestamp": "2026-11-20T10:00:00Z"}
    start = run_hook("gemini", {**base, "hook_event_name": "SessionStart", "source": "startup"})
    context = json.loads(start.stdout)["hookSpecificOutput"]
    assert start.returncode == 0 and context["hookEventName"] == "SessionStart"
    assert f"[{lessons[0].short_id}]" in context["additionalContext"]
    run_hook("gemini", {**base, "hook_event_name": "BeforeAgent", "prompt": "why do the tests fail?"})
    run_hook("gemini", {**base, "hook_event_name": "AfterAgent", "prompt": "why", "prompt_response": "Use make test."})
    run_hook("gemini", {**base, "hook_event_name": "SessionEnd", "reason": "exit"})
    log = read_session("gem-1")
    assert [e.kind for e in log.events] == ["session_start", "lessons_shown", "user_prompt", "assistant_message",
                                            "session_end"]
    assert {e.harness for e in log.events} == {"gemini"} and log.scope == f"project:{repo.resolve()}"


def gemini_recording(root, repo, session="5f1c2c7e-0000-4000-8000-00000000abcd") -> str:
    """A chat recording as Gemini CLI writes it (ConversationRecord), with a `.project_root` beside."""
    folder = root / "tmp" / "0f3a9c" / "chats"
    folder.mkdir(parents=True)
    (folder.parent / ".project_root").write_text(str(repo))
    shell = {"name": "run_shell_command", "status": "success", "timestamp": "2026-11-20T10:00:05Z"}
    record = {"sessionId": session, "projectHash": "0f3a9c", "startTime": "2026-11-20T10:00:00Z",
              "lastUpdated": "2026-11-20T10:01:00Z", "messages": [
                  {"id": "m1", "timestamp": "2026-11-20T10:00:01Z", "type": "user", "content": "run the tests"},
                  {"id": "m2", "timestamp": "2026-11-20T10:00:04Z", "type": "gemini", "content": "Running them.",
                   "toolCalls": [
                       {**shell, "id": "run_shell_command-1", "args": {"command": "pytest"},
                        "result": [{"functionResponse": {"id": "run_shell_command-1", "name": "run_shell_command",
                                                         "response": {"output": "Command: pytest\nDirectory: (root)\n"
                                                                      "Output: E fixture 'db' not found\nError: (none)\n"
                                                                      "Exit Code: 1\nSignal: (none)"}}}]},
                       {**shell, "id": "run_shell_command-2", "args": {"command": "make test"},
                        "result": [{"functionResponse": {"id": "run_shell_command-2", "name": "run_shell_command",
                                                         "response": {"output": "Command: make test\nOutput: 42 passed\n"
                                                                      "Exit Code: 0"}}}]},
                       {"id": "read_file-3", "name": "read_file", "args": {"absolute_path": "/nope"}, "status": "error",
                        "timestamp": "2026-11-20T10:00:06Z",
                        "result": [{"functionResponse": {"response": {"error": "File not found: /nope"}}}]},
                       {"id": "replace-4", "name": "replace", "args": {}, "status": "cancelled",
                        "timestamp": "2026-11-20T10:00:07Z"}]},
                  {"id": "m3", "timestamp": "2026-11-20T10:00:09Z", "type": "info", "content": "Request cancelled."},
                  {"id": "m4", "timestamp": "2026-11-20T10:00:10Z", "type": "gemini",
                   "content": [{"text": "Use make test: the fixtures need it."}]}]}
    path = folder / f"session-2026-11-20T10-00-{session[:8]}.json"
    path.write_text(json.dumps(record))
    return str(path)


def test_gemini_chat_recordings_are_parsed_ingested_watched_and_learned_from(tmp_path, monkeypatch):
    repo = git_repo(tmp_path / "shop")
    monkeypatch.setenv("GEMINI_CLI_HOME", str(tmp_path / "gemini-home"))
    path = gemini_recording(tmp_path / "gemini-home", repo)
    assert registry.for_transcript(path) is gemini
    parsed = gemini.parse_transcript(path)
    results = {e.data["call_id"]: e.data for e in parsed.events if e.kind == "tool_result"}
    assert [r["status"] for r in results.values()] == ["failed", "ok", "failed", "not_run"]
    assert results["run_shell_command-1"]["exit_code"] == 1 and "fixture 'db'" in results["run_shell_command-1"]["error"]
    assert [e.kind for e in parsed.events if e.kind in ("user_prompt", "assistant_message")] == \
        ["user_prompt", "assistant_message", "assistant_message"]
    assert {e.scope for e in parsed.events} == {f"project:{repo.resolve()}"}
    ingest = invoke("sessions", "ingest", "--harness", "gemini")
    assert "1 transcript read, 11 new events" in ingest.output  # a prompt, 2 replies, 4 calls with their results
    assert "0 new events" in invoke("watch", "--once", "--harness", "gemini").output  # idempotent
    run_sleep(SleepOptions())
    (lesson,) = open_store().list()
    assert "`make test`" in lesson.text and "`pytest`" in lesson.text


# -------------------------------------------------------------------------------- Cursor


def test_cursor_hooks_capture_and_inject_and_transcripts_fill_in(repo_with_lessons, run_hook, tmp_path, monkeypatch):
    repo, lessons = repo_with_lessons
    base = {"conversation_id": "c0nv-1", "generation_id": "g1", "model": "auto", "cursor_version": "2.1.0",
            "workspace_roots": [str(repo)], "user_email": None, "transcript_path": None}
    start = run_hook("cursor", {**base, "hook_event_name": "sessionStart", "session_id": "c0nv-1",
                                "is_background_agent": False, "composer_mode": "agent"})
    assert f"[{lessons[0].short_id}]" in json.loads(start.stdout)["additional_context"]
    run_hook("cursor", {**base, "hook_event_name": "beforeSubmitPrompt", "prompt": "run the tests", "attachments": []})
    run_hook("cursor", {**base, "hook_event_name": "postToolUseFailure", "tool_name": "Shell", "tool_use_id": "t1",
                        "tool_input": json.dumps({"command": "pytest"}), "error_message": "Exit code 1: fixture 'db' not found",
                        "cwd": str(repo)})
    run_hook("cursor", {**base, "hook_event_name": "postToolUse", "tool_name": "Shell", "tool_use_id": "t2",
                        "tool_input": {"command": "make test"}, "tool_output": "42 passed", "cwd": str(repo)})
    run_hook("cursor", {**base, "hook_event_name": "stop", "status": "completed", "loop_count": 0})
    log = read_session("c0nv-1")
    assert [e.kind for e in log.events] == ["session_start", "lessons_shown", "user_prompt", "tool_call", "tool_result",
                                            "tool_call", "tool_result", "assistant_message"]
    assert log.events[3].data["input"] == {"command": "pytest"} and log.events[4].data["ok"] is False
    transcript = tmp_path / "cursor-home" / "projects" / "home-shop" / "agent-transcripts" / "c0nv-1.jsonl"
    transcript.parent.mkdir(parents=True)
    transcript.write_text("\n".join(json.dumps(line) for line in [
        {"role": "user", "message": {"content": [{"type": "text", "text": "<user_query>\nrun the tests\n</user_query>"}]}},
        {"role": "assistant", "message": {"content": [{"type": "text", "text": "pytest misses the db fixture; make test works."}]}},
    ]) + "\n{torn")
    monkeypatch.setenv("CURSOR_CONFIG_DIR", str(tmp_path / "cursor-home"))
    assert registry.for_transcript(str(transcript)) is cursor
    out = invoke("sessions", "ingest", "--harness", "cursor").output
    assert "+1 events (1 already there, 1 lines skipped)" in out  # the prompt the hook had; the reply is new
    texts = [e.data.get("text") for e in read_session("c0nv-1").events if e.kind == "assistant_message"]
    assert "pytest misses the db fixture; make test works." in texts


def test_install_and_doctor_know_every_harness(tmp_path, monkeypatch):
    monkeypatch.setenv("GEMINI_CLI_HOME", str(tmp_path / "g"))
    monkeypatch.setenv("CURSOR_CONFIG_DIR", str(tmp_path / "c"))
    for name in ("gemini", "cursor"):
        assert invoke("install", name).exit_code == 0
    hooks = json.loads((tmp_path / "c" / "hooks.json").read_text())
    assert hooks["version"] == 1 and hooks["hooks"]["sessionStart"][0]["command"].endswith(" hook cursor || true")
    settings = json.loads((tmp_path / "g" / "settings.json").read_text())
    assert settings["hooks"]["BeforeAgent"][0]["hooks"][0]["timeout"] == 10000  # milliseconds
    checks = {c["check"]: c for c in json.loads(invoke("doctor", "--json").output)}
    assert checks["Gemini CLI hooks (user)"]["status"] == checks["Cursor hooks (user)"]["status"] == "ok"
    for name in ("gemini", "cursor"):
        assert invoke("uninstall", name).exit_code == 0
    assert json.loads((tmp_path / "c" / "hooks.json").read_text()) == {}


def test_gemini_line_recordings_with_updates_rewinds_and_subagents(tmp_path):
    repo = git_repo(tmp_path / "shop")
    folder = tmp_path / "gemini-home" / "tmp" / "shop" / "chats"
    folder.mkdir(parents=True)
    (folder.parent / ".project_root").write_text(str(repo))
    lines = [{"sessionId": "s-lines", "projectHash": "h", "startTime": "2026-11-20T10:00:00Z", "kind": "main"},
             {"id": "u1", "timestamp": "2026-11-20T10:00:01Z", "type": "user", "content": [{"text": "deploy it"}]},
             {"id": "g1", "timestamp": "2026-11-20T10:00:02Z", "type": "gemini", "content": "Deploying to prod now."},
             {"$rewindTo": "u1"},  # the user went back: the reply above is gone
             {"id": "g2", "timestamp": "2026-11-20T10:00:05Z", "type": "gemini", "content": "",
              "toolCalls": [{"id": "t1", "name": "run_shell_command", "args": {"command": "make deploy"},
                             "status": "executing", "timestamp": "2026-11-20T10:00:05Z"}]},
             {"$set": {"lastUpdated": "2026-11-20T10:00:09Z"}},
             {"id": "g2", "timestamp": "2026-11-20T10:00:05Z", "type": "gemini", "content": "Deployed to staging.",
              "toolCalls": [{"id": "t1", "name": "run_shell_command", "args": {"command": "make deploy"},
                             "status": "success", "timestamp": "2026-11-20T10:00:05Z",
                             "result": [{"functionResponse": {"response": {"output": "ok\nExit Code: 0"}}}]}]}]
    path = folder / "session-2026-11-20T10-00-s-lines.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n{torn")
    assert registry.for_transcript(str(path)) is gemini
    parsed = gemini.parse_transcript(str(path))
    assert parsed.session_id == "s-lines" and parsed.skipped == 1
    assert [(e.kind, e.data.get("text") or e.data.get("status")) for e in parsed.events] == [
        ("user_prompt", "deploy it"), ("assistant_message", "Deployed to staging."), ("tool_call", None),
        ("tool_result", "ok")]
    sub = folder / "session-2026-11-20T10-05-sub.jsonl"
    sub.write_text("\n".join(json.dumps(x) for x in [
        {"sessionId": "s-sub", "projectHash": "h", "kind": "subagent"},
        {"id": "u1", "type": "user", "content": "Investigate the failing API test"}]) + "\n")
    (prompt,) = gemini.parse_transcript(str(sub)).events
    assert prompt.data["origin"] == "agent"  # a parent agent's task, not the user's words
