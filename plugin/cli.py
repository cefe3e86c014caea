"""The ``second-nature`` command line (click). One module per command group in ``commands/``.

``second-nature hook <harness>`` is dispatched before this module is imported (see ``entry.py``);
the ``hook`` command here exists for ``--help`` and for running a hook by hand.
"""

from __future__ import annotations

import click

from secondnature import __version__
from secondnature.commands import (
    demo,
    distill,
    doctor,
    fleet,
    hook,
    inject,
    install,
    lessons,
    outcome,
    sessions,
    sleep,
    watch,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="second-nature")
def cli() -> None:
    """Continual learning for deployed agents: capture sessions by day, learn lessons at night."""


cli.add_command(hook.hook)
cli.add_command(install.install)
cli.add_command(install.uninstall)
cli.add_command(sessions.sessions)
cli.add_command(watch.watch)
cli.add_command(doctor.doctor)
cli.add_command(outcome.outcome)
cli.add_command(lessons.lessons)
cli.add_command(inject.inject)
cli.add_command(sleep.sleep)
cli.add_command(sleep.report)
cli.add_command(distill.distill)
cli.add_command(distill.adapters)
cli.add_command(demo.demo)
cli.add_command(fleet.db)
cli.add_command(fleet.sync)
