"""Consolidate: candidates become operations applied by code, never a model rewriting the lesson set.

ADD (a new lesson), REINFORCE (seen again: more evidence, fresher), MERGE (near-duplicates become
one, keeping all evidence), REVISE (better wording, same meaning), SUPERSEDE (newer evidence
contradicts an older lesson, which is kept for audit and no longer injected), DISCARD (too weak, or
something a person already rejected). A candidate that could act as a prompt injection is added to
quarantine. Every operation carries its reason and evidence.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

import numpy as np

from secondnature.hooks.core.keywords import terms
from secondnature.lessons import cache
from secondnature.lessons.model import MAX_LEARNED_TEXT, STATUSES, Lesson, shorten
from secondnature.lessons.particulars import generalise, only_particulars
from secondnature.lessons.safety import SENTENCE_END, check, outside_quotes, scrub_secrets
from secondnature.lessons.sensitive import areas, spoken_of
from secondnature.lessons.store import LessonStore
from secondnature.sleep.candidate import Candidate
from secondnature.sleep.episodes import _WORD, Episode, six_word_runs

MIN_CONFIDENCE = 0.3
MIN_TEXT = 20
PROMOTE_AT = 2  # sessions of evidence that make a held candidate active


@dataclass
class Operation:
    op: str  # add reinforce merge revise supersede discard quarantine credit prune
    lesson_id: str | None
    title: str
    reason: str
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return self.__dict__.copy()


def held_vectors(store: LessonStore, scopes: list[str], ids: list[str], state: dict) -> dict[str, np.ndarray]:
    """The stored vectors of ``ids``: from the scopes' current retrieval caches where they hold them (files read in
    milliseconds, where 10,000 vectors read from Chroma pass through 4 million Python floats), the rest (lessons not
    active, scopes without a current cache, a remote store) from the store."""
    found: dict[str, np.ndarray] = {}
    if not store.url:  # a remote store is written by other machines: local revisions say nothing of it
        for scope in scopes:
            snap = cache.load(store.home, scope, state)
            if snap is not None and snap.embedding == store.embedder.spec:
                matrix = np.array(snap.vectors)  # a copy: rows of a memory map are slow to stack
                for lesson_id, row in snap.rows().items():
                    found.setdefault(lesson_id, matrix[row])
    wanted = set(ids)
    found = {i: v for i, v in found.items() if i in wanted}
    found.update(store.vectors([i for i in ids if i not in found]))
    return found


class Plan:
    """The night's work on the store: the lessons as they were, as they will be, and each operation."""

    def __init__(self, store: LessonStore, scopes: list[str]):
        self.store = store
        self.scopes = set(scopes)
        self.revisions = cache.revisions(store.home)  # before reading: a write meanwhile makes what the plan holds stale
        every = store.list(scopes, statuses=list(STATUSES)) if scopes else []
        self.original: dict[str, Lesson] = {lesson.id: lesson for lesson in every}
        self.current: dict[str, Lesson] = {i: Lesson.from_dict(lesson.to_dict()) for i, lesson in self.original.items()}
        self.operations: list[Operation] = []
        self.actions: dict[str, list[str]] = {}
        self.reasons: dict[str, list[str]] = {}
        # the vectors the store already holds: re-embedding every lesson each night would cost minutes with MiniLM
        self.vectors: dict[str, np.ndarray] = held_vectors(store, scopes, [x.id for x in every], self.revisions)
        self._taken: set[str] | None = None
        self.by_scope: dict[str, list[str]] = {}  # a lesson's scope never changes: each candidate looks up its own
        for lesson in every:
            self.by_scope.setdefault(lesson.scope, []).append(lesson.id)

    def taken(self) -> set[str]:
        """Every id the store holds, in any scope or status (read once, ids only)."""
        if self._taken is None:
            self._taken = self.store.ids()
        return self._taken

    def record(self, op: str, lesson: Lesson | None, reason: str, evidence: list[str] | None = None) -> None:
        self.operations.append(Operation(op, lesson.id if lesson else None, lesson.title if lesson else "", reason,
                                         list(evidence or [])))
        if lesson is not None:
            self.actions.setdefault(lesson.id, []).append(op)
            self.reasons.setdefault(lesson.id, []).append(f"{op}: {reason}")

    def add(self, lesson: Lesson) -> None:
        lesson.validate()
        if lesson.id not in self.current:
            self.by_scope.setdefault(lesson.scope, []).append(lesson.id)
        self.current[lesson.id] = lesson
        self.vectors[lesson.id] = self.store.embedder.embed([lesson.embed_text()])[0]

    def changes(self) -> list[tuple[Lesson, Lesson | None, str, str]]:
        """One versioned change per lesson touched tonight: (after, before, action, reason)."""
        out = []
        for lesson_id, actions in self.actions.items():
            after, before = self.current[lesson_id], self.original.get(lesson_id)
            if before is not None and after.to_dict() == before.to_dict():
                continue
            after.version = (before.version if before else 0) + 1
            out.append((after, before, "+".join(dict.fromkeys(actions)), "; ".join(self.reasons[lesson_id])[:2000]))
        return out

    def in_scope(self, scope: str) -> list[str]:
        return list(self.by_scope.get(scope, ()))

    def active(self, scope: str | None = None) -> list[Lesson]:
        chosen = self.current.values() if scope is None else (self.current[i] for i in self.by_scope.get(scope, ()))
        return [x for x in chosen if x.status == "active"]


