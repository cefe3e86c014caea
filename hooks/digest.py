"""Reading a scope's compiled digest on the hot path: a file read, no Chroma, no tokenizer.

The night job (``second-nature lessons compile``) writes one JSON file per scope::

    {"scope": "...", "text": "<the block to inject>", "lesson_ids": ["3f2a9c1b", ...], ...}

Standard library only.
"""

from __future__ import annotations

import json
import os

from secondnature.hooks.keywords import bm25, terms
from secondnature.hooks.paths import digest_file, safe_name, state_dir, write_private
from secondnature.hooks.scope import GLOBAL

MAX_CONTEXT_CHARS = 10_000  # Claude Code's cap on additionalContext
PROMPT_HEADER = "Lessons from earlier sessions that may apply to this request (ids in brackets):"
MIN_PROMPT_MATCH = 0.3  # share of the prompt's keyword weight a lesson must match


class Digest:
    """``lesson_ids`` are the ids in the session-start block; ``raw`` also has the keyword index."""

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


def pick_for_prompt(digest: Digest, prompt: str, shown: set[str]) -> tuple[str, list[str]]:
    """Lessons of the digest's index relevant to ``prompt`` and not yet shown in this session,
    within the digest's prompt budget: (text to inject, their ids)."""
    index = digest.raw.get("index") or {}
    entries, idf = index.get("lessons") or [], index.get("idf") or {}
    query = terms(prompt)
    best = sum(idf.get(t, 0.0) for t in set(query))
    if not entries or not best:
        return "", []
    scored = []
    for entry in entries:
        lesson_id = str(entry.get("id", ""))
        if lesson_id in shown or not isinstance(entry.get("terms"), dict):
            continue
        score = bm25(query, entry["terms"], entry.get("len") or 1, index.get("avg_len") or 1.0, idf) / best
        if score >= MIN_PROMPT_MATCH:
            scored.append((score, lesson_id, entry))
    scored.sort(key=lambda item: -item[0])
    budget = int(digest.raw.get("prompt_budget") or 400)
    used, lines, ids = 20, [PROMPT_HEADER], []
    for _, lesson_id, entry in scored:
        cost = int(entry.get("tokens") or len(entry.get("line", "")) // 3)
        if used + cost > budget:
            continue
        lines.append(str(entry.get("line", "")))
        ids.append(lesson_id)
        used += cost
    return ("\n".join(lines)[:MAX_CONTEXT_CHARS], ids) if ids else ("", [])


def _shown_file(session_id: str) -> str:
    return os.path.join(state_dir(), "shown", safe_name(session_id) + ".json")


def shown_in_session(session_id: str) -> set[str]:
    """Ids of the lessons already injected into this session (by these hooks)."""
    try:
        with open(_shown_file(session_id), encoding="utf-8") as f:
            return set(json.load(f))
    except (OSError, ValueError, TypeError):
        return set()


def remember_shown(session_id: str, ids: list[str], reset: bool = False) -> None:
    shown = set() if reset else shown_in_session(session_id)
    write_private(_shown_file(session_id), json.dumps(sorted(shown | set(ids))).encode())
