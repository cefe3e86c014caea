"""The retrieval cache: what a process needs to rank one scope's lessons, loaded without Chroma.

A cold ``inject``, ``lessons search`` or a new replica's first model call would otherwise import
Chroma, read every lesson and build the keyword index: seconds and hundreds of MiB at 10k lessons.
``compile`` writes, per scope, the embedding matrix (memory-mapped when read), the lessons' priors,
pins and token counts, the BM25 postings, and the lesson records, which are parsed only for the few
lessons a request returns.

Chroma stays the source of truth. Every store write bumps the revision of the scopes it touched
(``state/revisions.json``, under the store's write lock); a cache records the revisions of its scope
and of the scopes above it it was built from, and a reader uses it only while they still match. The write
logs what it wrote, and the writing process patches the caches it made stale with that, in a thread of its
own off the caller's path (finished before the process exits); a reader that comes first patches them itself
(``follow_write``). So a write through the API, the CLI, an import or a reembed leaves no cold reader to pay
for Chroma, and the first reader after a write usually finds the cache already current. A stale or
missing cache is never used: the reader falls back to Chroma and writes a fresh one.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import threading
import time
from collections import Counter

import numpy as np

from secondnature.hooks.core.paths import Home, ensure_private_dir, safe_name, write_private
from secondnature.hooks.core.scope import ancestors
from secondnature.hooks.core.state import read_state
from secondnature.lessons.model import Lesson
from secondnature.lessons.render import HEADER, count_tokens, lesson_line
from secondnature.lessons.snapshot import Snapshot, prior, term_counts

VERSION = 2  # 2: the lessons' term counts, so a write patches a cache without re-reading it


def cache_dir(home: Home) -> str:
    return home.path("cache")


def _revisions_path(home: Home) -> str:
    return os.path.join(home.state, "revisions.json")


def revisions(home: Home) -> dict:
    state = read_state(_revisions_path(home))
    return state if isinstance(state, dict) else {"epoch": 0, "scopes": {}}


def bump(home: Home, scopes: set[str] | None) -> None:
    """Mark ``scopes`` changed (None: every scope). Called by the store inside its write lock."""
    state = revisions(home)
    if scopes is None:
        state["epoch"] = int(state.get("epoch", 0)) + 1
    else:
        for scope in scopes:
            state.setdefault("scopes", {})[scope] = int(state.get("scopes", {}).get(scope, 0)) + 1
    write_private(_revisions_path(home), json.dumps(state).encode(), durable=False)


def _compiled_path(home: Home) -> str:
    return os.path.join(home.state, "compiled_scopes.json")


def note_compiled(home: Home, scopes: list[str]) -> None:
    """Remember which scopes ``compile`` wrote caches for: with the scopes written since (``revisions``), every
    scope with lessons, so a search of all scopes knows which caches it needs without opening Chroma."""
    known = set(compiled_scopes(home)) | set(scopes)
    write_private(_compiled_path(home), json.dumps(sorted(known)).encode(), durable=False)


def cached_scopes(home: Home) -> list[str]:
    """The scopes that have a retrieval cache (current or not)."""
    found = []
    try:
        names = os.listdir(cache_dir(home))
    except OSError:
        return []
    for name in names:
        meta = _meta(os.path.join(cache_dir(home), name))
        if meta is not None and "scope" in meta:
            found.append(str(meta["scope"]))
    return found


def _meta(folder: str) -> dict | None:
    """A cache folder's ``meta.json`` (its scope, stamp, ids and terms), or None if it cannot be read."""
    try:
        with open(os.path.join(folder, "meta.json"), encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def compiled_scopes(home: Home) -> list[str]:
    found = read_state(_compiled_path(home))
    return [str(s) for s in found] if isinstance(found, list) else []


def stamp(home: Home, scope: str, state: dict | None = None) -> list[int]:
    """The revisions a cache of ``scope`` depends on: the epoch, and those of the scope and every scope
    above it (its agent's, global's)."""
    state = state or revisions(home)
    scopes = state.get("scopes", {})
    return [int(state.get("epoch", 0))] + [int(scopes.get(s, 0)) for s in ancestors(scope)]


class _Records:
    """The lessons of a cached scope, parsed from their JSON line only when one is asked for."""

    def __init__(self, path: str, offsets: np.ndarray):
        self.path, self.offsets = path, offsets
        self._parsed: dict[int, Lesson] = {}
        self._blob: bytes | None = None

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, index: int) -> Lesson:
        lesson = self._parsed.get(index)
        if lesson is None:
            if self._blob is None:
                with open(self.path, "rb") as f:
                    self._blob = f.read()
            start, end = int(self.offsets[index]), int(self.offsets[index + 1])
            lesson = self._parsed[index] = Lesson.from_dict(json.loads(self._blob[start:end]))
        return lesson

    def __iter__(self):
        return (self[i] for i in range(len(self)))


