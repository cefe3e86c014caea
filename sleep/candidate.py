"""A proposed lesson, before consolidation decides what becomes of it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Candidate:
    text: str
    scope: str
    title: str = ""
    when: str = ""
    kind: str = "procedure"
    evidence: list[str] = field(default_factory=list)
    confidence: float = 0.5
    source: str = "miner"  # miner | reflection
    avoid: str = ""
    prefer: str = ""
    operation: str = "add"  # what the proposer suggests: add | revise | supersede
    target: str | None = None  # the existing lesson a revise/supersede is about
    needs: int = 1  # sessions of evidence before it is injected; until then it waits as a candidate
    origin: str = "agent"  # whose words: agent (what it ran and saw) | operator | end-user | model
    flagged: str = ""  # why the night's second reader (``safety_review``) sends it to a person

    def key(self) -> str:
        """Structural identity: the same advice found twice has the same key."""
        if self.avoid or self.prefer:
            return f"{self.scope}|{self.avoid}|{self.prefer}"
        return f"{self.scope}|{' '.join(self.text.lower().split())}"
