"""The shared session sink of a fleet: PostgreSQL, the database LangGraph deployments already run.

Replicas and laptops keep writing their local session logs (the agent's thread only enqueues; hook
processes stay standard library only); this module *ships* new complete lines of those logs to the
sink. A line's identity is (the data dir's source id, its session, its byte offset in the local log),
under a unique constraint, so a retry, a replay or two shippers at once never duplicate it, and the
offset state makes shipping resumable. While the database is down or slow the lines wait in the
local log and go when it is back: nothing lost, nothing blocked.

Not imported by hook processes: it needs psycopg (``pip install 'second-nature[fleet]'``).
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.log import log
from secondnature.hooks.core.paths import Home, data_dir, made_once, write_private
from secondnature.hooks.core.scope import family
from secondnature.hooks.core.state import read_state

URL_ENV = "SECOND_NATURE_EVENTS_URL"
SCHEMA_VERSION = 2
SHIP_BATCH = 2000  # lines per INSERT round trip

# Each version's statements, applied in order by ``upgrade`` (never edited once released: add a version).
MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE sn_events (
               id bigserial PRIMARY KEY,
               source text NOT NULL,
               session_id text NOT NULL,
               line_offset bigint NOT NULL,
               scope text NOT NULL,
               family text NOT NULL,
               line text NOT NULL,
               received_at timestamptz NOT NULL DEFAULT now(),
               UNIQUE (source, session_id, line_offset))""",
        "CREATE INDEX sn_events_family ON sn_events (family, id)",
        "CREATE INDEX sn_events_session ON sn_events (session_id, id)",
        """CREATE TABLE sn_families (
               family text PRIMARY KEY,
               last_event_id bigint NOT NULL DEFAULT 0,
               state jsonb NOT NULL DEFAULT '{}',
               updated_at timestamptz NOT NULL DEFAULT now())""",
    ],
    2: [  # each family's night report, readable by `report` on any machine of the fleet
        """CREATE TABLE sn_reports (
               night text NOT NULL,
               family text NOT NULL,
               worker text NOT NULL,
               report jsonb NOT NULL,
               written_at timestamptz NOT NULL DEFAULT now(),
               PRIMARY KEY (night, family))""",
    ],
}


class SinkError(SecondNatureError, RuntimeError):
    """The sink cannot be used; the message says why and what to do."""


def events_url() -> str | None:
    """``$SECOND_NATURE_EVENTS_URL``, else ``[capture] events_url`` in config.toml, else None (local only)."""
    from secondnature.hooks.core.settings import read_settings

    return read_settings().capture.events_url


def connect(url: str, timeout: float = 5.0) -> Any:
    try:
        import psycopg
    except ImportError:
        raise SinkError("a PostgreSQL events sink needs psycopg: pip install 'second-nature[fleet]'") from None
    try:
        return psycopg.connect(url, connect_timeout=max(1, int(timeout)), autocommit=True)
    except psycopg.Error as e:
        raise SinkError(f"cannot reach the events database ({_first_line(e)}); is it running, and is "
                        f"{URL_ENV} right?") from None


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]


def schema_version(conn: Any) -> int:
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('sn_meta') IS NOT NULL")
        if not cur.fetchone()[0]:
            return 0
        cur.execute("SELECT value FROM sn_meta WHERE key = 'schema_version'")
        row = cur.fetchone()
        return int(row[0]) if row else 0


