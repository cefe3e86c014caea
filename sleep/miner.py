"""The deterministic miner: lessons from clear patterns, with no model. It would rather say nothing
than say something wrong.

1. Recovery: a command failed (it ran and the project said no: not a call that never ran, that the
   user rejected, or that the harness refused) and a variant of it then worked: the same programs and
   subcommands run differently, or, as the very next thing done, another tool for the same purpose
   (test, build, lint...). Only when no file was changed in between (then the edits fixed it, not the
   variant) and the failed command did not simply work when run again. Look-arounds (``ls``,
   ``git status``, reading files) are never a fix. Lesson: use the variant.
2. Prerequisite: a command failed, one other command ran, and the very same command then worked, with
   nothing else changing files in between; or the error itself named the command to run ("Run 'mix
   format' to fix") and the agent ran it next, and it worked. Lesson: run that one first.
3. A recurring error: the same environmental failure (command not found, missing module or script)
   in two or more sessions, never fixed there. Lesson: that command fails here, with that error. When
   the error names its cause (a gitignored path, a program or module that is not installed, an npm
   script that does not exist), the cause seen in two sessions is the lesson, whatever the commands.
4. An explicit, lasting correction by the user: in the session, as the words of a rejected tool call,
   as the opening of a new session ("No, don't use console.log in this repo, use the logger"), or as
   feedback on a failed session.
   Only lasting preferences (never, always, don't, in this repo...), never a change of mind for one task.

Lessons quote commands in their general form (``commands.general``): no message bodies, heredocs,
absolute paths, branch names or hashes. A command too long or literal to quote makes no lesson.
How much evidence a lesson needs before it is injected is decided here (``needs``): see ``EVIDENCE``.
"""

from __future__ import annotations

import re
from collections import defaultdict

from secondnature.hooks.core.scope import family, scope_label
from secondnature.lessons.particulars import generalise
from secondnature.sleep import commands
from secondnature.sleep.candidate import Candidate
from secondnature.sleep.episodes import Episode, Step, error_line, error_signature

PURPOSES = {
    "test": ("test", "pytest", "jest", "vitest", "mocha", "tox", "nox", "spec", "rspec", "unittest"),
    "build": ("build", "compile", "tsc", "webpack", "vite build", "cargo build", "gradle", "mvn", "assemble"),
    "lint": ("lint", "ruff", "eslint", "flake8", "pylint", "clippy", "golangci", "credo"),
    "format": ("fmt", "format", "prettier", "black"),
    "install": ("install", "sync", "npm ci", "bundle"),
    "migrate": ("migrate", "migration", "alembic"),
    "deploy": ("deploy", "release", "publish", "apply"),
    "docs": ("docs", "mkdocs", "sphinx"),
}
LOOKAHEAD = 8
# Sessions of evidence a mined lesson needs before it is injected; with less it waits as a candidate
# that `lessons review` shows. A clean recovery (the variant was the very next thing done, nothing
# changed in between, nothing contrary seen) or the user's own words count as enough on their own.
EVIDENCE = {"recovery": 1, "prerequisite": 2, "named-fix": 1, "recurring": 2, "correction": 1, "recovery-late": 2}
_ENVIRONMENTAL = re.compile(r"command not found|not found: \w|no such file or directory|No module named|"
                            r"cannot find module|missing script|no rule to make target|not installed|"
                            r"permission denied|connection refused|could not resolve host|unknown command", re.I)
_LASTING = re.compile(r"\b(always|never|don'?t|do not|stop (using|doing)|avoid|prefer|from now on|in this "
                      r"(repo|repository|project|codebase|code ?base)|we use|use \S+(\s\S+){0,6}\s(instead|not)\b)",
                      re.I)
_PASSING = re.compile(r"\b(for now|this time|just this|for this (task|one)|let'?s try)\b|\?\s*$", re.I)
# Errors that name their cause: (what, pattern whose group 1 names the thing, the lesson's words).
CAUSES = (
    ("gitignored", re.compile(r"paths are ignored by one of your \.gitignore files:\s*([^\s\\]+)"),
     "`{0}` is gitignored, so `git add` refuses it: leave it out, unless it is tracked already "
     "(`git ls-files {0}` lists it), then stage it with `git add -f`"),
    ("not installed", re.compile(r"command not found:\s*([A-Za-z][\w.+-]*)|(?<![\w)])([A-Za-z][\w.+-]*): command not found(?!:)"),
     "`{0}` is not installed here: use another tool for what it does"),
    ("missing module", re.compile(r"No module named '?([\w.]+)"),
     "the Python module `{0}` is not installed in this environment"),
    ("missing script", re.compile(r"Missing script:\s*\"?([\w:.-]+)"), "package.json has no `{0}` script"),
)
_NAMED_FIX = re.compile(r"\b(?:run|try|use|execute)\s*:?\s*[`'\"]([^`'\"\n]{2,80})[`'\"]", re.I)
_LEAD = re.compile(r"^\s*(no|nope|wrong|actually|hmm|hold on|wait)\b[\s,.!:;-]*", re.I)


