"""Codex CLI: rollout files and hook payloads into events, and installing the hooks.

Rollouts live in ``$CODEX_HOME/sessions/YYYY/MM/DD/rollout-*.jsonl``. Two formats exist: the current
envelope ``{"timestamp", "type", "payload"}`` and the legacy one (a bare meta line, then
``{"record_type": "state"}`` lines and bare response items). Shell results appear twice (an
``exec_command_end`` event and a ``function_call_output``) and are merged by call id.
Codex hook payloads have Claude Code's shape, so their handlers are shared. Standard library only.
"""

from __future__ import annotations

import os

from secondnature.hooks.core import jsoncodec, schema
from secondnature.hooks.core.paths import Home
from secondnature.hooks.core.schema import Event, text_key
from secondnature.hooks.core.scope import project_scope
from secondnature.hooks.harnesses import claude_code
from secondnature.hooks.harnesses.base import Transcript, parse_exit_code
from secondnature.hooks.harnesses.grouped_settings import GroupedSettings

HARNESS = "codex"
TITLE = "Codex"

HOOK_EVENTS: dict[str, dict[str, object]] = {
    "SessionStart": {"matcher": "startup|resume|clear|compact", "timeout": 10},
    "UserPromptSubmit": {"timeout": 10},
    "PostToolUse": {"matcher": ".*", "timeout": 10},
    "Stop": {"timeout": 10},
    "SubagentStop": {"timeout": 10},
    "PreCompact": {"matcher": "manual|auto", "timeout": 10},
}

# Patterns as sources, compiled by ``re`` on first use: a hook process that needs none skips importing it.
_SESSION_UUID = r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl$"
_ENV_CWD = r"(?s)<cwd>(.*?)</cwd>"
_SCAFFOLDING = ("<environment_context>", "<user_instructions>", "<INSTRUCTIONS>", "# AGENTS.md instructions",
                "<permissions instructions>", "<collaboration_mode>")
_SHELL_TOOLS = {"shell", "shell_command", "exec_command", "local_shell", "Bash"}
_POLL_TOOLS = {"write_stdin"}  # unified exec: more input to, or more output from, a running command
# Codex's words for a call that did not run as asked: the user (or its approval guard) said no, or it was aborted.
_REJECTED = ("exec command rejected by user", "patch rejected by user", "This action was rejected due to unacceptable risk")
_NOT_RUN = ("aborted", "aborted by user", "sandbox denied exec error")
_EXITED = r"(?:^|\n)Process exited with code (-?\d+)"
_RUNNING = r"(?:^|\n)Process running with session ID (\d+)"


# ----------------------------------------------------------------------------------- hook payloads


def handle_hook(payload: dict[str, object], home: Home | None = None) -> tuple[list[Event], str | None]:
    events, output = claude_code.handle_hook(payload, home)
    for event in events:
        event.harness = HARNESS
        if event.kind == schema.TOOL_RESULT and payload.get("hook_event_name") == "PostToolUse":
            _judge_tool_result(event.data)
    if payload.get("hook_event_name") in ("Stop", "SubagentStop") and output is None:
        output = "{}"  # Codex wants JSON on stdout from Stop hooks
    return events, output


def _judge_tool_result(data: dict[str, object]) -> None:
    """Codex has no PostToolUseFailure: success is read from the exit code when the tool gives one."""
    data.pop("exit_code", None)
    response = data.get("output")
    exit_code = None
    if isinstance(response, dict):
        for name in ("exit_code", "exitCode"):
            if isinstance(response.get(name), int):
                exit_code = response[name]
    elif isinstance(response, str):
        exit_code = parse_exit_code(response)
        exited, running = _process_status(response)
        if exit_code is None and exited is not None:
            exit_code = exited
        elif exit_code is None and running is not None:
            data["status"], data["ok"] = "running", None
    if exit_code is not None:
        data["exit_code"] = exit_code
        data["ok"] = exit_code == 0
        if exit_code:
            data["status"] = failure_status(data.get("tool"))
    _mark_refused(data, response)


# ----------------------------------------------------------------------------------------- rollouts