def upgrade(conn: Any) -> tuple[int, int]:
    """Create or migrate the schema to ``SCHEMA_VERSION``, in one transaction, one upgrader at a time;
    returns (version before, version after)."""
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(hashtext('second-nature schema'))")
        cur.execute("CREATE TABLE IF NOT EXISTS sn_meta (key text PRIMARY KEY, value text NOT NULL)")
        before = schema_version(conn)
        if before > SCHEMA_VERSION:
            raise SinkError(f"the events database has schema version {before}, newer than this second-nature "
                            f"({SCHEMA_VERSION}): upgrade second-nature")
        for version in range(before + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[version]:
                cur.execute(statement)
        cur.execute("INSERT INTO sn_meta VALUES ('schema_version', %s) ON CONFLICT (key) DO UPDATE SET value = "
                    "excluded.value", (str(SCHEMA_VERSION),))
    return before, SCHEMA_VERSION


def require_schema(conn: Any) -> None:
    version = schema_version(conn)
    if version != SCHEMA_VERSION:
        raise SinkError(f"the events database has schema version {version}, this second-nature needs "
                        f"{SCHEMA_VERSION}: run `second-nature db upgrade`")


def source_id(root: str | None = None) -> str:
    """The data dir's name in the sink, made once (a replica's ephemeral disk gets a new one)."""
    return made_once(os.path.join(root or data_dir(), "state", "source_id"),
                     lambda: f"{os.uname().nodename[:40]}-{os.urandom(6).hex()}")


# ------------------------------------------------------------------------------------------ shipping


@dataclass
class ShipResult:
    shipped: int = 0  # lines new to the sink
    already: int = 0  # lines it had (a retry, a replay)
    skipped: int = 0  # lines that are not JSON events: counted, logged, never shipped
    files: int = 0
    problems: list[str] = field(default_factory=list)


def ship(url: str | None = None, conn: Any = None, root: str | None = None) -> ShipResult:
    """Ship every complete line the session logs of the data dir ``root`` (default: the current one)
    gained since the last ship; resumable."""
    root = root or data_dir()
    offsets_path = os.path.join(root, "state", "sink_offsets.json")
    result = ShipResult()
    own = conn is None
    conn = conn or connect(url or events_url() or "")
    try:
        require_schema(conn)
        source = source_id(root)
        offsets = read_state(offsets_path) or {}
        folder = os.path.join(root, "sessions")
        names = sorted(n for n in os.listdir(folder) if n.endswith(".jsonl")) if os.path.isdir(folder) else []
        for name in names:
            path = os.path.join(folder, name)
            size = os.path.getsize(path)
            start = int(offsets.get(name, 0))
            if size < start:  # replaced by a shorter file: ship it again from the start (keys differ by offset)
                result.problems.append(f"{name}: shorter than what was shipped; shipping it again")
                start = 0
            if size == start:
                continue
            end = _ship_file(conn, path, start, source, result, Home(root))
            offsets[name] = end
            write_private(offsets_path, json.dumps(offsets).encode(), durable=False)
            result.files += 1
    finally:
        if own:
            conn.close()
    return result


def _ship_file(conn: Any, path: str, start: int, source: str, result: ShipResult, home: Home) -> int:
    """Ship the complete lines of ``path`` from byte ``start``; returns the offset after the last one."""
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read()
    end = data.rfind(b"\n") + 1  # a line still being written waits for the next ship
    rows, offset = [], start
    for raw in data[:end].splitlines(keepends=True):
        line = raw.decode("utf-8", "replace").rstrip("\n")
        try:
            obj = json.loads(line)
            session_id, scope = str(obj["session_id"]), str(obj.get("scope") or "")
        except (ValueError, KeyError, TypeError):
            result.skipped += 1
            log("sink", f"{os.path.basename(path)} at byte {offset}: not a JSON event, not shipped", home)
        else:
            rows.append((source, session_id, offset, scope, family(scope) if scope else "", line))
        offset += len(raw)
    for i in range(0, len(rows), SHIP_BATCH):
        chunk = rows[i:i + SHIP_BATCH]
        with conn.transaction(), conn.cursor() as cur:
            cur.executemany("INSERT INTO sn_events (source, session_id, line_offset, scope, family, line) "
                            "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING", chunk)
            new = max(cur.rowcount, 0)
        result.shipped += new
        result.already += len(chunk) - new
    return start + end


class Shipper:
    """Ships in the background for a long-running process (a LangGraph replica): woken by the writer
    after each batch it writes, at most every ``interval`` seconds; while the database is unreachable
    it retries with backoff and logs once per outage. Never raises into its caller."""

    def __init__(self, url: str, root: str, interval: float = 1.0):
        self.url, self.root, self.interval = url, root, interval
        self.shipped, self.failures = 0, 0
        self.down_since: float | None = None
        self._wake = threading.Event()
        self._lock = threading.Lock()  # one ship at a time: the thread's, or a flush's (``ship_now``)
        self._conn: Any = None
        self._thread = threading.Thread(target=self._run, name="second-nature-shipper", daemon=True)
        self._thread.start()

    def kick(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        delay = self.interval
        while True:
            self._wake.wait(timeout=max(delay, self.interval) * 10)
            time.sleep(delay)  # let a burst gather: one round trip per burst
            self._wake.clear()
            try:
                with self._lock:
                    if self._conn is None or self._conn.closed:
                        self._conn = connect(self.url)
                    self.shipped += ship(conn=self._conn, root=self.root).shipped
                if self.down_since is not None:
                    log("sink", f"events database back after {time.time() - self.down_since:.0f} s; shipped what waited", Home(self.root))
                self.down_since, delay = None, self.interval
            except Exception as e:  # noqa: BLE001 - the database may be down: lines wait in the local log
                self.failures += 1
                if self.down_since is None:
                    self.down_since = time.time()
                    log("sink", f"cannot ship to the events database ({type(e).__name__}: {_first_line(e)}); "
                                "events wait in the local log", Home(self.root))
                if self._conn is not None:
                    try:
                        self._conn.close()
                    except Exception:  # noqa: BLE001
                        pass
                    self._conn = None
                delay = min(delay * 2, 30.0)
                self._wake.set()  # try again after the backoff


    def ship_now(self, timeout: float = 5.0) -> bool:
        """Ship what the local log holds now, in the caller's thread (``flush()``, interpreter exit: a short
        process must not leave its events for the next ``sync``); False if the database cannot be reached
        (the lines stay in the local log for the next try)."""
        if not self._lock.acquire(timeout=timeout):
            return False
        try:
            self.shipped += ship(url=self.url, root=self.root).shipped
            return True
        except Exception as e:  # noqa: BLE001 - never raise into the caller; the lines wait
            log("sink", f"could not ship now ({type(e).__name__}: {_first_line(e)}); events wait in the local log",
                Home(self.root))
            return False
        finally:
            self._lock.release()


_shippers: dict[str, Shipper | None] = {}
_shippers_lock = threading.Lock()


def shipper_for(root: str) -> Shipper | None:
    """The background shipper of the data dir ``root`` when a sink is configured (one per process)."""
    with _shippers_lock:
        if root not in _shippers:
            url = events_url()
            _shippers[root] = Shipper(url, root) if url else None
        return _shippers[root]


def ship_pending(timeout: float = 5.0) -> bool:
    """Ship now what every shipper of this process has waiting (``flush()`` and interpreter exit)."""
    with _shippers_lock:
        shippers = [s for s in _shippers.values() if s is not None]
    return all([s.ship_now(timeout) for s in shippers])


def save_report(conn: Any, report: dict[str, Any]) -> None:
    """Keep a family's night report in the fleet's database (the worker's own disk may be gone tomorrow)."""
    with conn.cursor() as cur:
        cur.execute("INSERT INTO sn_reports (night, family, worker, report) VALUES (%s, %s, %s, %s) "
                    "ON CONFLICT (night, family) DO UPDATE SET worker = excluded.worker, report = excluded.report, "
                    "written_at = now()", (str(report["night"]), str(report.get("family", "")),
                                           str(report.get("worker", "")), json.dumps(report, default=str)))


def load_reports(url: str | None = None) -> list[dict[str, Any]]:
    """Every family's night reports from the fleet's database, oldest night first."""
    with connect(url or events_url() or "") as conn:
        require_schema(conn)
        rows = conn.execute("SELECT report FROM sn_reports ORDER BY night, family").fetchall()
    return [row[0] if isinstance(row[0], dict) else json.loads(row[0]) for row in rows]
