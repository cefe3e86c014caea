"""``second-nature outcome SESSION``: tell how a session went, from a shell or a slash command."""

from __future__ import annotations

import json

import click

from secondnature.outcome import record_outcome


@click.command()
@click.argument("session_id")
@click.option("--reward", type=float, help="A number in [-1, 1]: 1 went well, -1 went badly.")
@click.option("--feedback", help="What the user said about the session.")
@click.option("--json", "as_json", is_flag=True, help="Print the recorded event as JSON.")
def outcome(session_id: str, reward: float | None, feedback: str | None, as_json: bool) -> None:
    """Record the outcome of SESSION_ID (a unique prefix will do): a reward, feedback or both."""
    from secondnature.commands.session_list import SessionNotFound, resolve_session
    from secondnature.hooks.spool import read_session

    try:
        session_id = read_session(resolve_session(session_id)).session_id
        event = record_outcome(session_id, reward=reward, feedback=feedback)
    except (ValueError, SessionNotFound) as e:
        raise click.UsageError(str(e)) from None
    click.echo(json.dumps(event.to_dict()) if as_json else f"recorded outcome for {session_id}")
