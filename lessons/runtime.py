"""One lesson store and retriever per process, for in-process injection (the LangGraph middleware).

Opened on first use, not per call. When nothing has been learned yet (no store on disk, no server
configured) or the store cannot be opened, injection is skipped and retried later: the agent is
never failed or slowed by the memory.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Any

from secondnature.hooks.core.log import log
from secondnature.hooks.core.paths import data_dir
from secondnature.lessons.render import DEFAULT_BUDGET
from secondnature.lessons.retrieve import Retriever
from secondnature.lessons.store import URL_ENV, LessonStore, store_location

RETRY_SECONDS = 30.0
_lock = threading.Lock()
_retrievers: dict[tuple[str, str], Retriever | float] = {}  # a retriever, or when to try again


def settings() -> dict[str, Any]:
    from secondnature.lessons.config import ConfigError, load_config

    try:
        return load_config().get("lessons", {})
    except ConfigError as e:
        log("lessons", str(e))
        return {}


def exposure() -> tuple[float, float]:
    """(holdout, control share) from config ``[credit]`` (``hooks/core/exposure.py``)."""
    from secondnature.hooks.core.exposure import CONTROL_SESSIONS, HOLDOUT
    from secondnature.lessons.config import ConfigError, load_config

    try:
        credit = load_config().get("credit", {})
    except ConfigError as e:
        log("lessons", str(e))
        credit = {}
    holdout = os.environ.get("SECOND_NATURE_HOLDOUT", credit.get("holdout", HOLDOUT))
    control = os.environ.get("SECOND_NATURE_CONTROL_SESSIONS", credit.get("control_sessions", CONTROL_SESSIONS))
    return float(holdout), float(control)


def token_budget() -> int:
    return int(settings().get("token_budget", DEFAULT_BUDGET))


def cold_retriever(config: dict[str, Any] | None = None) -> Retriever:
    """A retriever that reads the retrieval cache and opens the store only if it must: on a remote store
    (other machines write it) it always does."""
    config = settings() if config is None else config
    path, url = store_location({"lessons": config})
    refresh = float(config.get("refresh_seconds", 30.0))  # how often a replica asks whether lessons changed
    if url:
        return Retriever(LessonStore(path=path, url=url, embeddings=config.get("embeddings")), use_cache=False,
                         refresh_seconds=refresh)
    return Retriever(None, embeddings=config.get("embeddings"), refresh_seconds=refresh)


def shared_retriever() -> Retriever | None:
    key = (data_dir(), os.environ.get(URL_ENV, ""))
    entry = _retrievers.get(key)
    if isinstance(entry, Retriever):
        return entry
    if isinstance(entry, float) and time.monotonic() < entry:
        return None
    with _lock:
        entry = _retrievers.get(key)
        if isinstance(entry, Retriever):
            return entry
        config = settings()
        path, url = store_location({"lessons": config})
        if not url and not os.path.isdir(path):
            _retrievers[key] = time.monotonic() + RETRY_SECONDS  # nothing learned yet
            return None
        try:
            retriever = cold_retriever(config)
        except Exception as e:  # noqa: BLE001 - the agent goes on without lessons
            log("lessons", f"cannot open the lesson store for injection: {type(e).__name__}: {e}")
            _retrievers[key] = time.monotonic() + RETRY_SECONDS
            return None
        _retrievers[key] = retriever
        return retriever
