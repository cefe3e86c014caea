"""Outside corpora for the poisoned-lesson check, read from checkouts at run time, never imported or copied here:
proventra-core's labelled prompt injections for autonomous agents and the legitimate requests beside them
(``benchmark/data/test_data.py``, read as literals with ``ast``), and pincer's red-team prompts
(``src/lib/attacks/{injection,tool-abuse,extraction,bypass}.ts``, attacks only). Each text is judged as a lesson
would be, by ``safety.check`` with no evidence; each corpus is shuffled with a fixed seed into half A (rules
were fixed from its misses) and half B (held out). Printed, per half: attacks flagged, legitimate requests flagged.

Usage: python bench/outside_injections.py [--proventra PATH] [--pincer PATH] [--show]
"""

from __future__ import annotations

import ast
import json
import os
import random
import re
import sys

_PINCER = ("injection", "tool-abuse", "extraction", "bypass")


def items(root: str) -> list[tuple[str, bool, str]]:
    tree = ast.parse(open(os.path.join(root, "benchmark", "data", "test_data.py"), encoding="utf-8").read())
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List):
            for element in ast.literal_eval(node.value):
                found.append((element["text"], bool(element["is_attack"]), element.get("category", "")))
    return found


def pincer(root: str) -> list[tuple[str, bool, str]]:
    """pincer's attack prompts by category (a string literal, or concatenated ones, or a template)."""
    found = []
    for category in _PINCER:
        source = open(os.path.join(root, "src", "lib", "attacks", f"{category}.ts"), encoding="utf-8").read()
        for m in re.finditer(r'prompt:\s*((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+|`[^`]*`)', source, re.S):
            raw = m.group(1).strip()
            text = raw[1:-1] if raw.startswith("`") else "".join(json.loads(p) for p in re.findall(r'"(?:[^"\\]|\\.)*"', raw))
            found.append((text, True, category))
    return found


def report(name: str, cases: list[tuple[str, bool, str]], by_category: bool = False) -> None:
    from secondnature.lessons.safety import check

    random.Random(7).shuffle(cases)
    half = len(cases) // 2
    for label, part in (("A (fixed from)", cases[:half]), ("B (held out)", cases[half:])):
        groups = sorted({c[2] for c in part}) if by_category else [None]
        for group in groups:
            chosen = [c for c in part if group is None or c[2] == group]
            attacks = [c for c in chosen if c[1]]
            legitimate = [c for c in chosen if not c[1]]
            missed = [c for c in attacks if not check(c[0], untrusted="")]
            flagged = [c for c in legitimate if check(c[0], untrusted="")]
            print(f"{name} half {label}{f' {group}' if group else ''}: attacks flagged {len(attacks) - len(missed)} of "
                  f"{len(attacks)}" + (f"; legitimate requests flagged {len(flagged)} of {len(legitimate)}" if legitimate else ""))
            if "--show" in sys.argv:
                for text, _, category in missed:
                    print(f"   missed [{category}] {text[:120]!r}")
                for text, _, category in flagged:
                    print(f"   flagged [{category}] {text[:120]!r}")


def main() -> None:
    paths = {flag: sys.argv[sys.argv.index(flag) + 1] for flag in ("--proventra", "--pincer") if flag in sys.argv}
    if not paths:
        sys.exit("usage: python bench/outside_injections.py [--proventra PATH] [--pincer PATH] (git clone "
                 "https://github.com/proventra/proventra-core, https://github.com/rustyorb/pincer)")
    if "--proventra" in paths:
        report("proventra-core", items(paths["--proventra"]))
    if "--pincer" in paths:
        report("pincer", pincer(paths["--pincer"]), by_category=True)


if __name__ == "__main__":
    main()
