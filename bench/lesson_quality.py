"""Are the lessons learned from real sessions true? Ingest + ``sleep`` (no model) on real transcripts,
then every active lesson is scored against a label file written by reading the sessions.

The labels (``bench/lesson_quality_labels.json``) hold gold facts, each with the scope it belongs to
and patterns a lesson must match to state it, and known-false claims (wrong or harmful). A lesson that
matches no gold fact counts against precision, as does one that matches a false claim.
Printed: precision (true and useful / active), wrong and harmful counts, near-duplicates, recall of
the gold facts (all, and the rule-findable ones the miner should learn), the length distribution,
crashes, and the same figures if every held candidate were injected too (the evidence trade-off).
Before the night, a dry run dumps the prompts a model would be sent (``sleep --dry-run
--dump-prompts``): evidence coverage is the share of gold facts whose evidence strings all appear in
the prompts of their project, and the prompt tokens per session and in all are counted.

Usage: python bench/lesson_quality.py [REAL_SESSIONS_DIR] [--json]
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "reference", "real-sessions")
LABELS = os.path.join(HERE, "lesson_quality_labels.json")


def learn(corpus: str, home: str) -> dict:
    """Ingest the corpus laid out as ~/.claude and ~/.codex under ``home`` and run one night."""
    shutil.copytree(os.path.join(corpus, "claude"), os.path.join(home, ".claude"))
    shutil.copytree(os.path.join(corpus, "codex"), os.path.join(home, ".codex"))
    os.environ.update(HOME=home, SECOND_NATURE_HOME=os.path.join(home, "sn"))
    os.environ.pop("CLAUDE_CONFIG_DIR", None)
    os.environ.pop("CODEX_HOME", None)
    from secondnature.hooks.harnesses import claude_code, codex
    from secondnature.hooks.ingest import ingest_file, transcript_files
    from secondnature.lessons.store import open_store
    from secondnature.sleep.job import SleepOptions, run_sleep

    started = time.perf_counter()
    events = sum(ingest_file(path, adapter).added for adapter in (claude_code, codex)
                 for path in transcript_files(adapter))
    prompts = os.path.join(home, "prompts")
    run_sleep(SleepOptions(dry_run=True, dump_prompts=prompts))
    dumped = [open(os.path.join(prompts, name), encoding="utf-8").read() for name in sorted(os.listdir(prompts))]
    crashes = []
    try:
        result = run_sleep()
        status = result.status
    except Exception as e:  # noqa: BLE001 - the figure we want is whether it crashes
        crashes.append(f"{type(e).__name__}: {e}")
        status = "crashed"
    store = open_store()
    return {"events": events, "status": status, "crashes": crashes, "seconds": time.perf_counter() - started,
            "prompts": dumped,
            "active": store.list(statuses=["active"]), "candidates": store.list(statuses=["candidate"]),
            "quarantined": store.list(statuses=["quarantined"])}


def _matches(lesson, entry: dict) -> bool:
    if entry.get("scope") and not lesson.scope.endswith(entry["scope"]):
        return False
    text = f"{lesson.title} {lesson.text}"
    return all(re.search(p, text, re.I) for p in entry["all"])


_SCOPE_LINE = re.compile(r"^Scope: .*\(project:(?P<path>[^)]*)\)", re.M)
_SESSION_LINE = re.compile(r"^S\d+ \(", re.M)


def coverage(prompts: list[str], labels: dict) -> dict:
    """Which gold facts the model would see the evidence of: every evidence string in the prompts of the
    fact's project (any prompt for a fact of the harness), and the prompt tokens per session."""
    from secondnature.lessons.render import count_tokens

    def of(scope: str) -> str:
        return "\n".join(p for p in prompts if not scope or any(
            m.group("path").endswith(scope) for m in _SCOPE_LINE.finditer(p)))

    missing = [g["id"] for g in labels["gold"] if not all(e in of(g["scope"]) for e in g.get("evidence", []))]
    per_session = []
    for prompt in prompts:
        user = prompt.split("\n# user\n", 1)[-1]
        starts = [m.start() for m in _SESSION_LINE.finditer(user)] + [len(user)]
        per_session += [count_tokens(user[a:b]) for a, b in zip(starts, starts[1:], strict=False)]
    per_session.sort()
    return {"covered": round(1 - len(missing) / len(labels["gold"]), 3), "missing": missing,
            "calls": len(prompts), "tokens_total": sum(count_tokens(p) for p in prompts),
            "sessions": len(per_session), "tokens_median": statistics.median(per_session) if per_session else 0,
            "tokens_p95": per_session[int(0.95 * (len(per_session) - 1))] if per_session else 0,
            "tokens_max": per_session[-1] if per_session else 0}


