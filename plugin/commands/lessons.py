"""``second-nature lessons ...``: inspect and curate what was learned.

Every command takes ``--json``; ids may be given by a unique prefix (4+ characters). A mistake the
user can make (unknown id, bad scope, a store that cannot be opened) is one line naming the fix,
a non-zero exit, and nothing changed. Every change is recorded and can be reverted.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

import click

from secondnature.commands.common import SCOPE, table
from secondnature.hooks.core.scope import GLOBAL, scope_label, within
from secondnature.lessons.model import KINDS, STATUSES, Lesson, LessonError
from secondnature.lessons.store import LessonStore, NotFound, StoreError, open_store

JSON = click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")


_opened: list[LessonStore] = []  # this command's stores: their touched scopes get fresh digests


def store() -> LessonStore:
    from secondnature.lessons.config import ConfigError

    try:
        opened = open_store()
    except (StoreError, ConfigError) as e:
        raise click.ClickException(str(e)) from None
    _opened.append(opened)
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


class _LessonsGroup(click.Group):
    """Store errors a person can cause (a conflict, a missing lesson) end in one line, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (StoreError, NotFound) as e:
            raise click.ClickException(str(e)) from None
        finally:
            _opened.clear()


@click.group(cls=_LessonsGroup)
def lessons() -> None:
    """Inspect, search and curate the learned lessons."""


@lessons.result_callback()
def _rebuild_digests(*_: Any, **__: Any) -> None:
    """Every change made by hand reaches the hooks at once: the touched scopes' digests are recompiled
    (a forgotten lesson must not be injected until the next night)."""
    from secondnature.lessons.compile import compile_digests

    for opened in _opened:
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

    ranked = runtime.cold_retriever().rank(scope, text, limit=limit, pinned_first=False)
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


@lessons.command()
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


@lessons.command()
@click.argument("lesson_id")
@JSON
def pin(lesson_id, as_json) -> None:
    """Pin a lesson: injected first, never pruned."""
    _set(lesson_id, "pin", as_json, "pinned by hand", pinned=True)


@lessons.command()
@click.argument("lesson_id")
@JSON
def unpin(lesson_id, as_json) -> None:
    """Unpin a lesson."""
    _set(lesson_id, "unpin", as_json, "unpinned by hand", pinned=False)


@lessons.command()
@click.argument("lesson_id")
@click.option("--reason", default="forgotten by hand", show_default=True, help="Why, kept in the lesson's history.")
@JSON
def forget(lesson_id, reason, as_json) -> None:
    """Archive a lesson: no longer injected, kept for `restore`."""
    _set(lesson_id, "forget", as_json, reason, status="archived")


@lessons.command()
@click.argument("lesson_id", required=False)
@click.option("--backup", "backup_name", help="Instead, put this backup of the whole store back (`latest` for the "
                                              "newest; see `lessons backup --list`).")
@JSON
def restore(lesson_id, backup_name, as_json) -> None:
    """Make an archived, superseded or absorbed lesson active again; or, with --backup, the whole store."""
    if backup_name:
        from secondnature.lessons.config import load_settings
        from secondnature.lessons.store import restore_backup, store_location

        path, url = store_location(load_settings())
        if url or not path:
            raise click.ClickException("backups are of the embedded store; a Chroma server keeps its own")
        chosen = restore_backup(path, backup_name)
        from secondnature.lessons.compile import compile_digests

        compile_digests(store())
        click.echo(f"restored the lesson store from {chosen}; the store it replaced is kept as a backup too")
        return
    if not lesson_id:
        raise click.UsageError("name a LESSON_ID to restore, or --backup NAME for the whole store")
    _set(lesson_id, "restore", as_json, "restored by hand", status="active", superseded_by=None)


@lessons.command()
@click.option("--list", "list_only", is_flag=True, help="List the backups instead of making one.")
@JSON
def backup(list_only, as_json) -> None:
    """Copy the lesson store to backups/ in the data dir (the night makes one before and after it changes
    anything; the newest 7 are kept, and stores that `restore` set aside besides)."""
    from secondnature.lessons.store import backups_dir, list_backups, set_aside_backup

    if list_only:
        names = list_backups()
        if as_json:
            emit([{"name": n, "set_aside": set_aside_backup(n)} for n in names])
        else:
            click.echo("\n".join(n + ("  (the store a restore replaced: never `latest`)" if set_aside_backup(n) else "")
                                 for n in names) if names else f"no backups yet in {backups_dir()}")
        return
    made = store().backup("manual")
    if not made:
        raise click.ClickException("backups are of the embedded store; a Chroma server keeps its own")
    emit({"backup": made}) if as_json else click.echo(f"backed up to {made}")


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


