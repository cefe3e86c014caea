"""``lessons add|edit|pin|unpin|forget|review|revert``: a person's changes to the lessons, each recorded
in the lesson's history and revertible."""

from __future__ import annotations

import sys
from typing import Any

import click

from secondnature.commands.common import SCOPE
from secondnature.commands.lessons_common import JSON, emit, resolve, store
from secondnature.hooks.core.scope import scope_label
from secondnature.lessons.model import KINDS, Lesson, LessonError
from secondnature.lessons.store import LessonStore, NotFound


@click.command()
@click.argument("text")
@click.option("--scope", type=SCOPE, required=True, help="global, project:<path>, agent:<name>[/user:<id>], or a folder.")
@click.option("--title", default="", help="A short title (default: the text's first words).")
@click.option("--when", default="", help="When the lesson applies.")
@click.option("--kind", type=click.Choice(KINDS), default="procedure", show_default=True,
              help="pitfall: what fails; procedure: how to do it; preference: what the user wants; fact: how things are.")
@click.option("--pin", is_flag=True, help="Always inject it first; never pruned.")
@click.option("--approve", is_flag=True, help="Store it active even if the safety check would quarantine it.")
@JSON
def add(text, scope, title, when, kind, pin, approve, as_json) -> None:
    """Add a lesson written by a person."""
    from secondnature.lessons.safety import check

    lesson = Lesson(title=title, text=text, when=when, scope=scope, kind=kind, pinned=pin, origin="human")
    reasons = [] if approve else check(f"{title}. {text} {when}")
    if reasons:
        lesson.status = "quarantined"
    try:
        store().add(lesson, actor="human", reason="; ".join(reasons) if reasons else "added by hand")
    except LessonError as e:
        raise click.UsageError(str(e)) from None
    if as_json:
        emit(lesson.to_dict())
    elif reasons:
        click.echo(f"added {lesson.short_id} to quarantine ({'; '.join(reasons)}); "
                   f"approve it with `second-nature lessons review --approve {lesson.short_id}`")
    else:
        click.echo(f"added {lesson.short_id}")


@click.command()
@click.argument("lesson_id")
@click.option("--text", help="The new text.")
@click.option("--title", help="The new title.")
@click.option("--when", help="When it applies, newly said.")
@click.option("--kind", type=click.Choice(KINDS), help="The new kind.")
@click.option("--scope", type=SCOPE, help="Move it to this scope: global, project:<path>, agent:<name>, a folder.")
@click.option("--reason", default="edited by hand", show_default=True, help="Why, kept in the lesson's history.")
@JSON
def edit(lesson_id, text, title, when, kind, scope, reason, as_json) -> None:
    """Change a lesson's wording, kind or scope (a new version; revertible)."""
    s = store()
    lesson = resolve(s, lesson_id)
    changes = {"text": text, "title": title, "when": when, "kind": kind, "scope": scope}
    changes = {k: v for k, v in changes.items() if v is not None}
    if not changes:
        raise click.UsageError("nothing to change: give --text, --title, --when, --kind or --scope")
    if "text" in changes and "title" not in changes:
        changes["title"] = ""  # the old title described the old text: derive one from the new text
    for key, value in changes.items():
        setattr(lesson, key, value)
    try:
        s.save(lesson, action="edit", reason=reason)
    except LessonError as e:
        raise click.UsageError(str(e)) from None
    emit(lesson.to_dict()) if as_json else click.echo(f"{lesson.short_id} is now version {lesson.version}")


_DONE = {"pin": "pinned", "unpin": "unpinned", "forget": "archived", "restore": "active"}


def _set(lesson_id: str, action: str, as_json: bool, reason: str, **fields: Any) -> None:
    s = store()
    lesson = resolve(s, lesson_id)
    if all(getattr(lesson, k) == v for k, v in fields.items()):
        emit(lesson.to_dict()) if as_json else click.echo(f"{lesson.short_id} is already {_DONE[action]}")
        return
    for key, value in fields.items():
        setattr(lesson, key, value)
    s.save(lesson, action=action, reason=reason)
    emit(lesson.to_dict()) if as_json else click.echo(f"{action}: {lesson.short_id} {lesson.title}")


@click.command()
@click.argument("lesson_id")
@JSON
def pin(lesson_id, as_json) -> None:
    """Pin a lesson: injected first, never pruned."""
    _set(lesson_id, "pin", as_json, "pinned by hand", pinned=True)


@click.command()
@click.argument("lesson_id")
@JSON
def unpin(lesson_id, as_json) -> None:
    """Unpin a lesson."""
    _set(lesson_id, "unpin", as_json, "unpinned by hand", pinned=False)


