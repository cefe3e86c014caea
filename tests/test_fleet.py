"""Fleet mode on real parts: a PostgreSQL server started by the tests as the shared session sink, a real
`chroma run` server for lessons, LangGraph replicas and a laptop's hook stream as separate processes
with their own (ephemeral) data dirs, and `sleep` workers as separate processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

import psycopg
from click.testing import CliRunner

from secondnature.cli import cli
from secondnature.hooks.background import sink
from secondnature.hooks.core import schema
from secondnature.hooks.core.schema import Event
from secondnature.hooks.core.spool import append
from secondnature.hooks.harnesses.settings_file import hook_command

from conftest import EXE, git_repo

REPLICA = textwrap.dedent("""
    import os, sys, time
    from langchain.agents import create_agent
    from langchain_core.messages import AIMessage
    from secondnature.langgraph import SecondNatureMiddleware, flush
    from secondnature.testing import ScriptedChatModel

    name, turns, stop = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    i = 0
    while (i < turns or not os.path.exists(stop)) and i < 3000:  # at least ``turns``, on until told to stop
        i += 1
        agent = create_agent(ScriptedChatModel(responses=[AIMessage(content=f"answer {i}")]), tools=[],
                             middleware=[SecondNatureMiddleware(agent="support-bot", lessons=False)])
        agent.invoke({"messages": [("user", f"ticket {i} from {name}")]},
                     config={"configurable": {"thread_id": f"{name}-{i % 3}", "user_id": f"u{i % 2}"}})
        time.sleep(0.02)
    flush()
    deadline = time.time() + 60  # a replica being stopped: wait for the shipper, as its SIGTERM grace would
    from secondnature.hooks.background.sink import _shippers
    while time.time() < deadline and any(s and s.down_since for s in _shippers.values()):
        time.sleep(0.2)
    time.sleep(2.5)