class CachedSnapshot:
    """A scope's snapshot read from the cache; the same interface as ``snapshot.Snapshot``."""

    def __init__(self, folder: str, meta: dict):
        arrays = np.load(os.path.join(folder, "arrays.npz"))
        self.revision = meta["stamp"]
        self.checked = time.monotonic()
        self.vectors = np.load(os.path.join(folder, "vectors.npy"), mmap_mode="r")
        self.prior, self.pinned, self._tokens = arrays["prior"], arrays["pinned"], arrays["tokens"]
        self.lessons = _Records(os.path.join(folder, "records.jsonl"), arrays["offsets"])
        self._ids = {lesson_id: i for i, lesson_id in enumerate(meta["ids"])}
        self._term_index = {t: i for i, t in enumerate(meta["terms"])}
        self._idf, self._ptr = arrays["idf"], arrays["term_ptr"]
        self._docs, self._weights = arrays["post_docs"], arrays["post_weights"]
        self.header_tokens = int(meta["header_tokens"])
        self.embedding = meta["embedding"]

    def keyword(self, query: list[str]) -> np.ndarray:
        score = np.zeros(len(self.lessons), dtype=np.float32)
        best = 0.0
        for term in set(query):
            i = self._term_index.get(term)
            if i is None:
                continue
            lo, hi = int(self._ptr[i]), int(self._ptr[i + 1])
            score[self._docs[lo:hi]] += self._weights[lo:hi]
            best += float(self._idf[i])
        return np.minimum(score / best, 1.0) if best else score

    def tokens(self, lesson: Lesson) -> int:
        return int(self._tokens[self._ids[lesson.id]])

    def rows(self) -> dict[str, int]:
        """Each lesson's row in ``vectors``, by id."""
        return self._ids


def _folder(home: Home, scope: str) -> str:
    return os.path.join(cache_dir(home), safe_name(scope))


def load(home: Home, scope: str, state: dict | None = None) -> CachedSnapshot | None:
    """The cached snapshot of ``scope`` if it is there and current (or brought up to date from the writes
    logged since it was written, and saved so), else None."""
    with _lock_of(home, scope):  # this process's refresher may be swapping the folder: wait for it, then read
        return _load(home, scope, state)


def _load(home: Home, scope: str, state: dict | None) -> CachedSnapshot | None:
    folder = _folder(home, scope)
    state = state or revisions(home)
    meta = _meta(folder)
    try:
        if meta is None or meta.get("v") != VERSION:
            return None
        if meta.get("stamp") != stamp(home, scope, state):
            if not _bridge(home, scope, meta, state):
                return None
            meta = _meta(folder)
        return CachedSnapshot(folder, meta) if meta is not None else None
    except (OSError, ValueError, KeyError):
        return None


K1, B = 1.2, 0.75  # BM25's, as ``Snapshot`` has them