@click.command()
@click.argument("lesson_id")
@click.option("--reason", default="forgotten by hand", show_default=True, help="Why, kept in the lesson's history.")
@JSON
def forget(lesson_id, reason, as_json) -> None:
    """Archive a lesson: no longer injected, kept for `restore`."""
    _set(lesson_id, "forget", as_json, reason, status="archived")


@click.command()
@click.argument("change_id")
@JSON
def revert(change_id, as_json) -> None:
    """Undo one change (see `lessons history`): exactly the fields it set go back, later changes to other
    fields stay; undoing a creation archives the lesson."""
    s = store()
    try:
        lesson = s.revert(change_id)
    except NotFound as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        emit({**lesson.to_dict(), "kept_later_changes": s.kept})
        return
    kept = f"; kept the later {', '.join(s.kept)}" if s.kept else ""
    click.echo(f"reverted {change_id}: {lesson.short_id} is now version {lesson.version} ({lesson.status}){kept}")


@click.command()
@click.option("--approve", "approve_ids", multiple=True, help="Approve this lesson for injection (repeatable).")
@click.option("--reject", "reject_ids", multiple=True, help="Reject (archive) this lesson (repeatable).")
@JSON
def review(approve_ids, reject_ids, as_json) -> None:
    """Review lessons waiting for a person: quarantined ones (could act as prompt injection) and candidates
    (learned, but with too little evidence yet to be injected). Approve or reject; on a terminal it asks
    one by one."""
    s = store()
    for lesson_id in approve_ids:
        _decide(s, resolve(s, lesson_id), approve=True)
    for lesson_id in reject_ids:
        _decide(s, resolve(s, lesson_id), approve=False)
    if approve_ids or reject_ids:
        return
    pending = s.list(statuses=list(WAITING))
    if as_json:
        emit([{**lesson.to_dict(), "why": _why(s, lesson)} for lesson in pending])
        return
    if not pending:
        click.echo("nothing to review")
        return
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    for lesson in pending:
        click.echo(click.style(f"\n[{lesson.short_id}] {lesson.title}", bold=True) + f"  ({scope_label(lesson.scope)})")
        click.echo(lesson.text + (f"\nWhen: {lesson.when}" if lesson.when else ""))
        click.echo(click.style(f"why {lesson.status}: {_why(s, lesson)}", fg="yellow"))
        if interactive:
            choice = click.prompt("[a]pprove, [r]eject, [s]kip", type=click.Choice(["a", "r", "s"]), default="s")
            if choice != "s":
                _decide(s, lesson, approve=choice == "a")
    if not interactive:
        click.echo("\napprove or reject with --approve ID / --reject ID")


WAITING = ("quarantined", "candidate")


def _why(s: LessonStore, lesson: Lesson) -> str:
    changes = [c for c in s.history(lesson.id) if c.after.get("status") in WAITING]
    return changes[-1].reason if changes else "unknown"


def _decide(s: LessonStore, lesson: Lesson, approve: bool) -> None:
    if lesson.status not in WAITING:
        raise click.ClickException(f"{lesson.short_id} is {lesson.status}, not waiting for review")
    lesson.status = "active" if approve else "archived"
    lesson.approved = approve  # a person's rule now: never withheld for the experiment
    s.save(lesson, action="approve" if approve else "reject", reason="reviewed by hand")
    click.echo(f"{'approved' if approve else 'rejected'} {lesson.short_id}")


@click.command()
@click.argument("lesson_id", required=False)
@click.option("--backup", "backup_name", help="Instead, put this backup of the whole store back (`latest` for the "
                                              "newest; see `lessons backup --list`).")
@JSON
def restore(lesson_id, backup_name, as_json) -> None:
    """Make an archived, superseded or absorbed lesson active again; or, with --backup, the whole store."""
    if backup_name:
        from secondnature.hooks.core.paths import current_home
        from secondnature.lessons.config import load_settings
        from secondnature.lessons.store import restore_backup, store_location

        home = current_home()
        path, url = store_location(home, load_settings(home.config))
        if url or not path:
            raise click.ClickException("backups are of the embedded store; a Chroma server keeps its own")
        chosen = restore_backup(home, path, backup_name)
        from secondnature.lessons.compile import compile_digests

        compile_digests(store())
        click.echo(f"restored the lesson store from {chosen}; the store it replaced is kept as a backup too")
        return
    if not lesson_id:
        raise click.UsageError("name a LESSON_ID to restore, or --backup NAME for the whole store")
    _set(lesson_id, "restore", as_json, "restored by hand", status="active", superseded_by=None)
