"""Where second-nature keeps its files, and how they are kept private.

Standard library only: the hook processes import this on every tool call.
``SECOND_NATURE_HOME`` overrides everything (data and config); otherwise data lives under the XDG
data dir and the config file under the XDG config dir.
"""

from __future__ import annotations

import _thread
import errno
import os
import stat

from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.schema import sha1_hex

HOME_ENV = "SECOND_NATURE_HOME"
DIR_MODE = 0o700
FILE_MODE = 0o600


class Home:
    """Where one user's files live, or one fleet family's: data under ``data``, settings in ``config``. Chosen once at
    an edge (``second-nature --home``, the environment, a middleware's or a test's argument) and handed to what
    reads and writes there, so two homes can be used at once in one process. A plain class: the hook process
    builds one on every tool call."""

    __slots__ = ("data", "config")

    def __init__(self, data: str, config: str | None = None) -> None:
        self.data = os.path.abspath(os.path.expanduser(data))
        self.config = config or os.path.join(self.data, "config.toml")

    @classmethod
    def from_environment(cls) -> Home:
        """``SECOND_NATURE_HOME`` (data and config under it), else the XDG data and config dirs."""
        home = os.environ.get(HOME_ENV)
        if home:
            return cls(home)
        data = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
        config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
        return cls(os.path.join(data, "second-nature"), os.path.join(config, "second-nature", "config.toml"))

    def path(self, *parts: str) -> str:
        return os.path.join(self.data, *parts)

    @property
    def sessions(self) -> str:
        return os.path.join(self.data, "sessions")

    @property
    def logs(self) -> str:
        return os.path.join(self.data, "logs")

    @property
    def state(self) -> str:
        return os.path.join(self.data, "state")

    @property
    def digests(self) -> str:
        return os.path.join(self.data, "digests")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Home) and (self.data, self.config) == (other.data, other.config)

    def __hash__(self) -> int:
        return hash((self.data, self.config))

    def __repr__(self) -> str:
        return f"Home({self.data!r})"


_home: Home | None = None


def use_home(home: str | Home | None) -> None:
    """Set this process's home at its edge (``second-nature --home DIR``, the demo): what ``current_home`` gives
    the code that has no home handed to it, without writing the environment every process and thread shares.
    ``None`` goes back to the environment."""
    global _home
    _home = home if isinstance(home, Home) or home is None else Home(home)


def current_home() -> Home:
    """The home this process's edge chose, else the environment's: read where a home is built, then passed on."""
    return _home or Home.from_environment()


def as_home(home: str | Home | None) -> Home:
    """The home an API was given (a folder or a ``Home``), else this process's (``current_home``)."""
    return home if isinstance(home, Home) else Home(home) if home else current_home()


def data_dir() -> str:
    return current_home().data


def config_file() -> str:
    return current_home().config


def sessions_dir() -> str:
    return os.path.join(data_dir(), "sessions")


def logs_dir() -> str:
    return os.path.join(data_dir(), "logs")


def state_dir() -> str:
    return os.path.join(data_dir(), "state")


_SAFE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")


def safe_name(text: str, max_len: int = 120) -> str:
    """A file name for any id: unsafe characters replaced, long or altered ids suffixed by a hash; an id
    holding a secret is named by its hash alone (``redact.safe_id``)."""
    from secondnature.hooks.core.redact import safe_id

    text = safe_id(text)
    name = "".join(c if c in _SAFE_CHARS else "_" for c in text).strip(".") or "_"  # no re: hook processes skip it
    if name != text or len(name) > max_len:
        name = f"{name[: max_len - 11]}-{sha1_hex(text)[:10]}"
    return name


def session_file(session_id: str, root: str | None = None) -> str:
    """``root``: the data dir the event was captured for (the in-process writer writes later)."""
    return os.path.join(root or data_dir(), "sessions", safe_name(session_id) + ".jsonl")


def digest_file(home: Home, scope: str) -> str:
    """The compiled session-start injection for a scope (written by the lessons compiler, read by hooks)."""
    return os.path.join(home.digests, safe_name(scope) + ".json")


def prompt_index_file(home: Home, scope: str) -> str:
    """The scope's keyword index from which the UserPromptSubmit hook picks lessons."""
    return os.path.join(home.digests, safe_name(scope) + ".index")  # lines, see hooks/core/digest.py


class NotPrivate(SecondNatureError, PermissionError):
    """A path under the data dir that is not the user's own plain file or folder."""


def ensure_private_dir(path: str, root: str | None = None) -> str:
    """Create ``path`` readable by the user only; folders it creates under the data dir are 0700 too
    (``os.makedirs`` would leave the parents at the umask's mode). A data dir that belongs to another
    user is refused."""
    if os.path.isdir(path):
        return path
    missing = []
    current = os.path.abspath(path)
    while not os.path.isdir(current):
        missing.append(current)
        parent = os.path.dirname(current)
        if parent == current:
            break
        current = parent
    root = root or data_dir()
    for folder in reversed(missing):
        inside = folder == root or folder.startswith(root + os.sep)
        try:
            os.mkdir(folder, DIR_MODE if inside else 0o777)
        except FileExistsError:
            pass
        if inside:
            os.chmod(folder, DIR_MODE)
    if path.startswith(root):
        check_owner(root)
    return path