def similarity(plan: Plan, vector: np.ndarray, lesson_ids: list[str]) -> list[tuple[float, str]]:
    """(cosine, id) of the given lessons to ``vector``, best first."""
    ids = [i for i in lesson_ids if i in plan.vectors]
    if not ids:
        return []
    scores = np.stack([plan.vectors[i] for i in ids]) @ vector
    return [(float(scores[k]), ids[k]) for k in np.argsort(-scores)]


def duplicate_threshold(store: LessonStore) -> float:
    return 0.9 if store.embedder.spec.startswith(("minilm", "chroma-default", "langchain")) else 0.85


_QUOTED = re.compile(r"`([^`\n]+)`")


def _structural(candidate: Candidate, lesson: Lesson) -> bool:
    if candidate.source == "reflection" and lesson.prefer and not candidate.avoid and not candidate.prefer:
        # a model's lesson about the same commands as a mined one is the same fact: the miner's words stay
        quoted = {" ".join(q.split()) for q in _QUOTED.findall(candidate.text)}
        return lesson.prefer in quoted and (not lesson.avoid or lesson.avoid in candidate.text)
    if candidate.avoid and not candidate.prefer:  # "X keeps failing" is already told by any lesson about X
        return candidate.avoid == lesson.avoid
    if candidate.avoid or candidate.prefer:
        return (candidate.avoid, candidate.prefer) == (lesson.avoid, lesson.prefer)
    return " ".join(candidate.text.lower().split()) == " ".join(lesson.text.lower().split())


def merge_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Tonight's duplicate candidates become one, with all their evidence."""
    merged: dict[str, Candidate] = {}
    for c in candidates:
        key = c.key() if c.operation == "add" else f"{c.key()}|{c.operation}|{c.target}"
        if key in merged:
            kept = merged[key]
            kept.evidence = list(dict.fromkeys(kept.evidence + c.evidence))
            kept.confidence = max(kept.confidence, c.confidence)
            kept.flagged = kept.flagged or c.flagged
        else:
            merged[key] = c
    return list(merged.values())