def write(home: Home, scope: str, lessons: list[Lesson], vectors: np.ndarray, embedding: str, stamp_: list[int],
          line_tokens: list[int], header_tokens: int, prior: np.ndarray, counts: list[Counter]) -> None:
    """Write the cache of ``scope`` from its in-memory snapshot (its lessons, sorted by id, and those of the
    scopes above it; ``counts``: each lesson's term counts)."""
    vocabulary = sorted({t for c in counts for t in c})
    doc_ptr, doc_terms, doc_tf = _term_rows(counts, {t: i for i, t in enumerate(vocabulary)})
    records = [json.dumps(lesson.to_dict(), ensure_ascii=False).encode() for lesson in lessons]
    _save(home, scope, {"ids": [x.id for x in lessons], "terms": vocabulary, "stamp": stamp_, "embedding": embedding,
                  "header_tokens": header_tokens}, vectors, records, prior.astype(np.float32),
          np.array([x.pinned for x in lessons], dtype=bool), np.array(line_tokens, dtype=np.int32),
          doc_ptr, doc_terms, doc_tf)


def _save(home: Home, scope: str, meta: dict, vectors: np.ndarray, records: list[bytes], prior: np.ndarray, pinned: np.ndarray,
          tokens: np.ndarray, doc_ptr: np.ndarray, doc_terms: np.ndarray, doc_tf: np.ndarray) -> None:
    """Write a cache folder beside the old one and swap it in; the BM25 postings are computed here, from
    the lessons' term counts, so a cache written from a snapshot and one patched by a write agree."""
    idf, term_ptr, post_docs, post_weights = _postings(doc_ptr, doc_terms, doc_tf, len(meta["terms"]))
    offsets = np.zeros(len(records) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(r) for r in records]) if records else []
    folder = _folder(home, scope)
    fresh = f"{folder}.new-{os.getpid()}-{threading.get_ident()}"
    shutil.rmtree(fresh, ignore_errors=True)
    ensure_private_dir(fresh)
    np.save(os.path.join(fresh, "vectors.npy"), np.ascontiguousarray(vectors, dtype=np.float32))
    np.savez(os.path.join(fresh, "arrays.npz"), prior=prior, pinned=pinned, tokens=tokens, offsets=offsets, idf=idf,
             term_ptr=term_ptr, post_docs=post_docs, post_weights=post_weights, doc_ptr=doc_ptr, doc_terms=doc_terms,
             doc_tf=doc_tf)
    with open(os.path.join(fresh, "records.jsonl"), "wb") as f:
        f.write(b"".join(records))
    write_private(os.path.join(fresh, "meta.json"), json.dumps({"v": VERSION, "scope": scope, **meta}).encode(),
                  durable=False)
    for name in os.listdir(fresh):  # np.save and open() follow the umask
        os.chmod(os.path.join(fresh, name), 0o600)
    old = f"{folder}.old-{os.getpid()}-{threading.get_ident()}"
    if os.path.isdir(folder):
        os.replace(folder, old)  # a reader in between finds no cache and falls back: slower, never wrong
    os.replace(fresh, folder)
    shutil.rmtree(old, ignore_errors=True)


def _postings(doc_ptr: np.ndarray, doc_terms: np.ndarray, doc_tf: np.ndarray, n_terms: int):
    """Per term, its idf and the lessons holding it with their BM25 weights, computed as ``Snapshot`` does (the
    same float32 steps), from the lessons' term counts: (idf, term_ptr, post_docs, post_weights)."""
    import math

    n = len(doc_ptr) - 1
    doc_of = np.repeat(np.arange(n, dtype=np.int32), np.diff(doc_ptr))
    tf = doc_tf.astype(np.float32)
    lengths = np.bincount(doc_of, weights=doc_tf, minlength=n).astype(np.float32)
    avg = float(lengths.mean()) if n else 1.0
    df = np.bincount(doc_terms, minlength=n_terms)
    idf = np.array([math.log(1 + (n - d + 0.5) / (d + 0.5)) for d in df.tolist()], dtype=np.float64)
    norm = tf + np.float32(K1) * (np.float32(1 - B) + np.float32(B) * lengths[doc_of] / np.float32(max(avg, 1e-9)))
    weights = idf[doc_terms].astype(np.float32) * tf * np.float32(K1 + 1) / norm
    order = np.lexsort((doc_of, doc_terms))  # by term, then lesson
    term_ptr = np.zeros(n_terms + 1, dtype=np.int64)
    term_ptr[1:] = np.cumsum(df)
    return idf.astype(np.float32), term_ptr, doc_of[order], weights[order]


