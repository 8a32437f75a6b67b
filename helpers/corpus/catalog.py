"""The catalogue (``seeds/catalog.csv``) and the checks every corpus folder must pass.

Every problem raises :class:`~helpers.errors.CorpusError` with a message that names the file,
the field and what to do. Nothing here writes to disk.
"""

from __future__ import annotations

import csv
import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers._text.programs import re_compile
from helpers.corpus.csvsafe import unneutralise
from helpers.corpus.paths import data_file
from helpers.corpus.safety import check_bytes, check_file_name
from helpers.errors import CorpusError

CATALOG_NAME = "catalog.csv"
REPAIRS_NAME = "repairs.csv"

#: Columns every catalogue must have.
REQUIRED_COLUMNS = ("id", "file", "short", "outlet", "headline", "published", "date_precision", "genre")
#: Columns that may be left out (they are then empty).
OPTIONAL_COLUMNS = (
    "headline_source", "date_note", "author", "author_note", "behind", "address", "retrieved",
    "sha256", "notes",
)
DATE_PRECISIONS = ("exact", "inferred")
#: What to write in each required field (used in error messages).
FIELD_HINTS = {
    "id": "a short unique id, e.g. '005'", "file": "the .txt file's name",
    "short": "a short unique name for tables and figures", "outlet": "who published it",
    "headline": "the headline as published", "published": "the date, YYYY-MM-DD or YYYY-MM",
    "date_precision": "exact or inferred", "genre": "one of helpers/data/genres.csv",
}
REPAIR_ACTIONS = ("replace", "gap", "subhead", "standfirst", "boilerplate", "mark_range")
_DATE = re_compile(r"^\d{4}-\d{2}(-\d{2})?$")


@lru_cache(maxsize=1)
def genres() -> pd.DataFrame:
    """The allowed genres: a DataFrame with columns ``genre, label, description``.

    Read from ``helpers/data/genres.csv``; an instructor can add a row there.
    """
    return pd.read_csv(data_file("genres.csv"), dtype=str, keep_default_na=False)


def _read_csv(path: Path, what: str) -> tuple[list[str], list[dict]]:
    """Header and rows (stripped strings) of a CSV file; every parse problem is a CorpusError."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            lines = list(csv.reader(fh, strict=True))
    except FileNotFoundError:
        raise CorpusError(f"{path}: the {what} is missing. "
                          "Create it (see README, 'Add an article').") from None
    except IsADirectoryError:
        raise CorpusError(f"{path}: this is a folder, not the {what} file.") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: the {what} is not UTF-8 text ({exc.reason} at byte {exc.start}). "
                          "Save it as 'CSV UTF-8'.") from None
    except csv.Error as exc:
        line = _odd_quote_line(path)
        if line:
            raise CorpusError(_unbalanced(path, what, line)) from None
        raise CorpusError(f"{path}: the {what} is not valid CSV ({exc}). Look for a quotation mark (\") "
                          "inside a field: a field that holds one must be wrapped in quotation marks, "
                          "with the inner one doubled (\"\").") from None
    _check_quotes(path, what, lines)
    lines = [ln for ln in lines if any(c.strip() for c in ln)]
    if not lines:
        raise CorpusError(f"{path}: the {what} is empty. Its first line must name the columns.")
    header = [unneutralise(h.strip()) for h in lines[0]]
    _check_header(path, what, header)
    rows = []
    for ln in lines[1:]:
        cells = [unneutralise(c.strip()) for c in ln]
        rows.append({h: (cells[i] if i < len(cells) else "") for i, h in enumerate(header)})
    return header, rows


def _check_header(path: Path, what: str, header: list[str]) -> None:
    seen = set()
    for h in header:
        if h in seen:
            raise CorpusError(f"{path}: the column {h!r} appears twice in the first line (the header) of "
                              f"the {what}. Each column name must appear once: delete or rename one.")
        seen.add(h)
    if "" in seen:
        raise CorpusError(f"{path}: the header of the {what} has an empty column name "
                          f"(column {header.index('') + 1}). Name it or delete the column.")


def _odd_quote_line(path: Path) -> int:
    """The first line with an odd number of quotation marks.

    That is where a quoted field opens and does not close.
    """
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for n, line in enumerate(fh, start=1):
            if line.count('"') % 2:
                return n
    return 0


def _unbalanced(path: Path, what: str, line: int) -> str:
    return (f"{path}: unbalanced quotation mark in the {what}, near line {line}: a field opens with a "
            "quotation mark (\") that is not closed, so the lines after it run together. Close it, or "
            "double a quotation mark that belongs to the text (\"\").")


def _check_quotes(path: Path, what: str, lines: list[list[str]]) -> None:
    """A field holding a line break means a quotation mark was opened and not closed."""
    if any("\n" in c or "\r" in c for cells in lines for c in cells):
        raise CorpusError(_unbalanced(path, what, _odd_quote_line(path) or 1))


def sha256_of(path: Path) -> str:
    """The SHA-256 hex digest of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@lru_cache(maxsize=4096)
