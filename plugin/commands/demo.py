"""``second-nature demo``: the whole loop, offline: capture by day, sleep, lessons and injection."""

from __future__ import annotations

import os
import sys
import tempfile

import click

from secondnature.hooks.core.paths import use_home


def _step(text: str) -> None:
    click.echo(click.style(f"\n$ {text}", bold=True))


@click.command()
@click.option("--home", type=click.Path(file_okay=False), help="Where to keep the demo's data "
              "(default: a new temporary folder, so your own data is never touched).")
@click.option("--model", help="Reflect with this LangChain model instead of the miner (e.g. openai:gpt-5-mini); "
              "default: SECOND_NATURE_MODEL if set, else the offline miner.")
@click.pass_context
def demo(ctx: click.Context, home: str | None, model: str | None) -> None:
    """Run the learning loop on realistic sessions: a LangGraph agent and Claude Code by day
    (scripted, no API key), `sleep` at night, then the lessons and what the next session gets."""
    home = os.path.abspath(home or tempfile.mkdtemp(prefix="second-nature-demo-"))
    use_home(home)
    click.echo(click.style(f"Demo data in {home}", bold=True))
    from secondnature.commands.demo_data import claude_code_sessions, demo_repo, langgraph_sessions
    from secondnature.commands.lessons import list_command
    from secondnature.commands.sessions import list_command as sessions_list
    from secondnature.commands.sessions import show
    from secondnature.commands.sleep import sleep
    from secondnature.hooks.core.scope import project_scope

    click.echo("\nBy day: a LangGraph agent and a Claude Code user work; every session is captured.")
    agent_sessions = langgraph_sessions()
    repo = demo_repo(home)
    claude_code_sessions(repo)
    _step("second-nature sessions list")
    ctx.invoke(sessions_list, since=None, harness=None, as_json=False)
    _step(f"second-nature sessions show {agent_sessions[0]}")
    ctx.invoke(show, session_id=agent_sessions[0], as_json=False)

    click.echo("\nAt night: sleep reflects over the day's sessions and consolidates what it learned.")
    _step("second-nature sleep" + (f" --model {model}" if model else ""))
    ctx.invoke(sleep, since=None, scope=None, model=model, dry_run=False, review=False, max_llm_calls=None,
               force=False, as_json=False)
    _step("second-nature lessons list")
    ctx.invoke(list_command, scope=None, status="active", kind=None, sort="utility", limit=0, as_json=False)

    click.echo("\nNext morning: what a new session is given.")
    from secondnature.commands.inject import inject

    _step('second-nature inject --scope agent:demo-repo-assistant --prompt "Check that the test suite passes."')
    ctx.invoke(inject, scope="agent:demo-repo-assistant", prompt="Check that the test suite passes.",
               harness="langgraph", budget=None, as_json=False)
    _step(f"second-nature inject --scope {repo} --harness claude-code")
    ctx.invoke(inject, scope=project_scope(repo), prompt=None, harness="claude-code", budget=None, as_json=False)
    exe = _this_executable()
    click.echo(f"\nExplore it yourself: export SECOND_NATURE_HOME={home}; {exe} lessons list; {exe} report --html")


def _this_executable() -> str:
    """How to call this executable again from here: ``second-nature`` when PATH finds this one, else its path
    (``.venv/bin/second-nature`` after the README's quick start, which puts nothing on PATH)."""
    import shutil

    me = os.path.realpath(sys.argv[0]) if sys.argv and os.path.basename(sys.argv[0]) == "second-nature" else ""
    on_path = shutil.which("second-nature")
    if not me or (on_path and os.path.realpath(on_path) == me):
        return "second-nature"
    relative = os.path.relpath(sys.argv[0])
    return relative if not relative.startswith("..") else os.path.abspath(sys.argv[0])
