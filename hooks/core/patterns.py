"""Regular expressions compiled once per install, not once per process.

``re.compile`` parses a pattern and builds its program in Python. A hook process that meets a tool output with a
keyword in it paid 5-6 ms to import ``re`` (enum, functools, collections) and 2-15 ms to compile the rules it needed,
on a process whose whole run is 9 ms; a night paid a third of a second to compile the safety rules. The program is a
list of integers that ``_sre``, built into the interpreter, turns into the very same ``re.Pattern`` in microseconds.
So programs are kept in a ``__pycache__`` folder, as Python keeps bytecode: one table per owner, keyed by
the pattern and its flags, named by the Python and ``_sre`` versions that made it. A process that finds there every
pattern it needs never imports ``re``; one that compiles a new pattern adds it to the table when it exits.

Standard library only. Where the folder cannot be written, or ``re``'s internals are not there to read a program
from, patterns are compiled as usual.
"""

from __future__ import annotations

import _sre
import marshal
import os
import sys

MAX_KEPT_BYTES = 32 << 20  # a table past this (rules edited many times over) starts again; the safety rules' is 10 MB
_TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}"
_MAGIC = b"SNP1"  # then the index's size (8 bytes), the index (marshalled), the programs one after another
_pending: list[Patterns] = []  # tables with patterns compiled since they were read, written at exit


class Patterns:
    """The patterns one owner compiles, kept in ``folder/__pycache__/patterns-<name>-<python>-<sre>.bin``: an index
    read on first use, each program read from the file when its pattern is first compiled (a night needs a fifth
    of the safety rules' 10 MB)."""

    def __init__(self, folder: str, name: str):
        self.cache = os.path.join(folder, "__pycache__")
        self.prefix = f"patterns-{name}-"
        self.path = os.path.join(self.cache, f"{self.prefix}{_TAG}.bin")
        self.index: dict | None = None  # (source, flags) -> (flags, offset, length, groups, groupindex, indexgroup)
        self.fd, self.start = -1, 0
        self.new: dict = {}
        self.compiled: dict = {}

    def compile(self, source: str, flags: int = 0):
        """``re.compile(source, flags)``, from the kept program when there is one."""
        key = (source, int(flags))
        pattern = self.compiled.get(key)
        if pattern is None:
            pattern = self.compiled[key] = self._make(key)
        return pattern

    def _make(self, key: tuple[str, int]):
        if self.index is None:
            self.index, self.fd, self.start = _open(self.path)
        entry = self.index.get(key)
        if entry is not None:
            try:
                flags, offset, length, groups, groupindex, indexgroup = entry
                code = _read_at(self.fd, length, self.start + offset)
                if len(code) == length:
                    return _from_program(key[0], (flags, code, groups, groupindex, indexgroup))
            except Exception:  # noqa: BLE001 - a damaged entry: compiled again below
                pass
        program = _program(*key)
        if program is None:
            import re

            return re.compile(*key)
        self.new[key] = program
        if len(self.new) == 1:
            _pending.append(self)
            if len(_pending) == 1:
                import atexit

                atexit.register(save_pending)
        return _from_program(key[0], program)

    def save(self) -> None:
        """Add the patterns compiled since the table was read to the one on disk (another process may have added
        its own since), whole or not at all."""
        if not self.new:
            return
        table = _read_all(self.path)
        if sum(len(program[1]) for program in (*table.values(), *self.new.values())) > MAX_KEPT_BYTES:
            table = {}
        table.update(self.new)
        self.new = {}
        index, programs, offset = {}, [], 0
        for key, (flags, code, groups, groupindex, indexgroup) in table.items():
            index[key] = (flags, offset, len(code), groups, groupindex, indexgroup)
            programs.append(code)
            offset += len(code)
        head = marshal.dumps(index)
        try:
            os.makedirs(self.cache, mode=0o700, exist_ok=True)
            temporary = f"{self.path}.{os.getpid()}"
            with open(temporary, "wb") as f:
                f.write(_MAGIC + len(head).to_bytes(8, "little") + head)
                f.writelines(programs)
            os.replace(temporary, self.path)
            for name in os.listdir(self.cache):  # tables of another Python
                if name.startswith(self.prefix) and name != os.path.basename(self.path) and name.endswith(".bin"):
                    os.unlink(os.path.join(self.cache, name))
        except OSError:  # a read-only install compiles as usual
            pass


def save_pending() -> None:
    """Write every table that gained patterns. Run at exit; a process that ends with ``os._exit`` calls it first."""
    while _pending:
        _pending.pop().save()


def _open(path: str) -> tuple[dict, int, int]:
    """The index of the table at ``path``, the file left open to read programs from, and where they start."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:  # none yet
        return {}, -1, 0
    try:
        head = _read_at(fd, 12, 0)
        if len(head) == 12 and head[:4] == _MAGIC:
            size = int.from_bytes(head[4:], "little")
            index = marshal.loads(_read_at(fd, size, 12))
            if isinstance(index, dict):
                return index, fd, 12 + size
    except (OSError, ValueError, EOFError, TypeError):  # a damaged one
        pass
    os.close(fd)
    return {}, -1, 0


def _read_all(path: str) -> dict:
    index, fd, start = _open(path)
    table = {}
    try:
        for key, (flags, offset, length, groups, groupindex, indexgroup) in index.items():
            code = _read_at(fd, length, start + offset)
            if len(code) == length:
                table[key] = (flags, code, groups, groupindex, indexgroup)
    except (OSError, ValueError, TypeError):
        return {}
    finally:
        if fd >= 0:
            os.close(fd)
    return table


def _read_at(fd: int, size: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, size, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # Windows
    return os.read(fd, size)


def _from_program(source: str, program: tuple):
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(source, flags, memoryview(code).cast("I").tolist(), groups, groupindex, indexgroup)


def _program(source: str, flags: int) -> tuple | None:
    """What ``re.compile`` hands ``_sre.compile``, read with ``re``'s own parser and compiler: the final flags,
    the program (as bytes), the group count and the group names both ways. None where they cannot be read."""
    try:
        import array

        try:
            from re import _compiler, _parser
        except ImportError:  # Python 3.10
            import sre_compile as _compiler  # type: ignore[no-redef]
            import sre_parse as _parser  # type: ignore[no-redef]
        if not isinstance(source, str) or array.array("I").itemsize != _sre.CODESIZE:
            return None
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (flags | parsed.state.flags, array.array("I", code).tobytes(), parsed.state.groups - 1, groupindex,
                tuple(indexgroup))
    except Exception:  # noqa: BLE001 - internals moved: compile as usual
        return None
