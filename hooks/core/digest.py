"""A scope's compiled digest: its file format, written by ``lessons.compile`` (the night, ``lessons compile``)
and read here on the hot path (file reads, no Chroma, no tokenizer). Two JSON files per scope: the digest,
small, read at session start::

    {"scope": "...", "text": "<the block to inject>", "lesson_ids": ["3f2a9c1b...", ...], ...}

and the prompt index, read by UserPromptSubmit: each lesson's rendered line and token count, and
per keyword its idf and the lessons' precomputed BM25 weights, so picking is a few sums. It is lines, so
that a prompt's hook parses only the lines of its own words and of the lessons it picks (a 500-lesson
index is ~170 KB: parsed whole, 2 ms of a hook process)::

    {"v": 2, "prompt_budget": 400, "lessons": N, "exposure": {...}}
    [id, line, tokens]                      (N lines, lesson i on line i + 1)
    term<TAB>[idf, [i, w, i, w, ...]]       (one line per term)

Standard library only.
"""

from __future__ import annotations

import os

from secondnature.hooks.core import jsoncodec
from secondnature.hooks.core.paths import (
    Home,
    digest_file,
    overwrite_private,
    prompt_index_file,
    safe_name,
)
from secondnature.hooks.core.schema import now_iso
from secondnature.hooks.core.scope import GLOBAL

MAX_CONTEXT_CHARS = 10_000  # Claude Code's cap on additionalContext
PROMPT_HEADER = "Lessons from earlier sessions that may apply to this request (ids in brackets):"
MIN_PROMPT_MATCH = 0.3  # share of the prompt's keyword weight a lesson must match


FORMAT_VERSION = 1
INDEX_VERSION = 2


def digest_contents(home: Home, scope: str, text: str, lesson_ids: list[str], lines: list[list[str]], header: str,
                    budget: int, tokens: int, stamp: object, exposure: dict[str, object]) -> tuple[str, bytes]:
    """A scope's session-start digest (its path and bytes, written with the night's other files): the block to inject
    and its lessons, each line beside its id (the hook leaves a withheld lesson's line out), the experiment's
    settings, and the cache stamp doctor compares."""
    return digest_file(home, scope), jsoncodec.dumps({
        "v": FORMAT_VERSION, "scope": scope, "compiled_at": now_iso(), "budget": budget, "tokens": tokens,
        "text": text, "lesson_ids": lesson_ids, "stamp": stamp, "header": header, "lines": lines,
        "exposure": exposure}).encode()


def prompt_index_contents(home: Home, scope: str, lessons: list[list[object]], table: dict[str, list],
                          prompt_budget: int, exposure: dict[str, object]) -> tuple[str, bytes]:
    """A scope's prompt index (its path and bytes): ``[id, line, tokens]`` per lesson, and per term its idf and the
    lessons' BM25 weights (``pick_for_prompt`` sums them)."""
    head = jsoncodec.dumps({"v": INDEX_VERSION, "prompt_budget": prompt_budget, "lessons": len(lessons),
                            "exposure": exposure})
    lines = [head, *(jsoncodec.dumps(x) for x in lessons), *(f"{t}\t{jsoncodec.dumps(v)}" for t, v in sorted(table.items()))]
    return prompt_index_file(home, scope), ("\n".join(lines) + "\n").encode()


def remove_digest(home: Home, scope: str) -> None:
    """A scope with nothing active any more: nothing stale may be injected."""
    for path in (digest_file(home, scope), prompt_index_file(home, scope)):
        if os.path.exists(path):
            os.remove(path)


def digest_paths(home: Home) -> list[str]:
    try:
        return sorted(os.path.join(home.digests, n) for n in os.listdir(home.digests)
                      if n.endswith(".json") and not n.endswith(".index.json"))
    except FileNotFoundError:
        return []


class Digest:
    """``lesson_ids`` are the ids in the session-start block."""

    __slots__ = ("scope", "text", "lesson_ids", "raw")

    def __init__(self, scope: str, text: str, lesson_ids: list[str], raw: dict[str, object]):
        self.scope, self.text, self.lesson_ids, self.raw = scope, text, lesson_ids, raw


def load_digest(home: Home, scope: str) -> Digest | None:
    """The digest of ``scope``, falling back to the global one; None when nothing was compiled."""
    for candidate in (scope, GLOBAL):
        try:
            with open(digest_file(home, candidate), encoding="utf-8") as f:
                raw = jsoncodec.loads(f.read())
        except (OSError, ValueError):
            continue
        if isinstance(raw, dict) and isinstance(raw.get("text"), str) and raw["text"].strip():
            ids = [str(i) for i in raw.get("lesson_ids") or [] if isinstance(i, (str, int))]
            return Digest(scope=candidate, text=raw["text"][:MAX_CONTEXT_CHARS], lesson_ids=ids, raw=raw)
    return None


def indexed_scope(home: Home, scope: str) -> str | None:
    """The scope whose prompt index a prompt in ``scope`` picks from: its own, else the global one (as
    ``load_digest`` falls back), found without parsing a digest a prompt does not need."""
    for candidate in (scope, GLOBAL):
        if os.path.exists(prompt_index_file(home, candidate)):
            return candidate
    return None