def write_snapshot(home: Home, scope: str, snap: Snapshot, stamp: list[int], embedding: str) -> None:
    """Persist ``snap`` as the cache of ``scope``; a failure only costs the next cold start."""
    try:
        write(home, scope, snap.lessons, snap.vectors, embedding, list(stamp), [snap.tokens(x) for x in snap.lessons],
              count_tokens(HEADER), snap.prior, snap.counts)
    except OSError as e:
        from secondnature.hooks.core.log import log

        log("lessons", f"could not write the retrieval cache of {scope}: {e}", home)


DELTAS_MAX_BYTES = 8_000_000  # about 2,500 one-lesson writes; past it the log starts again


_refresh_lock = threading.Lock()  # guards the refresher's state and the table of per-scope locks
_scope_locks: dict[tuple[Home, str], threading.Lock] = {}


def _lock_of(home: Home, scope: str) -> threading.Lock:
    with _refresh_lock:
        return _scope_locks.setdefault((home, scope), threading.Lock())


_refreshing: set[tuple[Home, str]] = set()  # (home, scope): a process may write to two homes
_refresher: threading.Thread | None = None
_refresh_at_exit = False
_last_refresh = 0.0
_exiting = threading.Event()
REFRESH_EVERY = 0.25  # at most one refresh a quarter second: a burst of writes is not a refresh per write


def refresh_soon(home: Home, scopes: set[str]) -> None:
    """Bring these scopes' caches up to date from the write log in a background thread of this process:
    the write returns at once, and the next cold reader (often another process) finds them current. The
    thread refreshes at once, then at most every quarter second while writes keep coming (a burst is not a
    refresh per write), and is joined when the process exits, so a short writer (a CLI edit, a script) leaves
    them current."""
    global _refresher, _refresh_at_exit
    if not scopes:
        return
    with _refresh_lock:
        _refreshing.update((home, scope) for scope in scopes)
        if _refresher is None:
            if not _refresh_at_exit:
                atexit.register(_finish_refreshing)
                _refresh_at_exit = True
            _refresher = threading.Thread(target=_refresh, name="sn-cache-refresh", daemon=True)
            _refresher.start()


def _refresh() -> None:
    global _refresher, _last_refresh
    while True:
        wait = _last_refresh + REFRESH_EVERY - time.monotonic()
        if wait > 0 and not _exiting.is_set():
            _exiting.wait(wait)
        with _refresh_lock:
            if not _refreshing:
                _refresher = None
                return
            scopes = sorted(_refreshing, key=lambda pair: (pair[0].data, pair[1]))
            _refreshing.clear()
            _last_refresh = time.monotonic()
        for home, scope in scopes:
            try:
                load(home, scope)  # bridges and saves a stale cache; a current one costs a stat
            except Exception as e:  # noqa: BLE001 - the next reader patches or rebuilds it
                from secondnature.hooks.core.log import log

                log("lessons", f"refreshing the retrieval cache of {scope}: {type(e).__name__}: {e}", home)


def _finish_refreshing(timeout: float = 30.0) -> None:
    _exiting.set()  # no more waiting for quiet: the process is leaving
    thread = _refresher
    if thread is not None:
        thread.join(timeout)


def _deltas_path(home: Home) -> str:
    return os.path.join(home.state, "cache-deltas.jsonl")