def repair(c: Candidate) -> str:
    """Make a candidate fit to store (shortened to whole sentences); the reason when it cannot be."""
    text = shorten(c.text, MAX_LEARNED_TEXT)
    if not text:
        return f"too long to shorten to whole sentences ({len(c.text)} chars): {c.text[:80]}"
    c.text, c.title, c.when = text, " ".join(c.title.split())[:120], " ".join(c.when.split())[:240]
    general, kinds = generalise(c.text)
    if kinds and only_particulars(c.text, general):
        return f"only one conversation's particulars ({', '.join(kinds)}): {general[:80]}"
    c.text, c.title, c.when = general, generalise(c.title)[0], generalise(c.when)[0]
    c.avoid, c.prefer = generalise(c.avoid)[0], generalise(c.prefer)[0]
    if len(c.text) < MIN_TEXT or c.confidence < MIN_CONFIDENCE:
        return f"too weak ({len(c.text)} chars, confidence {c.confidence:.2f}): {c.text[:80]}"
    if not c.scope:
        return f"no scope: {c.text[:80]}"
    return ""


def consolidate(plan: Plan, candidates: list[Candidate], episodes: dict[str, Episode], night: str) -> None:
    """Apply each candidate; one that cannot be applied is discarded with its reason, never fatal."""
    threshold = duplicate_threshold(plan.store)
    for c in merge_candidates(candidates):
        problem = repair(c)
        if problem:
            plan.record("discard", None, problem, c.evidence)
            continue
        try:
            _consolidate_one(plan, c, episodes, night, threshold)
        except Exception as e:  # noqa: BLE001 - one bad candidate must not cost the night
            plan.record("discard", None, f"could not be applied ({type(e).__name__}: {e}): {c.text[:80]}", c.evidence)


def _consolidate_one(plan: Plan, c: Candidate, episodes: dict[str, Episode], night: str, threshold: float) -> None:
    untrusted = "\n".join(episodes[s].untrusted for s in c.evidence if s in episodes)
    unsafe = check(f"{c.title}. {c.text} {c.when}", untrusted) + untrusted_origin(c, episodes) + (
        [c.flagged] if c.flagged else [])
    target = plan.current.get(c.target) if c.target else None
    if c.operation in ("revise", "supersede") and target is not None and target.status == "active" and not unsafe:
        (revise if c.operation == "revise" else supersede)(plan, target, c, night)
        return
    vector = plan.store.embedder.embed([c.text])[0]
    scoped = plan.in_scope(c.scope)
    match = next((plan.current[i] for i in scoped if _structural(c, plan.current[i])), None)
    if match is None:
        best = similarity(plan, vector, scoped)[:1]
        if best and best[0][0] >= threshold:
            match = plan.current[best[0][1]]
    if c.operation == "reinforce" and target is not None:
        match = target
    if match is not None:
        if match.prefer == "orientation" and match.status == "active" and match.text != c.text and not unsafe:
            revise(plan, match, c, night)  # the project's commands changed: the orientation says what works now
        elif match.status in ("active", "quarantined", "candidate"):
            reinforce(plan, match, c, night)
        else:
            plan.record("discard", None, f"matches {match.status} lesson {match.short_id} ({match.title[:50]})",
                        c.evidence)
        return
    stale = [plan.current[i] for i in scoped if c.avoid and plan.current[i].status == "active"
             and (plan.current[i].prefer == c.avoid  # what it recommends now fails
                  or (c.prefer and plan.current[i].avoid == c.avoid and not plan.current[i].prefer))]
    lesson = _new_lesson(c, night, plan)
    if unsafe:
        lesson.status, op, reason = "quarantined", "quarantine", "; ".join(unsafe)
    elif len(c.evidence) < c.needs:
        lesson.status, op = "candidate", "hold"
        reason = f"needs {c.needs} sessions of evidence before it is injected, has {len(c.evidence)}"
    else:
        op, reason = "add", f"new {c.source} lesson (confidence {c.confidence:.2f})"
    plan.add(lesson)
    plan.record(op, lesson, reason, c.evidence)
    if op != "add":
        return
    for old in stale:
        why = (f"`{old.prefer}` now fails" if old.prefer else f"how to avoid `{old.avoid}` is now known")
        _retire(plan, old, lesson, f"{why} ({lesson.short_id}: {lesson.title[:50]})", c.evidence)