def pick_for_prompt(home: Home, scope: str, prompt: str, shown: set[str],
                    session_id: str = "") -> tuple[str, list[str], list[str], bool]:
    """Lessons of the scope's prompt index relevant to ``prompt`` and not yet shown in this session,
    within the index's prompt budget: (text to inject, their ids, the ids withheld from this session,
    whether it is a control session)."""
    try:
        with open(prompt_index_file(home, scope), encoding="utf-8") as f:
            text = f.read()
        head_end = text.find("\n")
        index = jsoncodec.loads(text[:head_end])
        if index.get("v") != INDEX_VERSION:
            return "", [], [], False  # an index of another version: the next compile rewrites it
        from secondnature.hooks.core.keywords import terms  # here: the session-start hook never needs it

        *lesson_lines, postings = text[head_end + 1:].split("\n", int(index["lessons"]))  # the terms' lines follow
        postings = "\n" + postings
        table = {}
        for term in set(terms(prompt)):  # only the lines of the prompt's own words are parsed
            at = postings.find(f"\n{term}\t")
            if at >= 0:
                end = postings.find("\n", at + 1)
                table[term] = jsoncodec.loads(postings[at + len(term) + 2: end if end >= 0 else len(postings)])
    except (OSError, ValueError, KeyError, TypeError):
        return "", [], [], False
    best = sum(idf for idf, _ in table.values())
    if not best:
        return "", [], [], False
    score: dict[int, float] = {}
    for _, postings in table.values():
        for k in range(0, len(postings), 2):
            score[postings[k]] = score.get(postings[k], 0.0) + postings[k + 1]
    picked = sorted((i for i, s in score.items() if s / best >= MIN_PROMPT_MATCH), key=lambda i: -score[i])
    budget = int(index.get("prompt_budget") or 400)
    used, picked_lines = 20, {}
    for i in picked:
        try:
            lesson_id, line, cost = jsoncodec.loads(lesson_lines[i])
        except (IndexError, ValueError, TypeError):
            continue
        if lesson_id in shown or used + cost > budget:
            continue
        picked_lines[lesson_id] = line
        used += cost
    ids, held, control = expose(home, session_id, list(picked_lines), index)
    if not ids:
        return "", [], held, control
    return "\n".join([PROMPT_HEADER] + [picked_lines[i] for i in ids])[:MAX_CONTEXT_CHARS], ids, held, control


def expose(home: Home, session_id: str, ids: list[str], compiled: dict[str, object]) -> tuple[list[str], list[str], bool]:
    """(shown, withheld, control session) of the lessons a digest or index would inject, by the settings
    compiled into it."""
    settings = compiled.get("exposure")
    if not session_id or not isinstance(settings, dict):
        return ids, [], False
    from secondnature.hooks.core.exposure import split

    return split(home, session_id, ids, set(settings.get("protected") or []), float(settings.get("holdout") or 0),
                 float(settings.get("control_sessions") or 0))


def session_text(home: Home, digest: Digest, session_id: str) -> tuple[str, list[str], list[str], bool]:
    """The session-start block for this session: (text, lesson ids shown, lesson ids withheld, whether it is
    a control session)."""
    ids, held, control = expose(home, session_id, digest.lesson_ids, digest.raw)
    if not held:
        return digest.text, ids, [], control
    lines = {str(i): str(line) for i, line in digest.raw.get("lines") or []}
    text = "\n".join([str(digest.raw.get("header") or "")] + [lines[i] for i in ids if i in lines]) if ids else ""
    return text[:MAX_CONTEXT_CHARS], ids, held, control


def _shown_file(home: Home, session_id: str) -> str:
    return os.path.join(shown_dir(home), safe_name(session_id) + ".json")


def shown_dir(home: Home) -> str:
    """Which lessons each session was shown (``prune_shown`` forgets quiet sessions; a session's start calls it)."""
    return os.path.join(home.state, "shown")


SHOWN_DAYS = 14  # a session quiet this long will not ask which lessons it was shown


def prune_shown(home: Home, now: float | None = None) -> int:
    """Forget which lessons sessions long quiet were shown: one file per session would grow forever."""
    import time

    now = time.time() if now is None else now
    removed = 0
    shown = shown_dir(home)
    for entry in os.scandir(shown) if os.path.isdir(shown) else []:
        if entry.is_file() and now - entry.stat().st_mtime > SHOWN_DAYS * 86400:
            os.remove(entry.path)
            removed += 1
    return removed


def shown_in_session(home: Home, session_id: str) -> set[str]:
    """Ids of the lessons already injected into this session (by these hooks)."""
    try:
        with open(_shown_file(home, session_id), encoding="utf-8") as f:
            return set(jsoncodec.loads(f.read()))
    except (OSError, ValueError, TypeError):
        return set()


def remember_shown(home: Home, session_id: str, ids: list[str], reset: bool = False) -> None:
    """``reset``: a context starts afresh (a new, resumed or compacted session), which is also when the
    files of sessions long quiet are forgotten."""
    if reset:
        prune_shown(home)
    shown = set() if reset else shown_in_session(home, session_id)
    # overwritten in place: losing it only means a lesson is shown once more
    overwrite_private(_shown_file(home, session_id), jsoncodec.dumps(sorted(shown | set(ids))).encode())
