"""An outside corpus for capture's redaction: trufflehog's detector pattern tests (``pkg/detectors/**/*_test.go``:
each case's ``input`` text and the findings it ``want``s), read from a checkout at run time, never copied here.
Only cases whose input and wants are literals (or the file's string constants) are used; of each want, the
parts that are the secret (not a URL, host, e-mail or field name). Detectors are shuffled with a fixed seed
into half A (rules were fixed from its leaks) and half B (held out). Printed: in how many cases a wanted secret
is still in the redacted text, and still there after the night's lesson net as well.

Usage: python bench/trufflehog_examples.py PATH_TO_TRUFFLEHOG_CHECKOUT [--show]
"""

from __future__ import annotations

import json
import os
import random
import re
import sys

_LITERAL = r'(`[^`]*`|"(?:[^"\\\n]|\\.)*")'
_CASE = re.compile(r"input:\s*(" + _LITERAL[1:-1] + r"|\w+)\s*,\s*want:\s*\[\]string\{([^}]*)\}", re.S)


def _unquote(text: str) -> str:
    if text.startswith("`"):
        return text[1:-1]
    try:
        return json.loads(text)
    except ValueError:
        return text[1:-1]


def secret_pieces(want: str) -> list[str]:
    """The parts of a wanted finding that are the secret: not a URL, host, e-mail or field name."""
    want = re.sub(r"[a-z][a-z0-9+.-]*://[^\s:;|@]+", " ", want)
    pieces = []
    for piece in re.split(r"[\s:;|@,]+", want):
        if len(piece) < 12 or re.fullmatch(r"[\w-]+(\.[\w-]+)+\.[a-z]{2,}", piece):
            continue
        if sum(bool(re.search(c, piece)) for c in ("[a-z]", "[A-Z]", "[0-9]")) >= 2 or len(set(piece)) <= 3:
            pieces.append(piece)
    return pieces


def cases(root: str) -> dict[str, list[tuple[str, list[str]]]]:
    """Per detector test file (named by its path, ``/`` as ``_``), its (input, secret pieces) cases; a file whose
    cases want only non-secret findings is listed with none (it still takes its place in the halves)."""
    found: dict[str, list[tuple[str, list[str]]]] = {}
    for dirpath, _, files in os.walk(os.path.join(root, "pkg", "detectors")):
        for name in sorted(files):
            if not name.endswith("_test.go") or "integration" in name:
                continue
            source = open(os.path.join(dirpath, name), encoding="utf-8", errors="replace").read()
            constants = {m.group(1): _unquote(m.group(2)) for m in
                         re.finditer(r"(?m)^\s*(\w+)\s*(?:=|:=)\s*" + _LITERAL + r"\s*$", source)}
            key = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "_")
            for m in _CASE.finditer(source):
                text = _unquote(m.group(1)) if m.group(1)[0] in "`\"" else constants.get(m.group(1))
                wants = [w for w in map(_unquote, re.findall(_LITERAL, m.group(2))) if len(w) >= 6]
                if text is not None and wants:
                    found.setdefault(key, []).append((text, [p for want in wants for p in secret_pieces(want)]))
    return found


def main() -> None:
    from secondnature.hooks.core.redact import redact
    from secondnature.lessons.safety import scrub_secrets

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args or not os.path.isdir(os.path.join(args[0], "pkg", "detectors")):
        sys.exit("usage: python bench/trufflehog_examples.py PATH_TO_TRUFFLEHOG_CHECKOUT "
                 "(git clone https://github.com/trufflesecurity/trufflehog)")
    found = cases(args[0])
    names = sorted(found)
    random.Random(7).shuffle(names)
    half = len(names) // 2
    for label, part in (("A (fixed from)", names[:half]), ("B (held out)", names[half:])):
        total = leaked = reached = 0
        for name in part:
            for text, pieces in found[name]:
                if not pieces:
                    continue
                total += 1
                captured = redact(text)
                left = [p for p in pieces if p in captured]
                leaked += bool(left)
                reached += any(p in scrub_secrets(captured) for p in pieces)
                if left and "--show" in sys.argv:
                    print(f"   left [{name}] {left[0][:40]!r} in {text[:100]!r}")
        print(f"half {label}: {len(part)} detectors, {total} cases; a wanted secret left by capture in {leaked} "
              f"({leaked / max(total, 1):.0%}), and past the lesson net too (a lesson quoting it whole) in {reached} "
              f"({reached / max(total, 1):.0%})")


if __name__ == "__main__":
    main()
