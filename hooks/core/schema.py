"""The normalized event: one JSON object per line of a session log, whatever the harness.

Every adapter (Claude Code, Codex, LangGraph, ...) turns its native payloads into these. Readers
accept lines of newer schema versions and unknown kinds (they are kept, not interpreted).

The modules a hook process imports annotate JSON values as ``object`` rather than ``typing.Any``
and avoid ``dataclasses``: each of those imports costs milliseconds on every tool call.
"""

from __future__ import annotations

import time

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
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + f".{int(t * 1000) % 1000:03d}Z"


class Event:
    """One thing that happened in one agent session.

    ``key`` identifies the same happening when it is seen twice (a hook and later the transcript):
    re-ingesting never duplicates an event that carries a key already in the log.
    A plain class rather than a dataclass: ``dataclasses`` imports ``inspect``, which alone would
    add about a quarter to every hook process.
    """

    __slots__ = ("harness", "session_id", "kind", "data", "scope", "ts", "key", "v")

    def __init__(self, harness: str, session_id: str, kind: str, data: dict[str, object] | None = None,
                 scope: str = "", ts: str | None = None, key: str | None = None, v: int = SCHEMA_VERSION):
        self.harness = harness
        self.session_id = session_id
        self.kind = kind
        self.data = {} if data is None else data
        self.scope = scope
        self.ts = ts or now_iso()
        self.key = key
        self.v = v

    def __repr__(self) -> str:
        return f"Event({self.kind!r}, session={self.session_id!r}, ts={self.ts!r}, data={self.data!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Event) and self.to_dict() == other.to_dict()

    def to_dict(self) -> dict[str, object]:
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
    def from_dict(cls, d: dict[str, object]) -> Event:
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
    import zlib  # not hashlib: its OpenSSL import alone costs ~2.5 ms per hook process

    data = " ".join(text.split()).encode("utf-8", "replace")
    return f"{prefix}:{zlib.crc32(data):08x}{zlib.adler32(data):08x}"  # 64 bits: ample for one session


def sha1_hex(text: str) -> str:
    """SHA-1 of ``text`` in hex, from the built-in module: hashlib would load OpenSSL first (2 ms of every
    hook process)."""
    try:
        from _sha1 import sha1
    except ImportError:  # pragma: no cover - a build without it
        from hashlib import sha1
    return sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