_PURPOSE_PATTERNS = {p: re.compile("|".join(rf"(?<!\w){re.escape(w)}" for w in words)) for p, words in PURPOSES.items()}
# Which code a tool runs on: two test commands of different ecosystems are two suites, never one for the other.
ECOSYSTEMS = {
    "python": ("pytest", "python", "python3", "tox", "nox", "uv", "poetry", "hatch", "pdm", "pip", "ruff", "mypy"),
    "js": ("npm", "npx", "yarn", "pnpm", "bun", "bunx", "jest", "vitest", "mocha", "node", "deno", "tsc", "eslint"),
    "elixir": ("mix", "elixir", "iex"), "ruby": ("rspec", "rake", "bundle", "ruby", "rails"), "go": ("go",),
    "rust": ("cargo", "rustc"), "jvm": ("gradle", "./gradlew", "mvn", "./mvnw", "sbt"), "dotnet": ("dotnet",),
}
_ECOSYSTEM_OF = {tool: name for name, tools in ECOSYSTEMS.items() for tool in tools}


def purposes(command: str) -> set[str]:
    """What a command is for, read from what it runs (a commit message saying "test" is not a test)."""
    low = commands.normal(command).lower()
    return {p for p, pattern in _PURPOSE_PATTERNS.items() if pattern.search(low)}


def ecosystems(command: str) -> set[str]:
    """The ecosystems a shell line's programs belong to (``make``, ``just`` and the like belong to none)."""
    return {_ECOSYSTEM_OF[program] for program, _ in commands.heads(command) if program in _ECOSYSTEM_OF}


def _directory(command: str) -> str:
    """Where a shell line runs when it starts with ``cd DIR &&`` ('' otherwise)."""
    first = commands.segments(command)[:1]
    return first[0][1] if first and first[0][0] == "cd" and len(first[0]) > 1 else ""


def _root(scope: str) -> str:
    return scope[len("project:"):] if scope.startswith("project:") else ""


def _same(a: Step, b: Step) -> bool:
    return commands.same(a.command, b.command) if a.shell and b.shell else a.tool == b.tool and a.command == b.command


def _variant(a: Step, b: Step) -> bool:
    if a.shell and b.shell:  # in another folder it is another suite or package, not a variant
        return commands.variant(a.command, b.command) and _directory(a.command) == _directory(b.command)
    return not a.shell and a.tool == b.tool and a.command != b.command


def _looks_around(step: Step) -> bool:
    return step.shell and commands.looks_around(step.command) or step.tool in ("Read", "Glob", "Grep", "LS")


def _neutral(step: Step) -> bool:
    """Steps that neither fix nor break anything the miner reasons about: looking around, staging,
    calls that never ran, the harness's refusals, plans and notes."""
    return (_looks_around(step) or step.status in ("not_run", "rejected", "protocol", "running", "")
            or (step.shell and all(h == ("git", "add") for h in commands.heads(step.command))))


_DOING = {"test": "testing", "build": "building", "lint": "linting", "format": "formatting",
          "install": "installing", "migrate": "migrating", "deploy": "deploying", "docs": "building the docs"}


def _what(step: Step) -> str:
    p = sorted(purposes(step.command))
    if p:
        return _DOING[p[0]]
    program, sub = (commands.heads(step.command) or [(step.tool, "")])[0] if step.shell else (step.tool, "")
    return f"running {program} {sub}".strip()


def _replaces(failed: Step, later: Step) -> bool:
    """Another tool for the same purpose on the same code (``pytest`` then ``make test``, not ``mix test``
    run otherwise), changing no files itself. Two suites (``mix test`` and ``vitest`` in ``assets/``: other
    ecosystems, or another folder) are two things done, not one instead of the other."""
    if not (failed.shell and later.shell and purposes(failed.command) & purposes(later.command)):
        return False
    a, b = ecosystems(failed.command), ecosystems(later.command)
    if (a and b and not a & b) or _directory(failed.command) != _directory(later.command):
        return False
    return (not set(commands.heads(failed.command)) & set(commands.heads(later.command))
            and not commands.edits_files(later.tool, later.command))


