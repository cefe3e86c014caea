"""Sessions for the sleep tests, written through the real Claude Code adapter as its hooks would."""

from __future__ import annotations

from typing import Any

from secondnature.hooks import claude_code
from secondnature.hooks.spool import append


def hook(repo: str, session: str, event: str, **extra: Any) -> None:
    events, _ = claude_code.handle_hook({"session_id": session, "cwd": repo, "hook_event_name": event, **extra})
    append(events)


def cc_session(repo: str, session: str, prompt: str, steps: list[tuple[str, bool, str]],
               reward: float | None = None, feedback: str | None = None, shown: list[str] | None = None) -> None:
    """A Claude Code session: a prompt, Bash steps (command, ok, output), an outcome."""
    from secondnature.hooks import schema
    from secondnature.hooks.schema import Event
    from secondnature.hooks.scope import project_scope

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
