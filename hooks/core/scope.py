"""Scope: which lessons belong together, computed one way everywhere.

- A working directory belongs to its git repository: ``project:<root>`` where root is the resolved
  top of the work tree; a linked worktree resolves to its main repository so that every checkout of
  one project shares lessons. A directory outside git is its own project.
- A LangGraph agent is ``agent:<name>``, or ``agent:<name>/user:<id>`` when the app passes a user.
- ``global`` holds lessons for every scope. Scopes form a hierarchy (``ancestors``): a user's sessions
  also see their agent's lessons.

Standard library only (no ``git`` subprocess: walking up the tree is faster and works without git).
"""

from __future__ import annotations

import os

GLOBAL = "global"


def project_scope(cwd: str, branch: str = "") -> str:
    """``branch``: the git branch a transcript recorded, for paths that do not exist on this machine."""
    if cwd and not os.path.exists(cwd):
        return f"project:{worktree_home(cwd, branch)}"
    return f"project:{git_root(cwd)}"


def worktree_home(cwd: str, branch: str) -> str:
    """The main checkout of a worktree seen only as a path from another machine, by the layouts that
    say so: <repo>/.worktrees/<name>, <repo>/.claude/worktrees/<name> (Claude Code's own), and
    <parent>/<repo>-worktrees/<branch> (a folder named after the recorded branch). Anything else stays
    the path it is."""
    path = os.path.normpath(cwd)
    parent = os.path.dirname(path)
    holder, above = os.path.basename(parent), os.path.dirname(parent)
    if holder == ".worktrees":
        return above
    if holder == "worktrees" and os.path.basename(above) == ".claude":
        return os.path.dirname(above)
    named_for_branch = os.path.basename(path) == os.path.basename(branch.rstrip("/"))
    if named_for_branch and holder.endswith("-worktrees") and len(holder) > len("-worktrees"):
        return os.path.join(above, holder[: -len("-worktrees")])
    return path


def agent_scope(agent: str, user_id: str | None = None) -> str:
    agent = (agent or "agent").strip() or "agent"
    return f"agent:{agent}/user:{user_id}" if user_id not in (None, "") else f"agent:{agent}"


def git_root(cwd: str) -> str:
    """The normalized root of the repository containing ``cwd`` (or ``cwd`` itself outside git)."""
    start = os.path.realpath(os.path.expanduser(cwd or "."))
    path = start
    while True:
        dot_git = os.path.join(path, ".git")
        if os.path.isdir(dot_git):
            return path
        if os.path.isfile(dot_git):
            return _main_worktree(path, dot_git)
        parent = os.path.dirname(path)
        if parent == path:
            return start
        path = parent


def _main_worktree(path: str, dot_git_file: str) -> str:
    """For a linked worktree (``.git`` is a file ``gitdir: <repo>/.git/worktrees/<name>``), the
    main work tree; submodules and anything unexpected keep their own root."""
    try:
        with open(dot_git_file, encoding="utf-8") as f:
            line = f.readline().strip()
    except OSError:
        return path
    if not line.startswith("gitdir:"):
        return path
    gitdir = os.path.realpath(os.path.join(path, line[len("gitdir:") :].strip()))
    parent = os.path.dirname(gitdir)
    if os.path.basename(parent) == "worktrees" and os.path.basename(os.path.dirname(parent)) == ".git":
        return os.path.dirname(os.path.dirname(parent))
    return path


def ancestors(scope: str) -> list[str]:
    """``scope`` and every scope above it, nearest first: a user's sessions see their agent's lessons,
    and every scope sees ``global`` (``agent:a/user:u`` -> itself, ``agent:a``, ``global``)."""
    return list(dict.fromkeys([scope, family(scope), GLOBAL]))


def family(scope: str) -> str:
    """The scope a user's scope belongs to (``agent:a/user:u`` -> ``agent:a``); any other scope itself."""
    return scope.split("/user:", 1)[0] if scope.startswith("agent:") else scope


def within(scope: str, parent: str) -> bool:
    """Whether ``scope`` is ``parent`` or below it."""
    return parent in ancestors(scope)


def scope_label(scope: str) -> str:
    """A short human name for a scope: the repository's folder name, or the agent (and user)."""
    if scope.startswith("project:"):
        return os.path.basename(scope[len("project:") :].rstrip("/")) or scope
    if scope.startswith("agent:"):
        name, _, user = scope[len("agent:"):].partition("/user:")
        return f"{name} (user {user})" if user else name
    return scope


def parse_scope(text: str) -> str:
    """A scope from user input: ``global``, ``project:<path>``, ``agent:<name>[/user:<id>]``, or a
    directory (``.`` for here), which becomes its repository's project scope."""
    value = (text or "").strip()
    if value == GLOBAL:
        return GLOBAL
    if value.startswith("agent:"):
        name, _, user = value[len("agent:"):].partition("/user:")
        if not name or "/" in name or (value.count("/user:") and not user):
            raise ValueError(f"bad scope {text!r}: write agent:<name> or agent:<name>/user:<id>")
        return agent_scope(name, user or None)
    if value.startswith("project:"):
        path = value[len("project:"):]
        if not path.startswith("/"):
            raise ValueError(f"bad scope {text!r}: a project scope is project:<absolute path>")
        return project_scope(path) if os.path.isdir(path) else f"project:{os.path.normpath(path)}"
    if value and os.path.isdir(os.path.expanduser(value)):
        return project_scope(value)
    raise ValueError(f"bad scope {text!r}: use global, project:<path>, agent:<name>[/user:<id>] or an existing folder")
