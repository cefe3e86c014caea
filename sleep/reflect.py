"""Reflection with a model: the sessions and their outcomes in one context, structured lessons back.

Sessions are grouped by scope and task and packed into batches under a token budget; the model sees
small integer ids (S1, L1), never UUIDs. Its answer is validated; a malformed answer is retried with
the error, and what still fails is reported, never silently dropped. Prompts are files: a copy in
``<config dir>/prompts/`` overrides the packaged one.
"""

from __future__ import annotations

import json
import os
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from secondnature.hooks.keywords import terms
from secondnature.hooks.paths import config_file
from secondnature.hooks.scope import GLOBAL, scope_label
from secondnature.lessons.model import Lesson
from secondnature.lessons.render import count_tokens
from secondnature.sleep.candidate import Candidate
from secondnature.sleep.episodes import Episode

BATCH_TOKENS = 6000
MAX_STEPS = 30
RETRIES = 2  # malformed answers, asked again with the error
MODEL_ATTEMPTS = 3  # transient model errors, retried with backoff before the batch waits for next night


class _ProposedLesson(BaseModel):
    title: str = ""
    text: str = Field(min_length=10)  # too long is shortened (or dropped, with its reason) by consolidate
    when: str = ""
    kind: Literal["pitfall", "procedure", "preference", "fact"] = "procedure"
    scope: Literal["project", "global"] = "project"
    evidence: list[str] = Field(min_length=1)
    confidence: float = Field(default=0.5, ge=0, le=1)
    operation: Literal["add", "reinforce", "revise", "supersede"] = "add"
    target: str | None = None


class _Answer(BaseModel):
    lessons: list[_ProposedLesson]


class ModelError(RuntimeError):
    """The configured model cannot be loaded; the message names what to install or fix."""


@dataclass
class ReflectionStats:
    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    failed_batches: list[dict[str, Any]] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    skipped_for_budget: int = 0


def load_prompt(name: str) -> str:
    override = os.path.join(os.path.dirname(config_file()), "prompts", f"{name}.md")
    if os.path.exists(override):
        with open(override, encoding="utf-8") as f:
            return f.read()
    return resources.files("secondnature.sleep").joinpath("prompts", f"{name}.md").read_text(encoding="utf-8")


def load_model(model: str | Any) -> Any:
    """The chat model, retrying transient errors (timeouts, 5xx, rate limits) with backoff."""
    if isinstance(model, str):
        from langchain.chat_models import init_chat_model

        try:
            model = init_chat_model(model)
        except ImportError as e:  # the provider's package: langchain-openai, langchain-anthropic...
            raise ModelError(f"the model {model!r} needs its provider's package: {e}") from None
        except ValueError as e:
            raise ModelError(f"cannot use the model {model!r}: {str(e).splitlines()[0]} "
                             "(write provider:model, e.g. anthropic:claude-sonnet-4-5)") from None
    with_retry = getattr(model, "with_retry", None)
    return with_retry(stop_after_attempt=MODEL_ATTEMPTS, wait_exponential_jitter=True) if with_retry else model


_STATUS_WORDS = {"ok": "ok", "failed": "FAILED", "not_run": "never ran (cancelled or interrupted)",
                 "rejected": "rejected by the user", "protocol": "refused by the harness (agent's slip, not the project)",
                 "running": "still running"}


