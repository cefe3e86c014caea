"""``second-nature demo``: run a real agent with capture on and show what was captured."""

from __future__ import annotations

import os
import tempfile

import click

from secondnature.hooks.paths import HOME_ENV


@click.command()
@click.option("--home", type=click.Path(file_okay=False), help="Where to keep the demo's data "
              "(default: a new temporary folder, so your own data is never touched).")
@click.pass_context
def demo(ctx: click.Context, home: str | None) -> None:
    """Run a LangGraph agent with capture on (scripted model, no API key) and show its sessions."""
    home = os.path.abspath(home or tempfile.mkdtemp(prefix="second-nature-demo-"))
    os.environ[HOME_ENV] = home
    click.echo(click.style(f"Demo data in {home}", bold=True))
    from secondnature.commands.sessions import list_command, show
    from secondnature.demo import run_demo

    sessions = run_demo()
    click.echo(click.style("\n$ second-nature sessions list", bold=True))
    ctx.invoke(list_command, since=None, harness=None, as_json=False)
    click.echo(click.style(f"\n$ second-nature sessions show {sessions[0]}", bold=True))
    ctx.invoke(show, session_id=sessions[0], as_json=False)
    click.echo(f"\nExplore it yourself: SECOND_NATURE_HOME={home} second-nature sessions list")
