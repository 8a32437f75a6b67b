"""Which themes each article covers, and which it leaves out: a dictionary of theme terms.

Framing starts with selection: what a text makes salient and what it omits (Entman 1993). This
module tags every body paragraph with the course's twelve themes (``sanctions, eu_accession,
russia_ties, china_ties, arms_exports, protests_democracy, energy_nis, kosovo, novi_sad,
war_in_ukraine, other_governments, lithium_economy``) and builds a source x theme coverage table
whose empty cells are reported as *silent* (whether a silence is an omission is a reading the
student makes, with the article's date and the timeline beside it, not a label the tool prints).

Method (dictionary-based): the terms of ``helpers/data/themes.csv`` (columns ``theme, label,
term, note``) are folded with :func:`helpers._text.fold.fold` (case-, diacritic- and
quote-insensitive) and compiled into **one** alternation regex with word boundaries by the text
engine (:mod:`helpers._text.patterns`: the same policy as ``kwic`` and ``labels``): a ``*`` at the
end of a word is a suffix wildcard (``sanction*``, ``impos* sanctions``); a hyphen also matches a
space or nothing; a short term in capitals (``NIS``) matches capitals only. Each paragraph is
scanned once. When terms overlap, a term lying inside a longer term is dropped, even across
themes: "sanctions on Russia" counts for ``sanctions`` only, not also as a mention of Russia for
``russia_ties``; "Russia's war" counts for ``war_in_ukraine``; "Russian gas" and "the Russian
stake" count for ``energy_nis`` only. The phrases of
``helpers/data/theme_stops.csv`` (columns ``term, note``) are matched with the themes' terms but
tag nothing: they are the other senses of theme words ("UN membership" is not EU membership, "with
open arms" is not arms, a "party rally" is no protest), so a theme term
inside one of them does not count. They apply to every lexicon; pass ``stops=()`` to switch them
off.

Blind spots: a dictionary sees words, not meaning. It misses a theme written in other words (the
NGO appeal's "several other states" for Venezuela and Belarus), counts a passing mention as
coverage (Kosovo in a list of candidate countries), and cannot see irony or negation ("no link to
the canopy collapse" still tags ``novi_sad``). A city's name alone is a place, so "Novi Sad" tags
``novi_sad`` only inside a phrase about the disaster ("Novi Sad tragedy", "station collapse"; the
death toll only with its noun, "killed 16 people", which another event with that toll would also
match): "answering for Novi Sad", meaning the disaster, is missed. Most misses on the annotated
practice articles are paragraphs whose theme is clear only from the article around them ("the
company" for NIS, "the plant" for a Chinese-owned mill). A silent cell means the *words* are
absent, not that the topic is. Five articles are a tiny sample. Check the evidence columns before you
interpret a number.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from helpers._text.parallel import map_slices, total_chars
from helpers._text.patterns import term_key
from helpers._text.scan import Lexicon
from helpers.analysis.actors import _fold_many, _names, _short_names
from helpers.corpus.paths import data_file
from helpers.errors import CorpusError, choice_error, require_same_articles, require_table
from helpers.keys import THEMES  # the course's theme keys, in display order

LEXICON_COLUMNS = ["theme", "label", "term", "note"]
STOP_COLUMNS = ["term", "note"]
TAG_COLUMNS = ["article_id", "paragraph_id", "theme", "label", "matched", "n_matches", "text"]
COVERAGE_COLUMNS = ["article_id", "short", "theme", "label", "paragraphs", "share", "silent", "note"]
#: The ``note`` of a source whose text does not look English (``load_articles()["language_warning"]``):
#: the views show it instead of "silent", since an English dictionary finds nothing there.
NOT_ANALYSED = "not analysed: the dictionaries are English and this text looks like another language"


@lru_cache(maxsize=1)
def _shipped_lexicon() -> pd.DataFrame:
    return pd.read_csv(data_file("themes.csv"), dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def _shipped_stops() -> tuple[str, ...]:
    table = pd.read_csv(data_file("theme_stops.csv"), dtype=str, keep_default_na=False)
    return tuple(table["term"])


def _prepare_stops(stops) -> tuple[str, ...]:
    """The stop phrases as a tuple of terms (default: ``theme_stops.csv``)."""
    if stops is None:
        return _shipped_stops()
    if isinstance(stops, str):
        stops = [stops]
    if isinstance(stops, pd.DataFrame):
        stops = require_table(stops, ["term"], "stops", "theme_stops.csv")["term"].tolist()
    return tuple(str(t) for t in stops)


def _prepare_lexicon(lexicon) -> pd.DataFrame:
    if lexicon is None:
        table = _shipped_lexicon()
    elif isinstance(lexicon, dict):
        if not lexicon:
            raise CorpusError("lexicon is an empty dict. Give {theme: [terms, ...]}.")
        rows = []
        for theme, terms in lexicon.items():
            terms = [terms] if isinstance(terms, str) else list(terms)
            if not terms:
                raise CorpusError(f"lexicon[{theme!r}] has no terms. Give at least one term.")
            rows += [(str(theme), str(theme), t, "") for t in terms]
        table = pd.DataFrame(rows, columns=LEXICON_COLUMNS)
    else:
        table = require_table(lexicon, ["theme", "term"], "lexicon", "themes.csv")
    table = table.copy()
    if "label" not in table.columns:
        table["label"] = table["theme"]
    if "note" not in table.columns:
        table["note"] = ""
    table = table[LEXICON_COLUMNS].fillna("").astype(str)
    table["label"] = table["label"].where(table["label"].str.strip() != "", table["theme"])
    if (table["theme"].str.strip() == "").any():
        raise CorpusError("lexicon: a row has an empty theme. Fill it in or delete the row.")
    return table.reset_index(drop=True)


def themes(lexicon=None) -> pd.DataFrame:
    """The theme table: one row per theme, in the course's order (:data:`helpers.keys.THEMES`).

    Parameters
    ----------
    lexicon : DataFrame or dict, optional
        An edited lexicon (``theme, label, term, note`` or ``{theme: [terms]}``); default the
        shipped ``themes.csv``.

    Returns
    -------
    DataFrame
        Columns ``theme, label, description, n_terms``.

    ``description`` is the ``note`` of the theme's first row in ``helpers/data/themes.csv`` (an
    instructor can edit it there); ``n_terms`` counts its dictionary terms. Pass an edited
    lexicon (DataFrame with ``theme, label, term, note`` or a dict ``{theme: [terms]}``) to see
    its summary.
    """
    table = _prepare_lexicon(lexicon)
    rows = []
    for theme, grp in table.groupby("theme", sort=False):
        notes = [n for n in grp["note"] if n.strip()]
        rows.append((theme, grp["label"].iloc[0], notes[0] if notes else "", int(len(grp))))
    out = pd.DataFrame(rows, columns=["theme", "label", "description", "n_terms"])
    order = {t: i for i, t in enumerate(THEMES)}
    out["_o"] = out["theme"].map(lambda t: order.get(t, len(order)))
    return out.sort_values("_o", kind="stable").drop(columns="_o").reset_index(drop=True)


class _ThemeMatcher:
    """The theme lexicon and the stop phrases, compiled together by the text engine.

    One :class:`helpers._text.scan.Lexicon`: entries ``0..n-1`` are the terms, the rest stop phrases.
    """

    def __init__(self, table: pd.DataFrame, stops: tuple[str, ...] = ()):
        self.table = table
        self.theme = list(table["theme"])
        self.term = list(table["term"])
        self.n_terms = len(self.term)
        keys = [term_key(t) for t in self.term] + [term_key(t) for t in stops]
        self.lexicon = Lexicon(tuple(keys), None, "lexicon")

    def find(self, text: str, folded: str) -> list[tuple[int, int, int]]:
        """Kept ``(start, end, row)`` matches.

        A match inside a longer one is dropped (even of another theme, or inside a stop phrase),
        partial overlaps stay, the same term under two themes counts for both; stop phrases
        themselves are not returned.
        """
        n = self.n_terms
        return [m for m in self.lexicon.find(text, folded, "contained") if m[2] < n]


@lru_cache(maxsize=1)
def _shipped_matcher() -> _ThemeMatcher:
    return _ThemeMatcher(_prepare_lexicon(None), _shipped_stops())


def tag_themes(paragraphs=None, lexicon=None, themes=None, stops=None) -> pd.DataFrame:
    """Tag paragraphs with themes: one row per (paragraph, theme) that matched.

    Parameters
    ----------
    paragraphs : DataFrame, optional
        Columns ``article_id, paragraph_id, text`` (default: ``load_paragraphs(kinds=BODY_KINDS)``,
        the body paragraphs and list items). Any corpus with these columns works.
    lexicon : DataFrame or dict, optional
        An edited copy of ``helpers/data/themes.csv`` (``theme, label, term, note``) or a dict
        ``{theme: [term, ...]}``. Terms: whole words, case/diacritic-insensitive, ``*`` suffix wildcard.
    themes : str or list, optional
        Keep only these themes (unknown names raise ``CorpusError`` listing the allowed ones).
    stops : list of str or DataFrame, optional
        Phrases in which a theme word has another sense ("UN membership", "with open arms"): a
        term inside one does not count. Default ``helpers/data/theme_stops.csv`` (column ``term``);
        ``stops=()`` switches them off.

    Returns
    -------
    DataFrame
        Columns ``article_id, paragraph_id, theme, label, matched, n_matches, text``:
        ``matched`` lists the words found (as printed, ``"; "``-joined, first occurrence order,
        no repeats), ``n_matches`` counts all matches, ``text`` is the paragraph (the evidence).
        Paragraphs with no theme have no row (see :func:`coverage_matrix` for the zeros).

    Method: dictionary look-up with one compiled regex (see the module docstring); Entman (1993)
    for selection and salience. Blind spots: words, not meaning (see the module docstring).
    """
    if paragraphs is None:  # the default corpus's body paragraphs (a selection: nothing to copy)
        from helpers.corpus.cleaning import BODY_KINDS
        from helpers.corpus.loading import load_corpus
        table = load_corpus().paragraphs
        paragraphs = require_table(table[table["kind"].isin(BODY_KINDS)],
                                   ["article_id", "paragraph_id", "text"],
                                   "paragraphs", "load_paragraphs()", copy=False)
    else:
        paragraphs = require_table(paragraphs, ["article_id", "paragraph_id", "text"], "paragraphs",
                                   "load_paragraphs()")
    if lexicon is None and stops is None:
        matcher = _shipped_matcher()
    else:
        matcher = _ThemeMatcher(_prepare_lexicon(lexicon), _prepare_stops(stops))
    known = list(dict.fromkeys(matcher.theme))
    keep = _names(themes, "themes", known)
    labels = dict(zip(matcher.table["theme"], matcher.table["label"]))

    texts = ["" if not isinstance(t, str) else t for t in paragraphs["text"].tolist()]
    folded = _fold_many(texts)
    aids = paragraphs["article_id"].astype(str).tolist()
    pids = paragraphs["paragraph_id"].astype(str).tolist()
    rank = {t: k for k, t in enumerate(known)}

    def tag(lo: int, hi: int) -> list[tuple]:
        """(paragraph index, theme, matched, n_matches) for paragraphs lo..hi-1."""
        found_rows = []
        for i in range(lo, hi):
            text = texts[i]
            found: dict[str, list[str]] = {}
            counts: dict[str, int] = {}
            for s, e, row in matcher.find(text, folded[i]):
                th = matcher.theme[row]
                words = " ".join(text[s:e].split())
                lst = found.setdefault(th, [])
                if words.lower() not in (w.lower() for w in lst):
                    lst.append(words)
                counts[th] = counts.get(th, 0) + 1
            for th in sorted(found, key=rank.__getitem__):
                found_rows.append((i, th, "; ".join(found[th]), counts[th]))
        return found_rows

    found = [row for part in map_slices(tag, len(texts), total_chars(texts)) for row in part]
    idx = np.fromiter((r[0] for r in found), dtype=np.int64, count=len(found))
    theme_col = [r[1] for r in found]

    def strings(values) -> np.ndarray:  # an object array: an empty column stays text, not float
        return np.asarray(values, dtype=object)

    out = pd.DataFrame({
        "article_id": np.asarray(aids, dtype=object)[idx],
        "paragraph_id": np.asarray(pids, dtype=object)[idx],
        "theme": strings(theme_col), "label": strings([labels[t] for t in theme_col]),
        "matched": strings([r[2] for r in found]),
        "n_matches": np.fromiter((r[3] for r in found), dtype=np.int64, count=len(found)),
        "text": np.asarray(texts, dtype=object)[idx],
    }, columns=TAG_COLUMNS)
    if keep is not None:
        out = out[out["theme"].isin(keep)].reset_index(drop=True)
    out["n_matches"] = out["n_matches"].astype(int)
    return out


def coverage_matrix(tagged=None, articles=None, value="paragraphs", wide=False) -> pd.DataFrame:
    """Source x theme coverage, in long form (one row per article and theme, zeros included).

    Parameters
    ----------
    tagged : DataFrame, optional
        Output of :func:`tag_themes` (default: ``tag_themes()`` on the shipped corpus). Must have
        ``article_id, paragraph_id, theme``.
    articles : DataFrame, optional
        The sources and their size: columns ``article_id`` and either ``n_paragraphs`` (as in
        ``load_articles()``) or ``paragraph_id`` (a paragraphs table: body paragraphs are counted);
        ``short`` is used when present. Default: ``load_articles()``. Pass your own when ``tagged``
        comes from another corpus: an article of ``tagged`` that ``articles`` lacks raises
        :class:`CorpusError` (its rows would be lost).
    value : {"paragraphs", "share"}
        The value put in the cells when ``wide=True``.
    wide : bool
        Long form (default) or a source x theme table.

    Returns
    -------
    DataFrame
        ``wide=False``: long form with columns
        ``article_id, short, theme, label, paragraphs, share, silent`` where ``paragraphs`` counts
        the source's paragraphs tagged with the theme, ``share`` = paragraphs / the source's body
        paragraphs, ``silent`` = True when the source never touches the theme (the omission view),
        ``note`` = :data:`NOT_ANALYSED` for a source whose text does not look English (its
        ``language_warning`` in ``articles``), else ``""``.
        ``wide=True``: a source x theme table of ``value`` (rows = ``short``), the same as
        ``long.pivot(index="short", columns="theme", values=value)``.

    Method: counts of :func:`tag_themes` rows (Entman 1993: salience and omission). Blind spots:
    a silent cell means the dictionary's words are absent, not that the topic is; a long article
    has more chances to touch a theme (compare ``share``, not ``paragraphs``).
    """
    if value not in ("paragraphs", "share"):
        raise choice_error("value", value, ["paragraphs", "share"])
    if tagged is None:
        tagged = tag_themes()
    elif (not isinstance(tagged, pd.DataFrame)
          or not {"article_id", "paragraph_id", "theme"} <= set(tagged.columns)):
        raise CorpusError("tagged must be the DataFrame returned by tag_themes() (columns article_id, "
                          "paragraph_id, theme, ...).")
    if articles is None:
        from helpers.corpus.loading import load_articles
        articles = load_articles()
    articles = require_table(articles, ["article_id"], "articles", "load_articles()")
    if "n_paragraphs" in articles.columns:
        sizes = articles.drop_duplicates("article_id").set_index("article_id")["n_paragraphs"]
        short = (articles.drop_duplicates("article_id").set_index("article_id")["short"]
                 if "short" in articles.columns else None)
    elif "paragraph_id" in articles.columns:
        body = articles
        if "kind" in articles.columns:
            from helpers.corpus.cleaning import BODY_KINDS
            body = articles[articles["kind"].isin(BODY_KINDS)]
        sizes = body.groupby("article_id")["paragraph_id"].nunique()
        short = None
    else:
        raise CorpusError("articles needs a column n_paragraphs (like load_articles()) or paragraph_id "
                          "(a paragraphs table) to compute shares.")
    sizes.index = sizes.index.astype(str)
    ids = list(sizes.index)
    require_same_articles(tagged["article_id"].unique(), ids, "tagged", "coverage_matrix")
    if short is None:
        names = _short_names(ids, articles)
    else:
        short.index = short.index.astype(str)
        names = {a: (short.get(a) or a) for a in ids}
    theme_table = themes()
    theme_keys = list(theme_table["theme"])
    labels = dict(zip(theme_table["theme"], theme_table["label"]))
    extra = [t for t in dict.fromkeys(tagged["theme"]) if t not in labels]
    if extra and "label" in tagged.columns:
        labels.update(dict(zip(tagged["theme"], tagged["label"])))
    theme_keys += extra
    counts = (tagged.assign(article_id=tagged["article_id"].astype(str))
              .groupby(["article_id", "theme"])["paragraph_id"].nunique())
    grid = pd.MultiIndex.from_product([ids, theme_keys], names=["article_id", "theme"])
    out = counts.reindex(grid, fill_value=0).rename("paragraphs").reset_index()
    out["paragraphs"] = out["paragraphs"].astype(int)
    out.insert(1, "short", out["article_id"].map(names))
    out.insert(3, "label", out["theme"].map(labels).fillna(out["theme"]))
    denom = out["article_id"].map(sizes).astype(float)
    out["share"] = (out["paragraphs"] / denom.where(denom > 0)).fillna(0.0)
    out["silent"] = out["paragraphs"] == 0
    warned = set()
    if "language_warning" in articles.columns:
        warned = set(articles.loc[articles["language_warning"].fillna("").astype(str) != "", "article_id"]
                     .astype(str))
    out["note"] = np.where(out["article_id"].isin(warned), NOT_ANALYSED, "")
    out = out[COVERAGE_COLUMNS]
    if wide:
        return out.pivot(index="short", columns="theme", values=value).reindex(
            index=[names[a] for a in ids], columns=theme_keys)
    return out
