"""``second-nature install|uninstall claude-code|codex``: register the capture hooks.

Idempotent and reversible: our handlers are replaced, never duplicated; every other setting and
hook is kept; the file is backed up before it changes; ``--dry-run`` shows the result instead.
"""

from __future__ import annotations

import os
import shutil
import sys
from types import ModuleType

import click

from secondnature.hooks import claude_code, codex, settings_file

HARNESSES: dict[str, ModuleType] = {"claude-code": claude_code, "codex": codex}


def executable() -> str:
    """The absolute path of this ``second-nature`` script (harnesses may not share our PATH)."""
    candidates = [sys.argv[0], os.path.join(os.path.dirname(sys.executable), "second-nature"),
                  shutil.which("second-nature") or ""]
    for path in candidates:
        if path and os.path.basename(path) == "second-nature" and os.path.isfile(path):
            return os.path.abspath(path)
    raise click.ClickException("cannot find the second-nature executable; install the package with pip first")


def _apply(harness: str, scope: str, dry_run: bool, installing: bool) -> None:
    module = HARNESSES[harness]
    path = module.settings_path(scope)
    try:
        before, after = module.install(path, executable()) if installing else module.uninstall(path)
    except settings_file.SettingsError as e:
        raise click.ClickException(str(e)) from None
    if after == before:
        click.echo(f"{path}: already {'installed' if installing else 'clean'}, nothing to change")
        return
    if dry_run:
        click.echo(f"# {path} would become:")
        click.echo(settings_file.render(after), nl=False)
        return
    backup = settings_file.save(path, after)
    verb = "installed into" if installing else "removed from"
    click.echo(f"second-nature hooks {verb} {path}" + (f" (backup: {backup})" if backup else ""))
    if installing and harness == "codex":
        click.echo("Codex asks you to review new hooks once: run /hooks in Codex and trust them.")


SCOPE = click.option("--scope", type=click.Choice(["user", "project"]), default="user", show_default=True,
                     help="user: your settings for every project; project: this repository's settings.")
DRY_RUN = click.option("--dry-run", is_flag=True, help="Print the resulting settings; change nothing.")


@click.group()
def install() -> None:
    """Install the capture hooks into a coding agent."""


@click.group()
def uninstall() -> None:
    """Remove the capture hooks from a coding agent (everything else is kept)."""


for _name in HARNESSES:

    def _make(name: str, installing: bool):
        @click.command(name=name, help=f"{'Install' if installing else 'Remove'} the {name} hooks.")
        @SCOPE
        @DRY_RUN
        def command(scope: str, dry_run: bool) -> None:
            _apply(name, scope, dry_run, installing)

        return command

    install.add_command(_make(_name, True))
    uninstall.add_command(_make(_name, False))
