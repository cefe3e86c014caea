"""A lesson's effect, estimated from the randomized experiment: the success of the sessions it was shown
in against those it was retrieved for and withheld from (``hooks/core/exposure.py``). Each side is a
Beta-Binomial posterior (uniform prior); the uplift is the difference of their means, with a 95% interval
from the normal approximation of the difference of two Betas. Decisions wait until each side has
``min_sessions``. Used by the night (credit), the ranking, ``report`` and ``lessons show``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from secondnature.hooks.core.settings import CreditSettings

Z95 = 1.959964  # the 95% interval, reported and deciding: a lesson hurts when all of it is below zero
MIN_SESSIONS = CreditSettings.min_sessions


@dataclass
class Uplift:
    shown: int  # sessions on each side with a judged outcome
    withheld: int
    mean: float  # success rate shown minus success rate withheld (posterior means)
    low: float  # 95% interval
    high: float
    enough: bool  # both sides have min_sessions: the interval may decide something
    sd: float = 0.0

    @property
    def hurts(self) -> bool:
        """The whole 95% interval below zero, on enough sessions (checked every night, so the stricter
        two-sided bound keeps neutral lessons from being archived by chance)."""
        return self.enough and self.high < 0

    @property
    def helps(self) -> bool:
        return self.enough and self.low > 0

    @property
    def verdict(self) -> str:
        if not self.enough:
            return "not enough data yet"
        if self.helps:
            return "helps (95%)"
        if self.hurts:
            return "hurts (95%)"
        return "no clear effect"

    def describe(self) -> str:
        return (f"{self.mean:+.1%} [{self.low:+.1%}, {self.high:+.1%}] from {self.shown} sessions shown and "
                f"{self.withheld} withheld: {self.verdict}")


def _beta(wins: int, losses: int) -> tuple[float, float]:
    a, b = wins + 1, losses + 1
    return a / (a + b), a * b / ((a + b) ** 2 * (a + b + 1))


def estimate(shown_ok: int, shown_bad: int, held_ok: int, held_bad: int, min_sessions: int = MIN_SESSIONS) -> Uplift:
    m1, v1 = _beta(shown_ok, shown_bad)
    m0, v0 = _beta(held_ok, held_bad)
    sd = math.sqrt(v1 + v0)
    mean = m1 - m0
    n1, n0 = shown_ok + shown_bad, held_ok + held_bad
    return Uplift(shown=n1, withheld=n0, mean=round(mean, 4), low=round(mean - Z95 * sd, 4),
                  high=round(mean + Z95 * sd, 4), enough=n1 >= min_sessions and n0 >= min_sessions, sd=sd)


def of_lesson(lesson, min_sessions: int = MIN_SESSIONS) -> Uplift:
    return estimate(lesson.shown_ok, lesson.shown_bad, lesson.held_ok, lesson.held_bad, min_sessions)
