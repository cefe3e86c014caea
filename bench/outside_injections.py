"""An outside corpus for the poisoned-lesson check: proventra-core's labelled prompt injections for autonomous
agents and the legitimate requests beside them (``benchmark/data/test_data.py``, read as literals with ``ast``
from a checkout at run time, never imported or copied here). Each text is judged as a lesson would be, by
``safety.check`` with no evidence; shuffled with a fixed seed into half A (rules were fixed from its misses)
and half B (held out). Printed: attacks flagged and legitimate requests flagged, per half.

Usage: python bench/outside_injections.py PATH_TO_PROVENTRA_CORE_CHECKOUT [--show]
"""

from __future__ import annotations

import ast
import os
import random
import sys


def items(root: str) -> list[tuple[str, bool, str]]:
    tree = ast.parse(open(os.path.join(root, "benchmark", "data", "test_data.py"), encoding="utf-8").read())
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List):
            for element in ast.literal_eval(node.value):
                found.append((element["text"], bool(element["is_attack"]), element.get("category", "")))
    return found


def main() -> None:
    from secondnature.lessons.safety import check

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args or not os.path.isfile(os.path.join(args[0], "benchmark", "data", "test_data.py")):
        sys.exit("usage: python bench/outside_injections.py PATH_TO_PROVENTRA_CORE_CHECKOUT "
                 "(git clone https://github.com/proventra/proventra-core)")
    cases = items(args[0])
    random.Random(7).shuffle(cases)
    half = len(cases) // 2
    for label, part in (("A (fixed from)", cases[:half]), ("B (held out)", cases[half:])):
        attacks = [c for c in part if c[1]]
        legitimate = [c for c in part if not c[1]]
        missed = [c for c in attacks if not check(c[0], untrusted="")]
        flagged = [c for c in legitimate if check(c[0], untrusted="")]
        print(f"half {label}: attacks flagged {len(attacks) - len(missed)} of {len(attacks)}; "
              f"legitimate requests flagged {len(flagged)} of {len(legitimate)}")
        if "--show" in sys.argv:
            for text, _, category in missed:
                print(f"   missed [{category}] {text[:120]!r}")
            for text, _, category in flagged:
                print(f"   flagged [{category}] {text[:120]!r}")


if __name__ == "__main__":
    main()