def _real_date(text: str) -> bool:
    """True if ``text`` (already shaped YYYY-MM[-DD]) is a real calendar date."""
    try:
        pd.Timestamp(text)
    except ValueError:
        return False
    return True


def read_catalog(folder: Path, contents: bool = True) -> pd.DataFrame:
    """Read and check ``folder/catalog.csv``; return one row per article (all columns strings).

    Checks: the file parses (an unbalanced quotation mark or a column named twice is reported as
    such); required columns present; at least one row; ids unique and non-empty; ``outlet``,
    ``headline`` and ``short`` filled in, ``short`` unique; each ``file`` names a ``.txt`` file
    directly in the folder (see :mod:`helpers.corpus.safety`), exists, holds text and is listed
    once; every ``.txt`` in the folder has a row; ``published`` is a real date ``YYYY-MM-DD`` (or
    ``YYYY-MM``) and not in the future; ``date_precision`` and ``genre`` take allowed values, and an
    ``inferred`` date has a ``date_note``; a non-empty ``sha256`` matches the file's bytes.
    ``contents=False`` leaves out reading the files (text, not binary; ``sha256``): the caller then
    checks each file with :func:`check_listed_file` where it reads it.

    Returns
    -------
    pandas.DataFrame
        Columns ``id, file, short, outlet, headline, published, date_precision, genre`` then the
        optional columns (``headline_source, date_note, author, author_note, behind, address,
        retrieved, sha256, notes``) and any extra columns of the file, all strings.
    """
    path = Path(folder) / CATALOG_NAME
    header, rows = _read_csv(path, "catalogue")
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing and len(header) == 1 and header[0].count(";") >= 3:  # Excel in a European locale
        raise CorpusError(f"{path}: the columns are separated by ';', not ','. Save the file again as "
                          "'CSV UTF-8 (Comma delimited)', or write it with to_csv (commas).")
    if missing:
        raise CorpusError(
            f"{path}: missing required column(s) {', '.join(missing)}. "
            f"The first line must name the columns: {', '.join(REQUIRED_COLUMNS)} (and optionally "
            f"{', '.join(OPTIONAL_COLUMNS)})."
        )
    if not rows:
        raise CorpusError(f"{path}: the catalogue has a header but no articles. Add one row per article "
                          "(see README, 'Add an article'), "
                          "or use new_corpus() for a copy of the course corpus.")
    context = _RowContext(Path(folder), path, frozenset(genres()["genre"]), pd.Timestamp.now().normalize(),
                          os.path.realpath(folder), _entries(folder))
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, int] = {}
    seen_shorts: dict[str, int] = {}
    seen_texts: dict[str, int] = {}  # real paths: a link inside the folder must not list a text twice
    short_ids = [r["id"] for r in rows if r.get("id", "").isdigit() and len(r["id"]) < 3]
    if short_ids and len(short_ids) == len(rows) and "0" in short_ids:  # 000, 001 ... read as numbers
        raise CorpusError(f"{path}: the ids lost their leading zeros ({', '.join(short_ids[:4])} …), as a "
                          "spreadsheet does when it reads them as numbers. Write them as 000, 001, … again "
                          "(format the column as text).")
    for n, r in enumerate(rows, start=2):
        for c in OPTIONAL_COLUMNS:
            r.setdefault(c, "")
        where = f"{path}, line {n}"
        _unique(where, "id", r["id"], seen_ids, n, "Each article needs its own id: change one of them.")
        check_row(context, r, f"{where} (id {r['id']})", contents)
        _unique(f"{where} (id {r['id']})", "file", r["file"].casefold(), seen_files, n,
                "Each file may be listed once.", shown=r["file"])
        _unique(f"{where} (id {r['id']})", "file (through a link)", _real(context, r["file"]),
                seen_texts, n, "It leads to a text another row lists already: remove the link or the row.",
                shown=r["file"])
        _unique(f"{where} (id {r['id']})", "short", r["short"].casefold(), seen_shorts, n,
                "Tables and figures label articles by 'short': give each article its own.", shown=r["short"])
    _check_unlisted(Path(folder), path, set(seen_files))
    cols = list(REQUIRED_COLUMNS) + [c for c in OPTIONAL_COLUMNS if c not in REQUIRED_COLUMNS]
    cols += [c for c in header if c not in cols]
    return pd.DataFrame(rows, columns=cols).fillna("")


