"""An outside corpus for capture's redaction: gitleaks' own true-positive examples, written by other people
for their rules. Read at run time from a gitleaks checkout (the literal elements of each rule's ``tps`` list
in ``cmd/generate/config/rules/*.go``, and the literal secrets given to ``GenerateSampleSecret(s)`` in
gitleaks' own sample line), never copied here; shuffled with a fixed seed into two halves, A (rules were
fixed from its misses) and B (held out). Printed: how many of each half capture's redaction changes.

Usage: python bench/gitleaks_examples.py PATH_TO_GITLEAKS_CHECKOUT [--show]
"""

from __future__ import annotations

import json
import os
import random
import re
import sys

_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"|`([^`]*)`')


def examples(root: str) -> list[tuple[str, str]]:
    """(rule file, example text) for every literal true positive, each text once."""
    folder = os.path.join(root, "cmd", "generate", "config", "rules")
    found: dict[str, str] = {}
    for name in sorted(os.listdir(folder)):
        source = re.sub(r"(?m)^\s*//.*$", "", open(os.path.join(folder, name), encoding="utf-8").read())
        for start in re.finditer(r"\btps\s*(?::=|=)", source):
            stops = [at for at in (source.find("fps", start.end()), source.find("return", start.end())) if at > 0]
            segment = source[start.end(): min(stops) if stops else len(source)]
            for m in _LITERAL.finditer(segment):
                before, after = segment[max(0, m.start() - 60):m.start()].rstrip(), segment[m.end():m.end() + 3].lstrip()
                text = _unquote(m.group(1)) if m.group(1) is not None else m.group(2)
                sample = re.search(r'GenerateSampleSecrets?\(\s*"([^"]*)"\s*,\s*$', before)
                if sample and after[:1] in (")", ","):
                    text = f'{sample.group(1)}_api_token = "{text}"'  # gitleaks' own sample line
                elif not (before.endswith(("{", ",")) and after.startswith((",", "}"))) or re.search(r"\w\(\s*$", before):
                    continue  # a fragment of a generated secret, a format string, an argument
                if len(text) >= 8 and "%s" not in text and "%d" not in text:
                    found.setdefault(text, name)
    return [(name, text) for text, name in found.items()]


def _unquote(text: str) -> str:
    try:
        return json.loads(f'"{text}"')
    except ValueError:
        return text


def main() -> None:
    from secondnature.hooks.core.redact import redact

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args or not os.path.isdir(os.path.join(args[0], "cmd", "generate", "config", "rules")):
        sys.exit("usage: python bench/gitleaks_examples.py PATH_TO_GITLEAKS_CHECKOUT (git clone https://github.com/gitleaks/gitleaks)")
    cases = examples(args[0])
    random.Random(7).shuffle(cases)
    half = len(cases) // 2
    for label, part in (("A (fixed from)", cases[:half]), ("B (held out)", cases[half:])):
        missed = [(name, text) for name, text in part if redact(text) == text]
        print(f"half {label}: {len(part) - len(missed)} of {len(part)} gitleaks true-positive examples changed by "
              f"capture's redaction ({(len(part) - len(missed)) / max(len(part), 1):.0%})")
        if "--show" in sys.argv:
            for name, text in missed:
                print(f"   missed {name}: {text[:120]!r}")


if __name__ == "__main__":
    main()
