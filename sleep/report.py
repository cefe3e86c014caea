"""Each night's report (JSON and Markdown in the data dir) and the learning curve over nights (HTML).

A report says what the night learned, reinforced, merged, revised, superseded, pruned and
quarantined, each with its evidence, and what it cost (model calls, tokens, seconds).
"""

from __future__ import annotations

import html
import json
import os
from typing import Any

from secondnature.hooks.core.log import log
from secondnature.hooks.core.paths import Home, ensure_private_dir, safe_name, write_private
from secondnature.hooks.core.redact import clean_text
from secondnature.hooks.core.scope import scope_label

MAX_LISTED = 2000  # items kept of any list in a report; the rest are counted in ``truncated``
MAX_TEXT = 2000  # characters kept of any string in a report

VERBS = {"add": "Learned", "hold": "Held as candidates (need more evidence; `lessons review`)",
         "promote": "Promoted (enough evidence now)", "reinforce": "Reinforced", "merge": "Merged", "revise": "Revised",
         "supersede": "Superseded", "prune": "Pruned (archived)", "quarantine": "Quarantined for review",
         "credit": "Credited", "discard": "Discarded candidates"}


def _latest_experiment(experiments: list[dict[str, Any]]) -> str:
    latest = next((e for e in reversed(experiments) if e), {})
    return " ".join(experiment_lines(latest)[2:]) if latest else "No night has measured the lessons yet."


def reports_dir(home: Home) -> str:
    return home.path("reports")


def write_report(home: Home, report: dict[str, Any]) -> str:
    """Write the night's report (redacted: it quotes candidates, reasons and errors) as JSON and Markdown."""
    report = bounded(report)
    directory = ensure_private_dir(reports_dir(home), home.data)
    name = str(report["night"]).replace(":", "-").replace(".", "-")
    if report.get("family"):  # a fleet worker learns several families at once: their nights can share a millisecond
        name += "-" + safe_name(str(report["family"]))
    stem = os.path.join(directory, name)
    write_private(stem + ".json", json.dumps(report, indent=2, ensure_ascii=False, default=str).encode())
    try:
        text = markdown(report)
    except Exception as e:  # noqa: BLE001 - the JSON is the record; its Markdown view must not cost the night
        log("sleep", f"report {stem}.md: {type(e).__name__}: {e}", home)
        text = f"# Night of {str(report['night'])[:10]}\n\nThe Markdown view failed ({type(e).__name__}); see {stem}.json.\n"
    write_private(stem + ".md", text.encode())
    return stem + ".json"