def render_episode(ep: Episode, sid: str, lesson_ids: dict[str, str]) -> str:
    outcome = ep.outcome + (f" (from {ep.outcome_source})" if ep.outcome_source else "")
    if ep.reward is not None:
        outcome += f", reward {ep.reward:+.1f}"
    given = " (given by a parent agent, not typed by the user)" if ep.task and ep.task in ep.injected else ""
    lines = [f"{sid} ({ep.harness}, {ep.started[:10]}, outcome: {outcome})", f"Task{given}: {ep.task[:500]}"]
    if ep.feedback:
        lines.append(f"User feedback: {ep.feedback[:300]}")
    for correction in ep.corrections[:3]:
        lines.append(f"User correction: {correction[:300]}")
    if ep.steps:
        lines.append("Steps:")
    for n, step in enumerate(ep.steps[:MAX_STEPS], 1):
        status = _STATUS_WORDS.get(step.status, "?")
        code = f" exit {step.exit_code}" if step.exit_code not in (None, 0) else ""
        detail = f": {' '.join(step.error.split())[:200]}" if step.status == "failed" and step.error else ""
        if step.user_said:
            detail = f": the user said “{' '.join(step.user_said.split())[:200]}”"
        lines.append(f"  {n}. {step.tool} `{' '.join(step.command.split())[:200]}` -> {status}{code}{detail}")
    if len(ep.steps) > MAX_STEPS:
        lines.append(f"  ... {len(ep.steps) - MAX_STEPS} more steps")
    if ep.final:
        lines.append(f"Final answer: {' '.join(ep.final.split())[:400]}")
    shown = [lesson_ids[i] for i in ep.lessons_shown if i in lesson_ids]
    if shown:
        lines.append(f"Lessons it was shown: {', '.join(shown)}")
    return "\n".join(lines)


def batches(episodes: list[Episode], budget: int = BATCH_TOKENS) -> list[list[Episode]]:
    """Group by scope and task (similar tasks side by side), packed under ``budget`` tokens."""
    def task_key(ep: Episode) -> tuple[str, str]:
        return ep.scope, " ".join(sorted(set(terms(ep.task)))[:4])

    out: list[list[Episode]] = []
    used = 0
    for ep in sorted(episodes, key=task_key):
        cost = count_tokens(render_episode(ep, "S00", {}))
        if out and out[-1][0].scope == ep.scope and used + cost <= budget:
            out[-1].append(ep)
            used += cost
        else:
            out.append([ep])
            used = cost
    return out


def build_prompt(batch: list[Episode], known: list[Lesson], context: list[Episode]) -> tuple[str, str, dict, dict]:
    session_ids = {f"S{i}": ep for i, ep in enumerate(batch, 1)}
    lesson_ids = {f"L{i}": lesson for i, lesson in enumerate(known, 1)}
    by_lesson = {lesson.id: key for key, lesson in lesson_ids.items()}
    parts = [f"Scope: {scope_label(batch[0].scope)} ({batch[0].scope})", ""]
    parts.append("Known lessons:" if known else "Known lessons: none yet.")
    parts += [f"{key}: {lesson.text}" + (f" (when: {lesson.when})" if lesson.when else "")
              for key, lesson in lesson_ids.items()]
    if context:
        parts += ["", "Earlier sessions, already reviewed (for duplicates and contradictions only):"]
        parts += [f"- {ep.started[:10]} {ep.outcome}: {ep.task[:120]}" for ep in context[:10]]
    parts += ["", "Sessions to review:"]
    parts += [render_episode(ep, sid, by_lesson) + "\n" for sid, ep in session_ids.items()]
    guidance = []
    outcomes = {ep.outcome for ep in batch}
    if "failure" in outcomes:
        guidance.append(load_prompt("failure"))
    if "success" in outcomes:
        guidance.append(load_prompt("success"))
    if {"success", "failure"} <= outcomes:
        guidance.append(load_prompt("contrast"))
    user = "\n".join(parts) + "\n\n" + "\n".join(guidance)
    return load_prompt("system"), user, session_ids, lesson_ids


def parse_answer(text: str) -> _Answer:
    """The JSON object in a model's answer (fences and chatter around it are tolerated)."""
    fenced = re.search(r"```(?:json)?\s*(\{.*?\})\s*```", text, re.S)
    raw = fenced.group(1) if fenced else text[text.find("{"): text.rfind("}") + 1]
    if not raw:
        raise ValueError("no JSON object in the answer")
    try:
        return _Answer.model_validate(json.loads(raw))
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON: {e}") from None
    except ValidationError as e:
        raise ValueError(f"answer does not match the schema: {e.errors()[0]['loc']}: {e.errors()[0]['msg']}") from None


