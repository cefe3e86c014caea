"""What a reflection model is shown of a session: the whole session within a budget (every failure with
what came before and after, every word of the user's wherever it falls, every check and the real ending),
the prompts `sleep --dump-prompts` writes, and model lessons checked against the steps they cite."""

from __future__ import annotations

import json
import os
import time

import pytest
from click.testing import CliRunner
from langchain_core.messages import AIMessage

from secondnature.cli import cli
from secondnature.hooks.core.spool import read_session
from secondnature.lessons.render import count_tokens
from secondnature.lessons.store import open_store
from secondnature.sleep.episode_text import render_episode, work_summary
from secondnature.sleep.episodes import episode
from secondnature.sleep.job import SleepOptions, run_sleep
from secondnature.testing import ScriptedChatModel

from conftest import git_repo
from sleep_helpers import Transcript

T0 = time.time()


@pytest.fixture
def repo(tmp_path) -> str:
    return str(git_repo(tmp_path / "spotter"))


def long_session(tmp_path, repo: str, steps: int = 80) -> str:
    """A long session whose first check, failures, commit and push come late, as in real ones."""
    t = Transcript(tmp_path, "long", repo).user("Implement the epic: the three issues in the tracker")
    for n in range(steps):
        if n == 30:
            t.user("continue until all are done, and push when green")
        if n == 35:
            t.tool("AskUserQuestion", {"questions": [{"question": "Is main clean?"}]},
                   "User answered: main was clean; fix the issues")
        if 40 <= n < 46:
            t.bash(f"mix test test/spotter/widget_{n}_test.exs", ok=False,
                   output=f"** (CompileError) {repo}/test/spotter/widget_{n}_test.exs:12: undefined function build/1")
            t.edit(f"test/spotter/widget_{n}_test.exs")
        elif n == 50:
            t.tool("Bash", {"command": "mix phx.server", "run_in_background": True}, "started",
                   extra={"stdout": "started", "stderr": ""})
        elif n == 60:
            t.bash("mix test", output="Finished in 4.2 seconds\n212 tests, 0 failures")
        elif n == 62:
            t.bash("git commit -m 'widgets'", output="[main 1a2b3c4] widgets")
        elif n == 63:
            t.bash("git push", output="To github.com:me/spotter.git")
        else:
            t.tool("Read", {"file_path": f"{repo}/lib/spotter/part_{n}.ex"}, "defmodule ...")
    t.say("All three issues are fixed, 212 tests pass, and the branch is pushed.")
    t.user("did you push?")
    t.say("Yes, pushed to main.")
    return t.ingest()


def test_a_long_session_is_shown_whole_within_its_budget(tmp_path, repo):
    ep = episode(read_session(long_session(tmp_path, repo)))
    (text,) = render_episode(ep, "S1", {}, budget=3000)
    assert count_tokens(text) <= 3000
    for n in range(40, 46):  # every failure, with its step number and the error line
        step = ep.steps.index(next(s for s in ep.steps if f"widget_{n}_test" in s.command and s.status == "failed"))
        assert f"  {step + 1}. Bash `mix test test/spotter/widget_{n}_test.exs` -> FAILED exit 1: " in text
    assert "undefined function build/1" in text and repo not in text  # paths relative to the project
    assert "continue until all are done, and push when green" in text and "did you push?" in text
    assert "main was clean; fix the issues" in text  # the answer to a question
    assert "212 tests, 0 failures" in text and "`git push` -> ok" in text and "`git commit" in text
    assert "[in the background]" in text
    assert "look-arounds, all ok" in text  # the Reads collapse
    assert "Work summary: Yes, pushed to main." in text


def test_a_tight_budget_leaves_out_the_least_and_says_so(tmp_path, repo):
    ep = episode(read_session(long_session(tmp_path, repo)))
    (text,) = render_episode(ep, "S1", {}, budget=700)
    assert count_tokens(text) <= 700
    assert "Left out to fit the budget" in text
    assert text.count("FAILED") == 6 and "did you push?" in text


