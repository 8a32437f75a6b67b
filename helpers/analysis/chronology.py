"""The background timeline (2008-2025) and which articles mention each event.

``timeline()`` reads ``helpers/data/timeline.csv`` (a copy of the course's sourced
facts: dated events with their sources), maps the timeline's own theme keys to the course's
analysis themes (``helpers/data/timeline_themes.csv``) and joins the per-event keyword patterns
(``helpers/data/timeline_keywords.csv``). ``timeline_mentions()`` searches the sentences for those
keywords and compares what it finds with the facts file's ``seeds`` column.

All three CSV files are data an instructor can edit without code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlparse

import pandas as pd

from helpers._text.fold import fold
from helpers._text.joined import join_texts, search_joined
from helpers._text.patterns import compile_trie, is_acronym, term_key, term_regex
from helpers._text.programs import re_compile
from helpers.corpus.paths import data_file
from helpers.errors import CorpusError, choice_error
from helpers.keys import THEMES

#: The course's analysis themes (defined once in :mod:`helpers.keys`).
COURSE_THEMES = THEMES
PRECISIONS = ("day", "month", "range")
TIMELINE_COLUMNS = [
    "event_id", "start", "end", "precision", "date_label", "event", "theme", "course_theme", "seeds",
    "confidence", "source", "source_label", "source_type", "flag", "sift_note", "keywords",
]
MENTION_COLUMNS = [
    "event_id", "start", "event", "article_id", "sentence_id", "match", "text", "listed_in_facts",
    "found_in_text",
]
_DATE = {"day": re_compile(r"^\d{4}-\d{2}-\d{2}$"), "month": re_compile(r"^\d{4}-\d{2}$")}


def source_label(source: str) -> str:
    """How to cite a ``source`` address in prose.

    A full page address is returned as it is. Where the facts file recorded only a site (or a
    section or date folder of it, e.g. ``https://www.hurriyetdailynews.com/`` or
    ``https://lenta.ru/news/2025/11/04/``) the label is ``"reported by <site>"``.
    Rule: an address is a page when one of its path parts contains ``-``, ``_`` or ``.``,
    or its last part is a number of five or more digits (an article id).

    Parameters
    ----------
    source : str
        An address from the facts file.

    Returns
    -------
    str
        The address, or ``"reported by <site>"``.
    """
    source = (source or "").strip()
    if not source:
        return ""
    url = urlparse(source)
    if not url.netloc:
        return source
    site = url.netloc.removeprefix("www.")
    parts = [p for p in url.path.split("/") if p]
    is_page = any(re.search(r"[-_.]", p) for p in parts) or bool(parts and re.fullmatch(r"\d{5,}", parts[-1]))
    return source if is_page else f"reported by {site}"


def _slug(text: str, n: int = 4) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", fold(text))[:n])


def _date_label(start: pd.Timestamp, end: pd.Timestamp, precision: str) -> str:
    if precision == "month":
        return start.strftime("%b %Y")
    if precision == "range" and end != start:
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}-{end.day} {end.strftime('%b %Y')}"
        return f"{start.day} {start.strftime('%b')} - {end.day} {end.strftime('%b %Y')}"
    return f"{start.day} {start.strftime('%b %Y')}"


def _read(name: str, columns) -> pd.DataFrame:
    path = data_file(name)
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except FileNotFoundError:
        raise CorpusError(f"{path}: the file is missing; reinstall the package or restore it.") from None
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise CorpusError(f"{path}: columns {missing} are missing (needed: {', '.join(columns)}).")
    return df


def _parse_dates(df: pd.DataFrame, where: str) -> pd.DataFrame:
    starts, ends = [], []
    for i, row in enumerate(df.itertuples(index=False), start=2):
        prec = row.precision
        if prec not in PRECISIONS:
            raise CorpusError(f"{where}, line {i}: precision={prec!r} is not known. "
                              f"Allowed values: {', '.join(PRECISIONS)}.")
        pattern = _DATE["month" if prec == "month" else "day"]
        if not pattern.match(row.start) or (row.end and not _DATE["day"].match(row.end)):
            raise CorpusError(f"{where}, line {i}: start={row.start!r} end={row.end!r} do not fit "
                              f"precision {prec!r} (write YYYY-MM-DD, or YYYY-MM for a month).")
        try:
            start = pd.Timestamp(row.start + ("-01" if prec == "month" else ""))
            if row.end:
                end = pd.Timestamp(row.end)
            elif prec == "month":
                end = start + pd.offsets.MonthEnd(0)
            else:
                end = start
        except ValueError:
            raise CorpusError(f"{where}, line {i}: {row.start!r}/{row.end!r} is not a real date.") from None
        if end < start:
            raise CorpusError(f"{where}, line {i}: end {row.end} is before start {row.start}.")
        starts.append(start)
        ends.append(end)
    out = df.copy()
    out["start_text"] = df["start"]
    out["start"] = pd.to_datetime(pd.Series(starts, index=df.index, dtype="datetime64[ns]"))
    out["end"] = pd.to_datetime(pd.Series(ends, index=df.index, dtype="datetime64[ns]"))
    return out


@lru_cache(maxsize=1)
def _events() -> pd.DataFrame:
    raw = _read("timeline.csv",
                ["start", "end", "precision", "event", "theme", "seeds", "confidence", "source"])
    ev = _parse_dates(raw, str(data_file("timeline.csv")))
    themes = _read("timeline_themes.csv", ["timeline_theme", "course_theme"])
    theme_map = dict(zip(themes.timeline_theme, themes.course_theme, strict=True))
    kw = _read("timeline_keywords.csv", ["event_id", "start", "keywords", "course_theme"])
    kw_by_start = {s: g for s, g in kw.groupby("start")}
    ids, keywords, course = [], [], []
    for row in ev.itertuples(index=False):
        mapped = theme_map.get(row.theme, row.theme)  # unmapped keys are kept as their own theme
        g = kw_by_start.get(row.start_text)
        same_day = (ev.start_text == row.start_text).sum()
        if g is not None and len(g) == 1 and same_day == 1:
            k = g.iloc[0]
            ids.append(k.event_id or f"{row.start_text}-{_slug(row.event)}")
            keywords.append(k.keywords)
            course.append(k.course_theme or mapped)
        else:  # an event added without keywords (or two events on one day): no keywords yet
            ids.append(f"{row.start_text}-{_slug(row.event)}")
            keywords.append("")
            course.append(mapped)
    ev["event_id"] = ids
    ev["keywords"] = keywords
    ev["course_theme"] = course
    ev["seeds"] = [[s.strip() for s in x.split(";") if s.strip()] for x in ev.seeds]
    ev["source_label"] = [source_label(s) for s in ev.source]
    for col in ("source_type", "flag", "sift_note"):  # the SIFT columns (empty if a file lacks them)
        if col not in ev.columns:
            ev[col] = ""
    ev["date_label"] = [_date_label(s, e, p) for s, e, p in zip(ev.start, ev.end, ev.precision, strict=True)]
    ev = ev.sort_values(["start", "end"], kind="stable").reset_index(drop=True)
    return ev[TIMELINE_COLUMNS]


def _timestamp(value, argument: str):
    if value is None:
        return None
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        ts = pd.NaT
    if ts is pd.NaT or pd.isna(ts):
        raise CorpusError(f"{argument}={value!r} is not a date. "
                          "Write it as 'YYYY-MM-DD' (or 'YYYY-MM', 'YYYY').")
    return ts


def timeline(start=None, end=None, themes=None) -> pd.DataFrame:
    """The dated background events (2008-2025), one row per event, oldest first.

    Parameters
    ----------
    start, end : str or Timestamp, optional
        Keep the events that overlap this window (anything ``pd.Timestamp`` understands).
    themes : str or list, optional
        Keep events whose ``course_theme`` or ``theme`` is listed.

    Returns
    -------
    DataFrame
        Columns ``event_id`` (``"2024-11-01-novi-sad-collapse"``: start date + short name),
        ``start``, ``end`` (Timestamps; ``end == start`` for a single day, the last day of the
        month for ``precision == "month"``), ``precision`` (day / month / range), ``date_label``
        (``"1 Nov 2024"``, ``"Mar 2014"``, ``"7-8 May 2024"``), ``event``, ``theme`` (the timeline's
        own key), ``course_theme`` (the course's analysis theme, e.g. ``protests -> protests_democracy``;
        keys with no course theme such as ``regional_security`` are kept as they are),
        ``seeds`` (list of article ids the facts file says mention the event), ``confidence``
        (high / medium: medium means one source or an inferred date, say so when you use it),
        ``source`` (the address) and ``source_label`` (``"reported by <site>"`` where the facts file
        recorded only a site, else the address), ``source_type`` (news agency, government, state
        media, partisan media, aggregator, seed ...), ``flag`` (``one partisan source``,
        ``seed (circular)``, ``aggregator only`` ... or empty), ``sift_note`` (what SIFT would do
        next with this evidence), ``keywords`` (the patterns ``timeline_mentions`` looks for,
        separated by ``;``).

    ``start`` / ``end`` keep the events that overlap that window (anything ``pd.Timestamp``
    understands: ``"2022"``, ``"2024-11-01"``). ``themes`` keeps events whose ``course_theme`` or
    ``theme`` is in the list.

    Source: ``helpers/data/timeline.csv``, the course's sourced facts with a confidence level
    (plus a source type, a flag and a SIFT note per row), with the themes mapped by
    ``timeline_themes.csv`` and keywords from ``timeline_keywords.csv``.
    Blind spots: a timeline is a selection; it lists what the course's fact-finders checked, not
    everything that happened, and each date rests on the source given (one source for ``medium``).
    """
    ev = _events().copy()
    lo, hi = _timestamp(start, "start"), _timestamp(end, "end")
    if lo is not None and hi is not None and hi < lo:
        raise CorpusError(f"end={end!r} is before start={start!r}.")
    if lo is not None:
        ev = ev[ev.end >= lo]
    if hi is not None:
        ev = ev[ev.start <= hi]
    if themes is not None:
        wanted = [themes] if isinstance(themes, str) else list(themes)
        if not wanted:
            raise CorpusError("themes=[] is empty. Give one or more of: "
                              + ", ".join(sorted(_allowed_themes())) + ".")
        allowed = _allowed_themes()
        for t in wanted:
            if t not in allowed:
                raise choice_error("themes", t, allowed)
        ev = ev[ev.course_theme.isin(wanted) | ev.theme.isin(wanted)]
    ev["seeds"] = [list(s) for s in ev.seeds]
    return ev.reset_index(drop=True)


def _allowed_themes() -> set[str]:
    ev = _events()
    return set(COURSE_THEMES) | set(ev.course_theme) | set(ev.theme)


@lru_cache(maxsize=4096)
def _terms(keywords: str) -> tuple[str, ...]:
    """The normal forms of an event's ``;``-separated keywords (folded, spaces collapsed)."""
    keys = (term_key(t) for t in keywords.split(";"))
    return tuple(k for k in keys if k.strip("*"))


def _matcher(terms: list[tuple[str, ...]]):
    """One trie regex for every keyword of every event, and what a match means.

    Returns the pattern, a map group number -> key, key -> event indices, and for each key the
    other keys with the same first two letters (a shorter key can match where a longer one did:
    both events are credited) with their single-key patterns.
    """
    keys = tuple(dict.fromkeys(k for ts in terms for k in ts))
    if not keys:
        return None, {}, {}, {}
    events_of: dict[str, list[int]] = {}
    for e, ts in enumerate(terms):
        for k in dict.fromkeys(ts):
            events_of.setdefault(k, []).append(e)
    bucket: dict[str, list[str]] = {}
    for k in keys:
        bucket.setdefault(k[:2], []).append(k)
    pattern = compile_trie(keys, "keywords")
    gmap = {num: keys[int(name[1:])] for name, num in pattern.groupindex.items()}
    return pattern, gmap, events_of, bucket


def timeline_mentions(sentences=None, events=None) -> pd.DataFrame:
    """Which articles mention each timeline event, with the sentence that does.

    Parameters
    ----------
    sentences : DataFrame, optional
        Any table with ``article_id, sentence_id, text``; default ``load_sentences()``.
    events : DataFrame, optional
        Any table with ``event_id, event, keywords`` (``start`` and ``seeds`` optional), so a
        filtered or edited timeline works too; default ``timeline()``.

    Returns
    -------
    DataFrame
        One row per event and sentence that matches the event's keywords (``found_in_text``
        True), plus one row per event and article that the facts file lists in ``seeds`` but
        where no sentence matches (``found_in_text`` False, empty ``sentence_id``, ``match`` and
        ``text``). Columns: ``event_id``, ``start``, ``event``, ``article_id``, ``sentence_id``,
        ``match`` (the words that matched, as written), ``text`` (the sentence),
        ``listed_in_facts`` (the facts file's ``seeds`` lists this article), ``found_in_text``.

    Method: each event's keywords (``;``-separated words or phrases, matched on folded text: case
    and diacritics are ignored, quotes are straight; a space matches any white space, a hyphen
    also a space or nothing, a trailing ``*`` any ending) go into one prefix-tree regex for all
    events (the shared lexicon machinery), run once over all the sentences. A keyword that two
    events share (or a shorter keyword matching where a longer one did) counts for both.
    Blind spots: keywords find wordings, not references: "in May" or "the invasion" can point to
    an event without naming it, a keyword can match a different event with the same words, and
    of two keywords that overlap at different places only the first is seen. Where
    ``listed_in_facts`` and ``found_in_text`` disagree, read the
    sentence (or the article) and decide.
    """
    from helpers.corpus.loading import load_sentences

    sents = load_sentences() if sentences is None else sentences
    ev = timeline() if events is None else events
    for name, table, cols in (("sentences", sents, ("article_id", "sentence_id", "text")),
                              ("events", ev, ("event_id", "event", "keywords"))):
        if not isinstance(table, pd.DataFrame):
            raise CorpusError(f"{name} must be a DataFrame with columns {', '.join(cols)}.")
        missing = [c for c in cols if c not in table.columns]
        if missing:
            raise CorpusError(f"{name} is missing columns {missing} (needed: {', '.join(cols)}).")
    if len(ev) == 0:
        raise CorpusError("events is empty: no timeline events to look for.")
    texts = sents["text"].fillna("").astype(str).tolist()
    folded = [fold(t) for t in texts]
    terms = [_terms(str(k or "")) for k in ev["keywords"]]
    pattern, gmap, events_of, bucket = _matcher(terms)
    art = sents["article_id"].astype(str).tolist()
    sid = sents["sentence_id"].astype(str).tolist()
    hits: dict[int, dict[int, tuple[int, int]]] = {}  # event -> sentence -> first match span
    if pattern is not None:
        joined, offsets = join_texts(folded)
        for i, st, en in search_joined(pattern, folded, joined, offsets):  # one pass over all texts
            m = pattern.match(folded[i], st)
            key = gmap[m.lastindex]
            if is_acronym(key) and not texts[i][st:en].isupper():
                continue  # a keyword in capitals matches capitals only
            credited = [(e, en) for e in events_of[key]]
            for other in bucket.get(key[:2], ()):  # shorter keys matching at the same place
                if other != key:
                    m2 = term_regex(other).match(folded[i], st)
                    if m2:
                        credited += [(e, m2.end()) for e in events_of[other]]
            for e, end in credited:
                hits.setdefault(e, {}).setdefault(i, (st, end))
    starts = ev["start"].tolist() if "start" in ev.columns else [pd.NaT] * len(ev)
    seeds_col = ev["seeds"].tolist() if "seeds" in ev.columns else [[]] * len(ev)
    present = set(art)
    rows = []
    events = zip(ev["event_id"], ev["event"], starts, seeds_col, strict=True)
    for e, (e_id, event, start, seeds) in enumerate(events):
        listed = set(seeds if isinstance(seeds, list | tuple | set) else
                     [s.strip() for s in str(seeds or "").split(";") if s.strip()])
        found_in = set()
        for i, (st, en) in sorted(hits.get(e, {}).items()):
            found_in.add(art[i])
            rows.append((e_id, start, event, art[i], sid[i], texts[i][st:en], texts[i], art[i] in listed,
                         True))
        for a in sorted(listed - found_in):
            if a in present:
                rows.append((e_id, start, event, a, "", "", "", True, False))
    out = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    out["start"] = pd.to_datetime(out["start"])
    order = {e: i for i, e in enumerate(ev["event_id"])}
    out["_o"] = out["event_id"].map(order)
    out = out.sort_values(["_o", "article_id", "sentence_id"], kind="stable").drop(columns="_o")
    return out.reset_index(drop=True)