def parse_transcript(path: str) -> Transcript:
    """Read a rollout file, current or legacy format, leniently."""
    out = Transcript()
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        out.problems.append(f"{path}: cannot read ({e})")
        return out
    items: list[tuple[str, str, dict[str, object]]] = []  # (timestamp, type, payload)
    from secondnature.hooks.core.spool import iter_jsonl  # off the hook path: transcripts are read later

    for _, obj in iter_jsonl(raw, path, out.problems):
        if isinstance(obj.get("payload"), dict) and isinstance(obj.get("type"), str):
            items.append((str(obj.get("timestamp") or ""), obj["type"], obj["payload"]))
        elif obj.get("record_type") == "state":
            out.ignored["state"] += 1
        elif "type" in obj:
            items.append((str(obj.get("timestamp") or ""), "response_item", obj))  # legacy bare item
        elif "id" in obj and ("instructions" in obj or "git" in obj or "timestamp" in obj):
            items.append((str(obj.get("timestamp") or ""), "session_meta", obj))  # legacy meta line
        else:
            out.ignored["unknown"] += 1
    out.skipped = len(out.problems)  # the lines that are not JSON objects
    _Rollout(out, path, items).run()
    return out


class _Rollout:
    def __init__(self, out: Transcript, path: str, items: list[tuple[str, str, dict[str, object]]]):
        self.out, self.path, self.items = out, path, items
        self.scope = ""
        self.tool_names: dict[str, str] = {}
        self.results: dict[str, Event] = {}  # call id -> its tool_result event (merged twice-reported results)
        self.running: dict[str, str] = {}  # unified exec session id -> the call that started it
        self.polls: dict[str, str] = {}  # write_stdin call id -> the unified exec session it polls
        kinds = {(t, p.get("type")) for _, t, p in items}
        self.prompts_from_events = ("event_msg", "user_message") in kinds
        self.replies_from_events = ("event_msg", "agent_message") in kinds

    def run(self) -> None:
        import re

        m = re.search(_SESSION_UUID, self.path)
        self.out.session_id = m.group(1) if m else ""
        for ts, typ, payload in self.items:
            try:
                self.item(ts, typ, payload)
            except (TypeError, ValueError, AttributeError, KeyError) as e:
                self.out.skipped += 1
                self.out.problems.append(f"{self.path}: skipped {typ}: {type(e).__name__}: {e}")

    def emit(self, ts: str, kind: str, data: dict[str, object], key: str | None = None) -> Event:
        data["via"] = "transcript"
        event = Event(harness=HARNESS, session_id=self.out.session_id, scope=self.scope, kind=kind,
                      data=data, key=key, ts=ts or schema.now_iso())
        self.out.events.append(event)
        return event

    def set_cwd(self, ts: str, cwd: object, meta: dict[str, object]) -> None:
        if self.scope or not cwd:
            return
        self.scope = project_scope(str(cwd), str(meta.get("git_branch") or ""))
        for event in self.out.events:  # events read before the cwd was known
            event.scope = self.scope
        self.emit(ts, schema.SESSION_START, {"source": "rollout", "cwd": cwd, **meta}, key="session_start")

    def item(self, ts: str, typ: str, p: dict[str, object]) -> None:
        if typ == "session_meta":
            self.out.session_id = str(p.get("id") or self.out.session_id)
            git = p.get("git") if isinstance(p.get("git"), dict) else {}
            self.set_cwd(ts, p.get("cwd"), {"cli_version": p.get("cli_version"), "originator": p.get("originator"),
                                            "git_branch": git.get("branch")})
        elif typ == "turn_context":
            self.set_cwd(ts, p.get("cwd"), {"model": p.get("model")})
        elif typ == "response_item":
            self.response_item(ts, p)
        elif typ == "event_msg":
            self.event_msg(ts, p)
        elif typ == "compacted":
            self.emit(ts, schema.COMPACTION, {"summary": p.get("message")}, key=f"compaction:{ts}")
        else:
            self.out.ignored[typ] += 1

    def response_item(self, ts: str, p: dict[str, object]) -> None:
        kind = p.get("type")
        if kind == "message":
            text = "\n".join(c.get("text", "") for c in p.get("content") or []
                             if isinstance(c, dict) and isinstance(c.get("text"), str))
            role = p.get("role")
            if role == "user":
                if text.startswith("<environment_context>") and not self.scope:
                    import re

                    m = re.search(_ENV_CWD, text)
                    if m:
                        self.set_cwd(ts, m.group(1).strip(), {})
                if not self.prompts_from_events and text.strip() and not text.lstrip().startswith(_SCAFFOLDING):
                    self.emit(ts, schema.USER_PROMPT, {"text": text}, key=text_key("prompt", text))
            elif role == "assistant" and not self.replies_from_events and text.strip():
                self.emit(ts, schema.ASSISTANT_MESSAGE, {"text": text}, key=text_key("assistant", text))
            else:
                self.out.ignored[f"message/{role}"] += 1
        elif kind in ("function_call", "custom_tool_call", "local_shell_call"):
            call_id = str(p.get("call_id") or p.get("id") or "")
            name = str(p.get("name") or ("local_shell" if kind == "local_shell_call" else ""))
            if name in _POLL_TOOLS:  # not a step of its own: its output belongs to the command it polls
                arguments = _tool_input(p)
                self.polls[call_id] = str(arguments.get("session_id") if isinstance(arguments, dict) else "")
                return
            self.tool_names[call_id] = name
            self.emit(ts, schema.TOOL_CALL, {"call_id": call_id, "tool": name, "input": _tool_input(p)},
                      key=f"tool_call:{call_id}" if call_id else None)
        elif kind in ("function_call_output", "custom_tool_call_output"):
            call_id = str(p.get("call_id") or "")
            output, exit_code, running = _parse_output(p.get("output"))
            if call_id in self.polls:
                polled = self.running.get(self.polls.pop(call_id))
                if polled:
                    self.result(ts, polled, output=output, exit_code=exit_code)
                return
            if running:
                self.running[running] = call_id
            self.result(ts, call_id, output=output, exit_code=exit_code, running=bool(running))
        elif kind == "web_search_call":
            self.emit(ts, schema.TOOL_CALL, {"call_id": str(p.get("id") or ""), "tool": "web_search",
                                             "input": p.get("action")})
        else:
            self.out.ignored[f"response_item/{kind}"] += 1  # reasoning is deliberately omitted

    def event_msg(self, ts: str, p: dict[str, object]) -> None:
        kind = p.get("type")
        if kind == "user_message" and isinstance(p.get("message"), str):
            text = p["message"]
            if text.strip() and not text.lstrip().startswith(_SCAFFOLDING):
                self.emit(ts, schema.USER_PROMPT, {"text": text}, key=text_key("prompt", text))
        elif kind == "agent_message" and isinstance(p.get("message"), str) and p["message"].strip():
            self.emit(ts, schema.ASSISTANT_MESSAGE, {"text": p["message"]}, key=text_key("assistant", p["message"]))
        elif kind == "exec_command_end":
            output = p.get("aggregated_output")
            if output is None:
                output = "\n".join(x for x in (p.get("stdout"), p.get("stderr")) if x)
            exit_code = p.get("exit_code") if isinstance(p.get("exit_code"), int) else None
            self.result(ts, str(p.get("call_id") or ""), output=output, exit_code=exit_code, whole=True)
        elif kind == "turn_aborted":
            self.emit(ts, schema.ERROR, {"error": f"turn aborted: {p.get('reason')}", "interrupted": True,
                                         "source": "user"}, key=f"turn_aborted:{ts}")
        elif kind == "error":
            self.emit(ts, schema.ERROR, {"error": p.get("message"), "source": "api"}, key=f"error:{ts}")
        else:
            self.out.ignored[f"event_msg/{kind}"] += 1

    def result(self, ts: str, call_id: str, output: object, exit_code: int | None, running: bool = False,
               whole: bool = False) -> None:
        """Record a call's result. A command still running has a placeholder result (its own key, so
        that the final one, from ``exec_command_end`` or a later poll, is a new event when ingested
        again) whose output grows with each poll; ``whole``: the command's whole output (``exec_command_end``)."""
        key = f"tool_result:{call_id}" if call_id else None
        event = self.results.get(call_id) if call_id else None
        if event is None:
            data: dict[str, object] = {"call_id": call_id, "tool": self.tool_names.get(call_id), "ok": True, "output": output}
            event = self.emit(ts, schema.TOOL_RESULT, data, key=key)
            if call_id:
                self.results[call_id] = event
        elif whole and output:
            event.data["output"] = output
        elif event.data.get("status") == "running" and isinstance(output, str) and output:
            event.data["output"] = f"{event.data.get('output') or ''}{output}"
        elif not event.data.get("output") and output:
            event.data["output"] = output
        if running:
            event.data.update(status="running", ok=None)
            event.key = f"{key}:running" if key else None
        elif exit_code is not None and event.data.get("status") == "running":
            del event.data["status"]
            event.key, event.ts = key, ts or event.ts
        if exit_code is not None:
            event.data["exit_code"] = exit_code
            event.data["ok"] = exit_code == 0
            if exit_code != 0:
                event.data["error"] = event.data.get("output")
                event.data["status"] = failure_status(event.data.get("tool"))
        _mark_refused(event.data, output)


