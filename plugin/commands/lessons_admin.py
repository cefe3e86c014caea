"""``lessons backup|restore|export|import|compile|reembed``: the store as a whole: its backups, moving
lessons between machines, the digests and the embeddings."""

from __future__ import annotations

import sys

import click

from secondnature.commands.common import SCOPE
from secondnature.commands.lessons_common import JSON, emit, store
from secondnature.hooks.core.scope import scope_label
from secondnature.lessons.model import STATUSES


@click.command()
@click.option("--list", "list_only", is_flag=True, help="List the backups instead of making one.")
@JSON
def backup(list_only, as_json) -> None:
    """Copy the lesson store to backups/ in the data dir (the night makes one before and after it changes
    anything; the newest 7 are kept, and stores that `restore` set aside besides)."""
    from secondnature.hooks.core.paths import current_home
    from secondnature.lessons.store import backups_dir, list_backups, set_aside_backup

    if list_only:
        home = current_home()
        names = list_backups(home)
        if as_json:
            emit([{"name": n, "set_aside": set_aside_backup(n)} for n in names])
        else:
            click.echo("\n".join(n + ("  (the store a restore replaced: never `latest`)" if set_aside_backup(n) else "")
                                 for n in names) if names else f"no backups yet in {backups_dir(home)}")
        return
    made = store().backup("manual")
    if not made:
        raise click.ClickException("backups are of the embedded store; a Chroma server keeps its own")
    emit({"backup": made}) if as_json else click.echo(f"backed up to {made}")


@click.command()
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


@click.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--scope", type=SCOPE, help="The scope of lessons that do not say theirs (hand-written Markdown).")
@JSON
def import_command(path, scope, as_json) -> None:
    """Import lessons from an export (JSON or Markdown, including '## title' sections written by hand; - reads
    stdin, so `lessons export | SECOND_NATURE_CHROMA_URL=... second-nature lessons import -` moves a machine's
    lessons into a fleet's store); importing twice changes nothing."""
    from secondnature.lessons.exchange import ImportFormatError, import_lessons, parse
    from secondnature.lessons.judging import judge

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
    judged = judge(parsed)  # many lessons are judged in a second process meanwhile, while the store opens
    result = import_lessons(store(), parsed, judged=judged)
    if as_json:
        emit(result.__dict__)
        return
    click.echo(f"{len(result.added)} added, {len(result.updated)} updated, {len(result.unchanged)} unchanged, "
               f"{len(result.quarantined)} quarantined" + (f", {len(result.errors)} invalid" if result.errors else ""))
    for error in result.errors:
        click.echo(f"  skipped {error}", err=True)


@click.command("compile")
@click.option("--scope", type=SCOPE, help="Only this scope (default: every scope with active lessons, and global).")
@click.option("--budget", type=int, help="Token budget of the session-start block (config [lessons] token_budget).")
@JSON
def compile_command(scope, budget, as_json) -> None:
    """Write the digests the hooks inject (the night job does this after each sleep)."""
    from secondnature.lessons import runtime
    from secondnature.lessons.compile import compile_digests

    opened = store()
    compiled = compile_digests(opened, [scope] if scope else None,
                               budget or runtime.token_budget(runtime.settings(opened.home)))
    if as_json:
        emit([c.__dict__ for c in compiled])
        return
    for c in compiled:
        click.echo(f"{scope_label(c.scope)}: {c.injected} of {c.lessons} lessons, {c.tokens} tokens -> {c.path}")
    if not compiled:
        click.echo("no active lessons to compile")


@click.command()
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
