"""Claude Code: hook payloads and transcripts into events, and installing the hooks.

Hooks give the live signal (prompts, tool results with success/failure, turn ends); the transcript
(``transcript_path``), read later off the hot path, fills in what hooks don't carry (assistant text
between tool calls). Both give the same keys for the same happening, so reading both never
duplicates. Standard library only.
"""

from __future__ import annotations

import os

from secondnature.hooks.core import jsoncodec, schema
from secondnature.hooks.core.paths import Home, current_home
from secondnature.hooks.core.schema import Event, text_key
from secondnature.hooks.core.scope import project_scope
from secondnature.hooks.harnesses.base import (
    REJECTED,
    Transcript,
    UnknownEvent,
    failure_status,
    inject,
    parse_exit_code,
)
from secondnature.hooks.harnesses.grouped_settings import GroupedSettings

HARNESS = "claude-code"
TITLE = "Claude Code"

# The events we register, with their matcher and timeout (seconds).
HOOK_EVENTS: dict[str, dict[str, object]] = {
    "SessionStart": {"matcher": "startup|resume|clear|compact", "timeout": 10},
    "UserPromptSubmit": {"timeout": 10},
    "PostToolUse": {"matcher": "*", "timeout": 10},
    "PostToolUseFailure": {"matcher": "*", "timeout": 10},
    "Stop": {"timeout": 10},
    "SubagentStop": {"timeout": 10},
    "PreCompact": {"matcher": "manual|auto", "timeout": 10},
    "SessionEnd": {"timeout": 5},
}

# ----------------------------------------------------------------------------------- hook payloads


def handle_hook(payload: dict[str, object], home: Home | None = None) -> tuple[list[Event], str | None]:
    """Events to record for one hook call, and what to print back to Claude Code (or None).

    SessionStart injects the scope's compiled digest; UserPromptSubmit adds lessons relevant to the
    prompt that this session has not been shown yet. Both record ``lessons_shown``.
    """
    events = events_from_hook(payload)
    name = payload.get("hook_event_name")
    if name in ("SessionStart", "sessionStart"):
        text = inject(events, None, home or current_home())
    elif name in ("UserPromptSubmit", "beforeSubmitPrompt"):
        text = inject(events, str(payload.get("prompt") or ""), home or current_home())
    else:
        return events, None
    event_name = "SessionStart" if name in ("SessionStart", "sessionStart") else "UserPromptSubmit"
    return events, jsoncodec.dumps({"hookSpecificOutput": {"hookEventName": event_name, "additionalContext": text}}) \
        if text else None


def events_from_hook(payload: dict[str, object]) -> list[Event]:
    name = payload.get("hook_event_name")
    handler = _HOOK_HANDLERS.get(name) if isinstance(name, str) else None
    if handler is None:
        raise UnknownEvent(f"unknown hook event {name!r}")
    if not _session_id(payload):
        raise ValueError(f"{name} payload without session_id")
    return handler(payload)


def _harness(payload: dict[str, object]) -> str:
    # Cursor runs Claude Code hooks from ~/.claude/settings.json with its own payload shape.
    return "cursor" if "cursor_version" in payload or "conversation_id" in payload else HARNESS


def _session_id(payload: dict[str, object]) -> str:
    return str(payload.get("session_id") or payload.get("conversation_id") or "")


def _scope(payload: dict[str, object]) -> str:
    roots = payload.get("workspace_roots")
    cwd = payload.get("cwd") or (roots[0] if isinstance(roots, list) and roots else None) or os.getcwd()
    return project_scope(str(cwd))


def _event(payload: dict[str, object], kind: str, data: dict[str, object], key: str | None = None) -> Event:
    if payload.get("agent_id"):
        data = {**data, "agent_id": payload.get("agent_id"), "agent_type": payload.get("agent_type")}
    return Event(harness=_harness(payload), session_id=_session_id(payload), scope=_scope(payload),
                 kind=kind, data=data, key=key)


def _on_session_start(p: dict[str, object]) -> list[Event]:
    data = {k: p.get(k) for k in ("source", "model", "cwd", "transcript_path", "agent_type", "session_title")
            if p.get(k) is not None}
    return [_event(p, schema.SESSION_START, data, key="session_start" if p.get("source") in (None, "startup") else None)]