def follow_write(home: Home, written: list[Lesson], vectors: np.ndarray, before: dict, embedding: str, read_scope,
                 whole: bool = False) -> None:
    """Keep the retrieval caches usable through a write, so that the next cold ``inject`` or ``lessons
    search`` (in any process) is served from them, not from Chroma. Called by the store under its write
    lock, after the write bumped the revisions (``before``: as they were). The write's lessons and their
    vectors are appended to a log (a millisecond); the next reader of a cache the write made stale patches
    it with what was logged since it was written (``_bridge``: tens of milliseconds at 10k lessons, where
    a read of Chroma costs seconds) and saves it. ``whole`` (a reembed: every vector changed): each current
    cache is patched here instead. A touched scope with no cache gets one from its parent's cache and its
    own lessons (``read_scope(scope)``: the store's active lessons of that one scope and their vectors)."""
    after = revisions(home)
    changed = {x.id: (x, vectors[n]) for n, x in enumerate(written)}
    touched = {x.scope for x in written}
    cached = set(cached_scopes(home))
    if whole:
        for scope in cached:
            if touched & set(ancestors(scope)) and _current(home, scope, before):
                _patch(home, scope, scope, changed, stamp(home, scope, after), embedding)
    elif cached:
        _log_delta(home, before, after, written, vectors)
        refresh_soon(home, {scope for scope in cached if touched & set(ancestors(scope))})
    for scope in sorted(touched - cached, key=lambda s: len(ancestors(s))):  # parents first
        parents = ancestors(scope)  # the scope itself, then the scopes above it, nearest first
        if len(parents) > 1 and load(home, parents[1], after) is None:
            continue  # no cache above it to start from: the next reader builds it from the store
        own, own_vectors = read_scope(scope)
        fresh = {x.id: (x, own_vectors[n]) for n, x in enumerate(own)}
        _patch(home, parents[1] if len(parents) > 1 else None, scope, fresh, stamp(home, scope, after), embedding)
        note_compiled(home, [scope])


def _log_delta(home: Home, before: dict, after: dict, written: list[Lesson], vectors: np.ndarray) -> None:
    """Append one write to the log: the revisions it moved (each by one; the rest of the map, which has a scope
    per user of a deployed agent, is not repeated), its lessons, their vectors and line token counts."""
    import base64

    from secondnature.hooks.core.paths import open_private_append

    moved = {s: int(before.get("scopes", {}).get(s, 0)) for s, n in after.get("scopes", {}).items()
             if n != before.get("scopes", {}).get(s, 0)}
    line = (json.dumps({"epoch": int(before.get("epoch", 0)), "moved": moved,
                        "lessons": [x.to_dict() for x in written],
                        "tokens": [count_tokens(lesson_line(x)) + 1 for x in written],  # so a reader needs no tiktoken
                        "dims": int(vectors.shape[1]),
                        "vectors": base64.b64encode(np.ascontiguousarray(vectors, np.float32).tobytes()).decode()},
                       ensure_ascii=False) + "\n").encode()
    path = _deltas_path(home)
    try:
        if os.path.getsize(path) + len(line) > DELTAS_MAX_BYTES:
            os.remove(path)  # a cache older than what is left is rebuilt from the store by its next reader
        else:
            with open(path, "rb") as f:
                f.seek(-1, os.SEEK_END)
                if f.read(1) != b"\n":
                    line = b"\n" + line  # after a line a crash cut short: this one starts on its own
    except OSError:
        pass
    fd = open_private_append(path)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


_log_read: tuple[tuple, list] = ((), [])  # the log as last parsed in this process: (path, size, mtime), its entries


def _logged(home: Home) -> list[tuple[int, dict[str, int], list[dict], np.ndarray, list[int]]]:
    """The write log's entries (epoch, revisions moved from, lesson records, vectors, line tokens), parsed once
    per change of the file: the night bridges a hundred scopes from one entry of hundreds of lessons."""
    import base64

    global _log_read
    try:
        path = _deltas_path(home)
        st = os.stat(path)
        key = (path, st.st_size, st.st_mtime_ns)
        if key == _log_read[0]:
            return _log_read[1]
        with open(path, "rb") as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    entries = []
    for line in lines:
        try:
            entry = json.loads(line)
            count = len(entry["lessons"])
            vectors = np.frombuffer(base64.b64decode(entry["vectors"]), np.float32).reshape(count, entry["dims"])
            entries.append((int(entry["epoch"]), entry["moved"], entry["lessons"], vectors, entry["tokens"]))
        except (ValueError, KeyError, TypeError):
            continue  # a line torn by a crash: the chain breaks there unless a later one continues it
    _log_read = (key, entries)
    return entries


