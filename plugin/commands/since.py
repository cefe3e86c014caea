"""Reading ``--since`` values: a date, a date-time, or a span back from now (``36h``, ``7d``)."""

from __future__ import annotations

import re
import time
from datetime import datetime, timedelta, timezone

_SPAN = re.compile(r"^(\d+)\s*([mhdw])$")
_UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_since(text: str, now: float | None = None) -> float:
    """Epoch seconds for ``text``; raises ValueError with the accepted forms."""
    now = time.time() if now is None else now
    value = text.strip().lower()
    m = _SPAN.match(value)
    if m:
        return now - int(m.group(1)) * _UNITS[m.group(2)]
    if value in ("today", "yesterday"):
        midnight = datetime.fromtimestamp(now).replace(hour=0, minute=0, second=0, microsecond=0)
        return (midnight - timedelta(days=1 if value == "yesterday" else 0)).timestamp()
    try:
        parsed = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"cannot read {text!r} as a time: use 2026-11-20, 2026-11-20T08:00, 36h, 7d, today") from None
    if parsed.tzinfo is None:
        parsed = parsed.astimezone()  # a bare date or time is local
    return parsed.timestamp()


def iso_to_epoch(ts: str) -> float:
    try:
        return datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone(timezone.utc).timestamp()
    except ValueError:
        return 0.0
