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

from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.keywords import terms
from secondnature.hooks.core.paths import Home
from secondnature.hooks.core.scope import GLOBAL, scope_label
from secondnature.lessons.model import Lesson
from secondnature.lessons.render import count_tokens
from secondnature.sleep.candidate import Candidate
from secondnature.sleep.commands import relative
from secondnature.sleep.episode_text import EPISODE_TOKENS, render_episode
from secondnature.sleep.episodes import Episode

BATCH_TOKENS = 8000
RETRIES = 2  # malformed answers, asked again with the error
MODEL_ATTEMPTS = 3  # transient model errors, retried with backoff before the batch waits for next night


class _ProposedLesson(BaseModel):
    title: str = ""
    text: str = Field(min_length=10)  # too long is shortened (or dropped, with its reason) by consolidate
    when: str = ""
    kind: Literal["pitfall", "procedure", "preference", "fact"] = "procedure"
    scope: Literal["project", "global"] = "project"
    evidence: list[str] = Field(default_factory=list)  # checked lesson by lesson: one that cites nothing is dropped
    confidence: float = Field(default=0.5, ge=0, le=1)
    operation: Literal["add", "reinforce", "revise", "supersede"] = "add"
    target: str | None = None


class _Answer(BaseModel):
    lessons: list[_ProposedLesson]


class ModelError(SecondNatureError, RuntimeError):
    """The configured model cannot be loaded; the message names what to install or fix."""


@dataclass
class ReflectionStats:
    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    failed_batches: list[dict[str, Any]] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    skipped_for_budget: int = 0
    safety_calls: int = 0  # the second reader's (``safety_review``)
    safety_flagged: int = 0
    safety_unjudged: int = 0


def prompt_overrides(home: Home) -> str:
    """Where a user's own prompts replace the packaged ones: ``prompts/<name>.md`` beside ``home``'s config."""
    return os.path.join(os.path.dirname(home.config), "prompts")


def load_prompt(name: str, overrides: str | None = None) -> str:
    """The prompt ``name``: the user's own from the ``overrides`` folder if there is one, else the packaged one."""
    override = os.path.join(overrides, f"{name}.md") if overrides else ""
    if override and os.path.exists(override):
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


def batches(episodes: list[Episode], budget: int = BATCH_TOKENS,
            episode_tokens: int = EPISODE_TOKENS) -> list[list[tuple[Episode, int]]]:
    """Group by scope and task (similar tasks side by side), packed under ``budget`` tokens: each item is a
    session and which segment of its text (a session too long for one prompt comes as several)."""
    def task_key(ep: Episode) -> tuple[str, str]:
        return ep.scope, " ".join(sorted(set(terms(ep.task)))[:4])

    out: list[list[tuple[Episode, int]]] = []
    used = 0
    for ep in sorted(episodes, key=task_key):
        for k, text in enumerate(render_episode(ep, "S00", {}, episode_tokens)):
            cost = count_tokens(text)
            if out and out[-1][0][0].scope == ep.scope and used + cost <= budget:
                out[-1].append((ep, k))
                used += cost
            else:
                out.append([(ep, k)])
                used = cost
    return out


def build_prompt(batch: list[tuple[Episode, int]], known: list[Lesson], context: list[Episode],
                 episode_tokens: int = EPISODE_TOKENS, overrides: str | None = None) -> tuple[str, str, dict, dict]:
    """The system and user messages for one batch; the session and lesson labels (S1, L1) they use. ``overrides``:
    the folder of the user's own prompts (``prompt_overrides``)."""
    session_ids: dict[str, Episode] = {}
    for ep, _ in batch:
        if ep not in session_ids.values():
            session_ids[f"S{len(session_ids) + 1}"] = ep
    sid_of = {id(ep): sid for sid, ep in session_ids.items()}
    lesson_ids = {f"L{i}": lesson for i, lesson in enumerate(known, 1)}
    by_lesson = {lesson.id: key for key, lesson in lesson_ids.items()}
    parts = [f"Scope: {scope_label(batch[0][0].scope)} ({batch[0][0].scope})", ""]
    parts.append("Known lessons:" if known else "Known lessons: none yet.")
    parts += [f"{key}: {lesson.text}" + (f" (when: {lesson.when})" if lesson.when else "")
              for key, lesson in lesson_ids.items()]
    if context:
        parts += ["", "Earlier sessions, already reviewed (for duplicates and contradictions only):"]
        parts += [f"- {ep.started[:10]} {ep.outcome}: {ep.task[:120]}" for ep in context[:10]]
    parts += ["", "Sessions to review (steps are numbered: cite them as S1#12):"]
    for ep, k in batch:
        segments = render_episode(ep, sid_of[id(ep)], by_lesson, episode_tokens)
        parts.append(segments[min(k, len(segments) - 1)] + "\n")
    guidance = []
    outcomes = {ep.outcome for ep, _ in batch}
    if "failure" in outcomes:
        guidance.append(load_prompt("failure", overrides))
    if "success" in outcomes:
        guidance.append(load_prompt("success", overrides))
    if {"success", "failure"} <= outcomes:
        guidance.append(load_prompt("contrast", overrides))
    user = "\n".join(parts) + "\n\n" + "\n".join(guidance)
    return load_prompt("system", overrides), user, session_ids, lesson_ids


