"""The lesson store: Chroma (embedded by default, a server when configured), with a full history.

Two collections: ``sn_lessons`` holds each lesson (its embedding, filterable fields, and the whole
record as JSON) and ``sn_lesson_history`` holds every change (who or what, when, why, the record
before and after). A change is written to the history first and applied second, so
``reconcile()`` can finish a write that was cut off. Every change can be reverted, and a revert is
itself a change. The collection records which embeddings built it; opening it with other
embeddings is an error, never a silent mix. Telemetry is off.

Every writer (the night, every CLI command) holds one lock (``writing``), and a change applies only to
the version it was planned on: a person's edit made while the night ran is kept, and the night's
change to that lesson is reported as a conflict instead. An empty or damaged database is refused,
never silently replaced by a new empty one; ``backup``/``restore_backup`` keep copies to go back to.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from secondnature.hooks.core.paths import Home, current_home, ensure_private_dir, make_private, write_private
from secondnature.hooks.core.schema import now_iso, sha1_hex
from secondnature.hooks.core.settings import Settings
from secondnature.hooks.core.state import read_state
from secondnature.lessons import cache
from secondnature.lessons.chroma_backend import (
    CREATED_MARK,
    HISTORY,
    HNSW,
    LESSONS,
    STAGING,
    check_database,
    open_chroma,
    stamp,
    verify_store_folder,
)
from secondnature.lessons.embeddings import Embedder, make_embedder
from secondnature.lessons.errors import Conflict, NotFound, StoreError
from secondnature.lessons.model import Lesson

BATCH = 1000
SNAPSHOT_PAGE = 2000
REEMBED_BATCH = 100  # a model embeds ~100 lessons a second on a CPU: the bar moves every second or so
KEEP_BACKUPS = 7



_locks: dict[str, Any] = {}  # one lock object per lock file: a second one would block on its own process


@contextmanager
def writing(home: Home):
    """The one lock every writer of ``home``'s lessons holds, the night and every CLI command alike (a file
    lock, off the hot path; re-entrant within a process)."""
    from filelock import FileLock, Timeout

    path = os.path.join(ensure_private_dir(home.state, home.data), "store.lock")
    lock = _locks.get(path) or _locks.setdefault(path, FileLock(path, timeout=120, mode=0o600))
    try:
        with lock:
            yield
    except Timeout:
        raise StoreError("another second-nature process has been writing lessons for 2 minutes; "
                         "try again when it ends") from None


def restore_backup(home: Home, path: str, name: str = "latest") -> str:
    """Put the backup ``name`` (``latest``: the newest good one) in place of the store at ``path``. The
    backup is checked to open before anything is swapped; the store that was there is kept, named
    ``-replaced`` when it opened and ``-damaged`` when it did not, and neither kind is ever ``latest``.
    Works without opening the current store."""
    names = list_backups(home)
    candidates = [n for n in reversed(names) if not set_aside_backup(n)] if name == "latest" else [name]
    if name != "latest" and name not in names:
        raise StoreError(f"no backup named {name!r}; see `second-nature lessons backup --list`")
    problems = []
    with writing(home):
        for chosen in candidates:
            problem = verify_store_folder(os.path.join(backups_dir(home), chosen))
            if not problem:
                break
            problems.append(f"{chosen}: {problem}")
        else:
            raise StoreError("no backup that opens" + (f" ({'; '.join(problems)[:300]})" if problems else "")
                             + "; see `second-nature lessons backup --list`")
        if os.path.isdir(path):
            state = "damaged" if verify_store_folder(path) else "replaced"
            shutil.move(path, os.path.join(backups_dir(home), f"lessons-{stamp()}-{state}"))
        shutil.copytree(os.path.join(backups_dir(home), chosen), path)
        make_private(path)
        cache.bump(home, None)
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()  # this process's clients still describe the files replaced
    return chosen


def set_aside_backup(name: str) -> bool:
    """A store that ``restore`` moved aside, not a backup taken of a good store: never ``latest``."""
    return name.endswith(("-replaced", "-damaged"))


_verified: set[str] = set()  # stores this process checked with quick_check before writing to them


def backups_dir(home: Home) -> str:
    return home.path("backups")


def list_backups(home: Home) -> list[str]:
    try:
        return sorted(n for n in os.listdir(backups_dir(home)) if n.startswith("lessons-"))
    except FileNotFoundError:
        return []


@dataclass
class Change:
    change_id: str
    lesson_id: str
    version: int
    ts: str
    actor: str
    action: str
    reason: str
    before: dict[str, Any] | None
    after: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)  # before/after are plain records already


def store_location(home: Home, settings: Settings | None = None) -> tuple[str | None, str | None]:
    """(path, url): the server URL (``SECOND_NATURE_CHROMA_URL`` or ``[lessons] chroma_url``), else the
    embedded path (``[lessons] chroma_path``, else under ``home``)."""
    lessons = (settings or Settings.from_dict({})).lessons
    if lessons.chroma_url:
        return None, lessons.chroma_url
    return lessons.chroma_path or home.path("lessons", "chroma"), None


def open_store(settings: Settings | None = None, embeddings: str | Any | None = None, home: Home | None = None) -> LessonStore:
    """The store of ``home`` (this process's when None) as configured (``config.toml`` [lessons]: embeddings,
    chroma_url, chroma_path; read now when no ``settings`` are given)."""
    home = home or current_home()
    if settings is None:
        from secondnature.lessons.config import load_settings

        settings = load_settings(home.config)
    path, url = store_location(home, settings)
    return LessonStore(path=path, url=url, embeddings=embeddings or settings.lessons.embeddings, home=home)


class LessonStore:
    """The lessons and their history, on a backend that speaks the part of Chroma's client this class uses:
    an embedded Chroma at ``path``, a Chroma server at an ``http(s)://`` ``url``, or this process's memory at
    a ``memory://NAME`` ``url`` (``memory_backend``). ``home``: where its lock, backups and retrieval caches are
    (this process's when None)."""

    def __init__(self, path: str | None = None, url: str | None = None, embeddings: str | Any | None = None,
                 home: Home | None = None):
        self.home = home or current_home()
        self.path, self.url = path, url
        self.location = url or path or ""
        if url and url.startswith("memory://"):
            from secondnature.lessons.memory_backend import open_memory

            self.path, self.client = None, open_memory(url)
        else:
            self.client = open_chroma(path, url)
        self.embedder = self._open_collections(embeddings)
        self._ids: tuple[int, list[str]] | None = None
        self.touched: set[str] = set()  # scopes whose lessons this store object changed
        self.follows_caches = True  # False where the writer compiles every scope it touched itself (the night)
        self.conflicts: list[str] = []  # changes not applied: the lesson changed since they were planned
        self.kept: list[str] = []  # later changes a revert left in place

    def backup(self, reason: str = "manual") -> str | None:
        """Copy the embedded store to ``backups/lessons-<time>-<reason>``, keeping the newest ``KEEP_BACKUPS``."""
        if not self.path or not os.path.isdir(self.path):
            return None
        with writing(self.home):
            name = f"lessons-{stamp()}-{reason}"
            target = os.path.join(ensure_private_dir(backups_dir(self.home), self.home.data), name)
            try:
                shutil.copytree(self.path, target, dirs_exist_ok=True)
            except (OSError, shutil.Error) as e:
                shutil.rmtree(target, ignore_errors=True)
                detail = e.args[0][0][2] if isinstance(e, shutil.Error) and e.args and e.args[0] else str(e)
                raise StoreError(f"cannot back up the lesson store before changing it ({detail}); nothing was "
                                 "changed: free some space and run it again") from None
            kept = [n for n in list_backups(self.home) if not set_aside_backup(n)]
            for old in kept[:-KEEP_BACKUPS]:
                shutil.rmtree(os.path.join(backups_dir(self.home), old), ignore_errors=True)
        return target

    # -------------------------------------------------------------------------------- opening

    def _collection(self, name: str) -> Any:
        try:
            return self.client.get_collection(name)
        except Exception:  # noqa: BLE001 - NotFoundError differs across chromadb versions
            return None

    def _open_collections(self, embeddings: str | Any | None) -> Embedder:
        existing = self._collection(LESSONS)
        staged = self._collection(STAGING) if existing is None else None
        if staged is not None:  # a re-embedding was cut off after dropping the old collection: finish it
            staged.modify(name=LESSONS)
            existing = self.client.get_collection(LESSONS)
        if existing is not None:
            recorded = (existing.metadata or {}).get("sn_embedding")
            if embeddings is None:
                embedder = make_embedder(recorded or "lexical")
            else:
                embedder = make_embedder(embeddings)
                if recorded and embedder.spec != recorded:
                    raise StoreError(
                        f"the lesson store at {self.location} was built with embeddings {recorded!r}, not "
                        f"{embedder.spec!r}; set embeddings = {recorded.split(':')[0]!r} in config.toml or re-embed "
                        "with `second-nature lessons reembed --embeddings ...`")
            self.collection = existing
        else:
            embedder = make_embedder(embeddings or "lexical")
            self.collection = self.client.create_collection(
                LESSONS, embedding_function=None, configuration={"hnsw": HNSW},
                metadata={"sn_embedding": embedder.spec, "sn_revision": 0, "sn_schema": 1})
        self.history_collection = self.client.get_or_create_collection(
            HISTORY, embedding_function=None, metadata={"sn_schema": 1})
        if self.path and not os.path.exists(os.path.join(self.path, CREATED_MARK)):
            write_private(os.path.join(self.path, CREATED_MARK), json.dumps({"created": now_iso()}).encode())
        return embedder

    # -------------------------------------------------------------------------------- reading

    def revision(self) -> int:
        """A counter bumped by every write: readers refresh their snapshot when it moves."""
        return int((self.client.get_collection(LESSONS).metadata or {}).get("sn_revision", 0))

    def count(self, statuses: list[str] | None = None) -> int:
        """How many lessons (of these statuses): their ids alone are read, not their records."""
        if statuses is None:
            return self.collection.count()
        return len(self.collection.get(where=_where(statuses=statuses), include=[])["ids"])

    def ids(self) -> set[str]:
        """Every lesson's id, whatever its status or scope: ids alone are read, once per revision."""
        revision = self.revision()
        if self._ids is None or self._ids[0] != revision:
            self._ids = (revision, self.collection.get(include=[])["ids"])
        return set(self._ids[1])

    def get(self, lesson_id: str) -> Lesson | None:
        found = self.collection.get(ids=[lesson_id], include=["metadatas"])
        return _lesson(found["metadatas"][0]) if found["ids"] else None

    def get_many(self, ids: list[str]) -> list[Lesson]:
        out = []
        for start in range(0, len(ids), BATCH):
            found = self.collection.get(ids=ids[start:start + BATCH], include=["metadatas"])
            out.extend(_lesson(m) for m in found["metadatas"])
        return out

    def vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        """The stored vectors of ``ids`` (those the store holds), read a page at a time."""
        out: dict[str, np.ndarray] = {}
        for start in range(0, len(ids), SNAPSHOT_PAGE):
            found = self.collection.get(ids=ids[start:start + SNAPSHOT_PAGE], include=["embeddings"])
            if len(found["ids"]):
                out.update(zip(found["ids"], np.asarray(found["embeddings"], dtype=np.float32), strict=True))
        return out

    def resolve(self, prefix: str) -> Lesson:
        """The one lesson whose id starts with ``prefix`` (at least 4 characters)."""
        prefix = prefix.strip().lower()
        if len(prefix) < 4:
            raise NotFound(f"give at least 4 characters of the lesson id, not {prefix!r}")
        matches = [i for i in self.ids() if i.startswith(prefix)]
        if not matches:
            raise NotFound(f"no lesson id starts with {prefix!r}; see `second-nature lessons list`")
        if len(matches) > 1:
            raise NotFound(f"{prefix!r} matches {len(matches)} lessons ({', '.join(m[:10] for m in matches[:4])}...); "
                           "give more of the id")
        lesson = self.get(matches[0])
        assert lesson is not None
        return lesson

    def list(self, scopes: list[str] | None = None, statuses: list[str] | None = None,
             kinds: list[str] | None = None) -> list[Lesson]:
        lessons: list[Lesson] = []
        for found in self._pages(_where(scopes=scopes, statuses=statuses, kinds=kinds), ["metadatas"]):
            lessons.extend(_lesson(m) for m in found["metadatas"])
        return lessons

    def snapshot(self, scopes: list[str] | None) -> tuple[list[Lesson], np.ndarray]:
        """Active lessons of ``scopes`` with their embeddings, for exact in-memory retrieval."""
        lessons, pages = [], []
        for found in self._pages(_where(scopes=scopes, statuses=["active"]), ["metadatas", "embeddings"]):
            lessons.extend(_lesson(m) for m in found["metadatas"])
            pages.append(np.asarray(found["embeddings"], dtype=np.float32))
        return lessons, np.concatenate(pages) if pages else np.zeros((0, 1), np.float32)

    def _pages(self, where: dict | None, include: list[str]):
        """What ``get`` returns, a page at a time: one read of 10,000 lessons holds every record twice over, in
        Chroma's and Python's forms (a hundred MB more at the night's peak)."""
        read = 0
        while True:
            found = self.collection.get(where=where, include=include, limit=SNAPSHOT_PAGE, offset=read)
            if len(found["ids"]):
                yield found
            read += len(found["ids"])
            if len(found["ids"]) < SNAPSHOT_PAGE:
                return

    def scopes(self, statuses: list[str] | None = None) -> dict[str, int]:
        found = self.collection.get(where=_where(statuses=statuses), include=["metadatas"])
        counts: dict[str, int] = {}
        for meta in found["metadatas"]:
            counts[meta["scope"]] = counts.get(meta["scope"], 0) + 1
        return counts

    def query(self, text: str, scopes: list[str] | None, n: int = 5,
              statuses: list[str] | None = ("active",)) -> list[tuple[Lesson, float]]:
        """Approximate nearest lessons through Chroma's HNSW index (cosine similarity, best first)."""
        if self.count() == 0:
            return []
        vector = self.embedder.embed([text])[0]
        found = self.collection.query(query_embeddings=[vector.tolist()], n_results=n,
                                      where=_where(scopes=scopes, statuses=list(statuses) if statuses else None),
                                      include=["metadatas", "distances"])
        return [(_lesson(m), 1.0 - d) for m, d in zip(found["metadatas"][0], found["distances"][0], strict=True)]

    # -------------------------------------------------------------------------------- writing

    def add(self, lesson: Lesson, actor: str = "human", reason: str = "", action: str = "add") -> Lesson:
        lesson.validate()
        lesson.version = 1
        lesson.last_seen = lesson.last_seen or lesson.created
        self.apply([(lesson, None, action, reason)], actor)
        return lesson

    def save(self, lesson: Lesson, action: str, reason: str = "", actor: str = "human") -> Lesson:
        """Store a changed lesson as its next version, if nobody changed it since it was read."""
        with writing(self.home):
            before = self.get(lesson.id)
            if before is None:
                raise NotFound(f"lesson {lesson.id} does not exist")
            if lesson.version and before.version != lesson.version:
                raise Conflict(f"lesson {lesson.short_id} changed while you worked on it (now version "
                               f"{before.version}, you had {lesson.version}); run the command again")
            lesson.validate()
            lesson.version = before.version + 1
            self.apply([(lesson, before, action, reason)], actor)
        return lesson

    def apply(self, items: list[tuple[Lesson, Lesson | None, str, str]], actor: str, wrote: Any = None) -> list[Change]:
        """Write many changes at once: (new lesson, lesson before or None, action, reason). ``wrote``: called
        with the lessons written and their vectors."""
        ts = now_iso()
        changes = [Change(change_id=uuid.uuid4().hex, lesson_id=new.id, version=new.version, ts=ts, actor=actor,
                          action=action, reason=reason, before=old.to_dict() if old else None, after=new.to_dict())
                   for new, old, action, reason in items]
        return self.apply_changes(changes, wrote=wrote)

    def apply_changes(self, changes: list[Change], checkpoint: Any = None, wrote: Any = None) -> list[Change]:
        """Record the changes in the history, then store their ``after`` records (the order that
        lets ``reconcile`` finish a write cut off in between). A change whose lesson is no longer at the
        version it was planned on is not applied (see ``conflicts``); the applied ones are returned."""
        with writing(self.home):
            try:
                return self._apply_changes(changes, checkpoint, wrote)
            except Exception as e:  # noqa: BLE001 - chromadb raises many kinds; a full disk is the usual one
                if isinstance(e, StoreError):
                    raise
                raise StoreError(f"the lesson store at {self.location} could not be written ({type(e).__name__}: "
                                 f"{e}); if the disk is full, free space and run it again: what was not written "
                                 "is finished then") from None

    def _apply_changes(self, changes: list[Change], checkpoint: Any, wrote: Any) -> list[Change]:
        if self.path and os.path.realpath(self.path) not in _verified:  # never write into a damaged database
            check_database(self.path, verify=True)
            _verified.add(os.path.realpath(self.path))
        current = {lesson.id: lesson.version for lesson in self.get_many([c.lesson_id for c in changes])}
        fresh = []
        for c in changes:
            planned_on = int(c.before["version"]) if c.before else 0
            if current.get(c.lesson_id, 0) != planned_on:
                self.conflicts.append(f"{c.lesson_id[:8]} {c.action}: planned on version {planned_on}, "
                                      f"now {current.get(c.lesson_id, 0)}; not applied")
            else:
                fresh.append(c)
        changes = fresh
        scopes = {c.after["scope"] for c in changes} | {c.before["scope"] for c in changes if c.before}
        self.touched.update(scopes)
        pending = self._pending_path()
        if pending is not None and changes:  # reconcile's list, until both halves of the write are done
            write_private(pending, json.dumps([c.change_id for c in changes]).encode(), durable=False)
        for start in range(0, len(changes), BATCH):
            chunk = changes[start:start + BATCH]
            self.history_collection.add(  # the record in metadata: a document would be full-text indexed
                ids=[c.change_id for c in chunk], embeddings=[[1.0]] * len(chunk),
                metadatas=[{"lesson_id": c.lesson_id, "version": c.version, "change": json.dumps(c.to_dict())}
                           for c in chunk])
        if checkpoint is not None:
            checkpoint("after_history")
        if changes:
            before = cache.revisions(self.home)
            written = [Lesson.from_dict(c.after) for c in changes]
            vectors = self._upsert(written)
            if wrote is not None:
                wrote(written, vectors)
            cache.bump(self.home, scopes)
            self._follow(written, vectors, before)
            if pending is not None:
                _remove(pending)
        return changes

    def _follow(self, written: list[Lesson], vectors: np.ndarray, before: dict, whole: bool = False) -> None:
        """Keep the retrieval caches usable through this write (``cache.follow_write``); a failure there costs
        the next cold reader a read of the store, never the write."""
        if self.url or not self.follows_caches:
            return
        try:
            cache.follow_write(self.home, written, vectors, before, self.embedder.spec, lambda scope: self.snapshot([scope]),
                               whole)
        except Exception as e:  # noqa: BLE001 - the write is done; the caches are only stale
            from secondnature.hooks.core.log import log

            log("lessons", f"the retrieval caches were left stale after a write ({type(e).__name__}: {e})", self.home)

    def _upsert(self, lessons: list[Lesson]) -> np.ndarray:
        """Write the lessons with their vectors; returns the vectors, in order."""
        # read afresh under the write lock: another writer may have moved the revision on (which must go on from
        # what the store holds) or swapped the collection in a reembed since this object last read it
        self.collection = self.client.get_collection(LESSONS)
        written = []
        for start in range(0, len(lessons), BATCH):
            chunk = lessons[start:start + BATCH]
            vectors = np.asarray(self.embedder.embed([lesson.embed_text() for lesson in chunk]), dtype=np.float32)
            written.append(vectors)
            # no documents: the record is in metadata, and Chroma would full-text index a document; the vectors as an
            # array (a list of lists is built here only for Chroma to turn back into an array)
            self.collection.upsert(ids=[lesson.id for lesson in chunk], embeddings=vectors,
                                   metadatas=[_metadata(lesson) for lesson in chunk])
        meta = dict(self.collection.metadata or {})
        meta["sn_revision"] = int(meta.get("sn_revision", 0)) + 1
        meta.pop("hnsw:space", None)
        self.collection.modify(metadata=meta)
        if self.path:
            make_private(self.path)  # segment files Chroma created while writing
        return np.concatenate(written) if written else np.zeros((0, 1), np.float32)
    def reembed(self, embeddings: str | Any, progress: Any = None) -> int:
        """Rebuild every lesson's vector with other embeddings: a new collection is filled, then swapped
        in for the old one under the write lock (killed midway, the old one is intact or the new one is
        finished on the next open). Lessons and history are kept; returns how many were re-embedded.
        ``progress(total)``: a progress bar (a context manager with ``update(n)``) over the lessons."""
        embedder = make_embedder(embeddings)
        with writing(self.home):
            everything = self.list()
            if self._collection(STAGING) is not None:
                self.client.delete_collection(STAGING)
            meta = {"sn_embedding": embedder.spec, "sn_revision": self.revision() + 1, "sn_schema": 1}
            staged = self.client.create_collection(STAGING, embedding_function=None, configuration={"hnsw": HNSW},
                                                   metadata=meta)
            vectors = []
            with progress(len(everything)) if progress else contextlib.nullcontext() as bar:
                for start in range(0, len(everything), REEMBED_BATCH):
                    chunk = everything[start:start + REEMBED_BATCH]
                    vectors.append(np.asarray(embedder.embed([x.embed_text() for x in chunk]), dtype=np.float32))
                    staged.upsert(ids=[x.id for x in chunk], metadatas=[_metadata(x) for x in chunk],
                                  embeddings=vectors[-1].tolist())
                    if bar is not None:
                        bar.update(len(chunk))
            self.client.delete_collection(LESSONS)
            staged.modify(name=LESSONS)
            self.collection, self.embedder = self.client.get_collection(LESSONS), embedder
            before = cache.revisions(self.home)
            cache.bump(self.home, None)
            if everything:
                self._follow(everything, np.concatenate(vectors), before, whole=True)
            if self.path:
                make_private(self.path)
        return len(everything)

    # -------------------------------------------------------------------------------- history

    def history(self, lesson_id: str) -> list[Change]:
        found = self.history_collection.get(where={"lesson_id": lesson_id}, include=["metadatas", "documents"])
        changes = _changes(found)
        return sorted(changes, key=lambda c: (c.version, c.ts))

    def change(self, change_prefix: str) -> Change:
        prefix = change_prefix.strip().lower()
        ids = [i for i in self.history_collection.get(include=[])["ids"] if i.startswith(prefix)] if len(prefix) >= 4 else []
        if len(ids) != 1:
            raise NotFound(f"{'no' if not ids else len(ids)} changes match {change_prefix!r}; "
                           "see `second-nature lessons history ID`")
        return _changes(self.history_collection.get(ids=ids, include=["metadatas", "documents"]))[0]

    def revert(self, change_prefix: str, actor: str = "human", reason: str = "") -> Lesson:
        """Undo one change: exactly the fields it set go back to what they were, on top of the current
        record, so later changes to other fields stay (they are listed in ``kept``). If a later change set one
        of the same fields, nothing is done and the error names it. Undoing a creation archives the lesson;
        nothing is deleted. A revert is itself a change, and revertible."""
        change = self.change(change_prefix)
        current = self.get(change.lesson_id)
        if current is None:
            raise NotFound(f"lesson {change.lesson_id} is gone from the store")
        later = [c for c in self.history(change.lesson_id) if c.version > change.version]
        if change.before is None:
            restored = Lesson.from_dict({**current.to_dict(), "status": "archived"})
            fields = ["status"]
        else:
            fields = changed_fields(change)
            for c in later:
                clash = sorted(set(fields) & set(changed_fields(c)))
                if clash:
                    raise Conflict(f"change {c.change_id[:8]} ({c.action}, v{c.version}) set {', '.join(clash)} "
                                   f"since; revert it first, then {change.change_id[:8]}")
            restored = Lesson.from_dict({**current.to_dict(), **{k: change.before.get(k) for k in fields}})
        restored.id, restored.version = current.id, current.version
        self.kept = [f"{c.action} (v{c.version})" for c in later]
        return self.save(restored, action="revert", reason=reason or f"revert change {change.change_id[:8]} "
                         f"({change.action}: {', '.join(fields) or 'nothing'})", actor=actor)

    def reconcile(self, everything: bool = False) -> int:
        """Finish writes cut off between the history and the lesson (e.g. by kill -9); returns how many.
        An embedded store's write marks its changes as in flight until they are applied
        (``_pending_path``), so only those are looked at: no marker, nothing to do, however long the
        history. ``everything`` (and a store on a server, or a marker lost with the page cache in a power
        cut) reads the whole history."""
        pending = self._pending_path()
        with writing(self.home):
            if pending is not None and not everything:
                marked = read_state(pending)
                if not isinstance(marked, list) or not marked:
                    return 0
                found = self.history_collection.get(ids=[str(c) for c in marked], include=["metadatas"])
            else:
                found = self.history_collection.get(include=["metadatas"])
            latest: dict[str, tuple[int, str]] = {}
            for change_id, meta in zip(found["ids"], found["metadatas"], strict=True):
                lesson_id, version = meta["lesson_id"], int(meta["version"])
                if lesson_id not in latest or version > latest[lesson_id][0]:
                    latest[lesson_id] = (version, change_id)
            stored = {lesson.id: lesson.version for lesson in self.get_many(list(latest))} if latest else {}
            stale = [cid for lid, (version, cid) in latest.items() if stored.get(lid, 0) < version]
            if stale:
                changes = _changes(self.history_collection.get(ids=stale, include=["metadatas", "documents"]))
                self._upsert([Lesson.from_dict(c.after) for c in changes])
                cache.bump(self.home, None)
            if pending is not None:
                _remove(pending)
        return len(stale)

    def _pending_path(self) -> str | None:
        """Where an embedded store's write lists the changes it has in flight (in the data dir's state)."""
        if not self.path:
            return None
        return os.path.join(self.home.state, f"store-writing-{sha1_hex(os.path.realpath(self.path))[:12]}.json")


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


_BOOKKEEPING = {"version"}


def changed_fields(change: Change) -> list[str]:
    """The fields of a lesson a change set (its version aside)."""
    before, after = change.before or {}, change.after or {}
    return sorted(k for k in set(before) | set(after) if k not in _BOOKKEEPING and before.get(k) != after.get(k))


def _metadata(lesson: Lesson) -> dict[str, Any]:
    """The fields reads filter on, and the whole record (each key is an indexed row in Chroma: fewer is faster)."""
    return {"scope": lesson.scope, "status": lesson.status, "kind": lesson.kind, "record": json.dumps(lesson.to_dict())}


def _lesson(metadata: dict[str, Any]) -> Lesson:
    return Lesson.from_dict(json.loads(metadata["record"]))


def _changes(found: dict[str, Any]) -> list[Change]:
    """The changes of a history ``get``: the record is in metadata (stores before 0.2: the document)."""
    return [Change(**json.loads(meta.get("change") or document))
            for meta, document in zip(found["metadatas"], found["documents"], strict=True)]


def _where(scopes: list[str] | None = None, statuses: list[str] | None = None,
           kinds: list[str] | None = None) -> dict[str, Any] | None:
    clauses = []
    for name, values in (("scope", scopes), ("status", statuses), ("kind", kinds)):
        if values:
            clauses.append({name: values[0]} if len(values) == 1 else {name: {"$in": list(values)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
