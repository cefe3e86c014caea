"""Scheduling the night job: crontab and a systemd user timer, idempotent, reversible, dry-run."""

from __future__ import annotations

import json
import os
import stat

import pytest
from click.testing import CliRunner

from secondnature.cli import cli
from secondnature.sleep.schedule import MARKER, UNIT


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(cli, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def crontab(tmp_path, monkeypatch):
    """A stand-in for the crontab program (cron is a system service): `-l` prints, `-` stores stdin."""
    table = tmp_path / "table"
    table.write_text("MAILTO=me@example.com\n0 * * * * /usr/bin/backup.sh\n")
    exe = tmp_path / "crontab"
    exe.write_text(f'#!/bin/sh\nif [ "$1" = "-l" ]; then cat {table}; else cat > {table}; fi\n')
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("SECOND_NATURE_CRONTAB", str(exe))
    return table


def test_cron_install_is_idempotent_and_uninstall_keeps_other_lines(crontab):
    original = crontab.read_text()
    dry = run("install", "cron", "--at", "02:30", "--dry-run")
    assert "30 2 * * *" in dry.output and crontab.read_text() == original
    run("install", "cron", "--at", "02:30")
    lines = crontab.read_text().splitlines()
    ours = [line for line in lines if line.endswith(MARKER)]
    assert len(ours) == 1 and ours[0].startswith("30 2 * * * ") and " sleep >> " in ours[0]
    assert f"SECOND_NATURE_HOME={os.environ['SECOND_NATURE_HOME']}" in ours[0]
    assert lines[:2] == original.splitlines()
    assert "already installed" in run("install", "cron", "--at", "02:30").output
    run("install", "cron", "--at", "04:00")
    assert [line for line in crontab.read_text().splitlines() if line.endswith(MARKER)][0].startswith("0 4 * * *")
    run("uninstall", "cron")
    assert crontab.read_text() == original
    assert "already clean" in run("uninstall", "cron").output


def test_cron_rejects_a_bad_time(crontab):
    result = run("install", "cron", "--at", "25:99", ok=False)
    assert result.exit_code != 0 and "HH:MM" in result.output


def test_systemd_timer_install_and_uninstall(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("PATH", "/nonexistent")  # no systemctl here: files only, with instructions
    directory = tmp_path / "config" / "systemd" / "user"
    assert "OnCalendar=*-*-* 03:15:00" in run("install", "systemd", "--dry-run").output
    assert not directory.exists()
    out = run("install", "systemd").output
    assert "systemctl --user enable --now" in out
    timer = (directory / f"{UNIT}.timer").read_text()
    service = (directory / f"{UNIT}.service").read_text()
    assert "Persistent=true" in timer and "WantedBy=timers.target" in timer
    assert "ExecStart=" in service and service.rstrip().splitlines()[-2].endswith(" sleep")
    assert f"Environment=SECOND_NATURE_HOME={os.environ['SECOND_NATURE_HOME']}" in service
    assert "already installed" in run("install", "systemd").output
    run("uninstall", "systemd")
    assert not (directory / f"{UNIT}.timer").exists() and not (directory / f"{UNIT}.service").exists()


def test_a_crontab_that_cannot_be_read_is_never_replaced(tmp_path, monkeypatch):
    table = tmp_path / "table"
    table.write_text("0 * * * * /usr/bin/backup.sh\n")
    exe = tmp_path / "crontab"
    exe.write_text(f'#!/bin/sh\nif [ "$1" = "-l" ]; then echo "crontab: cannot open spool" >&2; exit 1; '
                   f'else cat > {table}; fi\n')
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("SECOND_NATURE_CRONTAB", str(exe))
    result = CliRunner().invoke(cli, ["install", "cron"])
    assert result.exit_code == 1 and "cannot read your crontab" in result.output
    assert table.read_text() == "0 * * * * /usr/bin/backup.sh\n"
    exe.write_text(f'#!/bin/sh\nif [ "$1" = "-l" ]; then echo "no crontab for me" >&2; exit 1; '
                   f'else cat > {table}; fi\n')
    assert CliRunner().invoke(cli, ["install", "cron"]).exit_code == 0  # none yet: an empty one
    assert "second-nature" in table.read_text()


def test_settings_backups_made_in_the_same_second_are_all_kept(tmp_path):
    from secondnature.hooks.harnesses import settings_file

    path = tmp_path / "settings.json"
    path.write_text('{"original": true}')
    first = settings_file.save(str(path), {"hooks": {}})
    second = settings_file.save(str(path), {"hooks": {"x": []}})
    assert first != second and json.loads(open(first).read()) == {"original": True}


def test_a_cron_dry_run_creates_nothing(crontab):
    from secondnature.hooks.core.paths import logs_dir

    assert CliRunner().invoke(cli, ["install", "cron", "--dry-run"]).exit_code == 0
    assert not os.path.exists(logs_dir())


def test_launchd_agent_install_and_uninstall(monkeypatch):
    import plistlib

    from secondnature.sleep.schedule import launchd_path

    monkeypatch.setenv("PATH", "/nonexistent")  # no launchctl here (not macOS): the file, and how to load it
    assert "<key>StartCalendarInterval</key>" in run("install", "launchd", "--at", "02:45", "--dry-run").output
    assert not os.path.exists(launchd_path())
    assert "launchctl bootstrap gui/" in run("install", "launchd", "--at", "02:45").output
    with open(launchd_path(), "rb") as f:
        job = plistlib.load(f)
    assert job["ProgramArguments"][-1] == "sleep" and job["StartCalendarInterval"] == {"Hour": 2, "Minute": 45}
    assert job["EnvironmentVariables"]["SECOND_NATURE_HOME"] == os.environ["SECOND_NATURE_HOME"]
    assert job["StandardErrorPath"].endswith("sleep.log")
    assert "already installed" in run("install", "launchd", "--at", "02:45").output
    run("uninstall", "launchd")
    assert not os.path.exists(launchd_path()) and "already clean" in run("uninstall", "launchd").output


def test_doctor_says_whether_a_schedule_is_installed_and_the_digests_are_fresh(crontab):
    from secondnature.lessons.compile import compile_digests
    from secondnature.lessons.model import Lesson
    from secondnature.lessons.store import open_store

    def check(name: str) -> dict:
        return next(c for c in json.loads(run("doctor", "--json", ok=False).output) if c["check"] == name)

    assert "no nightly schedule" in check("schedule")["detail"]
    run("install", "cron")
    assert check("schedule") == {"check": "schedule", "status": "ok", "detail": "nightly sleep from cron"}
    store = open_store()
    store.add(Lesson(title="", text="Run make test before pushing.", scope="global", kind="procedure", status="active"))
    compile_digests(store)
    assert check("digests")["status"] == "ok"
    store.add(Lesson(title="", text="Use uv to add dependencies.", scope="global", kind="procedure", status="active"))
    stale = check("digests")
    assert stale["status"] == "warn" and "lessons compile" in stale["detail"]
