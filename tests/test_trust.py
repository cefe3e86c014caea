"""Trust, round two: a busy night cannot stop learning, no check deletes a store, secrets of every family
stay out of every file and prompt, and one hook event costs the same however large its payload."""

from __future__ import annotations

import glob
import json
import os
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from secondnature.cli import cli
from secondnature.hooks.core import schema
from secondnature.hooks.core.paths import data_dir
from secondnature.hooks.core.redact import MAX_EVENT_CHARS, clean
from secondnature.hooks.core.schema import Event
from secondnature.hooks.core.scope import project_scope
from secondnature.hooks.core.spool import append
from secondnature.hooks.harnesses import claude_code
from secondnature.lessons.model import Lesson
from secondnature.lessons.store import (
    CREATED_MARK,
    LessonStore,
    StoreError,
    list_backups,
    open_store,
    restore_backup,
    store_location,
)
from secondnature.outcome import record_outcome
from secondnature.sleep.job import SleepOptions, journal_path, run_sleep

from conftest import git_repo
from secret_families import BENIGN_LOOKALIKES, families
from sleep_helpers import cc_session

T0 = time.time()


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


# ------------------------------------------------------------------------------------------ the night


def test_a_night_of_2000_sessions_and_10000_operations_finishes_and_so_does_the_next(sn_home, tmp_path):
    repo = str(git_repo(tmp_path / "busy"))
    scope = project_scope(repo)
    store = open_store()
    shown = [store.add(Lesson(title=f"rule {n}", text=f"Run the suite with `make test{n}`, not pytest.", scope=scope)).id
             for n in range(5)]
    events = []
    for n in range(2000):  # each session went well and was shown all five lessons: 10,000 credits
        session = f"s{n:04d}"

        def event(kind: str, **data) -> Event:
            return Event(harness="claude-code", session_id=session, scope=scope, kind=kind, data=data)  # noqa: B023

        events += [event(schema.LESSONS_SHOWN, lesson_ids=shown, where="session_start"),
                   event(schema.USER_PROMPT, text=f"run the suite with make test, task {n}"),
                   event(schema.OUTCOME, reward=1.0, source="app")]
    append(events)
    first = run_sleep(SleepOptions(now=T0))
    assert first.status == "done" and len(first.operations) >= 10_000
    assert not os.path.exists(journal_path(sn_home))
    report = json.load(open(first.report_path))
    assert report["truncated"]["operations"] >= 10_000 and all(isinstance(op, dict) for op in report["operations"])
    assert open(first.report_path[:-5] + ".md").read().startswith("# Night of")
    assert all(x.helpful == 2000 for x in open_store().list())
    append([Event(harness="claude-code", session_id="next", scope=scope, kind=schema.USER_PROMPT, data={"text": "hi"})])
    assert run_sleep(SleepOptions(now=T0 + 86400)).status == "done"


def test_a_failing_report_is_reported_not_fatal_and_a_stuck_journal_is_a_doctor_error(sn_home, tmp_path, monkeypatch):
    repo = str(git_repo(tmp_path / "app"))
    cc_session(repo, "s1", "run the tests", [("pytest", False, "E   fixture 'db' not found"), ("make test", True, "ok")])

    def broken(report):
        raise TypeError("list indices must be integers or slices, not str")

    monkeypatch.setattr("secondnature.sleep.job.write_report", broken)
    result = run_sleep(SleepOptions(now=T0))
    assert result.status == "done" and "writing the report failed: TypeError" in result.report["errors"][0]
    assert not os.path.exists(journal_path(sn_home))  # the watermark moved: the next night does not resume it
    assert run_sleep(SleepOptions(now=T0 + 60)).status == "nothing new"
    with open(journal_path(sn_home), "w") as f:  # a night whose finishing keeps failing
        json.dump({"night": "2026-12-01T03:00:00Z", "attempts": 3, "changes": []}, f)
    doctor = invoke("doctor")
    assert doctor.exit_code == 1 and "has failed to finish 3 times" in doctor.output


