"""Judging lessons (validation and the safety check) in a second process, beside the writes of a large import.

Judging needs no store, and Chroma's writes hold the interpreter's lock while they run, so a thread gains nothing:
a second process judges chunk k+1 while this one writes chunk k. It is started as ``python -m`` (not by
``multiprocessing``, whose spawn re-runs the caller's main script and whose fork would copy the locks Chroma's
threads hold), speaks pickles over its pipes, and when it cannot start or dies, the rest is judged here.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Iterator

from secondnature.lessons.model import Lesson, LessonError
from secondnature.lessons.safety import check

Judged = list[tuple[Lesson, str, list[str]]]  # each lesson, the error that stops it ("" if none), reasons to quarantine it


def judged(lessons: list[Lesson]) -> Judged:
    out = []
    for lesson in lessons:
        try:
            lesson.validate()
        except LessonError as e:
            out.append((lesson, f"{lesson.id[:8]}: {e}", []))
            continue
        out.append((lesson, "", check(f"{lesson.title}. {lesson.text} {lesson.when}")))
    return out


CHUNK = 1_000  # lessons: the store's own write batch
BESIDE_FROM = 2_000  # lessons: fewer are judged here, sooner than a second process starts


def judge(lessons: list[Lesson]) -> Iterator[Judged]:
    """Start judging ``lessons`` and return them judged, a chunk at a time, in order: many are judged in a second
    process started now, so that it runs ahead while the caller opens its store and writes."""
    chunks = [lessons[start:start + CHUNK] for start in range(0, len(lessons), CHUNK)]
    if len(lessons) < BESIDE_FROM or (os.cpu_count() or 1) < 2:
        return map(judged, chunks)
    try:
        worker = subprocess.Popen([sys.executable, "-m", "secondnature.lessons.judging"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE)
    except OSError:
        return map(judged, chunks)
    threading.Thread(target=_feed, args=(worker.stdin, chunks), daemon=True).start()  # a full pipe blocks it, not us
    return _results(worker, chunks)


def _results(worker: subprocess.Popen, chunks: list[list[Lesson]]) -> Iterator[Judged]:
    done = 0
    try:
        for _ in chunks:
            result = pickle.load(worker.stdout)
            done += 1
            yield result
    except (EOFError, pickle.UnpicklingError, OSError):  # the worker died: what it did not judge is judged here
        yield from map(judged, chunks[done:])
    finally:
        worker.kill()
        worker.wait()
        worker.stdout.close()


def _feed(pipe, chunks: list[list[Lesson]]) -> None:
    try:
        for chunk in chunks:
            pickle.dump(chunk, pipe)
        pipe.close()
    except OSError:  # the worker is gone; the reader finds out and judges the rest
        pass


def main() -> None:
    """The worker: chunks of lessons in on stdin, each judged chunk out on stdout."""
    while True:
        try:
            chunk = pickle.load(sys.stdin.buffer)
        except EOFError:
            return
        pickle.dump(judged(chunk), sys.stdout.buffer)
        sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