@dataclass(frozen=True)
class _RowContext:
    folder: Path
    catalog: Path
    genres: frozenset
    today: pd.Timestamp
    real_folder: str  # the folder with links resolved, once per reading of the catalogue
    entries: dict  # name -> os.DirEntry of the folder, listed once (see _entries)


def _entries(folder) -> dict:
    """The folder's entries by name, listed once.

    Whether each is a link or a file is known from the listing (no system call per file on most file
    systems); a name not listed is looked up with the usual calls.
    """
    with os.scandir(folder) as listing:
        return {e.name: e for e in listing}


def _unique(where: str, field: str, key: str, seen: dict, n: int, fix: str, shown: str | None = None) -> None:
    if key in seen:
        shown = key if shown is None else shown
        raise CorpusError(f"{where}: duplicate {field} {shown!r} (also on line {seen[key]}). {fix}")
    seen[key] = n


def _real(context: _RowContext, fname: str) -> str:
    """Where a file of the folder really is (links followed; a plain file is itself, by name)."""
    path = os.path.join(context.folder, fname)
    entry = context.entries.get(fname)
    if entry.is_symlink() if entry is not None else os.path.islink(path):
        return os.path.realpath(path)
    return os.path.join(context.real_folder, fname)


def _check_unlisted(folder: Path, path: Path, listed: set) -> None:
    for name in sorted(n for n in os.listdir(folder)
                       if n.lower().endswith(".txt") and n.casefold() not in listed):
        txt = folder / name
        if txt.is_file():
            raise CorpusError(f"{txt}: this .txt file has no row in {path}. Add a row with its id, file, "
                              "short, outlet, headline, published, date_precision and genre (see README).")


def missing_fields(row: dict) -> list[str]:
    """The required fields of a catalogue row that are missing or empty, in catalogue order."""
    return [c for c in REQUIRED_COLUMNS if not str(row.get(c, "") or "").strip()]


#: The earliest publication year the catalogue takes (an older one is almost surely a typo).
EARLIEST_YEAR = "1900"
#: Month names (English, and Serbian in Latin script with its genitive forms) -> month number.
_MONTHS = {name: k for k, names in enumerate((
    "january jan januar januara", "february feb februar februara", "march mar mart marta",
    "april apr aprila", "may maj maja", "june jun juna juni", "july jul jula juli",
    "august aug avgust avgusta", "september sep sept septembar septembra",
    "october oct oktobar oktobra", "november nov novembar novembra", "december dec decembar decembra"),
    start=1) for name in names.split()}
_WRITTEN_DATE = re_compile(r"^\s*(?:(\d{1,2})\.?\s+([^\W\d_]+)\.?,?|([^\W\d_]+)\.?\s+(\d{1,2}),?)"
                           r"\s+(\d{4})\.?\s*$")


def _date_hint(published: str) -> str:
    """What to add to the message for a date not written YYYY-MM-DD: the ISO form when it is certain."""
    m = _WRITTEN_DATE.match(published)
    if m:
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        number = _MONTHS.get(month.lower())
        if number and 1 <= int(day) <= 31:
            return f" in the form the catalogue reads: write '{m.group(5)}-{number:02d}-{int(day):02d}'"
    if any(sep in published for sep in "/."):
        return ("; a date with slashes or dots is read differently in different countries (12/03 is 12 March "
                "or 3 December), so write it with the year first")
    return ""


