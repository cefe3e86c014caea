"""The install functions of a harness whose settings file has Claude Code's shape (event -> matcher
groups -> handlers): Claude Code, Codex and Gemini CLI share them; Cursor's flat file has its own.

Standard library only and nothing imported until used: the adapters bind these at import, in the hook
process too, which never installs anything.
"""

from __future__ import annotations


class GroupedSettings:
    def __init__(self, harness: str, events: dict[str, dict[str, object]]):
        self.harness, self.events = harness, events

    def is_ours(self, handler: dict[str, object]) -> bool:
        from secondnature.hooks.harnesses import settings_file

        return settings_file.runs_hook(handler, self.harness)

    def install(self, path: str, python: str) -> tuple[dict[str, object], dict[str, object]]:
        """(before, after) settings for installing the harness's hooks into the file at ``path``."""
        from secondnature.hooks.harnesses import settings_file

        return settings_file.install(path, self.harness, self.events, python)

    def uninstall(self, path: str) -> tuple[dict[str, object], dict[str, object]]:
        from secondnature.hooks.harnesses import settings_file

        return settings_file.uninstall(path, self.harness)
