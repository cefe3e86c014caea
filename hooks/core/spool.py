"""The session log: one append-only JSONL file per session, safe under concurrent writers.

Standard library only. A write is one ``os.write`` of whole lines under an exclusive ``flock``, so
writers in several processes never interleave; if an earlier writer died mid-line, the next one
starts on a fresh line so that only the torn line is lost. Readers skip and count what they cannot
parse and keep everything before and after it.
"""

from __future__ import annotations

import os
import time

from secondnature.hooks.core import jsoncodec
from secondnature.hooks.core.log import log
from secondnature.hooks.core.paths import Home, open_private_append, session_file, sessions_dir, write_all
from secondnature.hooks.core.redact import clean, prints_secret, redact_secret_output, safe_id, secret_file
from secondnature.hooks.core.schema import TOOL_CALL, TOOL_RESULT, Event

TYPE_CHECKING = False  # typing itself costs the hook process milliseconds
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

try:
    import fcntl
except ImportError:  # Windows: O_APPEND alone
    fcntl = None  # type: ignore[assignment]


_secret_calls: set[str] = set()  # this process's tool calls whose output is a credential (heroku auth:token)
_WRITTEN = ("content", "contents", "new_string", "new_source", "text")  # what a write puts in a file


def encode(event: Event) -> bytes:
    """The line written for ``event``: redacted, size-bounded, one line of UTF-8 JSON. A result of a
    command that prints a credential (its call comes first, in the same process: hook, ingest or writer)
    has every one-token line of its output redacted."""
    line = event.to_dict()
    data = line.get("data")
    if isinstance(data, dict) and data.get("call_id"):
        if event.kind == TOOL_CALL and secret_file(data.get("input")):  # Read /run/secrets/db; Write creds.txt
            _secret_calls.add(str(data["call_id"]))
            data = line["data"] = {**data, "input": {k: redact_secret_output(v) if k in _WRITTEN else v
                                                     for k, v in data["input"].items()}}
        elif event.kind == TOOL_CALL and prints_secret(data.get("input")):
            _secret_calls.add(str(data["call_id"]))
        elif event.kind == TOOL_RESULT and str(data["call_id"]) in _secret_calls:
            _secret_calls.discard(str(data["call_id"]))
            line["data"] = {k: redact_secret_output(v) if k in ("output", "error", "stdout", "stderr", "content")
                            else v for k, v in data.items()}
    for field in ("data", "scope"):
        line[field] = clean(line[field])
    line["session_id"] = safe_id(str(line["session_id"]))
    if line.get("key"):  # made by us from ids (redacting it would unpair calls and results); only bounded
        line["key"] = str(line["key"])[:1000]
    return (jsoncodec.dumps(line) + "\n").encode("utf-8", "replace")


def append(events: Iterable[Event], root: str | None = None) -> int:
    """Append events to their sessions' logs (under ``root``, the data dir they were captured for;
    default: the current one); returns how many lines were written."""
    by_file: dict[str, list[bytes]] = {}
    for event in events:
        by_file.setdefault(session_file(event.session_id, root), []).append(encode(event))
    written = 0
    for path, lines in by_file.items():
        append_lines(path, b"".join(lines), root)
        written += len(lines)
    return written


def append_lines(path: str, data: bytes, root: str | None = None) -> None:
    fd = open_private_append(path, root)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        size = os.fstat(fd).st_size
        if size and _last_byte(path, size) != b"\n":
            data = b"\n" + data  # a torn line before us stays torn alone
        write_all(fd, data)
    finally:
        os.close(fd)  # also releases the lock


def _last_byte(path: str, size: int) -> bytes:
    with open(path, "rb") as f:
        f.seek(size - 1)
        return f.read(1)


class SessionLog:
    """A session as read back: its events in file order and what had to be skipped."""

    def __init__(self, session_id: str, path: str, events: list[Event] | None = None, skipped: int = 0,
                 problems: list[str] | None = None):
        self.session_id = session_id
        self.path = path
        self.events = events or []
        self.skipped = skipped
        self.problems = problems or []

    @property
    def harness(self) -> str:
        return self.events[0].harness if self.events else ""

    @property
    def scope(self) -> str:
        return next((e.scope for e in self.events if e.scope), "")

    @property
    def started(self) -> str:
        return min((e.ts for e in self.events if e.ts), default="")

    @property
    def ended(self) -> str:
        return max((e.ts for e in self.events if e.ts), default="")

    def kinds(self) -> dict[str, int]:
        """How many events of each kind (a ``Counter``)."""
        from collections import Counter  # not at the top: the hook process only appends

        return Counter(e.kind for e in self.events)

    def keys(self) -> dict[str, int]:
        from collections import Counter

        return Counter(e.key for e in self.events if e.key)


