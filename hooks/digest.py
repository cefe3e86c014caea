"""Reading a scope's compiled digest on the hot path: a file read, no Chroma, no tokenizer.

The night job (``second-nature lessons compile``) writes one JSON file per scope::

    {"scope": "...", "text": "<the block to inject>", "lesson_ids": ["3f2a9c1b", ...], ...}

Standard library only.
"""

from __future__ import annotations

import json

from secondnature.hooks.paths import digest_file
from secondnature.hooks.scope import GLOBAL

MAX_CONTEXT_CHARS = 10_000  # Claude Code's cap on additionalContext


class Digest:
    __slots__ = ("scope", "text", "lesson_ids", "raw")

    def __init__(self, scope: str, text: str, lesson_ids: list[str], raw: dict[str, object]):
        self.scope, self.text, self.lesson_ids, self.raw = scope, text, lesson_ids, raw


def load_digest(scope: str) -> Digest | None:
    """The digest of ``scope``, falling back to the global one; None when nothing was compiled."""
    for candidate in (scope, GLOBAL):
        try:
            with open(digest_file(candidate), encoding="utf-8") as f:
                raw = json.load(f)
        except (OSError, ValueError):
            continue
        if isinstance(raw, dict) and isinstance(raw.get("text"), str) and raw["text"].strip():
            ids = [str(i) for i in raw.get("lesson_ids") or [] if isinstance(i, (str, int))]
            return Digest(scope=candidate, text=raw["text"][:MAX_CONTEXT_CHARS], lesson_ids=ids, raw=raw)
    return None
