"""Shell commands as the miner reads them: what they run, whether they only look or change files, and
the general form a lesson may quote.

A lesson that pastes a commit message, a heredoc, an absolute worktree path or a branch name is a
one-off string that is wrong everywhere else; ``general`` abstracts those parts, and ``quotable``
says whether what is left is short and plain enough to put in a lesson at all.
"""

from __future__ import annotations

import re
from collections import Counter

_HEREDOC = re.compile(r"\"?\$\(cat\s+<<-?\s*['\"]?(\w+)['\"]?.*?\n?\s*\1\s*\)\"?|<<-?\s*['\"]?(\w+)['\"]?.*?\2", re.S)
_QUOTED = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'[^']*'")
_MESSAGE_FLAG = re.compile(r"(\s(?:-m|--message|--body|--title)[\s=]+)(\"(?:[^\"\\]|\\.)*\"|'[^']*')")
_NOISE = re.compile(r"\s+2>&1|\s+2>/dev/null|\s*\|\s*(?:tail|head)(?:\s+-n)?(?:\s+-?\d+)?\s*$")
_SPLIT = re.compile(r"\s*(?:&&|\|\||;|\n)\s*")
_ABS_PATH = re.compile(r"(?<![\w.~:/])(/(?:[\w.@+\-]+/)*[\w.@+\-]+/?)")  # not inside a URL
_HASH = re.compile(r"(?<![\w./<-])[0-9a-f]{7,40}(?![\w./>-])")
_ENV = re.compile(r"^\w+=\S*$")
_MANY_FILES = re.compile(r"\b(git add|git rm|rm|prettier --write|mix format)(?:\s+[^\s&;|<>-][^\s&;|<>]*){2,}")
_WRAPPERS = {"sudo", "env", "time", "nohup", "exec", "command", "timeout", "caffeinate"}
_RUNNERS = {"npx", "bunx", "pnpx", "uvx", "pipx"}  # runner + the tool it runs
_SCRIPT_RUNNERS = {"npm", "yarn", "pnpm", "bun", "uv", "poetry", "bundle", "pdm", "hatch", "rye", "just", "make",
                   "cargo", "go", "mix", "dotnet", "gradle", "./gradlew", "mvn", "deno", "composer", "rake"}
LOOK_AROUND = {"ls", "ll", "lsd", "cat", "bat", "head", "tail", "less", "more", "pwd", "echo", "printf", "find", "fd",
               "grep", "rg", "ag", "which", "whereis", "type", "whoami", "env", "printenv", "tree", "wc", "stat",
               "file", "man", "du", "df", "date", "id", "uname", "sleep", "true", "ps", "jq", "awk", "sort",
               "uniq", "cut", "diff", "realpath", "dirname", "basename", "readlink", "test", "[", "cd"}
LOOK_AROUND_SUB = {("git", s) for s in ("status", "log", "diff", "show", "branch", "remote", "rev-parse", "ls-files",
                                        "blame", "describe", "config", "fetch", "worktree", "stash list", "reflog")}
LOOK_AROUND_SUB |= {("bd", s) for s in ("show", "list", "ready")} | {("gh", "pr view"), ("gh", "run view")}
_REDIRECT = re.compile(r"(^|[^<>&2])>{1,2}\s*(?!&|/dev/null)[\w./~$\"'-]")
_EDITORS = re.compile(r"(^|\s)(sed|perl)\s+(-\w*i|--in-place)|(^|\s)(tee|patch|truncate|touch|rm|mv|cp|mkdir|ln|chmod|git\s+(apply|checkout\s+--|restore|"
                      r"reset|rm|mv|stash(?!\s+list))|(\S*\s)?(fmt|format)\b|prettier\s+.*--write|black\s|"
                      r"ruff\s+format|ruff\s+check\s+.*--fix|eslint\s+.*--fix|gofmt\s+-w|rustfmt|npm\s+(i|install)\b|"
                      r"pip\s+install|uv\s+(add|sync|pip)|cargo\s+add|mix\s+deps\.get|bundle\s+install|"
                      r"yarn\s+(add|install)|pnpm\s+(add|install|i)\b)", re.I)
EDIT_TOOLS = {"Edit", "Write", "MultiEdit", "NotebookEdit", "apply_patch", "str_replace_editor", "create_file",
              "edit_file", "write_file", "replace", "write_to_file", "search_replace", "delete_file"}


def _unquoted(command: str) -> str:
    return _QUOTED.sub('""', _strip(command))


def _strip(command: str) -> str:
    command = _HEREDOC.sub('"<message>"', command)
    command = _MESSAGE_FLAG.sub(lambda m: m.group(1) + '"<message>"', command)
    previous = None
    while previous != command:
        previous, command = command, _NOISE.sub("", command).strip()
    return command


