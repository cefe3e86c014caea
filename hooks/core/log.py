"""second-nature's own log: where hook errors and skipped input go, never to the harness.

Standard library only; logging itself never raises.
"""

from __future__ import annotations

import os

from secondnature.hooks.core.paths import Home, current_home, open_private_append
from secondnature.hooks.core.redact import redact
from secondnature.hooks.core.schema import now_iso

MAX_LOG_BYTES = 5_000_000


def log_file(home: Home | None = None) -> str:
    return os.path.join((home or current_home()).logs, "second-nature.log")


def log(component: str, message: str, home: Home | None = None) -> None:
    """Append one line to ``home``'s log (this process's when None); rotate once the file passes
    ``MAX_LOG_BYTES``. Silent on any failure."""
    try:
        path = log_file(home)
        try:
            if os.path.getsize(path) > MAX_LOG_BYTES:
                os.replace(path, path + ".1")
        except OSError:
            pass
        line = redact(f"{now_iso()} {component}: {message}"[:4000]).replace("\n", " ") + "\n"  # messages quote input
        fd = open_private_append(path)
        try:
            os.write(fd, line.encode("utf-8", "replace"))
        finally:
            os.close(fd)
    except Exception:  # noqa: BLE001 - the log is the last resort; it must not fail its caller
        pass
