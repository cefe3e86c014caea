"""The ``second-nature`` executable.

``second-nature hook <harness>`` runs on every tool call of a coding agent, so it is dispatched
here before click (or anything else heavy) is imported; every other command goes to the click CLI.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    os.umask(0o077)  # our own process: everything it creates (Chroma's files too) is the user's alone
    argv = sys.argv[1:]
    if len(argv) >= 2 and argv[0] == "hook" and not argv[1].startswith("-"):
        from secondnature.hooks.runner import run_hook

        sys.exit(run_hook(argv[1:]))
    night = " The next `second-nature sleep` finishes this night (exactly once)." if argv[:1] == ["sleep"] else ""

    def interrupted(signum: int, frame: object) -> None:
        """Ctrl-C at any moment, even inside an import (where a KeyboardInterrupt would escape as "Exception
        ignored"): one line, then out. Every write is crash-safe (a night killed at any point is finished by the
        next run), so leaving at once loses nothing."""
        os.write(2, f"\nInterrupted.{night}\n".encode())
        os._exit(130)

    import signal

    signal.signal(signal.SIGINT, interrupted)  # `watch` installs its own, to stop between steps
    try:
        _run_cli()
    except KeyboardInterrupt:  # raised by click's prompts and progress bars
        sys.stderr.write(f"Interrupted.{night}\n")
        sys.exit(130)
    except Exception as e:  # noqa: BLE001 - see _handle
        _handle(e)


def _run_cli() -> None:
    import click

    from secondnature.cli import cli

    try:
        cli.main(prog_name="second-nature", standalone_mode=False)
    except click.exceptions.Abort:
        raise KeyboardInterrupt from None
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)


def _handle(e: Exception) -> None:
    """Whatever a command raised, as one line (the traceback of a bug goes to the log)."""
    from secondnature.hooks.core.errors import SecondNatureError

    if isinstance(e, SecondNatureError):  # a mistake a person can fix: its message says how
        _fail(str(e))
    if isinstance(e, FileNotFoundError):  # a path given that leads nowhere (export -o missing/x.json)
        _fail(f"{e.filename or e}: no such file or folder; check the path (a folder must exist first)")
    if isinstance(e, OSError):  # a full disk, a read-only or foreign data dir
        _fail(f"{e.strerror or e}{f': {e.filename}' if e.filename else ''}; free space or fix the permissions, "
              "then run it again")
    down = service_down(e)
    if down:
        _fail(down)
    import traceback

    from secondnature.hooks.core.log import log, log_file

    log("cli", "".join(traceback.format_exception(e)))
    _fail(f"{type(e).__name__}: {e} (the traceback is in {log_file()})")


def service_down(error: BaseException) -> str:
    """One line naming the fleet service that stopped answering mid-command (the Chroma server, the events
    database), or '' when ``error`` is not of that kind; told by module, so nothing is imported for it."""
    module, name = type(error).__module__ or "", type(error).__name__
    first = (str(error).strip().splitlines() or [""])[0][:160]
    if module.startswith(("httpx", "httpcore", "chromadb")) and (
            "Connect" in name or "Protocol" in name or "Timeout" in name or "Network" in name):
        url = os.environ.get("SECOND_NATURE_CHROMA_URL") or "the configured URL"
        return (f"the Chroma server at {url} stopped answering ({first or name}); start it, or check "
                "SECOND_NATURE_CHROMA_URL / [lessons] chroma_url, then run it again")
    if module.startswith("psycopg") and name in ("OperationalError", "InterfaceError", "ConnectionTimeout"):
        return (f"the events database stopped answering ({first or name}); is it running, and is "
                "SECOND_NATURE_EVENTS_URL right? Run it again once it is up")
    return ""


def _fail(message: str) -> None:
    sys.stderr.write(f"Error: {message}\n")
    sys.exit(1)


if __name__ == "__main__":
    main()
