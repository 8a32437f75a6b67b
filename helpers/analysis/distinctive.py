"""Distinctive words: which words mark one source off from another (or from the rest of the corpus).

Method: the log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi & Quinn (2008),
"Fightin' Words: Lexical Feature Selection and Evaluation for Identifying the Content of Political
Conflict", *Political Analysis* 16(4), eq. 16-22. For a word w, with y_a and y_b its counts in
source a and in the comparison b, n_a and n_b their token totals, and a prior taken from the whole
corpus (alpha_w = alpha0 * y_w / n, where y_w is the word's count in the corpus and n the corpus
size)::

    delta_w = log((y_a + alpha_w) / (n_a + alpha0 - y_a - alpha_w))
            - log((y_b + alpha_w) / (n_b + alpha0 - y_b - alpha_w))
    var(delta_w) ~= 1 / (y_a + alpha_w) + 1 / (y_b + alpha_w)
    z_w = delta_w / sqrt(var(delta_w))

The prior shrinks rare words towards the corpus rate, so a word used once is not "distinctive"
just because the other side never used it. Positive z: distinctive of a; negative: of b.

Blind spots: five short articles are a tiny sample. With a few hundred words per source, most
counts are 1-5, and the z-scores are fragile: one more sentence can reorder the list, and
|z| > 1.96 does not mean "significant" here (the words are not independent draws). Read the
words as leads to check in context (``kwic``), not as findings. Counting words ignores who
speaks (quoted words count for the outlet), negation and irony; word choice is not stance.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from helpers._text.fold import fold, words
from helpers._text.lexicon import as_list
from helpers._text.parallel import map_slices, total_chars
from helpers.corpus.loading import load_corpus
from helpers.corpus.paths import data_file
from helpers.errors import CorpusError, choice_error, require_table

#: Default alpha0: the prior's total weight in pseudo-words (see the module docstring).
DEFAULT_PRIOR = 500.0
#: Combined count (a + b) below which a row is flagged ``small_sample``.
SMALL_COUNT = 10
COLUMNS = ["article_id", "word", "count_a", "count_b", "rate_a", "rate_b", "log_odds", "variance", "z",
           "small_sample", "sentences"]
WARNING = ("Small sample: these sources have only a few hundred words each, so most counts are 1-5 and "
           "the z-scores are fragile (one sentence more or less can reorder the list). Treat the words "
           "as leads to read in context (kwic), not as findings; |z| > 1.96 is not a significance test here.")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The stop words in ``helpers/data/stopwords.txt`` (one a line, ``#`` for comments)."""
    with open(data_file("stopwords.txt"), encoding="utf-8") as fh:
        return frozenset(w.strip() for w in fh if w.strip() and not w.startswith("#"))


def _norm(w: str, stop) -> str | None:
    """A folded token as counted: None for numbers, stop words and single letters; 's removed."""
    if w[0].isdigit():
        return None
    if w.endswith("'s"):
        w = w[:-2]
    return w if len(w) > 1 and w not in stop else None


def _tokens(text: str, stop) -> list[str]:
    """Folded word tokens of ``text``: no numbers, no stop words, possessive 's removed."""
    return [n for n in (_norm(w, stop) for w in words(fold(text))) if n]


class _Normaliser:
    """Raw folded tokens sorted once into kept, dropped and renamed.

    Kept as they are, dropped (numbers, stop words, single letters) or renamed (possessives:
    ``serbia's`` -> ``serbia``), so that counting an article is set arithmetic on its distinct
    tokens rather than a Python loop over them.
    """

    def __init__(self, stop):
        self.stop = stop
        self.same: set[str] = set()
        self.drop: set[str] = set()
        self.renamed: dict[str, str] = {}

    def counts(self, text: str, folded: str | None = None) -> Counter:
        """Token counts of ``text`` (as :func:`_tokens`); ``folded``: ``fold(text)`` if known."""
        out = Counter(words(fold(text) if folded is None else folded))
        keys = out.keys()
        for w in keys - self.same - self.drop - self.renamed.keys():  # tokens not seen before
            n = _norm(w, self.stop)
            if n is None:
                self.drop.add(w)
            elif n == w:
                self.same.add(w)
            else:
                self.renamed[w] = n
        for w in keys & self.drop:
            del out[w]
        # take every renamed token out before adding any back: a renamed form can itself be a raw
        # token that is renamed ("kosovo's's" -> "kosovo's", "kosovo's" -> "kosovo")
        moved = [(self.renamed[w], out.pop(w)) for w in keys & self.renamed.keys()]
        for n, c in moved:
            out[n] += c
        return out


