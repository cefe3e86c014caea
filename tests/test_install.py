"""Installing hooks is idempotent, reversible, backed up, and keeps every setting the user had."""

from __future__ import annotations

import glob
import json
import os
import re

import pytest
from click.testing import CliRunner

from secondnature.cli import cli
from secondnature.hooks.harnesses import claude_code, codex, settings_file

from conftest import EXE, ROOT, git_repo

USER_SETTINGS = {
    "model": "opus",
    "permissions": {"allow": ["Bash(npm test:*)"], "deny": ["Read(./.env)"]},
    "env": {"FOO": "1"},
    "hooks": {
        "PostToolUse": [{"matcher": "Edit|Write", "hooks": [{"type": "command", "command": "npx prettier --write",
                                                             "timeout": 30}]}],
        "SessionStart": [{"matcher": "startup", "hooks": [{"type": "command", "command": "echo hello"}]}],
        "Notification": [{"hooks": [{"type": "command", "command": "notify-send claude"}]}],
    },
}


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def claude_settings(tmp_path):
    path = tmp_path / "claude" / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(USER_SETTINGS, indent=4))
    return path


def ours(settings: dict, is_ours) -> dict[str, int]:
    return {event: sum(1 for g in groups for h in g.get("hooks", []) if is_ours(h))
            for event, groups in settings.get("hooks", {}).items()}


def test_install_keeps_everything_and_backs_up(claude_settings):
    result = invoke("install", "claude-code")
    assert result.exit_code == 0 and "backup" in result.output
    after = json.loads(claude_settings.read_text())
    counts = ours(after, claude_code.is_ours)
    assert {e for e, n in counts.items() if n} == set(claude_code.HOOK_EVENTS)
    assert all(n <= 1 for n in counts.values())
    for key in ("model", "permissions", "env"):
        assert after[key] == USER_SETTINGS[key]
    assert after["hooks"]["PostToolUse"][0] == USER_SETTINGS["hooks"]["PostToolUse"][0]
    assert after["hooks"]["SessionStart"][0] == USER_SETTINGS["hooks"]["SessionStart"][0]
    assert after["hooks"]["Notification"] == USER_SETTINGS["hooks"]["Notification"]
    backups = glob.glob(settings_file.backup_prefix(str(claude_settings)) + "*.bak")
    assert len(backups) == 1 and json.load(open(backups[0])) == USER_SETTINGS
    assert not list(claude_settings.parent.glob("*.bak"))  # not beside the file: a project's .claude/ is committed
    command = after["hooks"]["Stop"][0]["hooks"][0]["command"]
    assert command.startswith("/") and "-I -S" in command and command.endswith(" hook claude-code || true")


