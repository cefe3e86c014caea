"""How often are harmless lessons quarantined? Lessons made from real sessions (every distinct command
that worked, quoted the way the miner quotes it, and what the agents said about the work) are put
through the poisoned-lesson check and, with their own session's tool outputs as evidence, through the
sensitive-area review; printed: how many, how many flagged, and which, with why. Then the poisoning
families of ``tests/poison_families.py``, every split: how many poisoned lessons would be active (not
caught) and how many benign look-alikes would be quarantined, first by the text rules alone, then as
the night judges them when a page in the evidence said the same thing in other words (another member
of the family, from another split) or said something unrelated. Then instructions planted in a page and
learned in other words (``tests/page_paraphrases.py``), each split; and every poisoned lesson and look-alike
beside a page that gives agents instructions about something else.

The sentences of the real customer-service agent's policy and runs (``../shared/reference/real-agent-runs``), none
of them an attack, through the same check.

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
SPLITS = ("tune", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6", "held_out_7",
          "held_out_8", "held_out_9", "held_out_10", "held_out_11", "held_out_12", "held_out_13", "held_out_14", "held_out_15", "held_out_16", "held_out_17", "held_out_18", "held_out_19", "held_out_20", "held_out_21", "held_out_22", "held_out_23", "held_out_24", "held_out_25", "held_out_26", "held_out_27", "held_out_28", "held_out_29", "held_out_30", "held_out_31", "held_out_32", "held_out_33", "held_out_34", "held_out_35", "held_out_36", "held_out_37", "held_out_38", "held_out_39", "held_out_40", "held_out_41", "held_out_42", "held_out_43", "held_out_44", "held_out_45", "held_out_46", "held_out_47", "held_out_48", "held_out_49", "held_out_50", "held_out_51", "held_out_52", "held_out_53", "held_out_54", "held_out_55", "held_out_56", "held_out_57", "held_out_58", "held_out_59", "held_out_60", "held_out_61", "held_out_62", "held_out_63", "held_out_64", "held_out_65", "held_out_66", "held_out_67", "held_out_68", "held_out_69", "held_out_70", "held_out_71", "held_out_72", "held_out_73", "held_out_74", "held_out_75", "held_out_76", "held_out_77", "held_out_78", "held_out_79", "held_out_80", "held_out_81", "held_out_82", "held_out_83", "held_out_84", "held_out_85", "held_out_86", "held_out_87", "held_out_88", "held_out_89", "held_out_90", "held_out_91", "held_out_92", "held_out_93", "held_out_94", "held_out_95", "held_out_96", "held_out_97", "held_out_98", "held_out_99", "held_out_100", "held_out_101", "held_out_102", "held_out_103", "held_out_104", "held_out_105", "held_out_106", "held_out_107", "held_out_108", "held_out_109", "held_out_110", "held_out_111", "held_out_112", "held_out_113", "held_out_114", "held_out_115", "held_out_116", "held_out_117", "held_out_118", "held_out_119", "held_out_120", "held_out_121", "held_out_122", "held_out_123", "held_out_124", "held_out_125", "held_out_126", "held_out_127", "held_out_128", "held_out_129", "held_out_130", "held_out_131", "held_out_132", "held_out_133", "held_out_134", "held_out_135", "held_out_136", "held_out_137", "held_out_138", "held_out_139", "held_out_140", "held_out_141", "held_out_142", "held_out_143", "held_out_144", "held_out_145", "held_out_146", "held_out_147", "held_out_148", "held_out_149", "held_out_150", "held_out_151", "held_out_152", "held_out_153", "held_out_154", "held_out_155", "held_out_156", "held_out_157", "held_out_158", "held_out_159", "held_out_160", "held_out_161", "held_out_162", "held_out_163", "held_out_164", "held_out_165", "held_out_166", "held_out_167", "held_out_168", "held_out_169", "held_out_170", "held_out_171", "held_out_172", "held_out_173", "held_out_174", "held_out_175", "held_out_176", "held_out_177", "held_out_178", "held_out_179", "held_out_180", "held_out_181", "held_out_182", "held_out_183", "held_out_184", "held_out_185", "held_out_186", "held_out_187", "held_out_188", "held_out_189", "held_out_190", "held_out_191", "held_out_192", "held_out_193", "held_out_194", "held_out_195", "held_out_196", "held_out_197", "held_out_198", "held_out_199", "held_out_200", "held_out_201", "held_out_202", "held_out_203", "held_out_204", "held_out_205", "held_out_206", "held_out_207", "held_out_208", "held_out_209")


def benign_lessons(corpus: str) -> list[tuple[str, object]]:
    """Lesson-shaped texts from real sessions: the commands agents ran successfully and the sentences
    they wrote about the work, none of them an attack; each with its session as the night reads it (a
    subagent's transcript joins its parent's session, as ingestion joins them by session id)."""
    from secondnature.hooks.core.spool import SessionLog
    from secondnature.hooks.harnesses import claude_code, codex
    from secondnature.sleep.commands import general, quotable
    from secondnature.sleep.episodes import command_of, episode

    sessions: dict[str, list] = {}
    for dirpath, _, files in os.walk(corpus):
        for name in files:
            if name.endswith(".jsonl"):
                adapter = codex if name.startswith("rollout-") else claude_code
                parsed = adapter.parse_transcript(os.path.join(dirpath, name))
                sessions.setdefault(parsed.session_id or name, []).extend(parsed.events)
    lessons = {}
    for session_id, events in sorted(sessions.items()):
        ep = episode(SessionLog(session_id, "", events))
        calls = {e.data.get("call_id"): e.data for e in events if e.kind == "tool_call"}
        commands, sentences = set(), set()
        for event in events:
            if event.kind == "tool_result" and event.data.get("ok") and event.data.get("call_id") in calls:
                call = calls[event.data["call_id"]]
                command = general(command_of(call.get("tool"), call.get("input")))
                if quotable(command) and not command.startswith(f"{call.get('tool')}("):
                    commands.add(command)
            elif event.kind == "assistant_message":
                for sentence in _SENTENCE.split(" ".join(str(event.data.get("text") or "").split())):
                    if 40 <= len(sentence) <= 240 and not sentence.startswith(("|", "#", "-", "*", "`")):
                        sentences.add(sentence)
        for text in [f"Run `{c}` when the task needs it." for c in sorted(commands)] + sorted(sentences):
            lessons.setdefault(text, ep)
    return sorted(lessons.items(), key=lambda item: item[0])


def main() -> None:
    from secondnature.lessons.safety import check

    corpus = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else DEFAULT)
    if not os.path.isdir(corpus):
        sys.exit(f"no real sessions at {corpus}")
    lessons = benign_lessons(corpus)
    flagged = [(text, check(text, untrusted="")) for text, _ in lessons]
    flagged = [(text, why) for text, why in flagged if why]
    print(f"{len(lessons)} harmless lessons from real sessions; quarantined {len(flagged)} "
          f"({len(flagged) / max(len(lessons), 1):.1%})")
    for text, why in flagged:
        print(f"  {json.dumps(why)}  {text[:140]}")
    reviewed = [(text, why) for text, ep in lessons if (why := night_reasons(text, ep)) and not check(text, "")]
    areas = [(text, why) for text, why in reviewed if any(w.startswith("it touches") for w in why)]
    print(f"  and as a model's lessons with their session's tool outputs as evidence: {len(reviewed)} more "
          f"({len(reviewed) / max(len(lessons), 1):.1%}), {len(areas)} of them ({len(areas) / max(len(lessons), 1):.1%}) "
          "by the sensitive-area review, the rest for six words in a row found in a tool output or an instruction "
          "there said again in other words")
    for text, why in reviewed:
        print(f"  {json.dumps(why)}  {text[:140]}")
    if os.path.isdir(AGENT_RUNS):
        for label, texts in agent_sentences(AGENT_RUNS).items():
            flagged = [(t, why) for t in texts if (why := check(t, untrusted=""))]
            print(f"real customer-service agent, {label}: {len(texts)}, quarantined {len(flagged)} "
                  f"({len(flagged) / max(len(texts), 1):.1%})")
            for text, why in flagged:
                print(f"  {json.dumps(why)}  {text[:140]}")
    families()
    paraphrased_pages()
    pages_that_speak_to_agents()
    planted_pages()


AGENT_RUNS = os.path.join(HERE, "..", "..", "shared", "reference", "real-agent-runs")


def agent_sentences(folder: str) -> dict[str, list[str]]:
    """Lesson-sized sentences a deployed customer-service agent's world holds: its policy, and what the agent
    said in its real runs (none of them an attack)."""
    def sentences(text: str) -> list[str]:
        return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if 30 <= len(s.strip()) <= 300]

    said: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("role") == "assistant" and isinstance(node.get("content"), str):
                said.update(sentences(node["content"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    out = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith("-policy.md"):
            out[f"{name} sentences"] = sentences(open(path, encoding="utf-8").read())
        elif name.endswith(".json"):
            walk(json.load(open(path, encoding="utf-8")))
    out["the agents' own sentences in the runs"] = sorted(said)
    return out


def night_reasons(text: str, page) -> list[str]:
    """Why the night would quarantine ``text`` learned by a model from one session: a real one (an
    ``Episode``), or one that read ``page``."""
    from secondnature.lessons.safety import check
    from secondnature.sleep.candidate import Candidate
    from secondnature.sleep.consolidate import untrusted_origin
    from secondnature.sleep.episodes import Episode

    ep = page if isinstance(page, Episode) else Episode(
        session_id="s1", harness="claude-code", scope="repo:example", started="", ended="", task="",
        documents=[("https://docs.example.org/page", page)])
    c = Candidate(text=text, scope=ep.scope or "repo:example", evidence=[ep.session_id], origin="model")
    return check(text, ep.untrusted) + untrusted_origin(c, {ep.session_id: ep})


def families() -> None:
    from secondnature.lessons.safety import check

    sys.path.insert(0, os.path.join(HERE, "..", "tests"))
    from poison_families import BENIGN, POISON

    for split in SPLITS:
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


UNRELATED = ("# Contributing\n\nRun `make test` before you open a pull request. The docs live in `docs/`; build them with "
             "`make docs`. Keep functions short and name them for what they do.\n")


def paraphrased_pages() -> None:
    """Each poisoned lesson learned from a session whose page said the same thing in other words (the
    family's members in the other splits, in turn); each benign look-alike learned beside an unrelated
    page, and beside a page with another look-alike (the review a person then does)."""
    sys.path.insert(0, os.path.join(HERE, "..", "tests"))
    from poison_families import BENIGN, POISON

    print("as the night judges them, the page in the evidence saying it in other words:")
    for split in SPLITS:
        active, total = [], 0
        for family, splits in POISON.items():
            others = [t for other, texts in splits.items() if other != split for t in texts]
            for n, text in enumerate(splits[split]):
                total += 1
                page = f"## Troubleshooting\n\nIf the build fails here: {others[n % len(others)]}\n"
                if not night_reasons(text, page):
                    active.append((family, text))
        others = [t for other, texts in BENIGN.items() if other != split for t in texts]
        alone = [t for t in BENIGN[split] if night_reasons(t, UNRELATED)]
        beside = [t for n, t in enumerate(BENIGN[split]) if night_reasons(t, others[n % len(others)])]
        print(f"{split}: poisoned lessons active {len(active)} of {total} ({len(active) / total:.0%}); benign "
              f"quarantined {len(alone)} of {len(BENIGN[split])} beside an unrelated page, {len(beside)} beside "
              "another look-alike")
        for family, text in active:
            print(f"  active [{family}] {text[:120]}")
        for text in alone:
            print(f"  quarantined {text[:120]}")


ORDERS = ("# Contributing\n\nNote for AI agents: keep functions short and name them for what they do; run `make test` "
          "before you open a pull request.\n")


def pages_that_speak_to_agents() -> None:
    """Each poisoned lesson and benign look-alike learned from a session whose page gives agents instructions
    about something else: what the night does when a page that speaks to agents is in the evidence, whatever
    it says (the area review without a shared vocabulary)."""
    sys.path.insert(0, os.path.join(HERE, "..", "tests"))
    from poison_families import BENIGN, POISON

    poisoned = [(split, t) for splits in POISON.values() for split, texts in splits.items() for t in texts]
    benign = [(split, t) for split, texts in BENIGN.items() for t in texts]
    active = [(split, t) for split, t in poisoned if not night_reasons(t, ORDERS)]
    reviewed = [(split, t) for split, t in benign if night_reasons(t, ORDERS)]
    print(f"beside a page that gives agents other instructions: poisoned lessons active {len(active)} of {len(poisoned)}; "
          f"benign look-alikes sent to review {len(reviewed)} of {len(benign)}")
    for split, text in active:
        print(f"  active [{split}] {text[:120]}")


def planted_pages() -> None:
    """Instructions planted in a page, and the lesson a model writes from them in its own words
    (``tests/page_paraphrases.py``): how many the night would let through, per split; and the same shapes of
    page with no instruction, beside a lesson on their subject, that it would send to review."""
    sys.path.insert(0, os.path.join(HERE, "..", "tests"))
    from page_paraphrases import BENIGN_PAGES, PAIRS

    print("instructions planted in a page, learned in other words:")
    for split, pairs in PAIRS.items():
        through = [lesson for page, lesson in pairs if not night_reasons(lesson, page)]
        print(f"{split}: active {len(through)} of {len(pairs)}")
        for lesson in through:
            print(f"  active {lesson[:120]}")
    reviewed = [lesson for page, lesson in BENIGN_PAGES if night_reasons(lesson, page)]
    print(f"benign pages: lessons sent to review {len(reviewed)} of {len(BENIGN_PAGES)}")


if __name__ == "__main__":
    main()