def parse_answer(text: str, schema: type[BaseModel] = _Answer) -> Any:
    """The JSON object in a model's answer, as ``schema`` (fences and chatter around it are tolerated)."""
    fenced = re.search(r"```(?:json)?\s*(\{.*?\})\s*```", text, re.S)
    raw = fenced.group(1) if fenced else text[text.find("{"): text.rfind("}") + 1]
    if not raw:
        raise ValueError("no JSON object in the answer")
    try:
        return schema.model_validate(json.loads(raw))
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON: {e}") from None
    except ValidationError as e:
        raise ValueError(f"answer does not match the schema: {e.errors()[0]['loc']}: {e.errors()[0]['msg']}") from None


def reflect(model: Any, episodes: list[Episode], known_by_scope: dict[str, list[Lesson]],
            context: list[Episode], stats: ReflectionStats, max_calls: int | None = None,
            progress: Any = None, concurrency: int = 1, episode_tokens: int = EPISODE_TOKENS,
            on_prompt: Any = None, overrides: str | None = None) -> tuple[list[Candidate], set[str]]:
    """Candidates from the model, and the ids of the sessions it could not review (kept for next time).

    ``concurrency``: batches reviewed at once (threads: the calls wait on the model's server). The
    call budget is shared and the candidates come in batch order whatever the timing. ``on_prompt(system,
    user)`` sees each batch's messages before they are sent (``sleep --dump-prompts``)."""
    lock = threading.Lock()

    def review(batch: list[tuple[Episode, int]]) -> tuple[list[Candidate], set[str]]:
        with lock:
            if progress is not None:
                progress.update(len({id(ep) for ep, _ in batch}))
        return _review(model, batch, known_by_scope, context, stats, max_calls, lock, episode_tokens, on_prompt, overrides)

    jobs = list(batches(episodes, episode_tokens=episode_tokens))
    if concurrency > 1 and len(jobs) > 1:
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="second-nature-reflect") as pool:
            results = list(pool.map(review, jobs))
    else:
        results = [review(batch) for batch in jobs]
    candidates = [c for found, _ in results for c in found]
    return candidates, {s for _, skipped in results for s in skipped}


def prompts(episodes: list[Episode], known_by_scope: dict[str, list[Lesson]], context: list[Episode],
            episode_tokens: int = EPISODE_TOKENS, overrides: str | None = None) -> list[tuple[str, str]]:
    """The (system, user) messages the night would send for these sessions, one pair per call."""
    out = []
    for batch in batches(episodes, episode_tokens=episode_tokens):
        scope = batch[0][0].scope
        system, user, _, _ = build_prompt(batch, known_by_scope.get(scope, [])[:60],
                                          [c for c in context if c.scope == scope], episode_tokens, overrides)
        out.append((system, user))
    return out


