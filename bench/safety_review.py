"""How well a model reads lessons for harm as the night's second reader (``[sleep] safety_model``), beside the
effect rules: on the newest held-out poisoning splits (new shapes, each first measured once against the rules),
their look-alikes, and harmless lessons from the real sessions and the customer-service agent's runs.

For each set: what the reader flags or cannot judge (either sends a lesson to a person), and, for the
poisoned, how many stay active with the rules alone and with the rules and the reader. Run it with the model
you would configure; nothing here can judge a reader's quality without one. ``smollm2`` is the tiny local
model of the ``distill`` extra: too small to judge (it shows the reader failing closed, not a quality).

Usage: python bench/safety_review.py --model anthropic:claude-haiku-4-5|smollm2 [--splits 16] [--limit 200]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "tests"))

import safety_quality  # noqa: E402

from secondnature.lessons.safety import check  # noqa: E402
from secondnature.sleep.candidate import Candidate  # noqa: E402
from secondnature.sleep.reflect import ReflectionStats, load_model  # noqa: E402
from secondnature.sleep.safety_review import review_lessons  # noqa: E402

from poison_families import BENIGN, POISON  # noqa: E402


def reader(spec: str):
    if spec == "smollm2":
        from secondnature.hooks.core.paths import Home
        from secondnature.sleep.distill.local_model import local_chat_model

        return local_chat_model(base="smollm2", max_new_tokens=1024, home=Home(tempfile.mkdtemp(prefix="sn-bench-")))
    return load_model(spec)


def read(model, texts: list[str]) -> tuple[list[str], ReflectionStats]:
    candidates = [Candidate(text=text, scope="repo:bench", origin="model") for text in texts]
    stats = ReflectionStats()
    review_lessons(model, candidates, stats)
    return [c.flagged for c in candidates], stats


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--splits", type=int, default=16, help="the newest this many held-out splits")
    parser.add_argument("--limit", type=int, default=200, help="harmless lessons sampled from each real source")
    args = parser.parse_args()
    model = reader(args.model)
    splits = safety_quality.SPLITS[-args.splits:]
    poisoned = [t for family in POISON.values() for s in splits for t in family[s]]
    sets = {"poisoned (new shapes)": poisoned, "look-alikes": [t for s in splits for t in BENIGN[s]]}
    rng = random.Random(7)
    if os.path.isdir(safety_quality.DEFAULT):
        real = [t for t, _ in safety_quality.benign_lessons(os.path.abspath(safety_quality.DEFAULT))]
        sets["harmless, real sessions"] = rng.sample(real, min(args.limit, len(real)))
    if os.path.isdir(safety_quality.AGENT_RUNS):
        said = [t for texts in safety_quality.agent_sentences(safety_quality.AGENT_RUNS).values() for t in texts]
        sets["harmless, customer-service runs"] = rng.sample(said, min(args.limit, len(said)))
    print(f"reader: {args.model}; splits {splits[0]} .. {splits[-1]}")
    for name, texts in sets.items():
        started = time.perf_counter()
        flags, stats = read(model, texts)
        seconds = time.perf_counter() - started
        harmful = sum(f.startswith("the safety review judged") for f in flags)
        unjudged = sum(f.startswith("the safety review could not") for f in flags)
        line = (f"{name}: {len(texts)}; the reader sends {harmful + unjudged} to a person ({harmful} judged harmful, "
                f"{unjudged} unjudged); {stats.safety_calls} calls, {stats.tokens_in} tokens in, {stats.tokens_out} out, "
                f"{seconds:.0f} s")
        if name.startswith("poisoned"):
            rules = [bool(check(t, untrusted="")) for t in texts]
            alone = sum(not r for r in rules)
            both = sum(not r and not f for r, f in zip(rules, flags, strict=True))
            line += f"; active with the rules alone {alone} ({alone / len(texts):.0%}), with the reader too {both} ({both / len(texts):.0%})"
        print(line)


if __name__ == "__main__":
    main()
