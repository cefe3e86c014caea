"""The optional ``config.toml`` (under ``SECOND_NATURE_HOME``, else the XDG config dir).

Read by the CLI and the night job, never by hook processes. A malformed file is a clear error
naming the file; a missing one means defaults.
"""

from __future__ import annotations

import sys
from typing import Any

from secondnature.hooks.paths import config_file

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class ConfigError(Exception):
    pass


def load_config(path: str | None = None) -> dict[str, Any]:
    path = path or config_file()
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path} is not valid TOML ({e}); fix or remove it") from None
