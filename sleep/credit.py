"""Credit and prune: which lessons actually help, and forgetting the ones that do not.

Credit: a lesson shown in a session that went well, and relevant to what the session did, gains
utility (by the reward when there is one); a lesson shown in a session that repeated the very
mistake it warns about loses it. Relevance matters because session-start digests show every
lesson of a scope: a deploy lesson earns nothing from a session that only ran ``git status``.
Prune: a lesson not helpful for ``stale_days`` (utility not above zero) is archived, and each scope
keeps at most ``cap`` active lessons. Harm lowers utility, and so the lesson's rank and its time to
decay, but does not archive by itself: the advice may be right and merely ignored. Pinned lessons are never pruned; pruned lessons
are archived (restorable), never deleted.
"""

from __future__ import annotations

import functools
import time
from datetime import datetime

from secondnature.hooks.core.keywords import terms
from secondnature.hooks.core.settings import SleepSettings
from secondnature.lessons.model import Lesson
from secondnature.lessons.retrieve import protected
from secondnature.lessons.snapshot import prior, term_counts
from secondnature.lessons.uplift import MIN_SESSIONS, of_lesson
from secondnature.sleep.consolidate import Plan
from secondnature.sleep.episodes import Episode

STALE_DAYS = SleepSettings.stale_days
CAP_PER_SCOPE = SleepSettings.cap_per_scope


CREDITED_KEPT = 500  # sessions remembered per lesson, so that a session that grows is not credited again


def credit(plan: Plan, episodes: list[Episode], min_sessions: int = MIN_SESSIONS) -> None:
    """Credit each (lesson, session) pair once, however often the session grows and is read again: the
    experiment's counts (shown or withheld, went well or not), then the old signal, which stays the
    lesson's utility until the experiment has enough data and is its prior after that."""
    touched = set()
    for ep in episodes:
        if ep.outcome in ("success", "failure"):
            # a control session withheld every lesson, the helpful with the rest: it measures all of them together
            # (the report), not one against the others, so a lesson's withheld side counts only its own draws
            held = [] if ep.control else ep.lessons_withheld
            for lesson_id, side in [(i, "shown") for i in ep.lessons_shown] + [(i, "held") for i in held]:
                lesson = plan.current.get(lesson_id)
                if lesson is None or ep.session_id in lesson.credited:
                    continue
                field = f"{side}_{'ok' if ep.outcome == 'success' else 'bad'}"
                setattr(lesson, field, getattr(lesson, field) + 1)
                touched.add(lesson_id)
        for lesson_id in ep.lessons_shown:
            lesson = plan.current.get(lesson_id)
            if lesson is None or ep.session_id in lesson.credited:
                continue
            before = (lesson.helpful, lesson.harmful)
            if lesson.avoid and any(_repeats(step.command, lesson.avoid) for step in ep.failures):
                lesson.harmful += 1
                lesson.utility = round(lesson.utility - 1.0, 4)
                plan.record("credit", lesson, f"shown, yet the session repeated the mistake `{lesson.avoid}` (-1)",
                            [ep.session_id])
            elif ep.outcome == "success" and relevant(lesson, ep):
                gain = ep.reward if ep.reward is not None and ep.reward > 0 else 0.5
                lesson.helpful += 1
                lesson.utility = round(lesson.utility + gain, 4)
                lesson.last_used = max(lesson.last_used, ep.ended)
                plan.record("credit", lesson, f"shown in a session that went well (+{gain:.2f})", [ep.session_id])
            if (lesson.helpful, lesson.harmful) != before:
                lesson.credited = (lesson.credited + [ep.session_id])[-CREDITED_KEPT:]
        for lesson_id in ep.lessons_withheld + ep.lessons_shown:
            lesson = plan.current.get(lesson_id)
            if lesson is not None and lesson_id in touched and ep.session_id not in lesson.credited:
                lesson.credited = (lesson.credited + [ep.session_id])[-CREDITED_KEPT:]
    for lesson_id in sorted(touched):
        _decide(plan, plan.current[lesson_id], min_sessions)


def _decide(plan: Plan, lesson, min_sessions: int) -> None:
    """What the experiment says of a lesson once both sides have ``min_sessions``: hurting with 95%
    confidence, archived (a person's lesson is never in the experiment); helping, proven."""
    effect = of_lesson(lesson, min_sessions)
    if not effect.enough:
        return
    if effect.hurts and lesson.status == "active" and not protected(lesson):
        lesson.status = "archived"
        plan.record("prune", lesson, f"the randomized experiment says it hurts: uplift {effect.describe()}")
    elif effect.helps and not lesson.proven:
        lesson.proven = True
        plan.record("credit", lesson, f"proven by the randomized experiment: uplift {effect.describe()}")
    elif lesson.proven and not effect.helps:
        lesson.proven = False
        plan.record("credit", lesson, f"no longer proven: uplift {effect.describe()}")


def relevant(lesson: Lesson, ep: Episode) -> bool:
    """Whether the session did what the lesson is about: it ran the recommended command, or the
    lesson shares at least two keywords with the task and the commands."""
    commands = [step.command for step in ep.steps]
    if lesson.prefer and any(part.strip() and part.strip() in commands for part in lesson.prefer.split(" then ")):
        return True
    return len(term_counts(lesson.embed_text()).keys() & _session_terms(ep.task, tuple(commands))) >= 2


@functools.lru_cache(maxsize=4096)
def _session_terms(task: str, commands: tuple[str, ...]) -> frozenset[str]:
    """A session's keywords, worked out once however many of its lessons are credited (a digest shows dozens)."""
    return frozenset(terms(" ".join([task, *commands])))


def _repeats(command: str, avoid: str) -> bool:
    return command == avoid or command.startswith(avoid + " ")


def _age_days(stamp: str, now: float) -> float:
    try:
        return (now - datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()) / 86400
    except ValueError:
        return 0.0


def prune(plan: Plan, now: float | None = None, stale_days: float = STALE_DAYS, cap: int = CAP_PER_SCOPE) -> None:
    now = time.time() if now is None else now
    for lesson in plan.active():
        if lesson.pinned:
            continue
        fresh = max(lesson.last_used, lesson.last_seen, lesson.created)
        age = _age_days(fresh, now)
        if age > stale_days and lesson.utility <= 0:
            _archive(plan, lesson, f"not helpful in {age:.0f} days")
    for scope in {lesson.scope for lesson in plan.active()}:
        active = [x for x in plan.active(scope) if not x.pinned]
        if len(active) > cap:
            for lesson in sorted(active, key=prior)[: len(active) - cap]:
                _archive(plan, lesson, f"over the cap of {cap} active lessons in the scope (lowest value)")


def _archive(plan: Plan, lesson, reason: str) -> None:
    lesson.status = "archived"
    plan.record("prune", lesson, reason)