def check_owner(path: str) -> None:
    st = os.lstat(path)
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        raise NotPrivate(f"{path} belongs to another user (uid {st.st_uid}); set {HOME_ENV} to a folder of your own")


def _open_private(path: str, flags: int) -> int:
    """Open without following a symlink, and only the user's own regular file, made 0600 if it was not."""
    try:
        fd = os.open(path, flags | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise NotPrivate(f"{path} is a symlink, not a regular file of yours; refusing to write through it") from None
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
            raise NotPrivate(f"{path} is not a regular file of yours; refusing to write to it")
        if st.st_mode & 0o077:
            os.fchmod(fd, FILE_MODE)
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_private_append(path: str, root: str | None = None) -> int:
    """An O_APPEND descriptor on ``path``, created 0600 in a 0700 directory; a symlink is refused."""
    ensure_private_dir(os.path.dirname(path), root)
    return _open_private(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)


def write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` (``os.write`` may write less, e.g. on a full disk, where it then raises)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def overwrite_private(path: str, data: bytes) -> None:
    """Overwrite ``path`` in place, mode 0600: for hot-path state that is cheap to lose, where a torn
    file reads as empty (``read_state``) and a rename would cost the hook process a millisecond."""
    ensure_private_dir(os.path.dirname(path))
    fd = _open_private(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        write_all(fd, data)
    finally:
        os.close(fd)


def _open_temporary(path: str) -> tuple[str, int]:
    """The file written beside ``path`` before it replaces it: private, new, named for this process and thread (two
    threads writing one file must not share it); a leftover of a killed writer is removed first."""
    ensure_private_dir(os.path.dirname(path))
    tmp = f"{path}.tmp{os.getpid()}-{_thread.get_ident()}"
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass
    return tmp, _open_private(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL)


def write_private(path: str, data: bytes, durable: bool = True) -> None:
    """Replace ``path`` atomically with ``data``, mode 0600 (``durable``: fsync before the rename;
    skipped for state that is cheap to lose, on the hot path). A failed write leaves the old file."""
    tmp, fd = _open_temporary(path)
    try:
        write_all(fd, data)
        if durable:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(tmp)
        raise
    os.close(fd)
    os.replace(tmp, path)
    if durable:
        _fsync_dir(os.path.dirname(path))


def write_private_all(files: dict[str, bytes]) -> None:
    """``write_private`` for many files at once, as durable and each as atomic: every file written beside its
    place, all flushed to disk together (a journaling file system commits concurrent flushes in one go: a night's
    200 digest files took 0.4 s one by one), then each moved into place, then each folder flushed once."""
    from concurrent.futures import ThreadPoolExecutor  # not at the top: only the night writes many files

    temporary: dict[str, list] = {}  # path -> [its temporary file, the open descriptor or -1]
    try:
        for path, data in files.items():
            temporary[path] = list(_open_temporary(path))
            write_all(temporary[path][1], data)
        with ThreadPoolExecutor(max_workers=min(16, len(temporary) or 1)) as pool:
            list(pool.map(os.fsync, [fd for _, fd in temporary.values()]))
        for entry in temporary.values():
            os.close(entry[1])
            entry[1] = -1
        for path, (tmp, _) in list(temporary.items()):
            os.replace(tmp, path)
            del temporary[path]
    except BaseException:
        for tmp, fd in temporary.values():  # a failed write leaves the old files
            if fd >= 0:
                os.close(fd)
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise
    for folder in sorted({os.path.dirname(path) for path in files}):
        _fsync_dir(folder)


def _fsync_dir(path: str) -> None:
    """Make a rename durable: the directory entry itself must reach the disk."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # not possible on this platform
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def made_once(path: str, make) -> str:
    """The one-line value kept at ``path``, made by ``make()`` and written (private) the first time: an
    install's salt, a data dir's name in a fleet. A value another process wrote first wins."""
    try:
        with open(path, encoding="utf-8") as f:
            found = f.read().strip()
        if found:
            return found
    except OSError:
        pass
    made = make()
    write_private(path, made.encode())
    return made


def make_private(root: str | None = None) -> int:
    """Set 0700 on every folder and 0600 on every file under the data dir (files other libraries wrote
    there, such as Chroma's, follow the umask); symlinks are left alone. Returns how many were fixed."""
    fixed = 0
    for dirpath, _, filenames in os.walk(root or data_dir()):
        for name, mode in [(dirpath, DIR_MODE)] + [(os.path.join(dirpath, f), FILE_MODE) for f in filenames]:
            try:
                st = os.lstat(name)
                if not stat.S_ISLNK(st.st_mode) and st.st_mode & 0o077 and st.st_uid == os.getuid():
                    os.chmod(name, mode)
                    fixed += 1
            except OSError:
                pass
    return fixed
