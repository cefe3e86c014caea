"""Fleet mode on a real PostgreSQL (started here, as tests/conftest.py does) and a real `chroma run`:

1. capture: the agent-thread cost per event (the writer's enqueue) with the sink configured and
   without, side by side; events/s shipped into Postgres by one process and by 4 at once;
2. the night: N sessions in Postgres across F scope families (a prompt, a failing and a working
   command, an outcome each), learned by 1 worker and by 2 at once (separate processes, each with
   its own data dir, one Chroma server), a scripted model answering after a fixed delay, reflection
   4 calls at a time: wall time and each worker's peak RSS;
3. pickup: from a lesson written to the Chroma server to its first injection in a running replica
   (refresh_seconds = 1).

Usage: python bench/fleet.py [SESSIONS] [FAMILIES] [MODEL_DELAY_S]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import Postgres, free_port  # noqa: E402 - the same real servers as the tests

SESSIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
FAMILIES = int(sys.argv[2]) if len(sys.argv) > 2 else 100
DELAY = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0

WRITER = textwrap.dedent("""
    import sys, time
    from secondnature.hooks.core import schema
    from secondnature.hooks.core.schema import Event
    from secondnature.hooks.background.writer import get_writer
    n, name = int(sys.argv[1]), sys.argv[2]
    writer = get_writer()
    for i in range(n):
        writer.submit(Event(harness="bench", session_id=f"{name}-{i % 50}", kind=schema.TOOL_RESULT,
                            scope=f"agent:bench/user:{name}", data={"call_id": str(i), "output": "ok " * 40}))
    writer.flush(60)
    time.sleep(60)  # the parent stops it once everything is in Postgres
""")

WORKER = textwrap.dedent("""
    import sys, time
    from langchain_core.messages import AIMessage
    from secondnature.hooks.background.sink import events_url
    from secondnature.lessons.store import open_store
    from secondnature.testing import ScriptedChatModel
    from secondnature.sleep.fleet import run_fleet_night
    from secondnature.sleep.job import SleepOptions

    delay = float(sys.argv[1])

    class Slow(ScriptedChatModel):
        def _generate(self, *args, **kwargs):
            time.sleep(delay)  # a model's server thinking
            return super()._generate(*args, **kwargs)

    model = Slow(responses=[AIMessage(content='{"lessons": []}')])  # the scripted model cycles
    started = time.time()
    result = run_fleet_night(SleepOptions(model=model, concurrency=4), open_store(), events_url())
    learned = [f for f, what in result.families.items() if what.startswith(("done", "resumed"))]
    print(f"{len(learned)} {time.time() - started:.1f}")
""")


def chroma(tmp: str) -> tuple[subprocess.Popen, str]:
    import urllib.request

    port = free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "chroma"), "run", "--path", f"{tmp}/chroma",
                             "--host", "127.0.0.1", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
            return proc, url
        except OSError:
            time.sleep(0.1)
    raise SystemExit("chroma run did not start")


def database(pg: Postgres) -> str:
    import psycopg

    from secondnature.hooks.background import sink

    name = f"bench_{os.urandom(4).hex()}"
    with psycopg.connect(pg.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    with sink.connect(pg.url(name)) as conn:
        sink.upgrade(conn)
    return pg.url(name)


def rows(url: str) -> int:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT count(*) FROM sn_events").fetchone()[0]


def enqueue_cost(tmp: str, url: str | None) -> float:
    """Median µs of `writer.submit` on the agent's thread, in a fresh writer of this process."""
    from secondnature.hooks.background.writer import BackgroundWriter
    from secondnature.hooks.core import schema
    from secondnature.hooks.core.schema import Event

    os.environ["SECOND_NATURE_HOME"] = f"{tmp}/enqueue-{'sink' if url else 'local'}"
    if url:
        os.environ["SECOND_NATURE_EVENTS_URL"] = url
    else:
        os.environ.pop("SECOND_NATURE_EVENTS_URL", None)
    writer = BackgroundWriter()
    times = []
    for i in range(20_000):
        event = Event(harness="bench", session_id=f"s{i % 20}", kind=schema.TOOL_RESULT, scope="agent:bench",
                      data={"call_id": str(i), "output": "ok " * 40})
        t = time.perf_counter()
        writer.submit(event)
        times.append(time.perf_counter() - t)
        if i % 1000 == 999:
            time.sleep(0.01)  # an agent between tool calls
    writer.flush(60)
    return statistics.median(times) * 1e6


def shipping_rate(tmp: str, url: str, processes: int, per_process: int) -> float:
    """Events/s from the first submit until every event of ``processes`` writers is in Postgres."""
    before = rows(url)
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(per_process), f"p{i}"],
                              env={**os.environ, "SECOND_NATURE_HOME": f"{tmp}/ship-{processes}-{i}",
                                   "SECOND_NATURE_EVENTS_URL": url}) for i in range(processes)]
    target = before + processes * per_process
    while rows(url) < target:
        if time.perf_counter() - started > 600:
            raise SystemExit(f"only {rows(url) - before} of {processes * per_process} events shipped")
        time.sleep(0.05)
    wall = time.perf_counter() - started
    for proc in procs:
        proc.kill()
    return processes * per_process / wall