def _on_user_prompt(p: dict[str, object]) -> list[Event]:
    text = str(p.get("prompt") or "")
    data: dict[str, object] = {"text": text}
    if p.get("prompt_id"):
        data["prompt_id"] = p["prompt_id"]
    return [_event(p, schema.USER_PROMPT, data, key=text_key("prompt", text))]


def _tool_call(p: dict[str, object]) -> Event:
    call_id = str(p.get("tool_use_id") or "")
    return _event(p, schema.TOOL_CALL, {"call_id": call_id, "tool": p.get("tool_name"), "input": p.get("tool_input")},
                  key=f"tool_call:{call_id}" if call_id else None)


def _on_post_tool_use(p: dict[str, object]) -> list[Event]:
    call_id = str(p.get("tool_use_id") or "")
    response = p.get("tool_response")
    data: dict[str, object] = {"call_id": call_id, "tool": p.get("tool_name"), "ok": True, "output": response}
    if p.get("tool_name") == "Bash":
        data["exit_code"] = 0  # a non-zero exit arrives as PostToolUseFailure
    if p.get("duration_ms") is not None:
        data["duration_ms"] = p["duration_ms"]
    return [_tool_call(p), _event(p, schema.TOOL_RESULT, data, key=f"tool_result:{call_id}" if call_id else None)]


def _on_post_tool_failure(p: dict[str, object]) -> list[Event]:
    call_id = str(p.get("tool_use_id") or "")
    error = str(p.get("error") or "")
    data: dict[str, object] = {"call_id": call_id, "tool": p.get("tool_name"), "ok": False, "error": error}
    exit_code = parse_exit_code(error)
    if exit_code is not None:
        data["exit_code"] = exit_code
    if p.get("is_interrupt"):
        data["interrupted"] = True
    _set_status(data, failure_status(p.get("tool_name"), error, bool(p.get("is_interrupt"))))
    if p.get("duration_ms") is not None:
        data["duration_ms"] = p["duration_ms"]
    return [_tool_call(p), _event(p, schema.TOOL_RESULT, data, key=f"tool_result:{call_id}" if call_id else None)]


def _on_stop(p: dict[str, object]) -> list[Event]:
    text = p.get("last_assistant_message")
    if not isinstance(text, str) or not text.strip():
        return [_event(p, schema.ASSISTANT_MESSAGE, {"text": "", "turn_end": True})]
    data: dict[str, object] = {"text": text, "turn_end": True}
    if p.get("hook_event_name") == "SubagentStop":
        data["agent_transcript_path"] = p.get("agent_transcript_path")
    return [_event(p, schema.ASSISTANT_MESSAGE, data, key=text_key("assistant", text))]


def _on_stop_failure(p: dict[str, object]) -> list[Event]:
    return [_event(p, schema.ERROR, {"error": p.get("error"), "details": p.get("error_details"), "source": "api"})]


def _on_pre_compact(p: dict[str, object]) -> list[Event]:
    return [_event(p, schema.COMPACTION, {"trigger": p.get("trigger"), "instructions": p.get("custom_instructions")})]


def _on_session_end(p: dict[str, object]) -> list[Event]:
    return [_event(p, schema.SESSION_END, {"reason": p.get("reason"), "transcript_path": p.get("transcript_path")})]


_HOOK_HANDLERS = {
    "SessionStart": _on_session_start,
    "UserPromptSubmit": _on_user_prompt,
    "PostToolUse": _on_post_tool_use,
    "PostToolUseFailure": _on_post_tool_failure,
    "Stop": _on_stop,
    "SubagentStop": _on_stop,
    "StopFailure": _on_stop_failure,
    "PreCompact": _on_pre_compact,
    "SessionEnd": _on_session_end,
    # Cursor's names for the same events (it runs Claude Code hooks when third-party hooks are on)
    "sessionStart": _on_session_start,
    "beforeSubmitPrompt": _on_user_prompt,
    "postToolUse": _on_post_tool_use,
    "postToolUseFailure": _on_post_tool_failure,
    "stop": _on_stop,
    "subagentStop": _on_stop,
    "preCompact": _on_pre_compact,
    "sessionEnd": _on_session_end,
}


