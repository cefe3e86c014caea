"""Export and import of lessons, as JSON (exact) or Markdown (readable, and still exact).

Import is idempotent: a lesson already present with the same content is left alone, one with the
same id but different content becomes a new version (recorded as an ``import`` change), and a new
one is added. Imported lessons pass the safety check like any other and may land in quarantine.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.schema import now_iso
from secondnature.hooks.core.scope import ancestors
from secondnature.lessons.judging import Judged, judge
from secondnature.lessons.model import Lesson
from secondnature.lessons.store import LessonStore, writing

FORMAT = "second-nature-lessons"
_MD_META = re.compile(r"^<!-- second-nature: (\{.*\}) -->$")
_CONTENT = ("title", "text", "when", "scope", "kind", "status", "source", "evidence", "helpful", "harmful",
            "utility", "pinned", "superseded_by", "confidence", "avoid", "prefer")


class ImportFormatError(SecondNatureError, ValueError):
    pass


def export_json(lessons: list[Lesson]) -> str:
    return json.dumps({"format": FORMAT, "version": 1, "exported_at": now_iso(),
                       "lessons": [lesson.to_dict() for lesson in lessons]}, indent=2, ensure_ascii=False) + "\n"


def export_markdown(lessons: list[Lesson]) -> str:
    out = [f"# Lessons (second-nature export, {now_iso()[:10]})", ""]
    for lesson in lessons:
        meta = {k: v for k, v in lesson.to_dict().items() if k not in ("title", "text", "when")}
        out += [f"## {lesson.title}", f"<!-- second-nature: {json.dumps(meta, ensure_ascii=False)} -->", "",
                lesson.text, ""]
        if lesson.when:
            out += [f"*When:* {lesson.when}", ""]
    return "\n".join(out)


def parse(text: str, scope: str | None = None) -> list[Lesson]:
    """Lessons from an export in either format; ``scope`` for sections written by hand, which carry none."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            data = json.loads(text)
        except ValueError as e:
            raise ImportFormatError(f"not valid JSON: {e}") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ImportFormatError(f"not a second-nature export (expected \"format\": \"{FORMAT}\")")
        return [Lesson.from_dict(item) for item in data.get("lessons") or []]
    return _parse_markdown(text, scope)


def _parse_markdown(text: str, scope: str | None = None) -> list[Lesson]:
    lessons: list[Lesson] = []
    current: dict[str, Any] | None = None
    body: list[str] = []

    def finish() -> None:
        if current is None:
            return
        when = ""
        lines = [line for line in body]
        while lines and not lines[-1].strip():
            lines.pop()
        if lines and lines[-1].startswith("*When:* "):
            when = lines.pop()[len("*When:* "):].strip()
        current["text"] = "\n".join(lines).strip()
        current["when"] = when
        if "scope" not in current:  # written by hand: no metadata comment
            if not scope:
                raise ImportFormatError(f"'## {current['title']}' says no scope: give --scope (global, "
                                        "project:<path>, agent:<name>, or a folder)")
            current.update(scope=scope, source="human", origin="human")
        lessons.append(Lesson.from_dict(current))

    for line in text.splitlines():
        if line.startswith("## "):
            finish()
            current, body = {"title": line[3:].strip()}, []
        elif current is not None and _MD_META.match(line.strip()) and "text" not in current and not body:
            current.update(json.loads(_MD_META.match(line.strip()).group(1)))
        elif current is not None:
            body.append(line)
    finish()
    if not lessons:
        raise ImportFormatError("no lessons found (expected JSON from `lessons export` or '## title' sections)")
    return lessons


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    quarantined: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def import_lessons(store: LessonStore, lessons: list[Lesson], actor: str = "import",
                   judged: Iterator[Judged] | None = None) -> ImportResult:
    """Write ``lessons`` a chunk at a time as they are judged (``judging.judge``; pass its iterator when judging
    was started before the store was opened), then compile the digests of the scopes written."""
    from secondnature.lessons.compile import compile_digests

    result = ImportResult()
    with writing(store.home):  # one writer throughout: into an empty store, what it wrote is then all there is
        wrote = _Wrote() if store.count() == 0 else None
        for chunk in judge(lessons) if judged is None else judged:
            _write_chunk(store, chunk, actor, result, wrote)
        if store.touched:
            compile_digests(store, sorted(store.touched), held=wrote)
            store.touched.clear()
    return result


class _Wrote:
    """What an import into an empty store wrote, which is everything the store holds: the digests are compiled
    from it (``compile_digests``'s ``held``) instead of reading 10,000 lessons back from Chroma (a second)."""

    def __init__(self) -> None:
        self.lessons: dict[str, Lesson] = {}
        self.vectors: dict[str, np.ndarray] = {}
        self.scopes: set[str] = set()  # every scope a written lesson sits in or below: all of each is here
        self._by_scope: dict[str, list[Lesson]] | None = None

    def __call__(self, lessons: list[Lesson], vectors: np.ndarray) -> None:
        for n, lesson in enumerate(lessons):
            self.lessons[lesson.id] = lesson
            self.vectors[lesson.id] = vectors[n]
            self.scopes.update(ancestors(lesson.scope))
        self._by_scope = None

    def active(self, scope: str) -> list[Lesson]:
        if self._by_scope is None:
            self._by_scope = {}
            for lesson in self.lessons.values():
                if lesson.status == "active":
                    self._by_scope.setdefault(lesson.scope, []).append(lesson)
        return self._by_scope.get(scope, [])


def _write_chunk(store: LessonStore, judged: Judged, actor: str, result: ImportResult, wrote: _Wrote | None) -> None:
    existing = {lesson.id: lesson for lesson in store.get_many([lesson.id for lesson, error, _ in judged if not error])}
    writes = []
    for lesson, error, reasons in judged:
        if error:
            result.errors.append(error)
            continue
        before = existing.get(lesson.id)
        reason = "imported"
        if reasons and lesson.status == "active":  # judged before comparing: importing it again changes nothing
            lesson.status = "quarantined"
            reason = "quarantined on import: " + "; ".join(reasons)
        if before is not None and all(getattr(before, k) == getattr(lesson, k) for k in _CONTENT):
            result.unchanged.append(lesson.id)
            continue
        if reason != "imported":
            result.quarantined.append(lesson.id)
        lesson.version = (before.version + 1) if before else 1
        writes.append((lesson, before, "import", reason))
        (result.updated if before else result.added).append(lesson.id)
    if writes:
        store.apply(writes, actor, wrote=wrote)
