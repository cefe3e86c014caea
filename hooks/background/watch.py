"""``second-nature watch``: ingest new and growing transcripts, for users who don't install hooks.

On start it catches up on every transcript that changed since it last looked (sizes and mtimes are
kept in ``state/watch.json``); then watchdog reports changes and the files are re-ingested after a
short quiet period. Ingestion is deduplicated by event key, so stopping and restarting (or running
``sessions ingest`` alongside) never duplicates anything. Not on the hook path: it may import watchdog.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from types import ModuleType

from secondnature.hooks.core.log import log
from secondnature.hooks.core.paths import state_dir, write_private
from secondnature.hooks.core.state import read_state
from secondnature.hooks.ingest import IngestResult, ingest_file, transcript_files


def state_file() -> str:
    """Where the watcher remembers how far it read each transcript (``prune_watched``; a watcher calls it as it starts)."""
    return os.path.join(state_dir(), "watch.json")


def prune_watched() -> int:
    """Forget the transcripts that are gone: an entry per transcript would grow forever."""
    watched = read_state(state_file())
    if not isinstance(watched, dict):
        return 0
    kept = {path: seen for path, seen in watched.items() if os.path.exists(path)}
    if len(kept) < len(watched):
        write_private(state_file(), json.dumps(kept).encode())
    return len(watched) - len(kept)

class TranscriptWatcher:
    def __init__(self, adapters: list[ModuleType], roots: dict[str, list[str]] | None = None,
                 quiet_seconds: float = 1.0, on_ingest: Callable[[IngestResult], None] | None = None):
        self.adapters = adapters
        self.roots = roots or {}
        self.quiet_seconds = quiet_seconds
        self.on_ingest = on_ingest or (lambda result: None)
        self.state_path = state_file()
        prune_watched()  # a watcher starting forgets the transcripts gone since the last one ran
        self.seen: dict[str, list[float]] = self._load_state()
        self._dirty: dict[str, float] = {}  # path -> time of last change
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def roots_of(self, adapter: ModuleType) -> list[str]:
        return self.roots.get(adapter.HARNESS) or adapter.transcript_roots()

    def _load_state(self) -> dict[str, list[float]]:
        try:
            with open(self.state_path, encoding="utf-8") as f:
                state = json.load(f)
            return state if isinstance(state, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save_state(self) -> None:
        write_private(self.state_path, json.dumps(self.seen).encode())

    def _adapter_for(self, path: str) -> ModuleType | None:
        for adapter in self.adapters:
            if adapter.is_transcript(path) and any(path.startswith(os.path.join(r, "")) or path == r
                                                   for r in self.roots_of(adapter)):
                return adapter
        return None

    def ingest(self, path: str) -> IngestResult | None:
        adapter = self._adapter_for(path)
        try:
            stat = os.stat(path)
        except OSError:
            return None
        if adapter is None or self.seen.get(path) == [stat.st_size, stat.st_mtime]:
            return None
        try:
            result = ingest_file(path, adapter)
        except Exception as e:  # noqa: BLE001 - one bad file must not stop the watcher
            log("watch", f"{path}: {type(e).__name__}: {e}")
            return None
        self.seen[path] = [stat.st_size, stat.st_mtime]
        self._save_state()
        self.on_ingest(result)
        return result

    def catch_up(self) -> list[IngestResult]:
        """Ingest everything that changed while we were not watching."""
        results = []
        for adapter in self.adapters:
            for path in transcript_files(adapter, self.roots_of(adapter)):
                result = self.ingest(path)
                if result is not None:
                    results.append(result)
        return results

    def mark(self, path: str) -> None:
        with self._lock:
            self._dirty[path] = time.monotonic()

    def drain(self, force: bool = False) -> list[IngestResult]:
        """Ingest the changed files that have been quiet for ``quiet_seconds`` (all of them if forced)."""
        now = time.monotonic()
        with self._lock:
            ready = [p for p, t in self._dirty.items() if force or now - t >= self.quiet_seconds]
            for path in ready:
                del self._dirty[path]
        return [r for r in (self.ingest(p) for p in ready) if r is not None]

    def run(self, poll: float = 0.25) -> None:
        """Watch, catch up, then follow until ``stop()`` (or KeyboardInterrupt)."""
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        watcher = self

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event):  # created / modified / moved; opened/closed are noise
                if event.is_directory or event.event_type not in ("created", "modified", "moved"):
                    return
                watcher.mark(getattr(event, "dest_path", "") or event.src_path)

        observer = Observer()
        for adapter in self.adapters:
            for root in self.roots_of(adapter):
                if os.path.isdir(root):
                    observer.schedule(Handler(), root, recursive=True)
                else:
                    log("watch", f"{root} does not exist (yet); not watched")
        try:  # Ctrl-C may come while the observer starts: its threads are stopped either way
            observer.start()
            # caught up once watched: a line written meanwhile is marked and read again (ingestion deduplicates), where
            # catching up first lost what was written before the observer started until the next restart
            self.catch_up()
            while not self._stop.wait(poll):
                self.drain()
        finally:
            observer.stop()
            if observer.is_alive():
                observer.join(5)
            self.drain(force=True)

    def stop(self) -> None:
        self._stop.set()
