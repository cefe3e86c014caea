"""Secrets by family, both splits: how many leak through the capture path's redaction (``clean``, as the
hooks, the ingest and the middleware's writer apply it), and how many benign look-alikes are changed.

Usage: python bench/secret_families.py [--split tune|held_out|both] [--show]
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))

from secondnature.hooks.redact import clean  # noqa: E402

from secret_families import BENIGN_LOOKALIKES, families  # noqa: E402


def leaked(captured: object, secret: str) -> bool:
    text = json.dumps(clean(captured), ensure_ascii=False)
    middle = secret[len(secret) // 2 - 6: len(secret) // 2 + 6] if len(secret) >= 12 else secret
    return secret in text or middle in text


def main() -> None:
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "both"
    show = "--show" in sys.argv
    rows: dict[tuple[str, str], list[int]] = {}
    for family, part, captured, secret in families():
        if split != "both" and part != split:
            continue
        counts = rows.setdefault((family, part), [0, 0])
        counts[1] += 1
        if leaked(captured, secret):
            counts[0] += 1
            if show:
                print(f"  leak [{part}] {family}: {json.dumps(clean(captured), ensure_ascii=False)[:140]}")
    print(f"{'family':<48} {'split':<9} {'leaked':>8}")
    for (family, part), (bad, total) in sorted(rows.items()):
        print(f"{family:<48} {part:<9} {bad:>3} / {total:<3}")
    for part in ("tune", "held_out"):
        bad = sum(v[0] for (f, p), v in rows.items() if p == part)
        total = sum(v[1] for (f, p), v in rows.items() if p == part)
        if total:
            print(f"{part}: {bad} of {total} leak ({bad / total:.0%})")
    changed = [text for text in BENIGN_LOOKALIKES if clean(text) != text]
    print(f"benign look-alikes changed: {len(changed)} of {len(BENIGN_LOOKALIKES)}" + (f": {changed}" if changed else ""))


if __name__ == "__main__":
    main()