def test_a_session_too_long_for_one_prompt_comes_in_segments(tmp_path, repo):
    t = Transcript(tmp_path, "huge", repo).user("Fix every failing test")
    for n in range(120):
        t.bash(f"pytest tests/test_{n}.py", ok=False, output=f"E   AssertionError: case {n} is wrong in module {n}")
        if n % 40 == 39:
            t.user(f"keep going, batch {n // 40 + 2}")
    ep = episode(read_session(t.ingest()))
    parts = render_episode(ep, "S1", {}, budget=1500)
    assert len(parts) > 1 and all(count_tokens(p) <= 1500 for p in parts)
    shown = "\n".join(parts)
    assert all(f"case {n} is wrong" in shown for n in range(120)) and "part 1 of" in parts[0]


def test_the_work_summary_is_not_a_reply_to_a_stale_notification(tmp_path, repo):
    t = Transcript(tmp_path, "bg", repo).user("Run the suite in the background and fix what fails")
    t.bash("pytest", output="3 passed").say("Fixed the two failures; the suite passes now.")
    t.user("<task-notification>\n<task-id>b1</task-id>\n<status>completed</status>\n</task-notification>")
    t.say("The background task finished.")
    ep = episode(read_session(t.ingest()))
    assert work_summary(ep) == ("Fixed the two failures; the suite passes now.", True)


def test_paths_are_made_relative_by_whole_components(tmp_path):
    from secondnature.sleep.commands import relative

    root = "/home/u/projects/spotter"
    assert relative(f"cd {root}/assets && node build.js", root) == "cd assets && node build.js"
    assert relative(f"cd {root}-worktrees/spotter-fum/assets", root) == f"cd {root}-worktrees/spotter-fum/assets"
    assert relative(f"ls {root}", root) == "ls ."


def test_queued_messages_are_ingested_and_shown_where_they_were_typed(tmp_path, repo):
    t = Transcript(tmp_path, "queue", repo).user("Refactor the parser")
    t.bash("make test", output="ok")
    t._line("queue-operation", operation="enqueue", content="also keep the old API working")
    t.bash("make build", output="ok")
    t.user("also keep the old API working")  # delivered as a prompt later: shown once
    ep = episode(read_session(t.ingest()))
    (text,) = render_episode(ep, "S1", {})
    assert text.count("also keep the old API working") == 1 and "queued while the agent worked" in text


def test_sleep_dump_prompts_writes_what_a_model_would_be_told_without_one(tmp_path, repo):
    long_session(tmp_path, repo)
    out = tmp_path / "prompts"
    result = CliRunner().invoke(cli, ["sleep", "--dry-run", "--dump-prompts", str(out)])
    assert result.exit_code == 0, result.output
    (name,) = sorted(os.listdir(out))
    written = (out / name).read_text()
    assert written.startswith("# system\n") and "# user" in written
    assert "undefined function build/1" in written and "did you push?" in written
    assert open_store().list() == []  # a dry run


def test_a_homes_own_prompt_replaces_the_packaged_one(tmp_path, repo, sn_home):
    long_session(tmp_path, repo)
    own = os.path.join(os.path.dirname(sn_home.config), "prompts")
    os.makedirs(own)
    with open(os.path.join(own, "system.md"), "w", encoding="utf-8") as f:
        f.write("You review sessions for the billing team only.")
    out = tmp_path / "prompts"
    result = CliRunner().invoke(cli, ["sleep", "--dry-run", "--dump-prompts", str(out)])
    assert result.exit_code == 0, result.output
    (name,) = sorted(os.listdir(out))
    assert "You review sessions for the billing team only." in (out / name).read_text()


