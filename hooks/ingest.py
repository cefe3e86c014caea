"""Transcripts into session logs, off the hot path: ``sessions ingest``, ``watch`` and the night job.

An event is appended only if its key is not already in the session's log (counting repeats, so a
prompt typed twice stays twice), so ingesting a file again, or a file whose events the hooks already
captured, adds nothing twice. Ingestion runs under a lock shared by every ingesting process.
Standard library only.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from types import ModuleType

from secondnature.hooks.core.log import log
from secondnature.hooks.core.paths import ensure_private_dir, state_dir
from secondnature.hooks.core.schema import text_key
from secondnature.hooks.core.spool import append, read_session

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


@dataclass
class IngestResult:
    path: str
    session_id: str = ""
    added: int = 0
    already: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)


class IngestLock:
    """An exclusive lock held while ingesting, so that ``watch`` and ``sessions ingest`` can overlap."""

    def __enter__(self) -> IngestLock:
        self.fd = os.open(os.path.join(ensure_private_dir(state_dir()), "ingest.lock"), os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is not None:
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)


def ingest_file(path: str, adapter: ModuleType) -> IngestResult:
    """Add the events of one transcript that its session's log does not hold yet."""
    parsed = adapter.parse_transcript(path)
    result = IngestResult(path=path, session_id=parsed.session_id, skipped=parsed.skipped,
                          problems=list(parsed.problems))
    for problem in parsed.problems:
        log("ingest", problem)
    if not parsed.session_id:
        if parsed.events:
            result.problems.append(f"{path}: no session id found; nothing ingested")
        return result
    result.added, result.already = add_new(parsed.session_id, parsed.events)
    return result


def add_new(session_id: str, events: list) -> tuple[int, int]:
    """Append the events whose keys the session's log does not hold yet (repeats counted); (added, already)."""
    with IngestLock():
        seen = read_session(session_id).keys()
        new, already = [], 0
        for event in events:
            if not event.key:
                event.key = text_key(event.kind, event.ts + json.dumps(event.data, sort_keys=True, default=str))
            if seen[event.key] > 0:
                seen[event.key] -= 1
                already += 1
            else:
                new.append(event)
        if new:
            append(new)
    return len(new), already


def transcript_files(adapter: ModuleType, roots: list[str] | None = None) -> list[str]:
    """Every transcript under the adapter's roots (or the given ones), oldest first."""
    found = []
    for root in roots or adapter.transcript_roots():
        if os.path.isfile(root):
            found.append(root)
            continue
        for dirpath, _, files in os.walk(root):
            found.extend(os.path.join(dirpath, f) for f in files if adapter.is_transcript(os.path.join(dirpath, f)))
    return sorted(found, key=lambda p: os.path.getmtime(p) if os.path.exists(p) else 0)


def main(paths: list[str]) -> int:
    """``python -m secondnature.hooks.ingest TRANSCRIPT...``: what the night runs in a process of its own, so
    that the raw transcripts (secrets unredacted) are never in the memory of the process that writes the
    lesson store, whose index files can carry freed memory to disk."""
    from secondnature.hooks.harnesses.registry import for_transcript

    for path in paths:
        harness = for_transcript(path) if os.path.isfile(path) else None
        if harness is None:
            continue
        try:
            ingest_file(path, harness)
        except Exception as e:  # noqa: BLE001 - a bad transcript must not stop the others
            log("ingest", f"{path}: {type(e).__name__}: {e}")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