""")


def rows(url: str, sql: str, *args) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(sql, args).fetchall()


def local_lines(home) -> int:
    folder = os.path.join(home, "sessions")
    return sum(open(os.path.join(folder, n), "rb").read().count(b"\n") for n in os.listdir(folder))


def test_shipping_is_exactly_once_and_resumable(events_db, home):
    events = [Event(harness="test", session_id=f"s{i % 3}", kind=schema.USER_PROMPT, scope=f"agent:bot/user:u{i % 2}",
                    data={"text": f"prompt {i}"}) for i in range(30)]
    append(events)
    first = sink.ship()
    assert (first.shipped, first.already, first.files) == (30, 0, 3)
    assert sink.ship().shipped == 0  # nothing new
    with open(home / "sessions" / "s0.jsonl", "ab") as f:
        f.write(b'{"v": 1, "session_id": "s0", "scope": "agent:bot/user:u0", "kind": "user_prompt", "da')  # being written
    assert sink.ship().shipped == 0
    with open(home / "sessions" / "s0.jsonl", "ab") as f:
        f.write(b'ta": {"text": "late"}}\nnot json at all\n')
    done = sink.ship()
    assert (done.shipped, done.skipped) == (1, 1)
    os.remove(home / "state" / "sink_offsets.json")  # a shipper that died before saving how far it got
    again = sink.ship()
    assert (again.shipped, again.already) == (0, 31)
    assert rows(events_db, "SELECT count(*), count(DISTINCT (source, session_id, line_offset)) FROM sn_events") == [(31, 31)]
    assert rows(events_db, "SELECT DISTINCT family FROM sn_events") == [("agent:bot",)]


def test_replicas_and_a_laptop_write_at_once_through_an_outage_and_nothing_is_lost_or_doubled(
        events_db, postgres, tmp_path):
    homes = {name: tmp_path / name for name in ("replica-a", "replica-b", "laptop")}
    base = {**os.environ, sink.URL_ENV: events_db}
    stop = tmp_path / "stop-replicas"
    replicas = [subprocess.Popen([sys.executable, "-c", REPLICA, name, "60", str(stop)],
                                 env={**base, "SECOND_NATURE_HOME": str(homes[name])},
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                for name in ("replica-a", "replica-b")]
    repo = git_repo(tmp_path / "repo")
    laptop = {**base, "SECOND_NATURE_HOME": str(homes["laptop"])}
    for i in range(30):
        payload = {"session_id": f"laptop-{i % 2}", "hook_event_name": "UserPromptSubmit", "prompt": f"fix bug {i}",
                   "cwd": str(repo), "transcript_path": ""}
        subprocess.run(["sh", "-c", hook_command(sys.executable, "claude-code")], input=json.dumps(payload).encode(),
                       env=laptop, check=True, timeout=60)
        if i == 10:
            assert CliRunner().invoke(cli, ["sync"], env=laptop).exit_code == 0
            deadline = time.monotonic() + 240  # however loaded the machine: the replicas are writing by now
            while not all(os.path.isdir(homes[n] / "sessions") and os.listdir(homes[n] / "sessions")
                          for n in ("replica-a", "replica-b")) and time.monotonic() < deadline:
                time.sleep(0.2)
            postgres.stop()  # the database goes away mid-day, the replicas writing on
            failed = CliRunner().invoke(cli, ["sync"], env=laptop)
            assert failed.exit_code == 1 and "cannot reach the events database" in failed.output
            time.sleep(2.0)
        if i == 20:
            postgres.start()
    assert CliRunner().invoke(cli, ["sync"], env=laptop).exit_code == 0
    stop.touch()
    for process in replicas:
        assert process.wait(timeout=240) == 0, process.stderr.read().decode()[-3000:]
    per_source = dict(rows(events_db, "SELECT source, count(*) FROM sn_events GROUP BY source"))
    assert len(per_source) == 3
    assert sorted(per_source.values()) == sorted(local_lines(h) for h in homes.values())  # every line, once
    assert rows(events_db, "SELECT count(*) - count(DISTINCT (source, session_id, line_offset)) FROM sn_events") == [(0,)]
    assert any("cannot ship to the events database" in open(h / "logs" / "second-nature.log").read()
               for h in (homes["replica-a"], homes["replica-b"]) if (h / "logs" / "second-nature.log").exists())


def _teach(home, events_url: str, family: str, n: int) -> None:
    """Sessions in which `pytest` fails for want of the db fixtures and `make test` works, shipped."""
    env = {**os.environ, "SECOND_NATURE_HOME": str(home), sink.URL_ENV: events_url}
    for i in range(n):
        session = f"{family.replace(':', '-')}-{i}"
        events = [Event(harness="langgraph", session_id=session, kind=schema.USER_PROMPT, scope=family,
                        data={"text": "run the tests"})]
        for j, (command, ok) in enumerate((("pytest", False), ("make test", True))):
            events += [Event(harness="langgraph", session_id=session, kind=schema.TOOL_CALL, scope=family,
                             data={"call_id": f"c{j}", "tool": "shell", "input": {"command": command}}, key=f"tool_call:c{j}"),
                       Event(harness="langgraph", session_id=session, kind=schema.TOOL_RESULT, scope=family,
                             data={"call_id": f"c{j}", "tool": "shell", "ok": ok, "exit_code": 0 if ok else 1,
                                   "output": "42 passed" if ok else "fixture 'db' not found"}, key=f"tool_result:c{j}")]
        events.append(Event(harness="langgraph", session_id=session, kind=schema.OUTCOME, scope=family,
                            data={"reward": 1.0, "source": "app"}))
        append(events, str(home))
    assert subprocess.run([str(EXE), "sync"], env=env, capture_output=True, timeout=120).returncode == 0


def test_two_workers_split_the_families_and_a_killed_one_is_finished_by_the_other(events_db, chroma_server, tmp_path):
    families = [f"agent:bot-{i}" for i in range(4)]
    for family in families:
        _teach(tmp_path / "laptop", events_db, family, 2)
    env = {**os.environ, sink.URL_ENV: events_db, "SECOND_NATURE_CHROMA_URL": chroma_server, "SECOND_NATURE_MODEL": ""}
    killed = subprocess.run([str(EXE), "sleep"], env={**env, "SECOND_NATURE_HOME": str(tmp_path / "w1"),
                                                      "SECOND_NATURE_CRASH_AT": "after_journal"},
                            capture_output=True, text=True, timeout=300)
    assert killed.returncode == -9  # killed after saving its first family's journal, before any lesson
    ((journaled,),) = rows(events_db, "SELECT family FROM sn_families WHERE state ? 'journal'")
    workers = [subprocess.Popen([str(EXE), "sleep", "--json"], env={**env, "SECOND_NATURE_HOME": str(tmp_path / f"w{n}")},
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in (2, 3)]
    outputs = [json.loads(w.communicate(timeout=300)[0]) for w in workers]
    learned = [f for out in outputs for f, what in out["families"].items() if what.startswith(("done", "resumed"))]
    assert sorted(learned) == families  # each family by exactly one worker
    assert rows(events_db, "SELECT count(*) FROM sn_families WHERE state ? 'journal'") == [(0,)]
    assert rows(events_db, "SELECT count(*) FROM sn_families f WHERE last_event_id = "
                           "(SELECT max(id) FROM sn_events e WHERE e.family = f.family)") == [(4,)]
    from secondnature.hooks.core.paths import Home, digest_file
    from secondnature.hooks.core.settings import Settings
    from secondnature.lessons.store import open_store

    lessons = open_store(Settings.from_dict({"lessons": {"chroma_url": chroma_server}})).list()
    per_family = {f: [x for x in lessons if x.scope == f] for f in families}
    assert all(len(found) == 1 for found in per_family.values()), {f: [x.text for x in v] for f, v in per_family.items()}
    assert "`make test`" in per_family[journaled][0].text
    again = subprocess.run([str(EXE), "sleep", "--json"], env={**env, "SECOND_NATURE_HOME": str(tmp_path / "w2")},
                           capture_output=True, text=True, timeout=300)
    assert json.loads(again.stdout)["families"] == {}  # a second night changes nothing
    laptop = subprocess.run([str(EXE), "sync"], env={**env, "SECOND_NATURE_HOME": str(tmp_path / "laptop")},
                            capture_output=True, text=True, timeout=300)
    assert "digests refreshed for 4 scopes" in laptop.stdout  # the laptop's hooks now inject what the fleet learned
    digest = json.load(open(digest_file(Home(str(tmp_path / "laptop")), journaled)))  # the laptop's, read here
    assert per_family[journaled][0].id in digest["lesson_ids"]
    # the workers' reports are the fleet's: the laptop, which ran no night, reads every family's
    laptop_env = {**env, "SECOND_NATURE_HOME": str(tmp_path / "laptop")}
    shown = subprocess.run([str(EXE), "report", "--json"], env=laptop_env, capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0 and json.loads(shown.stdout)["family"] in families, shown.stderr
    listed = subprocess.run([sys.executable, "-c", "from secondnature.hooks.core.paths import Home; from secondnature.sleep.report import "
                             "load_reports; print(' '.join(sorted(r['family'] for r in load_reports(Home.from_environment()))))"],
                            env=laptop_env, capture_output=True, text=True, timeout=120)
    assert listed.stdout.split() == families, listed.stderr


def test_a_replica_picks_up_the_nights_lesson_without_a_restart_and_survives_a_chroma_outage(
        chroma_server, monkeypatch, home):
    from langchain.agents import create_agent
    from langchain_core.messages import AIMessage

    from secondnature.langgraph import SecondNatureMiddleware
    from secondnature.lessons.model import Lesson
    from secondnature.lessons.store import open_store
    from secondnature.testing import ScriptedChatModel

    monkeypatch.setenv("SECOND_NATURE_CHROMA_URL", chroma_server)
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text("[lessons]\nrefresh_seconds = 0.5\n")
    model = ScriptedChatModel(responses=[AIMessage(content=f"ok {i}") for i in range(10)])
    replica = create_agent(model, tools=[], middleware=[SecondNatureMiddleware(agent="support-bot")])

    def system_prompt_of_call(text: str) -> str:
        replica.invoke({"messages": [("user", text)]}, config={"configurable": {"thread_id": text}})
        return model.seen[-1][0].content if model.seen[-1][0].type == "system" else ""

    assert "refund" not in system_prompt_of_call("how do I refund an order?")
    night = open_store()  # the night, on another machine, writes to the same server
    night.add(Lesson(title="", text="Refunds over 500 EUR need a second approver in the billing tool.",
                     scope="agent:support-bot", kind="procedure"), actor="sleep")
    started = time.monotonic()
    while "second approver" not in system_prompt_of_call("refund a large order"):
        assert time.monotonic() - started < 10, "the replica never picked up the lesson"
        time.sleep(0.2)
    print(f"picked up {time.monotonic() - started:.2f} s after the night wrote it")
    assert len(model.seen) >= 2
    assert subprocess.run(["pkill", "-f", "--", f"--port {chroma_server.rsplit(':', 1)[1]}"]).returncode == 0  # Chroma down
    time.sleep(1.0)
    assert "second approver" in system_prompt_of_call("another refund")  # the agent works, the last lessons kept
    from secondnature.hooks.core.log import log_file

    assert "the last ones are kept" in open(log_file()).read()


def test_doctor_checks_both_connections_and_says_which_fails(events_db, chroma_server, postgres, monkeypatch):
    def checks() -> dict[str, dict]:
        return {c["check"]: c for c in json.loads(CliRunner().invoke(cli, ["doctor", "--json"]).output)}

    monkeypatch.setenv("SECOND_NATURE_CHROMA_URL", chroma_server)
    found = checks()
    assert found["events database"]["status"] == "ok" and "postgres" not in found["events database"]["detail"]
    assert found["lesson store"]["status"] == "ok" and "0 lessons" in found["lesson store"]["detail"]
    monkeypatch.setenv(sink.URL_ENV, f"postgresql://postgres@127.0.0.1:{postgres.port}/no_such_database")
    monkeypatch.setenv("SECOND_NATURE_CHROMA_URL", "http://127.0.0.1:9")
    found = checks()
    assert found["events database"]["status"] == "error" and "cannot reach the events database" in found["events database"]["detail"]
    assert found["lesson store"]["status"] == "error" and "Chroma server" in found["lesson store"]["detail"]


def test_flush_and_exit_ship_what_a_short_process_captured(events_db, tmp_path):
    """A script or a serverless replica that captures a few events and ends: flush() returns once they are
    in the fleet's database, and a process that never calls it ships them as it exits."""
    script = textwrap.dedent("""
        import sys
        from langchain.agents import create_agent
        from langchain_core.messages import AIMessage
        from secondnature.langgraph import SecondNatureMiddleware, flush
        from secondnature.testing import ScriptedChatModel

        agent = create_agent(ScriptedChatModel(responses=[AIMessage(content="done")]), tools=[],
                             middleware=[SecondNatureMiddleware(agent="batch-bot", lessons=False)])
        agent.invoke({"messages": [("user", "close ticket 7")]}, config={"configurable": {"thread_id": sys.argv[1]}})
        if sys.argv[2] == "flush":
            assert flush()
            import psycopg, os
            with psycopg.connect(os.environ["SECOND_NATURE_EVENTS_URL"]) as conn:
                print(conn.execute("SELECT count(*) FROM sn_events WHERE session_id = %s", (sys.argv[1],)).fetchone()[0])
    """)
    env = {**os.environ, sink.URL_ENV: events_db}
    flushed = subprocess.run([sys.executable, "-c", script, "flushed", "flush"], capture_output=True, text=True,
                             timeout=120, env={**env, "SECOND_NATURE_HOME": str(tmp_path / "a")})
    assert flushed.returncode == 0, flushed.stderr[-2000:]
    assert int(flushed.stdout.split()[-1]) > 0  # in the database when flush() returned, not a second later
    exited = subprocess.run([sys.executable, "-c", script, "exited", "no"], capture_output=True, text=True,
                            timeout=120, env={**env, "SECOND_NATURE_HOME": str(tmp_path / "b")})
    assert exited.returncode == 0, exited.stderr[-2000:]
    assert rows(events_db, "SELECT count(*) FROM sn_events WHERE session_id = 'exited'")[0][0] > 0