def check_fields(row: dict, where: str, genres_allowed, today: pd.Timestamp) -> None:
    """Check the fields of one catalogue row (not its file); raise CorpusError naming ``where``.

    All empty required fields are named in one message.
    """
    empty = missing_fields(row)
    if empty:
        named = ", ".join(f"'{c}' ({FIELD_HINTS[c]})" for c in empty)
        file_part = f" (file {row['file']})" if row.get("file") else ""
        raise CorpusError(f"{where}{file_part}: required field(s) empty: {named}. Fill them in.")
    published, fname = row["published"], row["file"]
    if not _DATE.match(published):
        raise CorpusError(f"{where} (file {fname}): field 'published' is {published!r}, not a "
                          f"date{_date_hint(published)}. Write YYYY-MM-DD, or YYYY-MM if only the month is "
                          "known.")
    if not _real_date(published):
        raise CorpusError(f"{where} (file {fname}): field 'published' is {published!r}, which is not "
                          "a real date. Write YYYY-MM-DD (e.g. 2025-10-15).")
    if published[:4] < EARLIEST_YEAR:
        raise CorpusError(f"{where} (file {fname}): field 'published' is {published!r}, a year before "
                          f"{EARLIEST_YEAR}. Check the year (a typo, perhaps: 1025 for 2025?).")
    if published > _iso(today)[: len(published)]:
        raise CorpusError(f"{where} (file {fname}): field 'published' is {published!r}, a date in the "
                          "future. Check the year (a date written day-first, perhaps?).")
    if row["date_precision"] not in DATE_PRECISIONS:
        raise CorpusError(f"{where} (file {fname}): field 'date_precision' is {row['date_precision']!r}. "
                          f"Use one of: {', '.join(DATE_PRECISIONS)} (say why in 'date_note').")
    if row["date_precision"] == "inferred" and not row.get("date_note", "").strip():
        raise CorpusError(f"{where} (file {fname}): the date is 'inferred' but field 'date_note' is empty. "
                          "Say how you worked the date out (e.g. 'from the page address').")
    if row["genre"] not in genres_allowed:
        close = [g for g in sorted(genres_allowed) if g == row["genre"].strip().lower().replace(" ", "_")]
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise CorpusError(f"{where} (file {fname}): field 'genre' is {row['genre']!r}, an unknown "
                          f"genre.{hint} Use one of: {', '.join(sorted(genres_allowed))}.")


@lru_cache(maxsize=4)
def _iso(day: pd.Timestamp) -> str:
    return day.strftime("%Y-%m-%d")


def check_row(context: _RowContext, row: dict, where: str, contents: bool = True) -> bytes | None:
    """Check one catalogue row and the file it names; return the file's bytes (None: not read)."""
    if not row["id"]:
        raise CorpusError(f"{where}: field 'id' is empty. Give the article a short unique id, e.g. '005'.")
    if not row["file"]:
        raise CorpusError(f"{where}: field 'file' is empty. Put the name of the article's .txt file.")
    entry = context.entries.get(row["file"])
    fname_path = check_file_name(context.folder, row["file"], where, entry)
    if not (entry.is_file() if entry is not None else os.path.isfile(fname_path)):
        raise CorpusError(f"{context.folder / row['file']}: listed in {where} (field 'file') but the file "
                          "is missing. Check the spelling or copy the file into the folder.")
    check_fields(row, where, context.genres, context.today)
    return _checked_bytes(context.folder, row, where) if contents else None


def check_listed_file(folder: Path, line: int, row: dict) -> bytes:
    """Read the file that line ``line`` of the catalogue lists and check its bytes; return them.

    The check ``read_catalog(folder, contents=False)`` leaves out (text, not binary; ``sha256``),
    with the same messages; ``row`` is the catalogue row (as :func:`read_catalog` returns it).
    """
    return _checked_bytes(Path(folder), row, f"{Path(folder) / CATALOG_NAME}, line {line} (id {row['id']})")


def _checked_bytes(folder: Path, row: dict, where: str) -> bytes:
    fname_path = os.path.join(os.fspath(folder), row["file"])
    with open(fname_path, "rb") as fh:
        data = fh.read()
    check_bytes(data, fname_path, where)  # the same path as folder / row["file"], as a string
    if row["sha256"]:
        actual = hashlib.sha256(data).hexdigest()
        if actual != row["sha256"].lower():
            raise CorpusError(
                f"{folder / row['file']}: its bytes do not match field 'sha256' in {where}. Raw "
                "articles must never be edited. Restore it (git checkout -- seeds/) or, for an article you "
                f"added and meant to change, set sha256 to {actual} or leave it empty."
            )
    return data


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
        raise CorpusError(f"{path}: missing column(s) {', '.join(missing)}; "
                          f"the columns are {', '.join(cols)}.")
    for n, r in enumerate(rows, start=2):
        if r["action"] not in REPAIR_ACTIONS:
            raise CorpusError(f"{path}, line {n}: field 'action' is {r['action']!r}. "
                              f"Use one of: {', '.join(REPAIR_ACTIONS)}.")
        if r["id"] not in ids:
            raise CorpusError(f"{path}, line {n}: field 'id' is {r['id']!r}, which is not in the catalogue.")
        if not r["match"]:
            raise CorpusError(f"{path}, line {n}: field 'match' is empty; give the text to find.")
    return pd.DataFrame(rows, columns=cols)