def _tool_input(p: dict[str, object]) -> object:
    if p.get("type") == "local_shell_call":
        action = p.get("action") or {}
        return {"command": action.get("command"), "workdir": action.get("working_directory")}
    raw = p.get("arguments", p.get("input"))
    if isinstance(raw, str):
        try:
            return jsoncodec.loads(raw)
        except ValueError:
            return raw
    return raw


def _mark_refused(data: dict[str, object], output: object) -> None:
    """A call the user (or Codex's approval guard) refused, or that was aborted, did not run as asked."""
    said = output.strip() if isinstance(output, str) else ""
    if said.startswith(_REJECTED) or said in _NOT_RUN:
        data.update(ok=False, error=said, status="rejected" if said.startswith(_REJECTED) else "not_run")


def failure_status(tool: object) -> str:
    """A non-zero exit of a shell or MCP tool is the project failing; of Codex's own tools (a patch that
    does not apply, a file it cannot read), the agent's slip."""
    return "failed" if tool in _SHELL_TOOLS or str(tool or "").startswith("mcp__") else "protocol"


def _parse_output(raw: object) -> tuple[object, int | None, str]:
    """(output, exit code, the unified exec session id when the command is still running).

    Function outputs are plain text ("Exit code: 1\\nWall time...\\nOutput:\\n...", or unified exec's
    "Chunk ID: ...\\nProcess exited with code 1\\n...\\nOutput:\\n...") or, in older versions, a
    JSON string ``{"output": ..., "metadata": {"exit_code": ...}}``."""
    if isinstance(raw, dict):
        raw = raw.get("content", raw)
    if isinstance(raw, str) and raw.startswith("{"):
        try:
            obj = jsoncodec.loads(raw)
            if isinstance(obj, dict) and "output" in obj:
                meta = obj.get("metadata") if isinstance(obj.get("metadata"), dict) else {}
                code = meta.get("exit_code")
                return obj["output"], code if isinstance(code, int) else None, ""
        except ValueError:
            pass
    if isinstance(raw, str):
        exited, running = _process_status(raw)
        if exited is not None or running is not None:
            body = raw.split("\nOutput:\n", 1)[1] if "\nOutput:\n" in raw else ""
            return body, exited, running if running is not None and exited is None else ""
        return raw, parse_exit_code(raw), ""
    return raw, None, ""


