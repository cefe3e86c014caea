"""``second-nature db upgrade`` and ``second-nature sync``: a fleet's shared session sink (PostgreSQL)."""

from __future__ import annotations

import os

import click


def _url() -> str:
    from secondnature.hooks.background.sink import URL_ENV, events_url

    url = events_url()
    if not url:
        raise click.ClickException(f"no events database: set {URL_ENV}=postgresql://... or [capture] events_url "
                                   "in config.toml")
    return url


@click.group()
def db() -> None:
    """The fleet's events database (PostgreSQL)."""


@db.command()
def upgrade() -> None:
    """Create the schema, or migrate it to this version (safe to run on every deploy)."""
    from secondnature.hooks.background.sink import SinkError, connect
    from secondnature.hooks.background.sink import upgrade as migrate

    try:
        with connect(_url()) as conn:
            before, after = migrate(conn)
    except SinkError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"events database: schema version {after}" + ("" if before == after else f" (was {before})"))


@click.command()
def sync() -> None:
    """Ship this machine's captured sessions to the fleet's events database (exactly once, resumable),
    then refresh the digests its coding agents' hooks inject from the fleet's Chroma server."""
    from secondnature.hooks.background.sink import SinkError, ship

    try:
        result = ship(_url())
    except SinkError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"{result.shipped} events shipped from {result.files} sessions"
               + (f" ({result.already} were there already)" if result.already else "")
               + (f"; {result.skipped} lines skipped (not JSON events; see the log)" if result.skipped else ""))
    _refresh_digests()


def _refresh_digests() -> None:
    """A laptop's hooks read compiled digests: after the fleet's night wrote lessons to the shared Chroma
    server, compile those of the scopes this machine works in."""
    from secondnature.hooks.core.paths import current_home
    from secondnature.hooks.core.spool import first_event, session_paths
    from secondnature.lessons.compile import compile_digests
    from secondnature.lessons.config import load_settings
    from secondnature.lessons.store import StoreError, open_store, store_location

    home = current_home()
    settings = load_settings(home.config)
    if not store_location(home, settings)[1]:
        return  # lessons kept on this machine: its own nights compile them
    firsts = (first_event(os.path.basename(p)[: -len(".jsonl")], p) for p in session_paths(folder=home.sessions))  # heads only
    scopes = sorted({e.scope for e in firsts if e is not None and e.scope})
    try:
        compiled = compile_digests(open_store(settings, home=home), scopes) if scopes else []
    except StoreError as e:
        raise click.ClickException(f"{e} (the events were shipped)") from None
    click.echo(f"digests refreshed for {len(compiled)} scopes from the fleet's lessons")