def _set_status(data: dict[str, object], status: tuple[str, str]) -> None:
    data["status"] = status[0]
    if status[1]:
        data["user_said"] = status[1]


# ------------------------------------------------------------------------------------- transcripts


_SCAFFOLDING = ("<local-command-caveat>", "<local-command-stdout>", "<local-command-stderr>",
                "<system-reminder>", "Caveat: The messages below", "<bash-stdout>", "<bash-stderr>")
_BASH_INPUT = r"(?s)^\s*<bash-input>(.*?)</bash-input>"  # the user ran a command themselves (``!cmd``)
# Text in the user's turn that the harness wrote: continuation summaries, background-task notices.
_HARNESS_TEXT = ("This session is being continued from a previous conversation", "<task-notification>",
                 "Your task is to create a detailed summary of the conversation", "<user-prompt-submit-hook>")
_INTERRUPTED = "[Request interrupted by user"
_COMMAND = r"(?s)<command-name>(.*?)</command-name>"
_COMMAND_ARGS = r"(?s)<command-args>(.*?)</command-args>"


def parse_transcript(path: str) -> Transcript:
    """Read a Claude Code transcript leniently: unknown line types and fields are skipped, lines
    split per content block are grouped by message id, tool results pair with calls by id."""
    out = Transcript()
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        out.problems.append(f"{path}: cannot read ({e})")
        return out
    from secondnature.hooks.core.spool import iter_jsonl  # off the hook path: transcripts are read later

    state = _TranscriptState(out)
    for number, obj in iter_jsonl(raw, path, out.problems):
        try:
            state.line(obj)
        except (TypeError, ValueError, AttributeError, KeyError) as e:
            out.problems.append(f"{path}:{number}: skipped: {type(e).__name__}: {e}")
    out.skipped = len(out.problems)  # the lines the reader skipped and those that could not be read as events
    if not out.session_id and out.events:  # lines without sessionId: Claude Code names the file after the session
        out.session_id = os.path.basename(path)[: -len(".jsonl")] if path.endswith(".jsonl") else ""
        for event in out.events:
            event.session_id = out.session_id
    return out


