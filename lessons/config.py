"""The optional ``config.toml`` (under ``SECOND_NATURE_HOME``, else the XDG config dir), checked and typed.

Read by the CLI, the middleware and the night job, never by hook processes. A malformed file, an unknown
setting (a typo such as ``stale_dayz`` would otherwise be ignored in silence) or a value of the wrong type
is a one-line error naming the file and the setting; a missing file means defaults (and pydantic, which the
settings' schema in ``config_schema`` needs, is then never imported: a cold command saves ~0.1 s). What
the settings are, with their defaults, is ``hooks.core.settings``.
"""

from __future__ import annotations

import tomllib

from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.paths import config_file
from secondnature.hooks.core.settings import Settings, read_file


class ConfigError(SecondNatureError):
    pass


def load_settings(path: str | None = None) -> Settings:
    path = path or config_file()
    try:
        data = read_file(path)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path} is not valid TOML ({e}); fix or remove it") from None
    except OSError as e:
        raise ConfigError(f"{path} cannot be read ({e.strerror}); fix its permissions") from None
    if data:
        from secondnature.lessons.config_schema import validated

        data, problem = validated(path, data)
        if problem:
            raise ConfigError(problem)
    try:
        return Settings.from_dict(data)
    except ValueError as e:  # an environment override that is not a number
        raise ConfigError(f"an environment override cannot be read ({e}); fix or unset it") from None
