"""A whole session as a reflection model reads it, within a token budget.

A model judges what it is shown, so the text carries, wherever they fall: every user prompt, correction,
rejection reason, queued message and answer; every failed step with the step before and after it (the
attempt that led to it, the next attempt or the edit that fixed it); every check (test, build, lint,
format, commit, push) with its result; the work summary (not a reply to a stale background-task
notification) and the outcome with its reason. Runs of successful look-arounds collapse to one line,
subagent steps are marked, flags that change a command's meaning are kept, outputs are cut to the line
that matters, and paths are relative to the project. Steps keep their numbers (``S1#12``), so a lesson can
cite them. Over the budget, lines go in a stated order (notifications, then look-arounds and other ok steps,
then edits, then the steps around failures, then checks) and the text says what was left out; a session
whose essentials alone do not fit is cut into segments at user prompts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from secondnature.hooks.core.settings import SleepSettings
from secondnature.lessons.render import count_tokens
from secondnature.sleep.commands import looks_around, relative
from secondnature.sleep.episodes import Episode, Step, error_line, is_check

EPISODE_TOKENS = SleepSettings.episode_tokens  # per session
_VCS = re.compile(r"\b(git\s+(commit|push|merge|rebase|tag|cherry-pick)|gh\s+pr\s+(create|merge))\b|\b(fmt|format)\b")
_SUMMARY = re.compile(r"\b(\d+\s+(passed|failed|errors?|tests?|examples?|failures?|skipped)|ok\b|error\b|"
                      r"FAIL|PASS|Finished|Compiled|warning)", re.I)
# Setting the project up: installing, adding a dependency, starting the dev server (how work is done here).
_SETUP = re.compile(r"\b(npm|pnpm|yarn|bun|pip3?|uv|poetry|cargo|go|mix|bundle|gem|composer|dotnet)\s+"
                    r"(install|add|i|sync|get|deps\.get|run\s+dev|dev|start|setup|ecto\.setup|restore)\b")
# In a failure's output, the sections a combined check reports (``[FORMAT]``, ``[CREDO]``) and linters'
# findings (``┃ [D] ↘ Nested modules could be aliased…``): what the one stated error line leaves out.
_SECTION = re.compile(r"^[\s┃│|>]*(\[[A-Z][A-Z_ -]{1,20}\](?:[ \t]+[^\n]{1,80})?)[ \t]*$", re.M)
_FINDING = re.compile(r"^[\s┃│|>]*\[[A-Z]\]\s*\W?\s*(\w.{10,150})$", re.M)
_ASK_TOOLS = {"AskUserQuestion", "request_user_input", "ask_user", "ask_followup_question"}
_LOOK_TOOLS = {"Read", "Glob", "Grep", "LS", "read_file", "list_dir", "search", "view_image", "TodoWrite", "update_plan"}
_STATUS = {"ok": "ok", "failed": "FAILED", "not_run": "never ran (cancelled or interrupted)",
           "rejected": "rejected by the user", "protocol": "refused by the harness (the agent's slip)",
           "running": "still running", "": "no result"}
# What goes first when a session is over its budget: the higher the number, the sooner it is left out.
ESSENTIAL, AROUND_FAILURE, CHECK, EDIT, OTHER, NOTIFICATION = 0, 2, 1, 3, 4, 5
_LEFT_OUT_NAMES = {AROUND_FAILURE: "steps next to failures", CHECK: "checks", EDIT: "edits", OTHER: "other steps",
                   NOTIFICATION: "harness notifications"}


@dataclass
class Line:
    priority: int
    position: float  # where it falls: steps taken before it (prompts sit between steps)
    text: str
    what: str = ""  # what it stands for, for the "left out" note


def render_episode(ep: Episode, sid: str, lesson_ids: dict[str, str], budget: int = EPISODE_TOKENS) -> list[str]:
    """The session as text for a model: one string, or several segments when it does not fit in one."""
    root = ep.scope[len("project:"):] if ep.scope.startswith("project:") else ""
    head = _header(ep, sid)
    lines = _lines(ep, root)
    tail = _tail(ep, lesson_ids, root)
    fixed = count_tokens("\n".join(head + tail))
    body, left_out = _fit(lines, max(budget - fixed - 40, 200))  # 40: the "left out" note
    if not [x for x in lines if x.priority == ESSENTIAL and x not in body]:
        note = _note(left_out)
        return ["\n".join(head + ([note] if note else []) + [x.text for x in body] + tail)]
    return _segments(ep, sid, head, lines, tail, budget)


def _header(ep: Episode, sid: str) -> list[str]:
    outcome = ep.outcome + (f" (from {ep.outcome_source})" if ep.outcome_source else "")
    if ep.reward is not None:
        outcome += f", reward {ep.reward:+.2f}"
    given = " (given by a parent agent, not typed by the user)" if ep.task and ep.task in ep.injected else ""
    lines = [f"{sid} ({ep.harness}, {ep.started[:10]}, {len(ep.steps)} steps, outcome: {outcome})",
             f"Task{given}: {_cut(ep.task, 600)}"]
    if ep.branch:
        lines.append(f"Branch: {ep.branch}")
    if ep.feedback:
        lines.append(f"User feedback at the end: {_cut(ep.feedback, 400)}")
    return lines


def _lines(ep: Episode, root: str) -> list[Line]:
    out: list[Line] = []
    first_prompt = True
    for at, who, text in ep.said:
        if who == "assistant":
            continue
        if who in ("user", "queued"):
            if first_prompt and text == ep.task:
                first_prompt = False
                continue
            first_prompt = False
            label = "User (queued while the agent worked)" if who == "queued" else "User"
            if text in ep.corrections:
                label += ", correcting"
            out.append(Line(ESSENTIAL, at - 0.5, f"  {label} before step {at + 1}: {_cut(text, 500)}"))
        elif who == "agent":
            out.append(Line(CHECK, at - 0.5, f"  Parent agent's task before step {at + 1}: {_cut(text, 300)}"))
        else:
            out.append(Line(NOTIFICATION, at - 0.5, f"  (harness before step {at + 1}: {_cut(text, 160)})",
                            "notification"))
    failed_at = {n for n, step in enumerate(ep.steps) if step.status not in ("ok", "running", "")}
    near = {n + d for n in failed_at for d in (-1, 1)} - failed_at
    run: list[int] = []
    for n, step in enumerate(ep.steps):
        if n not in failed_at and n not in near and _looks(step):
            run.append(n)
            continue
        out += _collapsed(ep, run, root)
        run = []
        if n in failed_at or step.tool in _ASK_TOOLS:
            priority = ESSENTIAL
        elif is_check(step) or _VCS.search(step.command) or _SETUP.search(step.command):
            priority = CHECK
        elif n in near:
            priority = AROUND_FAILURE
        elif step.edits:
            priority = EDIT
        else:
            priority = OTHER
        out.append(Line(priority, n, _step(n, step, root), "step"))
    out += _collapsed(ep, run, root)
    return sorted(out, key=lambda x: x.position)


def _looks(step: Step) -> bool:
    return step.status == "ok" and (step.tool in _LOOK_TOOLS or (step.shell and looks_around(step.command)))


def _collapsed(ep: Episode, run: list[int], root: str) -> list[Line]:
    if not run:
        return []
    if len(run) == 1:
        n = run[0]
        return [Line(OTHER, n, _step(n, ep.steps[n], root), "step")]
    tools: dict[str, int] = {}
    for n in run:
        name = ep.steps[n].tool if not ep.steps[n].shell else ep.steps[n].command.split()[0]
        tools[name] = tools.get(name, 0) + 1
    kinds = ", ".join(f"{name} x{count}" if count > 1 else name for name, count in sorted(tools.items(), key=lambda x: -x[1]))
    return [Line(OTHER, run[0], f"  {run[0] + 1}-{run[-1] + 1}. {len(run)} look-arounds, all ok ({_cut(kinds, 160)})",
                 "look-arounds")]


def _step(n: int, step: Step, root: str) -> str:
    who = "[subagent] " if step.agent else ""
    flags = f" [{', '.join(step.flags)}]" if step.flags else ""
    status = _STATUS.get(step.status, step.status)
    code = f" exit {step.exit_code}" if step.exit_code not in (None, 0) else ""
    detail = ""
    if step.user_said:
        detail = f": the user said “{_cut(step.user_said, 300)}”"
    elif step.tool in _ASK_TOOLS and step.output:
        detail = f": the user answered “{_cut(step.output, 400)}”"
    elif step.status in ("failed", "protocol"):
        detail = f": {relative(_failure(step.error or step.output), root)}"
    elif step.status == "ok" and (is_check(step) or _VCS.search(step.command)):
        summary = _summary_line(step.output)
        detail = f": {relative(summary, root)}" if summary else ""
    command = relative(_cut(step.command, 300), root)
    return f"  {n + 1}. {who}{step.tool} `{command}`{flags} -> {status}{code}{detail}"


def _failure(text: str) -> str:
    """The error line, then the sections a combined check failed on and its first finding."""
    line = error_line(text)
    text = (text or "").replace("\\n", "\n")
    sections = [m.strip() for m in dict.fromkeys(_SECTION.findall(text)) if m.strip() not in line]
    finding = next((m for m in _FINDING.findall(text) if m not in line), "")
    extra = " ".join(sections[:6]) + (f" first finding: {_cut(finding.strip(), 150)}" if finding else "")
    return f"{line} ({extra.strip()})" if extra.strip() else line


def _summary_line(output: str) -> str:
    """The line of a check's output that says how it went (``12 passed in 3.1s``), from the end."""
    lines = [line.strip() for line in (output or "").replace("\\n", "\n").splitlines() if line.strip()]
    for line in reversed(lines[-40:]):
        if _SUMMARY.search(line):
            return _cut(line, 200)
    return _cut(lines[-1], 160) if lines else ""


