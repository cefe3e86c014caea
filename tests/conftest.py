"""Every test runs against its own data dir, Claude/Codex config dirs and HOME: nothing real is touched."""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
import urllib.request
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
    # the randomized experiment withholds lessons at random: off, except in the tests of it
    monkeypatch.setenv("SECOND_NATURE_HOLDOUT", "0")
    monkeypatch.setenv("SECOND_NATURE_CONTROL_SESSIONS", "0")
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    if os.environ.get("SN_TEST_STORE") == "memory":  # the night's logic without Chroma: in-process tests only
        monkeypatch.setenv("SECOND_NATURE_CHROMA_URL", f"memory://{tmp_path}")
    return data


@pytest.fixture
def sn_home(home):
    """The test's home as the code takes it: a ``Home`` handed to what reads and writes there."""
    from secondnature.hooks.core.paths import Home

    return Home(str(home))


@pytest.fixture
def run_hook():
    """Run the hook command ``install`` writes (``sh -c``, as the harnesses do) with ``stdin`` bytes (or a
    payload dict) and return the process."""
    from secondnature.hooks.harnesses.settings_file import hook_command

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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    """A real `chroma run` on 127.0.0.1, started and stopped by the test."""
    yield from run_chroma(tmp_path)


@pytest.fixture(scope="module")
def module_chroma_server(tmp_path_factory):
    """One `chroma run` for a module's tests (each test empties what it wrote)."""
    yield from run_chroma(tmp_path_factory.mktemp("chroma"))


def run_chroma(tmp_path: Path):
    port = free_port()
    exe = Path(sys.executable).parent / "chroma"
    log = open(tmp_path / "chroma.log", "wb")
    proc = subprocess.Popen([str(exe), "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError((tmp_path / "chroma.log").read_text()[-2000:]) from None
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=15)
    log.close()


class Postgres:
    """A real PostgreSQL server in a temp dir (as the ``postgres`` user when we are root: the server
    refuses to run as root), on 127.0.0.1, with ``stop``/``start`` for outage tests."""

    def __init__(self) -> None:
        self.dir = tempfile.mkdtemp(prefix="sn-pg-")
        os.chmod(self.dir, 0o777)
        self.port = free_port()
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        self._run(["initdb", "-D", f"{self.dir}/data", "-A", "trust", "-U", "postgres", "--no-sync"])
        self.start()

    def _run(self, argv: list[str]) -> None:
        done = subprocess.run(self.as_user + argv, capture_output=True, text=True, timeout=120)
        if done.returncode:
            raise RuntimeError(f"{argv[0]} failed: {done.stderr[-2000:]}")

    def start(self) -> None:
        self._run(["pg_ctl", "-D", f"{self.dir}/data", "-l", f"{self.dir}/log", "-w", "-o",
                   f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start"])

    def stop(self) -> None:
        self._run(["pg_ctl", "-D", f"{self.dir}/data", "-m", "fast", "-w", "stop"])

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def close(self) -> None:
        try:
            self._run(["pg_ctl", "-D", f"{self.dir}/data", "-m", "immediate", "-w", "stop"])
        except RuntimeError:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres():
    if not shutil.which("initdb") or not shutil.which("pg_ctl"):
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    if os.getuid() == 0:
        import pwd

        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root with no `postgres` user to run the server as")
    server = Postgres()
    yield server
    server.close()


@pytest.fixture
def events_db(postgres, monkeypatch):
    """A fresh database on the real server, its schema made by `db upgrade`'s code, set as the sink."""
    import psycopg

    from secondnature.hooks.background import sink

    name = f"sn_{os.urandom(6).hex()}"
    with psycopg.connect(postgres.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = postgres.url(name)
    with sink.connect(url) as conn:
        sink.upgrade(conn)
    monkeypatch.setenv(sink.URL_ENV, url)
    yield url


_SERVERS = {"chroma_server", "module_chroma_server", "postgres", "events_db"}


@pytest.hookimpl(tryfirst=True)  # before -m selects by marks
def pytest_collection_modifyitems(config, items):
    """``server`` marks every test that starts a real server (``chroma run``, PostgreSQL), so that
    ``-m "not slow and not server"`` is the quickest subset. ``SN_TEST_STORE=memory``: the lessons live in the
    in-memory backend, so a test that needs the embedded store's files or a second process is skipped (the
    conformance suite holds the backends alike)."""
    memory = os.environ.get("SN_TEST_STORE") == "memory"
    skip = pytest.mark.skip(reason="needs the embedded Chroma store; SN_TEST_STORE=memory")
    for item in items:
        if _SERVERS & set(getattr(item, "fixturenames", ())) or "[server]" in item.name:
            item.add_marker(pytest.mark.server)
        if memory and "embedded" in item.keywords:
            item.add_marker(skip)

