"""The catalogue (``seeds/catalog.csv``) and the checks every corpus folder must pass.

Every problem raises :class:`~helpers.errors.CorpusError` with a message that names the file,
the field and what to do. Nothing here writes to disk.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers.corpus.paths import data_file
from helpers.errors import CorpusError

CATALOG_NAME = "catalog.csv"
REPAIRS_NAME = "repairs.csv"

#: Columns every catalogue must have.
REQUIRED_COLUMNS = ("id", "file", "outlet", "headline", "published", "date_precision", "genre")
#: Columns that may be left out (they are then empty).
OPTIONAL_COLUMNS = (
    "short", "headline_source", "date_note", "author", "author_note", "behind", "address",
    "sha256", "notes",
)
DATE_PRECISIONS = ("exact", "inferred")
REPAIR_ACTIONS = ("replace", "gap", "subhead", "standfirst", "boilerplate", "mark_range")
_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


@lru_cache(maxsize=1)
def genres() -> pd.DataFrame:
    """The allowed genres: a DataFrame with columns ``genre, label, description``.

    Read from ``helpers/data/genres.csv``; an instructor can add a row there.
    """
    return pd.read_csv(data_file("genres.csv"), dtype=str, keep_default_na=False)


def _read_csv(path: Path, what: str) -> list[dict]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = list(reader)
            header = reader.fieldnames or []
    except FileNotFoundError:
        raise CorpusError(f"{path}: the {what} is missing. Create it (see README, 'Add an article').") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: the {what} is not UTF-8 text ({exc.reason} at byte {exc.start}). "
                          "Save it as 'CSV UTF-8'.") from None
    except csv.Error as exc:
        raise CorpusError(f"{path}: the {what} is not valid CSV ({exc}).") from None
    return header, [{k: (v or "").strip() for k, v in r.items() if k is not None} for r in rows]


def sha256_of(path: Path) -> str:
    """The SHA-256 hex digest of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


#: A printable ASCII character: a file holding one is not empty (others are decoded to check).
_VISIBLE_ASCII = re.compile(rb"[!-~]")


@lru_cache(maxsize=4096)
def _real_date(text: str) -> bool:
    """True if ``text`` (already shaped YYYY-MM[-DD]) is a real calendar date."""
    try:
        pd.Timestamp(text)
    except ValueError:
        return False
    return True


