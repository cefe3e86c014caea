"""Learning the right lessons from sessions shaped like real ones: typed failures, injected prompts,
corrections, the miner's silence, general lessons, outcomes, route order, Codex unified exec, and a
night that survives anything. Each case is a small transcript in Claude Code's or Codex's format."""

from __future__ import annotations

import itertools
import json
import os
import time

import pytest
from langchain_core.messages import AIMessage

from secondnature.hooks.core.scope import project_scope
from secondnature.hooks.core.spool import append, read_session
from secondnature.hooks.harnesses import claude_code, codex
from secondnature.hooks.ingest import ingest_file
from secondnature.lessons.store import open_store
from secondnature.sleep import job
from secondnature.sleep.episodes import episode
from secondnature.sleep.job import SleepOptions, run_sleep
from secondnature.sleep.miner import mine
from secondnature.testing import ScriptedChatModel

from conftest import git_repo, write_jsonl
from sleep_helpers import Transcript

DAY = 86400
T0 = time.time()

@pytest.fixture
def repo(tmp_path) -> str:
    return str(git_repo(tmp_path / "shop"))


def night(n: int = 0, **kw) -> job.NightResult:
    return run_sleep(SleepOptions(now=T0 + n * DAY, **kw))


def lessons(status: str = "active") -> list:
    return open_store().list(statuses=[status])


def ep(session: str):
    return episode(read_session(session))


# ------------------------------------------------------------------------------- episodes that tell the truth


def test_failed_calls_are_typed(tmp_path, repo):
    t = Transcript(tmp_path, "typed", repo).user("Fix the flaky test")
    t.bash("pytest -x", ok=False, output="1 failed")
    t.tool("Read", {"file_path": f"{repo}/a.py"}, "<tool_use_error>Sibling tool call errored</tool_use_error>", error=True)
    t.tool("Write", {"file_path": f"{repo}/a.py", "content": "x"},
           "<tool_use_error>File has not been read yet. Read it first before writing to it.</tool_use_error>", error=True)
    t.tool("Edit", {"file_path": f"{repo}/a.py", "old_string": "a", "new_string": "b"},
           "The user doesn't want to proceed with this tool use. The tool use was rejected (eg. if it was a file edit, "
           "the new_string was NOT written to the file). To tell you how to proceed, the user said:\n"
           "Never mock the database in this repo, use the test container.", error=True)
    t.bash("make test", ok=True, output="42 passed")
    steps = ep(t.ingest()).steps
    assert [s.status for s in steps] == ["failed", "not_run", "protocol", "rejected", "ok"]
    assert steps[3].user_said == "Never mock the database in this repo, use the test container."
    assert ep("typed").failures == [steps[0]]
    assert ep("typed").corrections == ["Never mock the database in this repo, use the test container."]


def test_injected_text_is_not_the_users(tmp_path, repo):
    sub = Transcript(tmp_path, "parent", repo, sidechain=True)
    sub.user("Do not edit any files. Explore the project structure and report.").bash("ls", output="lib")
    sub.ingest()
    t = Transcript(tmp_path, "cont", repo)
    t.user("This session is being continued from a previous conversation that ran out of context.")
    t.user("<task-notification> <task-id>b7b23b2</task-id> done </task-notification>")
    t.user("Now add the logout button").bash("make test", output="ok")
    a, b = ep("parent"), ep(t.ingest())
    assert a.prompts == [] and a.corrections == [] and a.task.startswith("Do not edit any files")
    assert b.prompts == ["Now add the logout button"] and len(b.injected) == 2
    assert mine([a, b]) == []


def test_outcome_is_how_the_session_ended_not_a_stray_failure(tmp_path, repo):
    t = Transcript(tmp_path, "ended-well", repo).user("Ship the fix")
    t.tool("Read", {"file_path": f"{repo}/missing.py"}, "<tool_use_error>File does not exist.</tool_use_error>", error=True)
    t.bash("cat nope.txt", ok=False, output="No such file")
    t.bash("make test", output="42 passed").say("Everything is pushed and clean.")
    assert (ep(t.ingest()).outcome, ep("ended-well").outcome_source) == ("success", "last check")
    t2 = Transcript(tmp_path, "ended-badly", repo).user("Ship the fix")
    t2.bash("make test", output="42 passed").bash("make test", ok=False, output="1 failed")
    assert ep(t2.ingest()).outcome == "failure"


