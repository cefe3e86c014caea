"""Every test runs against its own data dir, Claude/Codex config dirs and HOME: nothing real is touched."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT.parent / "shared" / "reference" / "samples"
EXE = Path(sys.executable).parent / "second-nature"


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    data = tmp_path / "sn-home"
    monkeypatch.setenv("SECOND_NATURE_HOME", str(data))
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", str(tmp_path / "claude"))
    monkeypatch.setenv("CODEX_HOME", str(tmp_path / "codex"))
    monkeypatch.setenv("HOME", str(tmp_path / "user-home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    return data


@pytest.fixture
def run_hook():
    """Run the hook command ``install`` writes (``sh -c``, as the harnesses do) with ``stdin`` bytes (or a
    payload dict) and return the process."""
    from secondnature.hooks.settings_file import hook_command

    def run(harness: str, stdin, env: dict | None = None, cwd: str | None = None) -> subprocess.CompletedProcess:
        data = stdin if isinstance(stdin, bytes) else json.dumps(stdin).encode()
        return subprocess.run(["sh", "-c", hook_command(sys.executable, harness)], input=data, capture_output=True,
                              timeout=60, env={**os.environ, **(env or {})}, cwd=cwd)

    return run


def git_repo(path: Path) -> Path:
    """A real git repository at ``path`` (created with git when available, else a bare .git folder)."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(["git", "init", "-q", str(path)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        (path / ".git").mkdir()
    return path


def write_jsonl(path: Path, lines: list, torn_tail: str | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)
    path.write_text(text + (torn_tail or ""))
    return path


def loose(root) -> list[str]:
    """Everything under ``root`` that a group or others may read, write or enter."""
    out = []
    for dirpath, _, filenames in os.walk(root):
        for name in [dirpath] + [os.path.join(dirpath, f) for f in filenames]:
            mode = stat.S_IMODE(os.lstat(name).st_mode)
            if mode & 0o077:
                out.append(f"{name} {mode:o}")
    return out