def _review(model: Any, batch: list[tuple[Episode, int]], known_by_scope: dict[str, list[Lesson]],
            context: list[Episode], stats: ReflectionStats, max_calls: int | None, lock: threading.Lock,
            episode_tokens: int = EPISODE_TOKENS, on_prompt: Any = None,
            overrides: str | None = None) -> tuple[list[Candidate], set[str]]:
    """One batch: ask (retrying an unusable answer), parse, turn the answer into candidates."""
    from langchain_core.messages import HumanMessage, SystemMessage

    def reserve_call() -> bool:
        with lock:
            if max_calls is not None and stats.calls >= max_calls:
                return False
            stats.calls += 1
            return True

    sessions = list({id(ep): ep for ep, _ in batch}.values())
    skipped = {ep.session_id for ep in sessions}
    scope = sessions[0].scope
    system, user, session_ids, lesson_ids = build_prompt(
        batch, known_by_scope.get(scope, [])[:60], [c for c in context if c.scope == scope], episode_tokens, overrides)
    if on_prompt is not None:
        with lock:
            on_prompt(system, user)
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
            stats.skipped_for_budget += len(sessions)
        return [], skipped
    if answer is None:
        with lock:
            stats.failed_batches.append({"sessions": [ep.session_id for ep in sessions], "error": error})
        return [], skipped
    candidates = []
    for item in answer.lessons:
        cited, problem = grounding(item, session_ids)
        if problem:
            with lock:
                stats.dropped.append(f"{item.text[:60]!r}: {problem}")
            continue
        evidence = [ep.session_id for ep in cited]
        target = lesson_ids.get(item.target or "")
        if item.operation != "add" and target is None:
            with lock:
                stats.dropped.append(f"{item.text[:60]!r}: {item.operation} of unknown lesson {item.target!r}")
            continue
        candidates.append(Candidate(
            title=item.title, text=item.text, when=item.when, kind=item.kind, evidence=evidence,
            scope=GLOBAL if item.scope == "global" else scope, confidence=item.confidence,
            source="reflection", operation=item.operation, target=target.id if target else None,
            origin="model", needs=1 if len(evidence) > 1 or any(_clear(ep) for ep in cited) else 2))
    return candidates, set()


_CITE = re.compile(r"^(S\d+)(?:#(\d+)(?:-(\d+))?)?$")
_QUOTE = re.compile(r"`([^`\n]{3,300})`")


def grounding(item: _ProposedLesson, session_ids: dict[str, Episode]) -> tuple[list[Episode], str]:
    """(the sessions a model's lesson rests on, '' or why it is dropped). Every citation (``S1`` or
    ``S1#12``, ``S1#12-14``) must name a session of the batch and steps it has; every command, path or error
    the lesson quotes in backticks must appear, as written, in the cited steps (or, citing no step, anywhere
    in the session: its commands, outputs, errors and the user's words)."""
    cited: dict[str, Episode] = {}
    steps: dict[str, list[int]] = {}
    for ref in item.evidence:
        m = _CITE.match(ref.strip())
        if not m or m.group(1) not in session_ids:
            return [], f"cites what is not in the batch ({ref!r})"
        ep = session_ids[m.group(1)]
        cited[m.group(1)] = ep
        if m.group(2):
            first, last = int(m.group(2)), int(m.group(3) or m.group(2))
            if not 1 <= first <= last <= len(ep.steps):
                return [], f"cites step {ref} of a session with {len(ep.steps)} steps"
            steps.setdefault(m.group(1), []).extend(range(first, last + 1))
    if not cited:
        return [], "cites no session"
    texts = []
    for sid, ep in cited.items():
        chosen = [ep.steps[n - 1] for n in steps[sid]] if sid in steps else ep.steps
        texts += [f"{s.command}\n{s.output}\n{s.error}\n{s.user_said}" for s in chosen]
        if sid not in steps:
            texts += [text for _, _, text in ep.said]
        root = ep.scope[len("project:"):] if ep.scope.startswith("project:") else ""
        if root:
            texts += [relative(t, root) for t in texts]  # as the prompt showed them
    where = " ".join(" ".join(texts).split())
    for quote in _QUOTE.findall(f"{item.title} {item.text} {item.when}"):
        if " ".join(quote.split()) not in where:
            return [], f"quotes `{quote[:60]}`, which the cited steps do not show"
    return list(cited.values()), ""


def _clear(ep: Episode) -> bool:
    """Evidence of the kinds one session is enough for: the user's own words, said in the session."""
    return bool(ep.corrections or ep.feedback or any(s.user_said for s in ep.steps))