def _recover(ep: Episode, i: int, label: str, root: str) -> Candidate | None:
    """The lesson in what followed the failed step ``ep.steps[i]``, if it is a clear one."""
    failed = ep.steps[i]
    if not failed.shell and ep.scope.startswith("agent:"):
        return None  # a deployed agent's tools: ``tool_lessons`` (another call's arguments are another customer's)
    between: list[Step] = []  # what was done since the failure, looking around aside
    said = (failed.error or failed.output).replace("\\n", "\n")  # some harnesses keep escaped newlines
    named = [m.group(1) for m in _NAMED_FIX.finditer(said)]
    for later in ep.steps[i + 1:i + 1 + LOOKAHEAD]:
        if later.agent != failed.agent or _neutral(later):
            continue
        if (not between and later.ok and later.shell and not _variant(failed, later)
                and any(commands.same(n, later.command) for n in named)):
            return _prerequisite(ep, failed, later, label, root, named=True)
        if later.edits and not later.shell:
            return None  # the agent edited files: the edits fixed it, or not; say nothing
        if _same(failed, later):
            if later.status == "failed":
                between = []  # failed again: the same problem, still open
                continue
            if len(between) == 1 and between[0].ok and not _variant(failed, between[0]):
                return _prerequisite(ep, failed, between[0], label, root)
            return None  # it simply worked when run again, or too much happened to say why
        if later.ok and not any(s.edits for s in between) and (
                _variant(failed, later) or (not between and _replaces(failed, later))):
            return _pitfall(ep, failed, later, label, root, clean=not between)
        between.append(later)
        if len(between) > 2:
            return None
    return None


def _because(step: Step, branch: str) -> str:
    said = error_line(step.error or step.output)
    if branch and branch not in ("main", "master"):
        said = said.replace(branch, "<branch>")
    said = commands.general(said).rstrip(".:;, ")
    return f" (it failed with: {said[:120]})" if said and said.lower() != "error" else ""


def _pitfall(ep: Episode, failed: Step, later: Step, label: str, root: str, clean: bool) -> Candidate | None:
    avoid, prefer = (commands.general(s.command, root, ep.branch) if s.shell else s.command for s in (failed, later))
    if not (commands.quotable(avoid) and commands.quotable(prefer)) or avoid == prefer:
        return None
    return Candidate(title=f"Use `{prefer}`, not `{avoid}`",
                     text=f"In {label}, `{prefer}` works where `{avoid}` fails{_because(failed, ep.branch)}.",
                     when=f"{_what(failed)} in {label}", scope=ep.scope, kind="pitfall", evidence=[ep.session_id],
                     confidence=0.8 if clean else 0.6, avoid=avoid, prefer=prefer,
                     needs=EVIDENCE["recovery" if clean else "recovery-late"])


def _prerequisite(ep: Episode, failed: Step, first: Step, label: str, root: str,
                  named: bool = False) -> Candidate | None:
    """``named``: the error itself said to run ``first``; that alone is enough evidence."""
    then = " ".join(commands.heads(failed.command)[-1])  # what it is a prerequisite of: `git commit`, not this one
    before = commands.general(first.command, root, ep.branch)
    if not commands.quotable(before) or before == then:
        return None
    return Candidate(title=f"Run `{before}` before `{then}`",
                     text=f"In {label}, `{then}` fails until `{before}` has been run{_because(failed, ep.branch)}.",
                     when=f"{_what(failed)} in {label}", scope=ep.scope, kind="procedure", evidence=[ep.session_id],
                     confidence=0.8 if named else 0.7, avoid=then, prefer=f"{before} then {then}",
                     needs=EVIDENCE["named-fix" if named else "prerequisite"])


