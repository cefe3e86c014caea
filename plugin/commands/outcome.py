"""``second-nature outcome SESSION``: tell how a session went, from a shell or a slash command."""

from __future__ import annotations

import json

import click

from secondnature.outcome import record_outcome


@click.command()
@click.argument("session_id")
@click.option("--reward", type=float, help="A number in [-1, 1], higher is better: at or above 0.5 (config "
              "[outcomes] success_at) it went well; below, 0 included, it went badly.")
@click.option("--success/--failure", "success", default=None, help="State outright how it went (wins over --reward).")
@click.option("--feedback", help="What the user said about the session.")
@click.option("--json", "as_json", is_flag=True, help="Print the recorded event as JSON.")
def outcome(session_id: str, reward: float | None, success: bool | None, feedback: str | None, as_json: bool) -> None:
    """Record the outcome of SESSION_ID (a unique prefix will do): a reward, success or failure, feedback."""
    from secondnature.commands.session_list import SessionNotFound, resolve_session
    from secondnature.hooks.core.spool import read_session

    try:
        session_id = read_session(resolve_session(session_id)).session_id
        event = record_outcome(session_id, reward=reward, feedback=feedback, success=success)
    except (ValueError, SessionNotFound) as e:
        raise click.UsageError(str(e)) from None
    click.echo(json.dumps(event.to_dict()) if as_json else f"recorded outcome for {session_id}")
