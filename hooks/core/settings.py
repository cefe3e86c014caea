"""The settings, typed, each default stated once: ``config.toml`` read into frozen dataclasses, with the
environment's overrides applied in one place (``_from_environment``).

Built once at an edge (the CLI, the middleware's constructor, the night) and passed down. Standard
library only, so capture off the hook path can read ``[capture] events_url`` too; the CLI and the night
check the file against its schema first (``lessons.config.load_settings``: unknown or wrong settings are
one-line errors there, and pydantic is imported only when the file exists).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

import tomllib

from secondnature.hooks.core.exposure import CONTROL_SESSIONS, HOLDOUT
from secondnature.hooks.core.paths import config_file


@dataclass(frozen=True)
class CaptureSettings:
    events_url: str | None = None  # a fleet's PostgreSQL sink (postgresql://...)


@dataclass(frozen=True)
class LessonsSettings:
    embeddings: str | None = None
    token_budget: int = 1500
    refresh_seconds: float = 30.0  # how often a running agent asks whether its lessons changed
    chroma_url: str | None = None
    chroma_path: str | None = None


@dataclass(frozen=True)
class SleepSettings:
    model: str | None = None
    safety_model: str | None = None  # a second reader of each new lesson; "same": the night's model
    stale_days: float = 30.0
    cap_per_scope: int = 150
    max_shrink: float = 0.3
    episode_tokens: int = 3000  # what a model is shown of one session (the rest: segments)


@dataclass(frozen=True)
class OutcomesSettings:
    success_at: float = 0.5  # a reward at or above this is a success; below it (0 of a 0/1 reward) a failure


@dataclass(frozen=True)
class CreditSettings:
    holdout: float = HOLDOUT  # share of exposures withheld at random (0: off); the hook process's default too
    control_sessions: float = CONTROL_SESSIONS  # share of sessions shown no lesson at all
    min_sessions: int = 30  # on each side, before a lesson's uplift decides anything


@dataclass(frozen=True)
class Settings:
    capture: CaptureSettings = field(default_factory=CaptureSettings)
    lessons: LessonsSettings = field(default_factory=LessonsSettings)
    sleep: SleepSettings = field(default_factory=SleepSettings)
    outcomes: OutcomesSettings = field(default_factory=OutcomesSettings)
    credit: CreditSettings = field(default_factory=CreditSettings)
    # ``sleep.distill.DistillSettings`` holds its defaults (the heavy extra owns them); here what was set
    distill: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Settings from a parsed ``config.toml`` (unknown names ignored: the schema says them), then the
        environment's overrides."""
        sections = {}
        for f in fields(cls):
            given = data.get(f.name) or {}
            if f.name == "distill":
                sections[f.name] = dict(given)
            else:
                kind = f.default_factory  # the section's dataclass
                known = {x.name for x in fields(kind)}
                sections[f.name] = kind(**{k: v for k, v in given.items() if k in known})
        return _from_environment(cls(**sections), os.environ)


def read_file(path: str | None = None) -> dict[str, Any]:
    """``config.toml`` parsed, or {} when there is none (``tomllib`` errors are the caller's to say)."""
    try:
        with open(path or config_file(), "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        return {}


def read_settings(path: str | None = None) -> Settings:
    """The settings without the schema's check: for capture off the hook path, which must not fail over a
    typo elsewhere in the file (an unreadable file means the defaults)."""
    try:
        return Settings.from_dict(read_file(path))
    except (OSError, ValueError, TypeError):
        return Settings.from_dict({})


def _from_environment(s: Settings, environ: Any) -> Settings:
    """Every environment variable that overrides a setting, in one place. An empty ``SECOND_NATURE_EVENTS_URL``
    switches the fleet sink off; an empty model or ``none`` means the offline miner."""
    lessons, sleep, credit, capture, distill = s.lessons, s.sleep, s.credit, s.capture, s.distill
    if environ.get("SECOND_NATURE_CHROMA_URL"):
        lessons = replace(lessons, chroma_url=environ["SECOND_NATURE_CHROMA_URL"])
    if "SECOND_NATURE_EVENTS_URL" in environ:
        capture = replace(capture, events_url=environ["SECOND_NATURE_EVENTS_URL"] or None)
    if environ.get("SECOND_NATURE_MODEL"):
        sleep = replace(sleep, model=environ["SECOND_NATURE_MODEL"])
    if sleep.model is not None and sleep.model.lower() in ("", "none"):
        sleep = replace(sleep, model=None)
    if environ.get("SECOND_NATURE_SAFETY_MODEL"):
        sleep = replace(sleep, safety_model=environ["SECOND_NATURE_SAFETY_MODEL"])
    if environ.get("SECOND_NATURE_HOLDOUT"):
        credit = replace(credit, holdout=float(environ["SECOND_NATURE_HOLDOUT"]))
    if environ.get("SECOND_NATURE_CONTROL_SESSIONS"):
        credit = replace(credit, control_sessions=float(environ["SECOND_NATURE_CONTROL_SESSIONS"]))
    if environ.get("SECOND_NATURE_DISTILL_BASE"):
        distill = {**distill, "base": environ["SECOND_NATURE_DISTILL_BASE"]}
    return replace(s, lessons=lessons, sleep=sleep, credit=credit, capture=capture, distill=distill)