# ------------------------------------------------------------------------------------------ a precise miner


def test_edits_in_between_mean_no_recovery_lesson(tmp_path, repo):
    t = Transcript(tmp_path, "edited", repo).user("Fix the sync job")
    t.bash("mix test test/sync_test.exs", ok=False, output="Assertion with == failed")
    t.edit("lib/sync.ex").bash("mix test", output="120 tests, 0 failures")
    assert mine([ep(t.ingest())]) == []


def test_the_same_command_working_again_teaches_nothing(tmp_path, repo):
    t = Transcript(tmp_path, "flaky", repo).user("Run the tests")
    t.bash("npm test", ok=False, output="ECONNRESET").bash("npm test", output="ok").bash("npm test -- --ci", output="ok")
    assert mine([ep(t.ingest())]) == []


def test_look_arounds_are_never_fixes_and_failed_looks_teach_nothing(tmp_path, repo):
    t = Transcript(tmp_path, "looks", repo).user("Commit it")
    t.bash("git add priv/static/assets/app.css", ok=False, output="The following paths are ignored by one of your "
                                                                     ".gitignore files: priv/static/assets")
    t.bash("git status --short", output=" M lib/a.ex").bash("ls -la types/", ok=False, output="No such file")
    t.bash("ls -la", output="lib")
    found = mine([ep(t.ingest())])  # only the cause the error named, held until a second session shows it
    assert [(c.needs, c.prefer) for c in found] == [(2, "")] and "is gitignored" in found[0].text


def test_a_prerequisite_is_run_y_before_x_never_use_y_not_x(tmp_path, repo):
    t = Transcript(tmp_path, "precommit", repo, branch="feature-x").user("Commit the change")
    message = "feat: wire live activity into the dashboard\n\n" + "Long body line about the change.\n" * 30
    commit = f"git add lib/a.ex lib/b.ex && git commit -m \"$(cat <<'EOF'\n{message}EOF\n)\""
    t.bash(commit, ok=False, output="Pre-commit validation failed:\\n\\n[FORMAT] Code is not formatted.\\n"
                                    "Run 'mix format' to fix.")
    t.bash("mix format 2>&1", output="").bash(commit, output="[feature-x 1a2b3c4] feat")
    (candidate,) = mine([ep(t.ingest())])
    assert candidate.title == "Run `mix format` before `git commit`" and candidate.needs == 1
    assert "EOF" not in candidate.text and "Long body" not in candidate.text and len(candidate.text) < 200


def test_a_variant_after_a_clean_failure_is_a_general_lesson(tmp_path):
    # two worktrees of one repository, seen only as paths from another machine
    for name in ("spotter-a0y", "spotter-dov"):
        cwd = f"/nonexistent/home/USER/projects/spotter-worktrees/{name}"
        t = Transcript(tmp_path, f"push-{name}", cwd, branch=name).user(f"Work on bead {name}")
        t.bash("git push 2>&1", ok=False, output=f"fatal: The current branch {name} has no upstream branch.")
        t.bash(f"git push --set-upstream origin {name} 2>&1", output="branch set up to track")
        t.ingest()
    assert {ep("push-spotter-a0y").scope, ep("push-spotter-dov").scope} == {
        "project:/nonexistent/home/USER/projects/spotter"}
    night()
    (lesson,) = lessons()
    assert lesson.title == "Use `git push --set-upstream origin <branch>`, not `git push`"
    assert "(it failed with: fatal: The current branch <branch> has no upstream branch)" in lesson.text
    assert "spotter-a0y" not in lesson.text and "/nonexistent" not in lesson.text
    assert sorted(lesson.evidence) == ["push-spotter-a0y", "push-spotter-dov"]


