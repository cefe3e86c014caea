"""The lesson store's errors, apart from the store so that each backend can raise them."""

from __future__ import annotations

from secondnature.hooks.core.errors import SecondNatureError


class StoreError(SecondNatureError, RuntimeError):
    """The store cannot be opened or used as asked; the message names the fix."""


class NotFound(SecondNatureError, LookupError):
    pass


class Conflict(StoreError):
    """A change planned on a version of a lesson that has changed since."""
