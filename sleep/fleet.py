"""The night of a fleet: every machine's sessions in the shared sink (PostgreSQL), lessons in a shared
Chroma server, and any number of ``sleep`` workers on different machines.

Work is split by *family* (a scope, or an agent with all its users: what one user shows, another may
too). A worker takes a family with new events under a PostgreSQL advisory lock held by its connection,
so each family is processed by one worker at a time and a worker that dies (its connection drops)
releases it at once. The family's night state lives in the sink (``sn_families.state``): the
watermark of what was learned, the sessions failing night after night, and the journal of a night
under way, saved before any lesson is written. A worker that takes over a family whose journal is
there finishes that night, applying each change exactly once, as one machine's journal does.

The night itself is the one-machine night's stages over two things this module provides: a
``SinkSessions`` source (the family's sessions, pulled from the sink in event order into a folder of
this machine, ``<data dir>/fleet/<family>/sessions``: files grow by appending, so every machine writes
the same bytes and the shared watermark, session -> size, means the same everywhere) and a
``FamilyNightState`` (the family's watermark, failures and journal in ``sn_families``). Digests and the
report are this machine's, as for any night; the report is saved in the sink too.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from typing import Any

from secondnature.hooks.background import sink
from secondnature.hooks.core.paths import Home, ensure_private_dir, safe_name, write_private
from secondnature.hooks.core.spool import SessionLog
from secondnature.hooks.core.state import read_state
from secondnature.lessons.store import LessonStore
from secondnature.sleep.night_state import unlocked
from secondnature.sleep.sources import LocalSessions

_LOCK_SPACE = "second-nature family"


@dataclass
class FleetResult:
    worker: str
    shipped: int = 0
    families: dict[str, str] = field(default_factory=dict)  # family -> what happened to it here
    nights: list[Any] = field(default_factory=list)


def pending(conn: Any) -> list[str]:
    """Families with events no night has learned from yet, or with a night left unfinished."""
    with conn.cursor() as cur:
        cur.execute("""SELECT e.family FROM sn_events e LEFT JOIN sn_families f USING (family)
                       GROUP BY e.family, f.last_event_id HAVING max(e.id) > coalesce(f.last_event_id, 0)
                       UNION SELECT family FROM sn_families WHERE state ? 'journal' ORDER BY 1""")
        return [row[0] for row in cur.fetchall()]


def run_fleet_night(options: Any, store: LessonStore, url: str, progress: Any = None, at_once: int = 1) -> FleetResult:
    """Ship this machine's sessions, then take and learn from every pending family no other worker holds,
    ``at_once`` families at a time: each in a thread of its own, with its own connection (which holds the
    family's lock and its night state), its own sessions folder, its own options and its own handle on the
    store (whose conflicts and touched scopes are that night's)."""
    conn = sink.connect(url)
    try:
        sink.require_schema(conn)
        result = FleetResult(worker=sink.source_id())
        result.shipped = sink.ship(conn=conn).shipped
        families = pending(conn)
    finally:
        conn.close()
    if at_once <= 1:
        for family in families:
            result.families[family] = _take_and_learn(url, family, options, store, progress, result)
        return result
    from concurrent.futures import ThreadPoolExecutor

    def learn(family: str) -> tuple[str, str]:
        own = LessonStore(path=store.path, url=store.url, embeddings=store.embedder.spec, home=store.home)
        return family, _take_and_learn(url, family, replace(options), own, None, result)

    with ThreadPoolExecutor(max_workers=at_once, thread_name_prefix="sn-family") as pool:
        for family, what in pool.map(learn, families):  # an error in one family is raised here, as alone
            result.families[family] = what
    return result


def _take_and_learn(url: str, family: str, options: Any, store: LessonStore, progress: Any,
                    result: FleetResult) -> str:
    conn = sink.connect(url)
    try:
        if not _try_lock(conn, family):
            return "taken by another worker"
        try:
            return _learn_family(conn, family, options, store, progress, result)
        finally:
            _unlock(conn, family)
    finally:
        conn.close()


def _try_lock(conn: Any, family: str) -> bool:
    with conn.cursor() as cur:
        cur.execute("SELECT pg_try_advisory_lock(hashtext(%s), hashtext(%s))", (_LOCK_SPACE, family))
        return bool(cur.fetchone()[0])


def _unlock(conn: Any, family: str) -> None:
    with conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_unlock(hashtext(%s), hashtext(%s))", (_LOCK_SPACE, family))


def _learn_family(conn: Any, family: str, options: Any, store: LessonStore, progress: Any,
                  result: FleetResult) -> str:
    from secondnature.sleep.job import run_sleep

    with conn.cursor() as cur:  # read again under the lock: another worker may have just finished it
        cur.execute("SELECT last_event_id, state FROM sn_families WHERE family = %s", (family,))
        row = cur.fetchone()
        last, saved = (row[0], row[1]) if row else (0, {})
        cur.execute("SELECT coalesce(max(id), 0) FROM sn_events WHERE family = %s", (family,))
        upto = cur.fetchone()[0]
    if upto <= last and "journal" not in saved:
        return "already learned"
    source = SinkSessions(store.home, conn, family, upto)
    state = FamilyNightState(conn, family, saved, last, upto)
    tags = {"family": family, "worker": result.worker}
    night = run_sleep(options, store=store, progress=progress, source=source, state=state, tags=tags)
    if night.status == "resumed":  # a night another worker left unfinished, now done: then today's
        later = run_sleep(options, store=store, progress=progress, source=source, state=state, tags=tags)
        night = night if later.status == "nothing new" else later
    if night.status == "nothing new":
        state.finish({}, None)  # the family's new events held nothing to learn: they are learned all the same
    if night.report_path:
        with open(night.report_path, encoding="utf-8") as f:  # the bounded, redacted copy the file holds
            sink.save_report(conn, json.load(f))
    result.nights.append(night)
    return f"{night.status} ({source.pulled} sessions pulled)"


class SinkSessions(LocalSessions):
    """One family's sessions from the sink, pulled (what changed since this machine last pulled them) into
    this machine's ``fleet/<family>/sessions`` folder when the night first lists them. Their transcripts
    were read on the machines that captured them, so there is nothing to ingest here."""

    def __init__(self, home: Home, conn: Any, family: str, upto: int) -> None:
        super().__init__(home)
        self.folder = home.path("fleet", safe_name(family), "sessions")
        self.conn, self.family, self.upto, self.pulled = conn, family, upto, 0
        self._fresh = False

    def paths(self, since: float | None) -> list[str]:
        if not self._fresh:
            self.pulled, self._fresh = _materialize(self.conn, self.family, os.path.dirname(self.folder), self.upto), True
        return super().paths(since)

    def ingest(self, logs: list[SessionLog]) -> set[str]:
        return set()


class FamilyNightState:
    """A family's watermark, failures and journal in ``sn_families.state``, with the last event id the
    family has been learned up to. The worker's advisory lock on the family is the night's lock."""

    def __init__(self, conn: Any, family: str, saved: dict[str, Any], last: int, upto: int) -> None:
        self.conn, self.family, self.saved, self.last, self.upto = conn, family, dict(saved), last, upto

    def lock(self) -> Any:
        return unlocked()

    def watermark(self) -> dict[str, int]:
        return dict(self.saved.get("watermark") or {})

    def failures(self) -> dict[str, Any]:
        return dict(self.saved.get("failures") or {})

    def journal(self) -> dict[str, Any] | None:
        return self.saved.get("journal")

    def save_journal(self, journal: dict[str, Any]) -> None:
        self.saved["journal"] = journal
        _save_state(self.conn, self.family, self.saved, self.last)

    def finish(self, watermark: dict[str, int], failures: dict[str, Any] | None) -> None:
        self.saved["watermark"] = {**self.watermark(), **watermark}
        if failures is not None:
            self.saved["failures"] = failures
        self.saved.pop("journal", None)
        self.last = self.upto
        _save_state(self.conn, self.family, self.saved, self.upto)


def _save_state(conn: Any, family: str, state: dict[str, Any], last_event_id: int) -> None:
    with conn.cursor() as cur:
        cur.execute("""INSERT INTO sn_families (family, last_event_id, state, updated_at)
                       VALUES (%s, %s, %s::jsonb, now()) ON CONFLICT (family) DO UPDATE
                       SET last_event_id = excluded.last_event_id, state = excluded.state, updated_at = now()""",
                    (family, last_event_id, json.dumps(state)))


def _materialize(conn: Any, family: str, work: str, upto: int) -> int:
    """Write the family's sessions that changed since this machine last pulled them, each whole, in
    event order (ids grow, so a session's file only ever grows by appending)."""
    folder = ensure_private_dir(os.path.join(work, "sessions"))
    mark_path = os.path.join(ensure_private_dir(os.path.join(work, "state")), "pulled.json")
    pulled = int((read_state(mark_path) or {}).get("upto", 0))
    with conn.cursor() as cur:
        cur.execute("SELECT DISTINCT session_id FROM sn_events WHERE family = %s AND id > %s AND id <= %s",
                    (family, pulled, upto))
        sessions = [row[0] for row in cur.fetchall()]
        for session_id in sessions:
            cur.execute("SELECT line FROM sn_events WHERE session_id = %s AND id <= %s ORDER BY id", (session_id, upto))
            data = "".join(row[0] + "\n" for row in cur.fetchall()).encode("utf-8")
            write_private(os.path.join(folder, safe_name(session_id) + ".jsonl"), data, durable=False)
    write_private(mark_path, json.dumps({"upto": upto}).encode(), durable=False)
    return len(sessions)
