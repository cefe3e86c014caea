"""The settings ``config.toml`` may hold, with their types and limits: checked by ``load_settings`` when the
file exists (pydantic is imported then, not before). Their defaults are in ``hooks.core.settings`` alone."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Lessons(_Section):
    embeddings: str | None = None
    token_budget: int | None = Field(None, gt=0)
    refresh_seconds: float | None = Field(None, gt=0)
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
    safety_model: str | None = None
    stale_days: float | None = Field(None, gt=0)
    cap_per_scope: int | None = Field(None, gt=0)
    max_shrink: float | None = Field(None, ge=0, le=1)
    episode_tokens: int | None = Field(None, ge=300)


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
    holdout: float | None = Field(None, ge=0, lt=1)
    control_sessions: float | None = Field(None, ge=0, lt=1)
    min_sessions: int | None = Field(None, ge=1)


class _Outcomes(_Section):
    success_at: float | None = None


class _Capture(_Section):
    events_url: str | None = None


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


def validated(path: str, data: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """(``data`` with each value in its type, the settings left unset left out; the first unknown setting or
    wrong value in it, read from ``path``, said in one line, or None)."""
    try:
        return _Config.model_validate(data).model_dump(exclude_none=True), None
    except ValidationError as e:
        return {}, _problem(path, e)