@lessons.command()
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


@lessons.command()
@click.option("--format", "fmt", type=click.Choice(["json", "md"]), default="json", show_default=True,
              help="json: every field, for `lessons import`; md: readable, importable too.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to a file instead of stdout.")
@click.option("--scope", type=SCOPE, help="Only this scope's lessons.")
@click.option("--status", type=click.Choice([*STATUSES, "all"]), default="all", show_default=True,
              help="Only lessons in this state.")
def export(fmt, output, scope, status) -> None:
    """Export lessons as JSON (exact) or Markdown (readable; also importable)."""
    from secondnature.lessons.exchange import export_json, export_markdown

    found = store().list(scopes=[scope] if scope else None, statuses=None if status == "all" else [status])
    found.sort(key=lambda lesson: (lesson.scope, lesson.created))
    text = export_json(found) if fmt == "json" else export_markdown(found)
    if output:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
        click.echo(f"exported {len(found)} lessons to {output}", err=True)
    else:
        click.echo(text, nl=False)


@lessons.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--scope", type=SCOPE, help="The scope of lessons that do not say theirs (hand-written Markdown).")
@JSON
def import_command(path, scope, as_json) -> None:
    """Import lessons from an export (JSON or Markdown, including '## title' sections written by hand; - reads
    stdin, so `lessons export | SECOND_NATURE_CHROMA_URL=... second-nature lessons import -` moves a machine's
    lessons into a fleet's store); importing twice changes nothing."""
    from secondnature.lessons.exchange import ImportFormatError, import_lessons, parse

    try:
        if path == "-":
            text = sys.stdin.buffer.read().decode("utf-8")
        else:
            with open(path, encoding="utf-8") as f:
                text = f.read()
    except UnicodeDecodeError:
        raise click.ClickException(f"{path} is not a lessons file (it is not UTF-8 text): give a JSON or Markdown "
                                   "export") from None
    try:
        parsed = parse(text, scope)
    except (ImportFormatError, ValueError, TypeError) as e:
        raise click.ClickException(f"{path}: {e}") from None
    result = import_lessons(store(), parsed)
    if as_json:
        emit(result.__dict__)
        return
    click.echo(f"{len(result.added)} added, {len(result.updated)} updated, {len(result.unchanged)} unchanged, "
               f"{len(result.quarantined)} quarantined" + (f", {len(result.errors)} invalid" if result.errors else ""))
    for error in result.errors:
        click.echo(f"  skipped {error}", err=True)


@lessons.command()
@JSON
def stats(as_json) -> None:
    """Counts by status, kind and scope; utility; what the digests inject."""
    from secondnature.hooks.core.digest import digest_paths

    everything = store().list()
    active = [lesson for lesson in everything if lesson.status == "active"]
    digests = []
    for path in digest_paths():
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


@lessons.command("compile")
@click.option("--scope", type=SCOPE, help="Only this scope (default: every scope with active lessons, and global).")
@click.option("--budget", type=int, help="Token budget of the session-start block (config [lessons] token_budget).")
@JSON
def compile_command(scope, budget, as_json) -> None:
    """Write the digests the hooks inject (the night job does this after each sleep)."""
    from secondnature.lessons import runtime
    from secondnature.lessons.compile import compile_digests

    compiled = compile_digests(store(), [scope] if scope else None, budget or runtime.token_budget())
    if as_json:
        emit([c.__dict__ for c in compiled])
        return
    for c in compiled:
        click.echo(f"{scope_label(c.scope)}: {c.injected} of {c.lessons} lessons, {c.tokens} tokens -> {c.path}")
    if not compiled:
        click.echo("no active lessons to compile")


@lessons.command()
@click.option("--embeddings", "choice", required=True, help="lexical, minilm, chroma-default or langchain:<provider>:<model>.")
def reembed(choice) -> None:
    """Rebuild the store's vectors with other embeddings (lessons and history are kept)."""
    from secondnature.lessons.embeddings import EmbeddingError, make_embedder

    try:
        make_embedder(choice)  # before anything is touched: a missing extra costs nothing
    except EmbeddingError as e:
        raise click.ClickException(str(e)) from None
    from secondnature.commands.common import progress_bar

    s = store()
    click.echo(f"re-embedding {s.count()} lessons with {choice}...", err=True)
    count = s.reembed(choice, progress=progress_bar("re-embedding"))
    click.echo(f"re-embedded {count} lessons with {s.embedder.spec}; "
               f"set embeddings = '{choice}' under [lessons] in config.toml")