def iter_jsonl(raw: bytes, source: str, problems: list[str]):
    """(line number, object) for each line of JSONL bytes that holds a JSON object; every other line is
    skipped and said in ``problems`` (the last line without its newline as torn: a writer may still be on
    it, or died). The one reader of session logs and transcripts."""
    lines = raw.split(b"\n")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = jsoncodec.loads(line.decode("utf-8", "replace"))
            if not isinstance(obj, dict):
                raise ValueError("not an object")
        except ValueError as e:
            problems.append(f"{source}:{number}: skipped{' (torn last line)' if number == len(lines) else ''}: {e}")
            continue
        yield number, obj


def parse_lines(raw: bytes, source: str) -> tuple[list[Event], int, list[str]]:
    """Events from JSONL bytes, plus the count and reasons of the lines that were skipped."""
    events: list[Event] = []
    problems: list[str] = []
    for number, obj in iter_jsonl(raw, source, problems):
        try:
            events.append(Event.from_dict(obj))
        except (ValueError, TypeError) as e:
            problems.append(f"{source}:{number}: skipped: {e}")
    return events, len(problems), problems


def merge_routes(events: list[Event]) -> list[Event]:
    """One event per happening, whichever route wrote it first.

    Hooks append without reading the log (they are on the hot path), so when a transcript was ingested
    before the hooks fired (``watch``, ``sessions ingest`` or ``sleep`` during a live session) the log
    holds both copies. Copies share a key; transcript copies say ``via``. The n-th hook copy and the
    n-th transcript copy of a key are one event (the earlier line, completed with the other's fields),
    so a prompt typed twice stays twice. Two hook copies of one key and kind written within two seconds are
    one event too: the same hook installed twice (the Claude Code plugin and ``install claude-code``); not for
    in-process capture, which runs once per event.
    """
    events = _without_twin_hooks(events)
    routes: dict[str, tuple[list[int], list[int]]] = {}
    for index, event in enumerate(events):
        if event.key:
            hook, transcript = routes.setdefault(event.key, ([], []))
            (transcript if event.data.get("via") == "transcript" else hook).append(index)
    dropped: set[int] = set()
    for hook, transcript in routes.values():
        for first, second in zip(hook, transcript, strict=False):
            keep, drop = min(first, second), max(first, second)
            events[keep].data = {**events[drop].data, **events[keep].data}
            dropped.add(drop)
    return [event for index, event in enumerate(events) if index not in dropped] if dropped else events


TWIN_SECONDS = 2.0


def _without_twin_hooks(events: list[Event]) -> list[Event]:
    last: dict[tuple[str, str], str] = {}
    dropped: set[int] = set()
    for index, event in enumerate(events):
        if not event.key or event.data.get("via") == "transcript" or event.harness == "langgraph":
            continue  # in-process capture runs once per event; a model's reused call ids ("call_0") are not twins
        before = last.get((event.key, event.kind))  # times are parsed only for a key seen again: rare
        if before is not None and abs(_seconds(event.ts) - _seconds(before)) <= TWIN_SECONDS:
            dropped.add(index)
            continue
        last[(event.key, event.kind)] = event.ts
    return [event for index, event in enumerate(events) if index not in dropped] if dropped else events


def _seconds(ts: str) -> float:
    import calendar

    try:
        return calendar.timegm(time.strptime(ts[:19], "%Y-%m-%dT%H:%M:%S")) + float("0" + ts[19:23])
    except ValueError:
        return 0.0


def read_session(path_or_id: str, home: Home | None = None) -> SessionLog:
    """Read one session log by path or by session id; a missing file is an empty session. Damaged lines are
    skipped, counted and logged in ``home``'s log (this process's when None)."""
    path = path_or_id if os.sep in path_or_id or path_or_id.endswith(".jsonl") else session_file(path_or_id)
    session_id = os.path.basename(path)[: -len(".jsonl")] if path.endswith(".jsonl") else path
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        return SessionLog(session_id=session_id, path=path)
    events, skipped, problems = parse_lines(raw, path)
    events = merge_routes(events)
    if events:
        session_id = events[0].session_id
    for problem in problems:
        log("spool", problem, home)
    return SessionLog(session_id=session_id, path=path, events=events, skipped=skipped, problems=problems)


def session_paths(since_epoch: float | None = None, folder: str | None = None) -> Iterator[str]:
    """Session log files (in ``folder``, this data dir's sessions by default), oldest first by last
    modification; optionally only those touched since."""
    try:
        entries = [e for e in os.scandir(folder or sessions_dir()) if e.name.endswith(".jsonl") and e.is_file()]
    except FileNotFoundError:
        return iter(())
    stamped = [(e.stat().st_mtime, e.path) for e in entries]
    return (p for mtime, p in sorted(stamped) if since_epoch is None or mtime >= since_epoch)


def first_event(session_id: str, path: str | None = None) -> Event | None:
    """The first readable event of a session (its harness and scope), reading only the file's head
    (``path``: the session's log, when it is at hand)."""
    try:
        with open(path or session_file(session_id), "rb") as f:
            head = f.read(65536)
    except FileNotFoundError:
        return None
    events, _, _ = parse_lines(head.rsplit(b"\n", 1)[0] if b"\n" in head else head, session_id)
    return events[0] if events else None
