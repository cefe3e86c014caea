"""Each night's report (JSON and Markdown in the data dir) and the learning curve over nights (HTML).

A report says what the night learned, reinforced, merged, revised, superseded, pruned and
quarantined, each with its evidence, and what it cost (model calls, tokens, seconds).
"""

from __future__ import annotations

import html
import json
import os
from typing import Any

from secondnature.hooks.paths import data_dir, ensure_private_dir, write_private
from secondnature.hooks.redact import clean
from secondnature.hooks.scope import scope_label

VERBS = {"add": "Learned", "hold": "Held as candidates (need more evidence; `lessons review`)",
         "promote": "Promoted (enough evidence now)", "reinforce": "Reinforced", "merge": "Merged", "revise": "Revised",
         "supersede": "Superseded", "prune": "Pruned (archived)", "quarantine": "Quarantined for review",
         "credit": "Credited", "discard": "Discarded candidates"}


def reports_dir() -> str:
    return os.path.join(data_dir(), "reports")


def write_report(report: dict[str, Any]) -> str:
    """Write the night's report (redacted: it quotes candidates, reasons and errors) as JSON and Markdown."""
    report = clean(report, limit=100_000)
    directory = ensure_private_dir(reports_dir())
    stem = os.path.join(directory, report["night"].replace(":", "-").replace(".", "-"))
    write_private(stem + ".json", json.dumps(report, indent=2, ensure_ascii=False).encode())
    write_private(stem + ".md", markdown(report).encode())
    return stem + ".json"


def load_reports() -> list[dict[str, Any]]:
    try:
        names = sorted(n for n in os.listdir(reports_dir()) if n.endswith(".json"))
    except FileNotFoundError:
        return []
    out = []
    for name in names:
        with open(os.path.join(reports_dir(), name), encoding="utf-8") as f:
            out.append(json.load(f))
    return out


def markdown(r: dict[str, Any]) -> str:
    s = r.get("sessions", {})
    m = r.get("model", {})
    lines = [f"# Night of {r['night'][:10]}", "",
             f"{s.get('processed', 0)} sessions reviewed ({_outcomes(s)}); "
             f"{r.get('active_lessons', '?')} lessons active afterwards.",
             f"Cost: {m.get('calls', 0)} model calls ({m.get('model')}), {m.get('tokens_in', 0)} tokens in, "
             f"{m.get('tokens_out', 0)} out, {r.get('seconds', '?')} s." + (" Resumed after a crash." if r.get("resumed") else ""),
             ""]
    if r.get("review_mode"):
        lines += ["Review mode: new lessons wait in quarantine (`second-nature lessons review`).", ""]
    ops: dict[str, list[dict[str, Any]]] = {}
    for op in r.get("operations", []):
        ops.setdefault(op["op"], []).append(op)
    for name, verb in VERBS.items():
        if name not in ops:
            continue
        lines += [f"## {verb} ({len(ops[name])})", ""]
        for op in ops[name][:50]:
            ident = f"`{op['lesson_id'][:8]}` " if op.get("lesson_id") else ""
            evidence = f" — evidence: {', '.join(e[:12] for e in op.get('evidence', [])[:5])}" if op.get("evidence") else ""
            lines.append(f"- {ident}{op.get('title', '')[:80]} — {op['reason'][:160]}{evidence}")
        lines.append("")
    for failure in m.get("failed_batches", []):
        lines.append(f"- reflection failed for {len(failure['sessions'])} sessions (kept for next night): {failure['error']}")
    for session, reason in s.get("failed", {}).items():
        aside = " — set aside after failing night after night" if session in s.get("set_aside", []) else ""
        lines.append(f"- session {session[:12]} could not be learned from: {reason[:160]}{aside}")
    return "\n".join(lines) + "\n"


def _outcomes(s: dict[str, Any]) -> str:
    outcomes = s.get("outcomes", {})
    return ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items())) or "none"


def _svg_line(points: list[tuple[str, float | None]], title: str, percent: bool = False) -> str:
    """A small inline SVG line chart (no scripts, no external assets)."""
    values = [v for _, v in points if v is not None]
    if not values:
        return f"<figure><figcaption>{html.escape(title)}</figcaption><p>no data yet</p></figure>"
    width, height, pad = 520, 180, 36
    top = 1.0 if percent else (max(values) * 1.1 or 1.0)
    fmt = (lambda v: f"{v:.0%}") if percent else (lambda v: f"{v:g}")
    n = max(len(points) - 1, 1)
    xy = [(pad + i * (width - 2 * pad) / n, height - pad - v / top * (height - 2 * pad))
          for i, (_, v) in enumerate(points) if v is not None]
    path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y) in enumerate(xy))
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3"/>' for x, y in xy)
    first, last = html.escape(points[0][0][:10]), html.escape(points[-1][0][:10])
    return (f'<figure><figcaption>{html.escape(title)} (latest: {fmt(values[-1])})</figcaption>'
            f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">'
            f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="#999"/>'
            f'<line x1="{pad}" y1="{pad}" x2="{pad}" y2="{height - pad}" stroke="#999"/>'
            f'<text x="{pad}" y="{height - 8}" font-size="11">{first}</text>'
            f'<text x="{width - pad}" y="{height - 8}" font-size="11" text-anchor="end">{last}</text>'
            f'<text x="4" y="{pad}" font-size="11">{fmt(top)}</text>'
            f'<path d="{path}" fill="none" stroke="#2563eb" stroke-width="2"/><g fill="#2563eb">{dots}</g></svg></figure>')


def html_report(reports: list[dict[str, Any]], digests: list[dict[str, Any]]) -> str:
    rate = [(r["night"], r.get("sessions", {}).get("success_rate")) for r in reports]
    active = [(r["night"], r.get("active_lessons")) for r in reports]
    tokens = [(r["night"], r.get("tokens_injected")) for r in reports]
    rows = "".join(
        f"<tr><td>{html.escape(r['night'][:16])}</td><td>{r.get('sessions', {}).get('processed', 0)}</td>"
        f"<td>{', '.join(f'{n} {k}' for k, n in sorted(r.get('counts', {}).items()))}</td>"
        f"<td>{r.get('model', {}).get('calls', 0)}</td><td>{r.get('seconds', '')}</td></tr>" for r in reversed(reports))
    scopes = "".join(f"<li>{html.escape(scope_label(d['scope']))}: {d['injected']} lessons, {d['tokens']} tokens</li>"
                     for d in digests)
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>second-nature: learning curve</title>
<style>body{{font:14px system-ui,sans-serif;margin:2em;max-width:1100px}}figure{{display:inline-block;margin:0 1em 1em 0}}
figcaption{{font-weight:600}}table{{border-collapse:collapse}}td,th{{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left}}</style>
</head><body><h1>second-nature: the learning curve</h1>
<p>{len(reports)} nights. Outcome rate is the share of reviewed sessions that went well (by reward, feedback or tool results).</p>
{_svg_line(rate, "Outcome rate of sessions", percent=True)}
{_svg_line(active, "Lessons active")}
{_svg_line(tokens, "Tokens injected (all digests)")}
<h2>Injected now</h2><ul>{scopes or "<li>nothing compiled yet</li>"}</ul>
<h2>Nights</h2><table><tr><th>night</th><th>sessions</th><th>operations</th><th>model calls</th><th>seconds</th></tr>{rows}</table>
</body></html>
"""
