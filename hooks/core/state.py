"""JSON state files (watermarks, journals, revisions): read back, and set aside when they cannot be.

Apart from ``paths`` so that reading one can say in the log what went wrong (the log stands on ``paths``).
"""

from __future__ import annotations

import json
import os
import time

from secondnature.hooks.core.log import log


def read_state(path: str) -> object | None:
    """A JSON state file, or None when it is missing. One that cannot be read (empty, torn, garbage: a
    crash or a full disk before atomic writes, or a hand edit) is set aside as ``<name>.corrupt-<time>``
    with a message in the log, so that it never blocks what reads it again."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except ValueError as e:
        aside = f"{path}.corrupt-{int(time.time())}"
        try:
            os.replace(path, aside)
        except OSError:
            aside = "(could not be moved)"
        log("state", f"{path} could not be read ({len(raw)} bytes: {type(e).__name__}); set aside as {aside}")
        return None
