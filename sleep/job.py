"""``second-nature sleep``: the night as stages over a ``SessionSource`` and a ``NightState``:
gather (ingest included) -> learn (mine, reflect) -> consolidate -> credit -> prune -> guard -> journal
-> apply -> compile -> report. This machine's night reads its own logs and keeps its state in files; a
fleet's worker passes the sink's sessions of one family and that family's state in PostgreSQL.

Safe to run from cron every night:
- one at a time: an exclusive lock; a second sleep says who holds it and exits non-zero;
- each session once: a watermark records how much of each session log was processed (a session
  that grows is processed again for what is new); sessions the model could not review stay pending;
- idempotent: a second run in a row finds nothing new and changes nothing;
- never dies of one bad input: a session that cannot be read or mined, a candidate that cannot be
  stored, a model that errors: each is contained, reported, and the rest of the night goes on; a session
  that fails ``SET_ASIDE_AFTER`` nights running is set aside with its reason (``report``, ``doctor``);
- resumable: the night's whole plan (every change with its id, the records before and after) is
  written to a journal before the store is touched; applying skips changes already in the history,
  so a night killed at any point (kill -9) is finished by the next run, exactly once.
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass, field
from typing import Any

from secondnature.hooks.core.log import log
from secondnature.hooks.core.paths import Home, current_home, safe_name
from secondnature.hooks.core.schema import now_iso
from secondnature.hooks.core.scope import ancestors, family
from secondnature.hooks.core.settings import CreditSettings, OutcomesSettings, SleepSettings
from secondnature.hooks.core.spool import read_session
from secondnature.hooks.core.state import read_state
from secondnature.lessons import cache
from secondnature.lessons.compile import compile_digests
from secondnature.lessons.model import Lesson
from secondnature.lessons.store import Change, LessonStore, open_store
from secondnature.sleep import credit as credit_step
from secondnature.sleep.consolidate import Plan, consolidate, merge_duplicates
from secondnature.sleep.episodes import Episode, episode
from secondnature.sleep.miner import mine
from secondnature.sleep.night_state import FileNightState, NightState, SleepError, SleepLock
from secondnature.sleep.reflect import ReflectionStats, load_model, prompt_overrides, prompts, reflect
from secondnature.sleep.report import write_report
from secondnature.sleep.safety_review import review_lessons
from secondnature.sleep.sources import LocalSessions, SessionSource

__all__ = ["NightResult", "SleepError", "SleepLock", "SleepOptions", "gather", "run_sleep"]

MAX_SHRINK = SleepSettings.max_shrink  # share of the active lessons one night may retire without --force
CONTEXT_SESSIONS = 20
SET_ASIDE_AFTER = 3  # nights a session may fail before it is set aside


@dataclass
class SleepOptions:
    since: float | None = None
    scope: str | None = None
    model: Any = None
    safety_model: Any = None  # the second reader of new lessons (``safety_review``); "same": the night's model
    dry_run: bool = False
    review: bool = False
    max_llm_calls: int | None = None
    force: bool = False
    now: float | None = None  # the night's clock (simulations and tests)
    stale_days: float = credit_step.STALE_DAYS
    cap: int = credit_step.CAP_PER_SCOPE
    max_shrink: float = MAX_SHRINK
    concurrency: int = 1  # reflection calls at once (they wait on the model, not on this machine)
    episode_tokens: int = SleepSettings.episode_tokens  # what a model is shown of one session
    success_at: float = OutcomesSettings.success_at  # a reward at or above it is a success
    min_sessions: int = CreditSettings.min_sessions  # on each side of the experiment before an uplift decides
    dump_prompts: str | None = None  # a folder: write the prompts a model is (or would be) sent, one file a call


@dataclass
class NightResult:
    night: str
    status: str  # done | nothing new | dry run | resumed
    sessions: list[str] = field(default_factory=list)
    operations: list[dict[str, Any]] = field(default_factory=list)
    report: dict[str, Any] = field(default_factory=dict)
    report_path: str | None = None


def _checkpoint(name: str) -> None:
    """Fault injection for the crash tests: ``SECOND_NATURE_CRASH_AT=name`` kills the process here."""
    if os.environ.get("SECOND_NATURE_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


def journal_path(home: Home) -> str:
    """The night being applied in ``home``; one left behind is finished by the next run (``attempts`` counts the
    runs)."""
    return FileNightState(home).journal_path


def failures_path(home: Home) -> str:
    """The sessions of ``home`` that failed to be learned from: {session: {"nights", "reason", "set_aside"}}."""
    return FileNightState(home).failures_path


def set_aside(home: Home) -> dict[str, dict[str, Any]]:
    """The sessions set aside after failing night after night, with their reasons."""
    return {k: v for k, v in FileNightState(home).failures().items() if v.get("set_aside")}


CONTEXT_READ_LIMIT = 200  # processed sessions read, newest first, when looking for context


def gather(watermark: dict[str, int], options: SleepOptions, failed: dict[str, str] | None,
           source: SessionSource, home: Home) -> tuple[list[Episode], list[Episode], dict[str, int]]:
    """(new episodes, already-processed episodes of the same scopes as context, sizes seen now).

    Which sessions are new is decided from file sizes alone, so the night reads what is new plus a
    bounded number of recent sessions for context, not the whole history. A session that cannot be
    read is left out and noted in ``failed`` (session file name -> reason).
    """
    done = {safe_name(session_id) + ".jsonl": size for session_id, size in watermark.items()}
    new, sizes, processed_paths = [], {}, []
    pending: list[tuple[str, int, Any]] = []
    for path in source.paths(options.since):
        if os.path.getsize(path) <= done.get(os.path.basename(path), 0):
            processed_paths.append(path)
            continue
        try:
            size = os.path.getsize(path)  # before reading: lines appended meanwhile are read next night
            log_ = read_session(path, home)
            if log_.events and not (options.scope and log_.scope != options.scope):
                pending.append((path, size, log_))
        except Exception as e:  # noqa: BLE001 - one unreadable session must not cost the night
            _unreadable(path, e, failed, home)
    grown = source.ingest([log_ for _, _, log_ in pending]) if pending and not options.dry_run else set()
    for path, size, log_ in pending:
        try:
            if log_.session_id in grown:
                size, log_ = os.path.getsize(path), read_session(path, home)
            sizes[log_.session_id] = size
            new.append(episode(log_, options.success_at))
        except Exception as e:  # noqa: BLE001 - one unreadable session must not cost the night
            _unreadable(path, e, failed, home)
    families = {family(ep.scope) for ep in new}  # an agent's users: what one shows, another may too
    context: list[Episode] = []
    for path in reversed(processed_paths[-CONTEXT_READ_LIMIT:]):  # newest first
        try:
            log_ = read_session(path, home)
            if family(log_.scope) in families:
                context.append(episode(log_, options.success_at))
        except Exception as e:  # noqa: BLE001 - context is optional
            log("sleep", f"{path}: skipped as context: {type(e).__name__}: {e}", home)
        if len(context) >= CONTEXT_SESSIONS:
            break
    return new, context[::-1], sizes


def _unreadable(path: str, e: Exception, failed: dict[str, str] | None, home: Home) -> None:
    log("sleep", f"{path}: cannot be read as an episode: {type(e).__name__}: {e}", home)
    if failed is not None:
        failed[os.path.basename(path)[: -len(".jsonl")]] = f"unreadable: {type(e).__name__}: {e}"[:300]


def run_sleep(options: SleepOptions | None = None, store: LessonStore | None = None, progress: Any = None,
              source: SessionSource | None = None, state: NightState | None = None,
              tags: dict[str, Any] | None = None, home: Home | None = None) -> NightResult:
    """Run one night of ``home`` (the store's, else this process's, chosen here once) over ``source`` (its
    session logs by default) with ``state`` (its files by default). ``progress(total)`` may return a context
    manager with ``update(n)`` (a progress bar); ``tags`` go into the report (a fleet's family and worker)."""
    options = options or SleepOptions()
    home = home or (store.home if store is not None else current_home())
    source, state = source or LocalSessions(home), state or FileNightState(home)
    with state.lock():
        store = store or open_store(home=home)
        repaired = store.reconcile()
        if repaired:
            log("sleep", f"finished {repaired} lesson writes cut off by an earlier crash", home)
        journal = state.journal()
        if journal is not None and not options.dry_run:
            journal["attempts"] = int(journal.get("attempts", 1)) + 1  # doctor: a journal that will not finish
            state.save_journal(journal)
            return _finish(store, journal, state, resumed=True)
        return _night(store, options, progress, source, state, tags or {})


def _night(store: LessonStore, options: SleepOptions, progress: Any, source: SessionSource, state: NightState,
           tags: dict[str, Any]) -> NightResult:
    started = time.time()
    now = options.now or started
    night = now_iso(now)
    failed: dict[str, str] = {}
    episodes, context, sizes = gather(state.watermark(), options, failed, source, store.home)
    if not episodes and not failed:
        return NightResult(night=night, status="nothing new")
    by_id = {ep.session_id: ep for ep in episodes + context}
    # every scope a candidate may land in: a user's sessions teach that user, the agent above (an agent-wide
    # lesson must meet its existing copy, or it is added again each night) and global
    scopes = sorted({scope for ep in episodes for scope in ancestors(ep.scope)} | {"global"})
    plan = Plan(store, scopes)
    _return_freed_memory()  # reading every lesson of the scopes left Chroma's buffers free but held
    candidates, unreviewed, stats = learn(episodes, context, plan, scopes, options, failed, progress)
    settle(plan, candidates, [ep for ep in episodes if ep.session_id not in unreviewed], by_id, night, now, options)
    changes = plan.changes()
    failures = _failures(state.failures(), failed, {s for s in sizes if s not in failed}, night, sizes, source)
    reviewed = {s: n for s, n in sizes.items() if s not in unreviewed and s not in failed}
    reviewed.update({s: v["size"] for s, v in failures.items() if v.get("set_aside") and v.get("size")})
    report = {
        **tags, "night": night, "started": now_iso(started), "scopes": scopes, "review_mode": options.review,
        "sessions": {**_session_stats(episodes, unreviewed), "failed": failed,
                     "set_aside": sorted(s for s, v in failures.items() if v.get("set_aside"))},
        "experiment": experiment(episodes, plan, options.min_sessions),
        "operations": [op.to_dict() for op in plan.operations],
        "counts": _counts(plan), "model": _model_stats(options, stats),
    }
    if options.dry_run:
        return NightResult(night=night, status="dry run", sessions=list(sizes), report=report,
                           operations=report["operations"])
    journal = {"night": night, "started": started, "watermark": reviewed, "report": report, "failures": failures,
               "changes": [Change(change_id=os.urandom(16).hex(), lesson_id=after.id, version=after.version,
                                  ts=night, actor="sleep", action=action, reason=reason,
                                  before=before.to_dict() if before else None, after=after.to_dict()).to_dict()
                           for after, before, action, reason in changes]}
    state.save_journal(journal)
    _checkpoint("after_journal")
    return _finish(store, journal, state, resumed=False, plan=plan)


def settle(plan: Plan, candidates: list[Any], reviewed: list[Episode], by_id: dict[str, Episode], night: str,
           now: float, options: SleepOptions) -> None:
    """Turn the candidates into the night's plan: consolidate them with what the store holds, merge
    duplicates, credit the lessons the reviewed sessions were shown, prune the stale, then refuse a night
    that would retire too much (``SleepError``), and in review mode hold what is new."""
    consolidate(plan, candidates, by_id, night)
    merge_duplicates(plan, sorted(plan.scopes))
    credit_step.credit(plan, reviewed, options.min_sessions)
    credit_step.prune(plan, now, options.stale_days, options.cap)
    _guard(plan, options)
    if options.review:
        _hold_for_review(plan)


def learn(episodes: list[Episode], context: list[Episode], plan: Plan, scopes: list[str], options: SleepOptions,
          failed: dict[str, str], progress: Any) -> tuple[list[Any], set[str], ReflectionStats]:
    """The night's candidates: the miner's always (its lessons quote what happened), then a model's, which
    add what only a reader finds; the miner's come first, so a model's lesson that says the same reinforces
    the miner's exact words. Also the sessions the model could not review, and its call statistics."""
    stats = ReflectionStats()
    unreviewed: set[str] = set()
    reader = options.model if options.safety_model == "same" else options.safety_model
    if options.safety_model is not None and reader is None:
        raise SleepError("safety_model = 'same' needs a model for the night: set [sleep] model or name one")
    bar = progress(len(episodes)) if progress is not None else None
    if bar is not None:
        bar.__enter__()
    try:
        candidates = _mine(episodes, context, failed, plan.store.home)
        known = {s: sorted(plan.active(s), key=lambda x: -x.sessions_seen) for s in scopes}
        dump = _prompt_dumper(options.dump_prompts)
        if options.model is not None:
            found, unreviewed = reflect(load_model(options.model), episodes, known, context, stats,
                                        options.max_llm_calls, bar, options.concurrency, options.episode_tokens, dump,
                                        prompt_overrides(plan.store.home))
            candidates += found
            for batch in stats.failed_batches:
                failed.update({s: f"model: {batch['error']}"[:300] for s in batch["sessions"]})
        else:
            if dump is not None:
                for system, user in prompts(episodes, known, context, options.episode_tokens,
                                            prompt_overrides(plan.store.home)):
                    dump(system, user)
            if bar is not None:
                bar.update(len(episodes))
        if reader is not None and candidates:
            review_lessons(load_model(reader), candidates, stats, prompt_overrides(plan.store.home))
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    return candidates, unreviewed, stats


def _return_freed_memory() -> None:
    """Give the pages the allocator holds free back to the system (glibc's ``malloc_trim``): a night reads every lesson
    of its scopes at once, and Chroma's buffers, freed, stayed in the process and set its peak (a 10k-lesson night:
    330 MB, 293 with this). The pages come back zeroed if used again. Elsewhere than glibc, nothing is done."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _finish(store: LessonStore, journal: dict[str, Any], state: NightState, resumed: bool,
            plan: Plan | None = None) -> NightResult:
    """Apply a journaled night (skipping what is already applied), compile, report, move the watermark.
    ``plan``: the night that wrote the journal, in this process; the digests are compiled from what it
    holds when nothing else wrote to the store since it was read."""
    changes = [Change(**c) for c in journal["changes"]]
    ids = [c.change_id for c in changes]
    done = set(store.history_collection.get(ids=ids, include=[])["ids"]) if ids else set()
    todo = [c for c in changes if c.change_id not in done]
    before = cache.revisions(store.home)
    if todo:
        store.backup("before-night")  # kept for KEEP_BACKUPS nights: `lessons restore --backup`
        store.apply_changes(todo, checkpoint=_checkpoint)
    elif done:
        store.reconcile()
    held = plan if plan is not None and _holds_the_store(plan, before, todo, store) else None
    _checkpoint("after_apply")
    # Past this point the night's changes are in the store: nothing below may keep the watermark from
    # moving, or every later night would resume this journal and fail the same way. Each step's error is
    # logged and reported instead.
    errors: list[str] = []
    report = journal["report"]
    touched = sorted({c.after["scope"] for c in changes} | {c.before["scope"] for c in changes if c.before})
    _return_freed_memory()
    _after_apply(store.home, errors, "compiling the digests", lambda: compile_digests(store, touched, held=held) if touched else None)
    _checkpoint("after_compile")
    if todo:
        _after_apply(store.home, errors, "the backup after the night", lambda: store.backup("after-night"))
    report["finished"] = now_iso()
    report["seconds"] = round(time.time() - journal["started"], 2)
    report["resumed"] = resumed
    report["conflicts"] = store.conflicts  # changed by someone else while the night ran: their change stands
    _after_apply(store.home, errors, "counting the active lessons",
                 lambda: report.__setitem__("active_lessons", store.count(statuses=["active"])))
    _after_apply(store.home, errors, "counting the tokens injected",
                 lambda: report.__setitem__("tokens_injected", _tokens_injected(store.home)))
    report["errors"] = errors
    path = _after_apply(store.home, errors, "writing the report", lambda: write_report(store.home, report))
    state.finish(journal["watermark"], journal.get("failures"))
    return NightResult(night=journal["night"], status="resumed" if resumed else "done", sessions=list(journal["watermark"]),
                       operations=report["operations"], report=report, report_path=path)


def _holds_the_store(plan: Plan, before: dict[str, Any], applied: list[Change], store: LessonStore) -> bool:
    """Whether the plan's lessons are the store's now: nothing wrote between reading the plan and applying
    it, every change went in, and the only revisions since are the apply's own."""
    if before != plan.revisions or store.conflicts:
        return False
    expected = {"epoch": before.get("epoch", 0), "scopes": dict(before.get("scopes", {}))}
    for scope in {c.after["scope"] for c in applied} | {c.before["scope"] for c in applied if c.before}:
        expected["scopes"][scope] = int(expected["scopes"].get(scope, 0)) + 1
    now = cache.revisions(store.home)
    return int(now.get("epoch", 0)) == expected["epoch"] and now.get("scopes", {}) == expected["scopes"]


def _after_apply(home: Home, errors: list[str], what: str, step: Any) -> Any:
    """Run one step that follows the night's changes; its failure is logged and noted, never raised."""
    try:
        return step()
    except Exception as e:  # noqa: BLE001 - see _finish: the watermark must move
        log("sleep", f"{what} failed after the night's changes were applied: {type(e).__name__}: {e}", home)
        errors.append(f"{what} failed: {type(e).__name__}: {str(e)[:300]}")
        return None


def _prompt_dumper(folder: str | None) -> Any:
    """``sleep --dump-prompts DIR``: each call's messages as they are (or would be) sent, one file a call."""
    if not folder:
        return None
    os.makedirs(folder, exist_ok=True)
    written = [0]

    def dump(system: str, user: str) -> None:
        written[0] += 1
        path = os.path.join(folder, f"call-{written[0]:03d}.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# system\n\n{system}\n\n# user\n\n{user}\n")

    return dump


def _mine(episodes: list[Episode], context: list[Episode], failed: dict[str, str], home: Home) -> list[Any]:
    """The miner over the night; if it fails, session by session, leaving out the ones it fails on."""
    try:
        return mine(episodes, context)
    except Exception as e:  # noqa: BLE001 - find the session at fault and carry on without it
        log("sleep", f"miner failed on the whole night ({type(e).__name__}: {e}); mining session by session", home)
    out = []
    for ep in episodes:
        try:
            out += mine([ep], context)
        except Exception as e:  # noqa: BLE001
            failed[ep.session_id] = f"miner: {type(e).__name__}: {e}"[:300]
    return out


def _failures(before: dict[str, Any], failed: dict[str, str], fine: set[str], night: str, sizes: dict[str, int],
              source: SessionSource) -> dict[str, Any]:
    """The failure record after tonight: a session failing again counts one more night; one that went
    through is forgotten; one that failed ``SET_ASIDE_AFTER`` nights is set aside (not read again until
    it grows)."""
    record = {k: v for k, v in before.items() if k not in fine}
    for session, reason in failed.items():
        nights = int(record.get(session, {}).get("nights", 0)) + 1
        size = sizes.get(session) or source.size_of(session)
        record[session] = {"nights": nights, "reason": reason, "last": night, "size": size,
                           "set_aside": nights >= SET_ASIDE_AFTER}
    return record


def _tokens_injected(home: Home) -> int:
    from secondnature.hooks.core.digest import digest_paths

    total = 0
    for path in digest_paths(home):
        total += int((read_state(path) or {}).get("tokens") or 0)
    return total


def _guard(plan: Plan, options: SleepOptions) -> None:
    before = [x for x in plan.original.values() if x.status == "active"]
    retired = [x for x in before if plan.current[x.id].status != "active"]
    if len(before) >= 10 and len(retired) > options.max_shrink * len(before) and not options.force:
        raise SleepError(f"refused: tonight would retire {len(retired)} of {len(before)} active lessons "
                         f"(more than {options.max_shrink:.0%}); review with --dry-run, then run with --force")


def _hold_for_review(plan: Plan) -> None:
    """Review mode: new lessons wait in quarantine; retiring or rewording existing ones is only proposed."""
    for lesson_id, actions in list(plan.actions.items()):
        lesson, before = plan.current[lesson_id], plan.original.get(lesson_id)
        if before is None:
            lesson.status = "quarantined"
            plan.reasons[lesson_id].append("proposed by sleep --review")
        elif set(actions) & {"supersede", "merge", "prune", "revise"}:
            plan.current[lesson_id] = Lesson.from_dict(before.to_dict())
            del plan.actions[lesson_id]


def _session_stats(episodes: list[Episode], unreviewed: set[str]) -> dict[str, Any]:
    """Outcomes of the night's sessions."""
    harnesses: dict[str, int] = {}
    for ep in episodes:
        harnesses[ep.harness] = harnesses.get(ep.harness, 0) + 1
    return {"processed": len(episodes) - len(unreviewed), "unreviewed": sorted(unreviewed),
            **_outcome_rate(episodes), "by_harness": harnesses}


def experiment(episodes: list[Episode], plan: Plan, min_sessions: int) -> dict[str, Any]:
    """The randomized comparison of the night: sessions shown lessons against control sessions (shown none
    at random), overall and per scope, with the uplift's interval, how many sessions ran without a lesson
    they would have had, and the successes that cost at the estimated uplifts."""
    from secondnature.lessons.uplift import estimate, of_lesson

    def compare(eps: list[Episode]) -> dict[str, Any]:
        judged = [ep for ep in eps if ep.outcome in ("success", "failure")]
        # every session lessons were retrieved for, as deployed (some withheld at random), against control ones
        treated = [ep for ep in judged if (ep.lessons_shown or ep.lessons_withheld) and not ep.control]
        control = [ep for ep in judged if ep.control]
        t_ok, c_ok = (sum(ep.outcome == "success" for ep in group) for group in (treated, control))
        effect = estimate(t_ok, len(treated) - t_ok, c_ok, len(control) - c_ok, min_sessions)
        return {"treated": len(treated), "control": len(control), "uplift": effect.mean, "low": effect.low,
                "high": effect.high, "enough": effect.enough, "verdict": effect.verdict}

    overall = compare(episodes)
    without = [ep for ep in episodes if ep.lessons_withheld]
    cost = 0.0
    for ep in without:
        if ep.control:
            cost += max(overall["uplift"], 0.0) if overall["enough"] else 0.0
            continue
        for lesson_id in ep.lessons_withheld:
            lesson = plan.current.get(lesson_id)
            effect = of_lesson(lesson, min_sessions) if lesson is not None else None
            cost += max(effect.mean, 0.0) if effect is not None and effect.enough else 0.0
    scopes = sorted({family(ep.scope) for ep in episodes})
    return {**overall, "sessions_without_a_lesson": len(without),
            "withheld": sum(len(ep.lessons_withheld) for ep in episodes), "cost_in_successes": round(cost, 2),
            "scopes": {scope: compare([ep for ep in episodes if family(ep.scope) == scope]) for scope in scopes}}


def _outcome_rate(episodes: list[Episode]) -> dict[str, Any]:
    outcomes: dict[str, int] = {}
    for ep in episodes:
        outcomes[ep.outcome] = outcomes.get(ep.outcome, 0) + 1
    judged = outcomes.get("success", 0) + outcomes.get("failure", 0)
    return {"outcomes": outcomes, "success_rate": round(outcomes.get("success", 0) / judged, 3) if judged else None}


def _counts(plan: Plan) -> dict[str, int]:
    counts: dict[str, int] = {}
    for op in plan.operations:
        counts[op.op] = counts.get(op.op, 0) + 1
    return counts


def _model_stats(options: SleepOptions, stats: ReflectionStats) -> dict[str, Any]:
    name = options.model if isinstance(options.model, str) else type(options.model).__name__ if options.model else None
    return {"model": name or "none (miner)", "calls": stats.calls, "tokens_in": stats.tokens_in,
            "tokens_out": stats.tokens_out, "failed_batches": stats.failed_batches, "dropped": stats.dropped,
            "skipped_for_budget": stats.skipped_for_budget, **_safety_stats(options, stats)}


def _safety_stats(options: SleepOptions, stats: ReflectionStats) -> dict[str, Any]:
    if options.safety_model is None:
        return {}
    reader = options.safety_model
    name = reader if isinstance(reader, str) else type(reader).__name__
    return {"safety_review": {"model": name, "calls": stats.safety_calls, "flagged": stats.safety_flagged,
                              "unjudged": stats.safety_unjudged}}
