"""``second-nature doctor``: paths, permissions, installed hooks, versions, recent errors."""

from __future__ import annotations

import json
import os
import stat
import sys
from importlib import metadata

import click

from secondnature import __version__
from secondnature.hooks.core.log import log_file
from secondnature.hooks.core.paths import HOME_ENV, Home, current_home
from secondnature.hooks.harnesses import registry, settings_file
from secondnature.lessons.config import ConfigError, load_settings


def _checks() -> list[dict]:
    checks: list[dict] = []

    def add(name: str, status: str, detail: str) -> None:
        checks.append({"check": name, "status": status, "detail": detail})

    add("version", "ok", f"second-nature {__version__}, Python {sys.version.split()[0]}")
    home = current_home()  # this command's home, read once
    source = f"${HOME_ENV}" if os.environ.get(HOME_ENV) else "XDG default"
    if os.path.isdir(home.data):
        mode = stat.S_IMODE(os.stat(home.data).st_mode)
        add("data dir", "ok" if mode & 0o077 == 0 else "warn",
            f"{home.data} ({source}, mode {mode:o}{'' if mode & 0o077 == 0 else '; run chmod 700 on it'})")
    else:
        add("data dir", "ok", f"{home.data} ({source}; created on first capture)")
    try:
        load_settings(home.config)
        add("config", "ok", f"{home.config} ({'loaded' if os.path.exists(home.config) else 'absent, defaults used'})")
    except ConfigError as e:
        add("config", "error", str(e))
    try:
        names = [n for n in os.listdir(home.sessions) if n.endswith(".jsonl")]
    except FileNotFoundError:
        names = []
    loose = [n for n in names if stat.S_IMODE(os.stat(os.path.join(home.sessions, n)).st_mode) & 0o077]
    add("sessions", "warn" if loose else "ok",
        f"{len(names)} session logs" + (f"; {len(loose)} readable by others (chmod 600 them)" if loose else ""))
    for name, status, detail in _night_checks(home):
        add(name, status, detail)
    from secondnature.sleep.job import set_aside

    aside = set_aside(home)
    add("sleep", "warn" if aside else "ok",
        f"{len(aside)} sessions set aside after failing night after night: "
        + "; ".join(f"{s[:12]}: {v.get('reason', '')[:80]}" for s, v in list(aside.items())[:3])
        if aside else "no session set aside")
    for module in registry.every():
        label = module.TITLE
        for scope in ("user", "project"):
            path = module.settings_path(scope)
            try:
                installed = settings_file.events_with_ours(settings_file.load(path), module.is_ours)
            except settings_file.SettingsError as e:
                add(f"{label} hooks ({scope})", "error", str(e))
                continue
            stale = [c for c in settings_file.installed_commands(path, module.HARNESS) if not _runs_here(c)]
            if stale:
                add(f"{label} hooks ({scope})", "error", f"{path} runs {stale[0]!r}, which is not this install's "
                    f"working hook; run `second-nature install {module.HARNESS}"
                    f"{' --scope project' if scope == 'project' else ''}` again")
            elif installed:
                add(f"{label} hooks ({scope})", "ok", f"{len(installed)} events in {path}: {', '.join(installed)}")
            elif scope == "user":
                add(f"{label} hooks ({scope})", "info",
                    f"not installed in {path} (`second-nature install {module.HARNESS}`)")
    from secondnature.hooks.harnesses import claude_code

    plugin = claude_code.plugin_enabled()
    hooked = [scope for scope in ("user", "project") if settings_file.events_with_ours(
        _loaded(claude_code.settings_path(scope)), claude_code.is_ours)]
    if plugin and hooked:
        add("Claude Code plugin", "warn", f"the second-nature plugin is enabled ({plugin}) and `install claude-code` "
            f"hooks are in the {' and '.join(hooked)} settings too: every event runs both (capture keeps one copy, but "
            "lessons are injected twice); run `second-nature uninstall claude-code` or disable the plugin")
    for package in ("langchain-core", "langchain", "langgraph", "chromadb", "tiktoken", "watchdog", "click"):
        try:
            add(f"package {package}", "ok", metadata.version(package))
        except metadata.PackageNotFoundError:
            add(f"package {package}", "info", "not installed")
    try:
        with open(log_file(home), encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
        recent = lines[-3:]
        add("log", "warn" if lines else "ok", f"{log_file(home)}: {len(lines)} entries"
            + ("; latest: " + recent[-1].strip()[:200] if recent else ""))
    except FileNotFoundError:
        add("log", "ok", f"{log_file(home)} (empty)")
    return checks


def _loaded(path: str) -> dict:
    try:
        return settings_file.load(path)
    except settings_file.SettingsError:
        return {}


def _runs_here(command: str) -> bool:
    """Whether an installed hook command still reaches this install: its interpreter and launcher (or
    executable) exist, and the launcher is this package's own (an upgrade into another environment or
    Python leaves the old path behind)."""
    import shlex

    try:
        words = shlex.split(command)
    except ValueError:
        return False
    program = os.path.expandvars(words[0]) if words else ""
    if "${CLAUDE_PLUGIN_ROOT}" in command or "$CLAUDE_PLUGIN_ROOT" in command:
        return True  # the plugin's own launcher finds the executable itself
    if not (os.path.isfile(program) and os.access(program, os.X_OK)):
        return False
    launcher = next((w for w in words if w.endswith("second_nature_hook.py")), None)
    return launcher is None or os.path.realpath(launcher) == os.path.realpath(settings_file.LAUNCHER)


_PROVIDER_PACKAGES = {"openai": "langchain_openai", "anthropic": "langchain_anthropic", "ollama": "langchain_ollama",
                      "google_genai": "langchain_google_genai", "mistralai": "langchain_mistralai",
                      "groq": "langchain_groq", "bedrock": "langchain_aws", "azure_openai": "langchain_openai",
                      "fireworks": "langchain_fireworks", "deepseek": "langchain_deepseek", "xai": "langchain_xai"}


def _night_checks(home: Home) -> list[tuple[str, str, str]]:
    """What makes learning stop without a word: an unwritable data dir (the hooks then drop every event),
    a damaged store, nights that do not run or fail, a model whose provider package is missing."""
    import importlib.util
    import tempfile
    import time

    from secondnature.commands.since import iso_to_epoch
    from secondnature.hooks.core.settings import Settings
    from secondnature.lessons.store import StoreError, check_database, store_location
    from secondnature.sleep.report import load_reports

    out = []
    if os.path.isdir(home.data):
        try:
            with tempfile.NamedTemporaryFile(dir=home.data):
                pass
            out.append(("data dir writable", "ok", home.data))
        except OSError as e:
            out.append(("data dir writable", "error", f"cannot write to {home.data} ({e.strerror}): the hooks drop "
                                                      "every event until this is fixed"))
    try:
        settings = load_settings(home.config)
    except ConfigError:
        settings = Settings.from_dict({})
    path, url = store_location(home, settings)
    out.extend(_fleet_checks())
    if url:
        try:
            from secondnature.lessons.store import LessonStore

            count = LessonStore(url=url, embeddings=settings.lessons.embeddings, home=home).count()
            out.append(("lesson store", "ok", f"Chroma server at {url}: {count} lessons"))
        except Exception as e:  # noqa: BLE001 - StoreError says what to do; anything else is named
            out.append(("lesson store", "error", str(e)[:300]))
    elif os.path.isdir(path):
        try:
            check_database(path, verify=True)
            out.append(("lesson store", "ok", path))
        except StoreError as e:
            out.append(("lesson store", "error", str(e)))
    out.extend(_journal_check(home))
    reports = load_reports(home)
    if not reports:
        out.append(("last night", "info", "no night has run yet: `second-nature sleep`, or `install cron` for nightly"))
    else:
        last = reports[-1]
        age = (time.time() - iso_to_epoch(last.get("finished") or last["night"])) / 86400
        detail = f"{last['night'][:16]}: {last.get('active_lessons', '?')} lessons active afterwards"
        out.append(("last night", "warn" if age > 2 else "ok", detail + (f"; {age:.0f} days ago: is the schedule "
                                                                          "running?" if age > 2 else "")))
    try:
        with open(os.path.join(home.logs, "sleep.log"), encoding="utf-8", errors="replace") as f:
            tail = [line.strip() for line in f.readlines()[-50:] if line.strip()]
        errors = [line for line in tail if line.startswith("Error") or "Traceback" in line]
        if errors:
            out.append(("nightly log", "warn", f"{os.path.join(home.logs, 'sleep.log')}: {errors[-1][:200]}"))
    except FileNotFoundError:
        pass
    out.append(_schedule_check(home, bool(reports)))
    out.extend(_digest_checks(home))
    model = settings.sleep.model
    if model and ":" in model:
        package = _PROVIDER_PACKAGES.get(model.split(":", 1)[0])
        if package and importlib.util.find_spec(package) is None:
            out.append(("model", "error", f"{model} needs its provider package: pip install {package.replace('_', '-')}"))
        else:
            out.append(("model", "ok", model))
    return out


def _journal_check(home: Home) -> list[tuple[str, str, str]]:
    """A night whose changes were applied but which did not finish: the watermark does not move, so every
    later night resumes it; after two runs it is not going to finish by itself."""
    from secondnature.hooks.core.state import read_state
    from secondnature.sleep.job import journal_path

    try:
        journal = read_state(journal_path(home))
    except Exception as e:  # noqa: BLE001 - a damaged journal is itself the finding
        return [("night in progress", "error", f"{journal_path(home)} cannot be read ({type(e).__name__}); move it aside "
                                               "and run `second-nature sleep` (the night's sessions are learned again)")]
    if journal is None:
        return []
    attempts = int(journal.get("attempts", 1))
    if attempts < 2:
        return [("night in progress", "info", f"the night of {str(journal.get('night'))[:16]} is being applied or "
                                               "was cut off; the next `second-nature sleep` finishes it")]
    return [("night in progress", "error", f"the night of {str(journal.get('night'))[:16]} has failed to finish "
             f"{attempts} times: learning is stopped. See the nightly log, then run `second-nature sleep`; if it "
             f"fails the same way, move {journal_path(home)} aside (its changes are in the lesson history) and report it")]


def _fleet_checks() -> list[tuple[str, str, str]]:
    """A fleet's events database: reachable, at this version's schema, and how far this machine shipped."""
    from secondnature.hooks.background import sink

    url = sink.events_url()
    if not url:
        return []
    shown = url.split("@")[-1]  # never the password
    try:
        with sink.connect(url) as conn:
            sink.require_schema(conn)
            with conn.cursor() as cur:
                cur.execute("SELECT count(*), count(DISTINCT family) FROM sn_events")
                events, families = cur.fetchone()
    except sink.SinkError as e:
        return [("events database", "error", f"{shown}: {e}")]
    return [("events database", "ok", f"{shown}: {events} events from {families} scope families")]


def _schedule_check(home: Home, has_run: bool) -> tuple[str, str, str]:
    from secondnature.sleep import schedule

    found = schedule.installed()
    if found:
        return ("schedule", "ok", f"nightly sleep from {', '.join(found)}")
    try:
        captured = any(n.endswith(".jsonl") for n in os.listdir(home.sessions))
    except OSError:
        captured = False
    return ("schedule", "warn" if captured or has_run else "info",
            "no nightly schedule: sessions are learned from only when you run `second-nature sleep`; "
            "`second-nature install cron` (or systemd, launchd)")


def _digest_checks(home: Home) -> list[tuple[str, str, str]]:
    """Digests older than their scope's lessons: the hooks would inject yesterday's lessons."""
    from secondnature.lessons import cache

    try:
        names = sorted(n for n in os.listdir(home.digests) if n.endswith(".json") and not n.endswith(".index.json"))
    except OSError:
        return []
    state, stale = cache.revisions(home), []
    for name in names:
        try:
            with open(os.path.join(home.digests, name), encoding="utf-8") as f:
                digest = json.load(f)
        except (OSError, ValueError):
            stale.append(name)
            continue
        if "stamp" in digest and digest["stamp"] != cache.stamp(home, digest.get("scope", ""), state):
            stale.append(digest.get("scope", name))
    if stale:
        return [("digests", "warn", f"{len(stale)} of {len(names)} older than their lessons ({', '.join(stale[:3])}): "
                                    "`second-nature lessons compile`")]
    return [("digests", "ok", f"{len(names)} up to date")] if names else []


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
