"""Does the credit find which lessons help? A world where each lesson has a known causal effect on the
success of the sessions it applies to (helpful +30 points, neutral 0, harmful -20, at a 50% task; on the log-odds,
so every task feels it) and where exposure is
confounded as in reality (lessons apply more often where tasks are easy). Sessions are drawn, lessons shown
or withheld by the product's own draw (``hooks/core/exposure.py``), outcomes drawn from the true probabilities;
then the old credit (utility from being shown in sessions that went well) and the new one (the randomized
uplift of ``lessons/uplift.py``, archiving at 95%) judge the same lessons, side by side, seed by seed.

Printed per holdout (0.05, 0.1, 0.2): the sign of each lesson's effect recovered (lessons with at least 30
relevant sessions); harmful lessons archived and after how many sessions; helpful lessons archived; whether
the overall uplift's interval holds the true uplift, per seed; the old credit's verdicts on the same world;
the cost of the holdout in successes.

Usage: python bench/causal_credit.py [SEEDS] [SESSIONS]
"""

from __future__ import annotations

import math
import random
import statistics
import sys
import tempfile

SEEDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
SESSIONS = int(sys.argv[2]) if len(sys.argv) > 2 else 8000
EFFECTS = [0.30] * 10 + [0.0] * 10 + [-0.20] * 10  # points of success at a 50% task
# effects act on the log-odds, so a lesson's effect is real on every task (no clipping at 0% or 100%)
LOGIT = {e: math.log((0.5 + e) / (0.5 - e)) for e in set(EFFECTS)}
NIGHT = 100  # sessions a day


def run(seed: int, holdout: float, control: float, home) -> dict:
    from secondnature.hooks.core import exposure
    from secondnature.lessons.uplift import MIN_SESSIONS, estimate

    rng = random.Random(seed)
    lessons = [f"lesson-{seed}-{k}" for k in range(len(EFFECTS))]
    effect = dict(zip(lessons, EFFECTS, strict=True))
    counts = {x: [0, 0, 0, 0] for x in lessons}  # shown ok, shown bad, held ok, held bad
    relevant_in = dict.fromkeys(lessons, 0)
    archived_at: dict[str, int] = {}
    old_utility = dict.fromkeys(lessons, 0.0)
    treated, controlled = [0, 0], [0, 0]
    true_uplift, cost = [], 0.0
    for n in range(SESSIONS):
        ease = rng.uniform(0.15, 0.85)
        relevant = [x for x in lessons if x not in archived_at and rng.random() < 0.02 + 0.10 * ease]
        session = f"{seed}-{n}"
        shown, held, is_control = exposure.split(home, session, relevant, set(), holdout, control)
        p = _success(ease, [effect[x] for x in shown])
        p_all = _success(ease, [effect[x] for x in relevant])
        p_none = ease
        cost += p_all - p
        ok = rng.random() < p
        for x in relevant:
            relevant_in[x] += 1
        for x in shown:
            counts[x][0 if ok else 1] += 1
            old_utility[x] += 1.0 if ok else 0.0  # the old credit: +1 for a shown lesson in a good session
        for x in held if not is_control else []:  # a lesson's own draws, as the night counts them
            counts[x][2 if ok else 3] += 1
        if relevant and not is_control:  # every session lessons were retrieved for, as deployed
            treated[0 if ok else 1] += 1
            true_uplift.append(p - p_none)
        elif relevant and is_control:
            controlled[0 if ok else 1] += 1
        if (n + 1) % NIGHT == 0:  # the night decides, once a night, as the product does
            for x in lessons:
                e = estimate(*counts[x], min_sessions=MIN_SESSIONS)
                if e.hurts and x not in archived_at:
                    archived_at[x] = relevant_in[x]  # after this many sessions it applied to
    overall = estimate(treated[0], treated[1], controlled[0], controlled[1])
    truth = statistics.mean(true_uplift) if true_uplift else 0.0
    judged = [x for x in lessons if relevant_in[x] >= 30]
    signs = [x for x in judged if effect[x] != 0]
    recovered = sum((estimate(*counts[x]).mean > 0) == (effect[x] > 0) for x in signs)
    neutral_undecided = sum(x not in archived_at for x in judged if effect[x] == 0)
    harmful = [x for x in lessons if effect[x] < 0]
    helpful = [x for x in lessons if effect[x] > 0]
    old_rank = sorted(lessons, key=lambda x: -old_utility[x])
    old_harmful_above_helpful = sum(old_rank.index(h) < old_rank.index(g) for h in harmful for g in helpful)
    return {"signs": (recovered, len(signs)), "neutral_undecided": (neutral_undecided, sum(effect[x] == 0 for x in judged)),
            "harmful_archived": [archived_at.get(x) for x in harmful],
            "helpful_archived": sum(x in archived_at for x in helpful),
            "covered": overall.low <= truth <= overall.high, "truth": truth, "estimate": overall,
            "old_harmful_kept": sum(old_utility[x] > 0 for x in harmful),
            "old_helpful_pruned": sum(old_utility[x] <= 0 for x in helpful),
            "old_pairs": (old_harmful_above_helpful, len(harmful) * len(helpful)), "cost": cost}


