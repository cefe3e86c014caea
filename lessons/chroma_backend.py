"""Chroma as the lesson store's backend: the embedded database in a folder, or a server at a URL.

Opening one checks it first: a folder is recognised as a lesson store by what it holds (``chroma.sqlite3``
with Chroma's tables and only our collections), and one that is not (another program's, damaged, cut off
while being created) is refused with the fix, never deleted. The store itself (``store.LessonStore``) is
written against the part of Chroma's client it uses; ``memory_backend`` is the other backend.
"""

from __future__ import annotations

import os
import re
import time
from typing import Any
from urllib.parse import urlparse

from secondnature.hooks.core.paths import ensure_private_dir, make_private
from secondnature.lessons.errors import StoreError

LESSONS = "sn_lessons"
HISTORY = "sn_lesson_history"
STAGING = "sn_lessons_reembed"  # a re-embedded copy, swapped in only once complete
# Chroma's own index parameters: the index serves only ``LessonStore.query`` (agents rank exactly, from snapshots),
# and a larger graph (ef_construction 200, 32 neighbours) cost a third more on every write for recall@5 0.92 vs 0.91
HNSW = {"space": "cosine"}
SQLITE_HEADER = b"SQLite format 3\x00"
URL_ENV = "SECOND_NATURE_CHROMA_URL"

CREATED_MARK = "second-nature-store.json"  # written once the store was created whole
OURS = {LESSONS, HISTORY, STAGING}
# Chroma's own bookkeeping tables, present before any collection exists (a creation cut off early)
_CHROMA_EMPTY = {"migrations", "acquire_write"}


def open_chroma(path: str | None, url: str | None) -> Any:
    """A Chroma client: the server at ``url``, else the embedded database at ``path`` (checked first: a folder
    that is not a lesson store in good order is refused, never deleted)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if url:
            parsed = urlparse(url if "://" in url else f"http://{url}")
            client = chromadb.HttpClient(host=parsed.hostname or "127.0.0.1",
                                         port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                                         ssl=parsed.scheme == "https", settings=settings)
            client.heartbeat()
            return client
        ensure_private_dir(path)
        check_database(path)
        client = chromadb.PersistentClient(path=path, settings=settings)
        make_private(path)  # Chroma writes its files at the umask's mode
        return client
    except StoreError:
        raise
    except Exception as e:  # noqa: BLE001 - chromadb raises many kinds; all mean the same to the user
        where = f"the Chroma server at {url}" if url else f"the lesson store at {path}"
        damaged = re.search(r"malformed|not a database|corrupt|disk image", str(e), re.I)
        fix = (f"start it or unset {URL_ENV}" if url else
               "it is damaged: restore a copy with `second-nature lessons restore --backup latest`" if damaged
               else "check the folder's permissions and free space")
        detail = (str(e).strip().splitlines() or [type(e).__name__])[0] if url else f"{type(e).__name__}: {e}"
        raise StoreError(f"cannot open {where} ({detail}); {fix}") from None


def check_database(path: str, verify: bool = False, opening: bool = True) -> None:
    """Refuse, and never delete, a folder that is not a lesson store in good order.

    A store is recognised by what it holds (``chroma.sqlite3`` with Chroma's tables and only our
    collections), not by a marker file: a folder holding another program's collections is refused (the
    store would write into that program's database), and an empty, foreign or damaged database is refused
    with the fix, because opening it would silently start a new, empty store. ``verify`` also runs
    SQLite's ``quick_check`` (doctor, and before the first write of a process). Only a creation cut off
    before it wrote anything (an empty database, no marker, nothing else in the folder) is set aside,
    renamed, and the store created again, when ``opening``."""
    if not os.path.isdir(path):
        return
    db = os.path.join(path, "chroma.sqlite3")
    entries = [e.name for e in os.scandir(path) if e.name != CREATED_MARK]
    if not os.path.exists(db):
        if entries:
            raise StoreError(f"the lesson store at {path} has files but no chroma.sqlite3: it is damaged, or not a "
                             "lesson store; restore a copy with `second-nature lessons restore --backup latest`, or "
                             "point [lessons] chroma_path at a folder of its own") from None
        return
    with open(db, "rb") as f:
        head = f.read(len(SQLITE_HEADER))
    if opening and not head and entries == ["chroma.sqlite3"] and not os.path.exists(os.path.join(path, CREATED_MARK)):
        os.rename(db, f"{db}.empty-{stamp()}")  # kept, not deleted: it held nothing, but a person may look
        return
    if head != SQLITE_HEADER:
        what = "empty" if not head else "not a SQLite database"
        raise StoreError(f"the lesson store's database {db} is {what}; nothing was changed. Restore a copy with "
                         "`second-nature lessons restore --backup latest` (see `lessons backup --list`)")
    problem = _database_problem(db, verify)
    if problem:
        raise StoreError(f"the lesson store's database {db} {problem}")


def _database_problem(db: str, verify: bool) -> str:
    """What is wrong with a Chroma database for use as the lesson store ('' when nothing is)."""
    problem, _ = _read_database(db, verify)
    return problem


def _read_database(db: str, verify: bool) -> tuple[str, set[str]]:
    """(what is wrong with the database at ``db``, or ''; the names of its Chroma collections)."""
    import sqlite3

    damaged = ("is damaged ({}); nothing was changed. Restore a copy with `second-nature lessons restore --backup "
               "latest` (see `lessons backup --list`)")
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as e:
        return damaged.format(e), set()
    try:
        if verify:
            result = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            if result != ["ok"]:
                return damaged.format("; ".join(map(str, result))[:200]), set()
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "collections" not in tables:
            if tables - _CHROMA_EMPTY and not all(t.startswith("sqlite_") for t in tables - _CHROMA_EMPTY):
                return ("is a SQLite database of another program, not a Chroma store; nothing was changed. Point "
                        "[lessons] chroma_path in config.toml at a folder of its own"), set()
            return "", set()
        names = {row[0] for row in conn.execute("SELECT name FROM collections")}
    except sqlite3.Error as e:
        return damaged.format(e), set()
    finally:
        conn.close()
    foreign = sorted(names - OURS)
    if foreign:
        return (f"holds another program's Chroma collections ({', '.join(foreign[:5])}); nothing was changed. "
                "Point [lessons] chroma_path in config.toml at a folder of its own"), names
    return "", names


def verify_store_folder(path: str) -> str:
    """'' when ``path`` holds a lesson store that opens (checked, with ``quick_check``), else what is wrong."""
    db = os.path.join(path, "chroma.sqlite3")
    if not os.path.isfile(db):
        return "it has no chroma.sqlite3"
    try:
        check_database(path, opening=False)
    except StoreError as e:
        return str(e).split(";")[0]
    problem, names = _read_database(db, verify=True)
    if problem:
        return f"its database {problem.split(';')[0]}"
    return "" if LESSONS in names or STAGING in names else "it holds no lesson collection"


def stamp() -> str:
    now = time.time()
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime(now)) + f"{int(now * 1000) % 1000:03d}"
