"""Writing CSV files that a spreadsheet cannot mistake for formulas.

Text from articles and from students is data. A cell that begins with ``=``, ``+``, ``-``, ``@``
(or a tab or carriage return) is run as a formula by Excel, LibreOffice and Google Sheets when the
file is opened ("CSV injection"): ``=HYPERLINK(...)`` in an id becomes a live link. Every CSV the
package writes goes through :func:`to_csv_safe`, which puts an apostrophe in front of such text
cells (the usual spreadsheet convention for "this is text"); numbers are written as numbers.
:func:`unneutralise` undoes it for the package's own readers (the catalogue).
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

import pandas as pd

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """``value`` with an apostrophe in front when it is text that starts like a formula.

    Non-text values (numbers, dates, missing values) are returned unchanged.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unneutralise(value: str) -> str:
    """Undo :func:`neutralise` on a cell read back from a CSV the package wrote."""
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def neutralised(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``table`` whose text cells (and column names) are passed through :func:`neutralise`.

    Returns
    -------
    pandas.DataFrame
        The same columns and rows; only text cells that start like a formula differ.
    """
    out = table.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(neutralise)
    out.columns = [neutralise(c) if isinstance(c, str) else c for c in out.columns]
    return out


def to_csv_safe(table: pd.DataFrame, path, *, index: bool = False, atomic: bool = True) -> Path:
    """Write ``table`` to ``path`` as UTF-8 CSV with formula-like text cells neutralised.

    Parameters
    ----------
    table : pandas.DataFrame
        Any table; it is not changed.
    path : str or Path
        Where to write. The folder must exist.
    index : bool
        Write the index as a first column (default no).
    atomic : bool
        Write to a temporary file in the same folder and rename it over ``path``, so a crash never
        leaves half a file (default yes).

    Returns
    -------
    Path
        The path written.
    """
    path = Path(path)
    safe = neutralised(table)
    if not atomic:
        safe.to_csv(path, index=index, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        return path
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            safe.to_csv(fh, index=index, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path
