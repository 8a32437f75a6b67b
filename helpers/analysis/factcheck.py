"""Checkable claims: find claim-shaped sentences, and the course's fact-check table.

``claims()`` finds sentences that state something a reader could check (a number, a share, a
date, a year, a first, a superlative, a poll) with regular expressions kept as data in
``helpers/data/claim_patterns.csv``. ``fact_checks()`` returns the verdicts the course's
fact-finders reached on specific claims in the five seeds (``helpers/data/fact_checks.csv``,
built from the course's sourced facts), each located in its sentence.

A regex finds sentences that *look* checkable; it says nothing about whether they are true.
Checking needs sources outside the article: SIFT (Stop, Investigate the source, Find better
coverage, Trace claims to the original context; Caulfield 2019) and lateral reading (Wineburg &
McGrew 2017): leave the page and see what others say.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from helpers._text.fold import fold
from helpers._text.joined import fold_regex, join_texts, search_joined
from helpers._text.programs import re_compile
from helpers.corpus.paths import data_file
from helpers.errors import CorpusError, choice_error, require_table

CLAIM_COLUMNS = ["article_id", "paragraph_id", "sentence_id", "claim_type", "match", "text"]
PATTERN_COLUMNS = ["claim_type", "pattern", "description"]
VERDICTS = ("wrong", "imprecise", "misleading", "partly right", "disputed", "overstated", "unverified",
            "correct")
CONFIDENCES = ("high", "medium", "low")
CHECK_INPUT_COLUMNS = ["article_id", "claim", "verdict", "verified_fact", "source", "confidence"]
CHECK_COLUMNS = ["article_id", "paragraph_id", "sentence_id", "claim", "verdict", "verified_fact", "source",
                 "confidence", "source_type", "flag", "sift_note", "note", "text"]
#: Columns an edited table may leave out (they are filled with empty strings).
CHECK_OPTIONAL_COLUMNS = ("note", "source_type", "flag", "sift_note")
_LIST_MARKER = re_compile(r"^\s*\(?\d+[.)]?\s*$")


@lru_cache(maxsize=1)
def _default_patterns() -> pd.DataFrame:
    return pd.read_csv(data_file("claim_patterns.csv"), dtype=str, keep_default_na=False,
                       encoding="utf-8-sig")


def claim_patterns() -> pd.DataFrame:
    """The claim patterns that :func:`claims` uses, as a table to edit.

    Edit the copy and pass it to ``claims(patterns=...)``.

    Returns
    -------
    pandas.DataFrame
        A copy of ``helpers/data/claim_patterns.csv``: ``claim_type``, ``pattern`` (a regular
        expression, matched on folded text) and ``description``.
    """
    return _default_patterns().copy()


def _compile(patterns) -> list[tuple[str, re.Pattern]]:
    """The patterns as (claim_type, compiled regex for folded text), in priority order."""
    if isinstance(patterns, dict):
        patterns = pd.DataFrame({"claim_type": list(patterns), "pattern": list(patterns.values())})
    require_table(patterns, ["claim_type", "pattern"], "patterns", allow_empty=True)
    if len(patterns) == 0:
        raise CorpusError("patterns is empty: give at least one claim_type with a pattern.")
    out = []
    for ctype, pat in zip(patterns["claim_type"].astype(str), patterns["pattern"].astype(str), strict=True):
        if not ctype.strip() or not pat.strip():
            raise CorpusError(f"patterns: claim_type {ctype!r} has an empty pattern (or no name).")
        try:
            rx = re_compile(fold_regex(pat))
        except re.error as exc:
            raise CorpusError(f"patterns: the pattern for {ctype!r} is not a valid regular expression "
                              f"({exc}): {pat!r}") from None
        if rx.match(""):
            raise CorpusError(f"patterns: the pattern for {ctype!r} matches the empty string: {pat!r}.")
        out.append((ctype.strip(), rx))
    return out


def claims(sentences=None, patterns=None) -> pd.DataFrame:
    """Sentences that make checkable claims, one row per claim-shaped phrase.

    A sentence with two figures gives two rows; count sentences with ``.sentence_id.nunique()``.

    Parameters
    ----------
    sentences : pandas.DataFrame, optional
        Default ``load_sentences()``; any table with ``article_id, sentence_id, text`` works
        (``paragraph_id`` is optional).
    patterns : pandas.DataFrame or dict, optional
        An edited copy of ``claim_patterns()`` (or a dict ``{claim_type: regex}``); patterns are
        matched on folded text (case and diacritics ignored, straight quotes).

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``paragraph_id`` (empty when ``sentences`` has none), ``sentence_id``,
        ``claim_type``, ``match`` (the words, as written) and ``text`` (the whole sentence).
        ``claim_type`` is one of (``helpers/data/claim_patterns.csv``; the type listed first keeps
        words two types both match): ``percentage`` (59%, 54 per cent), ``poll`` (poll, survey,
        data, "according to"), ``date`` (on 25 February, Sept. 3, in July, on Tuesday),
        ``since_year`` (Since 2016, in 2009, the 1990s), ``first_time`` (his first trip, for the
        first time), ``superlative`` (the only, one of the few, the lowest, greatest, than ever,
        unprecedented) and ``number`` (16 people, thousands, a seventh term; "twenty-two years" and
        "four in ten" are one figure each, a time of day such as "six in the morning" none).

    Notes
    -----
    Method: one compiled regex per claim type, each run once over all the sentences (joined);
    where matches of two types overlap, the type listed first keeps the words.

    Blind spots: it finds the *shape* of a claim, not its truth, and not every claim: "Serbia
    depends almost entirely on Russia for energy" has no number; "one of the few" is vaguer than
    "the only" but both are flagged. Bare list numbers ("1.") are skipped. To check a claim, read
    laterally (SIFT); ``fact_checks()`` shows what that found for the seeds.
    """
    from helpers.corpus.loading import load_sentences

    sents = load_sentences() if sentences is None else sentences
    require_table(sents, ["article_id", "sentence_id", "text"], "sentences", allow_empty=True)
    compiled = _compile(_default_patterns() if patterns is None else patterns)
    texts = sents["text"].fillna("").astype(str).tolist()
    folded = [("" if _LIST_MARKER.match(f) else f) for f in map(fold, texts)]
    joined, offsets = join_texts(folded)
    found: dict[int, list[tuple[int, int, int]]] = {}
    for prio, (_, rx) in enumerate(compiled):  # one pass per pattern over all the texts
        for i, st, en in search_joined(rx, folded, joined, offsets):
            found.setdefault(i, []).append((prio, st, en))
    art = sents["article_id"].astype(str).tolist()
    par = sents["paragraph_id"].astype(str).tolist() if "paragraph_id" in sents.columns else [""] * len(texts)
    sid = sents["sentence_id"].astype(str).tolist()
    rows = []
    for i in sorted(found):
        kept: list[tuple[int, int, int]] = []
        for prio, st, en in sorted(found[i]):  # higher priority first; overlapping lower ones dropped
            if all(en <= k_st or st >= k_en for _, k_st, k_en in kept):
                kept.append((prio, st, en))
        for prio, st, en in sorted(kept, key=lambda k: k[1]):
            rows.append((art[i], par[i], sid[i], compiled[prio][0], texts[i][st:en], texts[i]))
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


@lru_cache(maxsize=1)
def _default_checks() -> pd.DataFrame:
    return pd.read_csv(data_file("fact_checks.csv"), dtype=str, keep_default_na=False, encoding="utf-8-sig")


def fact_checks(sentences=None, table=None) -> pd.DataFrame:
    """The course's fact checks of claims in the five seeds, each located in its sentence.

    Source: ``helpers/data/fact_checks.csv``, written from the course's sourced facts
    (``sources.md`` and ``timeline.csv``, shipped in ``helpers/data``).

    Parameters
    ----------
    sentences : pandas.DataFrame, optional
        The sentences to locate claims in (default ``load_sentences()``); needs ``article_id,
        sentence_id, text`` (``paragraph_id`` is optional).
    table : pandas.DataFrame, optional
        An edited copy of the fact-check table (same columns; ``note``, ``source_type``, ``flag``
        and ``sift_note`` may be left out).

    Returns
    -------
    pandas.DataFrame
        One row per checked claim: ``article_id``, ``paragraph_id``, ``sentence_id`` (the
        sentence that holds the claim; empty if it is not found in ``sentences``), ``claim`` (the
        article's words, an exact substring of the cleaned text), ``verdict`` (wrong, imprecise,
        misleading, partly right, disputed, overstated, unverified, correct), ``verified_fact``
        (what the sources say), ``source`` (the address given in the facts file, or
        ``"reported by <site>"`` where only the site was recorded, or the named report where no
        page was recorded), ``confidence`` (high; medium = one source, an inferred or computed
        date, or a figure not confirmed), ``source_type`` (what kind of source: news agency,
        government, state media, partisan media, aggregator, course facts file ...), ``flag``
        (``one partisan source``, ``seed (circular)``, ``course facts file only`` ... or empty),
        ``sift_note`` (what SIFT would do next with this evidence), ``note`` (a teaching hint)
        and ``text`` (the sentence; empty if it is not found).

    Notes
    -----
    Method: each claim is looked up, case and diacritics folded, as a substring of the sentences of
    its article; the first sentence that holds it is the one given.

    Blind spots: these verdicts rest on the sources listed, found by lateral reading at one point in
    time; "unverified" means not confirmed, not false. The table covers the claims the course
    chose, not every claim in the seeds (``claims()`` finds more candidates).
    """
    from helpers.corpus.loading import load_sentences

    checks = _default_checks() if table is None else table
    require_table(checks, CHECK_INPUT_COLUMNS, "table", allow_empty=True)
    checks = checks.copy()
    for col in CHECK_OPTIONAL_COLUMNS:
        if col not in checks.columns:
            checks[col] = ""
    for col, allowed in (("verdict", VERDICTS), ("confidence", CONFIDENCES)):
        for value in checks[col]:
            if value not in allowed:
                raise choice_error(f"table: {col}", value, allowed)
    for claim in checks["claim"]:
        if not str(claim).strip():
            raise CorpusError("table: a row has an empty claim; write the article's words.")
    sents = load_sentences() if sentences is None else sentences
    require_table(sents, ["article_id", "sentence_id", "text"], "sentences", allow_empty=True)
    wanted = set(checks["article_id"].astype(str))
    sub = sents[sents["article_id"].astype(str).isin(wanted)]
    texts = sub["text"].fillna("").astype(str).tolist()
    folded = [fold(t) for t in texts]
    arts = sub["article_id"].astype(str).tolist()
    sids = sub["sentence_id"].astype(str).tolist()
    pids = sub["paragraph_id"].astype(str).tolist() if "paragraph_id" in sub.columns else [""] * len(texts)
    by_article: dict[str, list[int]] = {}
    for i, a in enumerate(arts):
        by_article.setdefault(a, []).append(i)
    located = []
    wanted_claims = map(fold, checks["claim"].astype(str))
    for a, claim in zip(checks["article_id"].astype(str), wanted_claims, strict=True):
        hit = next((i for i in by_article.get(a, []) if claim in folded[i]), None)
        located.append(("", "", "") if hit is None else (pids[hit], sids[hit], texts[hit]))
    checks["paragraph_id"] = [x[0] for x in located]
    checks["sentence_id"] = [x[1] for x in located]
    checks["text"] = [x[2] for x in located]
    return checks[CHECK_COLUMNS].reset_index(drop=True)
