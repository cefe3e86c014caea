"""Compiled digests: per scope, what the hot path injects without opening Chroma.

A digest holds the session-start block (already within the token budget) and a small keyword index
of the scope's active lessons with their rendered lines and token counts, from which the
UserPromptSubmit hook picks lessons relevant to a prompt using only the standard library.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np

from secondnature.hooks.core.digest import digest_contents, prompt_index_contents, remove_digest
from secondnature.hooks.core.keywords import idf_table, term_weights
from secondnature.hooks.core.paths import write_private_all
from secondnature.hooks.core.scope import GLOBAL, ancestors, within
from secondnature.lessons import cache
from secondnature.lessons.render import DEFAULT_BUDGET, HEADER, count_tokens, lesson_line
from secondnature.lessons.retrieve import Retriever, protected
from secondnature.lessons.snapshot import Snapshot, term_counts
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
                    prompt_budget: int = DEFAULT_PROMPT_BUDGET, held: Any = None) -> list[Compiled]:
    """Write the digest and retrieval cache of each scope and of the scopes below it, whose lessons include
    its own (default: every scope with active lessons, and global). ``held``: the night's plan, when what
    it holds is what the store holds now (its ``scopes``, ``active(scope)`` and ``vectors``): a scope whose
    cache cannot be patched from the write log and whose lessons are all there is compiled from it, without
    reading the store again."""
    if scopes:
        # the scopes below a changed one: every scope a write has touched (the revisions name them all), read
        # without the store's records; a store older than the revisions is asked instead
        known = set(cache.revisions(store.home).get("scopes", {})) or set(store.scopes(statuses=["active"]))
        targets = sorted(set(scopes) | {s for s in known if any(within(s, changed) for changed in scopes)})
    else:
        targets = sorted(set(store.scopes(statuses=["active"])) | {GLOBAL})
    retriever = Retriever(store)  # a scope's current cache serves it (writes keep them current); else the store, once
    from secondnature.lessons.runtime import exposure, settings

    holdout, control = exposure(settings(store.home))
    out = []
    revision = store.revision() if held is not None else 0  # read once: it is the same for every scope held
    written: dict[str, bytes] = {}  # each scope's digest and prompt index, made durable together at the end
    for scope in targets:
        stamp = cache.stamp(store.home, scope)  # before reading: a write meanwhile leaves the cache stale, not wrong
        cached = cache.load(store.home, scope) if retriever.use_cache else None  # current, or patched from the write log
        if cached is not None:
            retriever.hold(scope, cached)
        elif held is not None and set(ancestors(scope)) <= held.scopes:
            lessons = [x for above in ancestors(scope) for x in held.active(above)]
            snap = Snapshot(lessons, np.stack([held.vectors[x.id] for x in lessons]) if lessons
                            else np.zeros((0, 1), np.float32), revision)
            retriever.hold(scope, snap)
            retriever.write_cache(scope, snap, stamp)
        ranked = retriever.rank(scope)
        snap = retriever.snapshot(scope)
        if not ranked:
            retriever.release(scope)
            remove_digest(store.home, scope)
            continue
        block = retriever.block(scope, ranked[:200], budget)
        retriever.release(scope)  # held one scope at a time: what is left to do with it has its snapshot
        block.tokens = count_tokens(block.text)  # exact, whether the lines' counts came from the cache or not
        # the experiment's settings and a person's lessons (never withheld), so the stdlib hook decides as
        # the middleware does; the lines let it leave a withheld lesson out of the block
        settings = {"holdout": holdout, "control_sessions": control,
                    "protected": [s.lesson.id for s in ranked[:INDEX_LIMIT] if protected(s.lesson)]}
        by_id = {s.lesson.id: s.lesson for s in ranked}
        path, written[path] = digest_contents(store.home, scope, block.text, block.lesson_ids,
                                              [[i, lesson_line(by_id[i])] for i in block.lesson_ids], HEADER, budget,
                                              block.tokens, stamp, settings)
        lessons, table = _prompt_index(ranked[:INDEX_LIMIT], snap)
        index_path, written[index_path] = prompt_index_contents(store.home, scope, lessons, table, prompt_budget, settings)
        out.append(Compiled(scope, path, len(ranked), len(block.lesson_ids), block.tokens))
    write_private_all(written)
    cache.note_compiled(store.home, targets)
    return out


def _prompt_index(ranked, snap) -> tuple[list[list[object]], dict[str, list]]:
    """Lines and token counts of the lessons, and per term its idf and the lessons' BM25 weights."""
    counts = [term_counts(s.lesson.embed_text()) for s in ranked]
    lengths = [sum(c.values()) for c in counts]
    avg = sum(lengths) / len(lengths)
    idf = idf_table(Counter(t for c in counts for t in c), len(counts))
    table: dict[str, list] = {t: [round(w, 4), []] for t, w in idf.items()}
    for i, c in enumerate(counts):
        for term, weight in term_weights(c, lengths[i], avg, idf).items():
            table[term][1] += [i, round(weight, 4)]
    return [[s.lesson.id, lesson_line(s.lesson), snap.tokens(s.lesson)] for s in ranked], table
