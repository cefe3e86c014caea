"""``second-nature sessions list|show|ingest``: what was captured."""

from __future__ import annotations

import json
import os
from typing import Any

import click

from secondnature.commands.common import table
from secondnature.commands.session_list import SessionNotFound, list_sessions, resolve_session
from secondnature.commands.since import parse_since
from secondnature.hooks.core import schema
from secondnature.hooks.core.schema import Event
from secondnature.hooks.core.scope import scope_label
from secondnature.hooks.core.spool import read_session
from secondnature.hooks.harnesses import registry
from secondnature.hooks.ingest import ingest_file, transcript_files


@click.group()
def sessions() -> None:
    """Inspect captured sessions and ingest transcripts."""


@sessions.command("list")
@click.option("--since", help="Only sessions active since: 2026-11-20, 2026-11-20T08:00, 36h, 7d, today.")
@click.option("--harness", type=click.Choice([*registry.NAMES, "langgraph"]), help="Only this harness's sessions.")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of session summaries.")
def list_command(since: str | None, harness: str | None, as_json: bool) -> None:
    """List captured sessions, oldest first."""
    try:
        since_epoch = parse_since(since) if since else None
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--since") from None
    found = list_sessions(since_epoch, harness)
    if as_json:
        click.echo(json.dumps([s.to_dict() for s in found], indent=2))
        return
    if not found:
        click.echo("no sessions captured yet" + (" in that window" if since or harness else ""))
        return
    rows = [("SESSION", "HARNESS", "SCOPE", "STARTED", "EVENTS", "TOOLS", "FAILED", "OUTCOME", "FIRST PROMPT")]
    for s in found:
        outcome = "" if s.outcome == "unknown" else f"{s.outcome} ({s.outcome_from})"
        if s.reward is not None:
            outcome += f" {s.reward:+.1f}"
        if s.feedback:
            outcome = (outcome + " ✎").strip()
        rows.append((s.session_id if len(s.session_id) <= 13 else s.session_id[:12] + "…", s.harness, scope_label(s.scope)[:30], s.started[:16].replace("T", " "),
                     str(s.events), str(s.tool_calls), str(s.tool_failures), outcome, s.first_prompt[:40]))
    table(rows)
    skipped = sum(s.skipped_lines for s in found)
    if skipped:
        click.echo(f"\n{skipped} unreadable lines were skipped (details in the log; `second-nature doctor`)", err=True)


@sessions.command()
@click.argument("session_id")
@click.option("--json", "as_json", is_flag=True, help="The session's events as a JSON array.")
def show(session_id: str, as_json: bool) -> None:
    """Show one session as a readable timeline (SESSION_ID may be a unique prefix)."""
    try:
        log = read_session(resolve_session(session_id))
    except SessionNotFound as e:
        raise click.ClickException(str(e)) from None
    events = sorted(log.events, key=lambda e: e.ts)
    if as_json:
        click.echo(json.dumps([e.to_dict() for e in events], indent=2, ensure_ascii=False))
        return
    click.echo(click.style(f"session {log.session_id}", bold=True) + f"  ({log.harness}, {log.scope})")
    for event in events:
        click.echo(f"{event.ts[11:19]}  {_kind_label(event)}  {_describe(event)}")
    if log.skipped:
        click.echo(f"\n{log.skipped} unreadable lines skipped:", err=True)
        for problem in log.problems[:10]:
            click.echo(f"  {problem}", err=True)


_KIND_LABELS = {
    schema.SESSION_START: ("start", "blue"), schema.SESSION_END: ("end", "blue"),
    schema.USER_PROMPT: ("user", "cyan"), schema.ASSISTANT_MESSAGE: ("agent", "white"),
    schema.TOOL_CALL: ("call", "yellow"), schema.ERROR: ("error", "red"), schema.OUTCOME: ("outcome", "magenta"),
    schema.LESSONS_SHOWN: ("lessons", "green"), schema.COMPACTION: ("compact", "blue"),
}


def _kind_label(event: Event) -> str:
    if event.kind == schema.TOOL_RESULT:
        ok = event.data.get("ok") is not False
        return click.style("ok     " if ok else "FAILED ", fg="green" if ok else "red")
    label, color = _KIND_LABELS.get(event.kind, (event.kind, None))
    return click.style(label.ljust(7), fg=color)


def _short(value: Any, limit: int = 110) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(event: Event) -> str:
    d = event.data
    if event.kind in (schema.USER_PROMPT, schema.ASSISTANT_MESSAGE):
        calls = d.get("tool_calls")
        text = _short(d.get("text") or "")
        return text + (f"  → {', '.join(str(c.get('name')) for c in calls)}" if calls else "")
    if event.kind == schema.TOOL_CALL:
        return f"{d.get('tool')} {_short(d.get('input'), 90)}"
    if event.kind == schema.TOOL_RESULT:
        code = f" (exit {d['exit_code']})" if d.get("exit_code") is not None else ""
        body = d.get("error") if d.get("ok") is False else d.get("output")
        return f"{d.get('tool') or d.get('call_id')}{code} {_short(body, 90)}"
    if event.kind == schema.OUTCOME:
        parts = [f"reward {d['reward']:+.2f}" if isinstance(d.get("reward"), (int, float)) else "",
                 f"“{_short(d.get('feedback'), 80)}”" if d.get("feedback") else ""]
        return "  ".join(p for p in parts if p)
    if event.kind == schema.LESSONS_SHOWN:
        return f"{len(d.get('lesson_ids') or [])} lessons injected ({d.get('where', '')})"
    return _short({k: v for k, v in d.items() if v is not None})


