"""Frames: dictionary scores, coding questions and agreement between codings.

Dictionary scores for the five generic news frames and the EU/West - Russia/China axis, the
Semetko & Valkenburg coding questions, and agreement between codings.

Semetko & Valkenburg (2000) identified five *generic* news frames (conflict, economic
consequences, attribution of responsibility, human interest, morality) and measured them with 20
yes/no questions a human coder answers for each story (:func:`coding_items`). Here a *dictionary*
(``helpers/data/frames.csv``: ``frame, axis, term, note``) gives a quick, transparent
approximation: the words that signal each frame, counted per 1,000 words. A second, geopolitical
axis (``eu_west`` vs ``russia_china``) counts attention to each side.

Use the two together: code an article by hand with :func:`coding_sheet`, let the dictionary code
it with :func:`dictionary_coding`, and measure how far they agree with :func:`agreement`
(Cohen's kappa). Where they differ, read the sentences: that is where the dictionary fails.

Blind spots: a dictionary counts words, not meanings. It misses irony and negation ("not a
conflict" counts for conflict), cannot tell who speaks (a frame inside a quotation is the
speaker's, not the outlet's), and the geopolitical axis measures *attention*, not stance:
an article attacking Russia scores high on ``russia_china``. Entman (1993): framing is selection
and salience; word counts show salience only. Five short articles are a tiny sample.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from helpers._text.batch import ScanCache, scan, word_counts
from helpers._text.lexicon import as_list, prepare_lexicon
from helpers.corpus.cleaning import BODY_KINDS
from helpers.corpus.loading import load_articles, load_corpus, paragraph_word_counts
from helpers.corpus.paths import data_file
from helpers.errors import CorpusError, choice_error, require_table
from helpers.keys import GENERIC_FRAMES, GEOPOLITICAL_FRAMES  # noqa: F401 - the frames, defined once

LEVELS = ("source", "paragraph")
#: Default threshold for :func:`dictionary_coding`: a frame is "present" at this many hits per
#: 1,000 words (or more).
DEFAULT_THRESHOLD = 10.0

_YES = {"yes", "y", "true", "1", "1.0", "present", "ja", "da"}
_NO = {"no", "n", "false", "0", "0.0", "absent", "nein", "ne"}


@lru_cache(maxsize=1)
def _shipped() -> pd.DataFrame:
    return pd.read_csv(data_file("frames.csv"), dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def _items() -> pd.DataFrame:
    return pd.read_csv(data_file("coding_items.csv"), dtype=str, keep_default_na=False)


def frame_dictionary() -> pd.DataFrame:
    """The frame dictionary shipped in ``helpers/data/frames.csv`` (a fresh copy).

    Returns
    -------
    DataFrame
        Columns ``frame`` (``conflict, economic, responsibility, human_interest, morality`` - the
        generic frames of Semetko & Valkenburg 2000 - and ``eu_west, russia_china``), ``axis``
        (``generic`` or ``geopolitical``), ``term`` (matched case- and diacritic-insensitively as a
        whole word or phrase; a trailing ``*`` is a wildcard: ``sanction*``) and ``note``. Edit a copy
        (or pass a dict ``{frame: [terms]}``) to :func:`frame_scores`.
    """
    return _shipped().copy()


def _prepare(dictionary) -> pd.DataFrame:
    """The dictionary as ``frame, axis, term, key`` rows (:func:`helpers._text.lexicon.prepare_lexicon`).

    Every frame has at least one word; a term may stand under several frames.
    """
    if isinstance(dictionary, dict) and not dictionary:
        raise CorpusError("dictionary is empty: give at least one frame with words, "
                          "e.g. {'conflict': ['dispute', 'clash']}.")
    if isinstance(dictionary, pd.DataFrame) and dictionary.empty:
        raise CorpusError("dictionary is empty: it has no rows.")
    if dictionary is not None and not isinstance(dictionary, (dict, pd.DataFrame)):
        raise CorpusError("dictionary must be None (the shipped frames.csv), a DataFrame with columns "
                          f"frame, term, or a dict {{frame: [terms]}}; got {type(dictionary).__name__}.")
    given = _frames_given(dictionary)
    if isinstance(dictionary, dict):
        for frame, terms in dictionary.items():
            terms = [terms] if isinstance(terms, str) else list(terms or [])
            if not any(str(t).strip(" *") for t in terms):
                raise CorpusError(f"dictionary: frame {frame!r} has no words. Add at least one word "
                                  "or remove the frame.")
    d = prepare_lexicon(dictionary, _shipped(), "frame", "term", "dictionary", keep=("axis",), shared=True)
    empty = [f for f in given if f not in set(d["frame"])]
    if empty:
        which = f"frame {empty[0]!r} has" if len(empty) == 1 else f"frames {', '.join(map(repr, empty))} have"
        raise CorpusError(f"dictionary: {which} no words. Add at least one word or remove the frame.")
    shipped_axis = dict(zip(_shipped()["frame"], _shipped()["axis"], strict=True))
    axis = d["axis"] if "axis" in d.columns else pd.Series("", index=d.index)
    d["axis"] = [a or shipped_axis.get(f, "custom") for f, a in zip(d["frame"], axis, strict=True)]
    return d[["frame", "axis", "term", "key"]]


def _frames_given(dictionary) -> list[str]:
    """The frames a dict or table names (each must keep at least one word)."""
    if isinstance(dictionary, dict):
        return [str(f).strip() for f in dictionary]
    if isinstance(dictionary, pd.DataFrame) and "frame" in dictionary.columns:
        return [f for f in dict.fromkeys(dictionary["frame"].fillna("").astype(str).str.strip()) if f]
    return []


def _score_matrix(texts, d: pd.DataFrame, words=None, cache: ScanCache | None = None):
    """The matches of the dictionary in ``texts``: frames, and per match (text, frame, form).

    Each frame's terms are matched on their own (``overlap="group"``): a term inside a longer
    term of the *same* frame is not counted again, but a term of another frame is ("jobs",
    economic, inside "lost jobs", human interest, counts for both frames), so editing one frame
    never changes another frame's score. ``words``: the texts' word counts when known;
    ``cache``: the caller's incremental scan (see :func:`helpers._text.batch.scan`). Also returns
    the word count of each text.
    """
    frames = list(dict.fromkeys(d["frame"]))
    fidx = {f: i for i, f in enumerate(frames)}
    frame_of_row = np.fromiter((fidx[f] for f in d["frame"]), dtype=np.int64, count=len(d))
    cache = ScanCache() if cache is None else cache
    rows, kidx, _starts, _ends, forms = scan(tuple(d["key"]), texts, forms=True, words=words,
                                             groups=tuple(d["frame"]), overlap="group", cache=cache)
    counts = cache.words.copy() if cache.words is not None else word_counts(texts)
    return frames, rows, frame_of_row[kidx], forms, counts


def _matched(units, frames_i, forms, n_frames) -> dict[int, str]:
    """'word (n); word (n)' per (unit, frame) cell, most frequent first."""
    if len(units) == 0:
        return {}
    # count each (cell, form) pair on integer codes: forms coded in sorted order, so a code orders
    # like its form; then cell ascending, count descending, form ascending
    fcodes, fvals = pd.factorize(np.asarray(forms, dtype=object), sort=True)
    n_forms = max(len(fvals), 1)
    pairs, n = np.unique((units * n_frames + frames_i).astype(np.int64) * n_forms + fcodes,
                         return_counts=True)
    pair_cell, pair_form = pairs // n_forms, pairs % n_forms
    order = np.lexsort((pair_form, -n, pair_cell))
    cells = pair_cell[order]
    names = [str(f) for f in fvals]
    labels = [f"{names[f]} ({c})" for f, c in zip(pair_form[order].tolist(), n[order].tolist(), strict=True)]
    cuts = (np.flatnonzero(np.diff(cells)) + 1).tolist()
    starts, ends = [0, *cuts], [*cuts, len(labels)]
    first = cells[starts].tolist()
    return {c: "; ".join(labels[a:b]) for c, a, b in zip(first, starts, ends, strict=True)}


def frame_scores(paragraphs=None, dictionary=None, level="source", frames=None, cache=None) -> pd.DataFrame:
    """How strongly each source (or paragraph) uses each frame's words, per 1,000 words.

    Parameters
    ----------
    paragraphs : a table with ``article_id, text`` (and ``paragraph_id`` for
        ``level="paragraph"``); default ``load_paragraphs(kinds=BODY_KINDS)``. A sentence table
        works too. Not modified.
    dictionary : ``None`` (the shipped :func:`frame_dictionary`), an edited copy of it (columns
        ``frame, term``, optionally ``axis``), or a dict ``{frame: [terms]}`` (as the frame-editor
        widget passes). Frames not in the shipped dictionary get axis ``custom``.
    level : ``"source"`` (one row per article and frame) or ``"paragraph"``.
    frames : a frame name or list to keep (default all frames of the dictionary).
    cache : an incremental scan kept by the caller between calls (``helpers._text.batch.ScanCache``;
        the frame-editor view keeps one): re-scoring the same texts with an edited dictionary then
        scans only the texts the edit can change. Default ``None``: nothing is kept between calls.

    Returns
    -------
    DataFrame
        ``article_id`` [``paragraph_id``], ``frame``, ``axis``, ``hits`` (number of matches),
        ``words`` (word count of the source or paragraph), ``per_1000`` (hits per 1,000 words,
        2 decimals; 0 for an empty text), ``matched`` (the words that matched with their counts,
        e.g. ``"sanctions (4); energy (1)"``) and, at paragraph level, ``text``. Every
        source/paragraph gets a row for every frame, zeros included; rows follow the order of
        the input and of the dictionary's frames.

    Method: each frame's terms as one regex (a trie of folded terms, whole words, longest match
    first, see :mod:`helpers._text.patterns` for hyphens, wildcards and acronyms) applied to each
    folded text; a term inside a longer term of the same frame counts once, a term of another
    frame inside it counts for that frame too ("lost jobs" for human interest, "jobs" for
    economic), and a term listed under two frames counts for both. With a kept ``cache``,
    re-scoring with an edited dictionary scans only the texts the edit can change. Sources:
    Semetko & Valkenburg (2000) for the five generic frames; Entman (1993). Blind spots: words,
    not meanings (no irony, negation, speaker or stance); per-1,000 rates of short texts jump
    with a single word; five articles are a tiny sample.
    """
    if level not in LEVELS:
        raise choice_error("level", level, LEVELS)
    needed = ["article_id", "text"] + (["paragraph_id"] if level == "paragraph" else [])
    known_words = None
    if paragraphs is None:
        corpus = load_corpus()  # once: paragraphs and word counts from the same reading of the folder
        paras = corpus.paragraphs[corpus.paragraphs["kind"].isin(BODY_KINDS)]
        # the loader counted every body paragraph's words, sentence by sentence: no second count
        # (summed only if the caller's scan cache does not hold these texts' counts yet)
        def known_words():
            return paragraph_word_counts(paras["paragraph_id"], corpus=corpus)
    else:
        paras = require_table(paragraphs, needed, "paragraphs")
    d = _prepare(dictionary)
    known = list(dict.fromkeys(d["frame"]))
    wanted = as_list(frames, "frames")
    for f in wanted or []:
        if f not in known:
            raise choice_error("frames", f, known)
    texts = [t if isinstance(t, str) else "" for t in paras["text"].tolist()]
    all_frames, m_rows, m_frames, m_forms, words = _score_matrix(texts, d, known_words, cache)
    axis_of = dict(zip(d["frame"], d["axis"], strict=True))
    nf = len(all_frames)
    aids = paras["article_id"].astype(str).to_numpy()
    if level == "source":
        codes, uniques = pd.factorize(aids, sort=False)
        units = codes[m_rows] if len(m_rows) else m_rows
        n_units = len(uniques)
        unit_words = np.bincount(codes, weights=words, minlength=n_units).astype(np.int64)
        ident = {"article_id": np.asarray(uniques, dtype=object)}
    else:
        units, n_units, unit_words = m_rows, len(texts), words
        ident = {"article_id": aids, "paragraph_id": paras["paragraph_id"].astype(str).to_numpy()}
    hits = np.zeros(n_units * nf, dtype=np.int64)
    if len(units):
        np.add.at(hits, units * nf + m_frames, 1)
    matched = _matched(units, m_frames, m_forms, nf)
    cells = np.arange(n_units * nf)
    out = {k: np.repeat(v, nf) for k, v in ident.items()}
    out["frame"] = np.tile(np.asarray(all_frames, dtype=object), n_units)
    out["axis"] = np.tile(np.asarray([axis_of[f] for f in all_frames], dtype=object), n_units)
    out["hits"] = hits
    out["words"] = np.repeat(unit_words, nf)
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.where(out["words"] > 0, 1000.0 * hits / np.maximum(out["words"], 1), 0.0)
    out["per_1000"] = np.round(rate, 2)
    out["matched"] = [matched.get(c, "") for c in cells]
    if level == "paragraph":
        out["text"] = np.repeat(np.asarray(texts, dtype=object), nf)
    result = pd.DataFrame(out)
    if wanted is not None:
        result = result[result["frame"].isin(wanted)].reset_index(drop=True)
    return result


def coding_items() -> pd.DataFrame:
    """Semetko & Valkenburg's (2000) 20 yes/no questions for the five generic frames.

    Returns
    -------
    DataFrame
        Columns ``item_id`` (``responsibility_1`` ... ``economic_3``), ``frame``, ``number`` (the
        question's number in the paper, 1-20), ``question`` (their wording) and ``note`` (how to apply
        it to this corpus). A frame is usually scored as the share (or mean) of its items answered
        "yes". Source: Semetko, H. A. & Valkenburg, P. M. (2000), Framing European politics: a
        content analysis of press and television news, *Journal of Communication* 50(2), 93-109.
        Blind spot: the questions were written for news stories; opinion pieces and appeals (003,
        002) answer "yes" to the morality and responsibility items almost by design.
    """
    items = _items().copy()
    items["number"] = items["number"].astype(int)
    return items


def _article_ids(article_id, articles) -> list[str]:
    known = (load_articles() if articles is None else require_table(articles, ["article_id"], "articles"))
    known = list(dict.fromkeys(known["article_id"].astype(str)))
    wanted = as_list(article_id, "article_id")
    if wanted is None:
        return known
    for a in wanted:
        if a not in known:
            raise choice_error("article_id", a, known)
    return wanted


def coding_sheet(article_id=None, articles=None) -> pd.DataFrame:
    """A blank coding sheet: the 20 Semetko & Valkenburg questions for each article.

    Parameters
    ----------
    article_id : an article id or list of ids (default every article).
    articles : the table the ids come from (default ``load_articles()``; a student's corpus
        table with an ``article_id`` column works too).

    Returns
    -------
    DataFrame
        ``article_id, item_id, frame, question, answer`` (empty: write ``yes`` or ``no``) and
        ``evidence`` (empty: note the ``sentence_id`` or the words that justify your answer).
        20 rows per article. Compare a filled sheet with :func:`dictionary_coding` or a
        classmate's sheet using :func:`agreement`.
    """
    ids = _article_ids(article_id, articles)
    items = coding_items()[["item_id", "frame", "question"]]
    sheet = pd.DataFrame({"article_id": np.repeat(ids, len(items))})
    for col in items.columns:
        sheet[col] = np.tile(items[col].to_numpy(), len(ids))
    sheet["answer"] = ""
    sheet["evidence"] = ""
    return sheet


def dictionary_coding(article_id=None, paragraphs=None, dictionary=None,
                      threshold=DEFAULT_THRESHOLD, level="item") -> pd.DataFrame:
    """The dictionary's own yes/no coding of the five generic frames, to compare with a human's.

    Rule: a frame counts as **present** in an article ("yes") if its dictionary words occur at
    least ``threshold`` times per 1,000 words (default 10, i.e. about one word in a hundred;
    ``threshold=0`` means any single hit). A dictionary cannot tell the questions of one frame
    apart, so at ``level="item"`` every item of a frame gets the frame's answer: that is the
    honest limit of the method, and the items where a human differs show it.

    Parameters
    ----------
    article_id : an article id or list of ids (default all articles in ``paragraphs``).
    paragraphs, dictionary : as in :func:`frame_scores` (the dictionary must define the five
        generic frames).
    threshold : hits per 1,000 words for "yes" (a number >= 0).
    level : ``"item"`` (default, 20 rows per article, aligned with :func:`coding_sheet`) or
        ``"frame"`` (5 rows per article).

    Returns
    -------
    DataFrame
        ``article_id``, [``item_id``], ``frame``, [``question``], ``answer`` (``yes``/``no``),
        ``hits``, ``per_1000``, ``threshold`` and ``matched`` (the words behind the answer).

    Sources: Semetko & Valkenburg (2000) for the items; the threshold rule is this course's
    convention, not theirs. Blind spots: see :func:`frame_scores`; moving the threshold changes
    the answers, so report it.
    """
    if level not in ("item", "frame"):
        raise choice_error("level", level, ["item", "frame"])
    try:
        threshold = float(threshold)
    except (TypeError, ValueError):
        raise CorpusError("threshold must be a number of hits per 1,000 words (>= 0); "
                          f"got {threshold!r}.") from None
    if not threshold >= 0:
        raise CorpusError(f"threshold must be >= 0 hits per 1,000 words; got {threshold!r}.")
    if paragraphs is not None and article_id is not None:
        # only the asked articles are scored (a source's score depends on its own paragraphs only)
        paras = require_table(paragraphs, ["article_id", "text"], "paragraphs")
        ids = _article_ids(article_id, paras[["article_id"]])
        paragraphs = paras[paras["article_id"].astype(str).isin(ids)]
    scores = frame_scores(paragraphs, dictionary, level="source")
    missing = [f for f in GENERIC_FRAMES if f not in set(scores["frame"])]
    if missing:
        raise CorpusError(f"dictionary lacks the generic frame(s) {', '.join(missing)}; "
                          f"dictionary_coding needs all five: {', '.join(GENERIC_FRAMES)}.")
    ids = _article_ids(article_id, scores[["article_id"]])
    s = scores[scores["frame"].isin(GENERIC_FRAMES) & scores["article_id"].isin(ids)].copy()
    rate = np.where(s["words"] > 0, 1000.0 * s["hits"] / s["words"].clip(lower=1), 0.0)
    s["answer"] = np.where((s["hits"] > 0) & (rate >= threshold), "yes", "no")
    s["threshold"] = threshold
    s["_order"] = s["article_id"].map({a: i for i, a in enumerate(ids)})
    s = s.sort_values("_order", kind="stable")
    cols = ["article_id", "frame", "answer", "hits", "per_1000", "threshold", "matched"]
    if level == "frame":
        return s[cols].reset_index(drop=True)
    items = coding_items()[["item_id", "frame", "question"]]
    out = s[cols].merge(items, on="frame", how="left")
    out["_item"] = out["item_id"].map({k: i for i, k in enumerate(items["item_id"])})
    out["_order"] = out["article_id"].map({a: i for i, a in enumerate(ids)})
    out = out.sort_values(["_order", "_item"], kind="stable")
    return out[["article_id", "item_id", "frame", "question", "answer", "hits", "per_1000",
                "threshold", "matched"]].reset_index(drop=True)


# ---------------------------------------------------------------- agreement
def _answers(coding, name: str) -> pd.Series:
    """A coding as a Series of 0/1 indexed by item key ('item_id' or 'article_id:item_id')."""
    if isinstance(coding, pd.DataFrame):
        missing = [c for c in ("item_id", "answer") if c not in coding.columns]
        if missing:
            raise CorpusError(f"{name} is missing the column(s) {', '.join(missing)}; a coding table "
                              "needs item_id and answer (as from coding_sheet() or dictionary_coding()).")
        if "article_id" in coding.columns:
            keys = coding["article_id"].astype(str) + ":" + coding["item_id"].astype(str)
        else:
            keys = coding["item_id"].astype(str)
        s = pd.Series(coding["answer"].to_numpy(), index=keys.to_numpy())
    elif isinstance(coding, pd.Series):
        s = coding.copy()
        s.index = s.index.map(str)
    elif isinstance(coding, dict):
        s = pd.Series(coding)
        s.index = s.index.map(str)
    elif isinstance(coding, (list, tuple, np.ndarray)):
        s = pd.Series(list(coding))
        s.index = s.index.map(str)
    else:
        raise CorpusError(f"{name} must be a coding table (item_id, answer), a Series, a dict or a list "
                          f"of yes/no answers; got {type(coding).__name__}.")
    if s.empty:
        raise CorpusError(f"{name} has no items: there is nothing to compare.")
    dup = s.index[s.index.duplicated()].unique().tolist()
    if dup:
        raise CorpusError(f"{name} codes these items more than once: {', '.join(dup[:10])}.")
    values, blank, bad = [], [], []
    for key, v in s.items():
        if isinstance(v, (bool, np.bool_)):
            values.append(int(v))
            continue
        if v is None or (isinstance(v, float) and np.isnan(v)) or str(v).strip() == "":
            blank.append(key)
            values.append(-1)
            continue
        t = str(v).strip().lower()
        if t in _YES:
            values.append(1)
        elif t in _NO:
            values.append(0)
        else:
            bad.append(f"{key}={v!r}")
            values.append(-1)
    if blank:
        raise CorpusError(f"{name} has no answer for: {', '.join(blank[:10])}"
                          f"{' ...' if len(blank) > 10 else ''}. Answer yes or no for every item.")
    if bad:
        raise CorpusError(f"{name} has answers that are not yes/no: {', '.join(bad[:10])}. "
                          "Use yes/no, 1/0 or True/False.")
    return pd.Series(values, index=s.index, dtype=int)


def _interpret(kappa: float) -> str:
    if np.isnan(kappa):
        return "undefined"
    if kappa < 0:
        return "poor (less than chance)"
    for bound, label in ((0.20, "slight"), (0.40, "fair"), (0.60, "moderate"), (0.80, "substantial")):
        if kappa <= bound:
            return label
    return "almost perfect"


def agreement(a, b, detail=False) -> pd.DataFrame:
    """Cohen's kappa between two yes/no codings of the same items.

    Parameters
    ----------
    a, b : codings - tables with ``item_id`` and ``answer`` (plus ``article_id`` if both cover
        several articles, as :func:`coding_sheet` and :func:`dictionary_coding` do), or Series /
        dicts / lists of answers aligned by index. Answers: yes/no, y/n, 1/0, True/False.
    detail : ``False`` (default) for the one-row summary, ``True`` for one row per item.

    Returns
    -------
    DataFrame
        One row: ``n_items``, ``agreed`` (items with the same answer), ``observed`` (p_o, the
        share agreed), ``expected`` (p_e, the agreement expected by chance from each coder's own
        share of "yes"), ``kappa`` ((p_o - p_e) / (1 - p_e)), ``interpretation`` (Landis & Koch
        1977: slight <= .20 < fair <= .40 < moderate <= .60 < substantial <= .80 < almost
        perfect), ``differences`` (the items where they differ, ``"; "``-joined) and ``note``.
        With ``detail=True``: ``item`` (``article_id:item_id`` or ``item_id``), ``a``, ``b``
        (``yes``/``no``) and ``agree`` (bool).

    Degenerate case: if both coders give the same single answer to every item, p_e = 1 and
    kappa is 0/0: it is returned as NaN with a note (the observed agreement is then 1.0, but
    there is no variation to test agreement on). Source: Cohen (1960). Blind spots: with 20
    items one disagreement moves kappa a lot; kappa also drops when "yes" is very rare or very
    common (the prevalence paradox), so read ``observed`` and ``differences`` too.
    """
    sa, sb = _answers(a, "a"), _answers(b, "b")
    only_a = [k for k in sa.index if k not in sb.index]
    only_b = [k for k in sb.index if k not in sa.index]
    if only_a or only_b:
        raise CorpusError("a and b do not code the same items. "
                          f"Only in a: {', '.join(only_a[:10]) or '-'}; "
                          f"only in b: {', '.join(only_b[:10]) or '-'}.")
    sb = sb.reindex(sa.index)
    agree = sa.to_numpy() == sb.to_numpy()
    if detail:
        yn = np.array(["no", "yes"], dtype=object)
        return pd.DataFrame({"item": sa.index.to_numpy(), "a": yn[sa.to_numpy()], "b": yn[sb.to_numpy()],
                             "agree": agree})
    n = len(sa)
    po = agree.mean()
    pa, pb = sa.mean(), sb.mean()
    pe = pa * pb + (1 - pa) * (1 - pb)
    note = ""
    if np.isclose(pe, 1.0):
        kappa = float("nan")
        note = ("Kappa is undefined: both codings give the same single answer to every item, so the "
                "agreement expected by chance is 1 (kappa = 0/0). Observed agreement is 1.0.")
    else:
        kappa = float((po - pe) / (1 - pe))
    if n < 20 and not note:
        note = f"Only {n} items: kappa is unstable (one changed answer moves it a lot)."
    return pd.DataFrame([{
        "n_items": n, "agreed": int(agree.sum()), "observed": float(po), "expected": float(pe),
        "kappa": kappa, "interpretation": _interpret(kappa),
        "differences": "; ".join(sa.index[~agree]), "note": note,
    }])
