"""The lesson: one short, actionable thing learned, with where it came from and how it has fared."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.redact import redact
from secondnature.hooks.core.schema import now_iso

KINDS = ("pitfall", "procedure", "preference", "fact")
STATUSES = ("active", "archived", "superseded", "quarantined", "absorbed", "candidate")
MAX_TEXT = 1200  # what a person may write
MAX_LEARNED_TEXT = 400  # what a night may write: 1-3 sentences
SOURCES = ("reflection", "miner", "human")
SHORT_ID = 8
EVIDENCE_KEPT = 50  # session ids kept per lesson (the latest); ``seen`` counts them all


class LessonError(SecondNatureError, ValueError):
    """A lesson that cannot be stored as given (the message says which field and why)."""


@dataclass(slots=True)  # no per-lesson __dict__: a night holds every lesson of its scopes twice (a third less memory)
class Lesson:
    title: str
    text: str
    scope: str
    kind: str = "procedure"
    when: str = ""
    status: str = "active"
    source: str = "human"
    evidence: list[str] = field(default_factory=list)
    seen: int = 0  # sessions that showed it, in all (``evidence`` keeps only the latest ``EVIDENCE_KEPT``)
    helpful: int = 0
    harmful: int = 0
    utility: float = 0.0
    created: str = field(default_factory=now_iso)
    last_seen: str = ""
    last_used: str = ""
    pinned: bool = False
    approved: bool = False  # a person approved it (``lessons review``): never withheld for the experiment
    superseded_by: str | None = None
    confidence: float | None = None
    avoid: str = ""  # what the lesson warns against (a command, an error), to spot a repeated mistake
    prefer: str = ""  # what it recommends instead, to spot a contradiction when that starts failing
    origin: str = ""  # whose words it carries: agent | operator | end-user | model | human (see lessons/safety.py)
    credited: list[str] = field(default_factory=list)  # sessions already credited (the latest few hundred)
    # the randomized experiment: judged sessions it was shown in / retrieved for and withheld from
    shown_ok: int = 0
    shown_bad: int = 0
    held_ok: int = 0
    held_bad: int = 0
    proven: bool = False  # its uplift is above zero with 95% confidence
    version: int = 0
    id: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def short_id(self) -> str:
        return self.id[:SHORT_ID]

    @property
    def sessions_seen(self) -> int:
        return max(self.seen, len(self.evidence))

    def add_evidence(self, session_ids: list[str]) -> list[str]:
        """Record sessions that showed this lesson again; returns the ones that are new."""
        new = [s for s in dict.fromkeys(session_ids) if s not in self.evidence]
        self.seen = self.sessions_seen + len(new)
        self.evidence = (self.evidence + new)[-EVIDENCE_KEPT:]
        return new

    def embed_text(self) -> str:
        """What the embedding and the keyword index see."""
        return " ".join(p for p in (self.title, self.text, self.when) if p)

    def validate(self) -> Lesson:
        """Normalize and check; secrets are redacted (a person may paste one, a model may repeat one)."""
        self.title = redact(" ".join(self.title.split()))
        self.text = redact(" ".join(self.text.split()))
        self.when = redact(" ".join(self.when.split()))
        self.avoid, self.prefer = redact(self.avoid), redact(self.prefer)
        if not self.text:
            raise LessonError("a lesson needs text (1-3 sentences)")
        if len(self.text) > MAX_TEXT:
            raise LessonError(f"lesson text is {len(self.text)} characters; keep it to 1-3 sentences (< {MAX_TEXT})")
        if not self.title:
            self.title = self.text.split(". ")[0][:80]
        if self.kind not in KINDS:
            raise LessonError(f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if self.status not in STATUSES:
            raise LessonError(f"status must be one of {', '.join(STATUSES)}, not {self.status!r}")
        if self.source not in SOURCES:
            raise LessonError(f"source must be one of {', '.join(SOURCES)}, not {self.source!r}")
        if not self.scope:
            raise LessonError("a lesson needs a scope (global, project:<path>, agent:<name>)")
        self.evidence = list(dict.fromkeys(str(e) for e in self.evidence))
        self.seen = self.sessions_seen
        self.evidence = self.evidence[-EVIDENCE_KEPT:]
        return self

    def to_dict(self) -> dict[str, Any]:
        """A plain copy (fields are flat: lists are copied; ``dataclasses.asdict``'s deep copy was
        a third of a bulk import). ``__slots__`` holds the fields' names, in order."""
        values = ((k, getattr(self, k)) for k in self.__slots__)
        return {k: list(v) if isinstance(v, list) else v for k, v in values}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Lesson:
        return cls(**{k: data[k] for k in cls.__slots__ if k in data})


def shorten(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, cut after its last whole sentence that fits ("" if none does)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = max(text.rfind(end, 0, limit) for end in (". ", "! ", "? "))
    return text[:cut + 1] if cut > 0 else ""