def _bridge(home: Home, scope: str, meta: dict, state: dict) -> bool:
    """Patch a stale cache of ``scope`` with the writes logged since its ``meta`` stamp, if they lead exactly
    to ``state``'s stamp (a write not logged, such as a reembed or a remote one, breaks the chain: False).
    A stamp is the epoch and the revisions of the scope and those above it; a logged write moved some of
    them by one, from the revisions it names."""
    target, at = stamp(home, scope, state), list(meta.get("stamp") or [])
    chain = ancestors(scope)
    if len(at) != len(chain) + 1:
        return False
    within_scope, held = set(chain), set(meta["ids"])
    changed: dict[str, tuple[Lesson, np.ndarray]] = {}
    tokens: dict[str, int] = {}
    for epoch, moved, records, vectors, counts in _logged(home):
        if at == target:
            break
        hit = [i for i, above in enumerate(chain) if above in moved]
        if epoch != at[0] or not hit or any(at[i + 1] != moved[chain[i]] for i in hit):
            continue  # a write to other scopes, or one before this cache was written
        for n, record in enumerate(records):
            if record.get("scope") in within_scope or record.get("id") in held:  # in it now, or until now
                lesson = Lesson.from_dict(record)
                changed[lesson.id] = (lesson, vectors[n])
                tokens[lesson.id] = int(counts[n])
        for i in hit:
            at[i + 1] += 1
    if at != target:
        return False
    _patch(home, scope, scope, changed, target, meta["embedding"], tokens)
    return True


def _current(home: Home, scope: str, state: dict) -> bool:
    meta = _meta(_folder(home, scope))
    return meta is not None and meta.get("v") == VERSION and meta.get("stamp") == stamp(home, scope, state)


