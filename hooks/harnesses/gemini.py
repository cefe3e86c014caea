"""Gemini CLI: hook payloads and chat recordings into events, and installing the hooks.

Hooks (``~/.gemini/settings.json``, the Claude Code shape with timeouts in milliseconds) give the live
signal and the injection: ``SessionStart`` adds the scope's digest and ``BeforeAgent`` the lessons for
the prompt, both as ``hookSpecificOutput.additionalContext``. Tool calls come from the chat recording
(``~/.gemini/tmp/<project>/chats/session-*.json``, one JSON document rewritten as the session goes, or
``session-*.jsonl`` in newer versions, appended a record at a time): it
has each call's id, arguments, status and result, which the ``AfterTool`` payload lacks (no id), so
they are never counted twice. Standard library only.
"""

from __future__ import annotations

import os

from secondnature.hooks.core import jsoncodec, schema
from secondnature.hooks.core.paths import Home, current_home
from secondnature.hooks.core.schema import Event, text_key
from secondnature.hooks.core.scope import project_scope
from secondnature.hooks.harnesses.base import Transcript, inject, parse_exit_code
from secondnature.hooks.harnesses.grouped_settings import GroupedSettings

HARNESS = "gemini"
TITLE = "Gemini CLI"

# The events we register, with their matcher and timeout (milliseconds, as Gemini CLI counts).
HOOK_EVENTS: dict[str, dict[str, object]] = {
    "SessionStart": {"matcher": "startup|resume|clear", "timeout": 10000},
    "BeforeAgent": {"timeout": 10000},
    "AfterAgent": {"timeout": 10000},
    "PreCompress": {"timeout": 10000},
    "SessionEnd": {"timeout": 5000},
}
SHELL_TOOLS = frozenset({"run_shell_command"})
_STATUS = {"success": "ok", "error": "failed", "cancelled": "not_run"}


def handle_hook(payload: dict[str, object], home: Home | None = None) -> tuple[list[Event], str | None]:
    name = payload.get("hook_event_name")
    if not payload.get("session_id"):
        raise ValueError(f"{name} payload without session_id")
    if name == "SessionStart":
        data = {k: payload.get(k) for k in ("source", "cwd", "transcript_path") if payload.get(k) is not None}
        events = [_event(payload, schema.SESSION_START, data, key="session_start" if data.get("source") in
                         (None, "startup") else None)]
        return events, _context("SessionStart", inject(events, None, home or current_home()))
    if name == "BeforeAgent":
        text = str(payload.get("prompt") or "")
        events = [_event(payload, schema.USER_PROMPT, {"text": text}, key=text_key("prompt", text))]
        return events, _context("BeforeAgent", inject(events, text, home or current_home()))
    if name == "AfterAgent":
        text = str(payload.get("prompt_response") or "")
        return [_event(payload, schema.ASSISTANT_MESSAGE, {"text": text, "turn_end": True},
                       key=text_key("assistant", text) if text.strip() else None)], None
    if name == "PreCompress":
        return [_event(payload, schema.COMPACTION, {"trigger": payload.get("trigger")})], None
    if name == "SessionEnd":
        return [_event(payload, schema.SESSION_END, {"reason": payload.get("reason"),
                                                     "transcript_path": payload.get("transcript_path")})], None
    from secondnature.hooks.harnesses.base import UnknownEvent

    raise UnknownEvent(f"unknown Gemini CLI hook event {name!r}")


def _context(event_name: str, text: str | None) -> str | None:
    """Gemini CLI reads stdout as JSON only."""
    return jsoncodec.dumps({"hookSpecificOutput": {"hookEventName": event_name, "additionalContext": text}}) \
        if text else None


def _event(payload: dict[str, object], kind: str, data: dict[str, object], key: str | None = None) -> Event:
    cwd = payload.get("cwd") or os.environ.get("GEMINI_PROJECT_DIR") or os.getcwd()
    return Event(harness=HARNESS, session_id=str(payload["session_id"]), scope=project_scope(str(cwd)), kind=kind,
                 data=data, key=key)


# ------------------------------------------------------------------------------------------ transcripts


def parse_transcript(path: str) -> Transcript:
    """The events of one chat recording. Its project is named only by a hash of its path: the scope is
    the ``.project_root`` Gemini CLI keeps beside the chats, else that of the session's hook events."""
    out = Transcript()
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        out.problems.append(f"{path}: {e}")
        return out
    record, messages = _read_json(text, out) if path.endswith(".json") else _read_jsonl(text, out)
    if not record.get("sessionId"):
        out.problems.append(f"{path}: not a Gemini CLI chat recording (no sessionId)")
        return out
    out.session_id = str(record["sessionId"])
    scope = _scope_of(path, out.session_id)
    if not scope:
        out.problems.append(f"{path}: its project is unknown (no .project_root, no hook events); skipped")
        out.session_id = ""
        return out
    for message in messages:
        _message(out, scope, message, subagent=record.get("kind") == "subagent")
    return out


def _read_json(text: str, out: Transcript) -> tuple[dict, list[dict]]:
    """The whole-document layout: ``{sessionId, projectHash, ..., messages: [...]}``."""
    try:
        record = jsoncodec.loads(text)
    except ValueError as e:
        out.problems.append(f"not JSON ({e})")
        return {}, []
    if not isinstance(record, dict):
        return {}, []
    messages = record.get("messages") if isinstance(record.get("messages"), list) else []
    out.skipped += sum(1 for m in messages if not isinstance(m, dict))
    return record, [m for m in messages if isinstance(m, dict)]


