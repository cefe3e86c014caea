"""Private files: 0700 folders and 0600 files everywhere under the data dir, Chroma's included; no
symlink is followed when writing; a data dir of another user is refused; the log never quotes input."""

from __future__ import annotations

import os

import pytest

from secondnature.hooks.core.log import log_file
from secondnature.hooks.core.paths import (
    NotPrivate,
    data_dir,
    open_private_append,
    session_file,
    write_private,
    write_private_all,
)
from secondnature.hooks.core.schema import Event
from secondnature.hooks.core.spool import append
from secondnature.lessons.model import Lesson
from secondnature.lessons.store import open_store

from conftest import loose


@pytest.mark.embedded
def test_everything_written_in_process_is_private_even_with_a_loose_umask():
    old = os.umask(0o022)  # a host application's usual umask
    try:
        append([Event(harness="langgraph", session_id="s1", kind="user_prompt", data={"text": "hi"}, scope="agent:a")])
        store = open_store()
        store.add(Lesson(title="", text="Run the suite with make test, not pytest.", scope="agent:a"))
        write_private(os.path.join(data_dir(), "state", "x.json"), b"{}")
    finally:
        os.umask(old)
    assert len(os.listdir(data_dir())) >= 3 and loose(data_dir()) == []


def test_many_files_written_at_once_are_private_whole_and_all_or_none_of_a_failed_batch(tmp_path):
    """The night's digests are written together (flushed to disk at once): each file whole and 0600 in a 0700
    folder whatever the umask; where one of them cannot be written, none of the batch replaces its old file (they are
    moved into place only once all are written and flushed) and no temporary file is left."""
    from pathlib import Path

    digests, other = Path(data_dir()) / "digests", Path(data_dir()) / "index"
    files = {str(digests / f"scope-{n}.json"): f"digest {n}".encode() * (n + 1) for n in range(40)}
    files[str(other / "one.idx")] = b"index\n"
    old = os.umask(0o022)
    try:
        write_private_all(files)
    finally:
        os.umask(old)
    for path, data in files.items():
        assert open(path, "rb").read() == data and os.stat(path).st_mode & 0o777 == 0o600
    assert {os.stat(digests).st_mode & 0o777, os.stat(other).st_mode & 0o777} == {0o700}

    outside = tmp_path / "outside.txt"
    outside.write_text("keep me\n")
    os.symlink(outside, str(digests / "scope-99.json.tmp") + f"{os.getpid()}-0")  # not the name a writer picks
    again = {path: b"new" for path in files} | {str(digests / "scope-0.json" / "x"): b"below a file: cannot be made"}
    with pytest.raises(OSError):
        write_private_all(again)
    for path, data in files.items():
        assert open(path, "rb").read() == data  # the old files stay
    assert not [n for n in os.listdir(digests) if ".tmp" in n and not os.path.islink(digests / n)]
    assert outside.read_text() == "keep me\n"


def test_a_symlink_in_the_data_dir_is_never_followed(tmp_path, run_hook):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me\n")
    os.makedirs(os.path.dirname(session_file("evil")), exist_ok=True)
    os.symlink(outside, session_file("evil"))
    with pytest.raises(NotPrivate):
        open_private_append(session_file("evil"))
    done = run_hook("claude-code", {"session_id": "evil", "hook_event_name": "UserPromptSubmit", "prompt": "hi",
                                    "cwd": str(tmp_path)})
    assert done.returncode == 0 and outside.read_text() == "keep me\n"
    assert "not a regular file of yours" in open(log_file()).read()


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to give a folder away")
def test_a_data_dir_of_another_user_is_refused():
    os.makedirs(data_dir(), exist_ok=True)
    os.chown(data_dir(), 12345, 12345)
    with pytest.raises(NotPrivate, match="belongs to another user"):
        append([Event(harness="x", session_id="s", kind="user_prompt", data={"text": "hi"})])


def test_a_malformed_payload_is_logged_without_its_content(run_hook):
    secret = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"
    done = run_hook("claude-code", f'{{"session_id": "s", "prompt": "{secret}", broken'.encode())
    assert done.returncode == 0
    text = open(log_file()).read()
    assert "not JSON" in text and secret[:12] not in text and secret[-16:] not in text


def test_log_lines_are_redacted():
    from secondnature.hooks.core.log import log

    log("test", "export OPENAI_API_KEY=sk-proj-" + "x" * 40)
    lines = open(log_file()).read().splitlines()
    assert len(lines) == 1 and "xxxxxxxxxxxxxxxx" not in lines[0] and "[REDACTED" in lines[0]
