"""A lexicon over many texts at once: parallel arrays of matches, and an incremental cache.

:func:`scan` is what the table-producing analyses call (labels, naming, frames): every match of a
lexicon in a list of texts, as numpy arrays. On a large corpus the texts are scanned in worker
processes (:mod:`helpers._text.parallel`). Nothing is kept between calls unless the caller keeps
it: a :class:`ScanCache` passed as ``cache=`` holds the last scan of one list of texts and is
updated incrementally (the frame-editor view keeps one: it re-scores the same texts with a
dictionary that differs by one word per keystroke, and only texts where an added word occurs, or
where a removed word had matched, are scanned again).
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import numpy as np
import pandas as pd

from helpers._text.fold import WORD_RE, fold
from helpers._text.joined import join_texts
from helpers._text.parallel import map_slices, total_chars
from helpers._text.patterns import is_acronym, term_regex
from helpers._text.scan import compile_lexicon

_SEP = "\x1f"  # between the group and the key of an entry id


@lru_cache(maxsize=1_048_576)
def count_words(text: str) -> int:
    """Number of word tokens (as :func:`helpers._text.fold.word_count`), remembered per text.

    Parameters
    ----------
    text : str
        A sentence, paragraph or article.

    Returns
    -------
    int
        The number of words (letters with inner apostrophes or hyphens; numbers).
    """
    return len(WORD_RE.findall(text))


def _scan_texts(lex, texts, which, overlap: str, words: bool = False) -> tuple:
    """Matches of ``lex`` in ``texts[i]`` for ``i`` in ``which``: (text, entry, start, end, form)
    arrays and, with ``words=True``, a sixth: the word count of each text in ``which``."""
    which = list(which)

    def scan_slice(lo: int, hi: int) -> tuple:
        rows, ents, starts, ends, forms = [], [], [], [], []
        for i in which[lo:hi]:
            text = texts[i]
            folded = fold(text)
            for s, e, k in lex.find(text, folded, overlap):
                rows.append(i)
                ents.append(k)
                starts.append(s)
                ends.append(e)
                forms.append(folded[s:e])
        ints = [np.asarray(x, dtype=np.int64) for x in (rows, ents, starts, ends)]  # compact to send back
        if words:
            return (*ints, forms, np.asarray([count_words(texts[i]) for i in which[lo:hi]], dtype=np.int64))
        return (*ints, forms)

    parts = map_slices(scan_slice, len(which), total_chars(texts[i] for i in which))
    if len(parts) == 1:
        return parts[0]
    return tuple([f for part in parts for f in part[k]] if k == 4
                 else np.concatenate([part[k] for part in parts])
                 for k in range(len(parts[0])))


class ScanCache:
    """The last scan of one list of texts, updated incrementally when the lexicon changes.

    Only texts where an added entry's term occurs on its own (found with one search over all
    texts joined) or where a removed entry had matched are scanned again; the others keep their
    matches, which are provably the same under the new lexicon (a term can only change the
    matches of a text it occurs in). Given other texts, it starts again from nothing. Kept by
    whoever creates it (a view), never by this module: pass it to :func:`scan` as ``cache=``.
    """

    def __init__(self, texts: tuple = ()):
        self.reset(tuple(texts))

    def reset(self, texts: tuple) -> None:
        """Forget everything and hold ``texts`` (not yet scanned)."""
        self.texts = texts
        self.ids: tuple = ()
        self.overlap = None
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
        """Indices of the texts where ``key`` matches on its own (remembered per key)."""
        hit = self._single.get(key)
        if hit is None:
            if self._big is None:
                folded = [fold(t) for t in self.texts]
                self._big = "\x00".join(folded)
                lengths = np.fromiter((len(f) + 1 for f in folded), dtype=np.int64, count=len(folded))
                self._offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
            pos = np.fromiter((m.start() for m in term_regex(key).finditer(self._big)), dtype=np.int64)
            hit = np.unique(np.searchsorted(self._offsets, pos, side="right") - 1)
            if len(self._single) > 4096:
                self._single.clear()
            self._single[key] = hit
        return hit

    def _which(self, ids: tuple, overlap: str):
        """The texts to scan again for the entries ``ids``."""
        old, new = set(self.ids), set(ids)
        added, removed = new - old, old - new
        if not self.ids or overlap != self.overlap or len(added) + len(removed) > 8:
            return range(len(self.texts))
        affected = set()
        for k in added:
            affected.update(self._texts_with(k.split(_SEP)[-1]).tolist())
        if removed:
            affected.update(self.rows[np.isin(self.kstr, list(removed))].tolist())
        return sorted(affected)

    def update(self, ids: tuple, lex, overlap: str) -> None:
        """Bring the matches up to date with the entries ``ids`` (compiled as ``lex``)."""
        if ids == self.ids and overlap == self.overlap:
            return
        which = self._which(ids, overlap)
        n = len(self.texts)
        if len(which) == n:
            keep = np.zeros(len(self.rows), dtype=bool)
        else:
            keep = ~np.isin(self.rows, np.asarray(which, dtype=np.int64))
        count = self.words is None and len(which) == n  # word counts come with the first full scan
        rows, kidx, starts, ends, forms, *counted = _scan_texts(lex, self.texts, which, overlap, words=count)
        if counted:
            self.words = np.asarray(counted[0], dtype=np.int64)
        karr = np.asarray(ids, dtype=object)
        self.rows = np.concatenate([self.rows[keep], np.asarray(rows, dtype=np.int64)])
        self.kstr = np.concatenate([self.kstr[keep], karr[np.asarray(kidx, dtype=np.int64)]]) \
            if len(kidx) else self.kstr[keep]
        self.starts = np.concatenate([self.starts[keep], np.asarray(starts, dtype=np.int64)])
        self.ends = np.concatenate([self.ends[keep], np.asarray(ends, dtype=np.int64)])
        self.forms = np.concatenate([self.forms[keep], np.asarray(list(forms) + [""], dtype=object)[:-1]])
        order = np.lexsort((self.starts, self.rows))
        self.rows, self.kstr, self.forms = self.rows[order], self.kstr[order], self.forms[order]
        self.starts, self.ends = self.starts[order], self.ends[order]
        self.ids, self.overlap = ids, overlap


def scan(keys: tuple[str, ...], texts, forms: bool = False, words=None, groups=None, overlap: str = "none",
         cache: ScanCache | None = None):
    """All matches of the lexicon ``keys`` (normal forms) in ``texts``.

    Parameters
    ----------
    keys : tuple of str
        Normal forms from :func:`helpers._text.patterns.term_key`; with ``groups``, one per entry
        (a key may repeat under another group).
    texts : sequence of str
        The texts (not folded; anything not a str counts as empty).
    forms : bool
        Also return the matched words (folded).
    words : array or callable, optional
        The word count of each text when already known, or a function returning them (called
        only if ``cache`` has none yet); afterwards ``cache.words`` holds them.
    groups : sequence, optional
        The group of each entry, for ``overlap="group"``.
    overlap : {"none", "group", "contained", "all"}
        How overlapping matches are resolved (see :mod:`helpers._text.scan`).
    cache : ScanCache, optional
        The caller's incremental cache for these texts (updated in place; reset first if it holds
        other texts). Default: a fresh one, dropped on return (a full scan).

    Returns
    -------
    tuple of numpy arrays
        Parallel arrays sorted by text then position: text index, entry index (into ``keys``),
        start, end (character offsets in the original text) and, with ``forms=True``, the
        matched folded words.
    """
    texts = tuple(t if isinstance(t, str) else "" for t in texts)
    keys = tuple(keys)
    if groups is not None:
        groups = tuple(str(g) for g in groups)
        ids = tuple(f"{g}{_SEP}{k}" for g, k in zip(groups, keys, strict=True))
    else:
        ids = keys
    lex = compile_lexicon(keys, groups)
    if cache is None:
        cache = ScanCache(texts)
    elif cache.texts != texts:
        cache.reset(texts)
    if words is not None and cache.words is None:
        cache.words = np.asarray(words() if callable(words) else words, dtype=np.int64)
    cache.update(ids, lex, overlap)
    kidx = pd.Index(ids).get_indexer(cache.kstr).astype(np.int64) if len(cache.kstr) else \
        np.zeros(0, dtype=np.int64)
    out = (cache.rows.copy(), kidx, cache.starts.copy(), cache.ends.copy())
    return out + (cache.forms.copy(),) if forms else out


def word_counts(texts) -> np.ndarray:
    """The word count of each text (:func:`count_words`).

    Parameters
    ----------
    texts : sequence of str
        The texts.

    Returns
    -------
    numpy.ndarray
        One integer per text.
    """
    texts = tuple(t if isinstance(t, str) else "" for t in texts)
    return np.fromiter((count_words(t) for t in texts), dtype=np.int64, count=len(texts))


def term_matches(term: str, texts, argument: str = "pattern") -> tuple[list[int], list[int], list[int]]:
    """Every occurrence of one term in ``texts``, overlapping ones included (a concordance).

    Parameters
    ----------
    term : str
        A word or phrase as written (the policy of :mod:`helpers._text.patterns`).
    texts : sequence of str
        The texts (not folded; anything not a str counts as empty).
    argument : str
        The name used in error messages.

    Returns
    -------
    tuple of lists
        ``rows, starts, ends``: text index and character offsets of each occurrence, in text
        order; "serbia serbia" occurs twice in "Serbia Serbia Serbia".
    """
    pattern = term_regex(term, argument=argument)  # starts with its literal characters: a fast search
    texts = [t if isinstance(t, str) else "" for t in texts]
    folded = [fold(t) for t in texts]
    caps = is_acronym(term)
    joined, offsets = join_texts(folded)
    rows, starts, ends = [], [], []
    m = pattern.search(joined)
    while m is not None:  # the next search starts one character on: overlapping occurrences too
        s, e = m.span()
        i = bisect.bisect_right(offsets, s) - 1
        a, b = s - offsets[i], e - offsets[i]
        if b <= len(folded[i]) and not (caps and not texts[i][a:b].isupper()):  # words cannot cross texts
            rows.append(i)
            starts.append(a)
            ends.append(b)
        m = pattern.search(joined, s + 1)
    return rows, starts, ends
