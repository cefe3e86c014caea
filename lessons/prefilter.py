"""Which of many regular expressions could match a text, found with one pass instead of one search each.

The safety rules are a few dozen large alternations; searching a lesson with each of them costs about a
millisecond, most of it on lessons none of them matches. Each pattern is read once (with ``re``'s own
parser) for the literal text any match must contain: one of a set of strings ("set +e", "ssl", "verif"...).
A text is scanned once for all those strings, and only the patterns whose strings it holds are searched.
This is a necessary condition, never a guess: a pattern whose match needs no literal (or one this reading
cannot follow) is always searched. Texts with letters outside ASCII are searched by every pattern, since
case-folding there ("ſ", the Kelvin sign) can match letters no lowercase copy of the text shows; other characters
outside ASCII (curly quotes, dashes, arrows) have no case and are filtered like ASCII.
"""

from __future__ import annotations

import os
import re

from secondnature.hooks.core.patterns import Patterns

try:  # the parser and its names: re's own since Python 3.11, top-level modules before
    from re import _constants as sre
    from re import _parser
except ImportError:  # Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_ATOMIC = getattr(sre, "ATOMIC_GROUP", None)  # 3.11+
_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op is not None)

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SECOND_AT_LEAST = 3  # a second requirement made of shorter strings filters too little to be worth the look
_MAX_ALTERNATIVES = 256  # a run of character classes spelled out beyond this is no longer worth it
# Letters that case-fold to ASCII ones (Kelvin K, long s, dotted I, dotless i): a pattern's "ı" matches an ASCII
# text's "i" or "I", so a requirement holding one is looked for as the ASCII letter.
_TO_ASCII = str.maketrans({"\u212a": "k", "\u017f": "s", "\u0130": "i", "\u0131": "i"})


# Strings nearly every sentence holds: a requirement made of them filters nothing.
_COMMON = frozenset("""a an and are as at be by do for from if in is it its no not of on or so that the then this to
was we with you your ; & , : . - ( ) ' " ` |""".split())


def _selectivity(string: str) -> int:
    """How rare a string is in a text: its length, a character outside ASCII counting three ("挂载" is rarer than
    "uri", and no ASCII text holds it at all)."""
    core = string.strip()
    return 0 if core.lower() in _COMMON else len(core) + 2 * sum(not c.isascii() for c in core)


def _ranked(candidates: list[frozenset[str]]) -> list[frozenset[str]]:
    """The usable requirements, most selective first: its weakest string (common words count as nothing) as strong
    as can be, then the fewest strings."""
    usable = {c for c in candidates if c and all(c)}
    return sorted(usable, key=lambda c: (min(map(_selectivity, c)), -len(c), sorted(c)), reverse=True)


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    ranked = _ranked(candidates)
    return ranked[0] if ranked else None


def _requirements(items) -> list[frozenset[str]]:
    """Sets of strings, each with a member in every match of the parsed sequence ``items``: all of them hold."""
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        if run != {""}:
            candidates.append(frozenset(run))
        run = {""}

    for op, av in items:
        if op is sre.ASSERT:  # zero width, but what it looks at is in the text: "^(?=.*?gist)(?=.*?curl)" needs both
            candidates += _requirements(av[1])
            continue
        spelled = _spelled([(op, av)])
        if spelled is not None and len(run) * len(spelled) <= _MAX_ALTERNATIVES:
            run = {r + s for r in run for s in spelled}
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: what stands on either side is adjacent in the text
        else:
            flush()
            if op is sre.SUBPATTERN:
                candidates += _requirements(av[3])
            elif _ATOMIC is not None and op is _ATOMIC:
                candidates += _requirements(av)
            elif op in _REPEATS and av[0] >= 1:
                candidates += _requirements(av[2])
            elif op is sre.BRANCH:  # one of the branches matches: one of their strings is there
                branches = [_best(_requirements(branch)) for branch in av[1]]
                if all(b is not None for b in branches):
                    candidates.append(frozenset().union(*branches))
    flush()
    return candidates


