"""Load the corpus into tidy tables: articles, paragraphs, sentences and the cleaning log.

The corpus is a folder (the project's ``seeds/`` unless you pass another) holding raw ``.txt``
articles, ``catalog.csv`` and optionally ``repairs.csv``. Raw files are only ever read. The
folder is checked and cleaned once per kernel and kept in memory until a file in it changes (name,
size or modification time). Each ``load_*`` function returns a fresh copy, so changing a table you
got back never changes what the next call returns.

Encoding decision: UTF-8 (a byte-order mark is dropped), and UTF-16 or UTF-32 when a byte-order
mark says so. A file that is not valid UTF-8 is *not* rejected: it is decoded as Windows-1252
(ftfy's sloppy Windows-1252 for a mix of Windows-1252 and UTF-8), the fallback is logged in
``cleaning_log()`` with kind ``encoding`` and shown in the ``encoding`` column of
``load_articles()``. Binary files and NUL bytes are refused
(see :mod:`helpers.corpus.safety`).

Language: the dictionaries are English. An article that does not look English gets a warning in
the ``language_warning`` column of ``load_articles()`` and a ``language`` row in ``cleaning_log()``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from helpers._text.fold import split_sentences, word_count
from helpers._text.parallel import NoPool, gc_paused, pool_map, pool_workers
from helpers.corpus.catalog import check_listed_file, genres, read_catalog, read_repairs
from helpers.corpus.cleaning import BODY_KINDS, PARAGRAPH_KINDS, clean_text
from helpers.corpus.paths import seeds_dir
from helpers.corpus.safety import decode_article, language_warning
from helpers.errors import CorpusError

ARTICLE_COLUMNS = [
    "article_id", "short", "file", "outlet", "headline", "headline_source", "published",
    "published_text", "date_precision", "date_note", "author", "author_note", "genre",
    "genre_label", "behind", "address", "sha256", "notes", "encoding", "n_paragraphs",
    "n_sentences", "word_count", "text", "retrieved", "language_warning",
]
PARAGRAPH_COLUMNS = [
    "article_id", "paragraph_id", "position", "line", "kind", "text", "raw", "duplicate_of",
    "gap", "note",
]
SENTENCE_COLUMNS = [
    "article_id", "paragraph_id", "sentence_id", "position", "start", "end", "text", "gap",
    "word_count",
]
LOG_COLUMNS = ["article_id", "file", "line", "kind", "before", "after", "note"]


@dataclass(frozen=True)
class Corpus:
    """The four tables of one corpus folder (see the ``load_*`` functions for the columns)."""

    folder: Path
    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    log: pd.DataFrame


_CACHE: dict[Path, tuple[tuple, Corpus]] = {}


def _fingerprint(folder: Path) -> tuple:
    """Name, modification and change times and size of every file in ``folder`` (one ``stat`` per file).

    The change time (``st_ctime_ns``; on Linux and macOS it moves on any write, and also when a tool
    such as ``cp -p`` or ``rsync -t`` puts the old modification time back) catches an edit of the same
    length whose modification time was restored.
    """
    try:
        with os.scandir(folder) as entries:
            stats = [(e.name, e.stat()) for e in entries if e.is_file()]
        return tuple(sorted((name, st.st_mtime_ns, st.st_ctime_ns, st.st_size) for name, st in stats))
    except (FileNotFoundError, NotADirectoryError):
        raise CorpusError(f"{folder}: the corpus folder does not exist.") from None


def load_corpus(folder=None) -> Corpus:
    """Check, read and clean a corpus folder; cached per folder until a file in it changes.

    Most users call :func:`load_articles`, :func:`load_paragraphs`, :func:`load_sentences`
    and :func:`cleaning_log` instead.

    Parameters
    ----------
    folder : str or Path, optional
        A corpus folder (default: :func:`helpers.corpus.paths.seeds_dir`).

    Returns
    -------
    Corpus
        The cached tables of the folder: ``folder`` (its absolute path), ``articles``,
        ``paragraphs``, ``sentences`` and ``log``, with the columns described by
        :func:`load_articles`, :func:`load_paragraphs`, :func:`load_sentences` and
        :func:`cleaning_log`. The tables are shared between calls: copy one before changing it.

    Raises
    ------
    CorpusError
        Naming the file, field and fix for any problem in the folder.
    """
    folder = seeds_dir(folder)
    key = _fingerprint(folder)
    hit = _CACHE.get(folder)
    if hit and hit[0] == key:
        return hit[1]
    corpus = _build(folder)
    _CACHE[folder] = (key, corpus)
    return corpus


#: Corpora with at least this many articles are cleaned in worker processes (see :func:`_build`);
#: smaller ones (the shipped five, a student's corpus) are cleaned in this process.
PARALLEL_MIN_ARTICLES = 400


def _article_rows(job, data: bytes) -> tuple:
    """Decode and clean one article: ``(article, paragraphs, sentences, log)`` row lists.

    ``job`` is ``(folder, catalogue line, catalogue row, repair rules, genre label)``, ``data`` the
    bytes of its file. Run through :func:`_chunk_rows`, a top-level function so that worker
    processes can run it; the same functions serve the serial path, so both give the same rows.
    """
    folder, _line, row, rules, label = job
    aid = row["id"]
    path = folder / row["file"]
    text, enc, enc_note = decode_article(data, path, f"id {aid}")
    cleaned = clean_text(text, article_id=aid, repairs=rules, headline=row["headline"])
    logs, paras, sents = [], [], []
    if enc_note:
        logs.append({"article_id": aid, "line": 0, "kind": "encoding", "before": "",
                     "after": enc, "note": enc_note})
    warning = language_warning(cleaned.text)
    if warning:
        logs.append({"article_id": aid, "line": 0, "kind": "language", "before": "", "after": "",
                     "note": warning})
    logs.extend(cleaned.log)
    n_sent = n_words = 0
    for pos, p in enumerate(cleaned.paragraphs):
        pid = f"{aid}-p{pos:02d}"
        paras.append((aid, pid, pos, p.line, p.kind, p.text, p.raw, p.duplicate_of, p.gap, p.note))
        if p.kind not in BODY_KINDS:
            continue
        for start, end, s in split_sentences(p.text):
            wc = word_count(s)
            sents.append((aid, pid, f"{pid}-s{n_sent:03d}", n_sent, start, end, s, "[…]" in s, wc))
            n_sent += 1
            n_words += wc
    short = row["short"]
    art = {
        "article_id": aid, "short": short, "file": row["file"], "outlet": row["outlet"],
        "headline": row["headline"], "headline_source": row["headline_source"],
        "published": pd.Timestamp(row["published"]), "published_text": row["published"],
        "date_precision": row["date_precision"], "date_note": row["date_note"],
        "author": row["author"], "author_note": row["author_note"], "genre": row["genre"],
        "genre_label": label, "behind": row["behind"],
        "address": row["address"], "sha256": row["sha256"], "notes": row["notes"],
        "encoding": enc,
        "n_paragraphs": sum(p.kind in BODY_KINDS for p in cleaned.paragraphs),
        "n_sentences": n_sent, "word_count": n_words, "text": cleaned.text,
        "retrieved": row.get("retrieved", ""), "language_warning": warning,
    }
    return art, paras, sents, logs


def _chunk_rows(jobs: list) -> tuple:
    """Each job's file read and checked, then :func:`_article_rows`: three tables, log rows, error.

    Returns ``(articles, paragraphs, sentences, log rows, error)``. One chunk's result crosses from a
    worker process as one object; its tables are built there (in parallel), and this process only
    puts the chunks' tables end to end (:func:`_joined`). ``error``: None, or the chunk's first
    problem as ``(0 for a file's check or 1 for its cleaning, catalogue line, exception)``; after a
    problem no article is cleaned, but the files are still checked (a file's check comes before any
    cleaning: :func:`_first_error`).
    """
    arts, paras, sents, logs = [], [], [], []
    error = None
    for job in jobs:
        try:
            data = check_listed_file(job[0], job[1], job[2])
        except Exception as exc:  # noqa: BLE001 - handed to the caller, raised there (_first_error)
            return arts, paras, sents, logs, (0, job[1], exc)
        if error is not None:
            continue
        try:
            art, p, s, lg = _article_rows(job, data)
        except Exception as exc:  # noqa: BLE001 - as above
            error = (1, job[1], exc)
            continue
        arts.append(art)
        paras.extend(p)
        sents.extend(s)
        logs.extend(lg)
    paragraphs = _table(paras, PARAGRAPH_COLUMNS)
    paragraphs["duplicate_of"] = paragraphs["duplicate_of"].astype("Int64")
    return (pd.DataFrame(arts, columns=ARTICLE_COLUMNS), paragraphs, _table(sents, SENTENCE_COLUMNS),
            logs, error)


def _first_error(results: list) -> None:
    """Raise the problem the serial checks would have met first, if a chunk had one.

    Every file's check comes before any cleaning (as when the catalogue check read the files), and
    each in catalogue order.
    """
    errors = [r[-1] for r in results if r[-1] is not None]
    if errors:
        raise min(errors, key=lambda e: e[:2])[2]


def _table(rows: list[tuple], names: list[str]) -> pd.DataFrame:
    """A table of ``rows``, built from its columns (quicker than from row tuples)."""
    if not rows:
        return pd.DataFrame([], columns=names)  # no rows: object columns, as from no row tuples
    return pd.DataFrame(dict(zip(names, map(list, zip(*rows)))), columns=names)


def _clean_all(jobs: list, workers: int) -> list:
    """``_chunk_rows`` of consecutive chunks of the jobs, in catalogue order.

    In ``workers`` processes when more than one (through the package's one pool,
    :func:`helpers._text.parallel.pool_map`, under fork or spawn), else (or when no pool can be
    started) in this process, as one chunk.
    """
    if workers > 1 and len(jobs) > 1:
        size = max(1, len(jobs) // (workers * 8))
        try:
            import ftfy  # noqa: F401  (imported once here: forked workers inherit it)
        except ImportError:  # pragma: no cover - a dependency; its absence shows on first use
            pass
        try:
            return pool_map(_chunk_rows, [jobs[i:i + size] for i in range(0, len(jobs), size)], workers)
        except NoPool:
            pass  # no worker processes here (a sandbox, a restricted platform): clean serially
    return [_chunk_rows(jobs)]


def _build(folder: Path, workers: int | None = None) -> Corpus:
    """Check the catalogue and repairs, then read, check and clean every article.

    Each file is read once, where it is cleaned (in worker processes on a large corpus); its bytes
    are checked there (:func:`helpers.corpus.catalog.check_listed_file`). The problem raised is the
    one the catalogue check meets first in catalogue order, and every problem of the catalogue,
    the repairs or a file's bytes comes before any problem of cleaning (:func:`_first_error`).
    ``workers``: processes to clean with; default :func:`helpers._text.parallel.pool_workers` for
    corpora of at least :data:`PARALLEL_MIN_ARTICLES` articles, else 1 (serial). Results are the
    same either way.
    """
    try:
        cat = read_catalog(folder, contents=False)
        repairs = read_repairs(folder, set(cat["id"]))
    except CorpusError as exc:
        problem = exc
    else:
        problem = None
    if problem is not None:
        read_catalog(folder)  # a file listed before the problem may fail its check first
        raise problem
    labels = dict(zip(genres()["genre"], genres()["label"]))
    rules_by_id = {aid: g.to_dict("records") for aid, g in repairs.groupby("id")}
    columns = list(cat.columns)
    records = (dict(zip(columns, values)) for values in zip(*(cat[c].tolist() for c in columns)))
    jobs = [(folder, line, row, rules_by_id.get(row["id"], []), labels.get(row["genre"], row["genre"]))
            for line, row in enumerate(records, start=2)]
    if workers is None:
        workers = pool_workers() if len(jobs) >= PARALLEL_MIN_ARTICLES else 1
    with gc_paused():  # a million row tuples: no full collections while they are built
        results = _clean_all(jobs, workers)
        _first_error(results)
        return _assemble(folder, cat, results)


def _joined(tables: list[pd.DataFrame]) -> pd.DataFrame:
    """The chunks' tables end to end, numbered from 0.

    Chunks without rows are left out (their columns have no type), unless all are empty.
    """
    full = [t for t in tables if len(t)]
    if not full:
        return tables[0]
    return full[0] if len(full) == 1 else pd.concat(full, ignore_index=True)


def _assemble(folder: Path, cat: pd.DataFrame, results) -> Corpus:
    """The corpus tables from the cleaned chunks of every article (in catalogue order)."""
    logs = [row for *_tables, lg, _error in results for row in lg]
    files = dict(zip(cat["id"], cat["file"]))
    log = pd.DataFrame(logs, columns=LOG_COLUMNS[:1] + LOG_COLUMNS[2:])
    log.insert(1, "file", log["article_id"].map(files))
    return Corpus(
        folder=folder,
        articles=_joined([r[0] for r in results]),
        paragraphs=_joined([r[1] for r in results]),
        sentences=_joined([r[2] for r in results]),
        log=log,
    )


def _tagged(table: pd.DataFrame, folder: Path) -> pd.DataFrame:
    """``table`` (a copy) remembering its corpus folder, so display functions find its short names."""
    table = table.copy()
    table.attrs["corpus_folder"] = str(folder)
    return table


def source_names(article_ids, table=None) -> dict:
    """article_id -> short name for display (tables, plot labels); the id itself when unknown.

    Looked up, for each id, in this order: the ``short`` column of ``table`` (when it has one and
    the value is not empty); the articles of the corpus folder ``table`` was loaded from (tables
    returned by ``load_*`` remember it); the default corpus (``load_articles()``); any other corpus
    folder loaded in this session (most recent first), so that a student's article "005" shows as
    its ``short`` name after ``load_articles("my_work/corpus")``. Never raises for unknown ids.
    """
    ids = [str(a) for a in article_ids]
    names: dict[str, str] = {}
    if isinstance(table, pd.DataFrame) and {"article_id", "short"} <= set(table.columns):
        for a, sh in zip(table["article_id"].astype(str), table["short"]):
            if isinstance(sh, str) and sh.strip() and a not in names:
                names[a] = sh
    folders = []
    if isinstance(table, pd.DataFrame) and table.attrs.get("corpus_folder"):
        folders.append(Path(table.attrs["corpus_folder"]))
    folders.append(None)
    for folder in folders + [f for f in reversed(list(_CACHE)) if f not in folders]:
        if all(a in names for a in ids):
            break
        try:
            corpus = load_corpus(folder) if folder is None or folder in folders else _CACHE[folder][1]
        except (CorpusError, OSError, KeyError):
            continue
        for a, sh in zip(corpus.articles["article_id"], corpus.articles["short"]):
            names.setdefault(str(a), str(sh))
    return {a: names.get(a, a) for a in ids}


def load_articles(folder=None) -> pd.DataFrame:
    """One row per article: catalogue metadata, cleaned text and counts.

    Parameters
    ----------
    folder : str or Path, optional
        A corpus folder (default: the course's ``seeds/``, or ``$BEW_SEEDS``), e.g. a working copy
        made with :func:`helpers.corpus.adding.new_corpus`.

    Returns
    -------
    pandas.DataFrame
        ``article_id`` (the catalogue id), ``short`` (a short label for tables and plots),
        ``file``, ``outlet``, ``headline``, ``headline_source`` (where the headline comes from),
        ``published`` (a Timestamp; the first of the month when only the month is known),
        ``published_text`` (as written in the catalogue), ``date_precision`` (exact / inferred) and
        ``date_note`` (how the date was established), ``author`` and ``author_note``, ``genre`` and
        ``genre_label``, ``behind`` (who is behind the text), ``address``, ``sha256``, ``notes``,
        ``encoding`` (utf-8, utf-16, or the logged fallback), ``n_paragraphs`` (body paragraphs),
        ``n_sentences``, ``word_count`` (words in body sentences), ``text`` (subheads, body and
        list items, joined by blank lines), ``retrieved`` (when an imported page was downloaded)
        and ``language_warning`` (empty, or why the article does not look English: the dictionaries
        are English, so its analyses come out empty rather than "silent").
    """
    corpus = load_corpus(folder)
    return _tagged(corpus.articles, corpus.folder)


def load_paragraphs(folder=None, kinds=None) -> pd.DataFrame:
    """One row per non-blank line of each raw file, in order, with its ``kind``.

    ``kind`` is one of: body, list_item, subhead, headline, standfirst, caption, duplicate,
    pull_quote, stray, boilerplate, dateline, signatory, related. Analyses use ``body`` and
    ``list_item``.

    Parameters
    ----------
    folder : str or Path, optional
        A corpus folder (default: the course's ``seeds/``, or ``$BEW_SEEDS``).
    kinds : str or list of str, optional
        Keep only these kinds, e.g. ``kinds=["body"]``; an unknown kind raises ``CorpusError``.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``paragraph_id`` (e.g. ``"001-p04"``), ``position`` (0, 1, ... within
        the article), ``line`` (line number in the raw file), ``kind``, ``text`` (cleaned), ``raw``
        (the line as in the file), ``duplicate_of`` (line number of the first copy, for repeats),
        ``gap`` (True where hyperlink text was stripped and a ``[…]`` marker stands in), ``note``.
    """
    corpus = load_corpus(folder)
    p = corpus.paragraphs
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
        known = set(PARAGRAPH_KINDS)
        bad = [k for k in kinds if k not in known]
        if bad:
            raise CorpusError(f"kinds={bad!r} is not known. Allowed values: {', '.join(sorted(known))}.")
        p = p[p["kind"].isin(kinds)]
    return _tagged(p, corpus.folder)


def paragraph_word_counts(paragraph_ids, folder=None, corpus=None) -> np.ndarray:
    """The word count of each body paragraph in ``paragraph_ids`` (0 for an id with no sentences).

    Summed from its sentences' ``word_count``: sentences are cut at white space, so this equals
    counting the paragraph's text with :func:`helpers._text.fold.word_count` (tests/test_corpus.py).

    Parameters
    ----------
    paragraph_ids : list-like of str
        Paragraph ids (``"001-p04"``), in the order wanted.
    folder : str or Path, optional
        The corpus folder to load when ``corpus`` is not given.
    corpus : Corpus, optional
        The loaded corpus, if at hand (else the corpus of ``folder`` is loaded).

    Returns
    -------
    numpy.ndarray
        One int64 word count per id, in the order of ``paragraph_ids``.
    """
    corpus = load_corpus(folder) if corpus is None else corpus
    per = corpus.sentences.groupby("paragraph_id", sort=False)["word_count"].sum()
    return per.reindex(pd.Index(paragraph_ids), fill_value=0).to_numpy(dtype=np.int64)


def load_sentences(folder=None) -> pd.DataFrame:
    """One row per sentence of body text (paragraph kinds ``body`` and ``list_item``).

    Parameters
    ----------
    folder : str or Path, optional
        A corpus folder (default: the course's ``seeds/``, or ``$BEW_SEEDS``).

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``paragraph_id``, ``sentence_id`` (e.g. ``"001-p04-s007"``),
        ``position`` (0, 1, ... within the article), ``start`` and ``end`` (character offsets in the
        paragraph's text), ``text``, ``gap`` (True if the sentence holds a ``[…]`` marker for words
        lost in the source) and ``word_count``.
    """
    corpus = load_corpus(folder)
    return _tagged(corpus.sentences, corpus.folder)


def cleaning_log(folder=None) -> pd.DataFrame:
    """One row per repair or classification made while cleaning.

    Parameters
    ----------
    folder : str or Path, optional
        A corpus folder (default: the course's ``seeds/``, or ``$BEW_SEEDS``).

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``file``, ``line`` (raw line number; 0 for the whole file),
        ``kind`` (mojibake, quote_residue, straight_quote, whitespace, indent, replace, gap,
        encoding, language, trailing_blank, or the kind given to a line that is not body text, such as
        caption, duplicate, pull_quote, stray, boilerplate, related), ``before``, ``after`` and
        ``note``.
    """
    return load_corpus(folder).log.copy()