@sessions.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.option("--harness", type=click.Choice(["all", *registry.NAMES]), default="all",
              help="Which harness's transcripts to scan when no PATHS are given.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per transcript.")
def ingest(paths: tuple[str, ...], harness: str, as_json: bool) -> None:
    """Read transcripts into session logs (idempotent: nothing is added twice).

    With no PATHS, scans every harness's transcripts: Claude Code's ~/.claude/projects, Codex's
    ~/.codex/sessions, Gemini CLI's ~/.gemini/tmp and Cursor's ~/.cursor/projects (CLAUDE_CONFIG_DIR,
    CODEX_HOME, GEMINI_CLI_HOME and CURSOR_CONFIG_DIR are honoured). PATHS may be transcript files or folders.
    """
    jobs: list[tuple[str, Any]] = []
    adapters = registry.every() if harness == "all" else [registry.get(harness)]
    if paths:
        for path in paths:
            for adapter in adapters:
                if os.path.isdir(path):
                    jobs.extend((f, adapter) for f in transcript_files(adapter, [path]))
                elif adapter.is_transcript(path) and not any(p == path for p, _ in jobs):
                    jobs.append((path, adapter))
    else:
        for adapter in adapters:
            jobs.extend((f, adapter) for f in transcript_files(adapter))
    results = [ingest_file(path, adapter) for path, adapter in jobs]
    if as_json:
        click.echo(json.dumps([r.__dict__ for r in results], indent=2))
        return
    for r in results:
        if not r.session_id:
            click.echo(f"{r.path}: not a transcript of {' or '.join(registry.NAMES)} (no session id), skipped")
        elif r.added or r.skipped or r.problems:
            click.echo(f"{r.path}: +{r.added} events ({r.already} already there, {r.skipped} lines skipped)")
    read = sum(1 for r in results if r.session_id)
    added = sum(r.added for r in results)
    click.echo(f"{read} transcript{'' if read == 1 else 's'} read, {added} new events"
               + (f", {len(results) - read} other file{'' if len(results) - read == 1 else 's'} skipped"
                  if read < len(results) else ""))


@sessions.command("import")
@click.argument("source")
@click.option("--agent", required=True, help="The agent's name: the sessions' scope is agent:<name>[/user:<id>].")
@click.option("--from", "kind", type=click.Choice(["auto", "chat", "checkpointer"]), default="auto", show_default=True,
              help="chat: a JSON/JSONL file of {messages, reward, ...}; checkpointer: a LangGraph SqliteSaver "
                   "database or a postgresql:// URL of a PostgresSaver.")
@click.option("--reward-field", default="reward", show_default=True,
              help="Dotted path of a chat record's reward (tau2-bench's reward_info.reward is found too).")
@click.option("--task-field", default="task_id", show_default=True, help="Dotted path of a chat record's task id.")
@click.option("--id-field", default="id", show_default=True, help="Dotted path of a chat record's session id.")
@click.option("--user-field", default="user_id", show_default=True, help="Dotted path of a chat record's user id.")
@click.option("--json", "as_json", is_flag=True, help="The counts as JSON.")
def import_(source: str, agent: str, kind: str, reward_field: str, task_field: str, id_field: str, user_field: str,
            as_json: bool) -> None:
    """Import the traces a deployment already has, so the night learns from them (idempotent).

    SOURCE is a LangGraph checkpointer (a SqliteSaver database file, or a postgresql:// URL of a
    PostgresSaver: each thread's messages, scoped by its user_id) or a chat-format log (JSON or JSONL of
    OpenAI-style {messages, reward, ...} records, tau-bench and tau2-bench results included).
    """
    from secondnature.traces import Fields, TraceError, chat_traces, checkpoint_traces, import_traces

    if kind == "auto":
        kind = "checkpointer" if source.startswith(("postgres", "sqlite:")) or _is_sqlite(source) else "chat"
    try:
        traces = (checkpoint_traces(source) if kind == "checkpointer" else
                  chat_traces(source, Fields(reward=reward_field, task=task_field, id=id_field, user=user_field)))
    except TraceError as e:
        raise click.ClickException(str(e)) from None
    counts = import_traces(traces, agent)
    if as_json:
        click.echo(json.dumps(counts))
        return
    click.echo(f"{counts['sessions']} sessions read, {counts['added']} new events ({counts['already']} already there)")


def _is_sqlite(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False
