"""Compiled regular expressions kept between sessions, as Python keeps compiled modules.

Python compiles a regular expression in pure Python, about 3-5 microseconds per character of the
pattern. The course's big patterns (the actors' and themes' prefix trees, the web-clutter rules)
have about 100,000 characters, so every new kernel spent about half a second compiling them before
its first analysis. :func:`re_compile` stores the compiled program of a large pattern (the list of
integers the regex engine runs, with its group names) in a JSON file and rebuilds the pattern from
it in the next session, as ``__pycache__`` does for modules.

What it does not change: the pattern object is the one ``re.compile`` returns (same pattern, flags
and program: ``==`` holds, tested), so every match is the same. What can go wrong and what happens:

* a file that is not valid JSON, names another pattern, or holds a program the engine rejects
  (CPython checks every program it is given) is ignored and the pattern compiled as usual;
* files are read only from a folder owned by the user and writable by no one else (POSIX); nothing is
  unpickled; a folder that cannot be created or written is not used;
* another Python version, or an engine with another program format, uses another folder;
* a folder that holds :data:`MAX_FILES` programs is emptied before the next one is stored (so
  patterns of older versions of the course do not pile up); deleting it is always safe.

The folder: ``$HELPERS_REGEX_CACHE`` if set (``off`` or ``0`` turns the store off), else
``between-east-west/regex`` in the user's cache folder (``$XDG_CACHE_HOME`` or ``~/.cache``;
``%LOCALAPPDATA%`` on Windows). Patterns shorter than :data:`MIN_LENGTH` characters are compiled as
usual: they cost about as much to compile as to read. Measured on the five articles (CPU of a fresh
interpreter running import, load, ``actor_mentions``, ``quotes``, ``tag_themes``, ``frame_scores`` and
``labels``, median of 5, busy 2-core machine): 1.87 s with the store off, 1.29 s with it (119 files,
about 1.5 MB).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import sys
from array import array
from functools import lru_cache
from pathlib import Path

try:  # CPython's regex compiler; another implementation simply compiles as usual
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - not CPython
    _sre = None

MIN_LENGTH = 100
MAX_FILES = 1000  # a full folder is emptied: patterns new in every session cannot fill a disk
_OFF = {"0", "off", "no", "false"}


def cache_folder() -> Path | None:
    """The folder of stored programs for this Python, or ``None`` when the store is off.

    Returns
    -------
    pathlib.Path or None
        ``<base>/<cache tag>-<engine magic>-<code size>-<byte order>``; ``None`` when
        ``HELPERS_REGEX_CACHE`` says off or the interpreter is not CPython.
    """
    setting = os.environ.get("HELPERS_REGEX_CACHE", "").strip()
    if setting.lower() in _OFF or _sre is None:
        return None
    if setting:
        base = Path(setting)
    elif os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        base = base / "between-east-west" / "regex"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        base = base / "between-east-west" / "regex"
    if array("I").itemsize != _sre.CODESIZE:  # pragma: no cover - programs are stored as C unsigned ints
        return None
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{sys.byteorder}"
    return base / tag


def _private(path: Path) -> bool:
    """True when ``path`` belongs to this user and no one else may write to it (always on Windows)."""
    if not hasattr(os, "geteuid"):
        return True
    st = path.stat()
    return st.st_uid == os.geteuid() and not st.st_mode & 0o022


def _file(folder: Path, pattern: str, flags: int) -> Path:
    digest = hashlib.sha256(f"{flags}\n{pattern}".encode("utf-8", "surrogatepass")).hexdigest()
    return folder / f"{digest[:40]}.json"


def _load(path: Path, pattern: str, flags: int) -> re.Pattern | None:
    """The pattern rebuilt from a stored program, or ``None`` (missing, foreign or invalid file)."""
    try:
        if not (_private(path.parent) and _private(path)):
            return None
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored["pattern"] != pattern or stored["asked_flags"] != flags:
            return None
        groupindex = {str(k): int(v) for k, v in stored["groupindex"].items()}
        indexgroup = [None] * stored["groups"]
        for name, index in groupindex.items():
            indexgroup[index] = name
        code = array("I", base64.b64decode(stored["code"], validate=True)).tolist()
        return _sre.compile(pattern, int(stored["flags"]), code,
                            stored["groups"] - 1, groupindex, tuple(indexgroup))
    except (OSError, ValueError, KeyError, TypeError, IndexError, RuntimeError, RecursionError):
        return None


def _build(pattern: str, flags: int) -> tuple[re.Pattern, dict]:
    """Compile as ``re.compile`` does, keeping the program to store."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    final_flags = flags | parsed.state.flags
    compiled = _sre.compile(pattern, final_flags, code, parsed.state.groups - 1, groupindex,
                            tuple(indexgroup))
    program = base64.b64encode(array("I", code).tobytes()).decode("ascii")
    stored = {"pattern": pattern, "asked_flags": flags, "flags": final_flags, "code": program,
              "groups": parsed.state.groups, "groupindex": groupindex}
    return compiled, stored


def _save(path: Path, stored: dict) -> None:
    """Write ``stored`` to ``path`` atomically, in a private folder; give up quietly on any error."""
    import tempfile  # only a session that compiles something new writes (about 10 ms to import)

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _private(path.parent):
            return
        stored_files = list(path.parent.glob("*.json"))
        if len(stored_files) >= MAX_FILES:  # start again (old course versions' patterns go too)
            for old in stored_files:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(stored, out, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def re_compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, reading and storing the compiled program of a large pattern.

    Parameters
    ----------
    pattern : str
        A regular expression.
    flags : int
        ``re`` flags.

    Returns
    -------
    re.Pattern
        Equal to ``re.compile(pattern, flags)`` (same pattern, flags and program).

    Raises
    ------
    re.error
        As ``re.compile`` does, for an invalid pattern.
    """
    folder = cache_folder() if isinstance(pattern, str) and len(pattern) >= MIN_LENGTH else None
    if folder is None:
        return re.compile(pattern, flags)
    return _stored(pattern, flags, folder)


@lru_cache(maxsize=512)  # as re.compile's own cache: a pattern asked for again is not read again
def _stored(pattern: str, flags: int, folder: Path) -> re.Pattern:
    """The pattern read from ``folder``, or compiled and written there."""
    path = _file(folder, pattern, flags)
    if path.is_file():
        loaded = _load(path, pattern, flags)
        if loaded is not None:
            return loaded
    try:
        compiled, stored = _build(pattern, flags)
    except (AttributeError, TypeError):  # pragma: no cover - a Python whose compiler differs
        return re.compile(pattern, flags)
    _save(path, stored)
    return compiled
