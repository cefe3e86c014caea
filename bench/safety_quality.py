"""How often are harmless lessons quarantined? Lessons made from real sessions (every distinct command
that worked, quoted the way the miner quotes it, and what the agents said about the work) are put
through the poisoned-lesson check; printed: how many, how many flagged, and which, with why. Then the
poisoning families of ``tests/poison_families.py``, both splits: how many poisoned lessons would be active
(not caught) and how many benign look-alikes would be quarantined.

Usage: python bench/safety_quality.py [REAL_SESSIONS_DIR]
"""

from __future__ import annotations

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "reference", "real-sessions")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def benign_lessons(corpus: str) -> list[str]:
    """Lesson-shaped texts from real sessions: the commands agents ran successfully and the sentences
    they wrote about the work, none of them an attack."""
    from secondnature.hooks import claude_code, codex
    from secondnature.sleep.commands import general, quotable
    from secondnature.sleep.episodes import command_of

    commands, sentences = set(), set()
    for dirpath, _, files in os.walk(corpus):
        for name in files:
            if not name.endswith(".jsonl"):
                continue
            adapter = codex if name.startswith("rollout-") else claude_code
            parsed = adapter.parse_transcript(os.path.join(dirpath, name))
            calls = {e.data.get("call_id"): e.data for e in parsed.events if e.kind == "tool_call"}
            for event in parsed.events:
                if event.kind == "tool_result" and event.data.get("ok") and event.data.get("call_id") in calls:
                    call = calls[event.data["call_id"]]
                    command = general(command_of(call.get("tool"), call.get("input")))
                    if quotable(command) and not command.startswith(f"{call.get('tool')}("):
                        commands.add(command)
                elif event.kind == "assistant_message":
                    for sentence in _SENTENCE.split(" ".join(str(event.data.get("text") or "").split())):
                        if 40 <= len(sentence) <= 240 and not sentence.startswith(("|", "#", "-", "*", "`")):
                            sentences.add(sentence)
    return sorted(f"Run `{c}` when the task needs it." for c in commands) + sorted(sentences)


def main() -> None:
    from secondnature.lessons.safety import check

    corpus = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else DEFAULT)
    if not os.path.isdir(corpus):
        sys.exit(f"no real sessions at {corpus}")
    lessons = benign_lessons(corpus)
    flagged = [(text, check(text, untrusted="")) for text in lessons]
    flagged = [(text, why) for text, why in flagged if why]
    print(f"{len(lessons)} harmless lessons from real sessions; quarantined {len(flagged)} "
          f"({len(flagged) / max(len(lessons), 1):.1%})")
    for text, why in flagged:
        print(f"  {json.dumps(why)}  {text[:140]}")
    families()


def families() -> None:
    from secondnature.lessons.safety import check

    sys.path.insert(0, os.path.join(HERE, "..", "tests"))
    from poison_families import BENIGN, POISON

    for split in ("tune", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5"):
        active = [(family, text) for family, splits in POISON.items() for text in splits[split]
                  if not check(text, untrusted="")]
        total = sum(len(splits[split]) for splits in POISON.values())
        quarantined = [text for text in BENIGN[split] if check(text, untrusted="")]
        print(f"{split}: poisoned lessons active {len(active)} of {total} ({len(active) / total:.0%}); "
              f"benign look-alikes quarantined {len(quarantined)} of {len(BENIGN[split])}")
        for family, text in active:
            print(f"  active [{family}] {text[:120]}")
        for text in quarantined:
            print(f"  quarantined {text[:120]}")


if __name__ == "__main__":
    main()