def test_the_installed_command_captures_and_a_vanished_launcher_never_blocks(claude_settings, tmp_path):
    """The command as the harness runs it (``sh -c``): it captures, and when the launcher is
    gone (the package removed) it still exits 0 instead of Python's 2, which would block the prompt."""
    import subprocess

    from secondnature.hooks.core.spool import read_session

    invoke("install", "claude-code")
    command = json.loads(claude_settings.read_text())["hooks"]["UserPromptSubmit"][0]["hooks"][0]["command"]
    repo = git_repo(tmp_path / "repo")
    payload = json.dumps({"session_id": "installed-1", "hook_event_name": "UserPromptSubmit", "prompt": "run the tests",
                          "cwd": str(repo), "transcript_path": str(tmp_path / "t.jsonl")})
    done = subprocess.run(["sh", "-c", command], input=payload, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stderr == ""
    assert [e.kind for e in read_session("installed-1").events] == ["user_prompt"]
    gone = command.replace(settings_file.LAUNCHER, str(tmp_path / "removed" / "second_nature_hook.py"))
    vanished = subprocess.run(["sh", "-c", gone], input=payload, capture_output=True, text=True, timeout=60)
    assert vanished.returncode == 0


def test_install_is_idempotent_and_uninstall_restores(claude_settings):
    invoke("install", "claude-code")
    once = claude_settings.read_text()
    second = invoke("install", "claude-code")
    assert "already installed" in second.output and claude_settings.read_text() == once
    assert invoke("uninstall", "claude-code").exit_code == 0
    assert json.loads(claude_settings.read_text()) == USER_SETTINGS
    assert "already clean" in invoke("uninstall", "claude-code").output


def test_dry_run_changes_nothing(claude_settings):
    before = claude_settings.read_text()
    result = invoke("install", "claude-code", "--dry-run")
    assert result.exit_code == 0 and "hook claude-code" in result.output
    assert claude_settings.read_text() == before
    assert not glob.glob(settings_file.backup_prefix(str(claude_settings)) + "*.bak")


def test_install_into_missing_file_and_project_scope(tmp_path, monkeypatch):
    repo = git_repo(tmp_path / "repo")
    (repo / "sub").mkdir()
    monkeypatch.chdir(repo / "sub")
    assert invoke("install", "claude-code", "--scope", "project").exit_code == 0
    project = json.loads((repo / ".claude" / "settings.local.json").read_text())  # not the committed file
    assert set(ours(project, claude_code.is_ours)) == set(claude_code.HOOK_EVENTS)
    assert not (repo / ".claude" / "settings.json").exists()
    assert invoke("uninstall", "claude-code", "--scope", "project").exit_code == 0
    assert json.loads((repo / ".claude" / "settings.local.json").read_text()) == {}


def test_malformed_settings_are_refused_untouched(claude_settings):
    claude_settings.write_text('{"hooks": {oops')
    result = CliRunner().invoke(cli, ["install", "claude-code"])
    assert result.exit_code != 0 and "not valid JSON" in result.output
    assert claude_settings.read_text() == '{"hooks": {oops'


def test_codex_round_trip(tmp_path):
    path = tmp_path / "codex" / "hooks.json"
    path.parent.mkdir(parents=True)
    theirs = {"hooks": {"PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "guard.sh"}]}]}}
    path.write_text(json.dumps(theirs))
    result = invoke("install", "codex")
    assert result.exit_code == 0 and "/hooks" in result.output
    after = json.loads(path.read_text())
    assert set(e for e, n in ours(after, codex.is_ours).items() if n) == set(codex.HOOK_EVENTS)
    assert after["hooks"]["PreToolUse"] == theirs["hooks"]["PreToolUse"]
    invoke("uninstall", "codex")
    assert json.loads(path.read_text()) == theirs


def test_plugin_hooks_json_matches_the_installer():
    plugin = json.loads((ROOT / "hooks" / "hooks.json").read_text())
    launcher = '"${CLAUDE_PLUGIN_ROOT}"/bin/second-nature-hook claude-code'  # finds the executable itself
    assert plugin["hooks"] == settings_file.hook_groups(claude_code.HOOK_EVENTS, launcher)
    manifest = json.loads((ROOT / ".claude-plugin" / "plugin.json").read_text())
    market = json.loads((ROOT / ".claude-plugin" / "marketplace.json").read_text())
    assert manifest["name"] == market["plugins"][0]["name"] == "second-nature"
    assert market["owner"]["name"] and market["plugins"][0]["source"] == "./"


def test_the_plugin_launcher_finds_second_nature_or_exits_0(tmp_path):
    import subprocess

    from conftest import EXE

    launcher = str(ROOT / "bin" / "second-nature-hook")
    payload = json.dumps({"session_id": "plugin-1", "hook_event_name": "UserPromptSubmit", "prompt": "hi",
                          "cwd": str(tmp_path)})
    calls = tmp_path / "calls"
    exe = tmp_path / "second-nature"  # the executable, logging each time the launcher has to ask it
    exe.write_text(f'#!/bin/sh\necho "$@" >> {calls}\nexec {EXE} "$@"\n')
    exe.chmod(0o755)
    env = {**os.environ, "SECOND_NATURE_EXE": str(exe), "PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path / "c")}
    for n in range(3):
        found = subprocess.run([launcher, "claude-code"], input=payload.replace("plugin-1", f"plugin-{n}"),
                               capture_output=True, text=True, timeout=60, env=env)
        assert found.returncode == 0
    from secondnature.hooks.core.spool import read_session

    assert all([e.kind for e in read_session(f"plugin-{n}").events] == ["user_prompt"] for n in range(3))
    # asked once for its interpreter and launcher; every event then ran the `python -I -S` launcher itself
    assert calls.read_text() == "hook --launcher claude-code\n"
    cached = (tmp_path / "c" / "second-nature" / "hook-launcher")
    assert cached.read_text().splitlines()[2] == settings_file.LAUNCHER and cached.stat().st_mode & 0o077 == 0
    missing = subprocess.run([launcher, "claude-code"], input=payload, capture_output=True, text=True, timeout=60,
                             env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert missing.returncode == 0 and missing.stdout == ""


def test_the_plugins_second_nature_runs_the_installed_one_or_says_how_to_install(tmp_path):
    import subprocess

    from conftest import EXE

    plugin_bin = ROOT / "bin"  # on the Bash tool's PATH in a session: /lessons runs `second-nature lessons ...`
    found = subprocess.run(["second-nature", "--version"], capture_output=True, text=True, timeout=60,
                           env={"PATH": f"{plugin_bin}:{EXE.parent}:/usr/bin:/bin", "HOME": str(tmp_path)})
    assert found.returncode == 0 and "version" in found.stdout
    missing = subprocess.run(["second-nature", "lessons", "list"], capture_output=True, text=True, timeout=60,
                             env={"PATH": f"{plugin_bin}:/usr/bin:/bin", "HOME": str(tmp_path)})
    assert missing.returncode == 127 and "pipx install" in missing.stderr  # itself is never taken for it


def test_a_wheel_built_from_the_checkout_holds_what_hooks_and_nights_read(tmp_path):
    """The install route the README gives: a wheel (what pipx and pip install from a checkout build too)."""
    import subprocess
    import sys
    import zipfile

    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w",
                            str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("second_nature-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("secondnature/hooks/second_nature_hook.py", "secondnature/hooks/hook_process.py", "secondnature/hooks/core/secret_rules.json",
                   "secondnature/hooks/hooks.json", "secondnature/sleep/prompts/system.md",
                   "secondnature/sleep/distill/neutral.txt", "secondnature/entry.py"):
        assert needed in names, needed
    info = zipfile.ZipFile(wheel)
    dist = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    assert "second-nature = secondnature.entry:main" in info.read(f"{dist}/entry_points.txt").decode()
    metadata = info.read(f"{dist}/METADATA").decode()
    version = subprocess.run([str(EXE), "--version"], capture_output=True, text=True).stdout.split()[-1]
    assert f"Version: {version}" in metadata and "Classifier: " in metadata and "Provides-Extra: fleet" in metadata


def test_the_slash_command_runs_only_real_lessons_commands():
    from click.testing import CliRunner

    from secondnature.cli import cli

    text = (ROOT / "commands" / "lessons.md").read_text()
    used = set(re.findall(r"`second-nature lessons (\w+)", text))
    assert used == {"list", "search", "show", "forget", "restore", "review"}
    for name in used:
        assert CliRunner().invoke(cli, ["lessons", name, "--help"]).exit_code == 0


def test_doctor_flags_a_hook_command_that_no_longer_reaches_this_install(claude_settings, tmp_path):
    invoke("install", "claude-code")
    report = json.loads(invoke("doctor", "--json").output)
    assert next(c for c in report if c["check"] == "Claude Code hooks (user)")["status"] == "ok"
    settings = json.loads(claude_settings.read_text())
    for groups in settings["hooks"].values():
        for group in groups:
            for handler in group["hooks"]:
                handler["command"] = handler["command"].replace(settings_file.LAUNCHER, "/old/env/second_nature_hook.py")
    claude_settings.write_text(json.dumps(settings))
    check = next(c for c in json.loads(CliRunner().invoke(cli, ["doctor", "--json"]).output)
                 if c["check"] == "Claude Code hooks (user)")
    assert check["status"] == "error" and "install claude-code" in check["detail"]


def test_plugin_and_settings_hooks_both_installed_are_said_and_capture_once(claude_settings, tmp_path):
    import subprocess

    settings = json.loads(claude_settings.read_text())
    claude_settings.write_text(json.dumps({**settings, "enabledPlugins": {"second-nature@second-nature": True}}))
    installed = invoke("install", "claude-code")
    assert "plugin is enabled too" in installed.output
    doctor = json.loads(invoke("doctor", "--json").output)
    (both,) = [c for c in doctor if c["check"] == "Claude Code plugin"]
    assert both["status"] == "warn" and "uninstall claude-code" in both["detail"]
    # both hooks fire on one event: the plugin's launcher and the installed command, one after the other
    payload = json.dumps({"session_id": "twice", "hook_event_name": "PostToolUse", "tool_name": "Bash",
                          "tool_use_id": "toolu_twice", "tool_input": {"command": "make test"},
                          "tool_response": {"stdout": "ok", "stderr": ""}, "cwd": str(tmp_path)})
    command = settings_file.installed_commands(str(claude_settings), "claude-code")[0]
    env = {**os.environ, "SECOND_NATURE_EXE": str(EXE), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for argv in ([str(ROOT / "bin" / "second-nature-hook"), "claude-code"], ["sh", "-c", command]):
        assert subprocess.run(argv, input=payload, text=True, capture_output=True, env=env, timeout=60).returncode == 0
    from secondnature.hooks.core.spool import read_session

    log = read_session("twice")
    assert [e.kind for e in log.events] == ["tool_call", "tool_result"]
    assert sum(1 for _ in open(log.path)) == 4  # both copies kept on disk, read as one


def test_the_hook_loads_its_modules_from_one_compiled_file_made_again_when_one_changes(tmp_path):
    """The launcher keeps the modules every hook call imports compiled in one file beside them; a change to any
    of them makes a new one, and a damaged file costs nothing but the usual imports."""
    import shutil
    import subprocess
    import sys

    hooks = tmp_path / "pkg" / "hooks"
    shutil.copytree(ROOT / "hooks", hooks, ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "SECOND_NATURE_HOME": str(tmp_path / "home")}

    def run(session: str) -> None:
        payload = {"session_id": session, "cwd": str(tmp_path), "hook_event_name": "PostToolUse", "tool_name": "Bash",
                   "tool_input": {"command": "ls"}, "tool_response": {"stdout": "a.txt\n", "stderr": ""}}
        done = subprocess.run([sys.executable, "-I", "-S", str(hooks / "second_nature_hook.py"), "hook", "claude-code"],
                              input=json.dumps(payload).encode(), capture_output=True, env=env, timeout=60)
        assert done.returncode == 0 and done.stderr == b"", done.stderr
        lines = (tmp_path / "home" / "sessions" / f"{session}.jsonl").read_text().splitlines()
        assert [json.loads(line)["kind"] for line in lines] == ["tool_call", "tool_result"]

    def compiled() -> list[str]:
        return sorted(p.name for p in (hooks / "__pycache__").glob("hook-claude-code.*"))

    run("first")
    made = compiled()
    assert len(made) == 1
    run("second")
    assert compiled() == made
    os.utime(hooks / "core" / "redact.py", ns=(1, 1))
    run("third")
    assert len(compiled()) == 1 and compiled() != made
    (hooks / "__pycache__" / compiled()[0]).write_bytes(b"\x00damaged")
    run("fourth")
    assert (hooks / "__pycache__" / compiled()[0]).read_bytes() != b"\x00damaged"  # made again