def _new_lesson(c: Candidate, night: str, plan: Plan) -> Lesson:
    """A lesson for a new candidate. Its id comes from what it says and the sessions it is learned from,
    so ``sleep --dry-run`` shows the ids the real night will write; an id already taken (the same
    lesson, archived) gets a fresh one."""
    made = uuid.uuid5(uuid.NAMESPACE_URL, "\n".join(["second-nature", c.scope, c.kind, c.text, *sorted(c.evidence)])).hex
    if made in plan.current or made in plan.taken():
        made = uuid.uuid4().hex
    # scrubbed here, after the safety check has read the words as they were
    return Lesson(title=scrub_secrets(c.title), text=scrub_secrets(c.text), when=scrub_secrets(c.when),
                  scope=c.scope, kind=c.kind, source=c.source,
                  evidence=list(c.evidence), confidence=c.confidence, avoid=c.avoid, prefer=c.prefer,
                  created=night, last_seen=night, origin=c.origin, id=made)


def untrusted_origin(c: Candidate, episodes: dict[str, Episode]) -> list[str]:
    """Reasons a person must approve a lesson because of whose words it carries and how far it reaches.
    Evidence is counted in independent sources, not sessions, so that one attacker cannot meet a "seen
    twice" rule alone: an end user is one source however many chats or accounts say it, and an end user's
    words never reach the agent's other users without a person; a page or tool output is one source however
    often it is read; a global lesson (it reaches every repository and agent) needs more than one scope and
    must not rest on a document, which one attacker can put in front of every scope. And since an effect
    rule can be paraphrased past, a lesson that touches a sensitive area which a page, tool output or end
    user in its evidence also speaks of goes to a person (the operator's own words excepted)."""
    reasons = []
    seen = [episodes[s] for s in c.evidence if s in episodes]
    everyone = c.scope.startswith("agent:") and "/user:" not in c.scope
    from_end_users = c.origin == "end-user" or (
        c.origin == "model" and any(ep.scope.startswith("agent:") and (ep.feedback or ep.corrections) for ep in seen))
    if everyone and from_end_users:
        reasons.append("an end user's words would reach every user of the agent")
    sources = document_sources(f"{c.title}. {c.text} {c.when}", seen, words=c.origin == "model")
    if c.scope == "global" and len({ep.scope for ep in seen}) < 2:
        reasons.append("a global lesson needs evidence from more than one scope")
    elif c.scope == "global" and sources:
        reasons.append("a global lesson must not rest on what a page or tool output said")
    elif sources and (len(sources) < 2 or c.origin == "model"):
        what = "one page or tool output" if len(sources) < 2 else f"{len(sources)} pages or tool outputs"
        reasons.append(f"its words come from {what} in its evidence ({sorted(sources)[0][:60]}), not from what "
                       "the agent or a person did")
    touched = areas(f"{c.title}. {c.text} {c.when}") if c.origin != "operator" else set()
    if touched and seen:
        shared = touched & set().union(*(_spoken(ep) for ep in seen))
        if shared:
            reasons.append(f"it touches {' and '.join(sorted(shared))}, which a page, tool output or end user in its "
                           "evidence also speaks of")
        elif c.origin == "model" and any(_instructs_agents(ep) for ep in seen):
            reasons.append(f"it touches {' and '.join(sorted(touched))}, and a page or tool output in its evidence gives "
                           "agents instructions")
    return reasons


# Words that give an agent instructions: an agent named next to an order or a note ("AI agents must", "Note for
# assistants:", "if you are an automated assistant"). A page that does may say its harm in words no area knows.
_AGENT_NAMES = r"(ai|ki|ia|agents?|agent(e|en|es)|assistants?|assistent\w*|llms?|claude|codex|gpt\w*|copilot|chatbots?|bots?)"
_TO_AGENTS = re.compile(
    r"(?<![/\w.-])(" + _AGENT_NAMES + r"|automated \w+)(?![/\w-])[^.\n]{0,30}\b(must|should|shall|always|never|need to|are required|are to|have to|müssen|sollen|immer|doivent|"
    r"deben|devono|reading this)\b|\b(note|attention|important|instructions?|reminder|message|memo|heads[- ]up|psa|tip|wichtig|"
    r"hinweis|nota|remarque|rappel|aviso|avviso)\s+(for|to|für|pour|para|"
    r"per)\s+(\w+\s+){0,2}(" + _AGENT_NAMES + r"|models?)\b|\bif you are an? (\w+\s+)?(ai|agent|"
    r"assistant|language model|llm|bot)\b", re.I)


