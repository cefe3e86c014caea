"""A captured session, read as an episode: the task, the steps taken, and how it went.

Episodes tell the truth about what happened, for the miner and the reflection model alike:
- each step says what became of it: ``ok``, ``failed`` (it ran and the project said no), ``not_run``
  (a sibling call errored, or it was interrupted), ``rejected`` (the user said no, with their words
  when they gave any), ``protocol`` (the harness refused the call: read-before-write, bad arguments),
  or ``running``; only ``failed`` steps are mistakes to learn from;
- prompts are what the user typed; text a parent agent or the harness put in the user's turn is kept
  apart (a subagent's task is not a user's correction);
- the outcome comes from how the session ended: a recorded reward or feedback, then the last check
  (test, build, lint) or the user's last correction, whichever came later, then the last real step;
  a stray failure on the way does not make a session a failure.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from secondnature.hooks.core import schema
from secondnature.hooks.core.settings import OutcomesSettings
from secondnature.hooks.core.spool import SessionLog
from secondnature.sleep.commands import edits_files

_NEGATIVE = re.compile(r"\b(wrong|incorrect|broken|doesn'?t work|didn'?t work|not what|bad|fail(ed|s)?|no,|nope|"
                       r"instead|should have|shouldn'?t|stop)\b", re.I)
_CORRECTION = re.compile(r"^\s*(no\b|nope\b|don'?t\b|do not\b|stop\b|wrong\b|actually\b|instead\b|not\s+\S+\s*,?\s*"
                         r"but\b|use\s+.+\s+instead\b|never\b|always\b|please\s+(don'?t|never|always|use)\b)", re.I)
# A session opened to correct an earlier one: it refers to what the agent did.
_REOPENED = re.compile(r"^\s*(no\b|nope\b|wrong\b|that'?s (not|wrong)|you (used|added|did|forgot|broke|changed)\b)|"
                       r"\b(redo|revert|undo|re-do)\b|\bplease (fix|change) (that|it|this)\b|"
                       r"\b(still|again) (doesn'?t|does not|didn'?t|fails?|broken)\b", re.I)
_CHECKS = re.compile(r"\b(test|tests|pytest|jest|vitest|mocha|rspec|tox|nox|spec|unittest|build|compile|tsc|lint|"
                     r"ruff|eslint|flake8|mypy|pyright|clippy|credo|dialyzer|typecheck|check)\b", re.I)
_WELL = re.compile(r"\b(all (tests )?(pass|passing|green)|tests? pass|passing|succeeded|successfully|done|complete[d]?|"
                   r"fixed|pushed|merged|clean)\b", re.I)
_BADLY = re.compile(r"\b(could ?n[o']t|unable to|still fail(s|ing)?|not able to|gave up|blocked|failed to)\b", re.I)
_EXIT_LINE = re.compile(r"^(exit code:?\s*-?\d+|process exited with code -?\d+|chunk id:.*|wall time:.*)$", re.I)
_NUMBERS = re.compile(r"\b\d+(\.\d+)*\b")
_PATHS = re.compile(r"(/[\w.\-]+)+/?|\b[\w.\-]+\.(py|js|ts|go|rs|rb|java|json|toml|yaml|yml|lock)\b")


@dataclass
class Step:
    tool: str
    command: str  # the shell line in full, or the tool with its arguments in full
    ok: bool | None = None  # True: ok; False: failed; None: anything else
    exit_code: int | None = None
    error: str = ""
    output: str = ""
    status: str = ""  # ok | failed | not_run | rejected | protocol | running | "" (no result seen)
    user_said: str = ""  # a rejection's reason, in the user's words
    agent: str = ""  # the subagent that took the step, if one did
    flags: list[str] = field(default_factory=list)  # what changes the command's meaning: background, escalated

    @property
    def edits(self) -> bool:
        return edits_files(self.tool, self.command if self.tool not in _NOT_SHELL else "")

    @property
    def shell(self) -> bool:
        return self.tool not in _NOT_SHELL and bool(self.command) and not self.command.startswith(f"{self.tool}(")


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
    success: bool | None = None  # stated outright by record_outcome(success=...): wins over everything
    feedback: str = ""
    outcome: str = "unknown"  # success | failure | unknown
    outcome_source: str = ""  # reward | feedback | tool results
    lessons_shown: list[str] = field(default_factory=list)
    lessons_withheld: list[str] = field(default_factory=list)  # retrieved for it, left out at random
    control: bool = False  # a control session of the experiment: shown no lesson that could be withheld
    corrections: list[str] = field(default_factory=list)
    injected: list[str] = field(default_factory=list)  # user-turn text a parent agent or the harness wrote
    branch: str = ""
    task_id: str = ""  # the caller's id of the task (``metadata.task_id``, an imported trace's task)
    corrected_at: int | None = None  # how many steps had been taken when the user last corrected the agent
    # tool outputs and web pages, where injected instructions would come from, one entry per document: (its source:
    # the URL read, else a hash of what was read; its text)
    documents: list[tuple[str, str]] = field(default_factory=list)
    # every word said, where it fell: (steps taken before it, who, text); who is user | queued | harness |
    # agent (a parent agent's task) | assistant
    said: list[tuple[int, str, str]] = field(default_factory=list)
    spoken: set[str] | None = None  # the sensitive areas its documents and end users speak of, once read
    # the sentences of its documents that address an agent or insist, with their terms, once read
    instructions: list[tuple[str, frozenset[str]]] | None = None
    to_agents: bool | None = None  # whether a document gives agents instructions, once read

    @property
    def failures(self) -> list[Step]:
        return [s for s in self.steps if s.status == "failed"]

    @property
    def untrusted(self) -> str:
        """Everything its tools read, as one text for the provenance check: made from its documents when asked,
        not kept beside them (a night holds a thousand sessions' tool output, and checks a few lessons' sessions)."""
        return "\n".join(text for _, text in self.documents)


_NOT_SHELL = {"Edit", "Write", "MultiEdit", "NotebookEdit", "Read", "Glob", "Grep", "LS", "Task", "Agent", "TodoWrite",
              "WebFetch", "WebSearch", "apply_patch", "update_plan", "read_file", "view_image"}


def command_of(tool: str | None, value: Any) -> str:
    """A one-line form of a tool call: the shell command when there is one, else the tool and all its
    arguments (never cut: two calls that differ only late in an argument are different calls)."""
    if isinstance(value, dict):
        for key in ("command", "cmd"):
            if isinstance(value.get(key), str):
                return " ".join(value[key].split())
            if isinstance(value.get(key), list):
                parts = [str(p) for p in value[key]]
                if len(parts) >= 3 and parts[0] in ("bash", "sh", "zsh") and parts[1] in ("-lc", "-c"):
                    return " ".join(parts[2].split())
                return " ".join(parts)
        args = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in value.items())
        return f"{tool}({args})"
    if isinstance(value, str):
        return " ".join(value.split())
    return str(tool or "")


def flags_of(value: Any) -> list[str]:
    """The arguments of a tool call that change what its command means, so that a retry with one of them
    (in the background, with escalated permissions) is not read as a plain retry."""
    if not isinstance(value, dict):
        return []
    flags = []
    if value.get("run_in_background") is True:
        flags.append("in the background")
    if str(value.get("sandbox_permissions") or "") == "require_escalated" or value.get("with_escalated_permissions"):
        flags.append("with escalated permissions")
    if value.get("dangerouslyDisableSandbox") is True:
        flags.append("outside the sandbox")
    return flags


# Lines that state an error (``E   fixture 'db' not found``, ``error TS2307: ...``, ``ModuleNotFoundError: ...``)
# before lines that only announce one (``===== ERRORS =====``, ``collected 0 items / 1 error``, ``> Build error
# occurred``, ``npm ERR! code 1``).
_STATES = re.compile(r"^E\s{2,}\S|^[\w.]*(Error|Exception):\s+\S|\berror\s*(TS\d+|\[E\d+\])|^error(\[\w+\])?:\s+\S|"
                     r"^fatal:\s+\S|\bnot found\b|\bno such\b|\bpermission denied\b|\bcannot\b|\bcan't\b|"
                     r"\bundefined\b|\bmissing\b|\bexpected\b|\brefused\b|\bno upstream\b|\binvalid\b", re.I)
_ANNOUNCES = re.compile(r"^[=\-_*#>\s]*(errors?|failures?|failed|build (error|failed)[\w\s]*|short test summary.*)"
                        r"[=\-_*#\s]*$|^=+|^collected \d+ items?|^npm (ERR!|error) (code|errno|A complete log)|"
                        r"^\d+ (failed|errors?)\b|^FAILED\b|^(Exit code|Process exited)", re.I)


def error_line(text: str) -> str:
    """The line of an error output that says what went wrong, as it was written: a line that states the error
    before one that only announces it (a banner, a count), before any line with an error word."""
    text = re.sub(r"</?tool_use_error>", "", text or "")  # Claude Code's wrapper around a harness refusal
    lines = [line.strip() for line in text.replace("\\n", "\n").splitlines() if line.strip()]
    lines = [line for line in lines if not _EXIT_LINE.match(line)]
    plain = [line for line in lines if not _ANNOUNCES.search(line)]
    line = (next((line for line in plain if _STATES.search(line)), None)
            or next((line for line in lines if re.search(r"error|fail|fatal|not found|denied|invalid|cannot|no such|"
                                                         r"missing|no upstream|refused", line, re.I)), None)
            or (lines[0] if lines else ""))
    return " ".join(line.split())[:160]


def error_signature(text: str) -> str:
    """An error message with the incidental parts (numbers, paths) taken out, so the same error in
    two sessions reads the same (for matching; a lesson quotes ``error_line``)."""
    return _PATHS.sub("<path>", _NUMBERS.sub("N", error_line(text)))[:160]


def _text(value: Any) -> str:
    """Every string in a tool's input or output, however nested (a subagent's report and an MCP tool's
    result are lists of content blocks; a search tool's are records)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return "\n".join(t for t in map(_text, value) if t)
    return json.dumps(value, ensure_ascii=False, default=str) if value is not None else ""


