"""``second-nature lessons ...``: inspect and curate what was learned (reading here; a person's changes in
``lessons_curate``, the store as a whole in ``lessons_admin``).

Every command takes ``--json``; ids may be given by a unique prefix (4+ characters). A mistake the
user can make (unknown id, bad scope, a store that cannot be opened) is one line naming the fix,
a non-zero exit, and nothing changed. Every change is recorded and can be reverted.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import click

from secondnature.commands.common import SCOPE, table
from secondnature.commands.lessons_common import JSON, emit, lesson_rows, opened_stores, resolve, store
from secondnature.hooks.core.paths import current_home
from secondnature.hooks.core.scope import GLOBAL, scope_label, within
from secondnature.lessons.model import KINDS, STATUSES, Lesson
from secondnature.lessons.store import NotFound, StoreError


class _LessonsGroup(click.Group):
    """Store errors a person can cause (a conflict, a missing lesson) end in one line, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (StoreError, NotFound) as e:
            raise click.ClickException(str(e)) from None
        finally:
            opened_stores.clear()


@click.group(cls=_LessonsGroup)
def lessons() -> None:
    """Inspect, search and curate the learned lessons."""


@lessons.result_callback()
def _rebuild_digests(*_: Any, **__: Any) -> None:
    """Every change made by hand reaches the hooks at once: the touched scopes' digests are recompiled
    (a forgotten lesson must not be injected until the next night)."""
    from secondnature.lessons.compile import compile_digests

    for opened in opened_stores:
        if opened.touched:
            compile_digests(opened, sorted(opened.touched))
            opened.touched.clear()


@lessons.command("list")
@click.option("--scope", type=SCOPE, help="global, project:<path>, agent:<name>[/user:<id>], or a folder.")
@click.option("--status", type=click.Choice([*STATUSES, "all"]), default="active", show_default=True,
              help="Which lessons: injected (active), waiting for evidence (candidate), held for review, archived...")
@click.option("--kind", type=click.Choice(KINDS), help="Only lessons of this kind.")
@click.option("--sort", type=click.Choice(["utility", "recency"]), default="utility", show_default=True,
              help="utility: most helpful first (as injection picks them); recency: last seen first.")
@click.option("--limit", type=int, default=0, help="Show at most this many (0: all).")
@JSON
def list_command(scope, status, kind, sort, limit, as_json) -> None:
    """List lessons (active ones by default); an agent's scope includes its users' scopes."""
    s = store()
    scopes = None
    if scope:
        scopes = [scope] if scope == GLOBAL else sorted({scope} | {x for x in s.scopes() if within(x, scope)})
    found = s.list(scopes=scopes, statuses=None if status == "all" else [status], kinds=[kind] if kind else None)
    if sort == "utility":
        found.sort(key=lambda lesson: (not lesson.pinned, -lesson.utility, -lesson.sessions_seen))
    else:
        found.sort(key=lambda lesson: lesson.last_seen or lesson.created, reverse=True)
    found = found[:limit] if limit else found
    if as_json:
        emit([lesson.to_dict() for lesson in found])
    elif not found:
        click.echo("no lessons" + (" match" if scope or kind or status != "active" else " yet"))
    else:
        table(lesson_rows(found))


@lessons.command()
@click.argument("lesson_id")
@JSON
def show(lesson_id, as_json) -> None:
    """Show one lesson in full, with its evidence and recent history."""
    s = store()
    lesson = resolve(s, lesson_id)
    evidence = _evidence(lesson)
    history = s.history(lesson.id)
    from secondnature.lessons.config import load_settings
    from secondnature.lessons.uplift import of_lesson

    effect = of_lesson(lesson, load_settings().credit.min_sessions)
    if as_json:
        emit({**lesson.to_dict(), "uplift": effect.__dict__ | {"verdict": effect.verdict},
              "evidence_sessions": evidence, "history": [c.to_dict() for c in history]})
        return
    click.echo(click.style(f"{lesson.title}", bold=True) + f"  [{lesson.id}]")
    click.echo(lesson.text)
    if lesson.when:
        click.echo(f"When: {lesson.when}")
    click.echo(f"\nscope {lesson.scope} · {lesson.kind} · {lesson.status}{' · pinned' if lesson.pinned else ''} · "
               f"source {lesson.source} · version {lesson.version}")
    click.echo(f"utility {lesson.utility:+.2f} · helpful {lesson.helpful} · harmful {lesson.harmful} · "
               f"created {lesson.created[:10]} · last seen {lesson.last_seen[:10] or '-'} · "
               f"last used {lesson.last_used[:10] or '-'}")
    click.echo(f"effect (randomized): {effect.describe()}{' · proven' if lesson.proven else ''}")
    if lesson.superseded_by:
        click.echo(f"superseded by {lesson.superseded_by}")
    click.echo(f"\nevidence ({lesson.sessions_seen} sessions{', the latest shown' if lesson.sessions_seen > len(lesson.evidence) else ''}):")
    for item in evidence:
        outcome = "" if item.get("reward") is None else f" reward {item['reward']:+.1f}"
        click.echo(f"  {item['session_id'][:12]}  {item.get('started', '')[:16]}{outcome}  {item.get('first_prompt', '')[:70]}")
    click.echo("\nhistory:")
    for change in history[-10:]:
        click.echo(f"  {change.change_id[:8]}  v{change.version}  {change.ts[:16]}  {change.action:10s} "
                   f"{change.actor}: {change.reason[:70]}")