def reflect(model: Any, episodes: list[Episode], known_by_scope: dict[str, list[Lesson]],
            context: list[Episode], stats: ReflectionStats, max_calls: int | None = None,
            progress: Any = None, concurrency: int = 1) -> tuple[list[Candidate], set[str]]:
    """Candidates from the model, and the ids of the sessions it could not review (kept for next time).

    ``concurrency``: batches reviewed at once (threads: the calls wait on the model's server). The
    call budget is shared and the candidates come in batch order whatever the timing."""
    lock = threading.Lock()

    def review(batch: list[Episode]) -> tuple[list[Candidate], set[str]]:
        with lock:
            if progress is not None:
                progress.update(len(batch))
        return _review(model, batch, known_by_scope, context, stats, max_calls, lock)

    jobs = list(batches(episodes))
    if concurrency > 1 and len(jobs) > 1:
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="second-nature-reflect") as pool:
            results = list(pool.map(review, jobs))
    else:
        results = [review(batch) for batch in jobs]
    candidates = [c for found, _ in results for c in found]
    return candidates, {s for _, skipped in results for s in skipped}


def _review(model: Any, batch: list[Episode], known_by_scope: dict[str, list[Lesson]], context: list[Episode],
            stats: ReflectionStats, max_calls: int | None, lock: threading.Lock) -> tuple[list[Candidate], set[str]]:
    """One batch: ask (retrying an unusable answer), parse, turn the answer into candidates."""
    from langchain_core.messages import HumanMessage, SystemMessage

    def reserve_call() -> bool:
        with lock:
            if max_calls is not None and stats.calls >= max_calls:
                return False
            stats.calls += 1
            return True

    skipped = {ep.session_id for ep in batch}
    scope = batch[0].scope
    system, user, session_ids, lesson_ids = build_prompt(
        batch, known_by_scope.get(scope, [])[:60], [c for c in context if c.scope == scope])
    messages = [SystemMessage(content=system), HumanMessage(content=user)]
    answer, error, asked = None, "", False
    for _ in range(1 + RETRIES):
        if not reserve_call():
            break
        asked = True
        try:
            reply = model.invoke(messages)
        except Exception as e:  # noqa: BLE001 - timeouts, 5xx, rate limits: this batch waits for next night
            error = f"model error: {type(e).__name__}: {e}"[:300]
            break
        text = reply.content if isinstance(reply.content, str) else str(reply.content)
        usage = getattr(reply, "usage_metadata", None) or {}
        with lock:
            stats.tokens_in += usage.get("input_tokens") or count_tokens(system + user)
            stats.tokens_out += usage.get("output_tokens") or count_tokens(text)
        try:
            answer = parse_answer(text)
            break
        except ValueError as e:
            error = str(e)
            messages += [reply, HumanMessage(content=f"That answer could not be used ({error}). Answer again with "
                                                     "only the JSON object described above.")]
    if not asked:
        with lock:
            stats.skipped_for_budget += len(batch)
        return [], skipped
    if answer is None:
        with lock:
            stats.failed_batches.append({"sessions": [ep.session_id for ep in batch], "error": error})
        return [], skipped
    candidates = []
    for item in answer.lessons:
        evidence = [session_ids[s].session_id for s in item.evidence if s in session_ids]
        if not evidence:
            with lock:
                stats.dropped.append(f"{item.text[:60]!r}: cites no session of the batch ({item.evidence})")
            continue
        target = lesson_ids.get(item.target or "")
        if item.operation != "add" and target is None:
            with lock:
                stats.dropped.append(f"{item.text[:60]!r}: {item.operation} of unknown lesson {item.target!r}")
            continue
        candidates.append(Candidate(
            title=item.title, text=item.text, when=item.when, kind=item.kind, evidence=evidence,
            scope=GLOBAL if item.scope == "global" else scope, confidence=item.confidence,
            source="reflection", operation=item.operation, target=target.id if target else None,
            origin="model"))
    return candidates, set()
