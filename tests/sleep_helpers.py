"""Sessions for the sleep tests, written through the real Claude Code adapter as its hooks would."""

from __future__ import annotations

import itertools
import time
from typing import Any

from secondnature.hooks.core.spool import append
from secondnature.hooks.harnesses import claude_code
from secondnature.hooks.ingest import ingest_file

from conftest import write_jsonl

_clock = itertools.count()


def hook(repo: str, session: str, event: str, **extra: Any) -> None:
    events, _ = claude_code.handle_hook({"session_id": session, "cwd": repo, "hook_event_name": event, **extra})
    append(events)


def cc_session(repo: str, session: str, prompt: str, steps: list[tuple[str, bool, str]],
               reward: float | None = None, feedback: str | None = None, shown: list[str] | None = None) -> None:
    """A Claude Code session: a prompt, Bash steps (command, ok, output), an outcome."""
    from secondnature.hooks.core import schema
    from secondnature.hooks.core.schema import Event
    from secondnature.hooks.core.scope import project_scope

    hook(repo, session, "SessionStart", source="startup")
    if shown:
        append([Event(harness="claude-code", session_id=session, scope=project_scope(repo), kind=schema.LESSONS_SHOWN,
                      data={"lesson_ids": shown, "where": "session_start"})])
    hook(repo, session, "UserPromptSubmit", prompt=prompt)
    for n, (command, ok, output) in enumerate(steps):
        if ok:
            hook(repo, session, "PostToolUse", tool_name="Bash", tool_use_id=f"{session}-{n}",
                 tool_input={"command": command}, tool_response={"stdout": output, "stderr": ""})
        else:
            hook(repo, session, "PostToolUseFailure", tool_name="Bash", tool_use_id=f"{session}-{n}",
                 tool_input={"command": command}, error=f"Exit code 2\n{output}")
    hook(repo, session, "Stop", last_assistant_message="Done.")
    if reward is not None or feedback is not None:
        from secondnature.outcome import record_outcome

        record_outcome(session, reward=reward, feedback=feedback)


class Transcript:
    """A Claude Code transcript written line by line, as Claude Code writes it."""

    def __init__(self, tmp_path, session: str, cwd: str, branch: str = "main", sidechain: bool = False):
        self.path = tmp_path / "projects" / "-proj" / f"{session}.jsonl"
        self.session, self.cwd, self.branch, self.sidechain = session, cwd, branch, sidechain
        self.lines: list[dict] = []
        self.calls = 0

    def _line(self, kind: str, **extra) -> dict:
        n = next(_clock)
        line = {"parentUuid": None, "isSidechain": self.sidechain, "userType": "external", "cwd": self.cwd,
                "sessionId": self.session, "version": "2.1.39", "gitBranch": self.branch, "type": kind,
                "uuid": f"u{n}", "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(1.8e9 + n)) + ".000Z",
                **extra}
        self.lines.append(line)
        return line

    def user(self, text: str) -> Transcript:
        self._line("user", message={"role": "user", "content": text})
        return self

    def tool(self, name: str, tool_input: dict, result: str, error: bool = False, extra=None) -> Transcript:
        self.calls += 1
        call = f"toolu_{self.session}_{self.calls}"
        self._line("assistant", message={"id": f"msg_{call}", "type": "message", "role": "assistant",
                                         "content": [{"type": "tool_use", "id": call, "name": name, "input": tool_input}]})
        self._line("user", message={"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": call, "content": result, "is_error": error}]}, toolUseResult=extra)
        return self

    def bash(self, command: str, ok: bool = True, output: str = "") -> Transcript:
        if ok:
            return self.tool("Bash", {"command": command}, output, extra={"stdout": output, "stderr": ""})
        return self.tool("Bash", {"command": command}, f"Exit code 1\n{output}", error=True)

    def edit(self, path: str) -> Transcript:
        return self.tool("Edit", {"file_path": f"{self.cwd}/{path}", "old_string": "a", "new_string": "b"}, "ok")

    def say(self, text: str) -> Transcript:
        self._line("assistant", message={"id": f"msg_say_{next(_clock)}", "type": "message", "role": "assistant",
                                         "content": [{"type": "text", "text": text}]})
        return self

    def ingest(self) -> str:
        write_jsonl(self.path, self.lines)
        ingest_file(str(self.path), claude_code)
        return self.session