class _TranscriptState:
    def __init__(self, out: Transcript):
        self.out = out
        self.scope = ""
        self.text_events: dict[str, Event] = {}  # message id -> its assistant_message event
        self.tool_names: dict[str, str] = {}

    def _emit(self, obj: dict[str, object], kind: str, data: dict[str, object], key: str | None) -> Event:
        if obj.get("isSidechain") and obj.get("agentId"):
            data = {**data, "agent_id": obj.get("agentId")}
        data["via"] = "transcript"
        event = Event(harness=HARNESS, session_id=self.out.session_id, scope=self.scope, kind=kind, data=data,
                      key=key, ts=str(obj.get("timestamp") or schema.now_iso()))
        self.out.events.append(event)
        return event

    def line(self, obj: dict[str, object]) -> None:
        kind = obj.get("type")
        if not self.out.session_id and obj.get("sessionId"):
            self.out.session_id = str(obj["sessionId"])
        if not self.scope and obj.get("cwd"):
            self.scope = project_scope(str(obj["cwd"]), str(obj.get("gitBranch") or ""))
            self._emit(obj, schema.SESSION_START, {"source": "transcript", "cwd": obj.get("cwd"),
                                                    "version": obj.get("version"),
                                                    "git_branch": obj.get("gitBranch")}, key="session_start")
        if kind == "user":
            self.user(obj)
        elif kind == "assistant":
            self.assistant(obj)
        elif kind == "system":
            self.system(obj)
        elif kind == "queue-operation" and obj.get("operation") == "enqueue" and isinstance(obj.get("content"), str):
            self.prompt(obj, str(obj["content"]), queued=True)  # typed while the agent worked: the user's words too
        else:
            self.out.ignored[str(kind)] += 1

    def user(self, obj: dict[str, object]) -> None:
        message = obj.get("message") or {}
        content = message.get("content")
        if obj.get("isCompactSummary"):
            text = content if isinstance(content, str) else _join_text(content)
            self._emit(obj, schema.COMPACTION, {"summary": text}, key=f"compaction_summary:{obj.get('uuid')}")
            return
        if obj.get("isMeta"):
            self.out.ignored["user/meta"] += 1
            return
        if isinstance(content, str):
            self.prompt(obj, content)
            return
        texts = []
        for block in content or []:
            if not isinstance(block, dict):
                continue
            if block.get("type") == "tool_result":
                self.tool_result(obj, block)
            elif block.get("type") == "text" and isinstance(block.get("text"), str):
                texts.append(block["text"])
        if texts:
            self.prompt(obj, "\n".join(texts))

    def prompt(self, obj: dict[str, object], text: str, queued: bool = False) -> None:
        if not text.strip() or (queued and text.lstrip().startswith(_HARNESS_TEXT)):
            return  # a queued notification is delivered later as it is
        if text.lstrip().startswith(_SCAFFOLDING):
            self.out.ignored["user/scaffolding"] += 1
            return
        if text.lstrip().startswith(_HARNESS_TEXT):
            self._emit(obj, schema.USER_PROMPT, {"text": text, "origin": "harness"}, key=text_key("prompt", text))
            return
        if obj.get("isSidechain"):  # a subagent's "user" is the parent agent handing it a task
            self._emit(obj, schema.USER_PROMPT, {"text": text, "origin": "agent"}, key=text_key("prompt", text))
            return
        if text.startswith(_INTERRUPTED):
            self._emit(obj, schema.ERROR, {"error": text.strip(), "interrupted": True, "source": "user"},
                       key=f"interrupt:{obj.get('uuid')}")
            return
        if text.lstrip().startswith("<bash-input>"):
            import re

            ran = re.match(_BASH_INPUT, text)
            if ran and ran.group(1).strip():
                text = f"(ran in the shell) `{ran.group(1).strip()}`"
                self._emit(obj, schema.USER_PROMPT, {"text": text, "shell": True}, key=text_key("prompt", text))
            return
        command = None
        if "<command-name>" in text:
            import re

            command = re.search(_COMMAND, text)
        if command:
            args = re.search(_COMMAND_ARGS, text)
            text = (command.group(1).strip() + " " + (args.group(1).strip() if args else "")).strip()
            self._emit(obj, schema.USER_PROMPT, {"text": text, "slash_command": True}, key=text_key("prompt", text))
            return
        if queued:  # its own key: it is delivered later as a prompt too, and the episode shows it once
            self._emit(obj, schema.USER_PROMPT, {"text": text, "queued": True}, key=text_key("queued", text))
            return
        self._emit(obj, schema.USER_PROMPT, {"text": text}, key=text_key("prompt", text))

    def tool_result(self, obj: dict[str, object], block: dict[str, object]) -> None:
        call_id = str(block.get("tool_use_id") or "")
        content = block.get("content")
        output = content if isinstance(content, str) else _join_text(content)
        ok = not block.get("is_error")
        data: dict[str, object] = {"call_id": call_id, "tool": self.tool_names.get(call_id), "ok": ok}
        extra = obj.get("toolUseResult")
        if isinstance(extra, dict) and ("stdout" in extra or "stderr" in extra):
            data["output"] = {"stdout": extra.get("stdout"), "stderr": extra.get("stderr")}
            if extra.get("interrupted"):
                data["interrupted"] = True
        if ok:
            data.setdefault("output", output)
            if data["tool"] == "Bash" and not data.get("interrupted"):
                data["exit_code"] = 0
        else:
            data["error"] = output
            exit_code = parse_exit_code(output)
            if exit_code is not None:
                data["exit_code"] = exit_code
            rejected = isinstance(extra, str) and "rejected" in extra.lower()
            _set_status(data, ("rejected", "") if rejected and not output.startswith(REJECTED)
                        else failure_status(data["tool"], output, bool(data.get("interrupted"))))
        self._emit(obj, schema.TOOL_RESULT, data, key=f"tool_result:{call_id}" if call_id else None)

    def assistant(self, obj: dict[str, object]) -> None:
        message = obj.get("message") or {}
        message_id = str(message.get("id") or obj.get("uuid") or "")
        if obj.get("isApiErrorMessage"):
            self._emit(obj, schema.ERROR, {"error": _join_text(message.get("content")), "source": "api"},
                       key=f"api_error:{obj.get('uuid')}")
            return
        for block in message.get("content") or []:
            if not isinstance(block, dict):
                continue
            if block.get("type") == "text" and str(block.get("text") or "").strip():
                self.assistant_text(obj, message, message_id, block["text"])
            elif block.get("type") == "tool_use":
                call_id = str(block.get("id") or "")
                self.tool_names[call_id] = str(block.get("name") or "")
                self._emit(obj, schema.TOOL_CALL, {"call_id": call_id, "tool": block.get("name"),
                                                   "input": block.get("input")},
                           key=f"tool_call:{call_id}" if call_id else None)
            # thinking blocks are deliberately omitted

    def assistant_text(self, obj: dict[str, object], message: dict[str, object], message_id: str, text: str) -> None:
        event = self.text_events.get(message_id)
        if event is None:
            self.text_events[message_id] = self._emit(
                obj, schema.ASSISTANT_MESSAGE, {"text": text.strip(), "message_id": message_id,
                                                "model": message.get("model")}, key=text_key("assistant", text))
        else:
            event.data["text"] = f"{event.data['text']}\n{text.strip()}"
            event.key = text_key("assistant", event.data["text"])

    def system(self, obj: dict[str, object]) -> None:
        subtype = obj.get("subtype")
        if subtype == "compact_boundary":
            meta = obj.get("compactMetadata") or {}
            self._emit(obj, schema.COMPACTION, {"trigger": meta.get("trigger"), "pre_tokens": meta.get("preTokens")},
                       key=f"compaction:{obj.get('uuid')}")
        elif subtype == "api_error":
            error = obj.get("error") or {}
            self._emit(obj, schema.ERROR, {"error": error, "source": "api", "retry_attempt": obj.get("retryAttempt")},
                       key=f"api_error:{obj.get('uuid')}")
        else:
            self.out.ignored[f"system/{subtype}"] += 1