def seed_sessions(url: str, sessions: int, families: int) -> None:
    """Sessions as a laptop's `sync` would have shipped them, written straight into the sink."""
    import psycopg

    from secondnature.hooks.core.schema import Event

    with psycopg.connect(url, autocommit=True) as conn, conn.cursor() as cur, \
            cur.copy("COPY sn_events (source, session_id, line_offset, scope, family, line) FROM STDIN") as copy:
        for s in range(sessions):
            family = f"agent:bot-{s % families}"
            session = f"s{s}"
            events = [Event(harness="langgraph", session_id=session, kind="user_prompt", scope=family,
                            data={"text": f"run the tests of module {s % 37}"})]
            for j, (command, ok) in enumerate((("pytest", False), ("make test", True))):
                events += [Event(harness="langgraph", session_id=session, kind="tool_call", scope=family,
                                 data={"call_id": f"c{j}", "tool": "shell", "input": {"command": command}},
                                 key=f"tool_call:c{j}"),
                           Event(harness="langgraph", session_id=session, kind="tool_result", scope=family,
                                 data={"call_id": f"c{j}", "tool": "shell", "ok": ok, "exit_code": 0 if ok else 1,
                                       "output": "42 passed" if ok else "fixture 'db' not found"},
                                 key=f"tool_result:c{j}")]
            events.append(Event(harness="langgraph", session_id=session, kind="outcome", scope=family,
                                data={"reward": 1.0, "source": "app"}))
            for offset, event in enumerate(events):
                copy.write_row(("bench", session, offset, family, family, json.dumps(event.to_dict())))


def night(tmp: str, url: str, chroma_url: str, workers: int) -> list[tuple[int, float, float]]:
    """(families learned, seconds, peak RSS MiB) per worker, all started at once."""
    procs = [subprocess.Popen(["/usr/bin/time", "-f", "maxrss=%M", sys.executable, "-c", WORKER, str(DELAY)],
                              env={**os.environ, "SECOND_NATURE_HOME": f"{tmp}/worker-{workers}-{i}",
                                   "SECOND_NATURE_EVENTS_URL": url, "SECOND_NATURE_CHROMA_URL": chroma_url},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in range(workers)]
    out = []
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=3600)
        if proc.returncode:
            raise SystemExit(stderr[-3000:])
        learned, seconds = stdout.split()[-2:]
        rss = int(next(x for x in stderr.splitlines() if x.startswith("maxrss=")).split("=")[1]) / 1024
        out.append((int(learned), float(seconds), rss))
    return out


def pickup(tmp: str, chroma_url: str) -> float:
    from langchain.agents import create_agent
    from langchain_core.messages import AIMessage

    from secondnature.langgraph import SecondNatureMiddleware
    from secondnature.lessons.model import Lesson
    from secondnature.lessons.store import open_store
    from secondnature.testing import ScriptedChatModel

    home = Path(tmp) / "replica"
    home.mkdir()
    (home / "config.toml").write_text("[lessons]\nrefresh_seconds = 1\n")
    os.environ.update({"SECOND_NATURE_HOME": str(home), "SECOND_NATURE_CHROMA_URL": chroma_url})
    os.environ.pop("SECOND_NATURE_EVENTS_URL", None)
    model = ScriptedChatModel(responses=[AIMessage(content="ok")])
    replica = create_agent(model, tools=[], middleware=[SecondNatureMiddleware(agent="pickup-bot")])
    replica.invoke({"messages": [("user", "hello")]})
    open_store().add(Lesson(title="", text="Refunds over 500 EUR need a second approver.", scope="agent:pickup-bot"),
                       actor="sleep")
    written = time.perf_counter()
    while True:
        replica.invoke({"messages": [("user", "a refund")]})
        if "second approver" in str(model.seen[-1][0].content):
            return time.perf_counter() - written
        time.sleep(0.05)  # a replica serving a request every 50 ms


def main() -> None:
    tmp = tempfile.mkdtemp(prefix="sn-fleet-bench-")
    pg = Postgres()
    chroma_proc, chroma_url = chroma(tmp)
    try:
        url = database(pg)
        local, shipped = enqueue_cost(tmp, None), enqueue_cost(tmp, url)
        one, four = shipping_rate(tmp, url, 1, 20_000), shipping_rate(tmp, url, 4, 10_000)
        print("capture (PostgreSQL 15 on this machine, 120-byte outputs)")
        print(f"  agent-thread cost per event: local JSONL {local:.1f} µs, with the sink {shipped:.1f} µs "
              f"({shipped / local:.2f}x)")
        print(f"  shipped into Postgres: 1 process {one:,.0f} events/s; 4 processes {four:,.0f} events/s in all")
        night_url = database(pg)
        started = time.perf_counter()
        seed_sessions(night_url, SESSIONS, FAMILIES)
        print(f"night: {SESSIONS:,} sessions ({rows(night_url):,} events) in {FAMILIES} families seeded in "
              f"{time.perf_counter() - started:.1f} s; model delay {DELAY} s per call, 4 calls at a time per worker")
        for workers in (1, 2):
            import psycopg

            with psycopg.connect(night_url, autocommit=True) as conn:
                conn.execute("TRUNCATE sn_families")  # the same night again, from the start
            started = time.perf_counter()
            results = night(tmp, night_url, chroma_url, workers)
            wall = time.perf_counter() - started
            print(f"  {workers} worker{'s' if workers > 1 else ''}: wall {wall:6.1f} s; " + "; ".join(
                f"worker {i + 1}: {n} families in {s:.1f} s, peak {rss:.0f} MiB" for i, (n, s, rss) in enumerate(results)))
        print(f"pickup: a lesson written to the Chroma server reached a running replica's prompt after "
              f"{pickup(tmp, chroma_url):.2f} s (refresh_seconds = 1)")
    finally:
        chroma_proc.terminate()
        pg.close()


if __name__ == "__main__":
    main()
