"""``second-nature inject``: print exactly what would be injected, for debugging."""

from __future__ import annotations

import json

import click

from secondnature.commands.common import SCOPE
from secondnature.hooks.harnesses.registry import NAMES


@click.command()
@click.option("--scope", type=SCOPE, required=True, help="global, project:<path>, agent:<name>[/user:<id>], or a folder.")
@click.option("--prompt", help="The task text (a user message); without it, what a session starts with.")
@click.option("--harness", type=click.Choice(["langgraph", *NAMES]), default="langgraph", show_default=True,
              help="langgraph: live retrieval, as the middleware does; a coding agent: the compiled digest, as its "
                   "hooks do.")
@click.option("--budget", type=int, help="Token budget (default: config [lessons] token_budget, 1,500).")
@click.option("--session", "session_id", help="What this session gets: the lessons it draws as withheld for the "
              "experiment (config [credit]) are left out and listed.")
@click.option("--json", "as_json", is_flag=True, help="The lessons chosen, with their ids and scores, as JSON.")
def inject(scope, prompt, harness, budget, session_id, as_json) -> None:
    """Print the lessons block an agent in SCOPE would get (for PROMPT)."""
    from secondnature.hooks.core.paths import current_home
    from secondnature.lessons.config import ConfigError, load_settings

    home = current_home()
    try:
        settings = load_settings(home.config)  # what the agent would get depends on it: a broken one is said, not ignored
    except ConfigError as e:
        raise click.ClickException(str(e)) from None
    if harness != "langgraph":
        from secondnature.hooks.core.digest import load_digest, pick_for_prompt, session_text

        digest = load_digest(home, scope)
        if digest is None:
            text, ids, held = "", [], []
        else:
            text, ids, held, _ = session_text(home, digest, session_id or "")
            if prompt:
                extra, extra_ids, extra_held, _ = pick_for_prompt(home, digest.scope, prompt, set(ids + held),
                                                                  session_id or "")
                text, ids, held = "\n\n".join(t for t in (text, extra) if t), ids + extra_ids, held + extra_held
        result = {"scope": scope, "text": text, "lesson_ids": ids, "withheld": held, "source": "digest"}
    else:
        from secondnature.lessons import runtime

        block = runtime.cold_retriever(home, settings).select(scope, prompt, budget or runtime.token_budget(settings),
                                                        session_id=session_id, exposure=runtime.exposure(settings))
        result = {"scope": scope, "text": block.text, "lesson_ids": block.lesson_ids, "withheld": block.withheld,
                  "tokens": block.tokens, "source": "retrieval"}
    if as_json:
        click.echo(json.dumps(result, indent=2))
    elif result["text"]:
        click.echo(result["text"])
    else:
        click.echo("(nothing would be injected: no active lessons match)", err=True)
