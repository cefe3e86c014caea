"""Randomized exposure: which lessons a session is not shown, so that a lesson's effect can be measured.

Where a lesson would be injected, it is withheld with probability ``holdout``, and a share
``control_sessions`` of sessions is shown no lesson at all. The draw is a hash of a per-install salt, the
session id and the lesson id: a stdlib hook process, the middleware and ``inject`` decide the same for the
same session and lesson with no shared state, and every later read of the session agrees. Lessons a person
pinned, wrote or approved are never withheld: a person's rule is not an experiment. ``holdout = 0`` turns
it off. Standard library only.
"""

from __future__ import annotations

import os

from secondnature.hooks.core.paths import Home, ensure_private_dir, made_once
from secondnature.hooks.core.schema import sha1_hex

HOLDOUT = 0.1
CONTROL_SESSIONS = 0.05


def salt(home: Home) -> str:
    """This install's salt (made on first use): without it, anyone knowing the ids could predict the draw."""
    ensure_private_dir(home.state, home.data)
    return made_once(os.path.join(home.state, "exposure_salt"), lambda: os.urandom(16).hex())


def _draw(*parts: str) -> float:
    """A number in [0, 1) that depends only on ``parts``."""
    return int(sha1_hex(":".join(parts))[:13], 16) / 16 ** 13


def control(key: str, session_id: str, share: float = CONTROL_SESSIONS) -> bool:
    """Whether the session is a control session: shown no lesson, to measure all of them together (``key``:
    the install's ``salt``)."""
    return share > 0 and _draw(key, "control", session_id) < share


def withheld(key: str, session_id: str, lesson_id: str, holdout: float = HOLDOUT) -> bool:
    return holdout > 0 and _draw(key, "lesson", session_id, lesson_id) < holdout


def split(home: Home, session_id: str, lesson_ids: list[str], protected: set[str] | frozenset[str] = frozenset(),
          holdout: float = HOLDOUT, control_sessions: float = CONTROL_SESSIONS) -> tuple[list[str], list[str], bool]:
    """(lessons to show, lessons withheld, whether the session is a control one) of the ones that would be
    shown, in their order."""
    if not lesson_ids or (holdout <= 0 and control_sessions <= 0):
        return list(lesson_ids), [], False
    key = salt(home)
    everything = control(key, session_id, control_sessions)
    shown, held = [], []
    for lesson_id in lesson_ids:
        if lesson_id not in protected and (everything or withheld(key, session_id, lesson_id, holdout)):
            held.append(lesson_id)
        else:
            shown.append(lesson_id)
    return shown, held, everything
