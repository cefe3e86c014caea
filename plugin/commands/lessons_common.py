"""What every ``lessons`` command shares: opening the store (the stores a command opened get fresh digests
for the scopes it touched), resolving an id prefix, printing JSON and rows."""

from __future__ import annotations

import json
from typing import Any

import click

from secondnature.hooks.core.scope import scope_label
from secondnature.lessons.model import Lesson
from secondnature.lessons.store import LessonStore, NotFound, StoreError, open_store

JSON = click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")


opened_stores: list[LessonStore] = []  # this command's stores: their touched scopes get fresh digests


def store() -> LessonStore:
    from secondnature.lessons.config import ConfigError

    try:
        opened = open_store()
    except (StoreError, ConfigError) as e:
        raise click.ClickException(str(e)) from None
    opened_stores.append(opened)
    return opened


def resolve(s: LessonStore, lesson_id: str) -> Lesson:
    try:
        return s.resolve(lesson_id)
    except NotFound as e:
        raise click.ClickException(str(e)) from None


def emit(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def lesson_rows(lessons: list[Lesson]) -> list[tuple[str, ...]]:
    rows = [("ID", "STATUS", "KIND", "SCOPE", "UTIL", "SEEN", "PIN", "TITLE")]
    for lesson in lessons:
        rows.append((lesson.short_id, lesson.status, lesson.kind, scope_label(lesson.scope)[:24],
                     f"{lesson.utility:+.2f}", str(lesson.sessions_seen), "*" if lesson.pinned else "",
                     lesson.title[:60]))
    return rows