def _read_jsonl(text: str, out: Transcript) -> tuple[dict, list[dict]]:
    """The line layout (newer Gemini CLI): the metadata first, then a message per line (a later line with
    the same id replaces it), ``{"$set": {...}}`` metadata updates, and ``{"$rewindTo": id}``, which
    drops the messages after that one."""
    record: dict = {}
    messages: dict[str, dict] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            obj = jsoncodec.loads(line)
        except ValueError:
            out.skipped += 1
            continue
        if not isinstance(obj, dict):
            out.skipped += 1
        elif "sessionId" in obj and "type" not in obj:
            record.update(obj)
        elif isinstance(obj.get("$set"), dict):
            record.update(obj["$set"])
        elif "$rewindTo" in obj:
            ids = list(messages)
            if obj["$rewindTo"] in messages:
                for dropped in ids[ids.index(obj["$rewindTo"]) + 1:]:
                    del messages[dropped]
        elif obj.get("type"):
            messages[str(obj.get("id") or len(messages))] = obj
    return record, list(messages.values())


def _emit(out: Transcript, scope: str, ts: object, kind: str, data: dict[str, object], key: str | None) -> None:
    data["via"] = "transcript"
    out.events.append(Event(harness=HARNESS, session_id=out.session_id, scope=scope, kind=kind, data=data, key=key,
                            ts=str(ts or schema.now_iso())))


def _message(out: Transcript, scope: str, m: dict[str, object], subagent: bool) -> None:
    kind, text, ts = m.get("type"), _text(m.get("content")), m.get("timestamp")
    if kind == "user" and text.strip():  # in a subagent's chat, its parent agent handing it a task
        data: dict[str, object] = {"text": text, "origin": "agent"} if subagent else {"text": text}
        _emit(out, scope, ts, schema.USER_PROMPT, data, text_key("prompt", text))
    elif kind == "gemini":
        if text.strip():
            _emit(out, scope, ts, schema.ASSISTANT_MESSAGE, {"text": text}, text_key("assistant", text))
        for call in m.get("toolCalls") or []:
            if isinstance(call, dict) and call.get("id"):
                _tool(out, scope, call)
    elif kind == "error" and text.strip():
        _emit(out, scope, ts, schema.ERROR, {"error": text, "source": "harness"}, text_key("error", text))
    else:
        out.ignored[str(kind)] += 1


def _tool(out: Transcript, scope: str, call: dict[str, object]) -> None:
    call_id, name, ts = str(call["id"]), call.get("name"), call.get("timestamp")
    _emit(out, scope, ts, schema.TOOL_CALL, {"call_id": call_id, "tool": name, "input": call.get("args")},
          f"tool_call:{call_id}")
    output = _result_text(call.get("result")) or str(call.get("resultDisplay") or "")
    status = _STATUS.get(str(call.get("status")), "running")
    data: dict[str, object] = {"call_id": call_id, "tool": name, "ok": status == "ok" if status != "running" else None,
                               "status": status}
    if name in SHELL_TOOLS:
        exit_code = parse_exit_code(output)
        if exit_code is not None:
            data["exit_code"] = exit_code
            if exit_code != 0 and status == "ok":  # the tool ran; the command failed
                data["ok"], data["status"] = False, "failed"
    data["error" if data["ok"] is False else "output"] = output
    _emit(out, scope, ts, schema.TOOL_RESULT, data, f"tool_result:{call_id}")


def _text(content: object) -> str:
    """A message's content: a string, or a list of parts (``{"text": ...}``)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


def _result_text(result: object) -> str:
    """The output in a tool result's parts: ``functionResponse.response.output`` (or ``error``)."""
    parts = result if isinstance(result, list) else [result]
    texts = []
    for part in parts:
        response = part.get("functionResponse", {}).get("response") if isinstance(part, dict) else None
        if isinstance(response, dict):
            texts.append(str(response.get("output") or response.get("error") or ""))
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            texts.append(part["text"])
    return "\n".join(t for t in texts if t)


def _scope_of(path: str, session_id: str) -> str:
    try:
        with open(os.path.join(os.path.dirname(os.path.dirname(path)), ".project_root"), encoding="utf-8") as f:
            root = f.read().strip()
        if root:
            return project_scope(root)
    except OSError:
        pass
    if session_id:
        from secondnature.hooks.core.spool import read_session

        return read_session(session_id).scope or ""
    return ""


def transcript_roots() -> list[str]:
    return [os.path.join(_home(), "tmp")]


def _home() -> str:
    return os.environ.get("GEMINI_CLI_HOME") or os.path.join(os.path.expanduser("~"), ".gemini")


def is_transcript(path: str) -> bool:
    name = os.path.basename(path)
    return (name.startswith("session-") and name.endswith((".json", ".jsonl"))
            and os.path.basename(os.path.dirname(path)) == "chats")


# -------------------------------------------------------------------------------------- installing


def settings_path(scope: str = "user", project_dir: str | None = None) -> str:
    if scope == "user":
        return os.path.join(_home(), "settings.json")
    from secondnature.hooks.core.scope import git_root

    return os.path.join(git_root(project_dir or os.getcwd()), ".gemini", "settings.json")


_SETTINGS = GroupedSettings(HARNESS, HOOK_EVENTS)
is_ours, install, uninstall = _SETTINGS.is_ours, _SETTINGS.install, _SETTINGS.uninstall
