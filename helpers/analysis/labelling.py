"""Loaded labels: evaluative words and phrases ("regime", "crackdown", "steel friendship", "Maidan coup").

Entman (1993): framing works through "the presence or absence of certain keywords, stock phrases,
stereotyped images". The lexicon ``helpers/data/labels.csv`` (columns ``term, category, note``)
lists such words with a category:

* ``delegitimising`` - casts an actor, a claim or an event as illegitimate or fake
  ("regime", "façade", "colour revolutions", "Maidan coup");
* ``alarm`` - raises threat or urgency ("crackdown", "chaos", "unprecedented pressure");
* ``solidarity`` - warmth and alliance ("steel friendship", "traditional ally");
* ``conflict`` - casts relations as a fight ("aggression", "antagonizing", "appeasing");
* ``legitimising`` - the mirror of ``delegitimising``: casts an actor, a system or a movement as
  legitimate by a value it claims ("democracies", "pro-democratic", "free and independent media").

Blind spots: a dictionary misses irony and negation ("does not recognize as a legitimate
leader"), and a label inside a quotation is the speaker's word, not the outlet's: check the
``quoted`` column before you attribute a label to a source. Loaded words are not stance (an
article may quote "Maidan coup" to reject it), and five short articles are a tiny sample.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from helpers._text.batch import count_words, scan
from helpers._text.fold import split_sentences
from helpers._text.lexicon import as_list, join_ids, prepare_lexicon
from helpers._text.quotation import quoted_flags, quoted_word_count
from helpers.corpus.loading import load_articles, load_sentences, source_names
from helpers.corpus.paths import data_file
from helpers.errors import CorpusError, choice_error, require_table

LEXICON_COLUMNS = ["term", "category", "note"]
MATCH_COLUMNS = ["article_id", "paragraph_id", "sentence_id", "term", "category", "match",
                 "start", "end", "quoted", "text"]


@lru_cache(maxsize=1)
def _shipped() -> pd.DataFrame:
    return pd.read_csv(data_file("labels.csv"), dtype=str, keep_default_na=False)


def label_lexicon() -> pd.DataFrame:
    """The loaded-label lexicon shipped in ``helpers/data/labels.csv`` (a fresh copy).

    Returns
    -------
    DataFrame
        Columns ``term`` (a word or phrase, matched case- and diacritic-insensitively as whole
        words; a trailing ``*`` is a wildcard, e.g. ``destabilise*``), ``category``
        (``delegitimising``, ``alarm``, ``solidarity``, ``conflict``, ``legitimising``) and ``note``
        (what the word does and where it occurs in the seeds). Edit a copy and pass it as
        ``labels(lexicon=...)``.
    """
    return _shipped().copy()


def labels(sentences=None, lexicon=None, categories=None) -> pd.DataFrame:
    """Every loaded label in the text: one row per match, with its sentence as evidence.

    Parameters
    ----------
    sentences : a table with ``article_id, sentence_id, text`` (``paragraph_id`` optional);
        default ``load_sentences()``. Not modified.
    lexicon : an edited copy of :func:`label_lexicon` (columns ``term, category``) or a dict
        ``{category: [terms]}``; default the shipped ``labels.csv``.
    categories : a category or list of categories to keep (default all).

    Returns
    -------
    DataFrame
        ``article_id, paragraph_id, sentence_id, term`` (the lexicon entry), ``category``,
        ``match`` (the words as written), ``start, end`` (offsets in ``text``), ``quoted`` (True
        if the match stands inside quotation marks: the label belongs to the quoted speaker,
        not to the outlet) and ``text`` (the sentence). Sorted in text order.

    Method: one regex (alternation of all terms, longest first, whole words) over the folded
    text, so "ruling regime" is one match, not also "regime". Source: Entman (1993) on keywords
    and stock phrases as framing devices. Blind spots: irony, negation and quotation (see the
    ``quoted`` column); a label is not a stance; five articles are a tiny sample.
    """
    sents = load_sentences() if sentences is None else require_table(
        sentences, ["article_id", "sentence_id", "text"], "sentences")
    lex = prepare_lexicon(lexicon, _shipped(), "category", "term")
    wanted = as_list(categories, "categories")
    known = list(dict.fromkeys(lex["category"]))
    for c in wanted or []:
        if c not in known:
            raise choice_error("categories", c, known)
    rows, kidx, starts, ends = (a.tolist() for a in scan(tuple(lex["key"]), sents["text"].tolist()))
    term_of, cat_of = lex["term"].to_numpy(), lex["category"].to_numpy()
    if wanted is not None:
        keep = [i for i, k in enumerate(kidx) if cat_of[k] in wanted]
        rows, kidx = [rows[i] for i in keep], [kidx[i] for i in keep]
        starts, ends = [starts[i] for i in keep], [ends[i] for i in keep]
    texts = sents["text"].to_numpy()
    pick = np.asarray(rows, dtype=int)
    out = pd.DataFrame({
        "article_id": sents["article_id"].astype(str).to_numpy()[pick],
        "paragraph_id": (sents["paragraph_id"].to_numpy()[pick] if "paragraph_id" in sents
                         else np.full(len(pick), "", dtype=object)),
        "sentence_id": sents["sentence_id"].to_numpy()[pick],
        "term": term_of[kidx] if kidx else [],
        "category": cat_of[kidx] if kidx else [],
        "match": [texts[r][s:e] for r, s, e in zip(rows, starts, ends, strict=True)],
        "start": starts,
        "end": ends,
        "quoted": quoted_flags(texts, rows, starts),
        "text": texts[pick],
    }, columns=MATCH_COLUMNS)
    return out.reset_index(drop=True)


def _quoted_words(articles) -> pd.Series:
    """article_id -> words inside quotation marks, counted sentence by sentence.

    Counted as the ``quoted`` column of :func:`labels` is decided: over the loaded sentences by
    default, else over the ``text`` of ``articles`` split into sentences.
    """
    if articles is None:
        table = load_sentences()
        units = zip(table["article_id"].astype(str), table["text"], strict=True)
    else:
        table = require_table(articles, ["article_id"], "articles")
        if "text" not in table.columns:
            raise CorpusError("include_quoted=False needs the texts to count the words outside quotation "
                              "marks: pass articles= a table with a text column (load_articles() or the "
                              "sentences your matches came from).")
        units = ((a, sent) for a, t in zip(table["article_id"].astype(str), table["text"], strict=True)
                 if isinstance(t, str) for _s, _e, sent in split_sentences(t))
    out: dict[str, int] = {}
    for a, text in units:
        out[a] = out.get(a, 0) + quoted_word_count(text, count_words)
    return pd.Series(out, dtype="int64")


def _source_words(articles, include_quoted: bool = True) -> pd.DataFrame:
    """``article_id, short, words`` from an articles table (or a sentence/paragraph table).

    Without ``include_quoted`` the words inside quotation marks are not counted.
    """
    src = _all_words(articles)
    if not include_quoted:
        quoted = _quoted_words(articles).reindex(src["article_id"]).fillna(0).to_numpy()
        src["words"] = (src["words"] - quoted).clip(lower=0).astype(int)
    return src


def _all_words(articles) -> pd.DataFrame:
    """article_id, short, words from an articles table (or a sentence/paragraph table)."""
    if articles is None:
        arts = load_articles()
    else:
        arts = require_table(articles, ["article_id"], "articles")
        if "word_count" not in arts.columns:
            if "text" not in arts.columns:
                raise CorpusError("articles needs a word_count or a text column to count the words "
                                  "of each source (load_articles() has both).")
            arts["word_count"] = arts["text"].map(lambda t: count_words(t) if isinstance(t, str) else 0)
    arts["article_id"] = arts["article_id"].astype(str)
    words = arts.groupby("article_id", sort=True)["word_count"].sum()
    if "short" in arts.columns:
        short = arts.drop_duplicates("article_id").set_index("article_id")["short"]
    else:
        short = pd.Series(source_names(words.index, arts), dtype=object)
    return pd.DataFrame({"article_id": words.index, "short": short.reindex(words.index).fillna(
        pd.Series(words.index, index=words.index)).to_numpy(), "words": words.to_numpy()})


def label_rates(matches=None, articles=None, by="term", include_quoted=True) -> pd.DataFrame:
    """How often each source uses each label (or category), per 1,000 words.

    Parameters
    ----------
    matches : the output of :func:`labels` (or a filtered copy); default ``labels()``.
    articles : a table with ``article_id`` and ``word_count`` (``short`` optional), default
        ``load_articles()``. A sentence or paragraph table also works (its word counts, or the
        words of its ``text``, are summed per article): pass the table your matches came from.
    by : ``"term"`` (default) or ``"category"``.
    include_quoted : ``False`` counts only the outlet's own words: matches inside quotation
        marks are dropped, and the rate is divided by the words outside quotation marks (counted
        sentence by sentence: the loaded sentences by default, else the ``text`` of
        ``articles`` split into sentences; a table without ``text`` raises ``CorpusError``).

    Returns
    -------
    DataFrame
        One row per source and term (or category) that occurs anywhere in ``matches``,
        including zeros: ``article_id, short, term`` (or ``category``), ``count``, ``words``
        (the source's word count; with ``include_quoted=False`` its words outside quotation
        marks), ``per_1000`` (count per 1,000 words, rounded to 2 places)
        and ``sentences`` (the ``sentence_id`` of each match, ``"; "``-joined, the evidence).
        Sorted by source, then by count (highest first).

    Method: the rows of ``matches`` counted per source and term (or category), divided by the
    source's words and multiplied by 1,000.

    Rates make sources of different length comparable, but with a few hundred words one match
    moves the rate by 2-3 per 1,000: read the counts and the sentences too. Sources: Entman
    (1993). Blind spots: see :func:`labels` (quotation, irony, negation; label is not stance).
    """
    if by not in ("term", "category"):
        raise choice_error("by", by, ["term", "category"])
    needed = ["article_id", "sentence_id", by] + ([] if include_quoted else ["quoted"])
    if matches is None:
        m = labels()
    elif isinstance(matches, pd.DataFrame) and matches.empty:
        m = require_table(matches.head(0).reindex([0]), needed, "matches").iloc[0:0]
    else:
        m = require_table(matches, needed, "matches")
    if not include_quoted and not m.empty:
        m = m[~m["quoted"].astype(bool)]
    src = _source_words(articles, include_quoted)
    m = m.assign(article_id=m["article_id"].astype(str))
    unknown = sorted(set(m["article_id"]) - set(src["article_id"]))
    if unknown:
        raise CorpusError(f"matches has article_id(s) {', '.join(unknown)} that are not in articles; "
                          "pass articles= the table the matches came from (it needs word_count or text).")
    cols = ["article_id", "short", by, "count", "words", "per_1000", "sentences"]
    if m.empty:
        return pd.DataFrame(columns=cols)
    names = list(dict.fromkeys(m[by]))
    agg = (m.groupby(["article_id", by], sort=False)
           .agg(count=("sentence_id", "size"), sentences=("sentence_id", join_ids)))
    grid = pd.MultiIndex.from_product([src["article_id"], names], names=["article_id", by])
    out = agg.reindex(grid).reset_index()
    out["count"] = out["count"].fillna(0).astype(int)
    out["sentences"] = out["sentences"].fillna("")
    out = out.merge(src, on="article_id", how="left")
    has_words = out["words"] > 0
    out["per_1000"] = np.where(has_words, 1000 * out["count"] / out["words"].where(has_words, 1), 0.0)
    out["per_1000"] = out["per_1000"].round(2)
    out = out.sort_values(["article_id", "count", by], ascending=[True, False, True], kind="stable")
    return out[cols].reset_index(drop=True)
