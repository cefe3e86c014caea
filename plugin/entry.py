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
    from secondnature.cli import cli

    cli(prog_name="second-nature")


if __name__ == "__main__":
    main()
