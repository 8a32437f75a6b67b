"""Your own articles beside the course's: a working copy of the corpus, and adding one article to it.

* :func:`new_corpus` copies the shipped corpus (``seeds/``) to a working folder such as
  ``my_work/corpus`` and never touches ``seeds/``; it refuses to overwrite a corpus already there
  (``exist_ok=True`` reuses it, keeping every file the student added).
* :func:`add_article` writes one article's text file and its catalogue row, from pasted text, a
  ``.txt`` file, a saved web page (``.html``) or a web address, after checking both exactly as the
  loader does. It never overwrites an existing id, short name or file unless ``replace=True``.
* :func:`remove_article` takes one article you added (its row and its text file) out again.

The text file is written as given (pasted text is not reflowed: the loader joins hard-wrapped
lines and logs it); a web page is reduced to its main text with trafilatura
(:mod:`helpers.corpus.importing`). The catalogue is rewritten in one step (a temporary file
renamed over it), with formula-like cells neutralised.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd

from helpers._text.programs import re_compile
from helpers.corpus.catalog import (
    CATALOG_NAME,
    FIELD_HINTS,
    OPTIONAL_COLUMNS,
    REPAIRS_NAME,
    REQUIRED_COLUMNS,
    check_fields,
    genres,
    missing_fields,
)
from helpers.corpus.csvsafe import to_csv_safe, unneutralise
from helpers.corpus.paths import PACKAGE_DIR, PROJECT_DIR
from helpers.corpus.safety import decode_article
from helpers.errors import CorpusError

#: Every field a catalogue row may have.
FIELDS = (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
#: The fields ``add_article`` takes as keyword arguments (``file`` is made from the id and short name).
ARGUMENT_FIELDS = tuple(f for f in FIELDS if f != "file")
_SLUG = re_compile(r"[^a-z0-9]+")


def shipped_corpus() -> Path:
    """The course's own corpus (``seeds/`` of the checkout, else a copy installed with the package).

    It is never written to; ``$BEW_SEEDS`` does not change it.
    """
    checkout = PROJECT_DIR / "seeds"
    installed = PACKAGE_DIR / "seeds"
    return checkout if checkout.is_dir() or not installed.is_dir() else installed


def new_corpus(folder, *, exist_ok: bool = False) -> Path:
    """Copy the course corpus to ``folder`` (a working copy you may add articles to); return its path.

    Parameters
    ----------
    folder : str or Path
        The working folder, e.g. ``"my_work/corpus"``. Its parent folders are created.
    exist_ok : bool
        When ``folder`` already holds a corpus (a ``catalog.csv``), reuse it as it is, keeping every
        article you added (default: refuse with a :class:`~helpers.errors.CorpusError`).

    Returns
    -------
    Path
        The absolute path of the working corpus. It holds the five article files, ``catalog.csv``
        and ``repairs.csv``; load it with ``load_articles(path)``.
    """
    dst = Path(folder).expanduser().resolve()
    src = shipped_corpus()
    if dst == src.resolve() or src.resolve() in dst.parents:
        raise CorpusError(f"{dst}: this is (inside) the course's own corpus folder, which is never changed. "
                          "Choose a working folder such as 'my_work/corpus'.")
    if dst.exists() and not dst.is_dir():
        raise CorpusError(f"{dst}: a file with this name exists; choose another folder name.")
    if (dst / CATALOG_NAME).exists():
        if exist_ok:
            return dst
        raise CorpusError(f"{dst}: a corpus is already here (it has a {CATALOG_NAME}). Nothing was changed. "
                          "Pass exist_ok=True to keep using it, or choose a new folder.")
    if dst.is_dir() and any(dst.iterdir()):
        raise CorpusError(f"{dst}: the folder is not empty but has no {CATALOG_NAME}. Nothing was changed: "
                          "choose an empty or new folder for the working copy.")
    dst.mkdir(parents=True, exist_ok=True)
    for p in sorted(src.iterdir()):
        if p.is_file() and (p.suffix == ".txt" or p.name in (CATALOG_NAME, REPAIRS_NAME)):
            shutil.copyfile(p, dst / p.name)
    return dst


# ---------------------------------------------------------------- the catalogue as rows
def _read_rows(folder: Path) -> tuple[list[str], list[dict]]:
    path = folder / CATALOG_NAME
    if not path.exists():
        raise CorpusError(f"{path}: no catalogue here. "
                          f"Make a working corpus first: new_corpus({str(folder)!r}).")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        header = list(reader.fieldnames or [])
        rows = [{k: unneutralise((v or "").strip()) for k, v in r.items() if k is not None} for r in reader]
    return header, rows


def _write_rows(folder: Path, header: list[str], rows: list[dict]) -> None:
    cols = header + [c for c in FIELDS if c not in header and any(r.get(c) for r in rows)]
    table = pd.DataFrame([{c: r.get(c, "") for c in cols} for r in rows], columns=cols, dtype=str)
    to_csv_safe(table, folder / CATALOG_NAME)


def next_id(rows: list[dict]) -> str:
    """The next free numeric id, three digits wide (``"005"`` after ``"000"``-``"004"``)."""
    numbers = [int(r["id"]) for r in rows if r.get("id", "").isdigit()]
    return f"{(max(numbers) + 1) if numbers else 0:03d}"


def _slug(text: str) -> str:
    return _SLUG.sub("_", text.lower()).strip("_")[:40] or "article"


# ---------------------------------------------------------------- add_article
def add_article(folder, *, text=None, file=None, url=None, html=None, replace: bool = False,
                timeout: float | None = None, **fields) -> pd.Series:
    """Add one article (its text file and its catalogue row) to the corpus in ``folder``.

    Give the text in exactly one way: ``text`` (pasted text, one paragraph per line or hard-wrapped
    lines with blank lines between paragraphs), ``file`` (a ``.txt`` file, or a web page saved from
    the browser as ``.html``/``.htm``), ``url`` (a web address: fetched once, kept in
    ``folder/web_cache/``) or ``html`` (a page's HTML as a string). From a page, trafilatura takes
    the main text, and the headline, date, author and site name fill the fields you did not give;
    ``address`` and ``retrieved`` (today) are recorded.

    Parameters
    ----------
    folder : str or Path
        A working corpus made with :func:`new_corpus` (never the course's ``seeds/``).
    text, file, url, html
        The article's text, as above.
    replace : bool
        Replace the article with the same ``id`` (or, without an id, the same ``short``) instead of
        refusing. Default: an existing id, short name or file is never overwritten.
    timeout : float, optional
        Seconds to wait for a web page (default :data:`helpers.corpus.importing.TIMEOUT`).
    **fields
        Catalogue fields: ``id`` (assigned when not given; the file is named ``<id>_<short>.txt``),
        ``short``, ``outlet``, ``headline``, ``published`` (``YYYY-MM-DD`` or ``YYYY-MM``),
        ``date_precision`` (``exact`` or ``inferred``, with ``date_note``), ``genre`` (see
        ``helpers/data/genres.csv``) and the optional ``headline_source, date_note, author,
        author_note, behind, address, retrieved, sha256, notes``.

    Returns
    -------
    pandas.Series
        The catalogue row as written: ``id, file, short, outlet, headline, published,
        date_precision, genre`` and the optional fields, plus ``language_warning`` (empty unless the
        text does not look English).

    Raises
    ------
    CorpusError
        Naming every missing required field in one message, or the field and the fix for any other
        problem. Nothing is written when it is raised.
    """
    folder = Path(folder).expanduser().resolve()
    if folder == shipped_corpus().resolve():
        raise CorpusError(f"{folder}: the course's own corpus is never changed. Make a working copy with "
                          "new_corpus('my_work/corpus') and add the article there.")
    unknown = sorted(set(fields) - set(ARGUMENT_FIELDS))
    if unknown:
        raise CorpusError(f"add_article: unknown field(s) {', '.join(unknown)}. The fields are: "
                          f"{', '.join(ARGUMENT_FIELDS)}.")
    data, page = _source_text(folder, text=text, file=file, url=url, html=html, timeout=timeout,
                              address=fields.get("address"), retrieved=fields.get("retrieved"))
    header, rows = _read_rows(folder)
    row = _complete_row(fields, page, rows, replace)
    old = _check_free(folder, row, rows, replace)
    _check_not_there(folder, row, rows, old, data)
    where = f"add_article (new row for {folder / CATALOG_NAME})"
    check_fields(row, where, frozenset(genres()["genre"]), pd.Timestamp.now().normalize())
    decode_article(data, f"the text given to add_article ({_what(text, file, url, html)})", where)
    new_rows = [row if r is old else r for r in rows] if old is not None else [*rows, row]
    return _write_and_verify(folder, header, new_rows, old, row, data)


def _what(text, file, url, html) -> str:
    return "text=" if text is not None else f"file={file!s}" if file is not None else (
        f"url={url}" if url is not None else "html=")


def _source_text(folder: Path, *, text, file, url, html, timeout, address=None,
                 retrieved=None) -> tuple[bytes, dict]:
    """The article's bytes to write, and the fields a web page gave (empty for plain text)."""
    given = [name for name, v in (("text", text), ("file", file), ("url", url), ("html", html))
             if v is not None]
    if len(given) != 1:
        raise CorpusError("add_article: give the article's text in exactly one way: "
                          "text=, file=, url= or html= "
                          f"(got {', '.join(given) or 'none'}).")
    if text is not None:
        if not isinstance(text, str):
            raise CorpusError("add_article: text= must be a string (the article's text); "
                              f"got {type(text).__name__}.")
        return text.encode("utf-8"), {}
    from helpers.corpus import importing

    if url is not None:
        page = importing.fetch_page(url, folder, timeout=timeout)
        try:
            return importing.page_fields(page.html, url=page.url, retrieved=page.retrieved)
        except CorpusError:
            importing.forget_page(url, folder)  # not kept: the next try fetches the page again
            raise
    if html is not None:  # a page's HTML; ``address`` (if given) is where it came from
        return importing.page_fields(html, url=address or None, retrieved=retrieved or None)
    path = Path(file).expanduser()
    if path.is_dir():
        raise CorpusError(f"{path}: add_article(file=...) got a folder, not a file. Give the file's name "
                          "inside it, e.g. file='my_work/my_article.txt'.")
    if not path.is_file():
        raise CorpusError(f"{path}: add_article(file=...) found no such file. Check the name and the folder.")
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        return importing.page_fields(path.read_bytes(), url=None)
    if path.suffix.lower() != ".txt":
        raise CorpusError(f"{path}: add_article(file=...) takes a .txt file or a saved web page (.html); "
                          "for other documents copy the text and pass it as text=.")
    return path.read_bytes(), {}


def _complete_row(fields: dict, page: dict, rows: list[dict], replace: bool) -> dict:
    """The new catalogue row: the caller's fields, then what the page gave, then an id and a file name."""
    row = {c: "" for c in FIELDS}
    if fields.get("published"):  # the caller's date replaces the page's, with its precision and note
        page = {k: v for k, v in page.items() if k not in ("published", "date_precision", "date_note")}
    row.update({k: v for k, v in page.items() if k in row})
    row.update({k: ("" if v is None else str(v).strip()) for k, v in fields.items()})
    if page and not fields.get("short") and row["outlet"]:
        row["short"] = _free_short(row["outlet"], rows)
    if not row["id"]:
        existing = _match(rows, row, replace)
        row["id"] = existing["id"] if existing else next_id(rows)
    if not row["file"]:
        row["file"] = f"{row['id']}_{_slug(row['short'] or row['headline'])}.txt"
    missing = [c for c in missing_fields(row) if c not in ("id", "file")]
    if missing:
        hints = {c: FIELD_HINTS[c] for c in missing}
        source = " (the page does not give them)" if page else ""
        raise CorpusError("add_article: required field(s) missing" + source + ": "
                          + "; ".join(f"{c}= ({h})" for c, h in hints.items())
                          + ". Pass them as keyword arguments, e.g. genre='news_report'.")
    return row


def _free_short(outlet: str, rows: list[dict]) -> str:
    """A short name from the outlet's: at most 20 characters, cut at a word ("Pannonian Wire")."""
    base = outlet.strip()
    if len(base) > 20:
        cut = base[:21].rsplit(" ", 1)[0].strip(" ,;:-–—") if " " in base[:21] else ""
        base = cut if len(cut) >= 3 else base[:20].strip()
    taken = {r.get("short", "").casefold() for r in rows}
    short, n = base, 2
    while short.casefold() in taken:
        short, n = f"{base} {n}", n + 1
    return short


def _match(rows: list[dict], row: dict, replace: bool) -> dict | None:
    """With ``replace``, the existing row the new one replaces (same id, else same short), else None."""
    if not replace:
        return None
    for key in ("id", "short"):
        if row.get(key):
            hit = next((r for r in rows if r.get(key, "").casefold() == row[key].casefold()), None)
            if hit:
                return hit
    return None


def _check_free(folder: Path, row: dict, rows: list[dict], replace: bool) -> dict | None:
    """The row that ``row`` replaces (``replace=True``), else None. Refuses to overwrite anything else."""
    old = _match(rows, row, replace)
    keep = [r for r in rows if r is not old]
    for key in ("id", "short", "file"):
        hit = next((r for r in keep if r.get(key, "").casefold() == row[key].casefold()), None)
        if hit:
            raise CorpusError(f"add_article: {key} {row[key]!r} is already used by article {hit['id']} "
                              f"({hit.get('short', '')}) in {folder / CATALOG_NAME}. Nothing was changed. "
                              "Choose another, or pass replace=True to replace that article.")
    target = folder / row["file"]
    if target.exists() and not (old and old["file"] == row["file"]):
        raise CorpusError(f"{target}: a file with this name is already in the corpus folder. Nothing was "
                          "changed. Give the article another short name, or move that file away.")
    return old


def _drop_repairs(path: Path, article_id: str) -> None:
    """Remove the rows of ``article_id`` from a repairs file, keeping every other line as it is."""
    import io

    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    rows = list(csv.reader(io.StringIO(text)))
    if len(rows) == len(lines):  # one line per row: the other lines stay byte for byte
        kept = lines[:1] + [ln for ln, row in zip(lines[1:], rows[1:]) if row[:1] != [article_id]]
        if len(kept) != len(lines):
            path.write_text("".join(kept), encoding="utf-8")
        return
    out = io.StringIO()  # a field over several lines: written again with the csv module
    csv.writer(out, lineterminator="\n").writerows([r for r in rows if r is rows[0] or r[:1] != [article_id]])
    path.write_text(out.getvalue(), encoding="utf-8")


def _check_not_there(folder: Path, row: dict, rows: list[dict], old: dict | None, data: bytes) -> None:
    """Refuse a web address the catalogue holds already; warn when the very same text is there already.

    The same wire story printed by two outlets is a fair thing to compare, so an identical text is only
    a warning; the same address twice is a mistake (``replace=True`` with that article's short name
    replaces it).
    """
    import warnings

    others = [r for r in rows if r is not old]
    address = row.get("address", "")
    hit = next((r for r in others if address and r.get("address", "") == address), None)
    if hit is not None:
        raise CorpusError(f"add_article: {address} is already in the corpus as article {hit['id']} "
                          f"({hit.get('short', '')}). Nothing was changed. To replace it, pass "
                          f"short={hit.get('short', '')!r} and replace=True.")
    for r in others:
        name = r.get("file", "")
        if not name or "/" in name or "\\" in name:  # only files of the folder itself are read
            continue
        path = folder / name
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            warnings.warn(f"add_article: this text is identical to article {r['id']} ({r.get('short', '')}): "
                          "every table will count it twice. Fine for the same story in two outlets; "
                          "otherwise take one out with remove_article.", UserWarning, stacklevel=3)
            break


def _write_and_verify(folder: Path, header: list[str], new_rows: list[dict], old: dict | None, row: dict,
                      data: bytes) -> pd.Series:
    """Write the text and the catalogue, then load the corpus; on any error put everything back."""
    from helpers.corpus.loading import load_corpus

    catalog = folder / CATALOG_NAME
    saved = {catalog: catalog.read_bytes()}
    target = folder / row["file"]
    saved[target] = target.read_bytes() if target.exists() else None
    if old is not None and old["file"] != row["file"]:  # the replaced article's old file, renamed
        old_file = folder / old["file"]
        if old_file.is_file() and "/" not in old["file"] and "\\" not in old["file"]:
            saved[old_file] = old_file.read_bytes()
            old_file.unlink()
    try:
        target.write_bytes(data)
        _write_rows(folder, header, new_rows)
        corpus = load_corpus(folder)
    except BaseException:
        for path, content in saved.items():
            if content is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(content)
        raise
    art = corpus.articles.set_index("article_id").loc[row["id"]]
    out = pd.Series({c: row[c] for c in FIELDS})
    out["language_warning"] = art["language_warning"]
    return out


def remove_article(folder, article: str) -> pd.Series:
    """Take one article out of a working corpus: its catalogue row and its text file.

    For an article you added by mistake (the practice article, a test), or a course article you leave
    out of your copy (its rows in ``repairs.csv`` go with it). The course's own corpus is never
    changed, and nor is any other file.

    Parameters
    ----------
    folder : str or Path
        A working corpus made with :func:`new_corpus`.
    article : str
        The article's id (``"005"``) or its short name.

    Returns
    -------
    pandas.Series
        The catalogue row that was removed (``id, file, short, outlet, headline, published`` ...).

    Raises
    ------
    CorpusError
        For the course's own corpus, an id or short name the catalogue does not hold (the message
        lists those it holds) or holds twice. Nothing is changed when it is raised.
    """
    from helpers.corpus.loading import load_corpus

    folder = Path(folder).expanduser().resolve()
    if folder == shipped_corpus().resolve():
        raise CorpusError(f"{folder}: the course's own corpus is never changed. Remove articles from your "
                          "working copy (new_corpus('my_work/corpus')).")
    header, rows = _read_rows(folder)
    key = str(article).strip()
    hits = ([r for r in rows if r.get("id") == key]
            or [r for r in rows if r.get("short", "").lower() == key.lower()])
    if not hits:
        held = ", ".join(f"{r.get('id')} ({r.get('short')})" for r in rows)
        raise CorpusError(f"remove_article: {folder / CATALOG_NAME} has no article with the id or short name "
                          f"{key!r}. It holds: {held}.")
    if len(hits) > 1:  # a hand-edited catalogue: which one is meant cannot be told
        lines = ", ".join(str(rows.index(r) + 2) for r in hits)
        raise CorpusError(f"remove_article: {folder / CATALOG_NAME} has {len(hits)} rows for {key!r} (lines "
                          f"{lines}): ids and short names must be unique. Correct the catalogue first; "
                          "nothing was removed.")
    gone = hits[0]
    catalog = folder / CATALOG_NAME
    text_file = folder / gone["file"]
    own_file = ("/" not in gone["file"] and "\\" not in gone["file"] and gone["file"].lower().endswith(".txt")
                and text_file.is_file()
                and not any(r is not gone and r.get("file") == gone["file"] for r in rows))
    saved = {catalog: catalog.read_bytes(), **({text_file: text_file.read_bytes()} if own_file else {})}
    repairs = folder / REPAIRS_NAME
    if repairs.is_file():
        saved[repairs] = repairs.read_bytes()
    try:
        _write_rows(folder, header, [r for r in rows if r is not gone])
        if own_file:
            text_file.unlink()
        if repairs.is_file():  # the article's repairs go with it (a course article taken out of a copy)
            _drop_repairs(repairs, gone["id"])
        load_corpus(folder)
    except BaseException:
        for path, content in saved.items():
            path.write_bytes(content)
        raise
    return pd.Series({c: gone.get(c, "") for c in FIELDS})