def test_an_agent_wide_lesson_is_reinforced_not_added_again_each_night():
    def agent_session(session: str, user: str) -> None:
        def event(kind: str, **data) -> Event:
            return Event(harness="langgraph", session_id=session, scope=f"agent:support/user:{user}", kind=kind, data=data)

        append([event(schema.USER_PROMPT, text="check that the test suite passes"),
                event(schema.TOOL_CALL, call_id="c1", tool="run_tests", input={"command": "pytest"}),
                event(schema.TOOL_RESULT, call_id="c1", tool="run_tests", ok=False, error="fixture 'db' not found"),
                event(schema.TOOL_CALL, call_id="c2", tool="run_tests", input={"command": "make test"}),
                event(schema.TOOL_RESULT, call_id="c2", tool="run_tests", ok=True, output="42 passed")])

    for night, user in enumerate(["u1", "u2", "u3", "u4"]):
        agent_session(f"{user}-a", user)
        run_sleep(SleepOptions(now=T0 + night * 86400))
    agent_wide = [x for x in open_store().list(statuses=["active"]) if x.scope == "agent:support"]
    assert len(agent_wide) == 1 and len(agent_wide[0].evidence) >= 3


# ------------------------------------------------------------------------------------------ the store


def _taught_store(sn_home, tmp_path) -> tuple[str, list[str]]:
    repo = str(git_repo(tmp_path / "shop"))
    for n in range(3):
        cc_session(repo, f"s{n}", "run the tests", [(f"pytest -k t{n}", False, "E   fixture 'db' not found"),
                                                     (f"make test{n}", True, "42 passed")])
    run_sleep(SleepOptions(now=T0))
    return store_location(sn_home, {})[0], sorted(x.id for x in open_store().list())


@pytest.mark.embedded
def test_a_store_without_its_marker_is_opened_not_deleted(sn_home, tmp_path):
    path, ids = _taught_store(sn_home, tmp_path)
    os.remove(os.path.join(path, CREATED_MARK))  # a copy, or a store from before the marker
    assert sorted(x.id for x in LessonStore(path=path).list()) == ids
    assert invoke("doctor").output.count("lesson store") and "✗ lesson store" not in invoke("doctor").output


def test_another_programs_chroma_folder_is_refused_and_left_alone(tmp_path):
    import chromadb
    from chromadb.config import Settings

    other = tmp_path / "their-chroma"
    client = chromadb.PersistentClient(path=str(other), settings=Settings(anonymized_telemetry=False))
    client.create_collection("their_documents").add(ids=["d1"], embeddings=[[0.1, 0.2]], documents=["theirs"])
    before = sorted(os.listdir(other))
    with pytest.raises(StoreError, match="another program's Chroma collections .*their_documents"):
        LessonStore(path=str(other))
    assert sorted(os.listdir(other)) == before
    conn = sqlite3.connect(other / "chroma.sqlite3")
    assert [r[0] for r in conn.execute("SELECT name FROM collections")] == ["their_documents"]
    foreign = tmp_path / "an-app.db-folder"
    foreign.mkdir()
    sqlite3.connect(foreign / "chroma.sqlite3").execute("CREATE TABLE orders (id INTEGER)").connection.commit()
    with pytest.raises(StoreError, match="another program"):
        LessonStore(path=str(foreign))
    assert (foreign / "chroma.sqlite3").exists()


