"""Learn from the traces a deployment already has: ``second-nature sessions import``.

Two sources, turned into the same events live capture writes (so the night reads them through the same
episode and outcome code):
- a LangGraph checkpointer (``SqliteSaver``, ``PostgresSaver``): each thread's latest messages as the
  deployment stored them; the scope is the agent name and the thread's ``user_id``;
- OpenAI chat-format logs (JSON or JSONL of ``{messages, reward, ...}``, tau-bench and tau2-bench results
  included), the reward, task and id fields named by dotted paths.
Importing is idempotent: every event has a key made from its place in the trace, and a key already in the
session's log is not added again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from secondnature.hooks.core import schema
from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.schema import Event
from secondnature.hooks.core.scope import agent_scope
from secondnature.hooks.ingest import add_new

HARNESS = "langgraph"


class TraceError(SecondNatureError, ValueError):
    """A trace source that cannot be read; the message says what was expected."""


@dataclass
class Trace:
    session_id: str
    user_id: str | None
    messages: list[dict[str, Any]]  # OpenAI chat shape: role, content, tool_calls, tool_call_id, error
    reward: float | None = None
    task_id: str | None = None


@dataclass
class Fields:
    """Where a chat-format record keeps what we need (dotted paths)."""

    messages: str = "messages"
    reward: str = "reward"
    task: str = "task_id"
    id: str = "id"
    user: str = "user_id"


def import_traces(traces: list[Trace], agent: str) -> dict[str, int]:
    """Append each trace's events that its session's log does not hold yet."""
    added = already = 0
    for trace in traces:
        new, old = add_new(trace.session_id, events(trace, agent))
        added += new
        already += old
    return {"sessions": len(traces), "added": added, "already": already}


def events(trace: Trace, agent: str) -> list[Event]:
    scope = agent_scope(agent, trace.user_id)

    def event(kind: str, key: str, **data: Any) -> Event:
        return Event(harness=HARNESS, session_id=trace.session_id, scope=scope, kind=kind, data=data, key=f"import:{key}")

    start: dict[str, Any] = {"agent": agent, "user_id": trace.user_id, "source": "import"}
    if trace.task_id:
        start["task_id"] = trace.task_id
    out = [event(schema.SESSION_START, "start", **start)]
    names: dict[str, str] = {}
    for n, message in enumerate(trace.messages):
        role, content = message.get("role"), _text(message.get("content"))
        if role in ("user", "human"):
            if content.strip():
                out.append(event(schema.USER_PROMPT, f"{n}:prompt", text=content))
        elif role in ("assistant", "ai"):
            if content.strip():
                out.append(event(schema.ASSISTANT_MESSAGE, f"{n}:text", text=content))
            for k, call in enumerate(message.get("tool_calls") or []):
                name, arguments, call_id = _call(call, f"{n}.{k}")
                names[call_id] = name
                out.append(event(schema.TOOL_CALL, f"{n}.{k}:call", call_id=call_id, tool=name, input=arguments))
        elif role == "tool":
            call_id = str(message.get("tool_call_id") or message.get("id") or "")
            failed = bool(message.get("error")) or message.get("status") == "error" or content.startswith("Error")
            data = {"call_id": call_id, "tool": names.get(call_id) or message.get("name"), "ok": not failed}
            data["error" if failed else "output"] = content
            out.append(event(schema.TOOL_RESULT, f"{n}:result", **data))
    if trace.reward is not None:
        out.append(event(schema.OUTCOME, "outcome", reward=trace.reward, source="import"))
    return out


def _call(call: dict[str, Any], fallback: str) -> tuple[str, Any, str]:
    """(name, arguments, id) of a tool call in OpenAI's shape (``function.arguments`` a JSON string), tau2's
    (``name``, ``arguments`` a dict) or LangChain's (``name``, ``args``)."""
    function = call.get("function") if isinstance(call.get("function"), dict) else call
    arguments = function.get("arguments", function.get("args", {}))
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments)
        except ValueError:
            pass
    return str(function.get("name") or "tool"), arguments, str(call.get("id") or fallback)


def _text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(str(part.get("text", "")) if isinstance(part, dict) else str(part) for part in content)
    return str(content)


