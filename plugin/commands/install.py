"""``second-nature install|uninstall claude-code|codex``: register the capture hooks.

Idempotent and reversible: our handlers are replaced, never duplicated; every other setting and
hook is kept; the file is backed up before it changes; ``--dry-run`` shows the result instead.
"""

from __future__ import annotations

import os
import shutil
import sys

import click

from secondnature.hooks.harnesses import registry, settings_file


def executable() -> str:
    """The absolute path of this ``second-nature`` script, for schedulers (they may not share our PATH)."""
    candidates = [sys.argv[0], os.path.join(os.path.dirname(sys.executable), "second-nature"),
                  shutil.which("second-nature") or ""]
    for path in candidates:
        if path and os.path.basename(path) == "second-nature" and os.path.isfile(path):
            return os.path.abspath(path)
    raise click.ClickException("cannot find the second-nature executable; install the package with pip first")


def _apply(harness: str, scope: str, dry_run: bool, installing: bool) -> None:
    module = registry.get(harness)
    path = module.settings_path(scope)
    try:
        before, after = module.install(path, sys.executable) if installing else module.uninstall(path)
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
    if installing and harness == "claude-code":
        from secondnature.hooks.harnesses.claude_code import plugin_enabled

        if plugin_enabled():
            click.echo(click.style(f"The second-nature plugin is enabled too ({plugin_enabled()}): its hooks and these "
                                   "would both run on every event (lessons injected twice). Keep one: disable the "
                                   "plugin, or `second-nature uninstall claude-code`.", fg="yellow"))


SCOPE = click.option("--scope", type=click.Choice(["user", "project"]), default="user", show_default=True,
                     help="user: your settings for every project; project: this repository's settings.")
DRY_RUN = click.option("--dry-run", is_flag=True, help="Print the resulting settings; change nothing.")


@click.group()
def install() -> None:
    """Install the capture hooks into a coding agent."""


@click.group()
def uninstall() -> None:
    """Remove the capture hooks from a coding agent (everything else is kept)."""


for _name in registry.NAMES:

    def _make(name: str, installing: bool):
        @click.command(name=name, help=f"{'Install' if installing else 'Remove'} the {name} hooks.")
        @SCOPE
        @DRY_RUN
        def command(scope: str, dry_run: bool) -> None:
            _apply(name, scope, dry_run, installing)

        return command

    install.add_command(_make(_name, True))
    uninstall.add_command(_make(_name, False))


AT = click.option("--at", default="03:15", show_default=True, help="When to run each night (HH:MM, local time).")


def _schedule_env() -> dict[str, str]:
    """What the night job must see as this shell does (where the data is, which store)."""
    names = ("SECOND_NATURE_HOME", "SECOND_NATURE_CHROMA_URL", "SECOND_NATURE_MODEL", "XDG_DATA_HOME",
             "XDG_CONFIG_HOME", "CLAUDE_CONFIG_DIR", "CODEX_HOME")
    return {n: os.environ[n] for n in names if os.environ.get(n)}


def _apply_cron(line: str | None, dry_run: bool, done: str) -> None:
    """Put ``line`` in the crontab (None: take ours out), keeping every other line as it was."""
    from secondnature.sleep import schedule

    try:
        current = schedule.read_crontab()
        new = schedule.cron_with(current, line)
        if new == current:
            click.echo(f"crontab: already {'installed' if line else 'clean'}, nothing to change")
        elif dry_run:
            click.echo(f"# crontab would become:\n{new}", nl=False)
        else:
            schedule.write_crontab(new)
            click.echo(f"crontab: {done}")
    except schedule.ScheduleError as e:
        raise click.ClickException(str(e)) from None


@install.command("cron")
@AT
@DRY_RUN
def install_cron(at: str, dry_run: bool) -> None:
    """Run `second-nature sleep` every night from your crontab."""
    from secondnature.hooks.core.paths import ensure_private_dir, logs_dir
    from secondnature.sleep import schedule

    try:
        line = schedule.cron_line(executable(), os.path.join(logs_dir(), "sleep.log"), at, _schedule_env())
        if not dry_run:
            ensure_private_dir(logs_dir())  # a dry run creates nothing
    except schedule.ScheduleError as e:
        raise click.ClickException(str(e)) from None
    _apply_cron(line, dry_run, f"second-nature sleep runs every night at {at}")