def test_model_lessons_must_cite_steps_that_show_what_they_quote(tmp_path, repo):
    for session in ("g1", "g2"):
        t = Transcript(tmp_path, session, repo).user("run the tests")
        t.bash("pytest", ok=False, output="E   fixture 'db' not found").bash("make test", output="42 passed")
        t.ingest()
    lessons = [
        {"text": "Run the suite with `make test`: plain `pytest` lacks the db fixture.", "evidence": ["S1#1-2", "S2"]},
        {"text": "The database fixture comes from `conftest_db.py` at the root.", "evidence": ["S1#2"]},  # misquote
        {"text": "Use `make test` for the suite, it loads the fixtures.", "evidence": ["S1#9"]},  # no such step
        {"text": "Run the tests before committing, always, in every repository.", "evidence": []},  # cites nothing
    ]
    model = ScriptedChatModel(responses=[AIMessage(content=json.dumps({"lessons": lessons}))])
    result = run_sleep(SleepOptions(model=model, now=T0))
    dropped = result.report["model"]["dropped"]
    assert any("quotes `conftest_db.py`" in d for d in dropped)
    assert any("cites step S1#9" in d for d in dropped) and any("cites no session" in d for d in dropped)
    stored = open_store().list(statuses=["active", "candidate", "quarantined"])
    assert len(stored) == 1 and stored[0].source == "miner" and stored[0].prefer == "make test"
    assert "conftest_db" not in json.dumps([x.to_dict() for x in stored])


def test_what_a_failure_reports_beyond_its_first_line_is_shown(tmp_path, repo):
    """A combined gate's sections and a linter's first finding, a harness refusal's own words, the user's own
    shell commands and the project's setup commands: what the one error line or the budget would hide."""
    gate = ("Pre-commit validation failed:\n\n[FORMAT] Code is not formatted.\nRun 'mix format' to fix.\n\n[CREDO]\n"
            "Checking 114 source files ...\n  Software Design\n┃ \n┃ [D] ↘ Nested modules could be aliased at the top of "
            "the invoking module.\n┃       lib/spotter/a.ex:4:5\n\n[DIALYZER]\nlib/spotter/b.ex:9: no local return")
    t = Transcript(tmp_path, "gate", repo).user("Commit the widget work")
    t.user("<bash-input>uv run pytest -m \"not (tui or browser)\"</bash-input>")
    t.user("<bash-stdout>12 passed</bash-stdout><bash-stderr></bash-stderr>")
    t.bash("pnpm add lucide-react", output="+ lucide-react 0.5.0")
    for n in range(40):
        t.edit(f"lib/spotter/part_{n}.ex")
    t.tool("Edit", {"file_path": f"{repo}/lib/spotter/c.ex", "old_string": "a", "new_string": "b"},
           "<tool_use_error>File has not been read yet. Read it first before writing to it.</tool_use_error>", error=True)
    t.bash("git commit -m 'widgets'", ok=False, output=gate)
    ep = episode(read_session(t.ingest()))
    (text,) = render_episode(ep, "S1", {}, budget=600)
    assert "[FORMAT] Code is not formatted." in text and "[CREDO]" in text and "[DIALYZER]" in text
    assert "first finding: Nested modules could be aliased at the top of the invoking module." in text
    assert "refused by the harness (the agent's slip): File has not been read yet. Read it first" in text
    assert "(ran in the shell) `uv run pytest -m \"not (tui or browser)\"`" in text and "12 passed" not in text
    assert "`pnpm add lucide-react` -> ok" in text and "Left out to fit the budget" in text  # edits went first


def test_a_harness_rule_seen_in_two_projects_becomes_a_lesson_for_every_project(tmp_path):
    from secondnature.sleep.miner import mine

    refusal = "<tool_use_error>File has not been read yet. Read it first before writing to it.</tool_use_error>"
    episodes = []
    for n, name in enumerate(("shop", "blog", "wiki")):
        project = str(git_repo(tmp_path / name))
        t = Transcript(tmp_path, f"h{n}", project).user("Update the config")
        if n < 2:
            t.tool("Write", {"file_path": f"{project}/config.toml", "content": "x"}, refusal, error=True)
        t.tool("Read", {"file_path": f"{project}/config.toml"}, "x = 1").edit("config.toml")
        episodes.append(episode(read_session(t.ingest())))
    once = [c for c in mine(episodes[:1]) if c.scope == "global"]
    (lesson,) = [c for c in mine(episodes) if c.scope == "global"]
    assert once == [] and lesson.needs == 2 and len(lesson.evidence) == 2  # one project is not every project
    assert lesson.text == ("Claude Code refuses `Write` when its rule is not met: “File has not been read yet. "
                           "Read it first before writing to it”.")
