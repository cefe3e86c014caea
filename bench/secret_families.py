"""Secrets by family, both splits: how many leak through the capture path's redaction (``clean``, as the
hooks, the ingest and the middleware's writer apply it); how many of those would still reach a lesson (and so
a digest and an injected prompt) if a lesson quoted the captured text whole, past the night's second net
(``scrub_secrets``); how many that net misses on its own, with capture's rules off (how independent the two
nets are); and how many benign look-alikes are changed.

Usage: python bench/secret_families.py [--split tune|held_out|held_out_2|held_out_3|held_out_4|held_out_5|held_out_6|held_out_7|held_out_8|held_out_9|held_out_10|held_out_11|held_out_12|held_out_13|held_out_14|held_out_15|held_out_16|held_out_17|held_out_18|held_out_19|held_out_20|...|held_out_52|held_out_53|held_out_54|held_out_55|held_out_56|held_out_57|both] [--show]
"""

from __future__ import annotations

import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))

from secondnature.hooks.core.redact import clean  # noqa: E402
from secondnature.lessons.safety import scrub_secrets  # noqa: E402

from secret_families import (  # noqa: E402
    BENIGN_LOOKALIKES,
    BENIGN_LOOKALIKES_2,
    BENIGN_LOOKALIKES_3,
    BENIGN_LOOKALIKES_4,
    BENIGN_LOOKALIKES_5,
    BENIGN_LOOKALIKES_6,
    BENIGN_LOOKALIKES_7,
    BENIGN_LOOKALIKES_8,
    BENIGN_LOOKALIKES_9,
    BENIGN_LOOKALIKES_10,
    BENIGN_LOOKALIKES_11,
    BENIGN_LOOKALIKES_12,
    BENIGN_LOOKALIKES_13,
    BENIGN_LOOKALIKES_14,
    BENIGN_LOOKALIKES_15,
    BENIGN_LOOKALIKES_16,
    BENIGN_LOOKALIKES_17,
    BENIGN_LOOKALIKES_18,
    BENIGN_LOOKALIKES_19,
    BENIGN_LOOKALIKES_20,
    BENIGN_LOOKALIKES_21,
    BENIGN_LOOKALIKES_22,
    BENIGN_LOOKALIKES_23,
    BENIGN_LOOKALIKES_24,
    BENIGN_LOOKALIKES_25,
    BENIGN_LOOKALIKES_26,
    BENIGN_LOOKALIKES_27,
    BENIGN_LOOKALIKES_28,
    BENIGN_LOOKALIKES_29,
    BENIGN_LOOKALIKES_30,
    BENIGN_LOOKALIKES_31,
    BENIGN_LOOKALIKES_32,
    BENIGN_LOOKALIKES_33,
    BENIGN_LOOKALIKES_34,
    BENIGN_LOOKALIKES_35,
    BENIGN_LOOKALIKES_36,
    BENIGN_LOOKALIKES_37,
    BENIGN_LOOKALIKES_38,
    BENIGN_LOOKALIKES_39,
    BENIGN_LOOKALIKES_40,
    BENIGN_LOOKALIKES_41,
    BENIGN_LOOKALIKES_42,
    BENIGN_LOOKALIKES_43,
    BENIGN_LOOKALIKES_44,
    BENIGN_LOOKALIKES_45,
    BENIGN_LOOKALIKES_46,
    families,  # noqa: E402
)

WINDOW = 6  # a piece of a secret this long left in clear counts as a leak (a tail or a head kept, not only the middle)


def leaked(captured: object, secret: str, lesson: bool = False, capture: bool = True) -> bool:
    """Whether any ``WINDOW`` characters of the secret are left, more often than the text around it holds them."""
    raw = json.dumps(captured, ensure_ascii=False)
    text = json.dumps(clean(captured) if capture else captured, ensure_ascii=False)
    if lesson:
        text = scrub_secrets(text)
    text = re.sub(r"\[REDACTED:[^\]]*\]", "[REDACTED]", text)  # a mark's name ("github_token") is no piece of the secret
    around = raw.replace(secret, "\x00")
    width = min(WINDOW, len(secret))
    return any(text.count(piece) > around.count(piece)
               for piece in {secret[i:i + width] for i in range(len(secret) - width + 1)})