def _instructs_agents(ep: Episode) -> bool:
    if ep.to_agents is None:
        ep.to_agents = any(_TO_AGENTS.search(document) for _, document in ep.documents)
    return ep.to_agents


def _spoken(ep: Episode) -> set[str]:
    """The sensitive areas an episode's untrusted words speak of: what its tools read, and for a deployed
    agent what its end users said (a coding session's user is the operator)."""
    if ep.spoken is None:
        ep.spoken = set()
        for _, document in ep.documents:
            ep.spoken |= spoken_of(document)
        if ep.scope.startswith("agent:"):
            ep.spoken |= spoken_of("\n".join([*ep.prompts, *ep.corrections, ep.feedback]))
    return ep.spoken


# A sentence that speaks to whoever reads it as an agent, or insists: where a planted instruction stands.
# Names of agents only as words of prose, never inside a path (src/agents/plugins) or an identifier.
_INSISTS = re.compile(
    r"(?<![/\w.-])(" + _AGENT_NAMES + r"|models?)(?![/\w-])|\b(important|wichtig|importante?|attention|achtung|atención|must|always|never|immer|niemals|muss|"
    r"müssen|toujours|jamais|doi[st]|doivent|siempre|nunca|debe[sn]?|sempre|deve|devono|всегда|никогда|должн\w*|"
    r"ignore (all |any )?(previous|prior|earlier|above))\b|必须|务必|总是|必ず|絶対|반드시", re.I)
_WINDOW = 40  # words: a long line (minified HTML, a JSON string) is read in windows of this many, half overlapping