def test_one_unclear_recovery_waits_as_a_candidate_until_seen_again(tmp_path, repo):
    def session(name: str) -> None:
        t = Transcript(tmp_path, name, repo).user("Build it")
        t.bash("npm run build", ok=False, output="Missing script: build").bash("git log -1", output="abc")
        t.bash("npm run build --workspace web", output="built").ingest()
        t2 = Transcript(tmp_path, f"{name}-b", repo).user("Build it")  # the plain build worked later: contrary
        t2.bash("npm run build", output="built").ingest()
    session("first")
    night(0)
    (held,) = lessons("candidate")
    assert lessons() == [] and "npm run build --workspace web" in held.text
    from click.testing import CliRunner

    from secondnature.cli import cli

    (waiting,) = json.loads(CliRunner().invoke(cli, ["lessons", "review", "--json"]).output)
    assert waiting["id"] == held.id and "needs 2 sessions of evidence" in waiting["why"]
    session("second")
    night(1)
    (lesson,) = lessons()
    assert lesson.id == held.id and [c.action for c in open_store().history(lesson.id)][-1] == "reinforce+promote"


def test_an_error_that_names_its_cause_is_held_once_and_a_fact_twice(tmp_path, repo):
    ignored = "The following paths are ignored by one of your .gitignore files:\npriv/static/assets\nhint: Use -f"
    for n, files in enumerate(("lib/a.ex priv/static/assets/app.css", "priv/static/assets/app.js lib/b.ex")):
        t = Transcript(tmp_path, f"ignored-{n}", repo).user("Commit the change")
        t.bash(f"git add {files}", ok=False, output=ignored).bash("git add lib/a.ex", output="").ingest()
        (held,) = mine([ep(f"ignored-{n}")])  # one session: a candidate that waits for a second
        assert held.needs == 2 and held.evidence == [f"ignored-{n}"]
    night()
    (lesson,) = lessons()
    assert lesson.kind == "fact" and "`priv/static/assets` is gitignored" in lesson.text
    assert sorted(lesson.evidence) == ["ignored-0", "ignored-1"]


def test_a_program_that_is_not_installed_is_named_by_any_shell(tmp_path, repo):
    from secondnature.sleep.miner import named_cause

    for said, program in (("(eval):1: command not found: tree", "tree"), ("bash: tree: command not found", "tree"),
                          ("zsh: command not found: rg", "rg"), ("/bin/sh: 1: jq: command not found", "jq"),
                          ("sh: line 3: fd: command not found", "fd")):
        assert named_cause(f"Exit code 127\n{said}")[1] == program


@pytest.mark.parametrize("said, missing, then, learned", [
    ("(eval):1: command not found: tree", "tree", "find . -type d", True),  # zsh, another program at once
    ("bash: rg: command not found", "rg", "grep -rn TODO src", True),  # one name inside the other: two programs
    ("/bin/sh: 1: jq: command not found", "jq", "python3 -m json.tool data.json", True),
    ("zsh: command not found: pyhton", "pyhton", "python app.py", False),  # a slip of the keyboard
    ("bash: gti: command not found", "gti", "git status", False),
])
def test_a_missing_program_the_agent_did_without_is_learned_from_one_session(tmp_path, repo, said, missing, then,
                                                                            learned):
    t = Transcript(tmp_path, "missing", repo).user("look around the project")
    t.bash(f"{missing} src", ok=False, output=f"Exit code 127\n{said}").bash(then, output="ok").ingest()
    night()
    active = [x for x in lessons() if f"`{missing}` is not installed here" in x.text]
    held = [x for x in lessons("candidate") if f"`{missing}` is not installed here" in x.text]
    assert (len(active), len(held)) == ((1, 0) if learned else (0, 1))


def test_a_missing_program_with_nothing_done_instead_waits_for_a_second_session(tmp_path, repo):
    t = Transcript(tmp_path, "gave-up", repo).user("list the tree")
    t.bash("tree -L 2", ok=False, output="Exit code 127\nbash: tree: command not found").say("tree is missing.").ingest()
    night()
    assert lessons() == [] and len(lessons("candidate")) == 1