def main() -> None:
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "both"
    show = "--show" in sys.argv
    rows: dict[tuple[str, str], list[int]] = {}
    for family, part, captured, secret in families():
        if split != "both" and part != split:
            continue
        counts = rows.setdefault((family, part), [0, 0, 0, 0])
        counts[1] += 1
        counts[3] += leaked(captured, secret, lesson=True, capture=False)
        if leaked(captured, secret):
            counts[0] += 1
            counts[2] += leaked(captured, secret, lesson=True)
            if show:
                print(f"  leak [{part}] {family}: {json.dumps(clean(captured), ensure_ascii=False)[:140]}")
    print(f"{'family':<48} {'split':<10} {'leaked':>8} {'in a lesson':>12}")
    for (family, part), (bad, total, reach, _) in sorted(rows.items()):
        print(f"{family:<48} {part:<10} {bad:>3} / {total:<3} {reach:>6}")
    for part in ("tune", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6", "held_out_7", "held_out_8", "held_out_9", "held_out_10",
                 "held_out_11", "held_out_12", "held_out_13", "held_out_14", "held_out_15", "held_out_16", "held_out_17", "held_out_18", "held_out_19", "held_out_20", "held_out_21", "held_out_22", "held_out_23", "held_out_24", "held_out_25", "held_out_26", "held_out_27", "held_out_28", "held_out_29", "held_out_30", "held_out_31", "held_out_32", "held_out_33", "held_out_34", "held_out_35", "held_out_36", "held_out_37", "held_out_38", "held_out_39", "held_out_40", "held_out_41", "held_out_42", "held_out_43", "held_out_44", "held_out_45", "held_out_46", "held_out_47", "held_out_48", "held_out_49", "held_out_50", "held_out_51", "held_out_52", "held_out_53", "held_out_54", "held_out_55", "held_out_56", "held_out_57"):
        bad = sum(v[0] for (f, p), v in rows.items() if p == part)
        total = sum(v[1] for (f, p), v in rows.items() if p == part)
        reach = sum(v[2] for (f, p), v in rows.items() if p == part)
        alone = sum(v[3] for (f, p), v in rows.items() if p == part)
        if total:
            print(f"{part}: {bad} of {total} leak past capture ({bad / total:.0%}); {reach} would reach a lesson; "
                  f"the lesson net alone (capture's rules off) misses {alone}")
    for label, lookalikes in (("tune", BENIGN_LOOKALIKES), ("held out", BENIGN_LOOKALIKES_2),
                              ("held out 3", BENIGN_LOOKALIKES_3), ("held out 4", BENIGN_LOOKALIKES_4),
                              ("held out 5", BENIGN_LOOKALIKES_5),
                              ("held out 6", BENIGN_LOOKALIKES_6),
                              ("held out 7", BENIGN_LOOKALIKES_7),
                              ("held out 8", BENIGN_LOOKALIKES_8),
                              ("held out 9", BENIGN_LOOKALIKES_9),
                              ("held out 10", BENIGN_LOOKALIKES_10),
                              ("held out 11", BENIGN_LOOKALIKES_11),
                              ("held out 12", BENIGN_LOOKALIKES_12),
                              ("held out 13", BENIGN_LOOKALIKES_13),
                              ("held out 14", BENIGN_LOOKALIKES_14),
                              ("held out 15", BENIGN_LOOKALIKES_15),
                              ("held out 16", BENIGN_LOOKALIKES_16),
                              ("held out 17", BENIGN_LOOKALIKES_17),
                              ("held out 18", BENIGN_LOOKALIKES_18), ("held out 19", BENIGN_LOOKALIKES_19), ("held out 20", BENIGN_LOOKALIKES_20), ("held out 21", BENIGN_LOOKALIKES_21), ("held out 22", BENIGN_LOOKALIKES_22), ("held out 23", BENIGN_LOOKALIKES_23), ("held out 24", BENIGN_LOOKALIKES_24), ("held out 25", BENIGN_LOOKALIKES_25), ("held out 26", BENIGN_LOOKALIKES_26), ("held out 27", BENIGN_LOOKALIKES_27), ("held out 28", BENIGN_LOOKALIKES_28), ("held out 29", BENIGN_LOOKALIKES_29), ("held out 30", BENIGN_LOOKALIKES_30), ("held out 31", BENIGN_LOOKALIKES_31), ("held out 32", BENIGN_LOOKALIKES_32), ("held out 33", BENIGN_LOOKALIKES_33), ("held out 34", BENIGN_LOOKALIKES_34), ("held out 35", BENIGN_LOOKALIKES_35), ("held out 36", BENIGN_LOOKALIKES_36), ("held out 37", BENIGN_LOOKALIKES_37), ("held out 38", BENIGN_LOOKALIKES_38), ("held out 39", BENIGN_LOOKALIKES_39), ("held out 40", BENIGN_LOOKALIKES_40), ("held out 41", BENIGN_LOOKALIKES_41), ("held out 42", BENIGN_LOOKALIKES_42), ("held out 43", BENIGN_LOOKALIKES_43), ("held out 44", BENIGN_LOOKALIKES_44), ("held out 45", BENIGN_LOOKALIKES_45), ("held out 46", BENIGN_LOOKALIKES_46)):
        changed = [text for text in lookalikes if clean(text) != text]
        print(f"benign look-alikes changed ({label}): {len(changed)} of {len(lookalikes)}"
              + (f": {changed}" if changed else ""))


if __name__ == "__main__":
    main()
