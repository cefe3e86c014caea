"""One lesson store and retriever per process, for in-process injection (the LangGraph middleware).

Opened on first use, not per call. When nothing has been learned yet (no store on disk, no server
configured) or the store cannot be opened, injection is skipped and retried later: the agent is
never failed or slowed by the memory.
"""

from __future__ import annotations

import os
import threading
import time

from secondnature.hooks.core.log import log
from secondnature.hooks.core.paths import Home
from secondnature.hooks.core.settings import Settings
from secondnature.lessons.chroma_backend import URL_ENV
from secondnature.lessons.retrieve import Retriever
from secondnature.lessons.store import LessonStore, store_location

RETRY_SECONDS = 30.0
_lock = threading.Lock()
_retrievers: dict[tuple[Home, str], Retriever | float] = {}  # a retriever, or when to try again


def settings(home: Home) -> Settings:
    """The settings of ``home`` for in-process injection; a broken ``config.toml`` is logged and the defaults used:
    the agent is never failed by the memory's configuration."""
    from secondnature.lessons.config import ConfigError, load_settings

    try:
        return load_settings(home.config)
    except ConfigError as e:
        log("lessons", str(e), home)
        return Settings.from_dict({})


def exposure(s: Settings) -> tuple[float, float]:
    """(holdout, control share) from ``[credit]`` (``hooks/core/exposure.py``)."""
    return float(s.credit.holdout), float(s.credit.control_sessions)


def token_budget(s: Settings) -> int:
    return int(s.lessons.token_budget)


def cold_retriever(home: Home, s: Settings | None = None) -> Retriever:
    """A retriever of ``home``'s lessons that reads the retrieval cache and opens the store only if it must: on a
    remote store (other machines write it) it always does."""
    s = s or settings(home)
    path, url = store_location(home, s)
    refresh = float(s.lessons.refresh_seconds)  # how often a replica asks whether lessons changed
    if url:
        return Retriever(LessonStore(path=path, url=url, embeddings=s.lessons.embeddings, home=home), use_cache=False,
                         refresh_seconds=refresh)
    return Retriever(None, embeddings=s.lessons.embeddings, refresh_seconds=refresh, home=home)


def shared_retriever(home: Home) -> Retriever | None:
    """This process's retriever of ``home``'s lessons, opened once; None while nothing has been learned there."""
    key = (home, os.environ.get(URL_ENV, ""))
    entry = _retrievers.get(key)
    if isinstance(entry, Retriever):
        return entry
    if isinstance(entry, float) and time.monotonic() < entry:
        return None
    with _lock:
        entry = _retrievers.get(key)
        if isinstance(entry, Retriever):
            return entry
        s = settings(home)
        path, url = store_location(home, s)
        if not url and not os.path.isdir(path):
            _retrievers[key] = time.monotonic() + RETRY_SECONDS  # nothing learned yet
            return None
        try:
            retriever = cold_retriever(home, s)
        except Exception as e:  # noqa: BLE001 - the agent goes on without lessons
            log("lessons", f"cannot open the lesson store for injection: {type(e).__name__}: {e}", home)
            _retrievers[key] = time.monotonic() + RETRY_SECONDS
            return None
        _retrievers[key] = retriever
        return retriever