def _status(d: dict[str, Any]) -> str:
    status = d.get("status")
    if isinstance(status, str) and status:
        return status
    if d.get("interrupted"):
        return "not_run"
    return "ok" if d.get("ok") is True else "failed" if d.get("ok") is False else ""


SUCCESS_AT = OutcomesSettings.success_at  # a reward is "higher is better": at or above this a success


def episode(log: SessionLog, success_at: float = SUCCESS_AT) -> Episode:
    ep = Episode(session_id=log.session_id, harness=log.harness, scope=log.scope, started=log.started,
                 ended=log.ended, task="")
    reader = _Reader(ep)
    for event in sorted(log.events, key=lambda e: e.ts):
        reader.read(event)
    ep.outcome, ep.outcome_source = _judge(ep, success_at)
    return ep


class _Reader:
    """Builds one episode event by event: a method per kind of event, and what they share (the calls awaiting
    their results, the kind of the last thing said or done, what tools and pages returned)."""

    def __init__(self, ep: Episode):
        self.ep = ep
        self.calls: dict[str, Step] = {}
        self.own: set[str] = set()  # six-word runs of what the agent (or a subagent) has written or said so far
        self.last_kind = ""

    def read(self, event: Any) -> None:
        handler = {schema.SESSION_START: self.session_start, schema.USER_PROMPT: self.prompt,
                   schema.TOOL_CALL: self.tool_call, schema.TOOL_RESULT: self.tool_result,
                   schema.ASSISTANT_MESSAGE: self.assistant, schema.OUTCOME: self.outcome,
                   schema.LESSONS_SHOWN: self.lessons_shown}.get(event.kind)
        if handler is not None:
            handler(event.data)
        if event.kind in (schema.USER_PROMPT, schema.ASSISTANT_MESSAGE, schema.TOOL_RESULT):
            self.last_kind = event.kind

    def session_start(self, d: dict[str, Any]) -> None:
        if not self.ep.branch and isinstance(d.get("git_branch"), str):
            self.ep.branch = d["git_branch"]
        if d.get("task_id") not in (None, ""):
            self.ep.task_id = str(d["task_id"])

    def prompt(self, d: dict[str, Any]) -> None:
        ep, text = self.ep, str(d.get("text") or "")
        if not text.strip():
            return
        if not d.get("queued") and any(who == "queued" and said == text for _, who, said in ep.said):
            return  # typed while the agent worked, shown where it was typed
        ep.said.append((len(ep.steps), str(d.get("origin") or ("queued" if d.get("queued") else "user")), text))
        if d.get("origin") in ("agent", "harness"):
            ep.injected.append(text)
            ep.task = ep.task or (text if d.get("origin") == "agent" else "")
            return
        if not ep.prompts and _REOPENED.search(text) and _CORRECTION.search(text):
            ep.corrections.append(text)  # a session opened to correct an earlier one
        elif ep.prompts and self.last_kind in (schema.ASSISTANT_MESSAGE, schema.TOOL_RESULT) and _CORRECTION.search(text):
            ep.corrections.append(text)
            ep.corrected_at = len(ep.steps)
        if not ep.prompts or ep.task in ep.injected:
            ep.task = text
        ep.prompts.append(text)

    def tool_call(self, d: dict[str, Any]) -> None:
        step = Step(tool=str(d.get("tool") or ""), command=command_of(d.get("tool"), d.get("input")),
                    agent=str(d.get("agent_id") or ""), flags=flags_of(d.get("input")))
        self.ep.steps.append(step)
        self.calls[str(d.get("call_id") or "")] = step
        self.own |= six_word_runs(_text(d.get("input")))

    def tool_result(self, d: dict[str, Any]) -> None:
        ep, step = self.ep, self.calls.get(str(d.get("call_id") or ""))
        if step is None:
            step = Step(tool=str(d.get("tool") or ""), command=str(d.get("tool") or ""))
            ep.steps.append(step)
        step.status = _status(d)
        step.ok = True if step.status == "ok" else False if step.status == "failed" else None
        step.exit_code = d.get("exit_code") if isinstance(d.get("exit_code"), int) else None
        step.error = _text(d.get("error"))[:2000]
        step.output = _text(d.get("output"))[:2000]
        step.user_said = str(d.get("user_said") or "")
        if step.status == "rejected" and step.user_said:
            ep.corrections.append(step.user_said)  # a rejection with words is a correction
            ep.corrected_at = len(ep.steps)
        if step.tool in _DELEGATES and any(s.agent for s in ep.steps):
            return  # a subagent's report is the agent's own words; what the subagent read is a document itself
        read = _unechoed(_text(d.get("output")) + "\n" + _text(d.get("error")), self.own)
        if read.strip():  # whole: the provenance check reads it all
            ep.documents.append((_source_of(step.command, read), read))

    def assistant(self, d: dict[str, Any]) -> None:
        self.own |= six_word_runs(str(d.get("text") or ""))
        if d.get("text") and not d.get("agent_id"):
            self.ep.final = str(d["text"])
            self.ep.said.append((len(self.ep.steps), "assistant", self.ep.final))

    def outcome(self, d: dict[str, Any]) -> None:
        if isinstance(d.get("reward"), (int, float)) and not isinstance(d.get("reward"), bool):
            self.ep.reward = float(d["reward"])
        if isinstance(d.get("success"), bool):
            self.ep.success = d["success"]
        if d.get("feedback"):
            self.ep.feedback = str(d["feedback"])

    def lessons_shown(self, d: dict[str, Any]) -> None:
        ep = self.ep
        ep.lessons_shown.extend(i for i in d.get("lesson_ids") or [] if i not in ep.lessons_shown)
        ep.lessons_withheld.extend(i for i in d.get("withheld") or [] if i not in ep.lessons_withheld)
        ep.control = ep.control or d.get("control") is True


