"""Secrets out, sizes bounded: applied to every event before it is written anywhere.

Standard library only. The rules are data (``secret_rules.json``: provider token formats, credentials
in command lines, URLs, headers and config files, key bodies by line shape), plus an entropy check for
``name = value`` assignments. A rule's regex only runs when one of its keywords occurs in the text:
a plain substring test costs microseconds, and most tool output holds none. A match is replaced by
``[REDACTED:<kind>]`` while harmless context (a variable name, a URL's user) is kept so that the
session still reads sensibly. Oversized strings are cut with a marker that keeps the original size.
``re`` is imported only when a pattern must run: its import alone costs a hook process 4 ms.
"""

from __future__ import annotations

import os

from secondnature.hooks import jsoncodec

MAX_FIELD_CHARS = 16_000
MAX_LIST_ITEMS = 500
MAX_DEPTH = 12

_RULES_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "secret_rules.json")
_MIN_SECRET_CHARS = 8  # no rule matches a shorter string
TRIE_AFTER_CHARS = 20_000  # the substring loop over this much text costs about what compiling the trie does
# Patterns as sources: ``re`` compiles (and caches) each on first use, so a hook process whose payload
# never needs one does not pay for it.
# Assignments whose value looks random (entropy per character) although the name does not say secret.
_ASSIGNMENT = r"(?P<keep>\b[A-Za-z_][\w.\-]{1,40}[\"']?\s*[:=]\s*[\"']?)(?P<value>[A-Za-z0-9+/_\-]{24,200}={0,2})(?![\w+/])"
_LONG_VALUE = r"[:=]\s*[\"']?[A-Za-z0-9+/_\-]{24}"  # the cheap test before the entropy check
_ENTROPY_BITS = 4.3
_LONG_BASE64 = r"[A-Za-z0-9+/]{60}"  # the cheap test before looking for key-body lines
_LOWER_HEX = "0123456789abcdef"  # the only keywords made of these ("eaaa", "acca") start uppercase tokens
_BASE64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
# ASCII text translated to "x" (a character of the class) or " ": a run of n is "x" * n in it.
_BASE64_RUNS = str.maketrans({chr(i): "x" if chr(i) in _BASE64_CHARS else " " for i in range(128)})
_TOKEN_RUNS = str.maketrans({chr(i): "x" if chr(i) in _BASE64_CHARS | {"_", "-"} else " " for i in range(128)})


class _Rules:
    """The rules, loaded on first use: (id, keywords, pattern source, kept group), a combined keyword
    search that most strings fail at once, and patterns compiled when first needed."""

    def __init__(self) -> None:
        with open(_RULES_FILE, encoding="utf-8") as f:
            data = jsoncodec.loads(f.read())
        self.rules = [(r["id"], tuple(r["keywords"]), r["regex"], r.get("keep")) for r in data["rules"]]
        self.keywords = sorted({k for r in self.rules for k in r[1]})
        self._any_keyword = None  # a compiled re.Pattern once worth it
        self._looped_chars = 0
        self.compiled: dict = {}  # rule id -> compiled pattern

    def has_keyword(self, low: str) -> bool:
        """Whether any rule's keyword occurs: a substring loop (~90 ns per KB per keyword) until this
        process has scanned ``TRIE_AFTER_CHARS``, then the trie pattern (~2 ms to compile, then one
        pass). A hook process with one payload never pays the compile; the writer and the night do, once."""
        if self._any_keyword is None:
            self._looped_chars += len(low)
            if self._looped_chars < TRIE_AFTER_CHARS:
                return any(k in low for k in self.keywords)
            import re

            self._any_keyword = re.compile(_trie_pattern(set(self.keywords)))
        return bool(self._any_keyword.search(low))

    def pattern(self, name: str, source: str):
        compiled = self.compiled.get(name)
        if compiled is None:
            import re

            compiled = self.compiled[name] = re.compile(source)
        return compiled


_rules: _Rules | None = None


def _trie_pattern(words: set[str]) -> str:
    """One pattern for any of ``words``, shaped as a trie (``a(?:kia|ws)|...``): the engine follows one
    branch per character instead of trying some 250 alternatives at every position (10x faster)."""
    import re

    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        if "" in node and len(node) == 1:
            return ""
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return body if "" not in node else ""  # a keyword ends here: its prefix alone is enough to match

    return pattern(trie)


