"""Shared machinery for the lexicon-based analyses (naming, labels, frames, kwic, distinctive).

Private module: nothing here is part of the public API. It provides

* :func:`fold_fast` - the same result as :func:`helpers.text.fold`, but via a per-character
  translation table (built from ``fold`` itself) and cached per text, so a widget that calls an
  analysis on every keystroke folds each paragraph once per session;
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

import pandas as pd

from .errors import CorpusError
from .text import WORD_RE, fold

# ---------------------------------------------------------------- folding
_TABLE: dict[int, str] = {}


@lru_cache(maxsize=262_144)
def fold_fast(text: str) -> str:
    """``helpers.text.fold(text)``, computed with a cached translation table (same result)."""
    if text.isascii():
        return text.lower()
    table = _TABLE
    for ch in set(text):
        if ord(ch) not in table:
            table[ord(ch)] = fold(ch)
    return text.translate(table)


@lru_cache(maxsize=262_144)
def count_words(text: str) -> int:
    """Number of word tokens (as :func:`helpers.text.word_count`), cached per text."""
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

    def depth(node) -> int:
        return max((1 + depth(child) for atom, child in node.items() if atom != ""), default=0)

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


def scan(pattern: re.Pattern, texts) -> tuple[list[int], list[int], list[int], list[int], list[str]]:
    """All matches of ``pattern`` in the folded ``texts``.

    Returns parallel lists: text position, key index, start, end, matched folded string.
    """
    gmap = group_index(pattern)
    rows, keys, starts, ends, forms = [], [], [], [], []
    finditer = pattern.finditer
    for i, text in enumerate(texts):
        if not isinstance(text, str) or not text:
            continue
        for m in finditer(fold_fast(text)):
            rows.append(i)
            keys.append(gmap[m.lastindex])
            starts.append(m.start())
            ends.append(m.end())
            forms.append(m.group())
    return rows, keys, starts, ends, forms


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
def require_table(table, columns, argument: str) -> pd.DataFrame:
    """Check that ``table`` is a DataFrame with ``columns``; return a copy."""
    if not isinstance(table, pd.DataFrame):
        raise CorpusError(f"{argument} must be a pandas DataFrame with columns {', '.join(columns)}; "
                          f"got {type(table).__name__}.")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise CorpusError(f"{argument} is missing the column(s) {', '.join(missing)}. "
                          f"It needs: {', '.join(columns)}.")
    if table.empty:
        raise CorpusError(f"{argument} is empty: there is no text to analyse.")
    return table.copy()


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


def callable_module(module_name: str, func) -> None:
    """Make the module ``module_name`` callable as ``func``.

    ``helpers.labels``, ``helpers.naming`` and ``helpers.kwic`` are both a module and a function
    of the same name. Importing the module (e.g. via ``from helpers import label_lexicon``) binds
    the *module* as the package attribute, so a later ``from helpers import labels`` could return
    the module instead of the function. Calling the module calls the function, so both work.
    """
    import sys
    import types

    class _CallableModule(types.ModuleType):
        def __call__(self, *args, **kwargs):
            return func(*args, **kwargs)

    sys.modules[module_name].__class__ = _CallableModule