_DELEGATES = {"Task", "Agent"}  # Claude Code's tools that hand a task to a subagent and return its report


_WORD = re.compile(r"[a-z0-9_./-]+")


def six_word_runs(text: str) -> set[str]:
    """Every run of six words in ``text``, lowercased: what the provenance check compares."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}


def _unechoed(read: str, own: set[str]) -> str:
    """A tool's output without the lines that say what the agent (or its subagent) had already written or
    said in the session (a file's content echoed back by Write or read back later, a heredoc printed, a
    subagent's report of its own message): the agent's words coming back are not a page's. What a page
    said first stays the page's, whoever repeats it later."""
    if not own:
        return read
    return "\n".join(line for line in read.split("\n")
                     if not (runs := six_word_runs(_GUTTER.sub("", line))) or not runs <= own)


_GUTTER = re.compile(r"^\s*\d+(→|\t|:|\|)")  # a line number printed before a file's line (Read, cat -n, grep -n)


def _source_of(command: str, text: str) -> str:
    """Where a tool's output came from, as one source: the URL it read when there is one (the same page read
    in two sessions is one source), else what it read (the same text twice is one source too)."""
    import hashlib

    url = re.search(r"https?://[^\s\"'`)<>,]+", command)
    return url.group(0).rstrip("/.") if url else "sha1:" + hashlib.sha1(" ".join(text.split()).encode()).hexdigest()[:16]


def is_check(step: Step) -> bool:
    """A step whose result says whether the work is right: a test, build, lint or type check."""
    return step.shell and bool(_CHECKS.search(step.command))


def _judge(ep: Episode, success_at: float = SUCCESS_AT) -> tuple[str, str]:
    """How the session went, from the strongest signal there is: an outcome stated outright, a reward (binary
    0/1 rewards, as tau-bench, SWE-bench and most RL harnesses give, read right: 0 is a failure), the user's
    feedback, a correction not followed by a check, the last check, the final answer, the last step. A
    recorded outcome is never overridden by a confident final message."""
    if ep.success is not None:
        return ("success" if ep.success else "failure"), "recorded"
    if ep.reward is not None:
        return ("success" if ep.reward >= success_at else "failure"), "reward"
    if ep.feedback:
        return ("failure" if _NEGATIVE.search(ep.feedback) else "success"), "feedback"
    if ep.corrected_at is not None and not any(is_check(s) and s.status in ("ok", "failed")
                                               for s in ep.steps[ep.corrected_at:]):
        return "failure", "user correction"
    real = [s for s in ep.steps if s.status in ("ok", "failed") and not s.agent]
    checks = [s for s in real if is_check(s)]
    if checks:
        return ("success" if checks[-1].status == "ok" else "failure"), "last check"
    if ep.final and (_WELL.search(ep.final) or _BADLY.search(ep.final)):
        return ("failure" if _BADLY.search(ep.final) else "success"), "final answer"
    if real and real[-1].status == "failed" and not real[-1].shell and ep.final and not _BADLY.search(ep.final):
        # a tool refused ("the invoice is settled") and the agent answered: the error was handled, not the end
        return "success", "final answer after a tool error"
    if real:
        return ("success" if real[-1].status == "ok" else "failure"), "last step"
    return "unknown", ""
