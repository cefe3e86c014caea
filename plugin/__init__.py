"""second-nature: continual learning for deployed agents.

Kept import-light on purpose: hook processes import ``secondnature.hooks`` on every tool call,
which imports this package first. The public API loads what it needs on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"

from secondnature.hooks.core.errors import SecondNatureError  # every error of ours: catch this one class

__all__ = ["SecondNatureError", "__version__", "local_chat_model", "record_outcome"]


def record_outcome(session_id: str, reward: float | None = None, feedback: str | None = None, **kwargs) -> None:
    """Report how a session went (a reward in [-1, 1] and/or free-text feedback; ``success=``, ``home=``)."""
    from secondnature.outcome import record_outcome as _record

    _record(session_id, reward=reward, feedback=feedback, **kwargs)


def local_chat_model(scope: str | None = None, adapter: str | None = None, base: str | None = None, **kwargs):
    """A LangChain chat model of a local base model plus the scope's distilled adapter (extra ``distill``)."""
    from secondnature.sleep.distill.local_model import local_chat_model as _local

    return _local(scope=scope, adapter=adapter, base=base, **kwargs)
