"""Keyword in context (KWIC): every occurrence of a word or phrase, with the words around it.

KWIC is the oldest tool of corpus linguistics and the check every count needs: before you say a
source "uses" a word, read the lines. A word or phrase is matched by the text engine's one policy
(:mod:`helpers._text.patterns`), so ``kwic`` finds exactly what ``labels``, ``tag_themes`` and
``frame_scores`` count for the same term: a hyphen also matches a space or nothing
(``anti-government``), ``dj`` also finds ``Đ`` (``Djedovic``), a short term in capitals (``US``)
matches capitals only, and overlapping occurrences each get a line. Matching is case-,
diacritic- and quote-insensitive (``"vucic"`` finds "Vučić" and "VUCIC") because it runs on
:func:`helpers._text.fold.fold`, which keeps the length of the text, so positions found in the
folded text cut the original text.

Blind spots: KWIC shows words, not meanings: you still have to judge irony, negation and who is
speaking (a word inside quotation marks is the quoted speaker's). The context stops at the
sentence boundary. Five articles are a tiny sample: absence of a word proves little.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from helpers._text.batch import term_matches
from helpers._text.fold import fold, has_word_char
from helpers._text.lexicon import as_list
from helpers._text.patterns import fold_pattern, nested_repeat, term_regex
from helpers._text.programs import re_compile
from helpers.corpus.loading import load_corpus, source_names
from helpers.errors import CorpusError, choice_error, require_table

COLUMNS = ["article_id", "short", "paragraph_id", "sentence_id", "left", "match", "right", "start", "end",
           "text"]


def _compile(pattern, regex: bool) -> re.Pattern:
    if not isinstance(pattern, str):
        raise CorpusError(f"pattern must be a word, a phrase or a regular expression (a str); got "
                          f"{type(pattern).__name__}.")
    if not pattern.strip():
        raise CorpusError("pattern is empty: give a word or phrase to look for, e.g. kwic('Vucic').")
    if regex:
        nested = nested_repeat(pattern)
        if nested is not None:  # catastrophic backtracking: minutes on one long sentence
            raise CorpusError(f"pattern={pattern!r} has {nested}: on a long sentence such a pattern can run "
                              "for minutes. Bound the outer repetition (e.g. r'(?:\\w+\\s){1,5};' instead of "
                              "r'(\\w+\\s?)+;'), or use regex=False.")
        try:
            return re_compile(fold_pattern(pattern), re.IGNORECASE)
        except re.error as exc:
            raise CorpusError(f"pattern={pattern!r} is not a valid regular expression ({exc}). "
                              "Use regex=False to search for the words as written.") from None
    return term_regex(pattern, overlapping=True, argument="pattern")  # checks the term


def _take(chunks: list[str], window: int, from_end: bool) -> tuple[str, bool]:
    """Up to ``window`` words of context, and whether the chunks held more than was taken.

    Punctuation-only chunks (a lone quote mark) are kept but do not count as words.
    """
    out, n = [], 0
    for chunk in (reversed(chunks) if from_end else chunks):
        if has_word_char(chunk):
            if n == window:
                break
            n += 1
        elif n == window:
            break
        out.append(chunk)
    return " ".join(reversed(out) if from_end else out), len(out) < len(chunks)


#: Characters of text read per word of context at first (the stretch grows fourfold as needed).
_REACH_PER_WORD = 64


def _context(text: str, s: int, e: int, window: int) -> tuple[str, str]:
    """The ``window`` words before ``s`` and after ``e``.

    They are read from a stretch of text around the match that grows only as far as needed (so a
    long paragraph costs time in proportion to the context, not to the paragraph).
    """
    sides = []
    for from_end in (True, False):
        reach = _REACH_PER_WORD * (window + 1)
        while True:
            lo, hi = (max(0, s - reach), s) if from_end else (e, min(len(text), e + reach))
            chunks = text[lo:hi].split()
            cut = lo > 0 if from_end else hi < len(text)
            if cut and chunks:  # the chunk at the cut edge may be part of a word
                chunks = chunks[1:] if from_end else chunks[:-1]
            got, more = _take(chunks, window, from_end)
            if more or not cut:
                sides.append(got)
                break
            reach *= 4
    return sides[0], sides[1]


def kwic(pattern, window=8, sentences=None, regex=False, articles=None) -> pd.DataFrame:
    r"""Every match of ``pattern`` with ``window`` words of context on each side.

    Parameters
    ----------
    pattern : a word or phrase (whole words; a trailing ``*`` is a wildcard: ``sanction*``), or
        with ``regex=True`` a Python regular expression (matched on the folded text, ignoring
        case; write ``\b`` yourself for word boundaries).
    window : words of context on each side (default 8; a whole number >= 0).
    sentences : a table with ``article_id, sentence_id, text`` (``paragraph_id`` and ``short``
        optional); default ``load_sentences()``. Not modified.
    regex : treat ``pattern`` as a regular expression.
    articles : an article id or list of ids to search (default all).

    Returns
    -------
    DataFrame
        ``article_id, short`` (the table's ``short`` column, else the articles of the corpus the
        sentences come from, see :func:`helpers.corpus.loading.source_names`; the id when unknown),
        ``paragraph_id, sentence_id``, ``left`` (up to ``window`` words before), ``match`` (as
        written in the text), ``right`` (up to ``window`` words after), ``start, end``
        (character offsets of the match in ``text``) and ``text`` (the sentence), in text order.

    Errors: an empty pattern, an invalid regex, a bad window or an unknown article id raise
    :class:`~helpers.errors.CorpusError`.

    Method: the pattern is compiled once by the text engine and searched in the folded text of
    each sentence; the context is the words (cut at white space) on each side of the match, within
    the sentence. Blind spots: see the module docstring.
    """
    compiled = _compile(pattern, regex)
    if isinstance(window, bool) or not isinstance(window, (int, np.integer)) or window < 0:
        raise CorpusError(f"window must be a whole number of words >= 0; got {window!r}.")
    corpus = load_corpus() if sentences is None else None  # the default corpus: only read here, not copied
    sents = require_table(corpus.sentences if corpus is not None else sentences,
                          ["article_id", "sentence_id", "text"], "sentences", copy=corpus is None)
    aids = sents["article_id"].astype(str)
    wanted = as_list(articles, "articles")
    if wanted is not None:
        known = list(dict.fromkeys(aids))
        for a in wanted:
            if a not in known:
                raise choice_error("articles", a, known)
        sents = sents[aids.isin(wanted).to_numpy()]
        aids = sents["article_id"].astype(str)
    texts = sents["text"].tolist()
    rows, starts, ends = [], [], []
    if regex:  # a regex could match across texts in a joined string: scan each text
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                continue
            for m in compiled.finditer(fold(text)):
                if m.end() > m.start():  # skip empty regex matches
                    rows.append(i)
                    starts.append(m.start())
                    ends.append(m.end())
    else:  # the engine's one policy; overlapping occurrences each get a line
        rows, starts, ends = term_matches(pattern, texts)
    lefts, rights, matches = [], [], []
    for i, s, e in zip(rows, starts, ends, strict=True):
        t = texts[i]
        left, right = _context(t, s, e, window)
        lefts.append(left)
        rights.append(right)
        matches.append(t[s:e])
    pick = np.asarray(rows, dtype=np.int64)
    if "short" in sents.columns:
        short = sents["short"].astype(str).to_numpy()[pick]
    else:
        # the default corpus's articles hold every short name: no second reading of the folder
        names = source_names(aids.unique(), corpus.articles if corpus is not None else sents)
        short = [names[a] for a in aids.to_numpy()[pick]]
    return pd.DataFrame({
        "article_id": aids.to_numpy()[pick],
        "short": short,
        "paragraph_id": (sents["paragraph_id"].astype(str).to_numpy()[pick] if "paragraph_id" in sents.columns
                         else np.full(len(pick), "", dtype=object)),
        "sentence_id": sents["sentence_id"].astype(str).to_numpy()[pick],
        "left": lefts, "match": matches, "right": rights, "start": starts, "end": ends,
        "text": np.asarray(texts, dtype=object)[pick] if len(pick) else [],
    }, columns=COLUMNS)
