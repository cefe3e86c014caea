"""The hook process: payload on stdin -> events in the session log (-> injection on stdout).

This is the hot path of every tool call in Claude Code, Codex, Gemini CLI and Cursor. It imports the standard library
and our stdlib-only modules, nothing else; whatever happens it exits 0 (exit 2 would block the
user's action) and its own errors go to the log file.
"""

from __future__ import annotations

import os
import sys

from secondnature.hooks.core import jsoncodec
from secondnature.hooks.core.log import log
from secondnature.hooks.core.paths import Home


def adapter(harness: str):
    """The harness's module, ``secondnature.hooks.harnesses.<harness>`` (the registry's convention: importing
    ``registry`` itself would cost every tool call its ``typing`` import). ``__import__``: importlib's
    own import would cost the hook process more."""
    name, module = "secondnature.hooks.harnesses." + harness.replace("-", "_"), None
    if harness.replace("-", "").isalpha():  # a harness's name, never a path or another module
        try:
            __import__(name)
            module = sys.modules[name]
        except ImportError:
            pass
    if getattr(module, "HARNESS", None) != harness:  # e.g. `hook sink`: a module, not a harness
        raise ValueError(f"unknown harness {harness!r}")
    return module


def read_payload(raw: bytes) -> dict:
    if not raw.strip():
        raise ValueError("empty stdin")
    text = raw.decode("utf-8", "replace")
    try:
        payload = jsoncodec.loads(text)
    except ValueError as e:
        raise ValueError(f"stdin is not JSON ({e}); {len(raw)} bytes") from None  # never its content: it may hold secrets
    if not isinstance(payload, dict):
        raise ValueError(f"stdin is JSON but not an object ({type(payload).__name__})")
    return payload


def run_hook(argv: list[str], stdin: bytes | None = None) -> int:
    """Handle one hook call; always returns 0."""
    harness = argv[0] if argv else ""
    try:
        raw = sys.stdin.buffer.read() if stdin is None else stdin
        module = adapter(harness)
        payload = read_payload(raw)
        home = Home.from_environment()  # this process's edge: read once, handed down
        events, output = module.handle_hook(payload, home)
        if events:
            from secondnature.hooks.core.spool import append

            append(events, home.data)
        if output:
            sys.stdout.write(output)
            sys.stdout.flush()
    except BaseException as e:  # noqa: BLE001 - nothing may escape to the harness
        log(f"hook {harness}", f"{type(e).__name__}: {e}")
        _quiet_stdout()
    return 0


def _quiet_stdout() -> None:
    """After a failed write to a closed stdout, Python would fail again flushing it at exit (status
    120); point stdout at /dev/null so the hook still exits 0."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass
