"""The optional ``config.toml`` (under ``SECOND_NATURE_HOME``, else the XDG config dir).

Read by the CLI and the night job, never by hook processes. A malformed file, an unknown setting (a
typo such as ``stale_dayz`` would otherwise be ignored in silence) or a value of the wrong type is a
one-line error naming the file and the setting; a missing file means defaults (and pydantic, which the
settings' schema in ``config_schema`` needs, is then never imported: a cold command saves ~0.1 s).
"""

from __future__ import annotations

import sys
from typing import Any

from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.paths import config_file

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class ConfigError(SecondNatureError):
    pass


def load_config(path: str | None = None) -> dict[str, Any]:
    path = path or config_file()
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path} is not valid TOML ({e}); fix or remove it") from None
    except OSError as e:
        raise ConfigError(f"{path} cannot be read ({e.strerror}); fix its permissions") from None
    from secondnature.lessons.config_schema import problem

    found = problem(path, data)
    if found:
        raise ConfigError(found)
    return data
