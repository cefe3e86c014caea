"""Editing a harness's hook settings (Claude Code ``settings.json``, Codex ``hooks.json``) safely.

Both use the same three levels: event -> matcher groups -> handlers. Installing removes our own
handlers and adds them again (idempotent); uninstalling removes only ours. Every other key, event,
group and handler the user has is kept as it was. The file is backed up before it is changed.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import time
from collections.abc import Callable
from typing import Any

from secondnature.hooks.core.errors import SecondNatureError

Handler = dict[str, Any]
IsOurs = Callable[[Handler], bool]


class SettingsError(SecondNatureError):
    """The settings file cannot be read as JSON; we refuse to touch it."""


def load(path: str) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return {}
    if not text.strip():
        return {}
    try:
        data = json.loads(text)
    except ValueError as e:
        raise SettingsError(f"{path} is not valid JSON ({e}); fix it by hand, nothing was changed") from None
    if not isinstance(data, dict):
        raise SettingsError(f"{path} does not hold a JSON object; nothing was changed")
    return data


def without_ours(settings: dict[str, Any], is_ours: IsOurs) -> dict[str, Any]:
    """A copy of ``settings`` with our handlers removed (and groups/events left empty by that). An
    event's entries are matcher groups, or handlers listed directly (Cursor)."""
    out = json.loads(json.dumps(settings))
    hooks = out.get("hooks")
    if not isinstance(hooks, dict):
        return out
    for event in list(hooks):
        groups = hooks[event]
        if not isinstance(groups, list):
            continue
        kept_groups = []
        for group in groups:
            if isinstance(group, dict) and "hooks" not in group and is_ours(group):
                continue  # a handler listed directly
            if not isinstance(group, dict) or not isinstance(group.get("hooks"), list):
                kept_groups.append(group)
                continue
            handlers = [h for h in group["hooks"] if not (isinstance(h, dict) and is_ours(h))]
            if handlers:
                kept_groups.append({**group, "hooks": handlers})
            elif len(handlers) == len(group["hooks"]):
                kept_groups.append(group)  # an empty group of the user's own: not ours to drop
        if kept_groups:
            hooks[event] = kept_groups
        else:
            del hooks[event]
    if not hooks:
        del out["hooks"]
    return out


def _handlers(entries: object) -> list[Handler]:
    """The handlers of one event: inside matcher groups (Claude Code, Codex, Gemini CLI) or listed
    directly (Cursor)."""
    out = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict):
            out.extend(h for h in (entry.get("hooks") if "hooks" in entry else [entry]) or [] if isinstance(h, dict))
    return out


def events_with_ours(settings: dict[str, Any], is_ours: IsOurs) -> list[str]:
    """The events for which one of our handlers is installed."""
    hooks = settings.get("hooks") if isinstance(settings.get("hooks"), dict) else {}
    return [event for event, entries in hooks.items() if any(is_ours(h) for h in _handlers(entries))]


def with_ours(settings: dict[str, Any], groups: dict[str, list[dict[str, Any]]], is_ours: IsOurs) -> dict[str, Any]:
    """``settings`` with exactly our ``groups`` (event -> matcher groups, or handlers) installed."""
    out = without_ours(settings, is_ours)
    hooks = out.setdefault("hooks", {})
    if not isinstance(hooks, dict):
        raise SettingsError("the 'hooks' key is not an object; fix it by hand, nothing was changed")
    for event, new_groups in groups.items():
        existing = hooks.get(event)
        hooks[event] = (existing if isinstance(existing, list) else []) + new_groups
    return out


KEEP_BACKUPS = 5  # backups kept per settings file; older ones are removed


def backup_prefix(path: str) -> str:
    """Where the backups of a settings file go, without their time stamp: in the data dir (private to the user:
    settings can hold tokens), never beside the file, where a project's ``.claude/`` would get them committed."""
    from secondnature.hooks.core.paths import data_dir, ensure_private_dir
    from secondnature.hooks.core.schema import sha1_hex

    folder = ensure_private_dir(os.path.join(data_dir(), "settings-backups"))
    return os.path.join(folder, f"{os.path.basename(path)}.{sha1_hex(os.path.abspath(path))[:8]}.second-nature-")


