"""Every `second-nature` command in the README, run as written by the installed executable in a fresh
home that the demo has filled: none may print a traceback, and none may fail, except those that need
what this machine lacks (each listed with why; they must still fail with one line, not a traceback).

Placeholders a reader replaces (an id prefix like `3f2a`, SESSION, CHANGE) are replaced with real
ones from the demo's data; `lessons.md` is the file the export line writes. The Fleets section's
commands run against a real PostgreSQL server the tests start.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import stat
import subprocess
import time

from conftest import EXE, ROOT

NEEDS = {  # what a command needs that this machine lacks, by a fragment of it
    "distill --base ./my-model": "a base model in ./my-model",
    "sleep --distill": "a [distill] base model in config.toml",
    "adapters rollback": "an adapter in use (made by distill)",
    "sessions import checkpoints.sqlite": "a deployment's LangGraph SqliteSaver database",
    "sessions import postgresql://localhost/agentdb": "a deployment's PostgresSaver database",
    "sessions import results.json": "a deployment's chat-format log",
}


def readme_commands() -> list[str]:
    """The `second-nature ...` lines of the README's bash blocks, continuations joined, comments cut."""
    text = (ROOT / "README.md").read_text()
    out = []
    for block in re.findall(r"```bash\n(.*?)```", text, re.S):
        for line in block.replace("\\\n", " ").splitlines():
            words = shlex.split(line, comments=True)
            if words and words[0] == "second-nature":
                out.append(shlex.join(words))
    return out


def run(command: str, env: dict, cwd: str) -> subprocess.CompletedProcess:
    """Run a command; one that runs until stopped (`watch`) gets Ctrl-C after a few seconds, as a person would."""
    argv = [str(EXE), *shlex.split(command)[1:]]
    if command == "second-nature watch":
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd,
                                   stdin=subprocess.DEVNULL)
        first = process.stdout.readline()  # "watching ... (Ctrl-C to stop)": it is up
        time.sleep(1)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=120)
        return subprocess.CompletedProcess(argv, process.returncode, first + out, err)
    return subprocess.run(argv, capture_output=True, text=True, env=env, cwd=cwd, timeout=300, stdin=subprocess.DEVNULL)


FLEET = ("db upgrade", "sync", "--concurrency")  # the Fleets section's commands: with the events database set


def test_every_readme_command_runs_as_written(tmp_path, events_db, monkeypatch):
    monkeypatch.delenv("SECOND_NATURE_EVENTS_URL")  # only the Fleets section's commands use it
    home = tmp_path / "user"
    (home / ".claude").mkdir(parents=True)
    crontab = tmp_path / "bin" / "crontab"  # cron is a system service: a stand-in that keeps the table in a file
    crontab.parent.mkdir()
    crontab.write_text(f'#!/bin/sh\nif [ "$1" != "-l" ]; then cat > {tmp_path}/table; elif [ -f {tmp_path}/table ]; then '
                       f'cat {tmp_path}/table; else echo "no crontab for $USER" >&2; exit 1; fi\n')
    crontab.chmod(crontab.stat().st_mode | stat.S_IEXEC)
    env = {"HOME": str(home), "PATH": f"{crontab.parent}:{os.environ['PATH']}", "SECOND_NATURE_HOME": str(tmp_path / "sn"),
           "LANG": "C.UTF-8"}
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    assert run("second-nature demo --home " + str(tmp_path / "sn"), env, str(project)).returncode == 0
    lessons = json.loads(run("second-nature lessons list --json", env, str(project)).stdout)
    sessions = json.loads(run("second-nature sessions list --json", env, str(project)).stdout)
    lesson = lessons[0]["id"]
    change = json.loads(run(f"second-nature lessons history {lesson} --json", env, str(project)).stdout)[0]["change_id"]
    commands = readme_commands()
    assert len(commands) >= 30
    tracebacks, failed, lacking = [], [], []
    for command in commands:
        real = (command.replace("3f2a", lesson[:6]).replace("SESSION_PREFIX", sessions[0]["session_id"])
                .replace("SESSION", sessions[0]["session_id"]).replace("CHANGE", change[:8]))
        if "lessons edit" in real:
            real = real.replace("'...'", "'Run the suite with make test; plain pytest misses the db fixtures.'")
        fleet = {"SECOND_NATURE_EVENTS_URL": events_db} if any(f in real for f in FLEET) else {}
        done = run(real, {**env, **fleet}, str(project))
        if "Traceback" in done.stdout + done.stderr:
            tracebacks.append(f"{real}\n{done.stderr[-1500:]}")
        need = next((why for fragment, why in NEEDS.items() if fragment in real), None)
        if need:
            lacking.append(f"{real}: needs {need}" + (f" ({done.stderr.strip()})" if done.returncode else ""))
            assert done.returncode == 0 or len(done.stderr.strip().splitlines()) == 1, f"{real}:\n{done.stderr}"
        elif done.returncode != 0:
            failed.append(f"{real} -> {done.returncode}: {(done.stderr or done.stdout).strip()[-300:]}")
    print(f"{len(commands)} README commands: {len(tracebacks)} tracebacks, {len(failed)} failed as written, "
          f"{len(lacking)} need what this machine lacks:\n  " + "\n  ".join(lacking))
    assert not tracebacks, "\n\n".join(tracebacks)
    assert not failed, "\n".join(failed)
