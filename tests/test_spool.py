"""The session log: append-only, private, safe under parallel writers, lenient on read."""

from __future__ import annotations

import json
import multiprocessing
import os
import stat

from secondnature.hooks.core import schema
from secondnature.hooks.core.log import log_file
from secondnature.hooks.core.paths import session_file, sessions_dir
from secondnature.hooks.core.schema import Event
from secondnature.hooks.core.spool import append, read_session


def _event(i: int = 0, session: str = "s1", text: str = "hello") -> Event:
    return Event(harness="test", session_id=session, scope="project:/tmp/x", kind=schema.USER_PROMPT,
                 data={"text": f"{text} {i}"})


def test_round_trip_keeps_every_field():
    event = _event()
    event.key = "prompt:abc"
    append([event])
    log = read_session("s1")
    assert [e.to_dict() for e in log.events] == [event.to_dict()]
    line = json.loads(open(session_file("s1")).readline())
    assert set(line) == {"v", "ts", "harness", "session_id", "scope", "kind", "data", "key"}
    assert line["v"] == schema.SCHEMA_VERSION


def test_files_are_private():
    append([_event()])
    assert stat.S_IMODE(os.stat(session_file("s1")).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(sessions_dir()).st_mode) == 0o700


def test_secrets_are_redacted_before_writing():
    append([_event(text="my key is sk-proj-abcdefghijklmnopqrstuvwxyz0123")])
    raw = open(session_file("s1")).read()
    assert "abcdefghijklmnop" not in raw and "[REDACTED:openai_key]" in raw


def test_malformed_and_torn_lines_are_skipped_counted_and_logged():
    append([_event(1)])
    with open(session_file("s1"), "a") as f:
        f.write("this is not json\n")
        f.write('{"harness": "x"}\n')  # JSON, but not an event
        f.write('{"v":1,"ts":"2026-01-01T00:00:00.000Z","harness":"test","session_id":"s1","kind":"user_pr')
    append([_event(2)])  # starts on a fresh line: the torn one stays alone
    log = read_session("s1")
    assert [e.data["text"] for e in log.events] == ["hello 1", "hello 2"]
    assert log.skipped == 3
    assert "s1.jsonl:2" in open(log_file()).read()


def test_a_night_of_another_home_logs_its_damaged_lines_in_that_home(tmp_path):
    """A fleet worker or a host serving tenants runs the night of a home that is not the process's: what it
    skips is logged where that home's doctor reads it, and the process's own log is never written."""
    from secondnature.hooks.core.paths import Home
    from secondnature.sleep.job import run_sleep

    other = Home(str(tmp_path / "tenant"))
    append([_event(1, session="t1")], other.data)
    with open(os.path.join(other.sessions, "t1.jsonl"), "a") as f:
        f.write("this is not json\n")
    append([_event(2, session="t1")], other.data)
    run_sleep(home=other)
    assert "t1.jsonl:2" in open(log_file(other)).read()
    assert not os.path.exists(log_file())


def test_torn_last_line_is_reported_as_torn():
    append([_event(1)])
    with open(session_file("s1"), "a") as f:
        f.write('{"v":1,"harness":"te')
    log = read_session("s1")
    assert len(log.events) == 1 and log.skipped == 1 and "torn last line" in log.problems[0]


def test_unknown_kinds_and_newer_fields_are_kept():
    with open(session_file("s1") if os.path.isdir(sessions_dir()) else _mk(), "a") as f:
        f.write(json.dumps({"v": 2, "ts": "t", "harness": "h", "session_id": "s1", "scope": "",
                            "kind": "future_kind", "data": {"x": 1}, "new_field": True}) + "\n")
    log = read_session("s1")
    assert log.events[0].kind == "future_kind" and log.events[0].v == 2


def _mk() -> str:
    os.makedirs(sessions_dir(), exist_ok=True)
    return session_file("s1")


def test_non_utf8_bytes_do_not_break_reading():
    append([_event(1)])
    with open(session_file("s1"), "ab") as f:
        f.write(b'\xff\xfe garbage \x00\n')
    append([_event(2)])
    log = read_session("s1")
    assert len(log.events) == 2 and log.skipped == 1


def test_missing_session_reads_as_empty():
    log = read_session("nope")
    assert log.events == [] and log.skipped == 0


def _writer(args):
    worker, count = args
    big = "y" * 20_000  # lines far past PIPE_BUF, so only the lock keeps them whole
    for i in range(count):
        append([Event(harness="test", session_id="shared", kind=schema.TOOL_RESULT,
                      data={"worker": worker, "i": i, "out": big if i % 5 == 0 else "short"})])


def test_parallel_writers_in_several_processes_never_interleave():
    workers, count = 6, 150
    with multiprocessing.get_context("spawn").Pool(workers) as pool:  # fresh interpreters, as hook processes are
        pool.map(_writer, [(w, count) for w in range(workers)])
    log = read_session("shared")
    assert log.skipped == 0
    assert len(log.events) == workers * count
    for w in range(workers):
        assert [e.data["i"] for e in log.events if e.data["worker"] == w] == list(range(count))


def test_full_disk_is_reported_to_the_caller(monkeypatch):
    import errno

    import secondnature.hooks.core.spool as spool

    def no_space(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    append([_event(1)])
    with monkeypatch.context() as patched:
        patched.setattr(spool.os, "write", no_space)
        try:
            append([_event(2)])
        except OSError as e:
            assert e.errno == errno.ENOSPC
        else:
            raise AssertionError("a full disk must surface to the caller, who logs and counts it")
    append([_event(3)])
    assert [e.data["text"] for e in read_session("s1").events] == ["hello 1", "hello 3"]