def _tail(ep: Episode, lesson_ids: dict[str, str], root: str) -> list[str]:
    lines = []
    summary, stale = work_summary(ep)
    if summary:
        note = " (its last reply only answered a background-task notification)" if stale else ""
        lines.append(f"Work summary{note}: {relative(_cut(summary, 700), root)}")
    shown = [lesson_ids[i] for i in ep.lessons_shown if i in lesson_ids]
    if shown:
        lines.append(f"Lessons it was shown: {', '.join(shown)}")
    return lines


def work_summary(ep: Episode) -> tuple[str, bool]:
    """(the assistant's account of the work, whether a later reply only answered a harness notification)."""
    replies = [(n, at, text) for n, (at, who, text) in enumerate(ep.said) if who == "assistant"]
    if not replies:
        return ep.final, False
    last_n, _, last = replies[-1]
    notified = any(who == "harness" for _, who, _ in ep.said[:last_n][-2:]) and not any(
        who in ("user", "queued") for _, who, _ in ep.said[:last_n][-2:])
    if notified and len(replies) > 1:
        return replies[-2][2], True
    return last, False


def _fit(lines: list[Line], budget: int) -> tuple[list[Line], dict[int, int]]:
    """Lines kept within ``budget`` tokens, dropping by priority (highest first, later lines first within
    one), and how many of each priority were left out."""
    costs = {id(x): count_tokens(x.text) + 1 for x in lines}
    total = sum(costs.values())
    dropped: set[int] = set()
    left_out: dict[int, int] = {}
    for priority in (NOTIFICATION, OTHER, EDIT, AROUND_FAILURE, CHECK):
        for x in reversed(lines):
            if total <= budget:
                break
            if x.priority == priority:
                dropped.add(id(x))
                total -= costs[id(x)]
                left_out[priority] = left_out.get(priority, 0) + 1
    if total > budget:  # the essentials alone: the caller cuts the session into segments
        for x in reversed(lines):
            if x.priority == ESSENTIAL and total > budget:
                dropped.add(id(x))
                total -= costs[id(x)]
    return [x for x in lines if id(x) not in dropped], left_out


