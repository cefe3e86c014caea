"""``second-nature hook HARNESS``: what a harness runs on each event (payload on stdin)."""

from __future__ import annotations

import sys

import click

from secondnature.hooks.harnesses import NAMES
from secondnature.hooks.runner import run_hook


@click.command()
@click.argument("harness", type=click.Choice(NAMES))
def hook(harness: str) -> None:
    """Record one hook event read from stdin (JSON) and print any injection.

    Always exits 0, whatever the input: errors go to the log file (see `second-nature doctor`).
    """
    sys.exit(run_hook([harness]))