def _replacer(name: str, keep: str | None):
    marker = f"[REDACTED:{name}]"
    if keep is None:
        return lambda m: marker
    return lambda m: f"{m.group(keep) or ''}{marker}"


def _entropy(value: str) -> float:
    counts: dict[str, int] = {}
    for ch in value:
        counts[ch] = counts.get(ch, 0) + 1
    n = len(value)
    import math  # not at the top: the hook process never needs it

    return -sum(c / n * math.log2(c / n) for c in counts.values())


_ID_NAMES = ("id", "ids", "uuid", "hash", "sha", "sha1", "sha256", "digest", "etag", "checksum", "commit", "rev",
             "nonce_id", "version", "key_id", "keyid")


def _random_value(m) -> str:
    name = m.group("keep").split("=")[0].split(":")[0].strip(" \"'").lower()
    if name.endswith(_ID_NAMES):  # identifiers look random and are not secret
        return m.group(0)
    value = m.group("value")
    classes = sum(any(test(ch) for ch in value) for test in (str.isupper, str.islower, str.isdigit))
    if classes == 3 and _entropy(value) >= _ENTROPY_BITS:
        return f"{m.group('keep')}[REDACTED:high_entropy]"
    return m.group(0)


def redact(text: str) -> str:
    """Replace every secret the rules know in ``text``, in time linear in its length."""
    global _rules
    if len(text) < _MIN_SECRET_CHARS or (len(text) < 60 and not text.strip(_LOWER_HEX)):
        return text  # too short, or an id or a digest (lowercase hex), which no rule matches
    rules = _rules or (_rules := _Rules())
    low = text.lower()
    if rules.has_keyword(low):
        for name, keywords, source, keep in rules.rules:
            if keywords and any(k in low for k in keywords):
                text = rules.pattern(name, source).sub(_replacer(name, keep), text)
    if len(text) >= 60 and _has_run(text, _BASE64_RUNS, 60, _LONG_BASE64):
        for name, keywords, source, keep in rules.rules:
            if not keywords:
                text = rules.pattern(name, source).sub(_replacer(name, keep), text)
    if ("=" in text or ":" in text) and _has_run(text, _TOKEN_RUNS, 24, _LONG_VALUE):
        import re

        text = re.sub(_ASSIGNMENT, _random_value, text)
    return text


def _has_run(text: str, runs: dict[int, str], n: int, pattern: str) -> bool:
    """The cheap test before a pattern: for ASCII text, whether it holds ``n`` characters of the class
    in a row (one ``str.translate``: a few µs for 16 KB, and no ``re`` import in a hook process, which
    costs 4 ms); otherwise the pattern itself."""
    if text.isascii():
        return "x" * n in text.translate(runs)
    import re

    return re.search(pattern, text) is not None


def truncate(text: str, limit: int = MAX_FIELD_CHARS) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}…[second-nature: truncated, {len(text)} chars in all]"


def clean_text(text: str, limit: int = MAX_FIELD_CHARS) -> str:
    """Redact then bound one string. Only a window a little past the limit is scanned, so a 10 MB
    output costs the same as a 20 KB one; a secret straddling the cut is still caught whole."""
    if len(text) > limit:
        head = redact(text[: limit + 512])
        return f"{head[:limit]}…[second-nature: truncated, {len(text)} chars in all]"
    return redact(text)


def clean(value: object, limit: int = MAX_FIELD_CHARS, _depth: int = 0) -> object:
    """A JSON-safe, redacted, size-bounded copy of ``value`` (dicts, lists, strings, numbers...)."""
    if isinstance(value, str):
        return clean_text(value, limit)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"[second-nature: binary, {len(value)} bytes]"
    if _depth >= MAX_DEPTH:
        return clean_text(repr(value), limit)
    if isinstance(value, dict):
        return {str(k): clean(v, limit, _depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
        out = [clean(v, limit, _depth + 1) for v in items[:MAX_LIST_ITEMS]]
        if len(items) > MAX_LIST_ITEMS:
            out.append(f"[second-nature: {len(items) - MAX_LIST_ITEMS} more items truncated]")
        return out
    return clean_text(str(value), limit)