def score(lessons: list, labels: dict) -> dict:
    verdicts = []
    for lesson in lessons:
        gold = [g["id"] for g in labels["gold"] if _matches(lesson, g)]  # a lesson may state several facts
        false = next((f for f in labels["false"] if _matches(lesson, f)), None)
        verdict = "harmful" if false and false["harmful"] else "wrong" if false else "true" if gold else "unlabelled"
        verdicts.append({"id": lesson.short_id, "verdict": verdict, "fact": " ".join(gold), "facts": gold,
                         "chars": len(lesson.text), "scope": lesson.scope, "text": lesson.text})
    facts = [fact for v in verdicts if v["verdict"] == "true" for fact in v["facts"]]
    lengths = [v["chars"] for v in verdicts]
    n = len(verdicts)
    return {
        "lessons": n,
        "precision": round(sum(v["verdict"] == "true" for v in verdicts) / n, 3) if n else None,
        "wrong": sum(v["verdict"] == "wrong" for v in verdicts),
        "harmful": sum(v["verdict"] == "harmful" for v in verdicts),
        "unlabelled": sum(v["verdict"] == "unlabelled" for v in verdicts),
        "duplicates": len(facts) - len(set(facts)),
        "recall": round(len(set(facts)) / len(labels["gold"]), 3),
        "rule_recall": _recall(facts, [g for g in labels["gold"] if g.get("kind") == "rule"]),
        "model_recall": _recall(facts, [g for g in labels["gold"] if g.get("kind") == "model"]),
        "over_400_chars": sum(c > 400 for c in lengths),
        "length_median": statistics.median(lengths) if lengths else 0,
        "length_max": max(lengths, default=0),
        "verdicts": verdicts,
    }


def _recall(facts: list, gold: list) -> str:
    found = len({g["id"] for g in gold} & set(facts))
    return f"{found}/{len(gold)}" + (f" ({found / len(gold):.2f})" if gold else "")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = os.path.abspath(args[0] if args else DEFAULT)
    if not os.path.isdir(corpus):
        sys.exit(f"no real sessions at {corpus}: pass the folder (shared/reference/real-sessions)")
    with open(LABELS, encoding="utf-8") as f:
        labels = json.load(f)
    home = tempfile.mkdtemp(prefix="sn-quality-")
    try:
        night = learn(corpus, home)
        injected = score(night["active"], labels)
        everything = score(night["active"] + night["candidates"], labels)
        seen = coverage(night["prompts"], labels)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    if "--json" in sys.argv:
        print(json.dumps({"night": {k: v for k, v in night.items()
                                    if k not in ("active", "candidates", "quarantined", "prompts")},
                          "injected": injected, "with_candidates": everything, "evidence": seen}, indent=2))
        return
    print(f"corpus: {corpus}")
    print(f"ingested {night['events']} events; sleep: {night['status']} in {night['seconds']:.1f} s; "
          f"crashes: {len(night['crashes'])} {night['crashes'] or ''}")
    print(f"held as candidates: {len(night['candidates'])}, quarantined: {len(night['quarantined'])}")
    projects = sorted({g.get("project", "") for g in labels["gold"]})
    print(f"gold: {len(labels['gold'])} facts across {len(projects)} projects ({', '.join(projects)}); "
          f"{sum(g.get('kind') == 'rule' for g in labels['gold'])} rule-findable")
    print(f"evidence coverage: {seen['covered']} of gold facts in the prompts a model would get"
          + (f" (missing: {', '.join(seen['missing'])})" if seen["missing"] else ""))
    print(f"prompts: {seen['calls']} calls, {seen['tokens_total']} tokens; per session ({seen['sessions']}): "
          f"median {seen['tokens_median']}, p95 {seen['tokens_p95']}, max {seen['tokens_max']}")
    for name, s in (("injected (active)", injected), ("if candidates were injected too", everything)):
        print(f"\n{name}: {s['lessons']} lessons, precision {s['precision']}, wrong {s['wrong']}, "
              f"harmful {s['harmful']}, unlabelled {s['unlabelled']}, duplicates {s['duplicates']}, "
              f"recall {s['recall']} of {len(labels['gold'])} gold facts (rule-findable {s['rule_recall']}, "
              f"model-only {s['model_recall']}), "
              f"length median {s['length_median']} max {s['length_max']}, over 400 chars {s['over_400_chars']}")
        for v in s["verdicts"]:
            print(f"  [{v['verdict']:>10}] {v['fact'] or '':<22} {v['chars']:>4}c  {v['text'][:150]}")


if __name__ == "__main__":
    main()