def _process_status(text: str) -> tuple[int | None, str | None]:
    """(exit code, running session id) from unified exec's ``Process exited with code N`` /
    ``Process running with session ID N`` lines."""
    if "Process " not in text:
        return None, None
    import re

    exited, running = re.search(_EXITED, text), re.search(_RUNNING, text)
    return (int(exited.group(1)) if exited else None), (running.group(1) if running else None)


def transcript_roots() -> list[str]:
    base = os.environ.get("CODEX_HOME") or os.path.join(os.path.expanduser("~"), ".codex")
    return [os.path.join(base, "sessions")]


def is_transcript(path: str) -> bool:
    return os.path.basename(path).startswith("rollout-") and path.endswith(".jsonl")


# -------------------------------------------------------------------------------------- installing
# (nothing here is imported until used: the hook process never installs anything)


def settings_path(scope: str = "user", project_dir: str | None = None) -> str:
    if scope == "user":
        base = os.environ.get("CODEX_HOME") or os.path.join(os.path.expanduser("~"), ".codex")
        return os.path.join(base, "hooks.json")
    from secondnature.hooks.core.scope import git_root

    return os.path.join(git_root(project_dir or os.getcwd()), ".codex", "hooks.json")


_SETTINGS = GroupedSettings(HARNESS, HOOK_EVENTS)
is_ours, install, uninstall = _SETTINGS.is_ours, _SETTINGS.install, _SETTINGS.uninstall