def _evidence(lesson: Lesson) -> list[dict[str, Any]]:
    from secondnature.commands.session_list import summarize
    from secondnature.hooks.core.spool import read_session

    out = []
    for session_id in lesson.evidence:
        log = read_session(session_id)
        if log.events:
            s = summarize(log)
            out.append({"session_id": session_id, "started": s.started, "reward": s.reward,
                        "first_prompt": s.first_prompt, "harness": s.harness})
        else:
            out.append({"session_id": session_id, "missing": True})
    return out


@lessons.command()
@click.argument("text")
@click.option("--scope", type=SCOPE, help="Search one scope (and global); default: every scope.")
@click.option("--limit", type=int, default=10, show_default=True, help="Show at most this many matches.")
@JSON
def search(text, scope, limit, as_json) -> None:
    """Find active lessons by meaning and keywords."""
    from secondnature.lessons import runtime

    ranked = runtime.cold_retriever(current_home()).rank(scope, text, limit=limit, pinned_first=False)
    if as_json:
        emit([{**r.lesson.to_dict(), "score": r.score, "semantic": r.semantic, "keyword": r.keyword} for r in ranked])
    elif not ranked:
        click.echo("no matching lessons")
    else:
        rows = [("ID", "SCORE", "SCOPE", "TITLE")]
        rows += [(r.lesson.short_id, f"{r.score:.2f}", scope_label(r.lesson.scope)[:24], r.lesson.title[:70])
                 for r in ranked]
        table(rows)


@lessons.command()
@click.argument("lesson_id")
@JSON
def history(lesson_id, as_json) -> None:
    """Every change to a lesson: who or what, when, why (revert one with `lessons revert`)."""
    s = store()
    changes = s.history(resolve(s, lesson_id).id)
    if as_json:
        emit([c.to_dict() for c in changes])
        return
    rows = [("CHANGE", "VERSION", "WHEN", "ACTION", "BY", "WHY")]
    rows += [(c.change_id[:8], str(c.version), c.ts[:19].replace("T", " "), c.action, c.actor, c.reason[:60])
             for c in changes]
    table(rows)


@lessons.command()
@JSON
def stats(as_json) -> None:
    """Counts by status, kind and scope; utility; what the digests inject."""
    from secondnature.hooks.core.digest import digest_paths

    everything = store().list()
    active = [lesson for lesson in everything if lesson.status == "active"]
    digests = []
    for path in digest_paths(current_home()):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        digests.append({"scope": d.get("scope"), "injected": len(d.get("lesson_ids") or []), "tokens": d.get("tokens"),
                        "compiled_at": d.get("compiled_at")})
    data = {
        "total": len(everything),
        "by_status": dict(Counter(lesson.status for lesson in everything)),
        "active_by_kind": dict(Counter(lesson.kind for lesson in active)),
        "active_by_scope": dict(Counter(lesson.scope for lesson in active)),
        "pinned": sum(lesson.pinned for lesson in active),
        "mean_utility": round(sum(lesson.utility for lesson in active) / len(active), 3) if active else 0.0,
        "digests": digests,
    }
    if as_json:
        emit(data)
        return
    if not data["total"]:
        click.echo("no lessons yet")
        return
    click.echo(f"{data['total']} lesson{'' if data['total'] == 1 else 's'}: "
               + ", ".join(f"{n} {k}" for k, n in sorted(data["by_status"].items())))
    click.echo("active by kind: " + (", ".join(f"{n} {k}" for k, n in sorted(data["active_by_kind"].items())) or "-"))
    click.echo(f"pinned {data['pinned']}, mean utility {data['mean_utility']:+.2f}")
    for scope, n in sorted(data["active_by_scope"].items()):
        click.echo(f"  {n:5d}  {scope}")
    for d in digests:
        click.echo(f"digest {scope_label(d['scope'] or '')}: {d['injected']} lessons, {d['tokens']} tokens "
                   f"(compiled {str(d['compiled_at'])[:16]})")


from secondnature.commands.lessons_admin import (  # noqa: E402 - registered on the group defined above
    backup,
    compile_command,
    export,
    import_command,
    reembed,
)
from secondnature.commands.lessons_curate import add, edit, forget, pin, restore, revert, review, unpin  # noqa: E402

for _command in (add, edit, pin, unpin, forget, review, revert, restore, backup, export, import_command,
                 compile_command, reembed):
    lessons.add_command(_command)