def _note(left_out: dict[int, int]) -> str:
    if not left_out:
        return ""
    parts = [f"{count} {_LEFT_OUT_NAMES[p]}" for p, count in sorted(left_out.items())]
    return f"(Left out to fit the budget: {', '.join(parts)}; every failure, check and user message is shown.)"


def _segments(ep: Episode, sid: str, head: list[str], lines: list[Line], tail: list[str], budget: int) -> list[str]:
    """A session too long for one prompt, cut at user prompts into parts that each fit."""
    parts: list[list[Line]] = [[]]
    used = 0
    for x in lines:
        cost = count_tokens(x.text) + 1
        starts_turn = x.priority == ESSENTIAL and x.text.lstrip().startswith("User")
        if parts[-1] and (used + cost > budget * 0.8 or (starts_turn and used > budget * 0.5)):
            parts.append([])
            used = 0
        parts[-1].append(x)
        used += cost
    out = []
    for k, part in enumerate(parts, 1):
        body, left_out = _fit(part, max(budget - count_tokens("\n".join(head + tail)) - 50, 200))
        label = [f"{head[0]} — part {k} of {len(parts)}", *head[1:]]
        note = _note(left_out)
        out.append("\n".join(label + ([note] if note else []) + [x.text for x in body] + (tail if k == len(parts) else [])))
    return out


def _cut(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