def lasting(said: str) -> str:
    """The lasting preference in what the user said, in their words, or "" when there is none."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", " ".join(said.split()) if "\n" not in said else said):
        sentence = _LEAD.sub("", sentence.strip()).strip()
        if _LASTING.search(sentence) and not _PASSING.search(sentence) and 15 <= len(sentence) <= 240:
            return sentence[0].upper() + sentence[1:]
    return ""


def mine(episodes: list[Episode], context: list[Episode] | None = None) -> list[Candidate]:
    """Candidates from this night's episodes (``context``: earlier ones, for recurring errors and for
    evidence against a recovery)."""
    out: list[Candidate] = []
    earlier: list[Candidate] = []  # what the context sessions show: only to see a lesson across users
    fixed: set[tuple[str, str]] = set()  # (scope, command) whose failure a recovery explains
    new = {ep.session_id for ep in episodes}
    for ep in episodes + [c for c in context or [] if c.session_id not in new]:
        label, root = scope_label(ep.scope), _root(ep.scope)
        for i, step in enumerate(ep.steps):
            if step.status != "failed" or _looks_around(step):
                continue  # a failed look (``ls missing/``) only says something is not there yet
            candidate = _recover(ep, i, label, root)
            if candidate is not None:
                fixed.add((ep.scope, commands.normal(step.command)))
                fixed.add((ep.scope, candidate.avoid))
                (out if ep.session_id in new else earlier).append(candidate)
        said = ep.corrections + ([ep.feedback] if ep.feedback and ep.outcome == "failure" else [])
        for correction in said:
            candidate = _preference(ep, correction, label)
            if candidate is not None:
                (out if ep.session_id in new else earlier).append(candidate)
    out = _without_contrary(out, episodes + (context or []))
    out += _recurring(episodes + (context or []), fixed, new)
    out += _named_causes(episodes + (context or []), fixed, new)
    everything = episodes + [c for c in context or [] if c.session_id not in new]
    out += tool_lessons(everything, new)
    out += harness_rules(everything, new)
    out += contrasts(everything, new)
    out += orientation(everything, new)
    return out + across_users(out, earlier)


def across_users(found: list[Candidate], earlier: list[Candidate]) -> list[Candidate]:
    """A lesson found in the sessions of two or more users of one agent belongs to the agent: a candidate
    for ``agent:<name>``, with all their evidence (and, being end users' words or not, the same review
    rules as any). What only one user showed stays with that user."""
    groups: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in found + earlier:
        agent = family(c.scope)
        if agent != c.scope:
            groups[(agent, c.text.replace(scope_label(c.scope), scope_label(agent)))].append(c)
    out = []
    for (agent, text), group in groups.items():
        users = {c.scope for c in group}
        if len(users) < 2 or not any(c in found for c in group):
            continue
        first = group[0]
        out.append(Candidate(
            title=first.title.replace(scope_label(first.scope), scope_label(agent)), text=text,
            when=first.when.replace(scope_label(first.scope), scope_label(agent)), scope=agent, kind=first.kind,
            evidence=sorted({s for c in group for s in c.evidence}), confidence=max(c.confidence for c in group),
            avoid=first.avoid, prefer=first.prefer, origin=first.origin, needs=1))
    return out


def named_cause(text: str) -> tuple[str, str, str] | None:
    """(what, the thing named, the lesson's words with ``{0}`` for the thing) when an error names its cause."""
    text = text.replace("\\n", "\n")
    for what, pattern, words in CAUSES:
        m = pattern.search(text)
        if m:
            return what, next(g for g in m.groups() if g), words
    return None


def _named_causes(episodes: list[Episode], fixed: set[tuple[str, str]], new: set[str]) -> list[Candidate]:
    """Causes named by errors in a scope (held as candidates until two sessions show them), unless a command that
    failed so worked there, or a recovery lesson already says what to do instead."""
    seen: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # (scope, the thing, words) -> sessions
    failing: dict[tuple[str, str, str], set[str]] = defaultdict(set)  # ... -> the commands that failed so
    worked: dict[str, set[str]] = defaultdict(set)
    moved_on: set[tuple[str, str, str]] = set()  # a missing program the agent then did without, at once
    for ep in episodes:
        root = _root(ep.scope)
        for n, step in enumerate(ep.steps):
            command = commands.normal(step.command) if step.shell else ""
            cause = named_cause(step.error or step.output) if step.status == "failed" and command else None
            if cause:
                key = (ep.scope, commands.general(cause[1], root, ep.branch), cause[2])
                seen[key].add(ep.session_id)
                failing[key].add(command)
                if cause[0] == "not installed" and _did_without(cause[1], ep.steps[n + 1:n + 2]):
                    moved_on.add(key)
            elif step.ok and command:
                worked[ep.scope].add(command)
    out = []
    for (scope, thing, words), sessions in seen.items():
        contrary = failing[(scope, thing, words)] & worked[scope]
        if any((scope, command) in fixed for command in failing[(scope, thing, words)]):
            continue
        if sessions & new and commands.quotable(thing) and not contrary:  # one session: held until a second
            said = words.format(thing)
            out.append(Candidate(title=said[:70], text=f"In {scope_label(scope)}, {said}.", kind="fact", scope=scope,
                                 when=f"working in {scope_label(scope)}", evidence=sorted(sessions), confidence=0.7,
                                 avoid=f"{words[:12]}:{thing}",
                                 needs=1 if (scope, thing, words) in moved_on else EVIDENCE["recurring"]))
    return out


def _did_without(program: str, following: list[Step]) -> bool:
    """Whether the very next step did the job with another program, and it worked: the shell said the
    program is not there (exit 127), which one session shows as well as two, unless the name was a slip
    of the keyboard (then the next step is the same name spelled right, and it proves nothing)."""
    if not following or not (following[0].shell and following[0].ok):
        return False
    used = [p for p, _ in commands.heads(following[0].command)]
    return bool(used) and all(p != program and not _misspelt(program, p) for p in used)


def _misspelt(a: str, b: str) -> bool:
    """One program name a slip of the other: one edit apart, or two in a name of the same length (``pyton``,
    ``pyhton``, ``gti``); ``rg`` and ``grep`` are two programs."""
    if abs(len(a) - len(b)) > 1:
        return False
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1] <= (2 if len(a) == len(b) else 1)


