"""The ``second-nature`` command line (click). One module per command group in ``commands/``, imported
only when its command runs (or ``--help`` lists it): a command's start-up pays for its own module alone.

``second-nature hook <harness>`` is dispatched before this module is imported (see ``entry.py``);
the ``hook`` command here exists for ``--help`` and for running a hook by hand.
"""

from __future__ import annotations

import importlib

import click

from secondnature import __version__

# name -> "module:attribute" under secondnature.commands
COMMANDS = {
    "hook": "hook:hook", "install": "install:install", "uninstall": "install:uninstall",
    "sessions": "sessions:sessions", "watch": "watch:watch", "doctor": "doctor:doctor", "outcome": "outcome:outcome",
    "lessons": "lessons:lessons", "inject": "inject:inject", "sleep": "sleep:sleep", "report": "sleep:report",
    "distill": "distill:distill", "adapters": "distill:adapters", "demo": "demo:demo", "db": "fleet:db",
    "sync": "fleet:sync",
}


class LazyGroup(click.Group):
    """A group whose commands are imported when first asked for (click's documented lazy-loading pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name].split(":")
        return getattr(importlib.import_module(f"secondnature.commands.{module}"), attribute)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="second-nature")
@click.option("--home", type=click.Path(file_okay=False), help="Keep data and config here (as SECOND_NATURE_HOME does).")
def cli(home: str | None) -> None:
    """Continual learning for deployed agents: capture sessions by day, learn lessons at night."""
    if home:
        from secondnature.hooks.core.paths import use_home

        use_home(home)
