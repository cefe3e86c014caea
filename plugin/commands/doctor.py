"""``second-nature doctor``: paths, permissions, installed hooks, versions, recent errors."""

from __future__ import annotations

import json
import os
import stat
import sys
from importlib import metadata

import click

from secondnature import __version__
from secondnature.config import ConfigError, load_config
from secondnature.hooks import claude_code, codex, settings_file
from secondnature.hooks.log import log_file
from secondnature.hooks.paths import HOME_ENV, config_file, data_dir, sessions_dir


def _checks() -> list[dict]:
    checks: list[dict] = []

    def add(name: str, status: str, detail: str) -> None:
        checks.append({"check": name, "status": status, "detail": detail})

    add("version", "ok", f"second-nature {__version__}, Python {sys.version.split()[0]}")
    home = data_dir()
    source = f"${HOME_ENV}" if os.environ.get(HOME_ENV) else "XDG default"
    if os.path.isdir(home):
        mode = stat.S_IMODE(os.stat(home).st_mode)
        add("data dir", "ok" if mode & 0o077 == 0 else "warn",
            f"{home} ({source}, mode {mode:o}{'' if mode & 0o077 == 0 else '; run chmod 700 on it'})")
    else:
        add("data dir", "ok", f"{home} ({source}; created on first capture)")
    try:
        config = load_config()
        add("config", "ok", f"{config_file()} ({'loaded' if config else 'absent, defaults used'})")
    except ConfigError as e:
        add("config", "error", str(e))
    try:
        names = [n for n in os.listdir(sessions_dir()) if n.endswith(".jsonl")]
    except FileNotFoundError:
        names = []
    loose = [n for n in names if stat.S_IMODE(os.stat(os.path.join(sessions_dir(), n)).st_mode) & 0o077]
    add("sessions", "warn" if loose else "ok",
        f"{len(names)} session logs" + (f"; {len(loose)} readable by others (chmod 600 them)" if loose else ""))
    from secondnature.sleep.job import set_aside

    aside = set_aside()
    add("sleep", "warn" if aside else "ok",
        f"{len(aside)} sessions set aside after failing night after night: "
        + "; ".join(f"{s[:12]}: {v.get('reason', '')[:80]}" for s, v in list(aside.items())[:3])
        if aside else "no session set aside")
    for module, label in ((claude_code, "Claude Code"), (codex, "Codex")):
        for scope in ("user", "project"):
            path = module.settings_path(scope)
            try:
                installed = settings_file.events_with_ours(settings_file.load(path), module.is_ours)
            except settings_file.SettingsError as e:
                add(f"{label} hooks ({scope})", "error", str(e))
                continue
            if installed:
                add(f"{label} hooks ({scope})", "ok", f"{len(installed)} events in {path}: {', '.join(installed)}")
            elif scope == "user":
                add(f"{label} hooks ({scope})", "info",
                    f"not installed in {path} (`second-nature install {module.HARNESS}`)")
    for package in ("langchain-core", "langchain", "langgraph", "chromadb", "tiktoken", "watchdog", "click"):
        try:
            add(f"package {package}", "ok", metadata.version(package))
        except metadata.PackageNotFoundError:
            add(f"package {package}", "info", "not installed")
    try:
        with open(log_file(), encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
        recent = lines[-3:]
        add("log", "warn" if lines else "ok", f"{log_file()}: {len(lines)} entries"
            + ("; latest: " + recent[-1].strip()[:200] if recent else ""))
    except FileNotFoundError:
        add("log", "ok", f"{log_file()} (empty)")
    return checks


@click.command()
@click.option("--json", "as_json", is_flag=True, help="The checks as a JSON array.")
def doctor(as_json: bool) -> None:
    """Check paths, permissions, installed hooks and versions."""
    checks = _checks()
    if as_json:
        click.echo(json.dumps(checks, indent=2))
        return
    marks = {"ok": ("✓", "green"), "info": ("·", None), "warn": ("!", "yellow"), "error": ("✗", "red")}
    for c in checks:
        mark, color = marks[c["status"]]
        click.echo(f"{click.style(mark, fg=color)} {c['check']}: {c['detail']}")
    if any(c["status"] == "error" for c in checks):
        sys.exit(1)
