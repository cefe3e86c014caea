"""Compiled digests: per scope, what the hot path injects without opening Chroma.

A digest holds the session-start block (already within the token budget) and a small keyword index
of the scope's active lessons with their rendered lines and token counts, from which the
UserPromptSubmit hook picks lessons relevant to a prompt using only the standard library.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass

from secondnature.hooks.keywords import idf_table, terms
from secondnature.hooks.paths import digest_file, digests_dir, write_private
from secondnature.hooks.schema import now_iso
from secondnature.hooks.scope import GLOBAL
from secondnature.lessons.render import DEFAULT_BUDGET, lesson_line
from secondnature.lessons.retrieve import Retriever
from secondnature.lessons.store import LessonStore

INDEX_LIMIT = 500  # lessons per scope the prompt hook can pick from
DEFAULT_PROMPT_BUDGET = 400


@dataclass
class Compiled:
    scope: str
    path: str
    lessons: int
    injected: int
    tokens: int


def compile_digests(store: LessonStore, scopes: list[str] | None = None, budget: int = DEFAULT_BUDGET,
                    prompt_budget: int = DEFAULT_PROMPT_BUDGET) -> list[Compiled]:
    """Write the digest of each scope (default: every scope with active lessons, and global)."""
    active = store.scopes(statuses=["active"])
    targets = scopes or sorted(set(active) | {GLOBAL})
    retriever = Retriever(store, refresh_seconds=0)
    out = []
    for scope in targets:
        path = digest_file(scope)
        ranked = retriever.rank(scope)
        if not ranked:
            if os.path.exists(path):
                os.remove(path)  # nothing active any more: inject nothing rather than stale lessons
            continue
        snap = retriever.snapshot(scope)
        block = retriever.select(scope, budget=budget)
        index = []
        for scored in ranked[:INDEX_LIMIT]:
            lesson = scored.lesson
            counts = Counter(terms(lesson.embed_text()))
            index.append({"id": lesson.id, "line": lesson_line(lesson), "tokens": snap.tokens(lesson),
                          "terms": dict(counts), "len": sum(counts.values()), "pinned": lesson.pinned})
        doc_freq: Counter[str] = Counter(t for entry in index for t in entry["terms"])
        digest = {"v": 1, "scope": scope, "compiled_at": now_iso(), "budget": budget, "tokens": block.tokens,
                  "text": block.text, "lesson_ids": block.lesson_ids, "prompt_budget": prompt_budget,
                  "index": {"avg_len": sum(e["len"] for e in index) / len(index),
                            "idf": idf_table(doc_freq, len(index)), "lessons": index}}
        write_private(path, json.dumps(digest, ensure_ascii=False).encode())
        out.append(Compiled(scope, path, len(ranked), len(block.lesson_ids), block.tokens))
    return out


def digest_paths() -> list[str]:
    try:
        return sorted(os.path.join(digests_dir(), n) for n in os.listdir(digests_dir()) if n.endswith(".json"))
    except FileNotFoundError:
        return []
