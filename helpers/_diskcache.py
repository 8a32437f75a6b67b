"""An on-disk cache of cleaned corpora, so that every notebook (a fresh kernel) does not clean
the same articles again.

Private module, used by :func:`helpers.corpus.load_corpus`. A cached corpus is found again only
when nothing it was made from has changed: the corpus folder (path, and the name, size and
modification time of every file in it), the helpers package (the same for each of its ``.py``
and data files), the ftfy package that repairs mojibake, and the Python and pandas versions.
Anything else is a miss, and the corpus is cleaned as usual. Raw files are never written to.

Where: ``$BEW_CACHE_DIR``, else ``$XDG_CACHE_HOME/between-east-west``, else
``~/.cache/between-east-west``. ``BEW_CACHE=0`` switches the cache off (the test suite does, to
exercise the cleaning every time; ``tests/test_diskcache.py`` tests the cache itself). Only
corpora of up to :data:`MAX_BYTES` of raw text are cached (a class's corpus, not a benchmark's
10,000 articles), and only the newest :data:`MAX_FILES` cache files are kept. A cache file that
cannot be read is deleted and the corpus is cleaned again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from functools import lru_cache
from pathlib import Path

#: Largest corpus (raw bytes of all files in the folder) that is cached.
MAX_BYTES = 20_000_000
#: Cache files kept (the newest).
MAX_FILES = 32
_VERSION = 1  # bump when the Corpus tables change shape


def cache_dir() -> Path | None:
    """The cache folder, or None when ``BEW_CACHE`` switches the cache off."""
    if os.environ.get("BEW_CACHE", "1").strip().lower() in ("0", "false", "no", "off"):
        return None
    base = os.environ.get("BEW_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "between-east-west")
    return Path(base)


def _files_of(folder: Path, pattern: str) -> list[tuple[str, int, int]]:
    out = []
    for p in folder.glob(pattern):
        if p.is_file():
            st = p.stat()
            out.append((p.name, st.st_size, st.st_mtime_ns))
    return sorted(out)


@lru_cache(maxsize=1)
def code_signature() -> tuple:
    """What the cleaning code is made of: every file of the helpers package and its data, the
    ftfy package, Python and pandas (names, sizes and modification times; versions)."""
    import pandas as pd

    pkg = Path(__file__).resolve().parent
    parts: list = [_VERSION, sys.version, pd.__version__, _files_of(pkg, "*.py"), _files_of(pkg / "data", "*")]
    try:
        import importlib.util

        spec = importlib.util.find_spec("ftfy")
        if spec and spec.origin:
            parts.append(_files_of(Path(spec.origin).parent, "*.py"))
    except (ImportError, ValueError):  # pragma: no cover - ftfy is a dependency
        parts.append("no ftfy")
    return tuple(map(repr, parts))


def _path_for(folder: Path, fingerprint: tuple) -> Path | None:
    base = cache_dir()
    if base is None:
        return None
    key = hashlib.sha256(repr((str(folder.resolve()), fingerprint, code_signature())).encode()).hexdigest()
    return base / f"corpus-{key[:40]}.pickle"


def read(folder: Path, fingerprint: tuple):
    """The cached corpus for this folder and fingerprint, or None."""
    path = _path_for(folder, fingerprint)
    if path is None or not path.is_file():
        return None
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # noqa: BLE001 - an unreadable cache file is only a miss
        try:
            path.unlink()
        except OSError:
            pass
        return None


def write(folder: Path, fingerprint: tuple, corpus) -> None:
    """Store ``corpus`` (atomically: a partly written file is never read); silent on failure."""
    if sum(size for _name, _mtime, size in fingerprint) > MAX_BYTES:
        return
    path = _path_for(folder, fingerprint)
    if path is None:
        return
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump(corpus, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _prune(path.parent)
    except OSError:  # read-only home, full disk: no cache, nothing else changes
        try:
            tmp.unlink()
        except OSError:
            pass


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("corpus-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[MAX_FILES:]:
        try:
            old.unlink()
        except OSError:
            pass
