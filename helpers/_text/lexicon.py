"""Lexicon preparation: a lexicon given as a table or a dict, checked and given its normal forms.

Private module of the text engine. :func:`prepare_lexicon` turns what a student passes
(``None`` for the shipped CSV, a DataFrame, or a dict ``{group: [terms]}``) into one table with
a ``key`` column (:func:`helpers._text.patterns.term_key`), with clear errors for bad input.
:func:`as_list` and :func:`join_ids` are the small table helpers the analyses share.
"""

from __future__ import annotations

import pandas as pd

from helpers._text.batch import ScanCache, count_words, scan, word_counts  # noqa: F401 - one import place
from helpers._text.patterns import term_key
from helpers._text.quotation import quoted_flags  # noqa: F401
from helpers.errors import CorpusError


# ---------------------------------------------------------------- table checks
def as_list(value, argument: str) -> list[str]:
    """A str or an iterable of str as a list of str (``None`` stays ``None``).

    Parameters
    ----------
    value : str, iterable or None
        What a student passed (``"000"``, ``["000", "001"]``).
    argument : str
        The argument's name, for the error message.

    Returns
    -------
    list of str or None
        The values as strings; an empty list or a non-iterable raises ``CorpusError``.
    """
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
    """Unique values in first-seen order, joined with '; '.

    Parameters
    ----------
    values : iterable of str
        Ids (sentence ids of the matches).

    Returns
    -------
    str
        ``"000-p01-s000; 000-p02-s001"``.
    """
    return "; ".join(dict.fromkeys(values))


def prepare_lexicon(lexicon, shipped: pd.DataFrame, group: str, term: str,
                    argument: str = "lexicon", keep=(), shared: bool = False) -> pd.DataFrame:
    """A lexicon as a DataFrame with ``group, term, key`` (+ ``keep`` columns if present).

    ``lexicon`` is ``None`` (use ``shipped``), a DataFrame with ``group`` and ``term`` columns,
    or a dict ``{group: [terms]}``. Blank rows are dropped; exact repeats are dropped; the same
    term under two groups (unless ``shared``), or nothing left, raises :class:`CorpusError`.

    Parameters
    ----------
    lexicon : None, DataFrame or dict
        What the student passed.
    shipped : DataFrame
        The shipped lexicon (used for ``None``).
    group, term : str
        The names of the group and term columns (``"category", "term"``; ``"referent", "variant"``).
    argument : str
        The argument's name, for error messages.
    keep : sequence of str
        Other columns to keep when present (``note``).
    shared : bool
        A term may stand under several groups (a frame dictionary: it counts for each).

    Returns
    -------
    DataFrame
        Columns ``<group>, <term>`` (+ ``keep``) and ``key`` (the normal form,
        :func:`helpers._text.patterns.term_key`), one row per term.
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
    if not clash.empty and not shared:
        pairs = "; ".join(f"{k!r}: {', '.join(g[group])}" for k, g in clash.groupby("key"))
        raise CorpusError(f"{argument} lists the same {term} under several {group}s ({pairs}). "
                          f"Keep each {term} under one {group}.")
    return lex.reset_index(drop=True)