# An error that states a rule of the tool (not one lookup that found nothing).
_RULE = re.compile(r"\b(cannot|can'?t|can not|must|should|not allowed|not permitted|not enough|insufficient|does not add "
                   r"up|doesn'?t add up|only|exceeds?|over the limit|not eligible|required|refused?|invalid|too (many|few|"
                   r"late|early)|already|no longer|expired|different from)\b", re.I)
_LOOKUP_MISS = re.compile(r"\bnot found\b", re.I)


def _tool_error(step: Step) -> str:
    """The error a tool stated, in general form: one conversation's ids, amounts and numbers taken out."""
    line = error_line(step.error or step.output)
    line = re.sub(r"^(error|exception|toolexception)\s*:\s*", "", line, flags=re.I)
    return re.sub(r"\b\d[\d,.]*\b", "N", generalise(line)[0]).strip(" .")


def tool_lessons(episodes: list[Episode], new: set[str]) -> list[Candidate]:
    """What a deployed agent's tools teach, across conversations. A tool error that states a rule becomes a
    pitfall of the agent (its tool, the rule in the tool's words, and, where a session shows it, that the
    call went through again with other arguments). A failed call followed by another tool of the same family
    that worked (``find_user_id_by_email`` finds no user, ``find_user_id_by_name_zip`` does) is a recovery.
    Both name tools, never arguments (those are one customer's), and wait as candidates until a second
    conversation shows them."""
    rules: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    retried: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    recoveries: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for ep in episodes:
        if not ep.scope.startswith("agent:"):
            continue
        agent = family(ep.scope)
        for i, step in enumerate(ep.steps):
            if step.shell or step.status != "failed" or not step.tool:
                continue
            said = _tool_error(step)
            later = [s for s in ep.steps[i + 1:i + 1 + LOOKAHEAD] if s.status in ("ok", "failed")]
            if said and _RULE.search(said) and not _LOOKUP_MISS.search(said):
                rules[(agent, step.tool, said)].add(ep.session_id)
                if any(s.tool == step.tool and s.ok for s in later):
                    retried[(agent, step.tool, said)].add(ep.session_id)
            nxt = later[0] if later else None
            if nxt is not None and nxt.ok and nxt.tool != step.tool and _same_family(step.tool, nxt.tool):
                recoveries[(agent, step.tool, nxt.tool, said)].add(ep.session_id)
    out = []
    for (agent, tool, said), sessions in rules.items():
        if not sessions & new:
            continue
        again = " It went through when called again with other arguments." if retried[(agent, tool, said)] else ""
        out.append(Candidate(title=f"`{tool}`: {_clip(said, 60)}",
                             text=f"`{tool}` refuses when its rule is not met: “{_sentence(said)[:-1]}”.{again}",
                             when=f"calling {tool}", scope=agent, kind="pitfall", evidence=sorted(sessions),
                             confidence=0.7, avoid=f"{tool}: {said}", needs=2, origin="agent"))
    for (agent, tool, other, said), sessions in recoveries.items():
        if not sessions & new:
            continue
        why = f" (“{_sentence(said)[:-1]}”)" if said else ""
        out.append(Candidate(title=f"`{other}` when `{tool}` fails",
                             text=f"When `{tool}` fails{why}, `{other}` does the same job: it worked next.",
                             when=f"calling {tool}", scope=agent, kind="procedure", evidence=sorted(sessions),
                             confidence=0.7, avoid=tool, prefer=other, needs=2, origin="agent"))
    return out


