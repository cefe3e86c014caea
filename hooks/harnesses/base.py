"""What every harness shares: the failure taxonomy, exit codes read from tool output, the
``Transcript`` a transcript reader returns, and injecting lessons at a session's start or for a prompt.
Standard library only."""

from __future__ import annotations

from secondnature.hooks.core import schema
from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.paths import Home
from secondnature.hooks.core.schema import Event

# Patterns as sources: ``re`` is imported where one is used (its import alone costs a hook process 4 ms).
_EXIT_CODE = r"(?:^|\n)\s*Exit [Cc]ode:?\s*(-?\d+)"  # "Exit code 1" (Claude Code, Codex), "Exit Code: 1" (Gemini CLI)


class UnknownEvent(SecondNatureError, ValueError):
    """A hook event we do not handle (a newer harness, or another harness's payload)."""


# What a failed tool call was. Only "failed" is the project talking; the others are the harness, the user or
# the agent's own protocol slip, and teach nothing about the project.
SHELL_TOOLS = frozenset({"Bash", "BashOutput", "PowerShell"})
REJECTED = "The user doesn't want to proceed with this tool use"
_REJECTION_REASON = "the user said:"
_NOT_RUN = ("<tool_use_error>Sibling tool call errored", "Cancelled: parallel tool call")
_PERMISSION = ("Claude requested permissions", "Permission to use", "permission denied by the user")


def failure_status(tool: object, error: str, interrupted: bool = False) -> tuple[str, str]:
    """(status, the user's words) of a failed call: ``failed`` (it ran and failed), ``not_run`` (a sibling
    errored, or it was interrupted), ``rejected`` (the user said no, maybe saying why), or ``protocol``
    (the harness refused the call: read-before-write, string not found, bad parameters, no such file...)."""
    text = error.strip()
    if interrupted or text.startswith(_NOT_RUN) or text.startswith("[Request interrupted"):
        return "not_run", ""
    if text.startswith(REJECTED):
        _, _, reason = text.partition(_REJECTION_REASON)
        return "rejected", reason.strip()
    if text.startswith(_PERMISSION):
        return "rejected", ""
    if text.startswith("<tool_use_error>") or (tool not in SHELL_TOOLS and not str(tool or "").startswith("mcp__")):
        return "protocol", ""
    return "failed", ""


def parse_exit_code(text: str) -> int | None:
    text = text or ""
    if "xit code" not in text and "xit Code" not in text:
        return None
    import re

    m = re.search(_EXIT_CODE, text)
    return int(m.group(1)) if m else None


def inject(events: list[Event], prompt: str | None, home: Home) -> str | None:
    """The lessons of ``home`` to inject at a session's start (``prompt`` None: the scope's digest) or for a prompt
    (those relevant to it that the session was not shown yet); records ``lessons_shown`` in ``events``.
    Shared by every harness whose hooks can add context."""
    if not events:
        return None
    from secondnature.hooks.core.digest import (  # here: the tool-call hooks, most of them, never need it
        indexed_scope,
        load_digest,
        pick_for_prompt,
        remember_shown,
        session_text,
        shown_in_session,
    )

    first = events[0]
    if prompt is None:
        digest = load_digest(home, first.scope)
        if digest is None:
            return None
        scope = digest.scope
        text, ids, held, control = session_text(home, digest, first.session_id)
        where = "session_start"
        remember_shown(home, first.session_id, ids + held, reset=True)  # a fresh, resumed or compacted context
    else:
        scope = indexed_scope(home, first.scope)
        if scope is None:
            return None
        text, ids, held, control = pick_for_prompt(home, scope, prompt, shown_in_session(home, first.session_id),
                                                   first.session_id)
        where = "user_prompt"
        if not ids and not held:
            return None
        remember_shown(home, first.session_id, ids + held)
    data: dict[str, object] = {"lesson_ids": ids, "where": where, "digest_scope": scope}
    if held:
        data["withheld"] = held  # the experiment: what this session would have been shown
    if control:
        data["control"] = True
    events.append(Event(harness=first.harness, session_id=first.session_id, scope=first.scope,
                        kind=schema.LESSONS_SHOWN, data=data))
    return text or None


class Transcript:
    """Events read from one transcript, and what could not be read."""

    def __init__(self) -> None:
        from collections import Counter  # not at the top: the hook process never reads a transcript

        self.session_id = ""
        self.events: list[Event] = []
        self.skipped = 0  # malformed lines
        self.ignored = Counter()  # line types we do not turn into events
        self.problems: list[str] = []
