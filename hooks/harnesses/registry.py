"""The harnesses second-nature captures, in one registry that every command and the night go through.

Adding a harness is adding its module, ``hooks/harnesses/<name with _>.py``, with the interface below, and its
name in ``NAMES``; the hook process finds the module by the same convention (it skips this module:
``typing`` alone would cost every tool call milliseconds).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any, Protocol, runtime_checkable

NAMES = ("claude-code", "codex", "gemini", "cursor")


@runtime_checkable
class Harness(Protocol):
    """What a harness module provides (module-level names)."""

    HARNESS: str  # its name in the registry, the hook command and the session log
    TITLE: str  # its name for people
    HOOK_EVENTS: dict[str, dict[str, object]]  # the events installed, with their matcher and timeout

    def handle_hook(self, payload: dict[str, object], home: Any = None) -> tuple[list[Any], str | None]:
        """One hook call's payload, for ``home`` (this process's when None) -> (events to record, what to print
        back to the harness or None)."""

    def parse_transcript(self, path: str) -> Any:
        """A transcript file -> a ``claude_code.Transcript`` (session id, events, skipped, problems)."""

    def transcript_roots(self) -> list[str]:
        """Where its transcripts are kept."""

    def is_transcript(self, path: str) -> bool: ...

    def settings_path(self, scope: str = "user", project_dir: str | None = None) -> str:
        """Its hook settings file, for the user or for the project (a git repository)."""

    def install(self, path: str, python: str) -> tuple[dict[str, object], dict[str, object]]:
        """(settings before, settings after) with our hooks installed, run by ``python``."""

    def uninstall(self, path: str) -> tuple[dict[str, object], dict[str, object]]: ...

    def is_ours(self, handler: dict[str, object]) -> bool: ...


def module_name(name: str) -> str:
    return "secondnature.hooks.harnesses." + name.replace("-", "_")


def get(name: str) -> ModuleType:
    if name not in NAMES:
        raise ValueError(f"unknown harness {name!r} (known: {', '.join(NAMES)})")
    return importlib.import_module(module_name(name))


def every() -> list[ModuleType]:
    return [get(name) for name in NAMES]


def for_transcript(path: str) -> ModuleType | None:
    """The harness whose transcript ``path`` is."""
    return next((module for module in every() if module.is_transcript(path)), None)
