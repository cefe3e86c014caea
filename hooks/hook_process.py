"""What the hook command ``install`` writes runs: ``<python> -I -S second_nature_hook.py hook <harness>``, a
launcher that imports this module from beside it (Python compiles the script it runs from source every time, and
keeps compiled code only for what it imports).

A hook process starts on every tool call, so it skips what a console script pays for before any of
our code runs: ``site`` (every ``.pth`` file in the environment, the editable-install finder) and the
``secondnature`` package's ``__init__``. It loads ``secondnature.hooks`` from the folder
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


# The modules every hook call imports, each after those it imports; the harness's own module comes last.
HOT = ("core", "core.marshalled", "core.jsoncodec", "core.errors", "core.schema", "core.paths", "core.secret_shape", "core.patterns", "core.redact", "core.log",
       "runner", "harnesses", "core.scope", "harnesses.base", "harnesses.grouped_settings", "core.spool")


def load_hot_modules(harness: str) -> None:
    """Load the modules a hook call of ``harness`` imports from one file of their compiled code, kept in
    ``__pycache__`` beside them as Python keeps each module's, and made again when any of them changes: one
    read instead of fifteen imports' file-system work saves a hook process half a millisecond, a twentieth of
    its run (Python's frozen modules do the same for its own start). Where that folder cannot be written, or
    anything is amiss, the modules are imported as usual. The copy is read here, before any module of ours is
    loaded, and its code is compiled with postponed annotations as a flag instead of the ``__future__`` import
    each module starts with: a hook call then imports neither ``marshalled`` nor ``__future__`` (0.15 ms of 9)."""
    import marshal

    here = sys.modules["secondnature.hooks"].__path__[0]
    names = [*HOT, "harnesses." + harness.replace("-", "_")]
    files = [os.path.join(here, name, "__init__.py") if name in ("core", "harnesses")
             else os.path.join(here, *name.split(".")) + ".py" for name in names]
    key = hash(tuple((st.st_mtime_ns, st.st_size) for st in map(os.stat, files))) & 0xFFFFFFFFFFFF
    prefix, name = f"hook-{harness}.", f"{sys.implementation.cache_tag}-{key:x}"

    def valid(codes: object) -> bool:
        return isinstance(codes, list) and len(codes) == len(files)

    try:
        with open(os.path.join(here, "__pycache__", f"{prefix}{name}.marshal"), "rb") as f:
            codes = marshal.loads(f.read())
    except (OSError, ValueError, EOFError, TypeError):
        codes = None
    if not valid(codes):
        from secondnature.hooks.core.marshalled import kept, writable  # the usual import: it makes the copy

        def compiled() -> list:
            import __future__

            codes = []
            for f in files:
                with open(f, "rb") as source:  # the same line numbers, the import become a flag
                    code = source.read().replace(b"from __future__ import annotations\n", b"\n", 1)
                codes.append(compile(code, f, "exec", flags=__future__.annotations.compiler_flag, dont_inherit=True))
            return codes

        # where no copy can be kept, compiling on every call would cost more than the usual imports
        codes = kept(here, prefix, name, compiled if writable(here) else None, valid)
    if codes is None:
        return
    module = type(sys)
    for name, file, code in zip(names, files, codes, strict=True):
        full = "secondnature.hooks." + name
        if full in sys.modules:
            continue  # imported already by one before it
        m = module(full)
        m.__file__ = file
        if file.endswith("__init__.py"):
            m.__path__ = [os.path.dirname(file)]
        m.__package__ = full if file.endswith("__init__.py") else full.rpartition(".")[0]
        sys.modules[full] = m
        try:
            exec(code, m.__dict__)
        except BaseException:
            del sys.modules[full]  # the usual import tries it again
            raise


def main() -> int:
    os.umask(0o077)
    argv = sys.argv[1:]
    try:
        load_hooks_package()
        try:
            harness = argv[1] if argv[:1] == ["hook"] else argv[0]
            if harness.replace("-", "").isalpha():
                load_hot_modules(harness)
        except Exception:  # noqa: BLE001 - the usual imports below load whatever this did not
            pass
        from secondnature.hooks.runner import run_hook
    except BaseException:  # noqa: BLE001 - a broken install must not block the agent
        sys.stdin.buffer.read()
        return 0
    return run_hook(argv[1:] if argv[:1] == ["hook"] else argv)


def exit_now(code: int) -> None:
    """Exit without the interpreter's teardown (freeing every module and object costs a hook process over a
    millisecond, an eighth of its run): by now every file is written and closed, and only the standard
    streams may hold buffered bytes, and the patterns table the programs of newly compiled patterns."""
    try:
        patterns = sys.modules.get("secondnature.hooks.core.patterns")
        if patterns is not None:
            patterns.save_pending()
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # noqa: BLE001 - a closed pipe must not turn into a non-zero exit
        pass
    os._exit(code)


def run() -> None:
    exit_now(main())
