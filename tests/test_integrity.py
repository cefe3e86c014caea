"""Nothing lost under faults and concurrency: a damaged store is refused and restorable from backups,
a person's edit made while the night runs stands, torn state files are set aside, a session that grows
is credited once, hand changes reach the hooks at once, a full disk costs no lesson."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time

import pytest
from click.testing import CliRunner

from secondnature.cli import cli
from secondnature.hooks.core.log import log_file
from secondnature.hooks.core.paths import digest_file, state_dir
from secondnature.hooks.core.scope import project_scope
from secondnature.lessons.model import Lesson
from secondnature.lessons.store import STAGING, LessonStore, StoreError, open_store, store_location
from secondnature.sleep.job import SleepOptions, run_sleep

from conftest import EXE, git_repo
from sleep_helpers import cc_session

FIXTURE = "E   fixture 'db' not found"
T0 = time.time()


@pytest.fixture
def repo(tmp_path) -> str:
    return str(git_repo(tmp_path / "shop"))


def teach(repo: str, session: str = "s1") -> None:
    cc_session(repo, session, "run the tests", [("pytest", False, FIXTURE), ("make test", True, "42 passed")])


def database(sn_home) -> str:
    return os.path.join(store_location(sn_home, {})[0], "chroma.sqlite3")


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.embedded
@pytest.mark.parametrize("damage", [b"", b"garbage, not sqlite" * 10, "truncated"])
def test_a_damaged_store_is_refused_then_restored_from_a_backup(sn_home, repo, damage):
    teach(repo)
    run_sleep(SleepOptions(now=T0))
    teach(repo, "s2")
    run_sleep(SleepOptions(now=T0 + 86400))  # the night backs the store up before it changes it
    (lesson,) = open_store().list()
    assert invoke("lessons", "backup", "--list").output.count("lessons-") >= 1
    if damage == "truncated":
        os.truncate(database(sn_home), os.path.getsize(database(sn_home)) // 3)
    else:
        with open(database(sn_home), "wb") as f:
            f.write(damage)
    with pytest.raises(StoreError, match="restore a copy|Restore a copy|restore --backup"):
        open_store().list()
    for command in (["lessons", "list"], ["sleep"]):
        result = invoke(*command)
        assert result.exit_code == 1 and "lessons restore --backup latest" in result.output
        assert "Traceback" not in result.output
    restored = invoke("lessons", "restore", "--backup", "latest")
    assert restored.exit_code == 0, restored.output
    assert [x.id for x in open_store().list()] == [lesson.id]
    assert any(name.endswith("-damaged") for name in os.listdir(os.path.join(os.environ["SECOND_NATURE_HOME"],
                                                                             "backups")))


@pytest.mark.embedded
def test_a_persons_edit_during_the_night_stands_and_the_night_reports_the_conflict(repo):
    teach(repo)
    run_sleep(SleepOptions(now=T0))
    (lesson,) = open_store().list()
    cc_session(repo, "s2", "run the tests", [("make test", True, "42 passed")], reward=1.0, shown=[lesson.id])
    crashed = subprocess.run([str(EXE), "sleep"], env={**os.environ, "SECOND_NATURE_CRASH_AT": "after_journal"},
                             capture_output=True, text=True, timeout=120)
    assert crashed.returncode == -9  # the night's plan (a credit for the lesson) is journaled, not applied
    edited = invoke("lessons", "edit", lesson.short_id, "--text", "Run the suite with `make test`; pytest lacks the db.")
    assert edited.exit_code == 0, edited.output
    resumed = subprocess.run([str(EXE), "sleep", "--json"], capture_output=True, text=True, timeout=120)
    report = json.loads(resumed.stdout)["report"]
    assert resumed.returncode == 0 and report["conflicts"] and "not applied" in report["conflicts"][0]
    store = open_store()
    assert store.get(lesson.id).text == "Run the suite with `make test`; pytest lacks the db."
    versions = [c.version for c in store.history(lesson.id)]
    assert versions == sorted(set(versions))  # no two changes share a version


def test_a_stale_edit_from_the_cli_is_refused_not_applied(repo):
    store = open_store()
    lesson = store.add(Lesson(title="", text="Run the suite with make test, not pytest.", scope=project_scope(repo)))
    stale = Lesson.from_dict(lesson.to_dict())
    store.save(Lesson.from_dict({**lesson.to_dict(), "pinned": True}), action="pin")
    with pytest.raises(StoreError, match="changed while you worked on it"):
        store.save(Lesson.from_dict({**stale.to_dict(), "text": "Something else entirely, written late."}), action="edit")


def test_a_session_that_grows_is_credited_once(repo):
    teach(repo)
    run_sleep(SleepOptions(now=T0))
    (lesson,) = open_store().list()
    for night in range(1, 4):  # the same session goes on each day
        cc_session(repo, "long", f"run the tests, day {night}", [("make test", True, "42 passed")], reward=1.0,
                   shown=[lesson.id])
        run_sleep(SleepOptions(now=T0 + night * 86400))
    after = open_store().get(lesson.id)
    assert after.helpful == 1 and after.credited == ["long"]


def test_changes_by_hand_reach_the_hooks_at_once(sn_home, repo):
    teach(repo)
    run_sleep(SleepOptions(now=T0))
    (lesson,) = open_store().list()
    path = digest_file(sn_home, project_scope(repo))
    assert lesson.id in json.load(open(path))["lesson_ids"]
    assert invoke("lessons", "forget", lesson.short_id).exit_code == 0
    assert not os.path.exists(path) or lesson.id not in json.load(open(path))["lesson_ids"]
    assert invoke("lessons", "restore", lesson.short_id).exit_code == 0
    assert lesson.id in json.load(open(path))["lesson_ids"]


@pytest.mark.parametrize("name", ["sleep_journal.json", "sleep_watermark.json", "sleep_failures.json"])
@pytest.mark.parametrize("content", [b"", b'{"night": "2026-11-2', b"\x00\xff garbage"])
def test_a_torn_state_file_is_set_aside_not_fatal(repo, name, content):
    teach(repo)
    os.makedirs(state_dir(), exist_ok=True)
    with open(os.path.join(state_dir(), name), "wb") as f:
        f.write(content)
    assert run_sleep(SleepOptions(now=T0)).status == "done"
    assert any(n.startswith(f"{name}.corrupt-") for n in os.listdir(state_dir()))
    assert "set aside" in open(log_file()).read()
    assert len(open_store().list()) == 1


@pytest.mark.embedded
def test_a_re_embedding_cut_off_after_dropping_the_old_collection_is_finished_on_open(repo):
    store = open_store()
    lesson = store.add(Lesson(title="", text="Run the suite with make test, not pytest.", scope=project_scope(repo)))
    moved = []

    class Bar:  # what click.progressbar gives: a context manager with update(n)
        def __init__(self, total):
            moved.append(total)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def update(self, n):
            moved.append(n)

    assert store.reembed("lexical", progress=Bar) == 1 and store.get(lesson.id) is not None
    assert moved == [1, 1]  # the total, then each batch as it is written
    # the state a kill -9 between the drop and the rename leaves behind
    staged = store.client.create_collection(STAGING, embedding_function=None, metadata=store.collection.metadata)
    found = store.collection.get(include=["embeddings", "documents", "metadatas"])
    staged.upsert(ids=found["ids"], embeddings=found["embeddings"], documents=found["documents"],
                  metadatas=found["metadatas"])
    store.client.delete_collection("sn_lessons")
    reopened = LessonStore(path=store.path)
    assert [x.id for x in reopened.list()] == [lesson.id]


def _can_mount() -> bool:
    return shutil.which("mount") is not None and hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.embedded
@pytest.mark.skipif(not _can_mount(), reason="needs root to mount a small tmpfs")
def test_a_full_disk_at_any_point_of_a_night_loses_nothing(tmp_path, monkeypatch):
    """A night on a filesystem too small for it, at sizes that fill it at different points; once space
    returns, the next night finishes it, and no lesson is lost or doubled."""
    outcomes = []
    for size_kb in (150, 250, 350, 450, 550, 650, 750, 900):
        mount = tmp_path / f"disk{size_kb}"
        mount.mkdir()
        if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount)]).returncode != 0:
            pytest.skip("this machine does not allow mounting a tmpfs")
        try:
            home = mount / "sn"
            monkeypatch.setenv("SECOND_NATURE_HOME", str(home))
            repo = str(git_repo(tmp_path / f"repo{size_kb}"))
            for n in range(3):
                teach(repo, f"d{n}")
            cc_session(repo, "lint", "lint", [("npm run lint", False, "eslint: not found"), ("npx eslint .", True, "ok")])
            first = subprocess.run([str(EXE), "sleep"], capture_output=True, text=True, timeout=120)
            outcomes.append((size_kb, first.returncode, first.stderr.strip()[-90:]))
            assert "Traceback" not in first.stderr, first.stderr
            subprocess.run(["mount", "-o", "remount,size=64m", str(mount)], check=True)
            second = subprocess.run([str(EXE), "sleep", "--json"], capture_output=True, text=True, timeout=120)
            assert second.returncode == 0, second.stderr
            lessons = open_store().list()
            assert sorted(x.prefer for x in lessons) == ["make test", "npx eslint ."], (size_kb, first.stderr)
            assert "nothing new" in subprocess.run([str(EXE), "sleep"], capture_output=True, text=True).stdout
        finally:
            subprocess.run(["umount", "-l", str(mount)])
    assert any(code == 1 for _, code, _ in outcomes)  # at least one size really ran out of space


def test_the_hook_exits_0_when_its_stdout_is_closed_or_broken():
    payload = json.dumps({"session_id": "s", "hook_event_name": "Stop", "cwd": "/tmp",
                          "last_assistant_message": "done"}).encode()  # Codex's Stop hook always answers
    read, write = os.pipe()
    os.close(read)  # nobody will read what the hook prints
    broken = subprocess.run([str(EXE), "hook", "codex"], input=payload, stdout=write, capture_output=False,
                            stderr=subprocess.PIPE, timeout=60)
    os.close(write)
    closed = subprocess.run(f"{EXE} hook codex >&-", shell=True, input=payload, stderr=subprocess.PIPE, timeout=60)
    assert (broken.returncode, closed.returncode) == (0, 0) and b"Traceback" not in broken.stderr + closed.stderr


@pytest.mark.skipif(not _can_mount(), reason="needs root to mount a read-only filesystem and give a folder away")
def test_a_read_only_or_foreign_data_dir_gives_one_line_not_a_traceback(tmp_path, monkeypatch, repo):
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)]).returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        monkeypatch.setenv("SECOND_NATURE_HOME", str(mount / "sn"))
        teach(repo)
        subprocess.run([str(EXE), "sleep"], check=True, capture_output=True, timeout=120)
        teach(repo, "s2")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        for command in (["sleep"], ["lessons", "list"], ["sessions", "list"], ["doctor"], ["lessons", "forget", "x"]):
            result = subprocess.run([str(EXE), *command], capture_output=True, text=True, timeout=120)
            assert "Traceback" not in result.stderr, (command, result.stderr)
            if command == ["sleep"]:
                assert result.returncode == 1 and "Read-only file system" in result.stderr
            if command == ["doctor"]:
                assert "cannot write to" in result.stdout and "the hooks drop every event" in result.stdout
    finally:
        subprocess.run(["umount", "-l", str(mount)])
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    os.chown(foreign, 12345, 12345)
    monkeypatch.setenv("SECOND_NATURE_HOME", str(foreign))
    result = subprocess.run([str(EXE), "sleep"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "belongs to another user" in result.stderr and "Traceback" not in result.stderr


def test_the_hosts_environment_is_left_alone():
    code = ("import os; before = dict(os.environ)\n"
            "from secondnature.lessons.render import count_tokens; count_tokens('hello there')\n"
            "from secondnature.lessons.embeddings import make_embedder; make_embedder('lexical').embed(['x'])\n"
            "changed = {k for k in set(before) | set(os.environ) if before.get(k) != os.environ.get(k)}\n"
            "print(sorted(changed))")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TIKTOKEN", "HF_"))}
    out = subprocess.run([str(EXE.parent / "python"), "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.stdout.strip() == "[]", out.stderr


def test_events_land_in_the_data_dir_they_were_captured_for(tmp_path, monkeypatch):
    from secondnature.hooks.background.writer import BackgroundWriter
    from secondnature.hooks.core.schema import Event
    from secondnature.hooks.core.spool import read_session

    writer = BackgroundWriter()
    monkeypatch.setenv("SECOND_NATURE_HOME", str(tmp_path / "first"))
    writer.submit(lambda: [Event(harness="langgraph", session_id="bound", kind="user_prompt", data={"text": "hi"})])
    monkeypatch.setenv("SECOND_NATURE_HOME", str(tmp_path / "second"))  # before the writer got to it
    assert writer.flush(5.0)
    assert read_session("bound").events == []
    monkeypatch.setenv("SECOND_NATURE_HOME", str(tmp_path / "first"))
    assert [e.data["text"] for e in read_session("bound").events] == ["hi"]


SIGTERM_AGENT = """
import os, signal, sys
from langchain.agents import create_agent
from langchain_core.messages import AIMessage
from secondnature.langgraph import SecondNatureMiddleware
from secondnature.testing import ScriptedChatModel
runs = int(sys.argv[1])
agent = create_agent(ScriptedChatModel(responses=[AIMessage(content=f"answer {n}") for n in range(runs)]), tools=[],
                     middleware=[SecondNatureMiddleware(agent="svc")])
