"""Captured sessions as a person (or the night job) sees them: summaries and lookup by id prefix."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any

from secondnature.commands.since import iso_to_epoch
from secondnature.hooks.core import schema
from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.paths import safe_name, sessions_dir
from secondnature.hooks.core.spool import SessionLog, read_session, session_paths


class SessionNotFound(SecondNatureError, LookupError):
    pass


@dataclass
class SessionSummary:
    session_id: str
    harness: str
    scope: str
    started: str
    ended: str
    events: int
    prompts: int
    tool_calls: int
    tool_failures: int
    errors: int
    lessons_shown: int
    reward: float | None
    feedback: str | None
    outcome: str  # what the night will use: success | failure | unknown
    outcome_from: str  # and from what: recorded, reward, feedback, last check...
    first_prompt: str
    skipped_lines: int
    path: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def summarize(log: SessionLog) -> SessionSummary:
    from secondnature.sleep.episodes import episode

    judged = episode(log)
    kinds = log.kinds()
    failures = sum(1 for e in log.events if e.kind == schema.TOOL_RESULT and e.data.get("ok") is False)
    outcomes = [e.data for e in log.events if e.kind == schema.OUTCOME]
    rewards = [o["reward"] for o in outcomes if isinstance(o.get("reward"), (int, float))]
    feedback = [o["feedback"] for o in outcomes if isinstance(o.get("feedback"), str)]
    prompt = next((str(e.data.get("text") or "") for e in log.events if e.kind == schema.USER_PROMPT), "")
    shown = {i for e in log.events if e.kind == schema.LESSONS_SHOWN for i in e.data.get("lesson_ids") or []}
    return SessionSummary(
        session_id=log.session_id, harness=log.harness, scope=log.scope, started=log.started, ended=log.ended,
        events=len(log.events), prompts=kinds[schema.USER_PROMPT], tool_calls=kinds[schema.TOOL_CALL],
        tool_failures=failures, errors=kinds[schema.ERROR], lessons_shown=len(shown),
        reward=rewards[-1] if rewards else None, feedback=feedback[-1] if feedback else None,
        outcome=judged.outcome, outcome_from=judged.outcome_source, first_prompt=" ".join(prompt.split())[:200], skipped_lines=log.skipped, path=log.path,
    )


def list_sessions(since: float | None = None, harness: str | None = None) -> list[SessionSummary]:
    """Sessions active since ``since`` (epoch seconds), oldest first."""
    out = []
    for path in session_paths(since):
        summary = summarize(read_session(path))
        if harness and summary.harness != harness:
            continue
        if since is not None and iso_to_epoch(summary.ended) < since:
            continue
        out.append(summary)
    return sorted(out, key=lambda s: s.started)


def resolve_session(prefix: str) -> str:
    """The log file of the one session whose id starts with ``prefix``."""
    exact = os.path.join(sessions_dir(), safe_name(prefix) + ".jsonl")
    if os.path.exists(exact):
        return exact
    try:
        names = [n for n in os.listdir(sessions_dir()) if n.endswith(".jsonl") and n.startswith(safe_name(prefix))]
    except FileNotFoundError:
        names = []
    if not names:
        raise SessionNotFound(f"no session id starts with {prefix!r}; see `second-nature sessions list`")
    if len(names) > 1:
        shown = ", ".join(n[:-6] for n in sorted(names)[:5])
        raise SessionNotFound(f"{prefix!r} matches {len(names)} sessions ({shown}...); give more of the id")
    return os.path.join(sessions_dir(), names[0])