def _at(record: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(record, dict) or part not in record:
            return None
        record = record[part]
    return record


# ------------------------------------------------------------------------------ chat-format files


def chat_traces(path: str, fields: Fields | None = None) -> list[Trace]:
    """The records of a JSON or JSONL file of chat logs (a list, ``{"simulations": [...]}`` as tau2-bench
    writes results, or one record per line)."""
    fields = fields or Fields()
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise TraceError(f"cannot read {path}: {e.strerror}") from None
    try:
        data = json.loads(text)
        records = (data.get("simulations") or data.get("results") or [data]) if isinstance(data, dict) else data
    except ValueError:
        records = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except ValueError:
                    raise TraceError(f"{path}:{number}: not JSON; expected JSON or JSONL of "
                                       "{messages, reward, ...} records") from None
    out = []
    for record in records if isinstance(records, list) else []:
        messages = _at(record, fields.messages)
        if not isinstance(messages, list) or not messages:
            continue
        reward = _at(record, fields.reward)
        if reward is None and fields.reward == "reward":
            reward = _at(record, "reward_info.reward")  # tau2-bench
        ident = _at(record, fields.id)
        digest = hashlib.sha1(json.dumps(messages, sort_keys=True, default=str).encode()).hexdigest()[:16]
        user = _at(record, fields.user)
        task = _at(record, fields.task)
        out.append(Trace(session_id=str(ident) if ident not in (None, "") else f"import-{digest}",
                         user_id=str(user) if user not in (None, "") else None, messages=messages,
                         reward=float(reward) if isinstance(reward, (int, float)) and not isinstance(reward, bool)
                         else None, task_id=str(task) if task not in (None, "") else None))
    return out


# ------------------------------------------------------------------------------ checkpointers


def checkpoint_traces(source: str) -> list[Trace]:
    """Each thread of a LangGraph checkpointer, at its latest checkpoint: ``postgresql://...`` for a
    ``PostgresSaver``, else the path of a ``SqliteSaver`` database."""
    if source.startswith(("postgresql://", "postgres://")):
        try:
            from langgraph.checkpoint.postgres import PostgresSaver
        except ImportError:
            raise TraceError("a Postgres checkpointer needs langgraph-checkpoint-postgres: "
                               "pip install 'second-nature[fleet]'") from None
        import psycopg

        try:
            with PostgresSaver.from_conn_string(source) as saver:
                return list(_threads(saver))
        except psycopg.Error as e:
            first = (str(e).strip().splitlines() or [type(e).__name__])[0][:200]
            raise TraceError(f"cannot read the checkpointer database at {source.split('@')[-1]} ({first})") from None
    path = source.removeprefix("sqlite:///")
    if not os.path.isfile(path):
        raise TraceError(f"no checkpointer database at {path}")
    try:
        from langgraph.checkpoint.sqlite import SqliteSaver
    except ImportError:
        raise TraceError("a SQLite checkpointer needs langgraph-checkpoint-sqlite: "
                           "pip install 'second-nature[import]'") from None
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        return list(_threads(SqliteSaver(conn)))
    finally:
        conn.close()


def _threads(saver: Any) -> Iterator[Trace]:
    latest: dict[str, Any] = {}
    for item in saver.list(None):  # newest first within a thread
        thread = str(item.config.get("configurable", {}).get("thread_id") or "")
        if thread and item.config.get("configurable", {}).get("checkpoint_ns", "") == "" and thread not in latest:
            latest[thread] = item
    for thread, item in sorted(latest.items()):
        values = item.checkpoint.get("channel_values") or {}
        messages = [_message(m) for m in values.get("messages") or []]
        meta = dict(item.metadata or {})
        user = meta.get("user_id")
        task = meta.get("task_id")
        yield Trace(session_id=thread, user_id=str(user) if user else None, messages=[m for m in messages if m],
                    task_id=str(task) if task else None)


def _message(message: Any) -> dict[str, Any]:
    """A LangChain message in the chat shape ``events`` reads."""
    kind = getattr(message, "type", "")
    role = {"human": "user", "ai": "assistant", "tool": "tool", "system": "system"}.get(kind, "")
    out: dict[str, Any] = {"role": role, "content": getattr(message, "content", "")}
    if kind == "ai":
        out["tool_calls"] = [{"id": c.get("id"), "name": c.get("name"), "arguments": c.get("args", {})}
                             for c in getattr(message, "tool_calls", None) or []]
    if kind == "tool":
        out["tool_call_id"] = getattr(message, "tool_call_id", "")
        out["name"] = getattr(message, "name", None)
        out["error"] = getattr(message, "status", "") == "error"
    return out
