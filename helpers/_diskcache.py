"""An on-disk cache of cleaned corpora, so that every notebook (a fresh kernel) does not clean
the same articles again.

Private module, used by :func:`helpers.corpus.load_corpus`. A cached corpus is used only when
nothing it was made from has changed:

* the corpus folder: its path, and the name, size and modification time of every file in it (the
  quick test that picks the cache file);
* the content (SHA-256) of every file the corpus was read from: ``catalog.csv``, ``repairs.csv``
  and each article file the catalogue lists, wherever it is (checked again on every read, so an
  edit that keeps a file's size and time is seen too);
* the content of every file of the helpers package and its data, and of the ftfy package that
  repairs mojibake; the Python and pandas versions.

Anything else is a miss, and the corpus is cleaned as usual. Raw files are never written to. Any
problem with the cache (a folder that cannot be read or written, a damaged file) is only a miss.

Where: ``$BEW_CACHE_DIR``, else ``$XDG_CACHE_HOME/between-east-west``, else
``~/.cache/between-east-west``. ``BEW_CACHE=0`` switches the cache off (the test suite does, to
exercise the cleaning every time; ``tests/test_diskcache.py`` tests the cache itself). Only
corpora of up to :data:`MAX_BYTES` of raw text are cached (a class's corpus, not a benchmark's
10,000 articles); one file is kept per corpus folder, and at most :data:`MAX_FILES` files and
:data:`MAX_TOTAL_BYTES` in all (the newest).
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
#: Cache files kept (the newest), and their largest total size.
MAX_FILES = 32
MAX_TOTAL_BYTES = 200_000_000
_VERSION = 2  # bump when the Corpus tables or this file format change


def cache_dir() -> Path | None:
    """The cache folder, or None when ``BEW_CACHE`` switches the cache off."""
    if os.environ.get("BEW_CACHE", "1").strip().lower() in ("0", "false", "no", "off"):
        return None
    base = os.environ.get("BEW_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "between-east-west")
    return Path(base)


def _digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _tree_digest(folder: Path, patterns) -> str:
    """SHA-256 over the names and contents of the files matching ``patterns`` under ``folder``."""
    h = hashlib.sha256()
    for pattern in patterns:
        for p in sorted(folder.glob(pattern)):
            if p.is_file():
                h.update(str(p.relative_to(folder)).encode())
                h.update(p.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_signature() -> tuple:
    """What the cleaning is made of: the content of every file of the helpers package and its data
    and of the ftfy package, and the Python and pandas versions."""
    import pandas as pd

    pkg = Path(__file__).resolve().parent
    parts = [str(_VERSION), sys.version, pd.__version__, _tree_digest(pkg, ["*.py", "data/*"])]
    import importlib.util

    spec = importlib.util.find_spec("ftfy")
    parts.append(_tree_digest(Path(spec.origin).parent, ["**/*.py"]) if spec and spec.origin else "no ftfy")
    return tuple(parts)


def _folder_tag(folder: Path) -> str:
    return hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]


def _path_for(folder: Path, fingerprint: tuple) -> Path | None:
    base = cache_dir()
    if base is None:
        return None
    key = hashlib.sha256(repr((str(folder.resolve()), fingerprint, code_signature())).encode()).hexdigest()
    return base / f"corpus-{_folder_tag(folder)}-{key[:32]}.pickle"


def _sources(folder: Path, corpus) -> list[Path]:
    """The files a corpus was read from: its catalogue, repairs and article files."""
    files = [folder / "catalog.csv", folder / "repairs.csv"]
    files += [folder / f for f in corpus.articles["file"].tolist()]
    return [p for p in files if p.is_file()]


def read(folder: Path, fingerprint: tuple):
    """The cached corpus for this folder and fingerprint, or None (also on any problem)."""
    try:
        path = _path_for(folder, fingerprint)
        if path is None or not path.is_file():
            return None
        with open(path, "rb") as fh:
            entry = pickle.load(fh)
        sources, corpus = entry["sources"], entry["corpus"]
        for name, digest in sources:  # every file read is still exactly as it was
            if _digest(Path(name)) != digest:
                return None
        return corpus
    except Exception:  # noqa: BLE001 - a damaged or unreadable cache is only a miss
        try:
            if path is not None and path.is_file():
                path.unlink()
        except Exception:  # noqa: BLE001
            pass
        return None


def write(folder: Path, fingerprint: tuple, corpus) -> None:
    """Store ``corpus`` (atomically: a partly written file is never read); silent on any failure."""
    tmp = None
    try:
        if sum(size for _name, _mtime, size in fingerprint) > MAX_BYTES:
            return
        path = _path_for(folder, fingerprint)
        if path is None:
            return
        entry = {"sources": [(str(p.resolve()), _digest(p)) for p in _sources(folder, corpus)], "corpus": corpus}
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(entry, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _prune(path)
    except Exception:  # noqa: BLE001 - read-only home, full disk...: no cache, nothing else changes
        try:
            if tmp is not None:
                tmp.unlink()
        except Exception:  # noqa: BLE001
            pass


def _prune(kept: Path) -> None:
    """One file per corpus folder (the one just written), then the newest within the limits."""
    folder = kept.parent
    tag = kept.name.split("-")[1]
    for old in folder.glob(f"corpus-{tag}-*.pickle"):
        if old != kept:
            old.unlink(missing_ok=True)
    files = []
    for p in folder.glob("corpus-*.pickle"):
        try:
            st = p.stat()
        except OSError:
            continue
        files.append((st.st_mtime, st.st_size, p))
    files.sort(reverse=True)
    total = 0
    for i, (_mtime, size, p) in enumerate(files):
        total += size
        if p != kept and (i >= MAX_FILES or total > MAX_TOTAL_BYTES):
            p.unlink(missing_ok=True)
