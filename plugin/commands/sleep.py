"""``second-nature sleep`` (the nightly job) and ``second-nature report`` (what the nights learned)."""

from __future__ import annotations

import json
import os
import re
import time

import click

from secondnature.commands.common import SCOPE, progress_bar
from secondnature.hooks.core.settings import Settings


@click.command()
@click.option("--since", help="Only sessions active since: 2026-11-20, 36h, 7d, yesterday (default: everything new).")
@click.option("--scope", type=SCOPE, help="Only this scope: global, project:<path>, agent:<name>, or a folder.")
@click.option("--model", help="A LangChain model, e.g. anthropic:claude-sonnet-4-5, openai:gpt-5-mini, ollama:qwen3; "
              "'none' for the deterministic miner (default: config [sleep] model, else none).")
@click.option("--safety-model", help="A model that reads each new lesson alone and sends what it judges harmful, or "
              "cannot judge, to review; 'same' for the night's model, 'none' for off (default: config [sleep] "
              "safety_model, else none).")
@click.option("--dry-run", is_flag=True, help="Show the operations; change nothing.")
@click.option("--dump-prompts", "dump_prompts", type=click.Path(file_okay=False),
              help="Write the prompts a model is (or, with none configured, would be) sent, one file per call.")
@click.option("--review", is_flag=True, help="New lessons go to `lessons review` instead of being injected.")
@click.option("--max-llm-calls", type=int, help="Stop reflecting after this many model calls (the rest waits).")
@click.option("--force", is_flag=True, help="Apply even a night that would retire many active lessons.")
@click.option("--distill", "then_distill", is_flag=True,
              help="Then distill the changed scopes' lessons into the base model of config [distill] base.")
@click.option("--concurrency", type=click.IntRange(1, 64), default=4, show_default=True,
              help="Reflection calls at once (they wait on the model).")
@click.option("--families", "at_once", type=click.IntRange(1, 16), default=1, show_default=True,
              help="In a fleet (an events database is set), how many families this worker learns at once.")
@click.option("--json", "as_json", is_flag=True, help="The night's report as JSON.")
def sleep(since, scope, model, safety_model, dry_run, dump_prompts, review, max_llm_calls, force, as_json, then_distill=False,
          concurrency=4, at_once=1) -> None:
    """Learn from the sessions captured since the last run: reflect, consolidate, credit, prune, compile.

    Meant for cron (`second-nature install cron`). Only one runs at a time; a night that is killed is
    finished by the next run; running it twice changes nothing the second time. With a fleet's events
    database (SECOND_NATURE_EVENTS_URL), it ships this machine's sessions, then learns from every
    machine's, sharing the work with the other `sleep` workers running.
    """
    from secondnature.commands.since import parse_since
    from secondnature.hooks.core.paths import current_home
    from secondnature.lessons.config import ConfigError, load_settings
    from secondnature.lessons.store import StoreError
    from secondnature.sleep.job import SleepError, SleepOptions, run_sleep
    from secondnature.sleep.reflect import ModelError

    home = current_home()  # this command's home, read once and handed to the night
    try:
        settings = load_settings(home.config)
        chosen = model or settings.sleep.model
        reader = safety_model or settings.sleep.safety_model
        options = SleepOptions(
            since=parse_since(since) if since else None, scope=scope,
            model=None if not chosen or chosen.lower() == "none" else chosen,
            safety_model=None if not reader or reader.lower() == "none" else reader, dry_run=dry_run, review=review,
            max_llm_calls=max_llm_calls, force=force, stale_days=settings.sleep.stale_days,
            cap=settings.sleep.cap_per_scope, max_shrink=settings.sleep.max_shrink, concurrency=concurrency,
            episode_tokens=settings.sleep.episode_tokens, dump_prompts=dump_prompts,
            success_at=settings.outcomes.success_at, min_sessions=settings.credit.min_sessions)
    except ConfigError as e:
        raise click.ClickException(str(e)) from None  # one line naming the file and the setting, no usage block
    except ValueError as e:
        raise click.UsageError(str(e)) from None
    bar = progress_bar("reviewing sessions", as_json)
    if settings.capture.events_url and not dry_run:
        return _fleet_night(home, options, settings.capture.events_url, bar, as_json, at_once)
    try:
        result = run_sleep(options, progress=bar, home=home)
    except (SleepError, StoreError, ModelError) as e:
        raise click.ClickException(str(e)) from None
    if then_distill and result.status in ("done", "resumed"):
        from secondnature.sleep.report import write_report

        result.report["distill"] = _distill_night(home, settings, result.report.get("scopes", []), bar)
        write_report(home, result.report)
    if as_json:
        click.echo(json.dumps({"status": result.status, "night": result.night, "report": result.report,
                               "report_path": result.report_path}, indent=2, default=str))
        return
    if result.status == "nothing new":
        from secondnature.sleep.report import load_reports

        click.echo("nothing new to learn from since the last sleep" if load_reports(home) else
                   "nothing to learn from yet: no session has been captured (install the hooks with "
                   "`second-nature install claude-code`, or add the middleware to a LangGraph agent)")
        return
    _summary(result)


def _fleet_night(home, options, url: str, bar, as_json: bool, at_once: int = 1) -> None:
    from secondnature.hooks.background.sink import SinkError
    from secondnature.lessons.store import StoreError, open_store
    from secondnature.sleep.fleet import run_fleet_night
    from secondnature.sleep.job import SleepError
    from secondnature.sleep.reflect import ModelError

    try:
        result = run_fleet_night(options, open_store(home=home), url, progress=bar if at_once == 1 else None, at_once=at_once)
    except (SinkError, SleepError, StoreError, ModelError) as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        click.echo(json.dumps({"worker": result.worker, "shipped": result.shipped, "families": result.families,
                               "reports": [n.report for n in result.nights]}, indent=2, default=str))
        return
    click.echo(f"fleet worker {result.worker}: shipped {result.shipped} events; "
               f"{len(result.families)} scope families pending")
    for family, what in result.families.items():
        click.echo(f"  {family}: {what}")
    for night in result.nights:
        if night.status in ("done", "resumed"):
            _summary(night)


