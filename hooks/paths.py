"""Where second-nature keeps its files, and how they are kept private.

Standard library only: the hook processes import this on every tool call.
``SECOND_NATURE_HOME`` overrides everything (data and config); otherwise data lives under the XDG
data dir and the config file under the XDG config dir.
"""

from __future__ import annotations

import os
import re

HOME_ENV = "SECOND_NATURE_HOME"
DIR_MODE = 0o700
FILE_MODE = 0o600


def data_dir() -> str:
    home = os.environ.get(HOME_ENV)
    if home:
        return os.path.abspath(os.path.expanduser(home))
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "second-nature")


def config_file() -> str:
    home = os.environ.get(HOME_ENV)
    if home:
        return os.path.join(os.path.abspath(os.path.expanduser(home)), "config.toml")
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "second-nature", "config.toml")


def sessions_dir() -> str:
    return os.path.join(data_dir(), "sessions")


def logs_dir() -> str:
    return os.path.join(data_dir(), "logs")


def state_dir() -> str:
    return os.path.join(data_dir(), "state")


def digests_dir() -> str:
    return os.path.join(data_dir(), "digests")


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def safe_name(text: str, max_len: int = 120) -> str:
    """A file name for any id: unsafe characters replaced, long or altered ids suffixed by a hash."""
    name = _UNSAFE.sub("_", text).strip(".") or "_"
    if name != text or len(name) > max_len:
        import hashlib  # only for unusual ids; keeps the hook process lean

        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        name = f"{name[: max_len - 11]}-{digest}"
    return name


def session_file(session_id: str) -> str:
    return os.path.join(sessions_dir(), safe_name(session_id) + ".jsonl")


def digest_file(scope: str) -> str:
    """The compiled session-start injection for a scope (written by the lessons compiler, read by hooks)."""
    return os.path.join(digests_dir(), safe_name(scope) + ".json")


def prompt_index_file(scope: str) -> str:
    """The scope's keyword index from which the UserPromptSubmit hook picks lessons."""
    return os.path.join(digests_dir(), safe_name(scope) + ".index.json")


def ensure_private_dir(path: str) -> str:
    """Create ``path`` (and parents) readable by the user only."""
    if not os.path.isdir(path):
        os.makedirs(path, mode=DIR_MODE, exist_ok=True)
        try:
            os.chmod(path, DIR_MODE)
        except OSError:
            pass
    return path


def open_private_append(path: str) -> int:
    """An O_APPEND descriptor on ``path``, created 0600 in a 0700 directory."""
    ensure_private_dir(os.path.dirname(path))
    return os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)


def write_private(path: str, data: bytes, durable: bool = True) -> None:
    """Replace ``path`` atomically with ``data``, mode 0600 (``durable``: fsync before the rename;
    skipped for state that is cheap to lose, on the hot path)."""
    ensure_private_dir(os.path.dirname(path))
    tmp = f"{path}.tmp{os.getpid()}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        os.write(fd, data)
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
