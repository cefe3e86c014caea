"""``second-nature hook HARNESS``: what a harness runs on each event (payload on stdin)."""

from __future__ import annotations

import sys

import click

from secondnature.hooks.harnesses.registry import NAMES
from secondnature.hooks.runner import run_hook


@click.command()
@click.argument("harness", type=click.Choice(NAMES))
@click.option("--launcher", is_flag=True,
              help="Print this install's interpreter and its stdlib hook launcher, one a line, and exit (what the "
                   "plugin's bin/second-nature-hook runs instead of this slower executable).")
def hook(harness: str, launcher: bool) -> None:
    """Record one hook event read from stdin (JSON) and print any injection.

    Always exits 0, whatever the input: errors go to the log file (see `second-nature doctor`).
    """
    if launcher:
        from secondnature.hooks.harnesses.settings_file import LAUNCHER

        click.echo(f"{sys.executable}\n{LAUNCHER}")
        return
    sys.exit(run_hook([harness]))