def segments(command: str) -> list[list[str]]:
    """The words of each command a shell line runs in sequence (the left side of each pipe)."""
    out = []
    masked = _QUOTED.sub(lambda m: m.group(0).replace("&", "\0").replace(";", "\1").replace("|", "\2"),
                         _strip(command))
    for part in _SPLIT.split(masked):
        part = part.split("|", 1)[0]
        words = [w.replace("\0", "&").replace("\1", ";").replace("\2", "|").strip("\"'") for w in part.split()]
        while words and (words[0] in _WRAPPERS or _ENV.match(words[0]) or words[0].lstrip("-").isdigit()):
            words = words[1:]
        if words:
            out.append(words)
    return out


def head(words: list[str]) -> tuple[str, str]:
    """(program, subcommand) of one command: ``git push``, ``npm run build``, ``python -m pytest``."""
    program = words[0].rsplit("/", 1)[-1] if not words[0].startswith("./") else words[0]
    rest = [w for w in words[1:] if not w.startswith("-")]
    if program in _RUNNERS and rest:
        return program, rest[0]
    if program.startswith("python") and "-m" in words:
        index = words.index("-m")
        return "python", f"-m {words[index + 1]}" if index + 1 < len(words) else "-m"
    if program in _SCRIPT_RUNNERS and rest and rest[0] in ("run", "exec", "x") and len(rest) > 1:
        return program, f"{rest[0]} {rest[1]}"
    sub = rest[0] if rest and re.fullmatch(r"[a-z][\w:.\-]*", rest[0]) and "/" not in rest[0] else ""
    if (program, f"{sub} {rest[1]}" if len(rest) > 1 else "") in LOOK_AROUND_SUB:
        return program, f"{sub} {rest[1]}"
    return program, sub


def heads(command: str) -> list[tuple[str, str]]:
    """The (program, subcommand) of each command in the line that does something (not ``cd``)."""
    return [head(words) for words in segments(command) if words[0] != "cd"]


def looks_around(command: str) -> bool:
    """Only reads: listing, printing, searching, ``git status``... never a fix for anything."""
    found = heads(command)
    return bool(found) and not _REDIRECT.search(_unquoted(command)) and all(p in LOOK_AROUND or (p, s) in LOOK_AROUND_SUB
                               or (p == "sed" and "-n" in command) for p, s in found)


def edits_files(tool: str, command: str) -> bool:
    """Whether a step changed files: an edit tool, or a shell line that writes, formats or installs."""
    if tool in EDIT_TOOLS:
        return True
    plain = _unquoted(command) if command else ""
    return bool(plain) and bool(_REDIRECT.search(plain) or _EDITORS.search(plain))


def normal(command: str) -> str:
    """The command without ``2>&1``, a trailing ``| tail``, message bodies and extra spacing."""
    return " ".join(_strip(command).split())


_LEADING_CD = re.compile(r"^cd\s+[\"']?(?:/|~|\.[\"']?\s)\S*\s*&&\s*")


def same(a: str, b: str) -> bool:
    """The same command, a leading ``cd`` to an absolute folder (the worktree, as agents often prefix) or
    ``.`` aside; ``cd assets &&`` is kept: in a subfolder it is another command."""
    return _LEADING_CD.sub("", normal(a)) == _LEADING_CD.sub("", normal(b))


def variant(failed: str, later: str) -> bool:
    """``later`` runs what ``failed`` ran, differently: every program and subcommand of it, and every
    word it was given, with options or steps added. Dropping or swapping a word (``mix test a_test.exs``
    then ``mix test``, ``git add a`` then ``git add b``) is doing something else."""
    a, b = heads(failed), heads(later)
    if not a or not set(a) <= set(b) or same(failed, later):
        return False
    given = Counter(w for words in segments(later) for w in words)
    return not Counter(w for words in segments(failed) for w in words) - given


def general(command: str, root: str = "", branch: str = "") -> str:
    """The command as a lesson may quote it: no message bodies or heredocs, paths relative to the project,
    the session's branch and hashes named by what they are."""
    command = relative(" ".join(_strip(command).split()), root)
    command = _ABS_PATH.sub(lambda m: m.group(1) if m.group(1) in ("/dev/null", "/tmp") else "<path>", command)
    if branch and branch not in ("main", "master", "HEAD"):
        command = re.sub(rf"(?<![\w.-]){re.escape(branch)}(?![\w-])", "<branch>", command)
    return _HASH.sub("<hash>", _MANY_FILES.sub(r"\1 <files>", command))


def relative(text: str, root: str) -> str:
    """Paths under the project written relative to it, by whole path components: a sibling folder whose name
    starts with the root's (``spotter-worktrees/…`` beside ``spotter``) stays as it is."""
    root = root.rstrip("/")
    if not root or root not in text:
        return text
    return re.sub(re.escape(root) + r"(/|(?![\w.-]))", lambda m: "" if m.group(1) == "/" else ".", text)


def quotable(command: str) -> bool:
    """Short, one line, no leftover literal text: fit to quote in a lesson."""
    return 0 < len(command) <= 100 and "\n" not in command and command.count('"') <= 2 and "<<" not in command