_HARNESS_NAMES = {"claude-code": "Claude Code", "codex": "Codex", "gemini": "Gemini CLI", "cursor": "Cursor"}
_HARNESS_TOOLS = {"Read", "Write", "Edit", "MultiEdit", "NotebookEdit", "Glob", "Grep", "LS", "Task", "KillShell",
                  "BashOutput", "TodoWrite", "WebFetch", "apply_patch", "read_file", "write_file", "replace",
                  "list_directory", "edit_file", "search_replace"}


def harness_rules(episodes: list[Episode], new: set[str]) -> list[Candidate]:
    """What a coding harness's own tools refuse, across sessions: a refusal that states its rule ("File has not
    been read yet. Read it first before writing to it.", "exceeds maximum allowed size (256KB). Please use offset
    and limit") seen in two projects is a pitfall of that harness for every project, in its own words. Only the
    harness's own tools: an MCP server's or an agent's tool speaks for itself, not for the harness."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    tools: dict[tuple[str, str], set[str]] = defaultdict(set)
    projects: dict[tuple[str, str], set[str]] = defaultdict(set)
    for ep in episodes:
        if not ep.scope.startswith("project:"):
            continue
        for step in ep.steps:
            if step.status != "protocol" or step.shell or step.tool not in _HARNESS_TOOLS:
                continue
            said = re.sub(r"\(\d[\d.]*\s*[KMG]?B\)", "", error_line(step.error or step.output))  # one file's size
            said = " ".join(said.replace(" .", ".").split())
            if len(said) < 20 or not _RULE.search(said) and not re.search(r"\b(first|please|use)\b", said, re.I):
                continue
            seen[(ep.harness, said)].add(ep.session_id)
            tools[(ep.harness, said)].add(step.tool)
            projects[(ep.harness, said)].add(ep.scope)
    out = []
    for (harness, said), sessions in seen.items():
        if len(projects[(harness, said)]) < 2 or not sessions & new:
            continue
        named = ", ".join(f"`{t}`" for t in sorted(tools[(harness, said)])[:4])
        out.append(Candidate(title=f"{harness}: {_clip(said, 60)}",
                             text=f"{_HARNESS_NAMES.get(harness, harness)} refuses {named} when its rule is not met: “{_clip(said, 200).rstrip('.')}”.",
                             when=f"using {named}", scope="global", kind="pitfall", evidence=sorted(sessions),
                             confidence=0.7, avoid=f"{harness}: {said[:80]}", needs=2, origin="agent"))
    return out


ORIENTATION = "orientation"  # the ``prefer`` key of a project's one orientation lesson
_ORIENT_PURPOSES = ("test", "typecheck", "build", "lint", "format")
_TYPECHECK = re.compile(r"\b(vue-)?tsc\b[^|;&]*--noemit|\b(mypy|pyright|dialyzer|type-?check)\b", re.I)
_ORIENT_VERBS = {"test": "tests run with", "typecheck": "type-check with", "build": "it builds with", "lint": "lint with",
                 "format": "format with"}


def orientation(episodes: list[Episode], new: set[str]) -> list[Candidate]:
    """How to work here, learned from what worked: per project, the commands that tested, type-checked,
    built, linted or formatted it (with the folder they ran in), as one short lesson that consolidation
    keeps current (``/init`` writes this by hand; here it comes from what actually ran). A command is known
    when it passed in two sessions, or when in one it caught an error that an edit then fixed (it failed,
    files changed, it passed): that is the project's check doing its job. Commands known only by passing
    must be of two kinds: a lone test command is already said by the lesson that found it."""
    seen: dict[str, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    caught: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for ep in episodes:
        if not ep.scope.startswith("project:"):
            continue
        root = _root(ep.scope)
        failed_at: dict[str, int] = {}
        for n, step in enumerate(ep.steps):
            if not (step.shell and not step.agent and step.status in ("ok", "failed")):
                continue
            command = commands.general(step.command, root, ep.branch)
            if step.status == "failed":
                failed_at[command] = n
                continue
            words = command.split()
            run = words[3:] if words[0] == "cd" and words[2:3] == ["&&"] else words  # after ``cd DIR &&``
            if not commands.quotable(command) or len(run) > 6 or any(
                    "/" in w or "<" in w or "." in w.strip("./") for w in words[1:] if w not in ("&&",)):
                continue  # one file's run, a path, a pipeline: not how the project is checked
            purpose = next((p for p in _ORIENT_PURPOSES if p in purposes(command) or (
                p == "typecheck" and _TYPECHECK.search(command))), "")
            if purpose and not commands.looks_around(step.command):
                seen[ep.scope][(purpose, command)].add(ep.session_id)
                if command in failed_at and any(commands.edits_files(s.tool, s.command)
                                                for s in ep.steps[failed_at[command] + 1:n]):
                    caught[ep.scope].add((purpose, command))
    out = []
    for scope, found in seen.items():
        kept = {key: sessions for key, sessions in found.items() if len(sessions) >= 2 or key in caught[scope]}
        checked = {key for key in kept if key in caught[scope]}
        if (len({p for p, _ in kept}) < 2 and not checked) or not {s for v in kept.values() for s in v} & new:
            continue  # one command alone is told by the lesson that found it; an orientation needs two kinds
        parts = []
        for purpose in _ORIENT_PURPOSES:
            chosen = sorted((c for p, c in kept if p == purpose), key=lambda c: -len(kept[(purpose, c)]))[:3]
            if chosen:
                parts.append(f"{_ORIENT_VERBS[purpose]} {' and '.join(f'`{c}`' for c in chosen)}")
        label = scope_label(scope)
        how = ("each passed in two or more sessions" if not checked else
               "it caught an error that an edit then fixed" if len(kept) == 1 else
               "each passed in two or more sessions or caught an error that an edit then fixed")
        out.append(Candidate(title=f"How {label} is checked", text=f"In {label}, {'; '.join(parts)} ({how}).",
                             when=f"testing, building or linting {label}", scope=scope, kind="fact",
                             evidence=sorted({s for v in kept.values() for s in v}),
                             confidence=0.7, prefer=ORIENTATION, needs=1, origin="agent"))
    return out


def task_key(ep: Episode) -> str:
    """What makes two runs the same task: the caller's task id, else the same opening request."""
    return f"id:{ep.task_id}" if ep.task_id else "ask:" + " ".join(ep.task.lower().split())[:300]