def read_catalog(folder: Path) -> pd.DataFrame:
    """Read and check ``folder/catalog.csv``; return one row per article (all columns strings).

    Checks: required columns present; ids unique and non-empty; each ``file`` exists, is
    non-empty, and is not listed twice; every ``.txt`` in the folder has a row; ``published`` is
    ``YYYY-MM-DD`` (or ``YYYY-MM`` when only the month is known); ``date_precision`` and
    ``genre`` take allowed values; a non-empty ``sha256`` matches the file's bytes.
    """
    path = Path(folder) / CATALOG_NAME
    header, rows = _read_csv(path, "catalogue")
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise CorpusError(
            f"{path}: missing required column(s) {', '.join(missing)}. "
            f"The first line must name the columns: {', '.join(REQUIRED_COLUMNS)} (and optionally "
            f"{', '.join(OPTIONAL_COLUMNS)})."
        )
    allowed_genres = set(genres()["genre"])
    base = os.fspath(folder)
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, int] = {}
    for n, r in enumerate(rows, start=2):
        where = f"{path}, line {n}"
        for c in OPTIONAL_COLUMNS:
            r.setdefault(c, "")
        rid, fname = r["id"], r["file"]
        if not rid:
            raise CorpusError(f"{where}: field 'id' is empty. Give the article a short unique id, e.g. '005'.")
        if rid in seen_ids:
            raise CorpusError(f"{where}: duplicate id {rid!r} (also on line {seen_ids[rid]}). "
                              "Each article needs its own id: change one of them.")
        seen_ids[rid] = n
        if not fname:
            raise CorpusError(f"{where} (id {rid}): field 'file' is empty. Put the name of the .txt file in seeds/.")
        if fname in seen_files:
            raise CorpusError(f"{where} (id {rid}): file {fname!r} is already listed on line {seen_files[fname]}.")
        seen_files[fname] = n
        fname_path = os.path.join(base, fname)  # plain strings: pathlib costs more than the check
        if not os.path.isfile(fname_path):
            raise CorpusError(f"{Path(folder) / fname}: listed in {path} (line {n}, field 'file') but the file "
                              "is missing. Check the spelling or copy the file into the folder.")
        if not _DATE.match(r["published"]):
            raise CorpusError(f"{where} (file {fname}): field 'published' is {r['published']!r}, not a date. "
                              "Write YYYY-MM-DD, or YYYY-MM if only the month is known.")
        if not _real_date(r["published"]):
            raise CorpusError(f"{where} (file {fname}): field 'published' is {r['published']!r}, which is not "
                              "a real date. Write YYYY-MM-DD (e.g. 2025-10-15).") from None
        if r["date_precision"] not in DATE_PRECISIONS:
            raise CorpusError(f"{where} (file {fname}): field 'date_precision' is {r['date_precision']!r}. "
                              f"Use one of: {', '.join(DATE_PRECISIONS)} (say why in 'date_note').")
        if r["genre"] not in allowed_genres:
            raise CorpusError(f"{where} (file {fname}): field 'genre' is {r['genre']!r}, an unknown genre. "
                              f"Use one of: {', '.join(sorted(allowed_genres))}.")
        with open(fname_path, "rb") as fh:
            data = fh.read()
        if not _VISIBLE_ASCII.search(data) and not data.decode("utf-8", "replace").strip():
            raise CorpusError(f"{Path(folder) / fname}: the file is empty or holds only white space. "
                              "Paste the article's text into it (UTF-8), or remove its catalogue row.")
        if r["sha256"]:
            actual = hashlib.sha256(data).hexdigest()
            if actual != r["sha256"].lower():
                raise CorpusError(
                    f"{Path(folder) / fname}: its bytes do not match field 'sha256' in {path} (line {n}). Raw articles "
                    "must never be edited. Restore it (git checkout -- seeds/) or, for an article you "
                    f"added and meant to change, set sha256 to {actual} or leave it empty."
                )
    listed = set(seen_files)
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".txt") and n not in listed):
        txt = Path(folder) / name
        if txt.is_file():
            raise CorpusError(f"{txt}: this .txt file has no row in {path}. Add a row with its id, file, "
                              "outlet, headline, published, date_precision and genre (see README).")
    cols = list(REQUIRED_COLUMNS) + [c for c in OPTIONAL_COLUMNS if c not in REQUIRED_COLUMNS]
    cols += [c for c in header if c not in cols]
    return pd.DataFrame(rows, columns=cols).fillna("")


def read_repairs(folder: Path, ids) -> pd.DataFrame:
    """Read ``folder/repairs.csv`` (optional): article-specific repairs as data.

    Columns ``id, action, match, replacement, note``; ``action`` is one of
    ``replace, gap, subhead, standfirst, boilerplate, mark_range``.
    """
    path = Path(folder) / REPAIRS_NAME
    cols = ["id", "action", "match", "replacement", "note"]
    if not path.exists():
        return pd.DataFrame(columns=cols)
    header, rows = _read_csv(path, "repairs table")
    missing = [c for c in cols if c not in header]
    if missing:
        raise CorpusError(f"{path}: missing column(s) {', '.join(missing)}; the columns are {', '.join(cols)}.")
    for n, r in enumerate(rows, start=2):
        if r["action"] not in REPAIR_ACTIONS:
            raise CorpusError(f"{path}, line {n}: field 'action' is {r['action']!r}. "
                              f"Use one of: {', '.join(REPAIR_ACTIONS)}.")
        if r["id"] not in ids:
            raise CorpusError(f"{path}, line {n}: field 'id' is {r['id']!r}, which is not in the catalogue.")
        if not r["match"]:
            raise CorpusError(f"{path}, line {n}: field 'match' is empty; give the text to find.")
    return pd.DataFrame(rows, columns=cols)
