"""Cursor: hook payloads and agent transcripts into events, and installing the hooks.

Hooks live in ``~/.cursor/hooks.json`` (``{"version": 1, "hooks": {event: [{"command", "timeout"}]}}``,
a flat list per event, no matcher groups). ``sessionStart`` injects the scope's digest as
``additional_context``; Cursor lets no hook add context to a prompt, so per-prompt lessons are for
harnesses that can. Tool calls arrive as ``postToolUse``/``postToolUseFailure`` with their
``tool_use_id``. Agent transcripts (``~/.cursor/projects/<project>/agent-transcripts/<id>.jsonl``, one
``{"role", "message": {"content": [...]}}`` per line) fill in the assistant's text. Standard library only.
"""

from __future__ import annotations

import os

from secondnature.hooks.core import jsoncodec, schema
from secondnature.hooks.core.paths import Home, current_home
from secondnature.hooks.core.schema import Event, text_key
from secondnature.hooks.core.scope import project_scope
from secondnature.hooks.harnesses.base import Transcript, failure_status, inject

HARNESS = "cursor"
TITLE = "Cursor"

# The events we register, with their timeout (seconds).
HOOK_EVENTS: dict[str, dict[str, object]] = {
    "sessionStart": {"timeout": 10},
    "beforeSubmitPrompt": {"timeout": 10},
    "postToolUse": {"timeout": 10},
    "postToolUseFailure": {"timeout": 10},
    "afterAgentResponse": {"timeout": 10},
    "stop": {"timeout": 10},
    "preCompact": {"timeout": 10},
    "sessionEnd": {"timeout": 5},
}
SHELL_TOOLS = frozenset({"Shell"})


def handle_hook(payload: dict[str, object], home: Home | None = None) -> tuple[list[Event], str | None]:
    name = payload.get("hook_event_name")
    if not _session_id(payload):
        raise ValueError(f"{name} payload without conversation_id")
    if name == "sessionStart":
        events = [_event(payload, schema.SESSION_START, {k: payload[k] for k in ("composer_mode", "is_background_agent",
                                                                                "transcript_path") if k in payload},
                         key="session_start")]
        text = inject(events, None, home or current_home())
        return events, jsoncodec.dumps({"additional_context": text}) if text else None
    if name == "beforeSubmitPrompt":
        text = str(payload.get("prompt") or "")
        return [_event(payload, schema.USER_PROMPT, {"text": text}, key=text_key("prompt", text))], None
    if name in ("postToolUse", "postToolUseFailure"):
        return _tool(payload, ok=name == "postToolUse"), None
    if name == "afterAgentResponse":
        text = str(payload.get("text") or "")
        return [_event(payload, schema.ASSISTANT_MESSAGE, {"text": text}, key=text_key("assistant", text))], None
    if name == "stop":
        return [_event(payload, schema.ASSISTANT_MESSAGE, {"text": "", "turn_end": True, "status": payload.get("status")})], None
    if name == "preCompact":
        return [_event(payload, schema.COMPACTION, {"trigger": payload.get("trigger")})], None
    if name == "sessionEnd":
        return [_event(payload, schema.SESSION_END, {k: payload.get(k) for k in ("reason", "final_status", "error_message")})], None
    from secondnature.hooks.harnesses.base import UnknownEvent

    raise UnknownEvent(f"unknown Cursor hook event {name!r}")


def _session_id(payload: dict[str, object]) -> str:
    return str(payload.get("conversation_id") or payload.get("session_id") or "")


def _event(payload: dict[str, object], kind: str, data: dict[str, object], key: str | None = None) -> Event:
    roots = payload.get("workspace_roots")
    cwd = payload.get("cwd") or (roots[0] if isinstance(roots, list) and roots else None) or \
        os.environ.get("CURSOR_PROJECT_DIR") or os.getcwd()
    return Event(harness=HARNESS, session_id=_session_id(payload), scope=project_scope(str(cwd)), kind=kind, data=data,
                 key=key)


