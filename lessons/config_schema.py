"""The settings ``config.toml`` may hold, with their types and limits: checked by ``load_config`` when the
file exists (pydantic is imported then, not before)."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Lessons(_Section):
    embeddings: str | None = None
    token_budget: int = Field(1500, gt=0)
    refresh_seconds: float = Field(30, gt=0)  # how often a running agent asks whether its lessons changed
    chroma_url: str | None = None
    chroma_path: str | None = None

    @field_validator("embeddings")
    @classmethod
    def _known(cls, value: str | None) -> str | None:
        if value is None or re.fullmatch(r"lexical(-v1(:\d+)?)?|minilm(-\S+)?|chroma-default(-\S+)?|langchain:[^:]+:.+",
                                         value):
            return value
        raise ValueError("use lexical, minilm, chroma-default or langchain:<provider>:<model>")


class _Sleep(_Section):
    model: str | None = None
    stale_days: float = Field(30, gt=0)
    cap_per_scope: int = Field(150, gt=0)
    max_shrink: float = Field(0.3, ge=0, le=1)
    episode_tokens: int = Field(3000, ge=300)  # what a model is shown of one session (the rest: segments)


class _Distill(_Section):
    """The names of ``sleep.distill.DistillSettings`` (their defaults live there), and the base model."""

    base: str | None = None
    steps: int | None = Field(None, gt=0)
    learning_rate: float | None = Field(None, gt=0)
    rank: int | None = Field(None, gt=0)
    alpha: int | None = Field(None, gt=0)
    batch: int | None = Field(None, gt=0)
    max_new_tokens: int | None = Field(None, gt=0)
    max_train_prompts: int | None = Field(None, gt=0)
    max_heldout_prompts: int | None = Field(None, gt=0)
    budget: int | None = Field(None, gt=0)
    min_gap_closed: float | None = Field(None, ge=0, le=1)
    max_perplexity_increase: float | None = Field(None, ge=0)
    seed: int | None = None


class _Credit(_Section):
    holdout: float = Field(0.1, ge=0, lt=1)  # share of exposures withheld at random (0: off)
    control_sessions: float = Field(0.05, ge=0, lt=1)  # share of sessions shown no lesson at all
    min_sessions: int = Field(30, ge=1)  # on each side, before a lesson's uplift decides anything


class _Outcomes(_Section):
    success_at: float = 0.5  # a reward at or above this is a success; below it (0 of a 0/1 reward) a failure


class _Capture(_Section):
    events_url: str | None = None  # a fleet's PostgreSQL sink (postgresql://...); SECOND_NATURE_EVENTS_URL wins


class _Config(_Section):
    capture: _Capture = _Capture()
    lessons: _Lessons = _Lessons()
    sleep: _Sleep = _Sleep()
    outcomes: _Outcomes = _Outcomes()
    credit: _Credit = _Credit()
    distill: _Distill = _Distill()


def _problem(path: str, error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    if first["type"] == "extra_forbidden":
        section = _Config.model_fields.get(str(first["loc"][0]))
        known = sorted(section.annotation.model_fields) if section and len(first["loc"]) > 1 else sorted(_Config.model_fields)
        return f"{path}: unknown setting {where!r} (known here: {', '.join(known)}); fix or remove it"
    return f"{path}: {where} = {first.get('input')!r}: {first['msg']}; fix or remove it"


def problem(path: str, data: dict[str, Any]) -> str | None:
    """The first unknown setting or wrong value in ``data`` (read from ``path``), said in one line; None if none."""
    try:
        _Config.model_validate(data)
    except ValidationError as e:
        return _problem(path, e)
    return None