def contrasts(episodes: list[Episode], new: set[str]) -> list[Candidate]:
    """Runs of one task that went both ways, side by side: a tool every success called and every failure
    skipped, shown by at least two runs of each, is a step the task needs. Nothing subtler is claimed
    without a model."""
    groups: dict[tuple[str, str], list[Episode]] = defaultdict(list)
    for ep in episodes:
        if ep.scope.startswith("agent:") and ep.outcome in ("success", "failure") and ep.task.strip():
            groups[(family(ep.scope), task_key(ep))].append(ep)
    out = []
    for (agent, _), runs in groups.items():
        won = [ep for ep in runs if ep.outcome == "success"]
        lost = [ep for ep in runs if ep.outcome == "failure"]
        if len(won) < 2 or len(lost) < 2 or not {ep.session_id for ep in runs} & new:
            continue
        taken = set.intersection(*({s.tool for s in ep.steps if s.ok and not s.shell} for ep in won))
        skipped = taken - {s.tool for ep in lost for s in ep.steps}
        # named by the caller's task id where there is one; else by the end user's request, which a person
        # then reviews before it reaches every user
        task = f"task {won[0].task_id}" if won[0].task_id else f"the request “{_clip(generalise(won[0].task)[0], 80)}”"
        for tool in sorted(skipped):
            out.append(Candidate(
                title=f"`{tool}` for {_clip(task, 50)}",
                text=f"For {task}, every run that succeeded called `{tool}` and every run that failed did not "
                     f"({len(won)} and {len(lost)} runs).",
                when=f"handling {_clip(task, 60)}", scope=agent, kind="procedure",
                evidence=sorted(ep.session_id for ep in runs), confidence=0.6, prefer=f"{tool} for {task}",
                needs=1, origin="agent" if won[0].task_id else "end-user"))
    return out


