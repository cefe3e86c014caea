"""What several commands share: the scope parameter, tables, progress bars."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from secondnature.hooks.core.scope import parse_scope


class ScopeType(click.ParamType):
    """``--scope``: global, project:<path>, agent:<name>[/user:<id>], or a folder (``.`` for here)."""

    name = "scope"

    def convert(self, value: Any, param: Any, ctx: Any) -> str:
        try:
            return parse_scope(value)
        except ValueError as e:
            self.fail(str(e), param, ctx)


SCOPE = ScopeType()


def table(rows: list[tuple[str, ...]]) -> None:
    """Left-aligned columns, the first row (the header) in bold."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for i, row in enumerate(rows):
        line = "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        click.echo(click.style(line, bold=True) if i == 0 else line)


def progress_bar(label: str, quiet: bool = False) -> Callable[[int], Any] | None:
    """A factory of progress bars on stderr, or None when it is not a terminal (or ``quiet``)."""
    if quiet or not sys.stderr.isatty():
        return None
    return lambda total: click.progressbar(length=total, label=label, file=sys.stderr)
