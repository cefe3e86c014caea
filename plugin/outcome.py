"""How a session went, as the application tells it: the strongest signal the night job gets."""

from __future__ import annotations

import math

from secondnature.hooks.background.writer import flush_pending
from secondnature.hooks.core import schema
from secondnature.hooks.core.paths import Home, as_home, session_file
from secondnature.hooks.core.schema import Event
from secondnature.hooks.core.spool import append, first_event


def record_outcome(session_id: str, reward: float | None = None, feedback: str | None = None,
                   success: bool | None = None, home: str | Home | None = None) -> Event:
    """Append an ``outcome`` event to the session's log and return it.

    ``reward`` is a number in [-1, 1], higher is better: at or above 0.5 the session went well, below it
    (0 of a binary 0/1 reward, as tau-bench and most RL harnesses give, and any negative reward) it went
    badly; ``[outcomes] success_at`` in config.toml moves that line. ``success=True|False`` states it
    outright and wins over the reward. ``feedback`` is what the user said. At least one of the three is
    required. The session may still be running. A recorded failure is never overridden by a confident
    final message. ``home``: where the session was captured (the middleware's ``home``; this process's by default).
    """
    if not session_id or not isinstance(session_id, str):
        raise ValueError("record_outcome needs the session id (the run's thread_id or metadata.session_id)")
    if reward is None and feedback is None and success is None:
        raise ValueError("record_outcome needs a reward, feedback or success")
    data: dict = {"source": "app"}
    if success is not None:
        if not isinstance(success, bool):
            raise ValueError(f"success must be True or False, not {success!r}")
        data["success"] = success
    if reward is not None:
        if isinstance(reward, bool) or not isinstance(reward, (int, float)) or not math.isfinite(reward):
            raise ValueError(f"reward must be a number in [-1, 1], not {reward!r}")
        if not -1.0 <= reward <= 1.0:
            raise ValueError(f"reward must be in [-1, 1], not {reward}")
        data["reward"] = float(reward)
    if feedback is not None:
        data["feedback"] = str(feedback)
    flush_pending()  # events this process captured for the session go first
    home = as_home(home)
    first = first_event(session_id, session_file(session_id, home.data))
    if first is None:  # a typo would otherwise become a phantom session with no scope
        raise ValueError(f"no session {session_id!r} was captured here; use the id capture recorded "
                         "(the run's thread_id or metadata.session_id; see `second-nature sessions list`)")
    event = Event(harness=first.harness, session_id=session_id, scope=first.scope, kind=schema.OUTCOME, data=data)
    append([event], home.data)
    return event