@uninstall.command("cron")
@DRY_RUN
def uninstall_cron(dry_run: bool) -> None:
    """Remove the nightly line from your crontab (every other line is kept)."""
    _apply_cron(None, dry_run, "second-nature sleep removed")


@install.command("systemd")
@AT
@DRY_RUN
def install_systemd(at: str, dry_run: bool) -> None:
    """Run `second-nature sleep` every night from a systemd user timer."""
    from secondnature.sleep import schedule

    try:
        units = schedule.systemd_units(executable(), at, _schedule_env())
    except schedule.ScheduleError as e:
        raise click.ClickException(str(e)) from None
    directory = schedule.systemd_dir()
    changed = [n for n, text in units.items() if _read(os.path.join(directory, n)) != text]
    if dry_run:
        for name, text in units.items():
            click.echo(f"# {os.path.join(directory, name)}\n{text}")
        return
    if not changed:
        click.echo(f"systemd: already installed in {directory}, nothing to change")
        return
    os.makedirs(directory, exist_ok=True)
    for name in changed:
        with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
            f.write(units[name])
    enabled = schedule.systemctl("daemon-reload") is not None and \
        schedule.systemctl("enable", "--now", f"{schedule.UNIT}.timer") is not None
    click.echo(f"systemd: wrote {', '.join(changed)} to {directory}" + (
        "; timer enabled" if enabled else f"; enable it with: systemctl --user enable --now {schedule.UNIT}.timer"))


@uninstall.command("systemd")
@DRY_RUN
def uninstall_systemd(dry_run: bool) -> None:
    """Disable and remove the systemd user timer."""
    from secondnature.sleep import schedule

    paths = [os.path.join(schedule.systemd_dir(), f"{schedule.UNIT}.{k}") for k in ("timer", "service")]
    present = [p for p in paths if os.path.exists(p)]
    if not present:
        click.echo("systemd: already clean, nothing to change")
        return
    if dry_run:
        click.echo("would remove: " + ", ".join(present))
        return
    schedule.systemctl("disable", "--now", f"{schedule.UNIT}.timer")
    for path in present:
        os.remove(path)
    schedule.systemctl("daemon-reload")
    click.echo("systemd: removed " + ", ".join(os.path.basename(p) for p in present))


@install.command("launchd")
@AT
@DRY_RUN
def install_launchd(at: str, dry_run: bool) -> None:
    """Run `second-nature sleep` every night from a launchd user agent (macOS)."""
    from secondnature.hooks.core.paths import ensure_private_dir, logs_dir
    from secondnature.sleep import schedule

    path = schedule.launchd_path()
    try:
        plist = schedule.launchd_plist(executable(), at, _schedule_env(), os.path.join(logs_dir(), "sleep.log"))
    except schedule.ScheduleError as e:
        raise click.ClickException(str(e)) from None
    if dry_run:
        click.echo(f"# {path}\n{plist.decode()}", nl=False)
        return
    if _read(path) == plist.decode():
        click.echo(f"launchd: already installed in {path}, nothing to change")
        return
    ensure_private_dir(logs_dir())
    os.makedirs(os.path.dirname(path), exist_ok=True)
    domain = f"gui/{os.getuid()}"
    schedule.launchctl("bootout", domain, path)  # a previous version of ours, if loaded
    with open(path, "wb") as f:
        f.write(plist)
    loaded = schedule.launchctl("bootstrap", domain, path)
    click.echo(f"launchd: wrote {path}" + ("; loaded" if loaded else f"; load it with: launchctl bootstrap {domain} {path}"))


@uninstall.command("launchd")
@DRY_RUN
def uninstall_launchd(dry_run: bool) -> None:
    """Unload and remove the launchd user agent."""
    from secondnature.sleep import schedule

    path = schedule.launchd_path()
    if not os.path.exists(path):
        click.echo("launchd: already clean, nothing to change")
        return
    if dry_run:
        click.echo(f"would remove: {path}")
        return
    schedule.launchctl("bootout", f"gui/{os.getuid()}", path)
    os.remove(path)
    click.echo(f"launchd: removed {path}")


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return None
