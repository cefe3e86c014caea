"""What a reflection model is shown of real sessions: ingest the real transcripts, render every session the
way the night does (``sleep/episode_text.py``, the default budget), and count, for sessions of 20+ steps,
how many failed steps, user prompts and checks the text shows; and the prompt tokens per session (median,
p95, max) and for the whole corpus.

Usage: python bench/episode_coverage.py [REAL_SESSIONS_DIR] [--budget TOKENS]
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "reference", "real-sessions")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    budget = int(sys.argv[sys.argv.index("--budget") + 1]) if "--budget" in sys.argv else 3000
    args = [a for a in args if a != str(budget)]
    corpus = os.path.abspath(args[0] if args else DEFAULT)
    home = tempfile.mkdtemp(prefix="sn-coverage-")
    try:
        shutil.copytree(os.path.join(corpus, "claude"), os.path.join(home, ".claude"))
        shutil.copytree(os.path.join(corpus, "codex"), os.path.join(home, ".codex"))
        os.environ.update(HOME=home, SECOND_NATURE_HOME=os.path.join(home, "sn"))
        from secondnature.hooks.core.spool import read_session, session_paths
        from secondnature.hooks.harnesses import claude_code, codex
        from secondnature.hooks.ingest import ingest_file, transcript_files
        from secondnature.lessons.render import count_tokens
        from secondnature.sleep.episode_text import render_episode
        from secondnature.sleep.episodes import episode, is_check

        for adapter in (claude_code, codex):
            for path in transcript_files(adapter):
                ingest_file(path, adapter)
        tokens, failures, prompts, checks, segmented, long_sessions = [], [0, 0], [0, 0], [0, 0], 0, 0
        for path in session_paths(None):
            ep = episode(read_session(path))
            parts = render_episode(ep, "S1", {}, budget)
            text = "\n".join(parts)
            tokens.append(sum(count_tokens(p) for p in parts))
            segmented += len(parts) > 1
            if len(ep.steps) < 20:
                continue
            long_sessions += 1
            for n, step in enumerate(ep.steps, 1):
                if step.status == "failed":
                    failures[1] += 1
                    failures[0] += f"\n  {n}. " in text and "FAILED" in text.split(f"\n  {n}. ", 1)[1].split("\n", 1)[0]
                elif is_check(step) and step.status == "ok":
                    checks[1] += 1
                    checks[0] += f"\n  {n}. " in text
            for _, who, said in ep.said:
                if who in ("user", "queued"):
                    prompts[1] += 1
                    prompts[0] += " ".join(said.split())[:80] in " ".join(text.split())
        tokens.sort()
        print(f"{len(tokens)} sessions, {long_sessions} of 20+ steps; budget {budget} tokens per session")
        print(f"failures visible (20+ steps): {failures[0]} of {failures[1]}")
        print(f"user prompts visible (20+ steps): {prompts[0]} of {prompts[1]}")
        print(f"passing checks visible (20+ steps): {checks[0]} of {checks[1]}")
        print(f"prompt tokens per session: median {statistics.median(tokens):.0f}, "
              f"p95 {tokens[int(len(tokens) * 0.95)]}, max {tokens[-1]}; whole corpus {sum(tokens)}; "
              f"{segmented} sessions in segments")
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