def bounded(report: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``report`` that is safe to write whatever the night was like: strings redacted and cut,
    every list at most ``MAX_LISTED`` items of its own kind (what was cut is counted under ``truncated``
    by its path, never appended to the list), operations other than credits listed first."""
    truncated: dict[str, int] = {}

    def walk(value: Any, path: str) -> Any:
        if isinstance(value, str):
            return clean_text(value, MAX_TEXT)
        if value is None or isinstance(value, (bool, int, float)):
            return value
        if isinstance(value, dict):
            return {str(k): walk(v, f"{path}.{k}" if path else str(k)) for k, v in value.items()}
        if isinstance(value, (list, tuple, set, frozenset)):
            items = list(value)
            if path == "operations":
                items = sorted(items, key=lambda op: isinstance(op, dict) and op.get("op") == "credit")
            if len(items) > MAX_LISTED:
                truncated[path] = len(items)
                items = items[:MAX_LISTED]
            return [walk(v, path) for v in items]
        return clean_text(str(value), MAX_TEXT)

    out = walk(report, "")
    if truncated:
        out["truncated"] = truncated
    return out


def load_reports(home: Home) -> list[dict[str, Any]]:
    """The nights' reports, oldest first: this machine's, and in a fleet every worker's from the events database
    (one per night and family; if the database cannot be reached, this machine's alone, and a log line says so)."""
    try:
        names = sorted(n for n in os.listdir(reports_dir(home)) if n.endswith(".json"))
    except FileNotFoundError:
        names = []
    out = []
    for name in names:
        with open(os.path.join(reports_dir(home), name), encoding="utf-8") as f:
            out.append(json.load(f))
    from secondnature.hooks.background import sink

    if sink.events_url():
        try:
            shared = sink.load_reports()
        except Exception as e:  # noqa: BLE001 - the database may be down: show what this machine has
            log("report", f"fleet reports unavailable ({type(e).__name__}: {e}); showing this machine's", home)
        else:
            seen = {(r.get("night"), r.get("family", "")) for r in shared}
            out = sorted(shared + [r for r in out if (r.get("night"), r.get("family", "")) not in seen],
                         key=lambda r: str(r.get("night")))
    return out


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, never inside a code span (an unclosed backtick would swallow the
    rest of the Markdown line), with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if cut.count("`") % 2:
        cut = cut[: cut.rindex("`")]
    return cut.rstrip() + "…"


def markdown(r: dict[str, Any]) -> str:
    s = r.get("sessions", {})
    m = r.get("model", {})
    lines = [f"# Night of {r['night'][:10]}", "",
             f"{s.get('processed', 0)} sessions reviewed ({_outcomes(s)}); "
             f"{_count(r.get('active_lessons'), 'lesson')} active afterwards.",
             f"Cost: {m.get('calls', 0)} model calls ({m.get('model')}), {m.get('tokens_in', 0)} tokens in, "
             f"{m.get('tokens_out', 0)} out, {r.get('seconds', '?')} s." + (" Resumed after a crash." if r.get("resumed") else ""),
             ""]
    safety = m.get("safety_review") if isinstance(m, dict) else None
    if isinstance(safety, dict):
        lines += [f"Safety review ({safety.get('model')}): {safety.get('calls', 0)} calls, {safety.get('flagged', 0)} "
                  f"lessons judged harmful, {safety.get('unjudged', 0)} it could not judge (both sent to review).", ""]
    if r.get("review_mode"):
        lines += ["Review mode: new lessons wait in quarantine (`second-nature lessons review`).", ""]
    lines += experiment_lines(r.get("experiment") or {})
    ops: dict[str, list[dict[str, Any]]] = {}
    for op in r.get("operations", []):
        if isinstance(op, dict):
            ops.setdefault(str(op.get("op")), []).append(op)
    for name, verb in VERBS.items():
        if name not in ops:
            continue
        lines += [f"## {verb} ({len(ops[name])})", ""]
        for op in ops[name][:50]:
            ident = f"`{op['lesson_id'][:8]}` " if op.get("lesson_id") else ""
            evidence = f" — evidence: {', '.join(e[:12] for e in op.get('evidence', [])[:5])}" if op.get("evidence") else ""
            lines.append(f"- {ident}{clip(str(op.get('title', '')), 80)} — {clip(str(op.get('reason', '')), 160)}{evidence}")
        if len(ops[name]) > 50:
            lines.append(f"- … and {len(ops[name]) - 50} more (the JSON report lists them)")
        lines.append("")
    for path, total in r.get("truncated", {}).items():
        lines.append(f"- {path}: {total} in all, the first {MAX_LISTED} kept in this report")
    for error in r.get("errors", []):
        lines.append(f"- after the night's changes were applied, {error}")
    for failure in m.get("failed_batches", []):
        lines.append(f"- reflection failed for {len(failure['sessions'])} sessions (kept for next night): {failure['error']}")
    for session, reason in s.get("failed", {}).items():
        aside = " — set aside after failing night after night" if session in s.get("set_aside", []) else ""
        lines.append(f"- session {session[:12]} could not be learned from: {reason[:160]}{aside}")
    return "\n".join(lines) + "\n"


def experiment_lines(e: dict[str, Any]) -> list[str]:
    """What the randomized experiment says tonight, plainly, including when it cannot say anything yet."""
    if not e:
        return []
    lines = ["## Do the lessons help? (randomized)", ""]
    if e.get("enough"):
        lines.append(f"Sessions shown lessons against control sessions (shown none, at random): uplift "
                     f"{e['uplift']:+.1%}, 95% interval [{e['low']:+.1%}, {e['high']:+.1%}], from {e['treated']} "
                     f"and {e['control']} sessions: {e['verdict']}.")
    else:
        lines.append(f"Not enough data yet: {e.get('treated', 0)} sessions shown lessons and {e.get('control', 0)} "
                     "control sessions tonight (each side needs at least `[credit] min_sessions`).")
    for scope, s in (e.get("scopes") or {}).items():
        if s.get("enough"):
            lines.append(f"- {scope_label(scope)}: {s['uplift']:+.1%} [{s['low']:+.1%}, {s['high']:+.1%}] "
                         f"({s['treated']} vs {s['control']} sessions)")
    lines.append(f"Cost of the experiment: {e.get('sessions_without_a_lesson', 0)} sessions ran without a lesson "
                 f"they would have had ({e.get('withheld', 0)} lessons withheld); at the estimated uplifts that is "
                 f"{e.get('cost_in_successes', 0)} successes.")
    return lines + [""]


def _count(n: Any, noun: str) -> str:
    """``1 lesson``, ``2 lessons``, ``? lessons`` when not known."""
    return f"{n} {noun}" if n == 1 else f"{'?' if n is None else n} {noun}s"


def _outcomes(s: dict[str, Any]) -> str:
    outcomes = s.get("outcomes", {})
    return ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items())) or "none"