def _same_family(a: str, b: str) -> bool:
    """Two tools for one job: names that share their first words (``find_user_id_by_email``,
    ``find_user_id_by_name_zip``; ``get_order``, ``get_order_details``)."""
    wa, wb = a.lower().split("_"), b.lower().split("_")
    shared = 0
    for x, y in zip(wa, wb, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= 2 or (shared >= 1 and min(len(wa), len(wb)) == 1)


def _without_contrary(candidates: list[Candidate], episodes: list[Episode]) -> list[Candidate]:
    """A recovery says a command fails; the same session or a later one of the scope where it worked
    says otherwise (an earlier one only says things changed since). Such lessons are not dropped, but
    wait for more evidence."""
    started = {ep.session_id: ep.started for ep in episodes}
    worked: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # (scope, command) -> [(started, id)]
    for ep in episodes:
        root = _root(ep.scope)
        for step in ep.steps:
            if step.ok and step.shell:
                worked[(ep.scope, commands.general(step.command, root, ep.branch))].append((ep.started, ep.session_id))
    for c in candidates:
        if c.kind != "pitfall" or not c.evidence:
            continue
        source = c.evidence[0]
        if any(session == source or when > started.get(source, "") for when, session in worked[(c.scope, c.avoid)]):
            c.needs = max(c.needs, 2)
    return candidates


_LASTING_WORDS = re.compile(r"\b(always|never|from now on|every time|each time|in (the )?future|going forward|"
                            r"whenever|any time|anytime)\b", re.I)


def _preference(ep: Episode, said: str, label: str) -> Candidate | None:
    """A correction in lasting words. A deployed agent's end user talks about their one request ("I prefer
    basic economy", "I don't want to be transferred"): that is the conversation's task, not a standing
    preference, unless said in lasting words (always, never, from now on) or in a second conversation; and
    dates, amounts and ids in it make it one conversation's particulars, never a preference."""
    sentence = lasting(said)
    if not sentence:
        return None
    needs = EVIDENCE["correction"]
    if words_of(ep) == "end-user":
        if generalise(sentence)[1]:
            return None
        if not _LASTING_WORDS.search(sentence):
            needs = 2
    return Candidate(title=f"The user's preference: {_clip(sentence, 50)}", text=f"The user asked: “{sentence}”",
                     when=f"working in {label}",
                     scope=ep.scope, kind="preference", evidence=[ep.session_id], confidence=0.75,
                     needs=needs, origin=words_of(ep))


def _clip(text: str, limit: int) -> str:
    """``text`` cut at a word within ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text.rstrip(".!? ")
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:.!? ") + "…"


def _sentence(text: str) -> str:
    """Quoted words ending one sentence: a full stop unless they end in one already ("fix them?")."""
    text = text[:120].rstrip(" ,;:")
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def words_of(ep: Episode) -> str:
    """Whose words a session's prompts and feedback are: a coding agent's user is its operator; a
    deployed agent's users (its sessions have an ``agent:`` scope) are end users."""
    return "end-user" if ep.scope.startswith("agent:") else "operator"


def _recurring(episodes: list[Episode], fixed: set[tuple[str, str]], new: set[str]) -> list[Candidate]:
    seen: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    example: dict[tuple[str, str, str], Step] = {}
    for ep in episodes:
        root = _root(ep.scope)
        worked = {commands.general(s.command, root, ep.branch) for s in ep.steps if s.ok and s.shell}
        for step in ep.failures:
            text = step.error or step.output
            sig = error_signature(text)  # to match the same error across sessions; the lesson quotes error_line
            command = commands.general(step.command, root, ep.branch) if step.shell else ""
            if (sig and command and _ENVIRONMENTAL.search(text) and not named_cause(text) and command not in worked
                    and commands.quotable(command)):
                key = (ep.scope, command, sig)
                seen[key].add(ep.session_id)
                example[key] = step
    out = []
    for (scope, command, sig), sessions in seen.items():
        if len(sessions) < 2 or not sessions & new or (scope, command) in fixed:
            continue
        out.append(Candidate(
            title=f"`{command}` fails here", kind="fact", scope=scope, confidence=0.6,
            text=f"In {scope_label(scope)}, `{command}` has failed in {len(sessions)} sessions with: "
                 f"{_sentence(error_line(example[(scope, command, sig)].error or example[(scope, command, sig)].output))}",
            when=f"{_what(example[(scope, command, sig)])} in {scope_label(scope)}",
            evidence=sorted(sessions), avoid=command, needs=EVIDENCE["recurring"]))
    return out
