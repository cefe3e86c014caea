"""``second-nature inject``: print exactly what would be injected, for debugging."""

from __future__ import annotations

import json

import click

from secondnature.commands.common import SCOPE
from secondnature.hooks.harnesses import NAMES


@click.command()
@click.option("--scope", type=SCOPE, required=True, help="global, project:<path>, agent:<name>[/user:<id>], or a folder.")
@click.option("--prompt", help="The task text (a user message); without it, what a session starts with.")
@click.option("--harness", type=click.Choice(["langgraph", *NAMES]), default="langgraph", show_default=True,
              help="langgraph: live retrieval, as the middleware does; a coding agent: the compiled digest, as its "
                   "hooks do.")
@click.option("--budget", type=int, help="Token budget (default: config [lessons] token_budget, 1,500).")
@click.option("--json", "as_json", is_flag=True)
def inject(scope, prompt, harness, budget, as_json) -> None:
    """Print the lessons block an agent in SCOPE would get (for PROMPT)."""
    if harness != "langgraph":
        from secondnature.hooks.digest import load_digest, pick_for_prompt

        digest = load_digest(scope)
        if digest is None:
            text, ids = "", []
        else:
            text, ids = digest.text, list(digest.lesson_ids)
            if prompt:
                extra, extra_ids = pick_for_prompt(digest.scope, prompt, set(ids))
                text, ids = "\n\n".join(t for t in (text, extra) if t), ids + extra_ids
        result = {"scope": scope, "text": text, "lesson_ids": ids, "source": "digest"}
    else:
        from secondnature.lessons import runtime

        block = runtime.cold_retriever().select(scope, prompt, budget or runtime.token_budget())
        result = {"scope": scope, "text": block.text, "lesson_ids": block.lesson_ids, "tokens": block.tokens,
                  "source": "retrieval"}
    if as_json:
        click.echo(json.dumps(result, indent=2))
    elif result["text"]:
        click.echo(result["text"])
    else:
        click.echo("(nothing would be injected: no active lessons match)", err=True)
