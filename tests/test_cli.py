"""The command line: help everywhere, sessions list/show, outcome, doctor, demo, packaging."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import zipfile

import click
import pytest
from click.testing import CliRunner

from secondnature import __version__
from secondnature.cli import cli
from secondnature.hooks.core import schema
from secondnature.hooks.core.paths import session_file
from secondnature.hooks.core.schema import Event
from secondnature.hooks.core.spool import append, read_session

from conftest import EXE, ROOT, loose


def invoke(*args: str, ok: bool = True):
    result = CliRunner().invoke(cli, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


def all_commands(group: click.Group, prefix=()):
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize("path", [(), *all_commands(cli)], ids=lambda p: " ".join(p) or "root")
def test_help_on_every_command(path):
    result = invoke(*path, "--help")
    assert "Usage:" in result.output


def test_version_from_the_installed_executable():
    out = subprocess.run([str(EXE), "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"second-nature, version {__version__}"


def test_import_from_any_directory(tmp_path):
    code = "import secondnature, secondnature.hooks.core.spool, secondnature.lessons, secondnature.sleep; print('ok')"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def seed():
    def ev(sid, kind, data, ts, harness="claude-code"):
        return Event(harness=harness, session_id=sid, scope="project:/home/me/shop-api", kind=kind, data=data, ts=ts)

    append([ev("aaaa1111-old", schema.USER_PROMPT, {"text": "old task"}, "2020-01-01T00:00:00.000Z"),
            ev("bbbb2222-new", schema.SESSION_START, {}, "2026-11-20T10:00:00.000Z"),
            ev("bbbb2222-new", schema.USER_PROMPT, {"text": "fix the flaky test"}, "2026-11-20T10:00:01.000Z"),
            ev("bbbb2222-new", schema.TOOL_CALL, {"call_id": "c1", "tool": "Bash", "input": {"command": "pytest"}},
               "2026-11-20T10:00:02.000Z"),
            ev("bbbb2222-new", schema.TOOL_RESULT, {"call_id": "c1", "tool": "Bash", "ok": False, "exit_code": 1,
                                                    "error": "1 failed"}, "2026-11-20T10:00:03.000Z"),
            ev("cccc3333-cdx", schema.USER_PROMPT, {"text": "bump deps"}, "2026-11-20T11:00:00.000Z", harness="codex")])
    old = os.path.join(os.environ["SECOND_NATURE_HOME"], "sessions", "aaaa1111-old.jsonl")
    os.utime(old, (1577836800, 1577836800))


def test_sessions_list_filters_and_json():
    seed()
    table = invoke("sessions", "list").output
    assert "bbbb2222-new" in table and "shop-api" in table and "fix the flaky test" in table
    data = json.loads(invoke("sessions", "list", "--json").output)
    assert [s["session_id"] for s in data] == ["aaaa1111-old", "bbbb2222-new", "cccc3333-cdx"]
    assert data[1]["tool_failures"] == 1 and data[1]["tool_calls"] == 1
    since = json.loads(invoke("sessions", "list", "--since", "2026-11-01", "--json").output)
    assert [s["session_id"] for s in since] == ["bbbb2222-new", "cccc3333-cdx"]
    codex_only = json.loads(invoke("sessions", "list", "--harness", "codex", "--json").output)
    assert [s["session_id"] for s in codex_only] == ["cccc3333-cdx"]
    bad = invoke("sessions", "list", "--since", "last tuesday", ok=False)
    assert bad.exit_code != 0 and "7d" in bad.output


def test_sessions_show_by_prefix():
    seed()
    out = invoke("sessions", "show", "bbbb").output
    assert "fix the flaky test" in out and "FAILED" in out and "(exit 1)" in out
    events = json.loads(invoke("sessions", "show", "bbbb", "--json").output)
    assert [e["kind"] for e in events] == ["session_start", "user_prompt", "tool_call", "tool_result"]
    missing = invoke("sessions", "show", "zzzz", ok=False)
    assert missing.exit_code != 0 and "no session id starts with 'zzzz'" in missing.output


def test_ambiguous_prefix_is_a_clear_error():
    seed()
    append([Event(harness="x", session_id="bbbb9999", kind=schema.USER_PROMPT, data={"text": "x"})])
    result = invoke("sessions", "show", "bbbb", ok=False)
    assert result.exit_code != 0 and "matches 2 sessions" in result.output


def test_outcome_command():
    seed()
    invoke("outcome", "bbbb2222-new", "--reward", "-1", "--feedback", "use make test")
    last = read_session("bbbb2222-new").events[-1]
    assert last.kind == "outcome" and last.data["reward"] == -1.0 and last.harness == "claude-code"
    assert invoke("outcome", "bbbb2222-new", ok=False).exit_code != 0
    invoke("outcome", "bbbb22", "--reward", "1")  # a unique prefix, as `sessions show` takes
    assert read_session("bbbb2222-new").events[-1].data["reward"] == 1.0
    typo = invoke("outcome", "zzzz-not-captured", "--reward", "-1", "--feedback", "bad", ok=False)
    assert typo.exit_code == 2 and "no session id starts with" in typo.output
    assert not os.path.exists(session_file("zzzz-not-captured"))  # no phantom session
    with pytest.raises(ValueError, match="was captured here"):
        from secondnature.outcome import record_outcome

        record_outcome("never-captured", reward=-1.0)
    listed = invoke("sessions", "list").output
    assert "bbbb2222-new" in listed or "bbbb2222-ne…" in listed


def test_doctor_reports_and_flags_loose_permissions():
    seed()
    path = os.path.join(os.environ["SECOND_NATURE_HOME"], "sessions", "bbbb2222-new.jsonl")
    os.chmod(path, 0o644)
    checks = {c["check"]: c for c in json.loads(invoke("doctor", "--json").output)}
    assert checks["sessions"]["status"] == "warn" and "readable by others" in checks["sessions"]["detail"]
    assert checks["Claude Code hooks (user)"]["status"] == "info"
    invoke("install", "claude-code")
    checks = {c["check"]: c for c in json.loads(invoke("doctor", "--json").output)}
    assert checks["Claude Code hooks (user)"]["status"] == "ok"
    os.chmod(path, 0o600)


def test_doctor_fails_on_a_broken_config():
    home = os.environ["SECOND_NATURE_HOME"]
    os.makedirs(home, exist_ok=True)
    with open(os.path.join(home, "config.toml"), "w") as f:
        f.write("[store\nbroken")
    result = invoke("doctor", ok=False)
    assert result.exit_code == 1 and "not valid TOML" in result.output


def test_demo_runs_the_whole_loop_offline(tmp_path):
    out = subprocess.run([str(EXE), "demo", "--home", str(tmp_path / "demo")], capture_output=True, text=True,
                         timeout=180, env={**os.environ, "SECOND_NATURE_MODEL": ""})
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "demo-tests-1" in text and "cc-demo-0001" in text and "FAILED" in text  # captured, both harnesses
    assert "Night done" in text and "none (miner)" in text  # slept, offline
    assert "Use `make test`, not `pytest`" in text and "Use `npm ci && npm test`, not `npm test`" in text
    assert "candidate" in text and "Run `npm ci` before `npm test`" in text  # one session: held until seen again
    hint = text.split("Explore it yourself: ")[1].split(";")[1].split(" lessons list")[0].strip()
    assert shutil.which(hint, path=os.environ.get("PATH")) or os.access(hint, os.X_OK)  # runs as printed
    injected = text.split("Next morning")[1]
    assert "`make test` works where `pytest` fails" in injected and "npm ci" in injected
    sessions = sorted(os.listdir(tmp_path / "demo" / "sessions"))
    assert len(sessions) == 6 and stat.S_IMODE(os.stat(tmp_path / "demo" / "sessions").st_mode) == 0o700
    assert loose(tmp_path / "demo") == []  # Chroma's files, reports, digests, logs: all private


def test_home_is_chosen_at_the_edge_without_writing_the_environment(tmp_path):
    """``--home`` sets the process's home where the command line starts; nothing in the package writes
    ``os.environ`` (a home in the environment is every thread's and every child's)."""
    out = subprocess.run([str(EXE), "--home", str(tmp_path / "h"), "doctor", "--json"], capture_output=True, text=True,
                         timeout=120, env={k: v for k, v in os.environ.items() if k != "SECOND_NATURE_HOME"})
    assert str(tmp_path / "h") in out.stdout, out.stdout + out.stderr
    writes = []
    for room in ("hooks", "lessons", "sleep", "plugin"):
        for dirpath, _, files in os.walk(os.path.join(ROOT, room)):
            for name in files:
                if name.endswith(".py"):
                    text = open(os.path.join(dirpath, name), encoding="utf-8").read()
                    if re.search(r"os\.environ\[[^\]]+\]\s*=(?!=)|os\.environ\.(setdefault|update|pop)\(|os\.putenv\(", text):
                        writes.append(name)
    assert writes == []


def test_wheel_contains_every_package_and_the_plugin_hooks(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT),
                    "-w", str(tmp_path)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("second_nature-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for module in ("secondnature/__init__.py", "secondnature/entry.py", "secondnature/commands/sessions.py",
                   "secondnature/hooks/runner.py", "secondnature/hooks/hooks.json", "secondnature/hooks/core/secret_rules.json", "secondnature/lessons/__init__.py",
                   "secondnature/sleep/__init__.py"):
        assert module in names, module
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "second-nature = secondnature.entry:main" in entry_points


def test_a_missing_model_provider_is_one_line_in_sleep_and_in_doctor(tmp_path, monkeypatch):
    seed()
    result = subprocess.run([str(EXE), "sleep", "--model", "openai:gpt-4o-mini"], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "SECOND_NATURE_MODEL": ""})
    assert result.returncode == 1 and "needs its provider's package" in result.stderr
    assert "Traceback" not in result.stderr and "pip install langchain-openai" in result.stderr
    monkeypatch.setenv("SECOND_NATURE_MODEL", "openai:gpt-4o-mini")
    doctor = invoke("doctor", ok=False)
    assert "pip install langchain-openai" in doctor.output
    bogus = subprocess.run([str(EXE), "sleep", "--model", "bogusprovider:x"], capture_output=True, text=True,
                           timeout=120, env={**os.environ, "SECOND_NATURE_MODEL": ""})
    assert bogus.returncode == 1 and "cannot use the model" in bogus.stderr and "Traceback" not in bogus.stderr


def test_small_things_a_user_meets(tmp_path):
    seed()
    assert invoke("report", "--night", "yesterday", ok=False).output.count("no report for") == 1  # a date, not a refusal
    assert invoke("inject", "--scope", "global", "--harness", "codex", ok=False).exit_code == 0
    ingest = invoke("sessions", "ingest", str(tmp_path / "nothing-here.jsonl"), ok=False)
    assert "1 transcripts" not in ingest.output
    (tmp_path / "notes.jsonl").write_text('{"a": 1}\n')
    other = invoke("sessions", "ingest", str(tmp_path / "notes.jsonl")).output
    assert "not a transcript of claude-code or codex or gemini or cursor" in other and "0 transcripts read, 0 new events, 1 other file skipped" in other


def test_a_bad_night_date_and_a_bad_config_are_one_line_each(home):
    bad = CliRunner().invoke(cli, ["report", "--night", "2026-13-45"])
    assert bad.exit_code == 2 and "is not a date" in bad.output
    (home / "config.toml").parent.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text("[sleep]\nstale_dayz = 3\n")
    result = CliRunner().invoke(cli, ["sleep"])
    assert result.exit_code == 1 and "stale_dayz" in result.output and "Usage:" not in result.output


def test_settings_are_typed_with_one_set_of_defaults_and_the_environment_applied_once(home, monkeypatch):
    from secondnature.hooks.core.settings import Settings, read_settings
    from secondnature.lessons.config import ConfigError, load_settings
    from secondnature.lessons.render import DEFAULT_BUDGET
    from secondnature.sleep.job import SleepOptions

    for name in ("SECOND_NATURE_MODEL", "SECOND_NATURE_CHROMA_URL", "SECOND_NATURE_EVENTS_URL", "SECOND_NATURE_HOLDOUT",
                 "SECOND_NATURE_CONTROL_SESSIONS"):
        monkeypatch.delenv(name, raising=False)
    defaults = load_settings()  # no file: the defaults, the same ones the night's options and the renderer use
    assert defaults == Settings() and defaults.lessons.token_budget == DEFAULT_BUDGET
    assert (SleepOptions().stale_days, SleepOptions().episode_tokens) == (defaults.sleep.stale_days,
                                                                         defaults.sleep.episode_tokens)
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text('[sleep]\nstale_days = "7"\nmodel = "none"\n[credit]\nholdout = 0.2\n'
                                      '[capture]\nevents_url = "postgresql://db/events"\n[distill]\nsteps = 5\n')
    s = load_settings()
    assert s.sleep.stale_days == 7.0 and isinstance(s.sleep.stale_days, float)  # in its type, not the file's string
    assert s.sleep.model is None and s.credit.holdout == 0.2 and s.distill == {"steps": 5}
    monkeypatch.setenv("SECOND_NATURE_MODEL", "openai:gpt-5-mini")
    monkeypatch.setenv("SECOND_NATURE_EVENTS_URL", "")  # set but empty: the fleet sink is off
    monkeypatch.setenv("SECOND_NATURE_HOLDOUT", "0.3")
    s = load_settings()
    assert (s.sleep.model, s.capture.events_url, s.credit.holdout) == ("openai:gpt-5-mini", None, 0.3)
    assert read_settings().capture.events_url is None  # capture off the hook path reads the same, unchecked
    (home / "config.toml").write_text("[credit]\nholdout = 2\n")
    with pytest.raises(ConfigError, match="credit.holdout"):
        load_settings()
    assert read_settings().credit.holdout == 0.3  # unchecked capture never fails over the file; the override stands


def test_a_binary_import_a_missing_folder_and_a_broken_config_for_inject_are_one_line_each(home, tmp_path):
    import subprocess

    from conftest import EXE

    binary = tmp_path / "bin.dat"
    binary.write_bytes(bytes(range(256)) * 2)
    for args, said in ((["lessons", "import", str(binary)], "is not a lessons file"),
                       (["lessons", "export", "-o", str(tmp_path / "missing" / "x.json")], "no such file or folder")):
        done = subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=120)
        assert done.returncode == 1 and said in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_text("[lessons]\ntoken_budgt = 3\n")
    result = CliRunner().invoke(cli, ["inject", "--scope", "global"])
    assert result.exit_code == 1 and "token_budgt" in result.output


def test_ctrl_c_at_any_moment_is_one_line_and_sleep_says_the_next_run_finishes(tmp_path):
    import signal
    import subprocess
    import time

    from conftest import EXE

    # from the moment our code runs (a signal during the interpreter's own start is the interpreter's to report)
    for command, delay in [(["lessons", "list"], d) for d in (0.4, 0.8)] + [(["sleep"], d) for d in (0.5, 1.0)]:
        process = subprocess.Popen([str(EXE), *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=120)
        assert "Traceback" not in err and "KeyboardInterrupt" not in err and "Exception ignored" not in err, err
        if process.returncode == 130:
            assert err.strip().startswith("Interrupted.") and len(err.strip().splitlines()) == 1
            if command == ["sleep"]:
                assert "The next `second-nature sleep` finishes this night" in err


def test_every_command_and_option_says_what_it_does():
    import click

    from secondnature.cli import cli

    silent = []

    def walk(command: click.Command, path: list[str]) -> None:
        if isinstance(command, click.Group):
            context = click.Context(command)
            for name in command.list_commands(context):
                walk(command.get_command(context, name), [*path, name])
        elif not command.help:
            silent.append(" ".join(path))
        silent.extend(f"{' '.join(path)} {p.opts[0]}" for p in command.params
                      if isinstance(p, click.Option) and not p.help and p.opts[0] not in ("--help", "--version"))

    walk(cli, ["second-nature"])
    assert silent == []


def test_every_error_of_ours_has_one_root():
    """Every exception class the package defines derives from SecondNatureError, so the command line shows any
    of them as one line and a program embedding second-nature catches one class."""
    import ast

    from conftest import ROOT

    bases: dict[str, list[str]] = {}
    for folder in ("hooks", "lessons", "sleep", "plugin"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.ClassDef):
                    bases[node.name] = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]
    builtin = {"Exception", "RuntimeError", "ValueError", "LookupError", "PermissionError", "OSError", "KeyError"}

    def is_error(name: str) -> bool:
        return any(b in builtin or (b in bases and is_error(b)) for b in bases.get(name, []))

    def rooted(name: str) -> bool:
        return name == "SecondNatureError" or any(rooted(b) for b in bases.get(name, []) if b in bases)

    errors = sorted(name for name in bases if is_error(name) and name != "SecondNatureError")
    assert len(errors) >= 15 and [name for name in errors if not rooted(name)] == []


def test_the_day_never_imports_the_night():
    """Capture and memory (hooks/, lessons/, the middleware) stand without the night's modules: data flows
    hooks -> lessons -> sleep, and imports never run against it."""
    import ast

    from conftest import ROOT

    day = [*(ROOT / "hooks").rglob("*.py"), *(ROOT / "lessons").rglob("*.py"), ROOT / "plugin" / "langgraph.py",
           ROOT / "plugin" / "outcome.py"]
    upward = []
    for path in day:
        for node in ast.walk(ast.parse(path.read_text())):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else (
                [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            upward += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.startswith("secondnature.sleep")]
    assert upward == []


def test_the_floor_plan_has_no_upward_edge_no_cycle_and_a_stdlib_kernel():
    """Rooms follow the data (kernel, harnesses, hook process, background capture, lessons, the night, the front
    door); no import runs against it, no modules import each other round, and the first three rooms (what a
    hook process can load) import the standard library only."""
    import importlib.util

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("import_graph", ROOT / "bench" / "import_graph.py")
    plan = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plan)
    ours, outside = plan.graph()
    assert len(ours) > 60
    assert plan.upward(ours) == [] and plan.cycles(ours) == [] and plan.past_the_fence(ours, outside) == []


def test_a_command_imports_its_own_module_only():
    """`second-nature inject` must not pay for `lessons`, `doctor`, `sleep` and Chroma at start-up."""
    code = ("import sys\nfrom secondnature.cli import cli\ncli.get_command(None, 'inject')\n"
            "print(sorted(m.rsplit('.', 1)[-1] for m in sys.modules if m.startswith('secondnature.commands.')))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.stdout.split("\n")[0] == "['common', 'inject']", run.stderr
