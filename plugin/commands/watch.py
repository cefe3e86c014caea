"""``second-nature watch``: ingest Claude Code and Codex transcripts as they are written."""

from __future__ import annotations

import signal

import click

from secondnature.hooks.background.watch import TranscriptWatcher
from secondnature.hooks.harnesses import registry


@click.command()
@click.option("--harness", type=click.Choice(["all", *registry.NAMES]), default="all", show_default=True,
              help="Whose transcript folders to watch.")
@click.option("--once", is_flag=True, help="Catch up on changed transcripts and exit instead of watching.")
def watch(harness: str, once: bool) -> None:
    """Watch transcript folders and ingest new and growing sessions (for users without hooks).

    Safe to stop and restart: it catches up on what changed meanwhile and never adds an event twice.
    With a fleet's events database configured, what it ingests is shipped there too.
    """
    adapters = [a for a in registry.every() if harness in ("all", a.HARNESS)]

    from secondnature.hooks.background.sink import shipper_for
    from secondnature.hooks.core.paths import data_dir

    shipper = shipper_for(data_dir())  # a fleet: what is ingested goes on to the events database

    def report(result):
        if result.added:
            click.echo(f"{result.session_id[:12]}  +{result.added} events  ({result.path})")
            if shipper is not None:
                shipper.kick()

    watcher = TranscriptWatcher(adapters, on_ingest=report)
    if once:
        results = watcher.catch_up()
        click.echo(f"{len(results)} transcript{'' if len(results) == 1 else 's'} read, {sum(r.added for r in results)} new events")
        if shipper is not None:
            from secondnature.hooks.background.sink import SinkError, ship

            try:
                click.echo(f"{ship().shipped} events shipped to the events database")
            except SinkError as e:
                raise click.ClickException(f"{e} (they are kept here and go with the next sync)") from None
        return
    roots = [r for a in adapters for r in watcher.roots_of(a)]
    for stop_signal in (signal.SIGINT, signal.SIGTERM):  # stop between steps, never mid-ingest or holding a lock
        signal.signal(stop_signal, lambda *_: watcher.stop())
    click.echo(f"watching {', '.join(roots)} (Ctrl-C to stop)")
    try:
        watcher.run()
    except KeyboardInterrupt:
        watcher.stop()
    click.echo("stopped")