def test_a_laptops_own_lessons_move_into_the_fleets_store_in_one_command(chroma_server, tmp_path):
    env = {**os.environ, "SECOND_NATURE_HOME": str(tmp_path / "laptop"), "SECOND_NATURE_MODEL": ""}
    env.pop("SECOND_NATURE_CHROMA_URL", None)
    added = subprocess.run([str(EXE), "lessons", "add", "Run `make test`, not `pytest`: it loads the db fixtures.",
                            "--scope", "global"], env=env, capture_output=True, text=True, timeout=120)
    assert added.returncode == 0, added.stderr
    moved = subprocess.run(f"{EXE} lessons export | SECOND_NATURE_CHROMA_URL={chroma_server} {EXE} lessons import -",
                           shell=True, env=env, capture_output=True, text=True, timeout=120)
    assert moved.returncode == 0 and "1 added" in moved.stdout, moved.stderr
    listed = subprocess.run([str(EXE), "lessons", "list", "--json"], env={**env, "SECOND_NATURE_CHROMA_URL": chroma_server},
                            capture_output=True, text=True, timeout=120)
    assert [x["text"] for x in json.loads(listed.stdout)] == ["Run `make test`, not `pytest`: it loads the db fixtures."]


def test_a_family_night_keeps_its_state_in_the_sink_and_leaves_the_machines_alone(events_db, chroma_server, tmp_path,
                                                                                    monkeypatch):
    """The fleet's night is the night's stages over the sink's sessions and the family's state in PostgreSQL:
    the worker machine's own night state is neither read nor written, and no family borrows a data dir."""
    from secondnature.hooks.core.paths import data_dir, safe_name, state_dir
    from secondnature.lessons.store import LessonStore
    from secondnature.sleep.fleet import run_fleet_night
    from secondnature.sleep.job import SleepOptions

    _teach(tmp_path / "laptop", events_db, "agent:solo", 2)
    monkeypatch.setenv("SECOND_NATURE_HOME", str(tmp_path / "worker"))
    monkeypatch.delenv("SECOND_NATURE_MODEL", raising=False)
    os.makedirs(state_dir(), exist_ok=True)
    own = os.path.join(state_dir(), "sleep_watermark.json")
    with open(own, "w") as f:
        json.dump({"a-local-session": 7}, f)
    result = run_fleet_night(SleepOptions(), LessonStore(url=chroma_server), events_db)
    assert result.families["agent:solo"].startswith("done")
    assert json.load(open(own)) == {"a-local-session": 7}  # the machine's own watermark, untouched
    ((state, last),) = rows(events_db, "SELECT state, last_event_id FROM sn_families WHERE family = 'agent:solo'")
    assert state["watermark"] and "journal" not in state
    assert last == rows(events_db, "SELECT max(id) FROM sn_events WHERE family = 'agent:solo'")[0][0]
    family_dir = os.path.join(data_dir(), "fleet", safe_name("agent:solo"))
    assert sorted(os.listdir(family_dir)) == ["sessions", "state"]  # pulled sessions; no digests, reports or journal
    assert os.listdir(os.path.join(family_dir, "state")) == ["pulled.json"]
    assert os.path.exists(result.nights[0].report_path) and result.nights[0].report["family"] == "agent:solo"


