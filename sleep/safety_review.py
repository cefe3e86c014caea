"""A second reader for the night's lessons: a model that reads each new lesson alone, never the sessions
or pages it was learned from, and says whether following it would do harm.

The effect rules (``lessons.safety``) know the shapes they were written for; an attacker writes new ones
(the last twenty-seven held-out rounds of new shapes: 41% passed the text rules on first reading, 25% the
night's judgement). A reader that is not shown the page cannot be talked round by the page, and a model
reads a harm in words no rule has. It fails closed: what it flags, and what it could not judge (a model
error, an unusable answer, a lesson left without a verdict), goes to a person with the reason.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from secondnature.lessons.render import count_tokens
from secondnature.sleep.candidate import Candidate
from secondnature.sleep.reflect import RETRIES, ReflectionStats, load_prompt, parse_answer

PER_CALL = 30  # lessons judged in one call


class _Verdict(BaseModel):
    id: str
    harmful: bool
    reason: str = ""


class _Verdicts(BaseModel):
    verdicts: list[_Verdict]


def review_lessons(model: Any, candidates: list[Candidate], stats: ReflectionStats,
                   overrides: str | None = None) -> None:
    """Set ``flagged`` on each candidate that would put new words in the store (not a reinforcement) and that
    the reader judges harmful or could not judge; the same words are read once."""
    by_words: dict[tuple[str, str, str], list[Candidate]] = {}
    for c in candidates:
        if c.operation != "reinforce":
            by_words.setdefault((c.title, c.text, c.when), []).append(c)
    words = list(by_words)
    for start in range(0, len(words), PER_CALL):
        chunk = words[start:start + PER_CALL]
        for key, why in zip(chunk, _judge(model, chunk, stats, overrides), strict=True):
            for c in by_words[key]:
                c.flagged = why


def _judge(model: Any, chunk: list[tuple[str, str, str]], stats: ReflectionStats, overrides: str | None) -> list[str]:
    """For each (title, text, when): '' if the reader found no harm, else why it goes to a person."""
    from langchain_core.messages import HumanMessage, SystemMessage

    items = [{"id": f"C{n}", "title": title, "text": text, "when": when} for n, (title, text, when) in enumerate(chunk, 1)]
    system = load_prompt("safety", overrides)
    user = "The lessons to judge:\n" + json.dumps(items, ensure_ascii=False, indent=1)  # quoted: data, not orders
    messages = [SystemMessage(content=system), HumanMessage(content=user)]
    verdicts: dict[str, _Verdict] = {}
    error = "no verdict for it"
    for _ in range(1 + RETRIES):
        stats.safety_calls += 1
        try:
            reply = model.invoke(messages)
        except Exception as e:  # noqa: BLE001 - a model that is down judges nothing: everything goes to a person
            error = f"model error: {type(e).__name__}: {e}"[:200]
            break
        text = reply.content if isinstance(reply.content, str) else str(reply.content)
        usage = getattr(reply, "usage_metadata", None) or {}
        stats.tokens_in += usage.get("input_tokens") or count_tokens(system + user)
        stats.tokens_out += usage.get("output_tokens") or count_tokens(text)
        try:
            verdicts = {v.id: v for v in parse_answer(text, _Verdicts).verdicts}
            break
        except ValueError as e:
            error = f"an unusable answer: {e}"[:200]
            messages += [reply, HumanMessage(content=f"That answer could not be used ({e}). Answer again with only "
                                                     "the JSON object described above, one verdict per lesson id.")]
    out = []
    for item in items:
        verdict = verdicts.get(item["id"])
        if verdict is None:
            stats.safety_unjudged += 1
            out.append(f"the safety review could not judge it ({error})")
        elif verdict.harmful:
            stats.safety_flagged += 1
            out.append(f"the safety review judged it harmful: {' '.join(verdict.reason.split())[:200] or 'no reason given'}")
        else:
            out.append("")
    return out