@pytest.mark.parametrize("check, purpose", [
    ("cd web && npx tsc --noEmit", "type-check with"),
    ("mypy src", "type-check with"),
    ("cargo test", "tests run with"),
    ("npm run lint", "lint with"),
])
def test_a_check_that_caught_an_error_an_edit_then_fixed_is_how_the_project_is_checked(tmp_path, repo, check, purpose):
    t = Transcript(tmp_path, "caught", repo).user("add the feature")
    t.bash(check, ok=False, output="src/a.ts(3,1): error: found 1 problem").edit(f"{repo}/src/a.ts").bash(check, output="ok")
    t.ingest()
    night()
    (lesson,) = [x for x in lessons() if x.prefer == "orientation"]
    assert lesson.text == f"In shop, {purpose} `{check}` (it caught an error that an edit then fixed)."


def test_a_check_that_passed_on_a_plain_rerun_proves_nothing(tmp_path, repo):
    t = Transcript(tmp_path, "flaky", repo).user("add the feature")
    t.bash("npm test", ok=False, output="1 failed").bash("npm test", output="all passed").ingest()
    night()
    assert [x for x in lessons() + lessons("candidate") if x.prefer == "orientation"] == []


def test_a_lasting_correction_is_learned_even_when_it_opens_a_session(tmp_path, repo):
    t = Transcript(tmp_path, "reopened", repo)
    t.user("No, don't use console.log in this repo, use the logger from src/lib/log.ts instead. Please redo it.")
    t.edit("src/app.ts").say("Done: switched to the logger.")
    t2 = Transcript(tmp_path, "change-of-mind", repo).user("Sort the list").say("QuickSort it is.")
    t2.user("Actually, let's try MergeSort instead - I need stable sorting")
    t2.user("Hold. I want to keep it simple - no connection pooling for now.")
    t.ingest(), t2.ingest()
    night()
    (lesson,) = lessons()
    assert lesson.kind == "preference"
    assert lesson.text == "The user asked: “Don't use console.log in this repo, use the logger from src/lib/log.ts instead.”"
    assert lesson.title == "The user's preference: Don't use console.log in this repo, use the…"


# -------------------------------------------------------------------------------- one log, whatever the order


def _hook_payloads(lines: list[dict], session: str, cwd: str, path: str) -> list[dict]:
    """The hook calls Claude Code made for a transcript's typed prompts and tool calls."""
    out, calls = [], {}
    for line in lines:
        content = (line.get("message") or {}).get("content") if isinstance(line.get("message"), dict) else None
        if line.get("type") == "user" and isinstance(content, str) and not line.get("isMeta"):
            out.append({"hook_event_name": "UserPromptSubmit", "prompt": content})
        for block in content if isinstance(content, list) else []:
            if not isinstance(block, dict):
                continue
            if block.get("type") == "tool_use":
                calls[block["id"]] = block
            elif block.get("type") == "tool_result" and block.get("tool_use_id") in calls:
                call = calls[block["tool_use_id"]]
                text = block.get("content") if isinstance(block.get("content"), str) else json.dumps(block.get("content"))
                base = {"tool_name": call["name"], "tool_input": call["input"], "tool_use_id": call["id"]}
                out.append({"hook_event_name": "PostToolUseFailure", "error": text, **base} if block.get("is_error")
                           else {"hook_event_name": "PostToolUse", "tool_response": {"stdout": text}, **base})
    return [{"session_id": session, "cwd": cwd, "transcript_path": path, **p} for p in out]