def test_one_worker_learns_two_families_at_once(events_db, chroma_server, tmp_path, monkeypatch):
    """Two families, each in a thread of its own with its own connection, lock and sessions folder, in one process:
    both learned, their nights overlapping in time, each family's lesson in the fleet's store once."""
    from secondnature.lessons.store import LessonStore
    from secondnature.sleep.fleet import run_fleet_night
    from secondnature.sleep.job import SleepOptions

    families = ["agent:left", "agent:right"]
    for family in families:
        _teach(tmp_path / "laptop", events_db, family, 12)
    monkeypatch.setenv("SECOND_NATURE_HOME", str(tmp_path / "worker"))
    monkeypatch.delenv("SECOND_NATURE_MODEL", raising=False)
    store = LessonStore(url=chroma_server)
    from langchain_core.messages import AIMessage

    from secondnature.testing import ScriptedChatModel

    slow = ScriptedChatModel(responses=[AIMessage(content='{"lessons": []}')], sleep=1.0)  # a night outlasts a thread's start
    result = run_fleet_night(SleepOptions(model=slow), store, events_db, at_once=2)
    assert sorted(result.families) == families and all(v.startswith("done") for v in result.families.values())
    spans = sorted((n.report["started"], n.report["finished"]) for n in result.nights)
    assert len(spans) == 2 and spans[1][0] < spans[0][1]  # the second began before the first finished
    from secondnature.hooks.core.paths import safe_name

    assert sorted(os.listdir(tmp_path / "worker" / "fleet")) == sorted(safe_name(f) for f in families)
    lessons = store.list()
    assert sorted(x.scope for x in lessons) == families and all("`make test`" in x.text for x in lessons)
    assert rows(events_db, "SELECT count(*) FROM sn_families WHERE state ? 'journal'") == [(0,)]
