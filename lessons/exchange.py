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

from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.schema import now_iso
from secondnature.lessons.judging import Judged, judge
from secondnature.lessons.model import Lesson
from secondnature.lessons.store import LessonStore

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
    was started before the store was opened)."""
    result = ImportResult()
    for chunk in judge(lessons) if judged is None else judged:
        _write_chunk(store, chunk, actor, result)
    return result


def _write_chunk(store: LessonStore, judged: Judged, actor: str, result: ImportResult) -> None:
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
        store.apply(writes, actor)