def _distill_night(home, settings: Settings, scopes: list[str], bar) -> list[dict]:
    """``sleep --distill``: an adapter per scope that changed tonight (kept only if it clears the gate)."""
    from secondnature.lessons.store import open_store
    from secondnature.sleep.distill.base_model import DistillError
    from secondnature.sleep.distill.train import run_distill, settings_from_config

    base = settings.distill.get("base")
    if not base:
        raise click.ClickException("--distill needs a base model: set base under [distill] in config.toml")
    store, out = open_store(settings, home=home), []
    for scope in scopes:
        if not store.list(scopes=[scope], statuses=["active"]):
            continue
        try:
            meta = run_distill(store, scope, base, settings=settings_from_config(settings), progress=bar)
            out.append({k: meta[k] for k in ("id", "scope", "promoted", "reason", "gap_closed",
                                             "neutral_perplexity_change")})
        except DistillError as e:
            out.append({"scope": scope, "promoted": False, "reason": str(e)})
    return out


_SAID = {"hold": "candidate"}  # what `lessons review` and `lessons list` call a lesson held for more evidence


def _summary(result) -> None:
    r = result.report
    s, m, counts = r.get("sessions", {}), r.get("model", {}), r.get("counts", {})
    head = {"dry run": "Dry run (nothing changed)", "resumed": "Finished an interrupted night", "done": "Night done"}
    click.echo(click.style(f"{head.get(result.status, result.status)}: {r['night'][:16]}", bold=True))
    outcomes = ", ".join(f"{n} {k}" for k, n in sorted(s.get("outcomes", {}).items()))
    click.echo(f"  sessions reviewed  {s.get('processed', 0)} ({outcomes or 'no outcomes'})")
    for op in ("add", "hold", "promote", "reinforce", "merge", "revise", "supersede", "prune", "quarantine", "credit",
               "discard"):
        if counts.get(op):
            click.echo(f"  {_SAID.get(op, op):<18} {counts[op]}")
    for o in [o for o in result.operations if o["op"] in ("add", "hold", "promote", "supersede", "quarantine")][:12]:
        click.echo(f"    {_SAID.get(o['op'], o['op']):<10} {str(o.get('lesson_id') or '')[:8]}  {o.get('title', '')[:70]}")
    click.echo(f"  model              {m.get('model')}: {m.get('calls', 0)} calls, "
               f"{m.get('tokens_in', 0) + m.get('tokens_out', 0)} tokens")
    for failure in m.get("failed_batches", []):
        click.echo(click.style(f"  reflection failed for {len(failure['sessions'])} sessions (kept for next time): "
                               f"{failure['error']}", fg="yellow"))
    if s.get("failed"):
        click.echo(click.style(f"  {len(s['failed'])} sessions could not be learned from (retried next night; "
                               f"see the report)", fg="yellow"))
    if s.get("set_aside"):
        click.echo(click.style(f"  set aside after failing {len(s['set_aside'])} nights running: "
                               f"{', '.join(s['set_aside'][:5])}", fg="yellow"))
    for d in r.get("distill", []):
        click.echo(f"  distill {d['scope']}: {'adapter ' + d['id'] + ' in use' if d['promoted'] else 'kept the previous adapter'}"
                   f" ({d['reason']})")
    if result.report_path:
        click.echo(f"  lessons active     {r.get('active_lessons')}   report: {result.report_path[:-5]}.md")


@click.command()
@click.option("--night", help="A date (2026-11-20, today, yesterday, 3d): that night's report (default: the latest).")
@click.option("--html", "as_html", is_flag=True, help="Write the learning curve over all nights as HTML.")
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
def report(night, as_html, as_json) -> None:
    """Show what a night learned, or the learning curve over nights (--html)."""
    from secondnature.hooks.core.digest import digest_paths
    from secondnature.hooks.core.paths import current_home, write_private
    from secondnature.sleep.report import html_report, load_reports, markdown, reports_dir

    home = current_home()
    reports = load_reports(home)
    if as_html:
        digests = []
        for path in digest_paths(home):
            with open(path, encoding="utf-8") as f:
                d = json.load(f)
            digests.append({"scope": d["scope"], "injected": len(d.get("lesson_ids", [])), "tokens": d.get("tokens")})
        from secondnature.lessons.store import open_store

        path = os.path.join(reports_dir(home), "learning-curve.html")
        write_private(path, html_report(reports, digests, open_store(home=home).list(statuses=["active"])).encode())
        click.echo(path)
        return
    if night and re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", night):
        import datetime

        try:
            datetime.date.fromisoformat(night if len(night) == 10 else night + "-01")
        except ValueError:
            raise click.UsageError(f"--night {night} is not a date: use YYYY-MM-DD, YYYY-MM, today, yesterday "
                                   "or 3d") from None
    elif night:
        from secondnature.commands.since import parse_since

        try:
            night = time.strftime("%Y-%m-%d", time.gmtime(parse_since(night)))
        except ValueError as e:
            raise click.UsageError(str(e)) from None
    chosen = [r for r in reports if not night or r["night"].startswith(night)]
    if not chosen:
        raise click.ClickException(f"no report for {night}" if night else "no night has run yet: `second-nature sleep`")
    r = chosen[-1]
    click.echo(json.dumps(r, indent=2) if as_json else markdown(r), nl=False)