def _replay(path: str, session: str, cwd: str, order: str) -> list[tuple]:
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    hooks = _hook_payloads(lines, session, cwd, path)

    clock = itertools.count()

    def fire(payloads: list[dict]) -> None:
        from unittest import mock

        for payload in payloads:  # as a person works: seconds apart, not all in one instant
            with mock.patch("time.time", return_value=1.8e9 + 5 * next(clock)):
                append(claude_code.handle_hook(payload)[0])

    if order == "hooks-first":
        fire(hooks)
        ingest_file(path, claude_code)
    elif order == "ingest-first":
        ingest_file(path, claude_code)
        fire(hooks)
    else:  # interleaved: half the hooks, ingest (as watch would), the rest, ingest again (as sleep would)
        fire(hooks[: len(hooks) // 2])
        ingest_file(path, claude_code)
        fire(hooks[len(hooks) // 2:])
        ingest_file(path, claude_code)
    events = read_session(session).events
    os.remove(read_session(session).path)  # the next order starts from an empty log
    return sorted((e.kind, e.key or "", e.data.get("ok")) for e in events
                  if e.kind in ("user_prompt", "tool_call", "tool_result"))


def test_hooks_and_ingest_in_any_order_give_one_log(tmp_path):
    repo = str(git_repo(tmp_path / "order"))
    t = Transcript(tmp_path, "order", repo).user("Run the tests")
    t.bash("pytest", ok=False, output="E fixture 'db' not found").bash("make test", output="42 passed")
    t.user("Run the tests")  # typed twice: stays twice
    t.bash("make test", output="42 passed")
    write_jsonl(t.path, t.lines)
    orders = [_replay(str(t.path), "order", repo, order) for order in ("hooks-first", "ingest-first", "interleaved")]
    assert orders[0] == orders[1] == orders[2]
    assert [k for k, *_ in orders[0]].count("tool_call") == 3 and [k for k, *_ in orders[0]].count("user_prompt") == 2


# ------------------------------------------------------------------------------------- Codex unified exec


def test_codex_unified_exec_exit_codes_placeholders_and_polls(tmp_path):
    def item(ts: int, payload: dict) -> dict:
        return {"timestamp": f"2026-05-11T08:27:{ts:02d}.000Z", "type": "response_item", "payload": payload}

    uuid = "019e1625-789d-76c0-80ab-3724b5ddb799"
    lines = [{"timestamp": "2026-05-11T08:27:00.000Z", "type": "session_meta",
              "payload": {"id": uuid, "cwd": str(tmp_path), "git": {"branch": "main"}}},
             item(1, {"type": "function_call", "name": "exec_command", "call_id": "c1",
                      "arguments": json.dumps({"cmd": "npx vitest --run"})}),
             item(2, {"type": "function_call_output", "call_id": "c1", "output": "Chunk ID: a21e41\nWall time: 1.0 "
                      "seconds\nProcess running with session ID 48230\nOriginal token count: 0\nOutput:\n"}),
             item(3, {"type": "function_call", "name": "write_stdin", "call_id": "p1",
                      "arguments": json.dumps({"session_id": 48230, "chars": ""})}),
             item(4, {"type": "function_call_output", "call_id": "p1", "output": "Chunk ID: b1\nWall time: 5.0 seconds\n"
                      "Process exited with code 1\nOriginal token count: 9\nOutput:\n FAIL src/a.test.ts\n"}),
             item(5, {"type": "function_call", "name": "exec_command", "call_id": "c2",
                      "arguments": json.dumps({"cmd": "rg foo node_modules/x"})}),
             item(6, {"type": "function_call_output", "call_id": "c2", "output": "Chunk ID: de4b53\nWall time: 0.1 "
                      "seconds\nProcess exited with code 2\nOriginal token count: 3\nOutput:\nrg: no such file\n"}),
             item(7, {"type": "function_call", "name": "exec_command", "call_id": "c3",
                      "arguments": json.dumps({"cmd": "rm -rf build"})}),
             item(8, {"type": "function_call_output", "call_id": "c3", "output": "exec command rejected by user"})]
    path = write_jsonl(tmp_path / "sessions" / f"rollout-2026-05-11T08-27-00-{uuid}.jsonl", lines)
    ingest_file(str(path), codex)
    steps = ep(uuid).steps
    assert [(s.command, s.status, s.exit_code) for s in steps] == [
        ("npx vitest --run", "failed", 1), ("rg foo node_modules/x", "failed", 2), ("rm -rf build", "rejected", None)]
    assert "FAIL src/a.test.ts" in steps[0].error and "Chunk ID" not in steps[0].error


# -------------------------------------------------------------------------------- a night that never dies


def test_a_night_survives_poisonous_sessions_and_bad_candidates(tmp_path, repo):
    t = Transcript(tmp_path, "huge", repo).user("Commit")
    huge = "git commit -m \"" + "x" * 5000 + "\""
    t.bash(huge, ok=False, output="\x00\x01binary\xff" * 1000).bash(huge + " --no-gpg-sign", output="ok")
    t.ingest()
    many = Transcript(tmp_path, "long", repo).user("Loop")
    for n in range(2500):  # 10k transcript lines
        many.bash(f"make step{n % 7}", ok=n % 3 != 0, output="x")
    many.ingest()
    with open(os.path.join(os.environ["SECOND_NATURE_HOME"], "sessions", "torn.jsonl"), "wb") as f:
        f.write(b'{"v":1,"harness":"claude-code","session_id":"torn","kind":"user_prompt","data":{"text":"hi"}}\n\x00\xff{')
    result = night()
    assert result.status == "done"
    assert all(len(lesson.text) <= 400 for lesson in open_store().list())


def test_a_model_that_errors_leaves_sessions_for_later_then_sets_them_aside(sn_home, tmp_path, repo, monkeypatch):
    monkeypatch.setattr("secondnature.sleep.reflect.MODEL_ATTEMPTS", 1)

    class Down(ScriptedChatModel):
        def _generate(self, *args, **kwargs):
            raise TimeoutError("upstream timed out")

    Transcript(tmp_path, "waiting", repo).user("Run the tests").bash("make test", output="ok").ingest()
    for n in range(job.SET_ASIDE_AFTER):
        result = night(n, model=Down(responses=[]))
        assert result.status == "done" and "waiting" in result.report["sessions"]["failed"]
    assert "waiting" in job.set_aside(sn_home) and result.report["sessions"]["set_aside"] == ["waiting"]
    assert night(9).status == "nothing new"  # set aside, not retried every night forever
    long_text = "Run `make test` before pushing. " * 30
    Transcript(tmp_path, "later", repo).user("Run the tests").bash("make test", output="ok").ingest()
    answer = {"lessons": [{"text": long_text, "evidence": ["S1"]}, {"text": "x" * 1300, "evidence": ["S1"]}]}
    result = night(10, model=ScriptedChatModel(responses=[AIMessage(content=json.dumps(answer))]))
    assert result.status == "done" and all(len(x.text) <= 400 for x in lessons())
    ops = [o["op"] for o in result.operations]
    # shortened and kept, as a candidate: a model's lesson from one session waits for a second
    assert ops.count("hold") == 1 and "too long to shorten" in " ".join(o["reason"] for o in result.operations)


def test_doctor_shows_sessions_set_aside(sn_home, tmp_path, repo):
    from click.testing import CliRunner

    from secondnature.cli import cli
    from secondnature.hooks.core.paths import write_private

    write_private(job.failures_path(sn_home), json.dumps({"bad": {"nights": 3, "reason": "unreadable: ValueError: x",
                                                           "set_aside": True}}).encode())
    result = CliRunner().invoke(cli, ["doctor"])
    assert "set aside" in result.output and "bad" in result.output


def test_scope_of_a_session_on_this_machine_is_unchanged(repo):
    assert project_scope(repo, "feature-x") == f"project:{os.path.realpath(repo)}"


REAL = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "reference", "real-sessions")


@pytest.mark.skipif(not os.path.isdir(REAL), reason="../shared/reference/real-sessions is not beside the repo")
def test_real_sessions_teach_only_true_lessons(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("lesson_quality", os.path.join(
        os.path.dirname(__file__), "..", "bench", "lesson_quality.py"))
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    with open(bench.LABELS, encoding="utf-8") as f:
        labels = json.load(f)
    result = bench.learn(os.path.abspath(REAL), str(tmp_path / "corpus-home"))
    score = bench.score(result["active"], labels)
    assert result["crashes"] == [] and result["status"] == "done"
    assert score["precision"] >= 0.9 and score["harmful"] == 0 and score["wrong"] == 0, score["verdicts"]
    assert score["over_400_chars"] == 0 and score["duplicates"] == 0
    found = {v["fact"] for v in score["verdicts"] if v["verdict"] == "true"}
    rule_findable = {g["id"] for g in labels["gold"] if g["kind"] == "rule"}
    assert len(found & rule_findable) / len(rule_findable) >= 0.5  # the miner's share; the rest needs a model
    assert bench.coverage(result["prompts"], labels)["covered"] >= 0.95  # what a model would be shown


@pytest.mark.skipif(not os.path.isdir(REAL), reason="../shared/reference/real-sessions is not beside the repo")
def test_a_real_transcript_gives_one_log_whatever_the_order():
    session = "fa812bfe-b295-4cca-9c2f-fdf01028cb46"
    path = os.path.join(REAL, "claude", "projects", "-home-USER-projects-spotter-worktrees-spotter-a0y", f"{session}.jsonl")
    cwd = "/home/USER/projects/spotter-worktrees/spotter-a0y"
    orders = [_replay(path, session, cwd, order) for order in ("hooks-first", "ingest-first", "interleaved")]
    assert orders[0] == orders[1] == orders[2]
    calls = sum(1 for kind, *_ in orders[0] if kind == "tool_call")
    assert calls == sum(1 for kind, *_ in orders[0] if kind == "tool_result") > 180


def _agent_session(session: str, scope: str) -> None:
    from secondnature.hooks.core import schema
    from secondnature.hooks.core.schema import Event

    def event(kind: str, **data) -> Event:
        return Event(harness="langgraph", session_id=session, scope=scope, kind=kind, data=data)

    append([event(schema.USER_PROMPT, text="check that the test suite passes"),
            event(schema.TOOL_CALL, call_id="c1", tool="run_tests", input={"command": "pytest"}),
            event(schema.TOOL_RESULT, call_id="c1", tool="run_tests", ok=False, error="fixture 'db' not found"),
            event(schema.TOOL_CALL, call_id="c2", tool="run_tests", input={"command": "make test"}),
            event(schema.TOOL_RESULT, call_id="c2", tool="run_tests", ok=True, output="42 passed")])


def test_users_see_their_agents_lessons_and_a_lesson_seen_across_users_is_promoted():
    from click.testing import CliRunner

    from secondnature.cli import cli
    from secondnature.lessons.retrieve import Retriever

    _agent_session("u1-a", "agent:support/user:u1")
    night(0)
    assert [x.scope for x in lessons()] == ["agent:support/user:u1"]  # one user: it stays with that user
    _agent_session("u2-a", "agent:support/user:u2")
    night(1)
    promoted = [x for x in lessons() if x.scope == "agent:support"]
    assert len(promoted) == 1 and sorted(promoted[0].evidence) == ["u1-a", "u2-a"]
    assert "`make test` works where `pytest` fails" in promoted[0].text
    block = Retriever(None).select("agent:support/user:u3", "run the test suite")
    assert promoted[0].id in block.lesson_ids  # a new user gets the agent's lesson
    listed = json.loads(CliRunner().invoke(cli, ["lessons", "list", "--scope", "agent:support", "--json"]).output)
    assert {x["scope"] for x in listed} == {"agent:support", "agent:support/user:u1", "agent:support/user:u2"}


# -------------------------------------------------------------------------------- the miner's families


def _mined(tmp_path, repo: str, name: str, steps: list[tuple[str, bool, str]], branch: str = "main") -> list:
    t = Transcript(tmp_path, name, repo, branch=branch).user("make the change and run the checks")
    for command, ok, output in steps:
        t.bash(command, ok=ok, output=output)
    return mine([episode(read_session(t.ingest()))])


@pytest.mark.parametrize("failed,later", [
    ("mix test test/widget_test.exs", "npx vitest run"),  # an Elixir suite, then the JS one
    ("cd assets && npx vitest run", "mix test"),
    ("pytest tests/unit", "npm test"),
    ("cargo test", "go test ./..."),
    ("npm test", "cd e2e && npm test"),  # another folder: another suite
])
def test_two_different_suites_are_never_one_instead_of_the_other(tmp_path, repo, failed, later):
    found = _mined(tmp_path, repo, "suites", [(failed, False, "1 failed"), (later, True, "12 passed")])
    assert [c for c in found if c.avoid or c.prefer] == []


def test_one_suite_run_another_way_is_still_a_substitution(tmp_path, repo):
    found = _mined(tmp_path, repo, "same-suite", [("pytest", False, "E   fixture 'db' not found"),
                                                   ("make test", True, "42 passed")])
    assert [(c.avoid, c.prefer) for c in found] == [("pytest", "make test")]


def test_paths_are_generalised_by_components_and_the_branch_wherever_it_appears(tmp_path):
    from secondnature.sleep.commands import general

    root = "/home/u/projects/spotter"
    assert general(f"cd {root}/assets && node build.js", root) == "cd assets && node build.js"
    assert general(f"cd {root}-worktrees/spotter-fum/assets && node build.js", root) == "cd <path> && node build.js"
    assert general("git push -u origin spotter-fum && ls ../wt/spotter-fum", "", "spotter-fum") == \
        "git push -u origin <branch> && ls ../wt/<branch>"


def test_a_gitignored_file_is_not_simply_left_out(tmp_path, repo):
    error = ("The following paths are ignored by one of your .gitignore files:\npriv/static/assets\n"
             "hint: Use -f if you really want to add them.")
    found = _mined(tmp_path, repo, "ignored", [("git add priv/static/assets", False, error),
                                               ("git add -f priv/static/assets", True, "")])
    texts = " ".join(c.text for c in found)
    assert "leave it out of `git add`" not in texts
    assert all("git add -f" in c.text or c.prefer.startswith("git add -f") for c in found if "gitignored" in c.text)


def test_how_to_work_here_is_learned_from_what_passed_twice_and_kept_current(tmp_path, repo):
    for n in range(2):
        t = Transcript(tmp_path, f"ok{n}", repo).user("add the feature")
        t.bash("make test", output="42 passed").bash("make lint", output="ok").bash("npm test -- tests/one.test.js")
        t.ingest()
    night(0)
    (lesson,) = [x for x in lessons() if x.prefer == "orientation"]
    assert lesson.text == "In shop, tests run with `make test`; lint with `make lint` (each passed in two or more sessions)."
    for n in range(2):
        t = Transcript(tmp_path, f"new{n}", repo).user("add another")
        t.bash("just test", output="42 passed").bash("just lint", output="ok").ingest()
    night(1)
    (after,) = [x for x in lessons() if x.prefer == "orientation"]
    assert after.id == lesson.id and "`just test`" in after.text  # revised, not a second lesson


def test_what_a_lesson_is_for_reads_the_command_not_its_message(tmp_path, repo):
    found = _mined(tmp_path, repo, "migrate", [("mix ecto.migrate", False, "** (DBConnection.ConnectionError) refused"),
                                               ("MIX_ENV=test mix ecto.migrate", True, "migrated")])
    assert [c.when for c in found] == ["migrating in shop"]
    found = _mined(tmp_path, repo, "commit", [("git commit -m 'make the test pass'", False, "hook failed: lint"),
                                              ("git commit --no-gpg-sign -m 'make the test pass'", True, "ok")])
    assert all("testing" not in c.when for c in found)


@pytest.mark.parametrize("output,line", [
    ("===== ERRORS =====\n___ ERROR at setup of test_a ___\nE       fixture 'db' not found\n1 error in 0.1s",
     "E fixture 'db' not found"),
    ("collected 0 items / 1 error\nImportError while importing test module\nModuleNotFoundError: No module named 'yaml'",
     "ModuleNotFoundError: No module named 'yaml'"),
    ("> Build error occurred\nType error: Cannot find name 'Todo'.", "Type error: Cannot find name 'Todo'."),
    ("npm ERR! code 1\nnpm ERR! Missing script: \"lint\"", "npm ERR! Missing script: \"lint\""),
])
def test_an_error_is_quoted_by_the_line_that_states_it_not_a_banner(output, line):
    from secondnature.sleep.episodes import error_line

    assert error_line(output) == line