def _tool(p: dict[str, object], ok: bool) -> list[Event]:
    call_id, tool = str(p.get("tool_use_id") or ""), p.get("tool_name")
    call = _event(p, schema.TOOL_CALL, {"call_id": call_id, "tool": tool, "input": _input(p.get("tool_input"))},
                  key=f"tool_call:{call_id}" if call_id else None)
    data: dict[str, object] = {"call_id": call_id, "tool": tool, "ok": ok}
    if ok:
        data["output"] = p.get("tool_output")
    else:
        error = str(p.get("error_message") or p.get("error") or p.get("tool_output") or "")
        data["error"] = error
        data["status"] = failure_status(tool, error)[0] if tool not in SHELL_TOOLS else "failed"
    if p.get("duration") is not None:
        data["duration_ms"] = p["duration"]
    return [call, _event(p, schema.TOOL_RESULT, data, key=f"tool_result:{call_id}" if call_id else None)]


def _input(value: object) -> object:
    """``tool_input`` arrives as an object or as a JSON string."""
    if isinstance(value, str) and value.startswith("{"):
        try:
            return jsoncodec.loads(value)
        except ValueError:
            pass
    return value


# ------------------------------------------------------------------------------------------ transcripts


def parse_transcript(path: str) -> Transcript:
    """The prompts and assistant text of one agent transcript (the tools come from the hooks, with ids).
    The session is the file's name; the scope, that of the session's hook events."""
    out = Transcript()
    out.session_id = os.path.basename(path)[: -len(".jsonl")]
    from secondnature.hooks.core.spool import read_session

    scope = read_session(out.session_id).scope
    if not scope:
        out.problems.append(f"{path}: its project is unknown (no hook events for this conversation); skipped")
        out.session_id = ""
        return out
    try:
        with open(path, "rb") as f:
            lines = f.read().splitlines()
    except OSError as e:
        out.problems.append(f"{path}: {e}")
        return out
    for n, raw in enumerate(lines):
        try:
            obj = jsoncodec.loads(raw.decode("utf-8", "replace"))
            role, content = obj.get("role"), obj.get("message", {}).get("content")
        except (ValueError, AttributeError):
            out.skipped += 1
            continue
        text = "\n".join(c["text"] for c in content if isinstance(c, dict) and isinstance(c.get("text"), str)) \
            if isinstance(content, list) else str(content or "")
        if role == "user" and text.strip():
            text = text.replace("<user_query>", "").replace("</user_query>", "").strip()
            kind, key = schema.USER_PROMPT, text_key("prompt", text)
        elif role == "assistant" and text.strip():
            kind, key = schema.ASSISTANT_MESSAGE, text_key("assistant", text)
        else:
            out.ignored[str(role)] += 1
            continue
        out.events.append(Event(harness=HARNESS, session_id=out.session_id, scope=scope, kind=kind,
                                data={"text": text, "via": "transcript", "line": n}, key=key))
    return out


def transcript_roots() -> list[str]:
    return [os.path.join(_home(), "projects")]


def _home() -> str:
    return os.environ.get("CURSOR_CONFIG_DIR") or os.path.join(os.path.expanduser("~"), ".cursor")


def is_transcript(path: str) -> bool:
    return path.endswith(".jsonl") and os.path.basename(os.path.dirname(path)) == "agent-transcripts"


# -------------------------------------------------------------------------------------- installing


def settings_path(scope: str = "user", project_dir: str | None = None) -> str:
    if scope == "user":
        return os.path.join(_home(), "hooks.json")
    from secondnature.hooks.core.scope import git_root

    return os.path.join(git_root(project_dir or os.getcwd()), ".cursor", "hooks.json")


def is_ours(handler: dict[str, object]) -> bool:
    from secondnature.hooks.harnesses import settings_file

    return settings_file.runs_hook(handler, HARNESS)


def install(path: str, python: str) -> tuple[dict[str, object], dict[str, object]]:
    """Cursor's file lists handlers directly under each event (no matcher groups), with a version."""
    from secondnature.hooks.harnesses import settings_file

    before = settings_file.load(path)
    command = settings_file.hook_command(python, HARNESS)
    after = settings_file.with_ours(before, {event: [{"command": command, "timeout": spec["timeout"]}]
                                             for event, spec in HOOK_EVENTS.items()}, is_ours)
    after.setdefault("version", 1)
    return before, after


def uninstall(path: str) -> tuple[dict[str, object], dict[str, object]]:
    from secondnature.hooks.harnesses import settings_file

    before = settings_file.load(path)
    after = settings_file.without_ours(before, is_ours)
    return before, {} if set(after) == {"version"} else after