def html_report(reports: list[dict[str, Any]], digests: list[dict[str, Any]], lessons: list[Any]) -> str:
    """The learning curve: charts over the nights, the lessons' effects, what is injected now."""
    from secondnature.sleep.charts import GREY, lesson_effects, line_chart

    nights = [r["night"] for r in reports]
    experiments = [r.get("experiment") or {} for r in reports]
    if nights:
        rates = line_chart("Uplift of the lessons (randomized; 95% interval)", nights, {
            "uplift": [e.get("uplift") if e.get("enough") else None for e in experiments],
            "low": [e.get("low") if e.get("enough") else None for e in experiments],
            "high": [e.get("high") if e.get("enough") else None for e in experiments]}, percent=True,
            colors={"low": GREY, "high": GREY}, signed=True)
        active = line_chart("Lessons active", nights, {"active": [r.get("active_lessons") for r in reports]})
        tokens = line_chart("Tokens injected (all digests)", nights, {"tokens": [r.get("tokens_injected") for r in reports]})
        charts = f"<figure>{rates}</figure><figure>{active}</figure><figure>{tokens}</figure>"
    else:
        charts = "<p>No night has run yet: `second-nature sleep`.</p>"
    rows = "".join(
        f"<tr><td>{html.escape(r['night'][:16])}</td><td>{r.get('sessions', {}).get('processed', 0)}</td>"
        f"<td>{', '.join(f'{n} {k}' for k, n in sorted(r.get('counts', {}).items()))}</td>"
        f"<td>{r.get('model', {}).get('calls', 0)}</td><td>{r.get('seconds', '')}</td></tr>" for r in reversed(reports))
    scopes = "".join(f"<li>{html.escape(scope_label(d['scope']))}: {_count(d['injected'], 'lesson')}, {d['tokens']} tokens</li>"
                     for d in digests)
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>second-nature: learning curve</title>
<style>body{{font:14px system-ui,sans-serif;margin:2em;max-width:1100px}}figure{{display:inline-block;margin:0 1em 1em 0}}
table{{border-collapse:collapse}}td,th{{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left}}</style>
</head><body><h1>second-nature: the learning curve</h1>
<p>{len(reports)} night{'' if len(reports) == 1 else 's'}. A session went well by its reward, feedback, last check
(test, build, lint) or the user's last word. The uplift compares sessions shown lessons with control sessions,
shown none at random (<code>[credit] control_sessions</code>), so it measures what the lessons are worth; a night
without enough sessions on each side draws no point. {html.escape(_latest_experiment(experiments))}</p>
{charts}
<figure>{lesson_effects(lessons)}</figure>
<h2>Injected now</h2><ul>{scopes or "<li>nothing compiled yet</li>"}</ul>
<h2>Nights</h2><table><tr><th>night</th><th>sessions</th><th>operations</th><th>model calls</th><th>seconds</th></tr>{rows}</table>
</body></html>
"""