def _success(ease: float, effects: list[float]) -> float:
    odds = math.log(ease / (1 - ease)) + sum(LOGIT[e] for e in effects)
    return 1 / (1 + math.exp(-odds))


def main() -> None:
    from secondnature.hooks.core.paths import Home

    home = Home(tempfile.mkdtemp(prefix="sn-credit-"))  # the draw's salt lives there
    print(f"{SEEDS} seeds x {SESSIONS} sessions; {len(EFFECTS)} lessons: 10 helpful (+30 points), 10 neutral, "
          "10 harmful (-20); lessons apply more often where tasks are easy")
    for holdout in (0.05, 0.1, 0.2):
        results = [run(seed, holdout, 0.05, home) for seed in range(SEEDS)]
        signs = sum(r["signs"][0] for r in results), sum(r["signs"][1] for r in results)
        neutral = sum(r["neutral_undecided"][0] for r in results), sum(r["neutral_undecided"][1] for r in results)
        archived = [a for r in results for a in r["harmful_archived"]]
        done = [a for a in archived if a is not None]
        covered = [seed for seed, r in enumerate(results) if r["covered"]]
        pairs = sum(r["old_pairs"][0] for r in results), sum(r["old_pairs"][1] for r in results)
        print(f"\nholdout {holdout}, control sessions 0.05:")
        print(f"  new credit: sign recovered for {signs[0]} of {signs[1]} helpful/harmful lessons "
              f"({signs[0] / signs[1]:.0%}); neutral left undecided {neutral[0]} of {neutral[1]}")
        print(f"  harmful archived {len(done)} of {len(archived)}, after a median of "
              f"{statistics.median(done) if done else '-'} sessions it applied to (max {max(done) if done else '-'}); "
              f"helpful archived {sum(r['helpful_archived'] for r in results)}")
        print(f"  overall uplift interval holds the true uplift in {len(covered)} of {SEEDS} seeds "
              f"(missed: {[s for s in range(SEEDS) if s not in covered]}); e.g. seed 0: true "
              f"{results[0]['truth']:+.3f}, estimate {results[0]['estimate'].describe()}")
        print(f"  old credit on the same world: harmful kept {sum(r['old_harmful_kept'] for r in results)} of "
              f"{len(archived)}, helpful pruned {sum(r['old_helpful_pruned'] for r in results)}; it ranks a harmful "
              f"lesson above a helpful one in {pairs[0]} of {pairs[1]} pairs ({pairs[0] / pairs[1]:.0%})")
        print(f"  cost of the experiment: {statistics.mean(r['cost'] for r in results):.1f} successes per "
              f"{SESSIONS} sessions (mean over seeds)")


if __name__ == "__main__":
    main()