def save(path: str, data: dict[str, Any]) -> str | None:
    """Write ``data`` to ``path`` (atomically), backing up the previous file (``backup_prefix``: the newest
    ``KEEP_BACKUPS`` of each file are kept); returns the backup path."""
    backup = None
    if os.path.exists(path):
        stamp = time.strftime("%Y%m%d-%H%M%S")
        prefix = backup_prefix(path)
        backup = f"{prefix}{stamp}.bak"
        n = 1
        while os.path.exists(backup):  # two saves in one second must not overwrite the first backup
            n += 1
            backup = f"{prefix}{stamp}-{n}.bak"
        fd = os.open(backup, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with open(path, "rb") as src, os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst)
        _prune_backups(path)
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2)
        f.write("\n")
    if backup:
        shutil.copymode(path, tmp)
    os.replace(tmp, path)
    return backup


def _prune_backups(path: str) -> None:
    folder, prefix = os.path.split(backup_prefix(path))
    try:
        names = sorted((n for n in os.listdir(folder or ".") if n.startswith(prefix) and n.endswith(".bak")),
                       key=lambda n: os.path.getmtime(os.path.join(folder, n)))
    except OSError:
        return
    for old in names[:-KEEP_BACKUPS]:
        try:
            os.remove(os.path.join(folder, old))
        except OSError:
            pass


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2) + "\n"


def hook_groups(events: dict[str, dict[str, Any]], command: str) -> dict[str, list[dict[str, Any]]]:
    """One matcher group per event, each running ``command``: ``events`` maps an event name to its
    ``timeout`` and optional ``matcher``."""
    groups = {}
    for event, spec in events.items():
        group: dict[str, Any] = {"matcher": spec["matcher"]} if "matcher" in spec else {}
        group["hooks"] = [{"type": "command", "command": command, "timeout": spec["timeout"]}]
        groups[event] = [group]
    return groups


LAUNCHER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "second_nature_hook.py")
_NEVER_BLOCK = " || true"


def hook_command(python: str, harness: str) -> str:
    """The command a harness runs: ``python -I -S`` on the stdlib launcher (no ``site``, no ``.pth``
    files: a third of the console script's start-up). ``|| true``: were the launcher gone (the
    package removed), Python's exit status 2 would block the user's prompt or tool call."""
    return f"{shlex.quote(python)} -I -S {shlex.quote(LAUNCHER)} hook {harness}{_NEVER_BLOCK}"


def runs_hook(handler: Handler, harness: str) -> bool:
    """Whether a handler is one of ours for ``harness``: the launcher, or a ``second-nature`` executable
    (what earlier versions installed, and the plugin's ``bin/second-nature-hook``)."""
    command = str(handler.get("command") or "").removesuffix(_NEVER_BLOCK)
    return command.endswith(f" hook {harness}") and ("second-nature" in command or "second_nature_hook" in command)


def installed_commands(path: str, harness: str) -> list[str]:
    """Every distinct command of ours in the settings file at ``path``."""
    hooks = load(path).get("hooks")
    return sorted({h["command"] for entries in (hooks.values() if isinstance(hooks, dict) else [])
                   for h in _handlers(entries) if runs_hook(h, harness)})


def install(path: str, harness: str, events: dict[str, dict[str, Any]], python: str) -> tuple[dict, dict]:
    """(before, after) settings for installing ``harness``'s hooks into the file at ``path``."""
    before = load(path)
    after = with_ours(before, hook_groups(events, hook_command(python, harness)), lambda h: runs_hook(h, harness))
    return before, after


def uninstall(path: str, harness: str) -> tuple[dict, dict]:
    before = load(path)
    return before, without_ours(before, lambda h: runs_hook(h, harness))