def _term_rows(counts: list[Counter], index: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Lessons' term counts as CSR rows: (row pointers, term numbers in ``index``, counts)."""
    ptr = np.zeros(len(counts) + 1, dtype=np.int64)
    ptr[1:] = np.cumsum([len(c) for c in counts]) if counts else []
    return (ptr, np.array([index[t] for c in counts for t in c], dtype=np.int32),
            np.array([n for c in counts for n in c.values()], dtype=np.int32))


def _rows(ptr: np.ndarray, rows: np.ndarray, *data: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """The CSR rows ``rows`` of ``data`` (one pointer array, several value arrays), in that order."""
    starts = ptr[rows]
    lengths = ptr[rows + 1] - starts
    out = np.zeros(len(rows) + 1, dtype=np.int64)
    out[1:] = np.cumsum(lengths)
    index = np.repeat(starts - out[:-1], lengths) + np.arange(out[-1])
    return out, [d[index] for d in data]


def _patch(home: Home, source: str | None, scope: str, changed: dict[str, tuple[Lesson, np.ndarray]], stamp_: list[int],
           embedding: str, tokens: dict[str, int] | None = None) -> None:
    """The cache of ``scope``: the cache of ``source`` (itself, the scope above it, or None: no lessons) with
    the ``changed`` lessons in place of what it held of them (kept if active and of ``scope`` or above it).
    ``tokens``: the changed lessons' line token counts, where the caller has them."""
    if source is None:
        meta, blob, old_vectors = {"ids": [], "terms": [], "header_tokens": count_tokens(HEADER)}, b"", np.zeros((0, 1))
        arrays = {"doc_ptr": np.zeros(1, np.int64), "doc_terms": np.zeros(0, np.int32), "doc_tf": np.zeros(0, np.int32),
                  "offsets": np.zeros(1, np.int64), "tokens": np.zeros(0, np.int32), "prior": np.zeros(0, np.float32),
                  "pinned": np.zeros(0, bool)}
    else:
        folder = _folder(home, source)
        meta = _meta(folder)
        if meta is None:
            raise OSError(f"the cache of {source} cannot be read")
        arrays = np.load(os.path.join(folder, "arrays.npz"))
        old_vectors = np.load(os.path.join(folder, "vectors.npy"), mmap_mode="r")
        with open(os.path.join(folder, "records.jsonl"), "rb") as f:
            blob = f.read()
    offsets = arrays["offsets"]
    within_scope = set(ancestors(scope))
    keep = np.array([i for i, x in enumerate(meta["ids"]) if x not in changed], dtype=np.int64)
    fresh = [(x, v) for x, v in changed.values() if x.status == "active" and x.scope in within_scope]
    vocabulary = sorted(set(meta["terms"]) | {t for x, _ in fresh for t in term_counts(x.embed_text())})
    index = {t: i for i, t in enumerate(vocabulary)}
    renumber = np.array([index[t] for t in meta["terms"]], dtype=np.int32)
    kept_ptr, (kept_terms, kept_tf) = _rows(arrays["doc_ptr"], keep, arrays["doc_terms"], arrays["doc_tf"])
    fresh_ptr, fresh_terms, fresh_tf = _term_rows([term_counts(x.embed_text()) for x, _ in fresh], index)
    doc_ptr = np.concatenate([kept_ptr, kept_ptr[-1] + fresh_ptr[1:]])
    doc_terms = np.concatenate([renumber[kept_terms], fresh_terms])
    doc_tf = np.concatenate([kept_tf, fresh_tf])
    ids = [meta["ids"][i] for i in keep] + [x.id for x, _ in fresh]
    order = np.array(sorted(range(len(ids)), key=ids.__getitem__), dtype=np.int64)  # by id, as Snapshot has them
    doc_ptr, (doc_terms, doc_tf) = _rows(doc_ptr, order, doc_terms, doc_tf)
    used = np.bincount(doc_terms, minlength=len(vocabulary)) > 0  # terms no lesson holds any longer go
    doc_terms = (np.cumsum(used) - 1)[doc_terms].astype(np.int32)
    dims = old_vectors.shape[1] if not fresh else len(fresh[0][1])
    place = np.empty(len(ids), dtype=np.int64)
    place[order] = np.arange(len(ids))  # where each row lands in id order
    vectors = np.empty((len(ids), dims), dtype=np.float32)  # filled in place: one copy of 20 MB at 10k, not three
    for start in range(0, len(keep), 4096):
        stop = min(start + 4096, len(keep))
        vectors[place[start:stop]] = old_vectors[keep[start:stop]]
    for n, (_, v) in enumerate(fresh):
        vectors[place[len(keep) + n]] = v
    bounds = offsets.tolist()
    records = [blob[bounds[i]:bounds[i + 1]] for i in keep.tolist()]
    records += [json.dumps(x.to_dict(), ensure_ascii=False).encode() for x, _ in fresh]
    given = tokens or {}
    line_tokens = np.concatenate([arrays["tokens"][keep],
                                  [given.get(x.id) or count_tokens(lesson_line(x)) + 1 for x, _ in fresh]])
    _save(home, scope, {"ids": [ids[i] for i in order], "terms": [t for t, u in zip(vocabulary, used, strict=True) if u],
                  "stamp": stamp_, "embedding": embedding, "header_tokens": meta["header_tokens"]},
          vectors, [records[i] for i in order.tolist()],
          np.concatenate([arrays["prior"][keep], [prior(x) for x, _ in fresh]]).astype(np.float32)[order],
          np.concatenate([arrays["pinned"][keep], [x.pinned for x, _ in fresh]]).astype(bool)[order],
          line_tokens.astype(np.int32)[order], doc_ptr, doc_terms, doc_tf)
