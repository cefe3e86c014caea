"""The transcript watcher: catches up, follows growing files, survives restarts without duplicates."""

from __future__ import annotations

import json
import threading
import time

from secondnature.hooks.background.watch import TranscriptWatcher
from secondnature.hooks.core.spool import read_session
from secondnature.hooks.harnesses import claude_code, codex

from conftest import git_repo, write_jsonl

SID = "7b1e0000-0000-4000-8000-00000000abcd"


def prompt_line(i: int, cwd: str) -> dict:
    return {"type": "user", "sessionId": SID, "cwd": cwd, "uuid": f"u{i}", "timestamp": f"2026-11-20T10:00:{i:02d}.000Z",
            "message": {"role": "user", "content": f"prompt number {i}"}}


def wait_for(predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def prompts() -> list[str]:
    return [e.data["text"] for e in read_session(SID).events if e.kind == "user_prompt"]


def test_watch_follows_growing_transcripts_and_restarts_cleanly(tmp_path):
    cwd = str(git_repo(tmp_path / "proj"))
    projects = tmp_path / "claude" / "projects"
    path = write_jsonl(projects / "-proj" / f"{SID}.jsonl", [prompt_line(1, cwd)])

    def start():
        w = TranscriptWatcher([claude_code, codex], quiet_seconds=0.1)
        t = threading.Thread(target=w.run, kwargs={"poll": 0.05}, daemon=True)
        t.start()
        return w, t

    watcher, thread = start()
    assert wait_for(lambda: prompts() == ["prompt number 1"])
    with open(path, "a") as f:  # the session goes on
        f.write(json.dumps(prompt_line(2, cwd)) + "\n")
        f.write('{"type": "user", "sessionId": "')  # a line still being written
    assert wait_for(lambda: prompts() == ["prompt number 1", "prompt number 2"])
    watcher.stop()
    thread.join(10)

    with open(path, "a") as f:  # written while nobody watched; the torn line is completed
        f.write(f'{SID}", "cwd": "{cwd}", "uuid": "u3", "message": {{"role": "user", "content": "prompt number 3"}}}}\n')
    watcher, thread = start()
    assert wait_for(lambda: prompts() == ["prompt number 1", "prompt number 2", "prompt number 3"])
    watcher.stop()
    thread.join(10)
    # restarting again adds nothing
    results = TranscriptWatcher([claude_code, codex]).catch_up()
    assert results == [] and len(prompts()) == 3
    assert sum(1 for e in read_session(SID).events if e.kind == "session_start") == 1


def test_catch_up_ingests_codex_rollouts_by_date_folder(tmp_path):
    cwd = str(git_repo(tmp_path / "svc"))
    uuid = "019b0000-0000-7000-8000-000000000001"
    write_jsonl(tmp_path / "codex" / "sessions" / "2026" / "11" / "20" / f"rollout-2026-11-20T09-00-00-{uuid}.jsonl", [
        {"timestamp": "2026-11-20T09:00:00.000Z", "type": "session_meta", "payload": {"id": uuid, "cwd": cwd}},
        {"timestamp": "2026-11-20T09:00:01.000Z", "type": "event_msg",
         "payload": {"type": "user_message", "message": "bump the version"}},
    ])
    results = TranscriptWatcher([claude_code, codex]).catch_up()
    assert [r.added for r in results] == [2]
    assert [e.kind for e in read_session(uuid).events] == ["session_start", "user_prompt"]
