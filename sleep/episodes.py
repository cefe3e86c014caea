"""A captured session, read as an episode: the task, the steps taken, and how it went.

The outcome prefers verifiable signals: an explicit reward, then explicit feedback, then what the
tools said (a failure never recovered from); each outcome carries the source it was judged from.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from secondnature.hooks import schema
from secondnature.hooks.spool import SessionLog

_NEGATIVE = re.compile(r"\b(wrong|incorrect|broken|doesn'?t work|didn'?t work|not what|bad|fail(ed|s)?|no,|nope|"
                       r"instead|should have|shouldn'?t|stop)\b", re.I)
_CORRECTION = re.compile(r"^\s*(no\b|nope\b|don'?t\b|do not\b|stop\b|wrong\b|actually\b|instead\b|not\s+\S+\s*,?\s*"
                         r"but\b|use\s+.+\s+instead\b|never\b|always\b|please\s+(don'?t|never|always|use)\b)", re.I)
_NUMBERS = re.compile(r"\b\d+(\.\d+)*\b")
_PATHS = re.compile(r"(/[\w.\-]+)+/?|\b[\w.\-]+\.(py|js|ts|go|rs|rb|java|json|toml|yaml|yml|lock)\b")


@dataclass
class Step:
    tool: str
    command: str
    ok: bool | None = None
    exit_code: int | None = None
    error: str = ""
    output: str = ""


@dataclass
class Episode:
    session_id: str
    harness: str
    scope: str
    started: str
    ended: str
    task: str
    prompts: list[str] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    final: str = ""
    reward: float | None = None
    feedback: str = ""
    outcome: str = "unknown"  # success | failure | unknown
    outcome_source: str = ""  # reward | feedback | tool results
    lessons_shown: list[str] = field(default_factory=list)
    corrections: list[str] = field(default_factory=list)
    untrusted: str = ""  # tool outputs and web pages: where injected instructions would come from

    @property
    def failures(self) -> list[Step]:
        return [s for s in self.steps if s.ok is False]


def command_of(tool: str | None, value: Any) -> str:
    """A readable one-line form of a tool call: the shell command when there is one."""
    if isinstance(value, dict):
        for key in ("command", "cmd"):
            if isinstance(value.get(key), str):
                return " ".join(value[key].split())
            if isinstance(value.get(key), list):
                parts = [str(p) for p in value[key]]
                if len(parts) >= 3 and parts[0] in ("bash", "sh", "zsh") and parts[1] in ("-lc", "-c"):
                    return " ".join(parts[2].split())
                return " ".join(parts)
        args = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)[:60]}" for k, v in value.items())
        return f"{tool}({args})"
    if isinstance(value, str):
        return " ".join(value.split())[:300]
    return str(tool or "")


def error_signature(text: str) -> str:
    """An error message with the incidental parts (numbers, paths) taken out, so the same error in
    two sessions reads the same."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    line = next((line for line in lines if re.search(r"error|fail|not found|denied|invalid|cannot|no such", line, re.I)),
                lines[0] if lines else "")
    line = _PATHS.sub("<path>", _NUMBERS.sub("N", line))
    return " ".join(line.split())[:160]


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "\n".join(str(v) for v in value.values() if isinstance(v, str))
    return json.dumps(value, ensure_ascii=False, default=str) if value is not None else ""


def episode(log: SessionLog) -> Episode:
    events = sorted(log.events, key=lambda e: e.ts)
    ep = Episode(session_id=log.session_id, harness=log.harness, scope=log.scope, started=log.started,
                 ended=log.ended, task="")
    calls: dict[str, Step] = {}
    last_kind = ""
    untrusted = []
    for event in events:
        d = event.data
        if event.kind == schema.USER_PROMPT:
            text = str(d.get("text") or "")
            if text.strip():
                ep.prompts.append(text)
                if not ep.task:
                    ep.task = text
                elif last_kind in (schema.ASSISTANT_MESSAGE, schema.TOOL_RESULT) and _CORRECTION.search(text):
                    ep.corrections.append(text)
        elif event.kind == schema.TOOL_CALL:
            step = Step(tool=str(d.get("tool") or ""), command=command_of(d.get("tool"), d.get("input")))
            ep.steps.append(step)
            calls[str(d.get("call_id") or "")] = step
        elif event.kind == schema.TOOL_RESULT:
            step = calls.get(str(d.get("call_id") or ""))
            if step is None:
                step = Step(tool=str(d.get("tool") or ""), command=str(d.get("tool") or ""))
                ep.steps.append(step)
            step.ok = d.get("ok") if isinstance(d.get("ok"), bool) else None
            step.exit_code = d.get("exit_code") if isinstance(d.get("exit_code"), int) else None
            step.error = _text(d.get("error"))[:2000]
            step.output = _text(d.get("output"))[:2000]
            untrusted.append(step.output + "\n" + step.error)
        elif event.kind == schema.ASSISTANT_MESSAGE and d.get("text"):
            ep.final = str(d["text"])
        elif event.kind == schema.OUTCOME:
            if isinstance(d.get("reward"), (int, float)):
                ep.reward = float(d["reward"])
            if d.get("feedback"):
                ep.feedback = str(d["feedback"])
        elif event.kind == schema.LESSONS_SHOWN:
            ep.lessons_shown.extend(i for i in d.get("lesson_ids") or [] if i not in ep.lessons_shown)
        if event.kind in (schema.USER_PROMPT, schema.ASSISTANT_MESSAGE, schema.TOOL_RESULT):
            last_kind = event.kind
    ep.untrusted = "\n".join(untrusted)
    ep.outcome, ep.outcome_source = _judge(ep)
    return ep


def _judge(ep: Episode) -> tuple[str, str]:
    if ep.reward is not None and ep.reward != 0:
        return ("success" if ep.reward > 0 else "failure"), "reward"
    if ep.feedback:
        return ("failure" if _NEGATIVE.search(ep.feedback) else "success"), "feedback"
    if ep.corrections:
        return "failure", "user correction"
    judged = [s for s in ep.steps if s.ok is not None]
    if not judged:
        return "unknown", ""
    unrecovered = [s for i, s in enumerate(judged) if s.ok is False
                   and not any(t.ok and t.tool == s.tool for t in judged[i + 1:])]
    return ("failure" if unrecovered else "success"), "tool results"
