"""Values kept marshalled in a ``__pycache__`` folder, as Python keeps its bytecode: what the hook process would
otherwise rebuild on every call (the redaction rules' tables, the compiled code of the modules it imports).

Standard library only. A copy is named by a key the caller derives from what it was made from (files' sizes
and times, the Python), so a change makes a new one and the older copies are removed; it is written whole or
not at all, and a damaged or unreadable copy is made again.
"""

from __future__ import annotations

import marshal
import os


def kept(folder: str, prefix: str, key: str, make, valid) -> object:
    """The value marshalled in ``folder/__pycache__/<prefix><key>.marshal`` if ``valid`` accepts it, else
    ``make()``, kept there for the next process (where the folder is read-only, only returned). ``make``
    None: nothing is made, and None returned when there is no valid copy."""
    cache = os.path.join(folder, "__pycache__")
    path = os.path.join(cache, f"{prefix}{key}.marshal")
    try:
        with open(path, "rb") as f:
            value = marshal.loads(f.read())
        if valid(value):
            return value
    except (OSError, ValueError, EOFError, TypeError):  # none yet, or a damaged one
        pass
    if make is None:
        return None
    value = make()
    try:
        os.makedirs(cache, exist_ok=True)
        for name in os.listdir(cache):  # the copies made from earlier versions
            if name.startswith(prefix):
                os.unlink(os.path.join(cache, name))
        with open(f"{path}.{os.getpid()}", "wb") as f:
            f.write(marshal.dumps(value))
        os.replace(f"{path}.{os.getpid()}", path)  # whole or not at all: another process may be reading it
    except OSError:
        pass
    return value


def writable(folder: str) -> bool:
    """Whether a copy can be kept for ``folder`` (its ``__pycache__``, or the folder that would hold it)."""
    cache = os.path.join(folder, "__pycache__")
    return os.access(cache if os.path.isdir(cache) else folder, os.W_OK)