def _spelled(items) -> set[str] | None:
    """Every string (lowercase) the parsed sequence ``items`` can match, where it is spelled out: literals, classes of
    literals, groups and alternations of them, an optional part ("check(ed)? in", ".(md|txt)"); None otherwise. A
    literal run goes on through them instead of stopping, so its strings are longer ("_uri", not "uri")."""
    strings = {""}
    for op, av in items:
        if op is sre.LITERAL:
            options = {chr(av).lower()}
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            options = {chr(c).lower() for _, c in av}
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width
        elif op is sre.SUBPATTERN:
            options = _spelled(av[3])
        elif op is sre.BRANCH:
            each = [_spelled(branch) for branch in av[1]]
            options = None if None in each else set().union(*each)
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:
            options = _spelled(av[2])
            options = None if options is None else options | {""}
        else:
            return None
        if options is None or len(strings) * len(options) > _MAX_ALTERNATIVES:
            return None
        strings = {s + o for s in strings for o in options}
    return strings


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The strings (lowercase) one of which every match of ``pattern`` contains, or None."""
    found = required_sets(pattern)
    return found[0] if found else None


def required_sets(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """The most selective of the sets of strings every match of ``pattern`` holds one of, and the next one where
    it filters too ("without" and "review|reading": a lesson that says "without" and nothing of review is no
    candidate); empty when nothing is known."""
    try:
        found = _requirements(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a construct this reading does not know: search always
        return ()
    ranked = _ranked([_shortest(frozenset(s.translate(_TO_ASCII) for s in strings)) for strings in found])  # ASCII texts are filtered
    second = [found for found in ranked[1:2] if min(map(_selectivity, found)) >= _SECOND_AT_LEAST]
    return tuple(ranked[:1] + second)


def _shortest(strings: frozenset[str]) -> frozenset[str]:
    """``strings`` less those that hold another of them: "caller" is in every text "callers" is in."""
    kept: list[str] = []
    for string in sorted(strings, key=len):
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return frozenset(kept)


# Programs of the patterns compiled here, kept for the next process (``hooks.core.patterns``): compiling the safety
# rules' branches a night searches costs it most of a second.
PATTERNS = Patterns(os.path.dirname(os.path.abspath(__file__)), "lessons")


class Lazy:
    """A regular expression compiled the first time it is searched. Compiling the safety rules costs 0.15 s
    of every process that imports them, and once the prefilter is built only the branches a text's strings
    point at are searched (about a quarter of them over a night's lessons): the rest need never be compiled.
    ``pattern`` and ``flags`` are there from the start, as the prefilter reads them."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags

    def __getattr__(self, name: str):  # only for what is not set yet: the first use compiles
        compiled = PATTERNS.compile(self.pattern, self.flags)
        for method in self._METHODS:  # later calls find them on the instance, at no extra cost
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"Lazy({self.pattern[:60]!r}...)"


def lazy(pattern: str, flags: int = 0) -> Lazy:
    return Lazy(pattern, flags)


def branches(pattern: re.Pattern[str]) -> list[re.Pattern[str]]:
    """``pattern``'s top-level alternatives, each compiled alone with its flags. A rule written as one long
    alternation needs the weakest of its branches' words ("set", "say"), so the prefilter lets nearly every
    text through to it; split, each branch is searched only where its own words are (a lesson's check:
    1.2 -> 0.5 ms). A match of the whole is a match of one of its branches."""
    source, parts, depth, start, i = pattern.pattern, [], 0, 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: "]" first or escaped does not close it
            i += 2 if source[i + 1: i + 2] == "^" else 1
            i += 1 if source[i: i + 1] == "]" else 0
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return [pattern] if len(parts) == 1 else [Lazy(part, pattern.flags) for part in parts]


def _longest_first_trie(strings: list[str]) -> str:
    """One pattern for any of ``strings`` shaped as a trie (``ver(?:if(?:y)?)?``), so the engine follows one branch
    per character instead of trying every string at every position, and takes the longest string there."""
    trie: dict = {}
    for string in strings:
        node = trie
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


class Prefilter:
    """For a fixed list of patterns, the ones that could match a given text. It is built on its first question:
    with what the patterns require kept from the last process (``name``), that takes about 0.1 s for the safety
    rules, less than compiling every whole pattern would (the patterns are ``Lazy``: only those a text's strings
    point at are ever compiled). With ``split``, each pattern's top-level alternatives are filtered separately
    (see ``branches``); ``parts`` says what stands for a pattern then. Patterns are known by ``id``: hashing a
    compiled pattern hashes its whole program (11 µs for a large rule), which a set of them would do on every
    lookup."""

    def __init__(self, patterns: list[re.Pattern[str]], split: bool = False, name: str = ""):
        self.patterns = list(dict.fromkeys(patterns))
        self.name = name  # with a name, what the patterns require is kept for the next process (``_required_of``)
        self.folder = os.path.dirname(os.path.abspath(__file__))  # in its __pycache__
        self.every = frozenset(map(id, self.patterns))  # ids, as ``candidates`` gives them
        self._split = split
        self._parts: dict[int, tuple[re.Pattern[str], ...]] = {}  # by id: hashing a compiled pattern hashes its code
        self._strings: list[str] | None = None  # every string looked for, once built
        self._scans: dict[bool, re.Pattern[str]] = {}  # for an ASCII text or any other, each made when first needed

    def parts(self, pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
        """What is searched for ``pattern``: itself, or its alternatives once the scan is built with ``split``."""
        return self._parts.get(id(pattern)) or (pattern,)

    def all(self) -> frozenset[int]:
        """The ids of every pattern, or once built with ``split`` every part: what no filter would leave out."""
        return self.every if self._strings is None else self._searched

    def candidates(self, text: str) -> frozenset[int]:
        """The ids of the patterns (or parts) that could match ``text``."""
        if self._strings is None:
            self._build()
        if not text.isascii() and any(c.isalpha() for c in set(_NON_ASCII.findall(text))):
            return self._searched  # a letter outside ASCII may fold to one a pattern names: search them all
        present: set[str] = set()
        for m in self._scan(text.isascii()).finditer(text.lower()):
            present |= self._prefixes[m.group(1)]
        found = set(self._always)
        for string in present:
            found.update(self._by_string.get(string, ()))
        also = self._also
        return frozenset(p for p in found if p not in also or not also[p].isdisjoint(present))

    def _build(self) -> None:
        if self._split:
            self._parts = {id(p): tuple(branches(p)) for p in self.patterns}
        searched = [part for p in self.patterns for part in self.parts(p)]
        self._searched = frozenset(map(id, searched))
        needs = dict(zip(map(id, searched), self._required_of(searched), strict=True))
        self._always = frozenset(p for p, n in needs.items() if not n)
        self._needs = {p: n[0] for p, n in needs.items() if n}
        self._also = {p: n[1] for p, n in needs.items() if len(n) > 1}  # a second set, looked at once the first holds
        self._by_string: dict[str, list[int]] = {}  # a string -> the patterns it lets through
        for p, strings in self._needs.items():
            for string in strings:
                self._by_string.setdefault(string, []).append(p)
        strings = sorted(set().union(*self._needs.values(), *self._also.values()), key=len, reverse=True)
        self._strings = strings
        known = set(strings)
        self._prefixes = {s: {s[:n] for n in range(1, len(s) + 1)} & known for s in strings}

    def _scan(self, ascii_text: bool) -> re.Pattern[str]:
        """A pattern that finds, at each position of a text, the longest string there (a trie, greedy; its prefixes
        are added after). An ASCII text holds no string with other characters, and each position of it would try
        them all: it is scanned for the ASCII strings only."""
        if ascii_text not in self._scans:
            strings = [s for s in self._strings if s.isascii() or not ascii_text]
            trie = _longest_first_trie(strings)
            self._scans[ascii_text] = PATTERNS.compile("(?=(" + trie + "))" if strings else "(?!)")
        return self._scans[ascii_text]

    def _required_of(self, patterns: list[re.Pattern[str]]) -> list[tuple[frozenset[str], ...]]:
        """``required_sets`` of each pattern. Reading them parses every pattern (0.12 s of a night for the
        safety rules), so a named prefilter keeps them marshalled beside this module, as the redaction rules'
        tables are kept, named by a hash of the patterns and of this module's file: a changed rule makes them again."""
        if not self.name:
            return [required_sets(p) for p in patterns]
        import hashlib

        from secondnature.hooks.core.marshalled import kept, writable

        folder = self.folder
        made_by = os.stat(__file__)  # a change to how they are read makes them again too
        key = hashlib.sha1("\0".join([f"{made_by.st_size}:{made_by.st_mtime_ns}"] + [f"{p.flags}:{p.pattern}" for p in patterns])
                           .encode()).hexdigest()[:16]

        def make() -> list:
            return [[sorted(found) for found in sets] for sets in map(required_sets, patterns)]

        table = kept(folder, f"prefilter-{self.name}-", key, make if writable(folder) else None,
                     lambda value: isinstance(value, list) and len(value) == len(patterns))
        table = make() if table is None else table
        return [tuple(frozenset(found) for found in sets) for sets in table]
