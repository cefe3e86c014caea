"""The hook command ``install`` writes: ``<python> -I -S <this file> hook <harness>``.

A hook process starts on every tool call, so it skips what a console script pays for before any of
our code runs: ``site`` (every ``.pth`` file in the environment, the editable-install finder) and the
``secondnature`` package's ``__init__``. Run as a script, it loads ``secondnature.hooks`` from the folder
it sits in, which stays put across upgrades of the package in the same environment; ``doctor`` checks
that the installed command still points at this install. Whatever happens it exits 0.
"""

import os
import sys


def load_hooks_package() -> None:
    """Make ``secondnature.hooks`` importable from this file's folder, without ``site`` or the parent
    package's ``__init__`` (the hook modules import nothing else of ours)."""
    here = os.path.dirname(os.path.abspath(__file__))
    if sys.path and os.path.abspath(sys.path[0] or ".") == here:
        del sys.path[0]  # our module names must not shadow anything
    module = type(sys)  # types.ModuleType, without importing types
    parent = module("secondnature")
    parent.__path__ = []
    sys.modules.setdefault("secondnature", parent)
    package = module("secondnature.hooks", "capture")  # its __init__ holds a docstring only
    package.__path__ = [here]
    package.__file__ = os.path.join(here, "__init__.py")
    sys.modules["secondnature.hooks"] = package


def main() -> int:
    os.umask(0o077)
    try:
        load_hooks_package()
        from secondnature.hooks.runner import run_hook
    except BaseException:  # noqa: BLE001 - a broken install must not block the agent
        sys.stdin.buffer.read()
        return 0
    argv = sys.argv[1:]
    return run_hook(argv[1:] if argv[:1] == ["hook"] else argv)


def exit_now(code: int) -> None:
    """Exit without the interpreter's teardown (freeing every module and object costs a hook process over a
    millisecond, an eighth of its run): by now every file is written and closed, and only the standard
    streams may hold buffered bytes."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # noqa: BLE001 - a closed pipe must not turn into a non-zero exit
        pass
    os._exit(code)


if __name__ == "__main__":
    exit_now(main())