def _instructions(ep: Episode) -> list[tuple[str, frozenset[str]]]:
    """The sentences of an episode's documents that address an agent or insist, each with its terms."""
    if ep.instructions is None:
        ep.instructions = []
        for source, document in ep.documents:
            for sentence in SENTENCE_END.split(document):
                if not _INSISTS.search(sentence):
                    continue
                words = _prose(sentence).split()
                for start in range(0, max(len(words) - _WINDOW // 2, 1), _WINDOW // 2):
                    ep.instructions.append((source, frozenset(terms(" ".join(words[start:start + _WINDOW])))))
    return ep.instructions


def _prose(text: str) -> str:
    """``text`` without code spans and paths: a file's path or a command shared with a listing says nothing of
    where a lesson's advice came from (the six-word and quoted-command checks read those)."""
    return " ".join(w for w in _CODE_SPAN.sub(" ", text).split() if "/" not in w and "\\" not in w and "_" not in w)


_CODE_SPAN = re.compile(r"`[^`\n]*`")


def paraphrased_sources(text: str, seen: list[Episode]) -> set[str]:
    """The pages or tool outputs among the evidence with a sentence that addresses an agent or insists and
    holds most of the lesson's terms (three at least, and three in five): an instruction planted there, said
    again in other words. Exact copies are ``document_sources``' to find; this finds the model's rewording."""
    own = set(terms(_prose(text)))
    if len(own) < 3:
        return set()
    return {source for ep in seen for source, words in _instructions(ep)
            if len(shared := own & words) >= 3 and len(shared) >= 0.6 * len(own)}


def document_sources(text: str, seen: list[Episode], words: bool = True) -> set[str]:
    """The distinct sources (pages, tool outputs) among the evidence that a lesson's words come from: a
    non-local URL or command it quotes appears in them, or (``words``: a model's lesson; the miner quotes
    errors on purpose) six words in a row of it do, or an instruction of theirs holds most of its terms."""
    if not seen or not any(ep.documents for ep in seen):
        return set()
    quoted = outside_quotes(text)
    shingles = six_word_runs(text) if words else set()
    found = set()
    for ep in seen:
        for source, document in ep.documents:
            if any(q in document for q in quoted):
                found.add(source)
                continue
            if shingles:
                flat = " ".join(_WORD.findall(document.lower()))
                if any(s in flat for s in shingles):
                    found.add(source)
    return found | (paraphrased_sources(text, seen) if words else set())



def reinforce(plan: Plan, lesson: Lesson, c: Candidate, night: str) -> None:
    if not [s for s in c.evidence if s not in lesson.evidence]:
        plan.record("discard", None, f"already known from the same sessions ({lesson.short_id})", c.evidence)
        return
    new = lesson.add_evidence(c.evidence)
    lesson.last_seen = max(lesson.last_seen, night)
    lesson.confidence = max(lesson.confidence or 0.0, c.confidence)
    plan.record("reinforce", lesson, f"seen again in {len(new)} session(s)", new)
    if lesson.status == "candidate" and lesson.sessions_seen >= PROMOTE_AT:
        lesson.status = "active"
        plan.record("promote", lesson, f"seen in {lesson.sessions_seen} sessions: enough evidence to inject", new)


def revise(plan: Plan, lesson: Lesson, c: Candidate, night: str) -> None:
    lesson.title, lesson.text = scrub_secrets(c.title) or lesson.title, scrub_secrets(c.text)
    lesson.when = scrub_secrets(c.when) or lesson.when
    lesson.add_evidence(c.evidence)
    lesson.last_seen = max(lesson.last_seen, night)
    plan.vectors[lesson.id] = plan.store.embedder.embed([lesson.embed_text()])[0]
    plan.record("revise", lesson, "better wording, same meaning", c.evidence)


def supersede(plan: Plan, old: Lesson, c: Candidate, night: str) -> None:
    lesson = _new_lesson(c, night, plan)
    plan.add(lesson)
    plan.record("add", lesson, f"replaces {old.short_id}", c.evidence)
    _retire(plan, old, lesson, f"contradicted by newer evidence ({lesson.short_id})", c.evidence)


def _retire(plan: Plan, old: Lesson, new: Lesson, reason: str, evidence: list[str]) -> None:
    old.status, old.superseded_by = "superseded", new.id
    plan.record("supersede", old, reason, evidence)


def merge_duplicates(plan: Plan, scopes: list[str]) -> None:
    """Active near-duplicates within a scope become one lesson with the union of their evidence."""
    threshold = max(0.93, duplicate_threshold(plan.store) + 0.05)
    for scope in scopes:
        active = sorted(plan.active(scope), key=lambda x: (x.pinned, x.sessions_seen, x.created), reverse=True)
        if len(active) < 2:
            continue
        matrix = np.stack([plan.vectors[x.id] for x in active])
        close = np.triu(matrix @ matrix.T >= threshold, k=1)
        keys = [(x.avoid, x.prefer) if (x.avoid or x.prefer) else None for x in active]
        for i, j in sorted(set(map(tuple, np.argwhere(close))) | _same_keys(keys)):
            keep, other = active[i], active[j]
            if keep.status != "active" or other.status != "active" or other.pinned:
                continue
            keep.add_evidence(other.evidence)
            keep.seen += other.sessions_seen - len(other.evidence)  # its sessions no longer listed
            keep.helpful, keep.harmful = keep.helpful + other.helpful, keep.harmful + other.harmful
            keep.last_seen = max(keep.last_seen, other.last_seen)
            other.status, other.superseded_by = "superseded", keep.id
            plan.record("merge", keep, f"absorbed near-duplicate {other.short_id}", other.evidence)
            plan.record("merge", other, f"merged into {keep.short_id}", other.evidence)


def _same_keys(keys: list[tuple[str, str] | None]) -> set[tuple[int, int]]:
    first: dict[tuple[str, str], int] = {}
    pairs = set()
    for index, key in enumerate(keys):
        if key is None:
            continue
        if key in first:
            pairs.add((first[key], index))
        else:
            first[key] = index
    return pairs
