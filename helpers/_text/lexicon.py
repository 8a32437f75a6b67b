"""Shared machinery for the lexicon-based analyses (naming, labels, frames, kwic, distinctive).

Private module: nothing here is part of the public API. It provides

* :func:`compile_terms` - one compiled alternation regex for a whole lexicon, applied to folded
  text: longest term first (so "ruling regime" wins over "regime"), whole words, a trailing ``*``
  as a wildcard (``sanction*``), spaces matching any white space and a hyphen matching a hyphen,
  a space or nothing (``anti-government`` = ``anti government`` = ``antigovernment``);
* :func:`scan` - every match of a compiled lexicon in a list of texts, as plain lists;
* :func:`quoted_spans` - where a sentence stands inside quotation marks;
* table checks that raise :class:`~helpers.errors.CorpusError`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from helpers._text.fold import WORD_RE, fold
from helpers._text.parallel import map_slices, total_chars
from helpers.errors import CorpusError


# ---------------------------------------------------------------- folding
@lru_cache(maxsize=1_048_576)
def count_words(text: str) -> int:
    """Number of word tokens (as :func:`helpers._text.fold.word_count`), cached per text."""
    return len(WORD_RE.findall(text))


def fold_pattern(pattern: str) -> str:
    """Fold only the non-ASCII characters of a regex (``\\W`` must not become ``\\w``)."""
    return "".join(c if c.isascii() else fold(c) for c in pattern)


# ---------------------------------------------------------------- lexicon regexes
def term_key(term: str) -> str:
    """The normal form of a lexicon term: folded, white space collapsed, ``-`` kept."""
    return re.sub(r"\s+", " ", fold(str(term))).strip()


def _atoms(key: str) -> list[str]:
    """The regex atoms of one term: one per character, white space and hyphens generalised."""
    star = key.endswith("*")
    out = []
    for ch in key.rstrip("*").strip():
        if ch == " ":
            out.append(r"\s+")
        elif ch in "-\u2010\u2011":
            out.append(r"[-\u2010\u2011\s]?")
        else:
            out.append(re.escape(ch))
    if star:
        out.append(r"\w*")
    return out


@lru_cache(maxsize=512)
def compile_terms(keys: tuple[str, ...]) -> re.Pattern:
    """One regex for all ``keys`` (normal forms, see :func:`term_key`).

    The terms are merged into a prefix tree (a trie), so at each position of the text the
    regex engine fails after one character instead of trying every term in turn (about 20 times
    faster than a plain alternation for a lexicon of 100 terms). At each branch longer
    continuations are tried first, so at any position the longest term wins; the scan goes left
    to right and a matched span is consumed (no overlapping matches). Each term ends in an
    empty named group ``t{i}`` (``i`` = index in ``keys``): :func:`group_index` maps
    ``match.lastindex`` back to ``i``. Whole words: the match may not be preceded or followed by a
    letter or digit.
    """
    root: dict = {}
    for i, key in enumerate(keys):
        node = root
        for atom in _atoms(key):
            node = node.setdefault(atom, {})
        node.setdefault("", i)  # the first of two identical keys wins

    depths: dict[int, int] = {}

    def depth(node) -> int:
        got = depths.get(id(node))
        if got is None:
            got = depths[id(node)] = max((1 + depth(c) for a, c in node.items() if a != ""), default=0)
        return got

    def build(node) -> str:
        alts = [atom + build(node[atom])
                for atom in sorted((a for a in node if a != ""), key=lambda a: -depth(node[a]))]
        if "" in node:
            alts.append(rf"(?!\w)(?P<t{node['']}>)")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    if not root:
        raise CorpusError("The lexicon is empty: there are no terms to look for.")
    return re.compile(r"(?<!\w)" + build(root))


def group_index(pattern: re.Pattern) -> dict[int, int]:
    """Map regex group number -> key index for a pattern built by :func:`compile_terms`."""
    return {num: int(name[1:]) for name, num in pattern.groupindex.items()}


def _scan_texts(pattern: re.Pattern, texts, which, words: bool = False) -> tuple[list, ...]:
    """Matches of a trie pattern in ``texts[i]`` for ``i`` in ``which``: (text, key, start, end, form)
    lists and, with ``words=True``, a sixth list: the word count of each text in ``which``.

    On a large corpus the texts are scanned in worker processes (see :mod:`helpers._text.parallel`)."""
    gmap = group_index(pattern)
    which = list(which)

    def scan_slice(lo: int, hi: int) -> tuple[list, ...]:
        rows, keys, starts, ends, forms = [], [], [], [], []
        finditer = pattern.finditer
        for i in which[lo:hi]:
            for m in finditer(fold(texts[i])):
                rows.append(i)
                keys.append(gmap[m.lastindex])
                starts.append(m.start())
                ends.append(m.end())
                forms.append(m.group())
        ints = [np.asarray(x, dtype=np.int64) for x in (rows, keys, starts, ends)]  # compact to send back
        if words:
            return (*ints, forms, np.asarray([count_words(texts[i]) for i in which[lo:hi]], dtype=np.int64))
        return (*ints, forms)

    parts = map_slices(scan_slice, len(which), total_chars(texts[i] for i in which))
    if len(parts) == 1:
        return parts[0]
    return tuple([f for part in parts for f in part[k]] if k == 4 else np.concatenate([part[k] for part in parts])
                 for k in range(len(parts[0])))


def _single_pattern(key: str) -> re.Pattern:
    """A regex for one key that starts with its literal prefix (so ``re`` can skip ahead fast)."""
    atoms = _atoms(key)
    n = 0
    while n < len(atoms) and not atoms[n].startswith(("\\s", "\\w", "[")):
        n += 1
    return re.compile("".join(atoms[:n]) + rf"(?<!\w[\s\S]{{{n}}})" + "".join(atoms[n:]) + r"(?!\w)")


class _ScanCache:
    """The last scan of one list of texts, updated incrementally when the lexicon changes.

    A frame-editor widget re-scores the same texts with a dictionary that differs by one word per
    keystroke. Only texts where an added word occurs (found with a fast single-word search over
    all texts joined) or where a removed word had matched are scanned again; the others keep
    their matches, which are provably the same under the new lexicon.
    """

    def __init__(self, texts: tuple):
        self.texts = texts
        self.keys: tuple = ()
        self.rows = np.zeros(0, dtype=np.int64)
        self.kstr = np.zeros(0, dtype=object)
        self.starts = np.zeros(0, dtype=np.int64)
        self.ends = np.zeros(0, dtype=np.int64)
        self.forms = np.zeros(0, dtype=object)
        self._big = None
        self._offsets = None
        self._single: dict[str, np.ndarray] = {}
        self.words: np.ndarray | None = None  # word count of each text, from the first full scan

    def _texts_with(self, key: str) -> np.ndarray:
        """Indices of the texts where ``key`` matches on its own (cached per key)."""
        hit = self._single.get(key)
        if hit is None:
            if self._big is None:
                folded = [fold(t) for t in self.texts]
                self._big = "\x00".join(folded)
                lengths = np.fromiter((len(f) + 1 for f in folded), dtype=np.int64, count=len(folded))
                self._offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
            pos = np.fromiter((m.start() for m in _single_pattern(key).finditer(self._big)), dtype=np.int64)
            hit = np.unique(np.searchsorted(self._offsets, pos, side="right") - 1)
            if len(self._single) > 4096:
                self._single.clear()
            self._single[key] = hit
        return hit

    def update(self, keys: tuple, pattern: re.Pattern) -> None:
        if keys == self.keys:
            return
        old, new = set(self.keys), set(keys)
        added, removed = new - old, old - new
        n = len(self.texts)
        if not self.keys or len(added) + len(removed) > 8:
            which = range(n)
        else:
            affected = set()
            for k in added:
                affected.update(self._texts_with(k).tolist())
            if removed:
                affected.update(self.rows[np.isin(self.kstr, list(removed))].tolist())
            which = sorted(affected)
        if len(which) == n:
            keep = np.zeros(len(self.rows), dtype=bool)
        else:
            keep = ~np.isin(self.rows, np.asarray(which, dtype=np.int64))
        count = self.words is None and len(which) == n  # word counts come with the first full scan
        rows, kidx, starts, ends, forms, *counted = _scan_texts(pattern, self.texts, which, words=count)
        if counted:
            self.words = np.asarray(counted[0], dtype=np.int64)
        karr = np.asarray(keys, dtype=object)
        self.rows = np.concatenate([self.rows[keep], np.asarray(rows, dtype=np.int64)])
        self.kstr = np.concatenate([self.kstr[keep], karr[np.asarray(kidx, dtype=np.int64)]]) \
            if len(kidx) else self.kstr[keep]
        self.starts = np.concatenate([self.starts[keep], np.asarray(starts, dtype=np.int64)])
        self.ends = np.concatenate([self.ends[keep], np.asarray(ends, dtype=np.int64)])
        self.forms = np.concatenate([self.forms[keep], np.asarray(list(forms) + [""], dtype=object)[:-1]])
        order = np.lexsort((self.starts, self.rows))
        self.rows, self.kstr, self.forms = self.rows[order], self.kstr[order], self.forms[order]
        self.starts, self.ends = self.starts[order], self.ends[order]
        self.keys = keys


_SCANS: dict[tuple, _ScanCache] = {}


def scan(keys: tuple[str, ...], texts, forms: bool = False, words=None):
    """All matches of the lexicon ``keys`` (normal forms) in ``texts`` (folded for matching).

    Returns parallel arrays sorted by text then position: text index, key index (into ``keys``),
    start, end (character offsets, valid in the original text since folding keeps length) and,
    with ``forms=True``, the matched folded words.
    The last scans of the last few text lists are cached and updated incrementally.
    ``words``: the word count of each text when already known (the loader counted them), or a
    function returning them, called only if the scan has none yet, so the first scan need not count
    them for :func:`word_counts`.
    """
    texts = tuple(t if isinstance(t, str) else "" for t in texts)
    pattern = compile_terms(keys)
    cache = _SCANS.get(texts)
    if cache is None:
        if len(_SCANS) >= 4:
            _SCANS.pop(next(iter(_SCANS)))
        cache = _SCANS[texts] = _ScanCache(texts)
    if words is not None and cache.words is None:
        cache.words = np.asarray(words() if callable(words) else words, dtype=np.int64)
    cache.update(keys, pattern)
    kidx = pd.Index(keys).get_indexer(cache.kstr).astype(np.int64) if len(cache.kstr) else \
        np.zeros(0, dtype=np.int64)
    out = (cache.rows.copy(), kidx, cache.starts.copy(), cache.ends.copy())
    return out + (cache.forms.copy(),) if forms else out


def word_counts(texts) -> np.ndarray:
    """The word count of each text (:func:`count_words`); taken from the cached scan of the same
    texts when there is one (counted there, in the same pass over a large corpus)."""
    texts = tuple(t if isinstance(t, str) else "" for t in texts)
    cache = _SCANS.get(texts)
    if cache is not None and cache.words is not None:
        return cache.words.copy()
    return np.fromiter((count_words(t) for t in texts), dtype=np.int64, count=len(texts))


# ---------------------------------------------------------------- quotation marks
_QUOTE_MARKS = re.compile("[\"“”„]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` inside double quotation marks.

    A closing mark with no opening one before it means the quotation began in an earlier
    sentence (span from 0); an opening mark never closed runs to the end of the sentence.
    Single quotes are ignored (they are also apostrophes).
    """
    spans, open_at = [], None
    for m in _QUOTE_MARKS.finditer(text):
        ch, pos = m.group(), m.start()
        if ch in "“„" or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = pos
        else:  # ” or a closing straight quote
            spans.append((0 if open_at is None else open_at, pos + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def is_quoted(text: str, start: int) -> bool:
    """True if position ``start`` of ``text`` lies inside quotation marks."""
    if '"' not in text and "“" not in text and "”" not in text and "„" not in text:
        return False
    return any(s <= start < e for s, e in quoted_spans(text))


# ---------------------------------------------------------------- table checks
def as_list(value, argument: str) -> list[str]:
    """A str or an iterable of str as a list of str (``None`` stays ``None``)."""
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    try:
        out = [str(v) for v in value]
    except TypeError:
        raise CorpusError(f"{argument} must be a name or a list of names; got {value!r}.") from None
    if not out:
        raise CorpusError(f"{argument} is an empty list: give at least one value or None for all.")
    return out


def join_ids(values) -> str:
    """Unique values in first-seen order, joined with '; '."""
    return "; ".join(dict.fromkeys(values))


def prepare_lexicon(lexicon, shipped: pd.DataFrame, group: str, term: str,
                    argument: str = "lexicon", keep=()) -> pd.DataFrame:
    """A lexicon as a DataFrame with ``group, term, key`` (+ ``keep`` columns if present).

    ``lexicon`` is ``None`` (use ``shipped``), a DataFrame with ``group`` and ``term`` columns,
    or a dict ``{group: [terms]}``. Blank rows are dropped; exact repeats are dropped; the same
    term under two groups, or nothing left, raises :class:`CorpusError`.
    """
    if lexicon is None:
        lex = shipped
    elif isinstance(lexicon, dict):
        rows = []
        for name, terms in lexicon.items():
            terms = [terms] if isinstance(terms, str) else list(terms or [])
            rows += [{group: str(name), term: str(t)} for t in terms]
        lex = pd.DataFrame(rows, columns=[group, term])
    elif isinstance(lexicon, pd.DataFrame):
        missing = [c for c in (group, term) if c not in lexicon.columns]
        if missing:
            raise CorpusError(f"{argument} is missing the column(s) {', '.join(missing)}. "
                              f"It needs: {group}, {term} (and optionally note).")
        lex = lexicon
    else:
        raise CorpusError(f"{argument} must be None (the shipped lexicon), a DataFrame with columns "
                          f"{group}, {term}, or a dict {{{group}: [{term}s]}}; got {type(lexicon).__name__}.")
    cols = [group, term] + [c for c in keep if c in lex.columns]
    lex = lex[cols].fillna("").astype(str).copy()
    lex[group] = lex[group].str.strip()
    lex["key"] = lex[term].map(term_key)
    lex = lex[(lex["key"].str.strip("* ") != "") & (lex[group] != "")]
    if lex.empty:
        raise CorpusError(f"{argument} is empty: it has no rows with a {group} and a {term}.")
    lex = lex.drop_duplicates([group, "key"])
    clash = lex[lex["key"].duplicated(keep=False)]
    if not clash.empty:
        pairs = "; ".join(f"{k!r}: {', '.join(g[group])}" for k, g in clash.groupby("key"))
        raise CorpusError(f"{argument} lists the same {term} under several {group}s ({pairs}). "
                          f"Keep each {term} under one {group}.")
    return lex.reset_index(drop=True)