@pytest.mark.embedded
def test_a_half_database_is_a_doctor_error_and_never_written_to(sn_home, tmp_path):
    path, _ = _taught_store(sn_home, tmp_path)
    db = os.path.join(path, "chroma.sqlite3")
    with open(db, "r+b") as f:  # damage pages past the header, as a bad copy does
        f.seek(os.path.getsize(db) // 2)
        f.write(b"\xff" * 8192)
    doctor = invoke("doctor")
    assert doctor.exit_code == 1 and "✗ lesson store" in doctor.output and "restore --backup latest" in doctor.output
    assert os.path.exists(db)


@pytest.mark.embedded
def test_latest_backup_holds_the_latest_night_and_restoring_twice_never_brings_damage_back(sn_home, tmp_path):
    path, ids = _taught_store(sn_home, tmp_path)
    assert any(name.endswith("-after-night") for name in list_backups(sn_home))
    with open(os.path.join(path, "chroma.sqlite3"), "wb") as f:
        f.write(b"garbage, not sqlite" * 10)
    for _ in range(2):
        restored = invoke("lessons", "restore", "--backup", "latest")
        assert restored.exit_code == 0, restored.output
        assert sorted(x.id for x in open_store().list()) == ids  # the night's lessons, not the night before
    listing = invoke("lessons", "backup", "--list").output
    assert "-damaged  (the store a restore replaced" in listing
    bad = os.path.join(data_dir(), "backups", "lessons-29991231T000000000-manual")
    os.makedirs(bad)
    with open(os.path.join(bad, "chroma.sqlite3"), "wb") as f:
        f.write(b"")
    assert restore_backup(sn_home, path, "latest") != os.path.basename(bad)  # a backup that does not open is passed over


# ------------------------------------------------------------------------------------------ secrets


TUNE = [item for item in families() if item[1] == "tune"]


def _pieces(secret: str) -> list[str]:
    return [secret] + ([secret[len(secret) // 2 - 6: len(secret) // 2 + 6]] if len(secret) >= 12 else [])


@pytest.mark.parametrize("family", sorted({f for f, *_ in TUNE}))
def test_every_member_of_each_secret_family_is_redacted(family):
    for _, _, captured, secret in (i for i in TUNE if i[0] == family):
        out = json.dumps(clean(captured), ensure_ascii=False)
        assert not any(p in out for p in _pieces(secret)), (captured, out)


def test_benign_look_alikes_come_through_unchanged():
    assert [text for text in BENIGN_LOOKALIKES if clean(text) != text] == []


def test_no_secret_of_any_family_reaches_a_file_a_lesson_or_a_prompt(tmp_path, run_hook):
    repo = str(git_repo(tmp_path / "repo"))
    for n, (_, _, captured, _) in enumerate(TUNE):
        text = captured if isinstance(captured, str) else json.dumps(captured)
        base = {"session_id": f"fam{n % 3}", "cwd": repo, "transcript_path": ""}
        append(claude_code.handle_hook({**base, "hook_event_name": "UserPromptSubmit", "prompt": text})[0])
        append(claude_code.handle_hook({**base, "hook_event_name": "PostToolUse", "tool_name": "Bash",
                                        "tool_use_id": f"f{n}", "tool_input": {"command": "cat config"},
                                        "tool_response": captured if isinstance(captured, dict) else {"stdout": text}})[0])
    token = "7f3a9c2e-41b8-4d6a-9e0f-5c8b2a1d7e36"
    done = run_hook("claude-code", {"session_id": "printed", "cwd": repo, "hook_event_name": "PostToolUse",
                                    "tool_name": "Bash", "tool_use_id": "p1", "tool_input": {"command": "heroku auth:token"},
                                    "tool_response": {"stdout": token + "\n", "stderr": ""}})
    assert done.returncode == 0
    secret_thread = "ghp_" + "Zq8" * 12
    append([Event(harness="langgraph", session_id=secret_thread, scope="agent:ops", kind=schema.USER_PROMPT,
                  data={"text": "hello"})])
    said = "Passwort lautet Kx9!tannenbaum"
    for n in range(2):  # a lasting correction quoting a secret, twice: it becomes a lesson
        cc_session(repo, f"said{n}", "deploy", [("make deploy", False, "401 unauthorized")])
        record_outcome(f"said{n}", reward=-1.0, feedback=f"No. From now on always log in first; das {said}.")
    run_sleep(SleepOptions(now=T0))
    secrets = [s for *_, s in TUNE] + [token, secret_thread, "Kx9!tannenbaum"]
    found = []
    for dirpath, _, files in os.walk(data_dir()):
        for name in files:
            blob = open(os.path.join(dirpath, name), "rb").read().decode("utf-8", "replace") + name
            found += [s for s in secrets if any(p in blob for p in _pieces(s))]
    assert found == []


def test_what_is_written_to_or_read_from_a_file_named_for_a_secret_is_not_kept(tmp_path, run_hook):
    repo = str(git_repo(tmp_path / "repo"))
    written, read = "Kettle7MoonRiver", "Lantern88GroveX"
    base = {"session_id": "files", "cwd": repo, "hook_event_name": "PostToolUse", "transcript_path": ""}
    for payload in (
            {"tool_name": "Write", "tool_use_id": "w1", "tool_input": {"file_path": f"{repo}/deploy/creds.txt", "content": written + "\n"},
             "tool_response": {"type": "create", "filePath": f"{repo}/deploy/creds.txt"}},
            {"tool_name": "Read", "tool_use_id": "r1", "tool_input": {"file_path": "/run/secrets/db_password"},
             "tool_response": {"type": "text", "file": {"filePath": "/run/secrets/db_password", "content": read + "\n"}}},
            {"tool_name": "Read", "tool_use_id": "r2", "tool_input": {"file_path": f"{repo}/VERSION"},
             "tool_response": {"type": "text", "file": {"filePath": f"{repo}/VERSION", "content": "release-2024.06.1\n"}}}):
        assert run_hook("claude-code", {**base, **payload}).returncode == 0
    blob = "".join(open(os.path.join(d, f), encoding="utf-8").read() for d, _, names in os.walk(data_dir()) for f in names
                   if f.endswith(".jsonl"))
    assert written not in blob and read not in blob and "release-2024.06.1" in blob


# ------------------------------------------------------------------------------------------ the hook's cost


def test_one_event_scans_a_bounded_amount_however_many_fields_it_has():
    payload = {f"field{n}": "KEY" * 5333 for n in range(620)}  # 9.9 MB, the line-anchored rule's worst case
    started = time.perf_counter()
    out = clean(payload)
    took = time.perf_counter() - started
    values = [v for v in out.values() if v is not None]  # the 120 keys past the dict cap are counted in one key
    kept = sum(len(v) for v in values if not v.startswith("[second-nature: left out"))
    assert kept <= MAX_EVENT_CHARS + 20_000 and sum(v.startswith("[second-nature: left out") for v in values) > 450
    assert took < 5, took  # about 0.1 s on a quiet machine (bench/hook_latency.py measures the hook itself)


def test_the_hook_on_a_10_mb_payload_exits_0_within_claude_codes_timeout(run_hook, tmp_path):
    payload = {"session_id": "big", "cwd": str(tmp_path), "hook_event_name": "PostToolUse", "tool_name": "mcp__x",
               "tool_use_id": "b1", "tool_input": {f"f{n}": "KEY" * 5333 for n in range(620)},
               "tool_response": {"stdout": "ok"}}
    started = time.perf_counter()
    done = run_hook("claude-code", payload)
    assert done.returncode == 0 and time.perf_counter() - started < 10
    line = open(os.path.join(data_dir(), "sessions", "big.jsonl")).readline()
    assert len(line) < 2 * MAX_EVENT_CHARS and "left out" in line


# ------------------------------------------------------------------------------------------ odds and ends


def test_settings_backups_are_private_and_pruned(tmp_path):
    from secondnature.hooks.harnesses import settings_file

    path = tmp_path / "claude" / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"theme": "dark"}))
    os.chmod(path, 0o644)
    for _ in range(settings_file.KEEP_BACKUPS + 4):
        assert invoke("install", "claude-code").exit_code == 0
        assert invoke("uninstall", "claude-code").exit_code == 0
    backups = glob.glob(settings_file.backup_prefix(str(path)) + "*.bak")
    assert not [p for p in path.parent.iterdir() if ".bak" in p.name]
    assert 0 < len(backups) <= settings_file.KEEP_BACKUPS
    assert all(os.stat(p).st_mode & 0o077 == 0 for p in backups)


def test_fleet_errors_are_one_line_naming_what_is_down(monkeypatch):
    monkeypatch.setenv("SECOND_NATURE_CHROMA_URL", "http://127.0.0.1:9")
    result = subprocess.run([sys.executable, "-m", "secondnature.entry", "lessons", "list"], capture_output=True,
                            text=True, timeout=120, env=os.environ.copy())
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Chroma server at http://127.0.0.1:9" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Error:" not in result.stderr.split("Error:", 1)[1]  # no exception class named after "Error: "
    import httpx
    import psycopg

    from secondnature.entry import service_down

    for error, names in ((httpx.ConnectError("[Errno 111] Connection refused"), "Chroma server"),
                         (httpx.RemoteProtocolError("Server disconnected without sending a response."), "Chroma server"),
                         (psycopg.OperationalError("the connection is closed"), "events database")):
        said = service_down(error)
        assert names in said and "\n" not in said and "stopped answering" in said



def test_the_scan_window_never_keeps_part_of_a_token():
    from secondnature.hooks.core.redact import MAX_FIELD_CHARS, clean_text

    early = " ".join("ghp_" + "A1b2C3d4E5" * 4 for _ in range(40))  # each redaction shortens the text
    target = "ghp_" + "Zz9Yy8Xx7W" * 4
    filler = "x " * ((MAX_FIELD_CHARS + 500 - len(early)) // 2)
    out = clean_text(f"{early} {filler}{target} and more text after it " * 2)
    assert "Zz9Yy8" not in out and target[:10] not in out and out.endswith("chars in all]")


def test_a_lesson_never_quotes_a_secret_shaped_value(tmp_path):
    from langchain_core.messages import AIMessage

    from secondnature.testing import ScriptedChatModel

    repo = str(git_repo(tmp_path / "geo"))
    for session in ("g1", "g2"):
        cc_session(repo, session, "geocode the addresses", [("python geocode.py", False, "401 Unauthorized"),
                                                            ("python geocode.py --key-file .geo", True, "ok")])
    lessons = [{"text": "Call the geocoder with the key Zx9Qk2LmN8pR4sT6vW1yB3dF5hJ7mN0p; it rejects others.",
                "evidence": ["S1", "S2"]},
               {"text": "Log in to the staging admin with password = \"Winter2024stage\" first.", "evidence": ["S1", "S2"]}]
    model = ScriptedChatModel(responses=[AIMessage(content=json.dumps({"lessons": lessons}))])
    run_sleep(SleepOptions(model=model))
    texts = " ".join(x.text for x in open_store().list(statuses=["active", "candidate", "quarantined"]))
    assert "Zx9Qk2LmN8pR4sT6vW1y" not in texts and "Winter2024stage" not in texts
    for dirpath, _, files in os.walk(data_dir()):
        for name in files:
            blob = open(os.path.join(dirpath, name), "rb").read()
            assert b"Zx9Qk2LmN8pR4sT6vW1y" not in blob and b"Winter2024stage" not in blob, name


# The lesson net on its own, with capture's rules out of the way: values after a word for a secret in any
# language, on the next line when the word ends its line, before it, in URLs and in short password flags.
LESSON_SECRETS = [("The Wi-Fi wpa_key is S3cr3tSqu1d46.", "S3cr3tSqu1d46"),
                  ("Set MQTT_PASSWORD=tigerlily7342 in the unit.", "tigerlily7342"),
                  ("Kod dostępu do panelu to Welcome2025.", "Welcome2025"),
                  ("The door PIN is 241725.", "241725"), ("use gato-Castle-94 as the passphrase", "gato-Castle-94"),
                  ("Run `op item get prod-db --fields password`, which prints\nbluebird880", "bluebird880"),
                  ("Clone from https://deploy:Mistral-85x@git.example.com/app.git", "Mistral-85x"),
                  ("Connect with `mysql -uadmin -pWelcome2026 -h db`.", "Welcome2026"),
                  ("<Password>Dr4g0nfly4</Password> goes in the config.", "Dr4g0nfly4"),
                  ("La contraseña del router es marmalade1163.", "marmalade1163")]


def test_the_lesson_net_alone_drops_what_capture_would_have():
    from secondnature.lessons.safety import scrub_secrets

    for text, secret in LESSON_SECRETS:
        assert secret not in scrub_secrets(text), text
    for text in ("Register `TranscriptHighlighter` and `ActiveSessionRegistry` in app.js.",
                 "The token budget is 4096 for gpt-4o; use `max_tokens=1024` in tests.",
                 "Pin python to 3.11 and run `pytest -q`.", "Rotate the API key in the dashboard, never in code.",
                 "Password resets go through `mix auth.reset`.", "Use `sha256sum -c` on the key file."):
        assert scrub_secrets(text) == text, text


def test_the_lesson_net_reads_camelcase_names_endings_url_passwords_and_phrases():
    from secondnature.lessons.safety import scrub_secrets

    for text, secret in (('Pass ParameterKey "AdminPassword" with ParameterValue "xP4!rT9qWz".', "xP4!rT9qWz"),
                         ("Set BIND_CREDENTIALS=-k9-Lpq**=Tz in the LDAP env.", "-k9-Lpq**=Tz"),
                         ("Kata sandinya Mw73qLp2, ganti besok.", "Mw73qLp2"),
                         ("Use `redis://:Fh82kq!Lm@cache:6379/1` for the cache.", "Fh82kq!Lm"),
                         ("The passphrase is lantern copper meadow fiddle.", "copper meadow"),
                         ('It printed "secret -o jsonpath | base64 -d\\nQk82?Lm9xT"', "Qk82?Lm9xT")):
        assert secret not in scrub_secrets(text), text
    for text in ("Open `DatabasePasswordRotator` in services/db.py.", "Set `cache_key=user:{id}` for the sessions.",
                 "The passphrase prompt appears after the upload finishes."):
        assert scrub_secrets(text) == text, text


def test_the_lesson_net_reads_credentials_by_their_place_in_a_command():
    from secondnature.lessons.safety import scrub_secrets

    for text, secret in (("Send `Authorization: Basic dXNlcjpIYXJib3IjMjAxMQ==` to the proxy.", "dXNlcjpIYXJib3IjMjAxMQ=="),
                         ("Log in with `sqlplus app/Harbor#2011@//db:1521/XE`.", "Harbor#2011"),
                         ("Mount it with `smbclient //nas/x -U ops%Maple@2005ok`.", "Maple@2005ok"),
                         ("Import the CA with `keytool -importcert -keypass Falcon@1992x -file ca.pem`.", "Falcon@1992x"),
                         ("Post alerts to https://hooks.example.com/services/T01/B02/KwPT3Ii7zGHtd5zkjB5yimP8.", "KwPT3Ii7zGHtd5zkjB5yimP8")):
        assert secret not in scrub_secrets(text), text
    for text in ("Read node_modules/@scope/codemie-opencode-darwin-arm64/package.json first.",
                 "See https://github.com/acme/app/commit/1f0e2d3c4b5a69788796a5b4c3d2e1f00e1d2c3b for the fix.",
                 "Run `keytool -list -keystore ks.jks` to see the entries."):
        assert scrub_secrets(text) == text, text
