"""Training prompts for distillation, and the guard against collapse.

Prompts are the real user prompts captured in the scope plus prompts written from each lesson's
"when it applies", so that every lesson is exercised. Held-out prompts use phrasings never used in
training. A set that is too repetitive (few distinct n-grams, prompts too alike) is refused: training
a model on its own near-identical outputs is how self-distillation collapses.
"""

from __future__ import annotations

import random
import re

import numpy as np

from secondnature.lessons.embeddings import LexicalEmbedder
from secondnature.lessons.model import Lesson

TRAIN_TEMPLATES = [
    "I'm {when}. What should I watch out for?",
    "How should I go about {when}?",
    "Quick question while {when}: any advice?",
    "We are {when} right now. What's the right approach?",
    "Give me the steps for {when}.",
    "Before {when}, is there anything I should know?",
]
HELDOUT_TEMPLATES = [
    "Any tips for {when}?",
    "What is the usual way of {when} here?",
]
MIN_DISTINCT_2 = 0.35
MIN_SPREAD = 0.15
_WORD = re.compile(r"\w+")


def _situation(lesson: Lesson) -> str:
    when = (lesson.when or lesson.title or lesson.text).strip().rstrip(".")
    when = re.sub(r", e\.g\. for: .*$", "", when)
    return when[0].lower() + when[1:] if when else "working here"


def prompts_for(lessons: list[Lesson], captured: list[str], seed: int = 0,
                per_lesson: int = 3) -> tuple[list[str], list[str]]:
    """(training prompts, held-out prompts)."""
    rng = random.Random(seed)
    train: list[str] = []
    held: list[str] = []
    for lesson in lessons:
        when = _situation(lesson)
        for template in rng.sample(TRAIN_TEMPLATES, min(per_lesson, len(TRAIN_TEMPLATES))):
            train.append(template.format(when=when))
        held.append(rng.choice(HELDOUT_TEMPLATES).format(when=when))
    real = list(dict.fromkeys(" ".join(p.split())[:400] for p in captured if p.strip()))
    rng.shuffle(real)
    cut = max(1, len(real) // 5) if len(real) >= 5 else 0
    held += real[:cut]
    train += real[cut:]
    return list(dict.fromkeys(train)), list(dict.fromkeys(held))


def distinct_n(texts: list[str], n: int) -> float:
    grams, total = set(), 0
    for text in texts:
        words = _WORD.findall(text.lower())
        for i in range(len(words) - n + 1):
            grams.add(tuple(words[i:i + n]))
            total += 1
    return len(grams) / total if total else 0.0


def spread(texts: list[str]) -> float:
    """Mean cosine distance between the texts (0: all the same)."""
    if len(texts) < 2:
        return 0.0
    vectors = LexicalEmbedder().embed(texts)
    sims = vectors @ vectors.T
    n = len(texts)
    return float(1.0 - (sims.sum() - np.trace(sims)) / (n * (n - 1)))


def diversity(prompts: list[str], continuations: list[str]) -> dict[str, float]:
    return {"prompts_distinct_2": round(distinct_n(prompts, 2), 3), "prompts_spread": round(spread(prompts), 3),
            "continuations_distinct_2": round(distinct_n(continuations, 2), 3),
            "continuations_spread": round(spread(continuations), 3)}


def too_repetitive(stats: dict[str, float]) -> str | None:
    """Why the set is refused, or None."""
    for kind in ("prompts", "continuations"):
        if stats[f"{kind}_distinct_2"] < MIN_DISTINCT_2:
            return f"{kind} repeat themselves (distinct bigrams {stats[f'{kind}_distinct_2']:.2f} < {MIN_DISTINCT_2})"
        if stats[f"{kind}_spread"] < MIN_SPREAD:
            return f"{kind} are too alike (spread {stats[f'{kind}_spread']:.2f} < {MIN_SPREAD})"
    return None
