"""The normalized event: one JSON object per line of a session log, whatever the harness.

Every adapter (Claude Code, Codex, LangGraph, ...) turns its native payloads into these. Readers
accept lines of newer schema versions and unknown kinds (they are kept, not interpreted).
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

SCHEMA_VERSION = 1

SESSION_START = "session_start"
SESSION_END = "session_end"
USER_PROMPT = "user_prompt"
ASSISTANT_MESSAGE = "assistant_message"
TOOL_CALL = "tool_call"
TOOL_RESULT = "tool_result"
ERROR = "error"
OUTCOME = "outcome"
LESSONS_SHOWN = "lessons_shown"
COMPACTION = "compaction"

KINDS = (
    SESSION_START,
    SESSION_END,
    USER_PROMPT,
    ASSISTANT_MESSAGE,
    TOOL_CALL,
    TOOL_RESULT,
    ERROR,
    OUTCOME,
    LESSONS_SHOWN,
    COMPACTION,
)


def now_iso(epoch: float | None = None) -> str:
    """UTC timestamp with milliseconds, the one format every event uses."""
    t = time.time() if epoch is None else epoch
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(t * 1000) % 1000:03d}Z"


@dataclass
class Event:
    """One thing that happened in one agent session.

    ``key`` identifies the same happening when it is seen twice (a hook and later the transcript):
    re-ingesting never duplicates an event that carries a key already in the log.
    """

    harness: str
    session_id: str
    kind: str
    data: dict[str, Any] = field(default_factory=dict)
    scope: str = ""
    ts: str = field(default_factory=now_iso)
    key: str | None = None
    v: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        out = {
            "v": self.v,
            "ts": self.ts,
            "harness": self.harness,
            "session_id": self.session_id,
            "scope": self.scope,
            "kind": self.kind,
            "data": self.data,
        }
        if self.key:
            out["key"] = self.key
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        """Build from a parsed line; raises ValueError when the required fields are missing."""
        try:
            harness, session_id, kind = d["harness"], d["session_id"], d["kind"]
        except (KeyError, TypeError) as e:
            raise ValueError(f"event without {e}") from None
        if not all(isinstance(x, str) for x in (harness, session_id, kind)):
            raise ValueError("harness, session_id and kind must be strings")
        data = d.get("data")
        return cls(
            harness=harness,
            session_id=session_id,
            kind=kind,
            data=data if isinstance(data, dict) else {},
            scope=d.get("scope") or "",
            ts=d.get("ts") or "",
            key=d.get("key"),
            v=d.get("v") if isinstance(d.get("v"), int) else SCHEMA_VERSION,
        )


def text_key(prefix: str, text: str) -> str:
    """A dedupe key for a message seen by two routes (hook and transcript): whitespace-insensitive,
    so that the same words split into blocks differently still match."""
    normalized = " ".join(text.split())
    return f"{prefix}:{hashlib.sha1(normalized.encode('utf-8', 'replace')).hexdigest()[:16]}"