def _join_text(content: object) -> str:
    if isinstance(content, str):
        return content
    parts = []
    for block in content or []:
        if isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str):
            parts.append(block["text"])
        elif isinstance(block, dict) and block.get("type") == "image":
            parts.append("[image]")
    return "\n".join(parts)


def plugin_enabled() -> str:
    """The settings file that enables the second-nature Claude Code plugin (``enabledPlugins`` holds
    ``second-nature@<marketplace>: true``), or ''. Its hooks and ``install claude-code``'s would both run."""
    for scope in ("user", "project"):
        path = settings_path(scope)
        try:
            with open(path, encoding="utf-8") as f:
                enabled = jsoncodec.loads(f.read()).get("enabledPlugins") or {}
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(enabled, dict) and any(str(k).startswith("second-nature@") and v for k, v in enabled.items()):
            return path
    return ""


def transcript_roots() -> list[str]:
    base = os.environ.get("CLAUDE_CONFIG_DIR") or os.path.join(os.path.expanduser("~"), ".claude")
    return [os.path.join(base, "projects")]


def is_transcript(path: str) -> bool:
    """A ``.jsonl`` that is not a Codex rollout, a Cursor agent transcript or a Gemini CLI chat."""
    return (path.endswith(".jsonl") and not os.path.basename(path).startswith("rollout-")
            and os.path.basename(os.path.dirname(path)) not in ("agent-transcripts", "chats"))


# -------------------------------------------------------------------------------------- installing
# (nothing here is imported until used: the hook process never installs anything)


def settings_path(scope: str, project_dir: str | None = None) -> str:
    if scope == "user":
        base = os.environ.get("CLAUDE_CONFIG_DIR") or os.path.join(os.path.expanduser("~"), ".claude")
        return os.path.join(base, "settings.json")
    from secondnature.hooks.core.scope import git_root

    # settings.local.json: the hook command holds this machine's executable path, which a team must not commit
    return os.path.join(git_root(project_dir or os.getcwd()), ".claude", "settings.local.json")


_SETTINGS = GroupedSettings(HARNESS, HOOK_EVENTS)
is_ours, install, uninstall = _SETTINGS.is_ours, _SETTINGS.install, _SETTINGS.uninstall