def _ids(value, argument, known) -> list[str]:
    if isinstance(value, (pd.DataFrame, pd.Series)):
        raise CorpusError(f"{argument} must be an article id or a list of ids, not a table. Pass the "
                          "table as sentences=..., e.g. distinctive_words('005', sentences=table).")
    ids = as_list(value, argument)
    for a in ids:
        if a not in known:
            raise choice_error(argument, a, known)
    return list(dict.fromkeys(ids))


def distinctive_words(a=None, b=None, sentences=None, prior=DEFAULT_PRIOR, min_count=2,
                      stop=None) -> pd.DataFrame:
    """Words distinctive of source ``a`` against ``b`` (or the rest of the corpus).

    Parameters
    ----------
    a : an article id or a list of ids (treated as one source). ``None`` compares *every*
        article with the rest of the corpus (rows for the words each article uses).
    b : an article id or list of ids; default ``None`` = every other article in ``sentences``.
    sentences : a table with ``article_id, sentence_id, text``; default ``load_sentences()``.
        Not modified.
    prior : alpha0, the weight of the corpus-wide prior in pseudo-words (default 500). Larger
        values shrink rare words harder; 0 gives the plain log-odds ratio (and fails for words
        one side never uses).
    min_count : keep words used at least this many times in a and b together (default 2).
    stop : a set of stop words to drop (default :func:`stopwords`, from
        ``helpers/data/stopwords.txt``); pass ``set()`` to keep every word.

    Returns
    -------
    DataFrame
        ``article_id`` (the source a: its id, or ids joined with ``+``), ``word`` (folded: lower
        case, no diacritics, possessive 's removed), ``count_a``, ``count_b``, ``rate_a``,
        ``rate_b`` (per 1,000 counted words, stop words excluded), ``log_odds`` (delta, the
        log-odds ratio a vs b with the prior), ``variance``, ``z`` (delta / sqrt(variance)),
        ``small_sample`` (True if count_a + count_b < 10: do not lean on this z) and
        ``sentences`` (up to 5 ``sentence_id`` in a that use the word: the evidence; left empty
        when ``a=None`` on more than 500 articles). Sorted by z, highest first (the words of a
        at the top, the words of b at the bottom). ``.attrs`` holds ``warning`` (the
        small-sample caution), ``n_a``, ``n_b``, ``prior`` and ``method``.

    Source: Monroe, Colaresi & Quinn (2008), eq. 16-22. Blind spots: see the module docstring
    (tiny sample, fragile z-scores, quotation and negation ignored, words are not stance).
    """
    if isinstance(a, pd.DataFrame):
        raise CorpusError("a must be an article id or a list of ids, not a table. Pass the table as "
                          "sentences=..., e.g. distinctive_words('005', sentences=table).")
    # the default corpus's sentences are only read here: not copied
    sents = require_table(load_corpus().sentences if sentences is None else sentences,
                          ["article_id", "sentence_id", "text"], "sentences", copy=sentences is not None)
    try:
        prior = float(prior)
        min_count = int(min_count)
    except (TypeError, ValueError):
        raise CorpusError(f"prior must be a number >= 0 and min_count a whole number; got {prior!r}, "
                          f"{min_count!r}.") from None
    if not prior >= 0:
        raise CorpusError(f"prior must be >= 0 (pseudo-words of the corpus prior); got {prior!r}.")
    stop = stopwords() if stop is None else frozenset(str(w).lower() for w in stop)
    aids = sents["article_id"].astype(str).to_numpy()
    known = list(dict.fromkeys(aids))
    texts = sents["text"].to_numpy()
    # token counts per article (all sentences of an article joined: one regex pass per article)
    order = np.argsort(aids, kind="stable")
    bounds = np.flatnonzero(aids[order][1:] != aids[order][:-1]) + 1
    groups = [g for g in np.split(order, bounds) if len(g)]

    def count(lo: int, hi: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Distinct words and counts of articles lo..hi-1 (in ``groups`` order), as arrays.

        Returns (words, codes into words, counts, number of distinct words per article).
        """
        norm = _Normaliser(stop)
        words: list[str] = []
        counts: list[int] = []
        lengths = []
        for g in groups[lo:hi]:
            # sentences folded one by one: the folds other analyses made are remembered (text.fold)
            c = norm.counts("", "\n".join(fold(t) for t in texts[g] if isinstance(t, str)))
            words.extend(c.keys())
            counts.extend(c.values())
            lengths.append(len(c))
        codes, uniques = pd.factorize(np.asarray(words, dtype=object))
        return (np.asarray(uniques, dtype=object), codes.astype(np.int64),
                np.asarray(counts, dtype=np.int64), np.asarray(lengths, dtype=np.int64))

    n_chars = total_chars(texts)
    parts = map_slices(count, len(groups), n_chars)
    # one vocabulary, sorted, so that a word's code orders like the word
    gcodes, vocab = pd.factorize(np.concatenate([p[0] for p in parts]), sort=True)
    vocab = np.asarray(vocab, dtype=object)
    offsets = np.cumsum([0] + [len(p[0]) for p in parts])
    codes = np.concatenate([gcodes[offsets[k]:offsets[k + 1]][p[1]]
                            for k, p in enumerate(parts)]).astype(np.int64)
    counts = np.concatenate([p[2] for p in parts])
    lengths = np.concatenate([p[3] for p in parts])
    labels = [aids[g[0]] for g in groups]  # sorted article ids
    total = np.bincount(codes, weights=counts, minlength=len(vocab))
    n = int(counts.sum())
    if n == 0:
        raise CorpusError("sentences has no countable words (after removing numbers and stop words).")
    table = _WordCounts(labels, lengths, codes, counts, vocab, total, n)

    if a is None:
        if b is not None:
            raise CorpusError("b needs a: give a (an article id or list) to compare with b.")
        if len(known) < 2:
            raise CorpusError("distinctive_words needs at least two articles to compare.")
        out = _each_against_rest(table, prior, min_count, n_chars)
        groups = {x: [x] for x in known} if len(known) <= 500 else {}
        n_a = n_b = None
    else:
        ids_a = _ids(a, "a", known)
        ids_b = [x for x in known if x not in ids_a] if b is None else _ids(b, "b", known)
        both = sorted(set(ids_a) & set(ids_b))
        if both:
            raise CorpusError(f"a and b share article(s) {', '.join(both)}: compare disjoint sets.")
        if not ids_b:
            raise CorpusError("b is empty: a covers every article, so there is no rest of the corpus "
                              "to compare with. Give b or a smaller a.")
        ca, cb = table.counter(ids_a), table.counter(ids_b)
        label = "+".join(ids_a)
        out = _compare(ca, cb, table.total_of(), n, prior, min_count, label, only_a=False)
        out = out.sort_values(["z", "word"], ascending=[False, True], kind="stable")
        groups = {label: ids_a}
        n_a, n_b = sum(ca.values()), sum(cb.values())
    out = out.reset_index(drop=True)
    out["sentences"] = _evidence(out, groups, sents, stop)
    out.attrs.update({
        "warning": WARNING, "n_a": n_a, "n_b": n_b, "prior": prior,
        "method": ("log-odds ratio with informative Dirichlet prior "
                   "(Monroe, Colaresi & Quinn 2008, eq. 16-22)"),
    })
    return out[COLUMNS]


def _log_odds(ya, yb, yw, na, nb, n, prior):
    """The log-odds ratio of a word in a vs b, its approximate variance and z-score.

    Monroe, Colaresi & Quinn (2008), with an informative Dirichlet prior
    (alpha_w = prior * y_w / n).

    ``ya``/``yb``: the word's counts in a and b; ``yw``: in the whole corpus (n words); ``na``/``nb``:
    the words of a and b. Arrays or numbers; returns ``(delta, variance, z)``.
    """
    alpha = prior * yw / n
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = (np.log((ya + alpha) / (na + prior - ya - alpha))
                 - np.log((yb + alpha) / (nb + prior - yb - alpha)))
        var = 1.0 / (ya + alpha) + 1.0 / (yb + alpha)
        return delta, var, delta / np.sqrt(var)


class _WordCounts:
    """Word counts of every article, in long form.

    For article ``k`` (``labels[k]``, sorted) its ``lengths[k]`` distinct words
    ``vocab[codes[i]]`` with ``counts[i]``; ``total`` per vocabulary word and ``n`` counted words
    in all. ``vocab`` is sorted.
    """

    def __init__(self, labels, lengths, codes, counts, vocab, total, n):
        self.labels, self.lengths, self.codes, self.counts = labels, lengths, codes, counts
        self.vocab, self.total, self.n = vocab, total, n

    def counter(self, ids) -> Counter:
        """The summed counts of the articles ``ids`` as a Counter (words in vocabulary order)."""
        rows = np.repeat(np.isin(np.asarray(self.labels, dtype=object), list(ids)), self.lengths)
        summed = np.bincount(self.codes[rows], weights=self.counts[rows], minlength=len(self.vocab))
        nz = np.flatnonzero(summed)
        return Counter(dict(zip(self.vocab[nz].tolist(), summed[nz].astype(np.int64).tolist(), strict=True)))

    def total_of(self) -> dict:
        """Corpus count per word."""
        return dict(zip(self.vocab.tolist(), self.total.astype(np.int64).tolist(), strict=True))


def _dense_rank(v: np.ndarray) -> np.ndarray:
    """Each value's rank among the distinct values of ``v``.

    0 = smallest; -0.0 equals 0.0; NaNs last and equal to each other: the same as
    ``np.unique(v, return_inverse=True)[1]`` with one sort less.
    """
    order = np.argsort(v)
    s = v[order]
    new = np.ones(len(s), dtype=bool)
    if len(s) > 1:
        np.not_equal(s[1:], s[:-1], out=new[1:])
        nan = np.isnan(s)
        new[1:] &= ~(nan[1:] & nan[:-1])
    rank = np.empty(len(v), dtype=np.int64)
    rank[order] = np.cumsum(new) - 1
    return rank


def _each_against_rest(t: _WordCounts, prior: float, min_count: int, n_chars: int) -> pd.DataFrame:
    """Every article against the rest of the corpus, vectorised over (article, word) pairs.

    Sorted by article, z (highest first) and word. The statistics and the order of each article's
    rows (:func:`_ranked`) are computed for slices of articles, in worker processes on a large corpus
    (``n_chars`` characters of text: :func:`helpers._text.parallel.map_slices`); the slices' rows,
    put end to end, are in article order.
    """
    na_of = _article_totals(t)
    parts = map_slices(lambda lo, hi: _ranked(t, na_of, prior, min_count, lo, hi), len(t.labels), n_chars)
    idx, delta, var, z = (np.concatenate([p[k] for p in parts]) for k in range(4))
    article = np.repeat(np.arange(len(t.labels)), t.lengths)[idx]
    ya = t.counts[idx].astype(float)
    yb = t.total[t.codes[idx]] - ya
    na = na_of[article]
    nb = t.n - na
    with np.errstate(divide="ignore", invalid="ignore"):
        rate_a = np.round(1000 * ya / na, 2)
        rate_b = np.where(nb > 0, np.round(1000 * yb / np.maximum(nb, 1), 2), 0.0)
    out = pd.DataFrame({
        "article_id": np.asarray(t.labels, dtype=object)[article], "word": t.vocab[t.codes[idx]],
        "count_a": ya.astype(int), "count_b": yb.astype(int), "rate_a": rate_a,
        "rate_b": rate_b, "log_odds": delta, "variance": var, "z": z,
        "small_sample": (ya + yb) < SMALL_COUNT,
    })
    if out.empty:  # text columns stay text when no word is kept
        out[["article_id", "word"]] = out[["article_id", "word"]].astype("str")
    return out


def _article_totals(t: _WordCounts) -> np.ndarray:
    """Counted words of each article (floats, as the statistics use them)."""
    ends = np.cumsum(t.lengths)
    cum = np.concatenate([[0.0], np.cumsum(t.counts.astype(float))])
    return cum[ends] - cum[ends - t.lengths]


def _ranked(t: _WordCounts, na_of: np.ndarray, prior: float, min_count: int, lo: int, hi: int) -> tuple:
    """The kept (article, word) pairs of articles ``lo..hi-1`` in output order, with their statistics.

    Returns ``(pairs, delta, variance, z)``: ``pairs`` indexes the rows of ``t`` (its ``codes`` and
    ``counts``), sorted by article, z (highest first, NaN last) and word; the other three arrays are
    the pairs' statistics in that order (:func:`_log_odds` against the rest of the corpus).
    """
    first = int(t.lengths[:lo].sum())
    article = np.repeat(np.arange(hi - lo), t.lengths[lo:hi])
    codes = t.codes[first:first + len(article)]
    ya = t.counts[first:first + len(article)].astype(float)
    yw = t.total[codes]
    na = na_of[lo:hi][article]
    yb, nb = yw - ya, t.n - na
    idx = np.flatnonzero((ya + yb) >= min_count)
    delta, var, z = _log_odds(ya[idx], yb[idx], yw[idx], na[idx], nb[idx], t.n, prior)
    # article ascending, z descending (NaN last), word ascending (codes order like words): one
    # integer key (article, rank of -z, word code) sorts faster than a three-key lexsort
    zrank = _dense_rank(-z)
    n_words, n_ranks = len(t.vocab), int(zrank.max()) + 1 if len(zrank) else 1
    if (hi - lo) * n_ranks * n_words < 2**62:
        order = np.argsort((article[idx] * n_ranks + zrank) * n_words + codes[idx], kind="stable")
    else:  # pragma: no cover - beyond int64: the three-key sort
        order = np.lexsort((codes[idx], -z, article[idx]))
    return idx[order] + first, delta[order], var[order], z[order]


def _compare(ca: Counter, cb: Counter, total: Counter, n: int, prior: float, min_count: int,
             label: str, only_a: bool) -> pd.DataFrame:
    """The Monroe et al. statistics for every word of a (and of b unless ``only_a``)."""
    words = list(ca) if only_a else list(set(ca) | {w for w, c in cb.items() if c > 0})
    ya = np.fromiter((ca.get(w, 0) for w in words), dtype=float, count=len(words))
    yb = np.fromiter((cb.get(w, 0) for w in words), dtype=float, count=len(words))
    yw = np.fromiter((total[w] for w in words), dtype=float, count=len(words))
    na, nb = float(sum(ca.values())), float(sum(v for v in cb.values() if v > 0))
    keep = (ya + yb) >= min_count
    words = [w for w, k in zip(words, keep, strict=True) if k]
    ya, yb, yw = ya[keep], yb[keep], yw[keep]
    delta, var, z = _log_odds(ya, yb, yw, na, nb, n, prior)
    return pd.DataFrame({
        "article_id": label, "word": words, "count_a": ya.astype(int), "count_b": yb.astype(int),
        "rate_a": np.round(1000 * ya / na, 2) if na else 0.0,
        "rate_b": np.round(1000 * yb / nb, 2) if nb else 0.0,
        "log_odds": delta, "variance": var, "z": z, "small_sample": (ya + yb) < SMALL_COUNT,
    })


def _evidence(out: pd.DataFrame, groups: dict, sents: pd.DataFrame, stop) -> list[str]:
    """Up to 5 sentence ids of source a using each word ("" where not computed)."""
    if out.empty or not groups:
        return [""] * len(out)
    wanted: dict[str, set] = {}
    for label, w in zip(out["article_id"], out["word"], strict=True):
        wanted.setdefault(label, set()).add(w)
    found: dict[tuple[str, str], list[str]] = {}
    aids = sents["article_id"].astype(str).to_numpy()
    for label, ids in groups.items():
        words = wanted.get(label, set())
        mask = np.isin(aids, ids)
        sids, texts = sents["sentence_id"].to_numpy()[mask], sents["text"].to_numpy()[mask]
        for sid, text in zip(sids, texts, strict=True):
            if not isinstance(text, str):
                continue
            for w in dict.fromkeys(_tokens(text, stop)):
                if w in words:
                    lst = found.setdefault((label, w), [])
                    if len(lst) < 5:
                        lst.append(str(sid))
    return ["; ".join(found.get((label, w), []))
            for label, w in zip(out["article_id"], out["word"], strict=True)]
