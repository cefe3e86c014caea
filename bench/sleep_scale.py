"""One night at scale: 1,000 sessions against a store of 10,000 lessons, with the scripted model.

Set up in this process (100 project scopes x 100 distinct lessons, compiled as a night before this one
left them; 1,000 Claude Code sessions written through the real hook adapter), then the night runs in a fresh process so that its peak
memory is its own.
Reported: wall time excluding the model (time inside the model is measured and subtracted), peak
memory, model calls and tokens per session.
Usage: python bench/sleep_scale.py [SESSIONS] [LESSONS]
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ARGS = [a for a in sys.argv[1:] if a.isdigit()]
SESSIONS = int(ARGS[0]) if ARGS else 1000
LESSONS = int(ARGS[1]) if len(ARGS) > 1 else 10_000
SCOPES = 100
WORDS = ("cache", "queue", "schema", "token", "worker", "index", "bucket", "cron", "proxy", "replica", "shard",
         "webhook", "fixture", "mock", "snapshot", "locale", "theme", "bundle", "wheel", "image", "volume", "secret",
         "branch", "tag", "release", "changelog", "migration", "seed", "backup", "retry", "timeout", "header")


def distinct_lessons(n: int, scope: str, rng: random.Random):
    from secondnature.lessons.model import Lesson

    out = []
    for i in range(n):
        a, b, c, d = rng.sample(WORDS, 4)
        tool = f"{rng.choice(['make', 'npm run', 'just', 'tox -e', 'cargo'])} {a}-{b}-{i}"
        out.append(Lesson(title=f"{a} {b} {i}", text=f"When the {a} {b} step fails, run `{tool}` before touching "
                          f"the {c}; the {d} config depends on it (ticket {rng.randrange(10**6)}).",
                          when=f"working on {a} and {c}", scope=scope, kind="procedure", evidence=[f"s{i}"]))
    return out


def setup(home: str) -> None:
    os.environ["SECOND_NATURE_HOME"] = home
    from secondnature.hooks.core.scope import project_scope
    from secondnature.hooks.core.spool import append
    from secondnature.hooks.harnesses import claude_code
    from secondnature.lessons.store import open_store


    rng = random.Random(5)
    repos = []
    for i in range(SCOPES):
        path = os.path.join(home, "repos", f"service-{i:02d}")
        os.makedirs(os.path.join(path, ".git"))
        repos.append(path)
    store = open_store()
    t = time.perf_counter()
    for repo in repos:
        lessons = distinct_lessons(LESSONS // SCOPES, project_scope(repo), rng)
        store.apply([(x.validate(), None, "add", "") for x in lessons], actor="bench")
    from secondnature.lessons.compile import compile_digests

    compile_digests(store)  # as the night before left it: every scope's digest and retrieval cache written
    print(f"setup: {store.count()} lessons in {SCOPES} scopes, compiled ({time.perf_counter() - t:.1f} s)")
    t = time.perf_counter()
    for n in range(SESSIONS):
        repo, sid = rng.choice(repos), f"scale-{n:04d}"

        def hook(event: str, repo=repo, sid=sid, **extra) -> None:
            append(claude_code.handle_hook({"session_id": sid, "cwd": repo, "hook_event_name": event, **extra})[0])

        hook("SessionStart", source="startup")
        hook("UserPromptSubmit", prompt=rng.choice(["run the tests", "fix the lint errors", "build the image",
                                                    "deploy to staging", "bump the version"]))
        for k in range(rng.randint(2, 6)):
            ok = rng.random() < 0.7
            command = rng.choice(["pytest -x", "make test", "ruff check .", "docker build .", "make deploy"])
            if ok:
                hook("PostToolUse", tool_name="Bash", tool_use_id=f"{sid}-{k}", tool_input={"command": command},
                     tool_response={"stdout": "ok " * 40, "stderr": ""})
            else:
                hook("PostToolUseFailure", tool_name="Bash", tool_use_id=f"{sid}-{k}", tool_input={"command": command},
                     error="Exit code 1\nError: something failed at line 3")
        hook("Stop", last_assistant_message="done")
    print(f"setup: {SESSIONS} sessions captured ({time.perf_counter() - t:.1f} s)")


def night(home: str) -> None:
    os.environ["SECOND_NATURE_HOME"] = home
    from langchain_core.messages import AIMessage

    from secondnature.sleep.job import SleepOptions, run_sleep
    from secondnature.testing import ScriptedChatModel

    answer = json.dumps({"lessons": [
        {"title": "Check the build first", "text": "Before deploying, run the build once locally; the deploy "
         "target assumes a fresh image exists.", "when": "deploying", "kind": "procedure", "scope": "project",
         "evidence": ["S1", "S2"], "confidence": 0.7, "operation": "add", "target": None},
        {"title": "", "text": "Known lesson seen again in these sessions, reinforced by evidence.", "kind": "fact",
         "scope": "project", "evidence": ["S1"], "confidence": 0.6, "operation": "reinforce", "target": "L1"}]})

    class TimedModel(ScriptedChatModel):
        seconds: float = 0.0

        def _generate(self, *args, **kwargs):
            start = time.perf_counter()
            try:
                return super()._generate(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start

    model = TimedModel(responses=[AIMessage(content=answer)])
    start = time.perf_counter()
    result = run_sleep(SleepOptions(model=model, force=True))
    wall = time.perf_counter() - start
    m, s = result.report["model"], result.report["sessions"]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    per = max(s["processed"], 1)
    print(f"night: {s['processed']} sessions, {result.report['counts']}")
    print(f"  wall time {wall:.1f} s, of which in the model {model.seconds:.2f} s -> {wall - model.seconds:.1f} s "
          f"excluding the model ({(wall - model.seconds) / per * 1000:.1f} ms per session)")
    print(f"  peak memory {peak_mb:.0f} MB")
    print(f"  model calls {m['calls']} ({m['calls'] / per:.3f} per session), tokens {m['tokens_in']} in + "
          f"{m['tokens_out']} out ({(m['tokens_in'] + m['tokens_out']) / per:.0f} per session)")


if __name__ == "__main__":
    if "--night" in sys.argv:
        night(sys.argv[-1])
    else:
        home = tempfile.mkdtemp(prefix="sn-scale-")
        try:
            setup(home)
            subprocess.run([sys.executable, __file__, "--night", home], check=True)
        finally:
            shutil.rmtree(home, ignore_errors=True)  # 300 MB a run
