"""A 30-night simulation: does the loop learn the true lessons, without duplicates, and follow change?

A small world of projects, each with true facts (for a task, a command that fails and one that
works). Every day simulated coding agents work on random tasks through the real Claude Code hooks,
and see exactly what those hooks inject (the session-start digest, the lessons picked for the
prompt). An agent shown the right lesson uses the right command (90%); otherwise it tries the wrong
one first and either recovers (60%, teaching the miner) or gives up. Every night ``sleep`` runs with the deterministic miner. Halfway, one project's
test command changes (the old lesson becomes stale).

The same world (same seed) is also run without learning (no ``sleep``), side by side, as the
baseline. Printed per night: session success with and without learning, how often the agent was
shown the right lesson, true lessons learned, duplicates, active lessons; then the summary asked
for: share of true lessons learned, duplicate rate, nights until the stale lesson is superseded
(and the first night with evidence of the change), active set size.
Usage: python bench/sleep_simulation.py [NIGHTS] [SESSIONS_PER_NIGHT]
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from collections import Counter

NIGHTS = int(sys.argv[1]) if len(sys.argv) > 1 else 30
PER_NIGHT = int(sys.argv[2]) if len(sys.argv) > 2 else 14
CHANGE_NIGHT = NIGHTS // 2
DAY = 86400

PROJECTS = {
    "shop-api": {"test": ("pytest", "make test", "E fixture 'db' not found"),
                 "lint": ("flake8", "ruff check .", "flake8: command not found")},
    "web-app": {"test": ("npm test", "npm ci && npm test", "Cannot find module 'jest-environment-jsdom'"),
                "build": ("npm run build", "npm run build:prod", "Missing script: build")},
    "etl": {"test": ("python -m unittest", "tox -e py311", "ModuleNotFoundError: No module named 'etl'"),
            "migrate": ("alembic upgrade", "alembic upgrade head", "alembic: error: too few arguments")},
    "infra": {"deploy": ("terraform apply", "make plan-apply", "Error: No configuration files")},
    "mobile": {"build": ("gradle build", "./gradlew assembleDebug", "gradle: command not found")},
    "docs": {"build": ("mkdocs build", "make docs", "Config file 'mkdocs.yml' does not exist")},
}
CHANGED = ("shop-api", "test", ("make test", "just test", "make: *** No rule to make target 'test'."))


def session_of(session: str, repo: str, task: str, wrong: str, right: str, error: str, knowing: list[str],
               rng) -> tuple[bool, bool]:
    """One coding-agent session through the real Claude Code adapter; ``knowing``: short ids of the
    lessons that teach ``right``. Returns (whether it succeeded, whether it was shown such a lesson)."""
    from secondnature.hooks.core.spool import append
    from secondnature.hooks.harnesses import claude_code
    from secondnature.outcome import record_outcome

    seen: list[str] = []

    def hook(event: str, **extra) -> None:
        events, output = claude_code.handle_hook({"session_id": session, "cwd": repo, "hook_event_name": event,
                                                  **extra})
        append(events)
        if output:
            seen.append(output)

    def bash(call: int, command: str, ok: bool, out: str) -> None:
        if ok:
            hook("PostToolUse", tool_name="Bash", tool_use_id=f"{session}-{call}", tool_input={"command": command},
                 tool_response={"stdout": out, "stderr": ""})
        else:
            hook("PostToolUseFailure", tool_name="Bash", tool_use_id=f"{session}-{call}",
                 tool_input={"command": command}, error=f"Exit code 1\n{out}")

    hook("SessionStart", source="startup")
    hook("UserPromptSubmit", prompt=f"please {task} the project")
    shown = any(f"[{short}]" in text for short in knowing for text in seen)
    recovered = False
    if shown and rng.random() < 0.9:
        bash(0, right, True, "ok")
        ok = True
    else:
        bash(0, wrong, False, error)
        ok = recovered = rng.random() < 0.6
        if ok:
            bash(1, right, True, "ok")
    hook("Stop", last_assistant_message="done" if ok else "could not finish")
    record_outcome(session, reward=1.0 if ok else -1.0)
    return ok, shown, recovered


def simulate(learn: bool) -> dict:
    home = tempfile.mkdtemp(prefix="sn-sim-")
    os.environ["SECOND_NATURE_HOME"] = home
    from secondnature.hooks.core.scope import project_scope
    from secondnature.lessons.store import open_store
    from secondnature.sleep.job import SleepOptions, run_sleep

    rng = random.Random(42)
    repos = {}
    for name in PROJECTS:
        path = os.path.join(home, "repos", name)
        os.makedirs(os.path.join(path, ".git"))
        repos[name] = path
    scopes = {name: project_scope(path) for name, path in repos.items()}
    store = open_store()
    world = {p: dict(tasks) for p, tasks in PROJECTS.items()}
    t0 = time.time()
    stale_id, superseded_after, evidence_after = None, None, None
    rows = []
    for night in range(NIGHTS):
        if night == CHANGE_NIGHT:
            project, task, facts = CHANGED
            stale = [x for x in store.list(scopes=[scopes[project]], statuses=["active"]) if x.prefer == facts[0]]
            stale_id = stale[0].id if stale else None
            world[project][task] = facts
        successes = informed = 0
        for n in range(PER_NIGHT):
            project = rng.choice(list(world))
            task, (wrong, right, error) = rng.choice(list(world[project].items()))
            session, repo = f"n{night:02d}-{n:02d}", repos[project]
            knowing = [x.short_id for x in store.list(scopes=[scopes[project]], statuses=["active"])
                       if x.prefer.endswith(right)]

            ok, shown, recovered = session_of(session, repo, task, wrong, right, error, knowing, rng)
            informed += shown
            if (project, task) == CHANGED[:2] and night >= CHANGE_NIGHT and recovered and evidence_after is None:
                evidence_after = night - CHANGE_NIGHT + 1
            successes += ok
        if learn:
            run_sleep(SleepOptions(now=t0 + night * DAY, force=True))
        active = store.list(statuses=["active"])
        learned = sum(1 for p, tasks in world.items() for (_, right, _) in tasks.values()
                      if any(x.scope == scopes[p] and x.prefer.endswith(right) for x in active))
        facts = sum(len(t) for t in world.values())
        keys = Counter((x.scope, x.avoid, x.prefer) for x in active if x.prefer)
        duplicates = sum(c - 1 for c in keys.values())
        if stale_id and superseded_after is None and store.get(stale_id).status == "superseded":
            superseded_after = night - CHANGE_NIGHT + 1
        rows.append((night, successes / PER_NIGHT, learned, facts, duplicates, len(active), informed / PER_NIGHT))
    return {"rows": rows, "superseded_after": superseded_after, "evidence_after": evidence_after,
            "seconds": time.time() - t0}


def main() -> None:
    learning, baseline = simulate(True), simulate(False)
    rows = learning["rows"]
    for (night, rate, learned, facts, dup, active, shown), base in zip(rows, baseline["rows"], strict=True):
        print(f"night {night + 1:2d}: success {rate:5.0%} (without learning {base[1]:4.0%})  shown the right lesson "
              f"{shown:4.0%}  true lessons {learned}/{facts}  duplicates {dup}  active {active}"
              + ("   <- test command changes" if night == CHANGE_NIGHT else ""))
    first, last = slice(0, 5), slice(NIGHTS - 5, NIGHTS)

    def mean(r, part):
        return sum(x[1] for x in r[part]) / len(r[part])

    print("\nsummary")
    print(f"  share of true lessons learned (final night): {rows[-1][2]}/{rows[-1][3]} = {rows[-1][2] / rows[-1][3]:.0%}")
    print(f"  duplicate rate (final): {rows[-1][4] / max(rows[-1][5], 1):.1%} ({rows[-1][4]} of {rows[-1][5]} active)")
    print(f"  stale lesson superseded {learning['superseded_after'] or 'never'} night(s) after the change; the first "
          f"night with evidence of the change was night {learning['evidence_after'] or '-'} after it")
    print(f"  active lessons at the end: {rows[-1][5]}")
    print(f"  session success, nights 1-5 -> {NIGHTS - 4}-{NIGHTS}: with learning {mean(rows, first):.0%} -> "
          f"{mean(rows, last):.0%}; without {mean(baseline['rows'], first):.0%} -> {mean(baseline['rows'], last):.0%}")
    print(f"  wall time {learning['seconds']:.1f} s with learning, {baseline['seconds']:.1f} s without "
          f"({NIGHTS} nights x {PER_NIGHT} sessions)")


if __name__ == "__main__":
    main()
