"""The deterministic miner: lessons from clear patterns, with no model.

1. Recovery: a command failed, and a related variant then worked (same tool, and the same program
   or the same purpose: test, build, lint, ...; or simply the very next call, unless that one only
   looked around: ls, cat, git status...). Lesson: use the variant. When the failed command itself
   worked once the variant had run, the variant was a prerequisite. Lesson: run it first.
2. A recurring error: the same failure (by error signature) in two or more sessions with no known
   fix. Lesson: that command fails here, with that error.
3. An explicit correction: the user answered the agent with "no, use X", "don't ...", "instead ...",
   or gave negative feedback with words. Lesson: the user's preference, in their words.
"""

from __future__ import annotations

import re
from collections import defaultdict

from secondnature.hooks.scope import scope_label
from secondnature.sleep.candidate import Candidate
from secondnature.sleep.episodes import Episode, Step, error_signature

PURPOSES = {
    "test": ("test", "pytest", "jest", "vitest", "mocha", "tox", "nox", "spec", "rspec", "unittest"),
    "build": ("build", "compile", "tsc", "webpack", "vite build", "cargo build", "gradle", "mvn"),
    "lint": ("lint", "ruff", "eslint", "flake8", "pylint", "clippy", "golangci"),
    "format": ("fmt", "format", "prettier", "black"),
    "install": ("install", "sync", "npm ci", "bundle"),
    "migrate": ("migrate", "migration", "alembic"),
    "deploy": ("deploy", "release", "publish"),
    "start": ("serve", "start", "runserver", "dev"),
}
LOOKAHEAD = 6
LOOKING_AROUND = {"ls", "cat", "head", "tail", "less", "pwd", "echo", "find", "grep", "rg", "which", "whoami", "env",
                  "cd", "tree", "wc", "stat", "file", "type", "man", "git status", "git log", "git diff", "git show"}


def purposes(command: str) -> set[str]:
    low = command.lower()
    return {p for p, words in PURPOSES.items() if any(w in low for w in words)}


def program(command: str) -> str:
    words = re.findall(r"[\w.\-/]+", command)
    words = [w for w in words if w not in ("sudo", "env") and "=" not in w]
    return words[0].rsplit("/", 1)[-1] if words else ""


def looks_around(command: str) -> bool:
    words = command.split()
    return bool(words) and (words[0] in LOOKING_AROUND or " ".join(words[:2]) in LOOKING_AROUND)


def related(a: Step, b: Step, adjacent: bool = False) -> bool:
    """Whether ``b`` is another way of doing what ``a`` tried."""
    if a.tool != b.tool or a.command == b.command or not a.command or not b.command:
        return False
    if program(a.command) == program(b.command) or purposes(a.command) & purposes(b.command):
        return True
    return adjacent and not looks_around(b.command) and not looks_around(a.command)


def _what(step: Step) -> str:
    p = sorted(purposes(step.command))
    return f"{p[0]}ing" if p else f"running {program(step.command) or step.tool}"


def _when(step: Step, label: str, task: str) -> str:
    """When a lesson applies: what was being done, where, and the kind of request it came from."""
    request = " ".join(task.split())[:80]
    return f"{_what(step)} in {label}" + (f", e.g. for: {request}" if request else "")


def mine(episodes: list[Episode], context: list[Episode] | None = None) -> list[Candidate]:
    """Candidates from this night's episodes (``context``: earlier ones, for recurring errors)."""
    out: list[Candidate] = []
    fixed: set[tuple[str, str]] = set()
    for ep in episodes:
        label = scope_label(ep.scope)
        for i, failed in enumerate(ep.steps):
            if failed.ok is not False:
                continue
            window = ep.steps[i + 1:i + 1 + LOOKAHEAD]
            for j, later in enumerate(window):
                if later.ok and related(failed, later, adjacent=j == 0):
                    sig = error_signature(failed.error or failed.output)
                    because = f" (it failed with: {sig})" if sig else ""
                    if any(again.ok and again.command == failed.command for again in window[j + 1:]):
                        out.append(Candidate(
                            title=f"Run `{later.command}` before `{failed.command}`",
                            text=f"In {label}, `{failed.command}` fails until `{later.command}` has been run{because}.",
                            when=_when(failed, label, ep.task), scope=ep.scope, kind="procedure",
                            evidence=[ep.session_id], confidence=0.75, avoid=failed.command,
                            prefer=f"{later.command} then {failed.command}"))
                        fixed.add((ep.scope, failed.command))
                        break
                    out.append(Candidate(
                        title=f"Use `{later.command}`, not `{failed.command}`",
                        text=f"In {label}, `{later.command}` works where `{failed.command}` failed{because}.",
                        when=_when(failed, label, ep.task), scope=ep.scope, kind="pitfall",
                        evidence=[ep.session_id], confidence=0.8, avoid=failed.command, prefer=later.command))
                    fixed.add((ep.scope, failed.command))
                    break
        for correction in ep.corrections:
            out.append(_preference(ep, correction, "The user corrected the agent"))
        if ep.outcome == "failure" and ep.feedback and ep.outcome_source in ("reward", "feedback"):
            out.append(_preference(ep, ep.feedback, "Feedback on a failed session"))
    out += _recurring(episodes + (context or []), fixed, {ep.session_id for ep in episodes})
    return out


def _preference(ep: Episode, said: str, lead: str) -> Candidate:
    sentence = re.split(r"(?<=[.!?])\s", " ".join(said.split()))[0][:300]
    return Candidate(title=sentence[:70], text=f"{lead}: “{sentence}”", when=f"tasks like: {ep.task[:80]}",
                     scope=ep.scope, kind="preference", evidence=[ep.session_id], confidence=0.7)


def _recurring(episodes: list[Episode], fixed: set[tuple[str, str]], new: set[str]) -> list[Candidate]:
    seen: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    example: dict[tuple[str, str, str], Step] = {}
    for ep in episodes:
        for step in ep.failures:
            sig = error_signature(step.error or step.output)
            if sig:
                key = (ep.scope, step.command, sig)
                seen[key].add(ep.session_id)
                example[key] = step
    out = []
    for (scope, command, sig), sessions in seen.items():
        if len(sessions) < 2 or not sessions & new or (scope, command) in fixed:
            continue
        out.append(Candidate(
            title=f"`{command}` keeps failing", kind="fact", scope=scope, confidence=0.6,
            text=f"In {scope_label(scope)}, `{command}` has failed in {len(sessions)} sessions with: {sig}.",
            when=f"{_what(example[(scope, command, sig)])} in {scope_label(scope)}",
            evidence=sorted(sessions), avoid=command))
    return out