for n in range(runs):
    agent.invoke({"messages": [("user", f"question {n}")]}, config={"configurable": {"thread_id": f"t{n}"}})
os.kill(os.getpid(), signal.SIGTERM)  # stopped the way a container is, with events still queued
"""


def test_sigterm_loses_no_captured_event(tmp_path):
    from secondnature.hooks.core.spool import read_session

    script = tmp_path / "agent.py"
    script.write_text(SIGTERM_AGENT)
    done = subprocess.run([str(EXE.parent / "python"), str(script), "40"], capture_output=True, text=True, timeout=300)
    assert done.returncode == -15, done.stderr  # the default action still ran after the flush
    prompts = [e for n in range(40) for e in read_session(f"t{n}").events if e.kind == "user_prompt"]
    assert len(prompts) == 40


def test_state_stays_bounded(sn_home, tmp_path, repo):
    from secondnature.hooks.background.watch import prune_watched
    from secondnature.hooks.core.digest import prune_shown, remember_shown
    from secondnature.langgraph import Recent
    from secondnature.lessons.model import EVIDENCE_KEPT

    lesson = Lesson(title="", text="Run the suite with make test, not pytest.", scope=project_scope(repo))
    for n in range(3 * EVIDENCE_KEPT):
        lesson.add_evidence([f"s{n}"])
    assert len(lesson.evidence) == EVIDENCE_KEPT and lesson.sessions_seen == 3 * EVIDENCE_KEPT
    assert lesson.evidence[-1] == f"s{3 * EVIDENCE_KEPT - 1}"
    remember_shown(sn_home, "old-session", ["a"])
    remember_shown(sn_home, "new-session", ["b"])
    shown = os.path.join(state_dir(), "shown")
    old = os.path.join(shown, "old-session.json")
    os.utime(old, (time.time() - 30 * 86400,) * 2)
    watch = os.path.join(state_dir(), "watch.json")
    kept = str(tmp_path / "here.jsonl")
    open(kept, "w").close()
    with open(watch, "w") as f:
        json.dump({kept: [1, 2], str(tmp_path / "gone.jsonl"): [1, 2]}, f)
    assert prune_shown(sn_home) == 1 and prune_watched() == 1
    assert sorted(os.listdir(shown)) == ["new-session.json"] and list(json.load(open(watch))) == [kept]
    recent = Recent()
    recent.limit = 3
    assert [recent.add(k) for k in "abcda"] == [True, True, True, True, True]  # "a" was forgotten, then again
    assert list(recent) == ["c", "d", "a"]
