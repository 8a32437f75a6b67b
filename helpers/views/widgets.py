"""Comparison widgets: the course's analyses as small interactive views, each with a table twin.

Every view is a small class. Its controls are attributes (``view.theme``, ``view.sources``,
``view.evidence`` ...), ``view.widget`` is the ipywidgets box, and a notebook cell can simply end
with the view to show it. ``view.table()`` returns, as a ``pandas.DataFrame``, exactly what the
view shows for the current settings, and each view has a plain-function twin that returns the same
table without widgets (for a screen reader, Colab, a static export or an exercise):

============================  ==========================================================
View                          Table twin
============================  ==========================================================
``CompareView``               ``compare_sources(theme, sources)``
``FrameEditor``               ``frame_scores(dictionary=...)`` (``helpers.analysis.frames``)
``KwicView``                  ``kwic(pattern, ...)`` (``helpers.analysis.concordance``)
``QuoteBoard``                ``quotes()`` filtered + ``share_of_voice()`` (``helpers.analysis.quoting``)
``TimelineView``              ``timeline_marks(start, end, theme)`` = ``timeline()`` +
                              ``timeline_mentions()`` (``helpers.analysis.chronology``)
``CodingPanel``               ``coding_sheet()``, ``agreement()`` (``helpers.analysis.frames``)
``Dashboard``                 ``CompareView`` + ``QuoteBoard``
============================  ==========================================================

Every view works with any corpus: pass ``folder=`` (a corpus folder such as a student's copy of
``seeds/``); a sixth article becomes a sixth column / checkbox. A view shows at most
``MAX_SOURCES`` (12) sources at once: with a larger corpus the first 12 are ticked, a note says
"showing 12 of N sources", and ticking another source unticks the one ticked longest ago, so
``view.table()`` (= the twin with ``sources=view.sources``) is always exactly what is shown. All article text and everything a
user types is HTML-escaped before it reaches an HTML widget. Marks in the text never rely on
colour alone: **bold** = frame word, underline = loaded label, *italic* = quoted speaker (each with
a legend and a tooltip naming the frame, label or speaker).

This module imports ipywidgets; it is imported only when a view is used.
"""

from __future__ import annotations

import csv
import html
import re
from functools import lru_cache
from pathlib import Path

import ipywidgets as W
import pandas as pd

from helpers._text.fold import fold
from helpers.corpus.cleaning import BODY_KINDS
from helpers.corpus.loading import load_articles, load_paragraphs, load_sentences
from helpers.errors import CorpusError, choice_error

__all__ = [
    "CompareView", "FrameEditor", "KwicView", "QuoteBoard", "TimelineView", "CodingPanel", "Dashboard",
    "compare_sources", "timeline_marks", "quote_board",
]

#: The course's analysis themes (docs/developing.md), in teaching order.
THEMES = (
    "sanctions", "eu_accession", "russia_ties", "china_ties", "arms_exports", "protests_democracy",
    "energy_nis", "kosovo", "novi_sad", "war_in_ukraine", "other_governments", "lithium_economy",
)
#: At most this many sources are shown (ticked) at once in a view: 1,000 columns help nobody and
#: take seconds to draw. Corpora of up to 12 articles (the course's 5, plus a student's) are unaffected.
MAX_SOURCES = 12
ACTOR_GROUPS = ("serbian_government", "eu_west", "russia", "china", "civil_society", "experts", "other")

_CSS = """<style>
.bew-view {font-size: 13px; line-height: 1.45;}
.bew-cols {display: flex; gap: 10px; align-items: flex-start; overflow-x: auto;}
.bew-col {flex: 1 1 0; min-width: 200px; border: 1px solid #999; border-radius: 4px; padding: 6px;}
.bew-col h4 {margin: 0 0 4px 0; font-size: 14px;}
.bew-meta {color: #333; font-size: 12px; margin-bottom: 4px;}
.bew-count {font-weight: bold;}
.bew-passage {margin: 6px 0; padding-left: 6px; border-left: 3px solid #bbb;}
.bew-evidence {font-family: monospace; font-size: 11px; color: #333;}
.bew-silent {border: 2px dashed #a00; padding: 6px; font-style: normal;}
.bew-view b.bew-frame {color: #0b4f8a;}
.bew-view u.bew-label {text-decoration-thickness: 2px; text-decoration-color: #a04000;}
.bew-view i.bew-speaker {color: #5a2a82;}
.bew-view table {border-collapse: collapse;}
.bew-view th, .bew-view td {border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top;}
.bew-msg {border: 1px solid #a60; background: #fff8e6; padding: 4px 8px;}
</style>"""

LEGEND = (
    "<div class='bew-legend'>How to read the marks: <b class='bew-frame'>bold</b> = a frame word "
    "(hover to see which frame), <u class='bew-label'>underlined</u> = a loaded label, "
    "<i class='bew-speaker'>italic</i> = a quoted speaker. The evidence switch shows paragraph and "
    "sentence ids and the matched terms.</div>"
)


def esc(value) -> str:
    """``html.escape`` for any value (None and NaN become an empty string)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return html.escape(str(value), quote=True)


def _msg(text: str) -> str:
    return f"<div class='bew-view'><p class='bew-msg' role='status'>{esc(text)}</p></div>"


# ---------------------------------------------------------------- highlighting
#: kind -> (tag, css class, tooltip prefix); the order is the nesting order (outermost first).
MARKS = {
    "speaker": ("i", "bew-speaker", "quoted speaker"),
    "label": ("u", "bew-label", "loaded label"),
    "frame": ("b", "bew-frame", "frame word"),
}


def highlight(text: str, spans) -> str:
    """``text`` as HTML with ``spans`` = ``[(start, end, kind, note), ...]`` marked.

    Built from escaped segments: the text is cut at every span boundary, each piece is escaped
    on its own and the mark tags go between pieces, so no article text is ever read as HTML.
    Overlapping spans nest (a frame word inside a speaker's name is both italic and bold).
    """
    text = "" if text is None else str(text)
    spans = [(max(0, int(s)), min(len(text), int(e)), k, n) for s, e, k, n in spans
             if k in MARKS and int(e) > int(s)]
    if not spans:
        return esc(text)
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = esc(text[a:b])
        inside = [(k, n) for s, e, k, n in spans if s <= a and b <= e]
        for kind in reversed(MARKS):  # innermost first, so MARKS order is outermost first
            notes = [n for k, n in inside if k == kind]
            if notes:
                tag, cls, what = MARKS[kind]
                title = esc(f"{what}: {'; '.join(dict.fromkeys(notes))}")
                piece = f"<{tag} class='{cls}' title='{title}'>{piece}</{tag}>"
        out.append(piece)
    return "".join(out)


def find_terms(text: str, terms) -> list[tuple[int, int, str]]:
    """Where the ``terms`` occur in ``text`` as whole words, folded (case/diacritic-insensitive).

    Returns ``[(start, end, term), ...]`` in ``text`` coordinates (``fold`` keeps lengths). A
    trailing ``*`` in a term is a wildcard (``sanction*``). Used to place marks when an analysis
    table gives the matched words but not their offsets.
    """
    keys = sorted({fold(str(t)).strip() for t in terms if str(t).strip()}, key=len, reverse=True)
    if not keys or not text:
        return []
    pattern = _term_regex(tuple(keys))
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(fold(text))]


@lru_cache(maxsize=1024)
def _term_regex(keys: tuple[str, ...]) -> re.Pattern:
    parts = []
    for k in keys:
        star = k.endswith("*")
        body = re.escape(k.rstrip("*").strip()).replace(r"\ ", r"\s+")
        parts.append(body + (r"\w*" if star else ""))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


# ---------------------------------------------------------------- corpus access
class _Corpus:
    """The tables a view needs, loaded once per view (articles, body paragraphs, sentences)."""

    def __init__(self, folder=None, articles=None, paragraphs=None, sentences=None):
        self.folder = folder
        self.articles = (load_articles(folder) if articles is None else articles).reset_index(drop=True)
        if paragraphs is None:
            paragraphs = load_paragraphs(folder, kinds=BODY_KINDS)
        self.paragraphs = paragraphs.reset_index(drop=True)
        self._sentences = sentences
        self.ids = [str(a) for a in self.articles["article_id"]]
        self.short = dict(zip(self.ids, self.articles["short"].astype(str), strict=True))
        self.row_of = {aid: i for i, aid in enumerate(self.ids)}  # article id -> row of self.articles
        self.para_text = dict(zip(self.paragraphs["paragraph_id"], self.paragraphs["text"], strict=True))

    @property
    def sentences(self) -> pd.DataFrame:
        if self._sentences is None:
            self._sentences = load_sentences(self.folder)
        return self._sentences

    def header(self, aid: str) -> str:
        """Outlet, date and genre of one source, escaped, for a column header."""
        row = self.articles.iloc[self.row_of[aid]]
        date = row.get("published_text", "") or ""
        if "date_precision" in row and row["date_precision"] == "inferred":
            date = f"{date} (date inferred)"
        genre = row.get("genre_label", row.get("genre", ""))
        return (f"<h4>{esc(row['short'])} <span class='bew-meta'>[{esc(aid)}]</span></h4>"
                f"<div class='bew-meta'>{esc(row['outlet'])} · {esc(date)} · {esc(genre)}</div>")

    def check_sources(self, sources, argument="sources") -> list[str]:
        if sources is None:
            return list(self.ids)
        sources = [sources] if isinstance(sources, str) else [str(s) for s in sources]
        by_short = {v: k for k, v in self.short.items()}
        out = []
        for s in sources:
            s = by_short.get(s, s)
            if s not in self.ids:
                raise choice_error(argument, s, self.ids)
            out.append(s)
        return out


# ---------------------------------------------------------------- base view
class _View:
    """Common behaviour: ``.widget``, display in a notebook, a stable text fallback."""

    widget: W.Widget
    twin = ""

    def _summary(self) -> str:
        return ""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._summary()})"

    def _text_plain(self) -> str:
        return (f"{self!r}\nAn interactive view: it needs a live Jupyter kernel with ipywidgets. "
                f"The same content as a table: {self.twin}")

    def _repr_mimebundle_(self, include=None, exclude=None, **kwargs):
        data = self.widget._repr_mimebundle_(include=include, exclude=exclude, **kwargs) or {}
        data = dict(data)
        data["text/plain"] = self._text_plain()
        return data

    def _ipython_display_(self):
        from IPython.display import display

        display(self._repr_mimebundle_(), raw=True)

    def table(self) -> pd.DataFrame:  # pragma: no cover - every view overrides it
        raise NotImplementedError

    def _watch_boxes(self) -> None:
        """Observe the source checkboxes: keep at most ``MAX_SOURCES`` ticked (ticking one more
        unticks the source ticked longest ago), then redraw once."""
        self._ticked = [aid for aid, b in zip(self.corpus.ids, self.source_boxes, strict=True) if b.value]
        self._holding = False
        self._box_index = {id(b): i for i, b in enumerate(self.source_boxes)}
        for b in self.source_boxes:
            b.observe(self._box_changed, names="value")

    def _box_changed(self, change):
        if self._holding:
            return
        aid = self.corpus.ids[self._box_index[id(change["owner"])]]
        if change["new"]:
            if aid not in self._ticked:
                self._ticked.append(aid)
            while len(self._ticked) > MAX_SOURCES:
                drop = next(a for a in self._ticked if a != aid)
                self._ticked.remove(drop)
                self._holding = True
                try:
                    self.source_boxes[self.corpus.row_of[drop]].value = False
                finally:
                    self._holding = False
        elif aid in self._ticked:
            self._ticked.remove(aid)
        self._update()

    def _cap_note(self) -> str:
        """A note (HTML) when the corpus has more sources than a view shows at once, else ""."""
        n = len(self.corpus.ids)
        if n <= MAX_SOURCES:
            return ""
        return (f"<p class='bew-cap' role='note'>Showing {len(self.sources)} of {n:,} sources (at most "
                f"{MAX_SOURCES} at once): tick others to change which (ticking one more unticks the one "
                f"ticked longest ago).</p>")


def _source_boxes(corpus: _Corpus, selected=None) -> list[W.Checkbox]:
    """One checkbox per source; ``selected`` (default all) are ticked, at most the first
    ``MAX_SOURCES`` of them in catalogue order."""
    selected = set(corpus.ids if selected is None else selected)
    selected = set([aid for aid in corpus.ids if aid in selected][:MAX_SOURCES])
    return [W.Checkbox(value=aid in selected, description=corpus.short[aid], indent=False,
                       tooltip=f"article {aid}", layout=W.Layout(width="auto"))
            for aid in corpus.ids]


def _html_table(df: pd.DataFrame, cols=None, raw=()) -> str:
    """A DataFrame as an escaped HTML table (``raw`` columns are already-escaped HTML)."""
    cols = list(df.columns) if cols is None else cols
    head = "".join(f"<th scope='col'>{esc(c)}</th>" for c in cols)
    body = []
    for row in zip(*(df[c].tolist() for c in cols)):  # plain lists: no per-cell pandas boxing
        cells = []
        for c, v in zip(cols, row, strict=True):
            if isinstance(v, float):
                v = f"{v:.3g}"
            cells.append(f"<td>{v if c in raw else esc(v)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


# ---------------------------------------------------------------- timeline
FOUND, LISTED = "✔ in text", "◐ facts file only"


def _timeline_tables(corpus: _Corpus, events=None):
    from helpers.analysis.chronology import timeline, timeline_mentions

    ev = timeline() if events is None else events.copy()
    ment = timeline_mentions(corpus.sentences, ev)
    return ev, ment


def _timeline_wide(ev, ment, corpus: _Corpus, start, end, theme, sources, evidence) -> pd.DataFrame:
    sources = corpus.check_sources(sources)
    keep = pd.Series(True, index=ev.index)
    if start is not None:
        keep &= ev["end"] >= pd.Timestamp(start)
    if end is not None:
        keep &= ev["start"] <= pd.Timestamp(end)
    if theme not in (None, "", "all"):
        keep &= (ev["course_theme"] == theme) | (ev["theme"] == theme)
    ev = ev[keep]
    out = ev[["event_id", "date_label", "event", "course_theme", "confidence"]].copy()
    by = {}
    ment = ment[ment["event_id"].isin(set(ev["event_id"])) & ment["article_id"].astype(str).isin(set(sources))]
    for row in ment.itertuples(index=False):
        cell = by.setdefault((row.event_id, str(row.article_id)), {"found": False, "listed": False, "ev": []})
        cell["found"] |= bool(row.found_in_text)
        cell["listed"] |= bool(row.listed_in_facts)
        if row.found_in_text:
            cell["ev"].append(f"{row.match!r} ({row.sentence_id})")
    names, cols = [], {}
    event_ids = out["event_id"].tolist()
    for aid in sources:
        col = []
        for e in event_ids:
            c = by.get((e, aid))
            if c is None:
                col.append("")
            elif c["found"]:
                col.append(FOUND + (": " + "; ".join(dict.fromkeys(c["ev"])) if evidence else ""))
            else:
                col.append(LISTED)
        cols[corpus.short[aid]] = col
        names.append(corpus.short[aid])
    if cols:  # all source columns at once (one insert per column is slow with 1,000 sources)
        out = pd.concat([out, pd.DataFrame(cols, index=out.index)], axis=1)
    out["mentioned_by"] = [", ".join(n for n in names if str(cols[n][i]).startswith("✔"))
                           for i in range(len(out))] if names else ""
    return out.reset_index(drop=True)


def timeline_marks(start=None, end=None, theme=None, sources=None, evidence=False, folder=None,
                   events=None, sentences=None) -> pd.DataFrame:
    """The table :class:`TimelineView` shows: one row per verified event, one column per source.

    Columns: ``event_id, date_label, event, course_theme, confidence``, then one column per
    source (its ``short`` name) holding ``"✔ in text"`` when a sentence of that source names the
    event (with ``evidence=True`` also the matched words and sentence ids), ``"◐ facts file only"``
    when the course's facts file lists the source but the keywords find no sentence (read the
    article and decide), or ``""``; and ``mentioned_by`` (the sources with ``✔``).

    Built from :func:`helpers.analysis.chronology.timeline` and :func:`helpers.analysis.chronology.timeline_mentions`
    (their docstrings give the method and blind spots: keywords find wordings, not references).
    ``start``/``end`` keep events overlapping the window; ``theme`` keeps one course theme.
    """
    corpus = _Corpus(folder, sentences=sentences)
    ev, ment = _timeline_tables(corpus, events)
    if theme not in (None, "", "all") and theme not in set(ev["course_theme"]) | set(ev["theme"]):
        raise choice_error("theme", theme, set(ev["course_theme"]))
    return _timeline_wide(ev, ment, corpus, start, end, theme, sources, evidence)


class TimelineView(_View):
    """Verified events on a date-range slider, with a theme filter and one mark column per source.

    Controls: ``dates`` (SelectionRangeSlider over the event dates), ``theme`` (Dropdown,
    ``"all"`` or a theme), ``sources`` (one Checkbox per source), ``evidence`` (ToggleButton:
    show the matched words and sentence ids). Output: ``html`` (an HTML table). Twin:
    :func:`timeline_marks`.
    """

    twin = "timeline_marks(start, end, theme)"

    def __init__(self, folder=None, theme="all", events=None, sentences=None):
        self.corpus = _Corpus(folder, sentences=sentences)
        self._ev, self._ment = _timeline_tables(self.corpus, events)  # computed once
        dates = sorted(set(self._ev["start"]))
        opts = [(d.strftime("%d %b %Y"), d) for d in dates]
        self.dates = W.SelectionRangeSlider(options=opts, index=(0, len(opts) - 1), description="Dates",
                                            layout=W.Layout(width="95%"), continuous_update=False)
        themes = [t for t in THEMES if t in set(self._ev["course_theme"])]
        themes += sorted(set(self._ev["course_theme"]) - set(themes))
        self.theme = W.Dropdown(options=["all", *themes], value=theme, description="Theme")
        self.source_boxes = _source_boxes(self.corpus)
        self.evidence = W.ToggleButton(value=False, description="evidence", icon="search",
                                       tooltip="show the matched words and sentence ids")
        self.html = W.HTML()
        for c in (self.dates, self.theme, self.evidence):
            c.observe(self._update, names="value")
        self._watch_boxes()
        self.widget = W.VBox([self.dates, W.HBox([self.theme, self.evidence]),
                              W.HBox(self.source_boxes), self.html])
        self.widget.add_class("bew-timeline")
        self._update()

    @property
    def sources(self) -> list[str]:
        """Article ids of the ticked sources."""
        return [aid for aid, b in zip(self.corpus.ids, self.source_boxes, strict=True) if b.value]

    def _summary(self):
        lo, hi = self.dates.value
        return f"{lo:%Y-%m-%d} to {hi:%Y-%m-%d}, theme={self.theme.value!r}"

    def table(self) -> pd.DataFrame:
        lo, hi = self.dates.value
        return _timeline_wide(self._ev, self._ment, self.corpus, lo, hi, self.theme.value, self.sources,
                              self.evidence.value)

    def _update(self, change=None):
        df = self.table()
        names = [self.corpus.short[a] for a in self.sources]
        intro = (self._cap_note() + f"<p>{len(df)} verified events. Marks: <b>✔ in text</b> = the source names the event; "
                 f"<i>◐ facts file only</i> = the facts file lists the source but no sentence matched "
                 f"the keywords (read the article); empty = not mentioned.</p>")
        if df.empty:
            self.html.value = _CSS + _msg("No verified event in this date range and theme: widen the dates "
                                          "or choose 'all'.")
            return
        self.html.value = (_CSS + "<div class='bew-view'>" + intro
                           + _html_table(df, ["date_label", "event", "course_theme", "confidence", *names])
                           + "</div>")


# ---------------------------------------------------------------- per-paragraph marks (computed once)
def _forms(matched: str) -> list[str]:
    """``"sanctions (4); energy (1)"`` -> ``["sanctions", "energy"]`` (frame_scores' matched column)."""
    return [re.sub(r"\s*\(\d+\)$", "", m).strip() for m in str(matched or "").split(";") if m.strip()]


class _Marks:
    """Frame words, loaded labels and quoted speakers of every paragraph, as spans and evidence.

    Computed once per corpus (one call each to ``frame_scores``, ``labels`` and ``quotes``);
    every theme and every source selection reuses it.
    """

    def __init__(self, corpus: _Corpus):
        self.spans: dict[str, list] = {}  # paragraph_id -> [(start, end, kind, note)]
        self.evidence: dict[str, dict[str, list[str]]] = {}  # paragraph_id -> kind -> ["..."]
        self.speakers: dict[str, list[str]] = {}  # paragraph_id -> speakers quoted there
        self._frames(corpus)
        self._labels(corpus)
        self._quotes(corpus)

    def _add(self, pid, start, end, kind, note, evidence):
        self.spans.setdefault(pid, []).append((start, end, kind, note))
        ev = self.evidence.setdefault(pid, {}).setdefault(kind, [])
        if evidence not in ev:
            ev.append(evidence)

    def _frames(self, corpus: _Corpus):
        from helpers.analysis.frames import frame_scores

        fs = frame_scores(corpus.paragraphs, level="paragraph")
        fs = fs[fs["hits"] > 0]
        for row in fs.itertuples(index=False):
            text = corpus.para_text.get(row.paragraph_id, "")
            for s, e, _ in find_terms(text, _forms(row.matched)):
                self._add(row.paragraph_id, s, e, "frame", row.frame, f"{row.frame}: {text[s:e]}")

    def _labels(self, corpus: _Corpus):
        from helpers.analysis.labelling import labels

        sents = corpus.sentences
        offset = dict(zip(sents["sentence_id"], sents["start"], strict=True))
        lab = labels(sents)
        for row in lab.itertuples(index=False):
            text = corpus.para_text.get(row.paragraph_id, "")
            s = offset.get(row.sentence_id, 0) + int(row.start)
            e = s + (int(row.end) - int(row.start))
            if text[s:e] != row.match:  # offsets disagree: place the mark by the words instead
                hits = find_terms(text, [row.match])
                if not hits:
                    continue
                s, e, _ = hits[0]
            note = f"{row.category}" + (" (inside a quotation)" if row.quoted else "")
            self._add(row.paragraph_id, s, e, "label", note,
                      f"{row.match} [{row.category}{', quoted' if row.quoted else ''}] ({row.sentence_id})")

    def _quotes(self, corpus: _Corpus):
        q = _quotes_table(corpus)
        sents = corpus.sentences
        span = dict(zip(sents["sentence_id"], zip(sents["start"], sents["end"], strict=True), strict=True))
        for row in q.itertuples(index=False):
            pid, name = row.paragraph_id, str(row.speaker or "").strip()
            who = f"{row.actor or name} ({row.group or 'unresolved'})"
            text = corpus.para_text.get(pid, "")
            lo, hi = span.get(row.sentence_id, (0, len(text)))
            # the speaker's words in the quote's sentence (else the first in the paragraph)
            hits = [h for h in find_terms(text, [name]) if lo <= h[0] < hi] or find_terms(text, [name])[:1]
            for s, e, _ in hits[:1]:
                self._add(pid, s, e, "speaker", who, f"{who} ({row.sentence_id})")
            if not hits:
                ev = self.evidence.setdefault(pid, {}).setdefault("speaker", [])
                if f"{who} ({row.sentence_id})" not in ev:
                    ev.append(f"{who} ({row.sentence_id})")
            lst = self.speakers.setdefault(pid, [])
            if who not in lst:
                lst.append(who)


def _quotes_table(corpus: _Corpus) -> pd.DataFrame:
    from helpers.analysis.quoting import quotes

    return quotes(corpus.paragraphs)


# ---------------------------------------------------------------- compare sources
COMPARE_COLUMNS = ["article_id", "short", "outlet", "published", "genre", "n_passages", "paragraph_id",
                   "text", "theme_words", "frame_words", "labels", "speakers", "note"]


class _CompareData:
    """Everything CompareView needs, computed once per corpus; passages cached per theme."""

    def __init__(self, corpus: _Corpus):
        from helpers.analysis.coverage import tag_themes, themes

        self.corpus = corpus
        self.tagged = tag_themes(corpus.paragraphs)  # all themes at once
        known = themes()["theme"].tolist()
        self.themes = [t for t in known if t in set(self.tagged["theme"])] or known
        self.themes += [t for t in known if t not in self.themes]
        self.labels = dict(zip(themes()["theme"], themes()["label"], strict=True))
        self.marks = _Marks(corpus)
        self._tables: dict[str, pd.DataFrame] = {}
        self._columns: dict[tuple[str, str, bool], str] = {}
        self._rows: dict[tuple[str, str], list[dict]] = {}  # (theme, source) -> its rows
        self._by_aid: dict[str, dict[str, pd.DataFrame]] = {}  # theme -> source -> tagged passages
        self._arts: dict[str, dict] | None = None

    def table(self, theme: str, aids=None) -> pd.DataFrame:
        """The theme's rows for ``aids`` (default all sources), in catalogue order; rows are built
        per source when first needed, so a view showing 12 of 1,000 sources builds 12."""
        if theme not in self.themes:
            raise choice_error("theme", theme, self.themes)
        if aids is None:
            if theme not in self._tables:
                self._tables[theme] = self._frame(theme, self.corpus.ids)
            return self._tables[theme]
        keep = set(aids)
        return self._frame(theme, [a for a in self.corpus.ids if a in keep])

    def _frame(self, theme: str, aids) -> pd.DataFrame:
        rows = [r for aid in aids for r in self._source_rows(theme, aid)]
        return pd.DataFrame(rows, columns=COMPARE_COLUMNS)

    def _source_rows(self, theme: str, aid: str) -> list[dict]:
        key = (theme, aid)
        if key not in self._rows:
            self._rows[key] = self._build(theme, aid)
        return self._rows[key]

    def _build(self, theme: str, aid: str) -> list[dict]:
        """One source's rows on a theme (a single "silent" row when it has no passage)."""
        c = self.corpus
        if theme not in self._by_aid:
            tag = self.tagged[self.tagged["theme"] == theme]
            self._by_aid[theme] = dict(list(tag.groupby(tag["article_id"].astype(str), sort=False)))
        if self._arts is None:
            self._arts = dict(zip(c.ids, c.articles.to_dict("records"), strict=True))
        by_aid, arts = self._by_aid[theme], self._arts
        rows = []
        a = arts[aid]
        base = {"article_id": aid, "short": a["short"], "outlet": a["outlet"],
                "published": a.get("published_text", str(a.get("published", ""))),
                "genre": a.get("genre_label", a.get("genre", ""))}
        mine = by_aid.get(aid)
        if mine is None or mine.empty:
            rows.append({**base, "n_passages": 0, "paragraph_id": "", "text": "", "theme_words": "",
                         "frame_words": "", "labels": "", "speakers": "",
                         "note": f"silent: no passage on {theme} (omission)"})
            return rows
        for r in mine.itertuples(index=False):
            ev = self.marks.evidence.get(r.paragraph_id, {})
            rows.append({**base, "n_passages": len(mine), "paragraph_id": r.paragraph_id, "text": r.text,
                         "theme_words": r.matched, "frame_words": "; ".join(ev.get("frame", [])),
                         "labels": "; ".join(ev.get("label", [])),
                         "speakers": "; ".join(self.marks.speakers.get(r.paragraph_id, [])), "note": ""})
        return rows

    def column(self, theme: str, aid: str, evidence: bool) -> str:
        """One source's column as HTML (cached per theme, source and evidence switch)."""
        key = (theme, aid, evidence)
        if key not in self._columns:
            self._columns[key] = self._render(theme, aid, evidence)
        return self._columns[key]

    def _render(self, theme: str, aid: str, evidence: bool) -> str:
        from types import SimpleNamespace

        mine = [SimpleNamespace(**r) for r in self._source_rows(theme, aid)]
        label = self.labels.get(theme, theme)
        n = int(mine[0].n_passages)
        head = self.corpus.header(aid)
        if n == 0:
            body = (f"<p class='bew-count'>0 passages on {esc(theme)}</p>"
                    f"<p class='bew-silent' role='note'><b>⚠ Silent on this theme.</b> {esc(self.corpus.short[aid])} "
                    f"has no paragraph on “{esc(label)}”. An omission is a framing choice too "
                    f"(Entman 1993) - or the dictionary missed the wording: skim the article.</p>")
        else:
            parts = [f"<p class='bew-count'>{n} passage{'s' if n != 1 else ''} on {esc(theme)}</p>"]
            for r in mine:
                body_html = highlight(r.text, self.marks.spans.get(r.paragraph_id, []))
                ev = ""
                if evidence:
                    e = self.marks.evidence.get(r.paragraph_id, {})
                    items = [("paragraph", r.paragraph_id), ("theme words", r.theme_words),
                             ("frame words", "; ".join(e.get("frame", []))),
                             ("labels", "; ".join(e.get("label", []))),
                             ("speakers", "; ".join(e.get("speaker", [])))]
                    ev = "<div class='bew-evidence'>" + "<br>".join(
                        f"{esc(k)}: {esc(v) or '-'}" for k, v in items) + "</div>"
                parts.append(f"<div class='bew-passage'>{ev}{body_html}</div>")
            body = "".join(parts)
        return (f"<div class='bew-col' data-source='{esc(aid)}' role='region' "
                f"aria-label='{esc(self.corpus.short[aid])}'>{head}{body}</div>")


_DATA: dict = {}


def _compare_data(folder=None, articles=None, paragraphs=None, sentences=None) -> _CompareData:
    """Shared per corpus folder (rebuilt when a file in the folder changes); tables passed in
    get their own data."""
    if articles is not None or paragraphs is not None or sentences is not None:
        return _CompareData(_Corpus(folder, articles, paragraphs, sentences))
    from helpers.corpus.loading import load_corpus
    from helpers.corpus.paths import seeds_dir

    path = seeds_dir(folder)
    corpus = load_corpus(path)  # cached per folder; a changed file gives a new Corpus object
    hit = _DATA.get(path)
    if hit is None or hit[0] is not corpus:
        hit = (corpus, _CompareData(_Corpus(path)))
        _DATA[path] = hit
    return hit[1]


def compare_sources(theme="sanctions", sources=None, folder=None, articles=None, paragraphs=None,
                    sentences=None) -> pd.DataFrame:
    """The table :class:`CompareView` shows: each source's passages on one theme.

    One row per (source, passage), sources in catalogue order, plus one row for each source that
    is silent on the theme (``n_passages`` 0, empty ``paragraph_id`` and ``text``, ``note`` saying
    "silent ... (omission)"). Columns: ``article_id, short, outlet, published, genre`` (the
    header above each column), ``n_passages`` (paragraphs of that source on the theme),
    ``paragraph_id``, ``text`` (the paragraph), ``theme_words`` (the theme words found, from
    :func:`helpers.analysis.coverage.tag_themes`), ``frame_words`` (``frame: word`` from
    :func:`helpers.analysis.frames.frame_scores`), ``labels`` (loaded labels with category and sentence id,
    from :func:`helpers.analysis.labelling.labels`), ``speakers`` (quoted speakers, from
    :func:`helpers.analysis.quoting.quotes`) and ``note``.

    ``theme``: one of the themes of :func:`helpers.analysis.coverage.themes`; ``sources``: article ids (or
    short names) to keep, default all. Blind spots: the passages are what the theme dictionary
    finds; a silent source may use words the dictionary lacks; marks are dictionary hits.
    """
    data = _compare_data(folder, articles, paragraphs, sentences)
    if theme not in data.themes:
        raise choice_error("theme", theme, data.themes)
    keep = None if sources is None else data.corpus.check_sources(sources)
    return data.table(theme, keep).reset_index(drop=True)


class CompareView(_View):
    """Sources side by side on one theme.

    Controls: ``theme`` (Dropdown), ``source_boxes`` (one Checkbox per source; ``sources`` gives
    the ticked ids), ``evidence`` (ToggleButton: paragraph/sentence ids and matched terms).
    Output: ``html`` (one column per ticked source, outlet/date/genre header, passage count,
    marks and a legend; a silent source gets an omission note). Twin: :func:`compare_sources`.
    """

    twin = "compare_sources(theme, sources)"

    def __init__(self, theme="sanctions", sources=None, folder=None, articles=None, paragraphs=None,
                 sentences=None):
        self.data = _compare_data(folder, articles, paragraphs, sentences)
        self.corpus = self.data.corpus
        if theme not in self.data.themes:
            raise choice_error("theme", theme, self.data.themes)
        selected = self.corpus.check_sources(sources)
        self.theme = W.Dropdown(options=[(f"{t} - {self.data.labels.get(t, t)}", t) for t in self.data.themes],
                                value=theme, description="Theme", layout=W.Layout(width="420px"))
        self.source_boxes = _source_boxes(self.corpus, selected)
        self.evidence = W.ToggleButton(value=False, description="evidence", icon="search",
                                       tooltip="show paragraph and sentence ids and the matched terms")
        self.summary = W.HTML()
        self.html = W.HTML()
        self.theme.observe(self._update, names="value")
        self.evidence.observe(self._update, names="value")
        self._watch_boxes()
        self.widget = W.VBox([
            W.HBox([self.theme, self.evidence]),
            W.HBox([W.Label("Sources:"), *self.source_boxes], layout=W.Layout(flex_flow="row wrap")),
            self.summary, self.html,
        ])
        self.widget.add_class("bew-compare")
        self._update()

    @property
    def sources(self) -> list[str]:
        """Article ids of the ticked sources."""
        return [aid for aid, b in zip(self.corpus.ids, self.source_boxes, strict=True) if b.value]

    def _summary(self):
        return f"theme={self.theme.value!r}, sources={len(self.sources)} of {len(self.corpus.ids)}"

    def table(self) -> pd.DataFrame:
        return self.data.table(self.theme.value, self.sources).reset_index(drop=True)

    def _update(self, change=None):
        theme, ev = self.theme.value, self.evidence.value
        chosen = self.sources
        if not chosen:
            self.summary.value = ""
            self.html.value = _CSS + _msg("No source ticked: tick at least one source to compare.")
            return
        counts = {a: self.data._source_rows(theme, a)[0]["n_passages"] for a in chosen}
        silent = [self.corpus.short[a] for a in chosen if counts[a] == 0]
        line = "; ".join(f"{self.corpus.short[a]}: {int(counts[a])}" for a in chosen)
        self.summary.value = (_CSS + "<div class='bew-view'>" + LEGEND + self._cap_note()
                              + f"<p>Passages on <strong>{esc(theme)}</strong> per source - {esc(line)}."
                              + (f" Silent (omission): {esc(', '.join(silent))}." if silent else "")
                              + "</p></div>")
        cols = "".join(self.data.column(theme, a, ev) for a in chosen)
        self.html.value = f"{_CSS}<div class='bew-view'><div class='bew-cols'>{cols}</div></div>"


# ---------------------------------------------------------------- frame editor
def _terms_of(text: str) -> list[str]:
    return [t.strip() for t in str(text or "").replace("\n", ",").split(",") if t.strip(" *")]


class FrameEditor(_View):
    """Edit the frame dictionary and watch the scores change.

    Controls: ``boxes`` (dict frame -> Textarea of comma-separated terms, the five generic frames
    of Semetko & Valkenburg 2000 and the geopolitical axis ``eu_west``/``russia_china``), ``reset``
    (Button: back to the shipped dictionary). Output: ``html`` (heat table of hits per 1,000 words
    per source and frame, the number in every cell, the matched words below it) and ``message``
    (frames left out because they have no words, or the error). Twin:
    ``frame_scores(dictionary=view.dictionary())``.
    """

    twin = "frame_scores(dictionary=...)"

    def __init__(self, folder=None, paragraphs=None, articles=None):
        from helpers.analysis.frames import frame_dictionary

        self.corpus = _Corpus(folder, articles=articles, paragraphs=paragraphs)
        shipped = frame_dictionary()
        self.shipped = {f: ", ".join(g["term"]) for f, g in shipped.groupby("frame", sort=False)}
        self.boxes = {f: W.Textarea(value=terms, description=f, continuous_update=True,
                                    layout=W.Layout(width="98%", height="54px"),
                                    style={"description_width": "110px"})
                      for f, terms in self.shipped.items()}
        self.reset = W.Button(description="Reset dictionary", icon="undo",
                              tooltip="back to the shipped helpers/data/frames.csv")
        self.message = W.HTML()
        self.html = W.HTML()
        self._cache: dict[tuple, pd.DataFrame | str] = {}
        self._muted = False
        for b in self.boxes.values():
            b.observe(self._update, names="value")
        self.reset.on_click(self._reset)
        self.widget = W.VBox([W.HTML("<b>Frame dictionary</b> (comma-separated words; a trailing * is a "
                                     "wildcard: <code>sanction*</code>)"),
                              *self.boxes.values(), self.reset, self.message, self.html])
        self.widget.add_class("bew-frames")
        self._update()

    def dictionary(self) -> dict[str, list[str]]:
        """The dictionary as typed: ``{frame: [terms]}``, frames without words left out."""
        d = {f: _terms_of(b.value) for f, b in self.boxes.items()}
        return {f: t for f, t in d.items() if t}

    def empty_frames(self) -> list[str]:
        return [f for f, b in self.boxes.items() if not _terms_of(b.value)]

    def _summary(self):
        return f"{len(self.dictionary())} frames, {sum(map(len, self.dictionary().values()))} terms"

    def _scores(self):
        from helpers.analysis.frames import frame_scores

        d = self.dictionary()
        key = tuple((f, tuple(t)) for f, t in d.items())
        if key not in self._cache:
            if len(self._cache) > 64:
                self._cache.clear()
            try:
                self._cache[key] = frame_scores(self.corpus.paragraphs, dictionary=d or {})
            except CorpusError as exc:
                self._cache[key] = str(exc)
        return self._cache[key]

    def table(self) -> pd.DataFrame:
        """``frame_scores(paragraphs, dictionary=self.dictionary())``: what the heat table shows."""
        res = self._scores()
        if isinstance(res, str):
            raise CorpusError(res)
        return res.copy()

    def _reset(self, _button=None):
        self._muted = True
        try:
            for f, b in self.boxes.items():
                b.value = self.shipped[f]
        finally:
            self._muted = False
        self._update()

    def _update(self, change=None):
        if self._muted:
            return
        empty = self.empty_frames()
        note = (f"Frame(s) {', '.join(empty)} have no words: they are left out of the scores. "
                "Type at least one word to bring a frame back." if empty else "")
        res = self._scores()
        if isinstance(res, str):
            self.message.value = _CSS + _msg(" ".join(x for x in (note, res) if x))
            self.html.value = ""
            return
        self.message.value = _CSS + _msg(note) if note else ""
        self.html.value = _CSS + "<div class='bew-view'>" + self._heat(res) + "</div>"

    def _heat(self, res: pd.DataFrame) -> str:
        frames = list(dict.fromkeys(res["frame"]))
        top = max(float(res["per_1000"].max()), 1e-9)
        head = "".join(f"<th scope='col'>{esc(f)}</th>" for f in frames)
        rows, cells_of = [], {}
        for aid, per_1000, hits, matched in zip(res["article_id"].tolist(), res["per_1000"].tolist(),
                                                res["hits"].tolist(), res["matched"].tolist()):
            alpha = 0.85 * float(per_1000) / top
            cells_of.setdefault(aid, []).append(
                f"<td style='background: rgba(11, 79, 138, {alpha:.2f}); "
                f"color: {'#fff' if alpha > 0.45 else '#000'}'><b>{per_1000:.1f}</b> "
                f"<span>({int(hits)})</span><br><small>{esc(matched) or '-'}</small></td>")
        for aid, cells in cells_of.items():  # sources in order of first appearance, as groupby(sort=False)
            name = self.corpus.short.get(str(aid), str(aid))
            rows.append(f"<tr><th scope='row'>{esc(name)}</th>{''.join(cells)}</tr>")
        return ("<p>Hits per 1,000 words (number of hits in brackets; darker = more), and the words "
                "that matched. Dictionaries count words, not meanings: no irony, negation or speaker.</p>"
                f"<table><thead><tr><th>source</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


# ---------------------------------------------------------------- quote board
def _bar(share: float) -> str:
    n = int(round(float(share) * 20))
    return "█" * n + "·" * (20 - n)


def quote_board(group=None, sources=None, folder=None, share=False, paragraphs=None, articles=None):
    """The tables :class:`QuoteBoard` shows, without widgets.

    ``share=False``: :func:`helpers.analysis.quoting.quotes` filtered to ``sources`` (article ids or short
    names, default all) and actor ``group`` (default all; ``"unresolved"`` for speakers the
    resolver could not name). ``share=True``: :func:`helpers.analysis.quoting.share_of_voice` for the same
    sources (and group), columns ``article_id, short, group, quotes, words, share``.
    """
    corpus = _Corpus(folder, articles=articles, paragraphs=paragraphs)
    q, sov = _quote_tables(corpus)
    return _quote_filter(corpus, q, sov, group, sources, share)


def _quote_tables(corpus: _Corpus):
    from helpers.analysis.quoting import share_of_voice

    q = _quotes_table(corpus)
    sov = share_of_voice(q, corpus.articles)
    return q, sov


def _quote_filter(corpus, q, sov, group, sources, share):
    keep = corpus.check_sources(sources)
    groups = sorted(set(sov["group"]))
    if group not in (None, "", "all") and group not in groups:
        raise choice_error("group", group, groups)
    if share:
        out = sov[sov["article_id"].astype(str).isin(keep)]
        if group not in (None, "", "all"):
            out = out[out["group"] == group]
        return out.reset_index(drop=True)
    out = q[q["article_id"].astype(str).isin(keep)]
    if group not in (None, "", "all"):
        grp = out["group"].replace("", "unresolved").fillna("unresolved")
        out = out[grp == group]
    return out.reset_index(drop=True)


class QuoteBoard(_View):
    """Who speaks in each source, filtered by actor group, with share of voice.

    Controls: ``group`` (Dropdown: ``"all"`` or an actor group), ``source_boxes`` (one Checkbox per
    source), ``evidence`` (ToggleButton: sentence ids and the paragraph). Output: ``share_html``
    (share of quoted words per source and group: a bar of █ and the percentage) and ``html`` (the
    quotes). Twins: :func:`quote_board` (= ``quotes()`` filtered) and
    ``quote_board(share=True)`` (= ``share_of_voice()``).
    """

    twin = "quote_board(group, sources) and quote_board(share=True)"

    def __init__(self, group="all", sources=None, folder=None, paragraphs=None, articles=None):
        self.corpus = _Corpus(folder, articles=articles, paragraphs=paragraphs)
        self._q, self._sov = _quote_tables(self.corpus)  # computed once
        self._quoted_words = self._sov.groupby(self._sov["article_id"].astype(str))["words"].sum().to_dict()
        present = set(self._sov["group"])
        groups = [g for g in (*ACTOR_GROUPS, "unresolved") if g in present]
        groups += sorted(present - set(groups))
        self.group = W.Dropdown(options=["all", *groups], value=group, description="Group")
        self.source_boxes = _source_boxes(self.corpus, self.corpus.check_sources(sources))
        self.evidence = W.ToggleButton(value=False, description="evidence", icon="search",
                                       tooltip="show sentence ids and cue words")
        self.share_html = W.HTML()
        self.html = W.HTML()
        for c in (self.group, self.evidence):
            c.observe(self._update, names="value")
        self._watch_boxes()
        self.widget = W.VBox([W.HBox([self.group, self.evidence]),
                              W.HBox([W.Label("Sources:"), *self.source_boxes],
                                     layout=W.Layout(flex_flow="row wrap")),
                              self.share_html, self.html])
        self.widget.add_class("bew-quotes")
        self._update()

    @property
    def sources(self) -> list[str]:
        return [aid for aid, b in zip(self.corpus.ids, self.source_boxes, strict=True) if b.value]

    def _summary(self):
        return f"group={self.group.value!r}, sources={len(self.sources)} of {len(self.corpus.ids)}"

    def table(self) -> pd.DataFrame:
        return _quote_filter(self.corpus, self._q, self._sov, self.group.value, self.sources, False)

    def share_table(self) -> pd.DataFrame:
        return _quote_filter(self.corpus, self._q, self._sov, self.group.value, self.sources, True)

    def _update(self, change=None):
        if not self.sources:
            self.share_html.value = _CSS + _msg("No source ticked: tick at least one source.")
            self.html.value = ""
            return
        sov = self.share_table()
        sov = sov[(sov["words"] > 0) | (self.group.value != "all")]
        rows = [{"source": self.corpus.short.get(str(r.article_id), r.article_id), "group": r.group,
                 "quotes": int(r.quotes), "words": int(r.words),
                 "share": f"{_bar(r.share)} {100 * float(r.share):.0f}%"} for r in sov.itertuples(index=False)]
        silent = [self.corpus.short[a] for a in self.sources if self._quoted_words.get(a, 0) == 0]
        head = ("<p><b>Share of voice</b>: each group's share of the words quoted in a source "
                "(bar of 20 blocks and the percentage).</p>")
        note = f"<p>Quotes nobody: {esc(', '.join(silent))}.</p>" if silent else ""
        self.share_html.value = (_CSS + "<div class='bew-view'>" + self._cap_note() + head + note
                                 + (_html_table(pd.DataFrame(rows)) if rows else "<p>No quoted words.</p>")
                                 + "</div>")
        q = self.table()
        if q.empty:
            self.html.value = _CSS + _msg(f"No quotation from group {self.group.value!r} in the ticked sources.")
            return
        cols = ["source", "speaker", "actor", "group", "kind", "quote"]
        shown = q.assign(source=[self.corpus.short.get(str(a), a) for a in q["article_id"]])
        if self.evidence.value:
            cols += ["cue", "sentence_id"]
        self.html.value = (_CSS + f"<div class='bew-view'><p><b>{len(q)} quotations</b> (direct = inside "
                           "quotation marks; indirect = reported speech).</p>"
                           + _html_table(shown, cols) + "</div>")


# ---------------------------------------------------------------- coding panel
def _safe_folder(folder) -> Path:
    """The working folder for codings; refuses the corpus folder and the package itself."""
    from helpers.corpus.paths import PACKAGE_DIR, seeds_dir

    path = Path(folder or "my_work").expanduser().resolve()
    for forbidden in (PACKAGE_DIR, seeds_dir(None)):
        if path == forbidden or forbidden in path.parents:
            raise CorpusError(f"folder={str(folder)!r} is inside {forbidden}: save your coding in a "
                              "working folder of your own, e.g. 'my_work'.")
    return path


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "_", fold(str(text))).strip("_") or "me"


class CodingPanel(_View):
    """Code one article with Semetko & Valkenburg's (2000) 20 yes/no questions and compare.

    Controls: ``article`` (Dropdown of sources), ``coder`` (Text: your name, used in the file
    name), ``items`` (dict item_id -> Checkbox: ticked = yes), ``folder`` (Text, default
    ``my_work``: created on save, relative to the notebook's folder; never ``seeds/`` or the
    package), ``save`` (Button), ``partner`` (Text: path of a classmate's CSV), ``load`` (Button),
    ``threshold`` (the dictionary's hits per 1,000 words for "yes"). Output: ``status``,
    ``dictionary_html`` (agreement with :func:`helpers.analysis.frames.dictionary_coding`) and
    ``partner_html`` (agreement with the partner). Twins: ``coding_sheet()`` (``view.table()``
    is the filled sheet) and ``agreement()``.
    """

    twin = "coding_sheet(article_id) and agreement(a, b)"

    def __init__(self, article=None, folder="my_work", coder="me", threshold=None, corpus_folder=None,
                 paragraphs=None, articles=None):
        from helpers.analysis.frames import DEFAULT_THRESHOLD, coding_items

        self.corpus = _Corpus(corpus_folder, articles=articles, paragraphs=paragraphs)
        first = self.corpus.ids[0] if article is None else self.corpus.check_sources([article], "article")[0]
        self.article = W.Dropdown(options=[(f"{self.corpus.short[a]} [{a}]", a) for a in self.corpus.ids],
                                  value=first, description="Article")
        self.coder = W.Text(value=coder, description="Your name")
        self.items_table = coding_items()
        self.items = {}
        rows = []
        for r in self.items_table.itertuples(index=False):
            box = W.Checkbox(value=False, description=r.item_id, indent=False, tooltip=r.question,
                             layout=W.Layout(width="170px"))
            self.items[r.item_id] = box
            rows.append(W.HBox([box, W.HTML(f"<span title='{esc(r.note)}'>{esc(r.question)}</span>")]))
        self.folder = W.Text(value=str(folder), description="Save in")
        self.save = W.Button(description="Save my coding", icon="save")
        self.partner = W.Text(value="", description="Partner CSV", placeholder="my_work/coding_001_ana.csv",
                              layout=W.Layout(width="420px"))
        self.load = W.Button(description="Compare with partner", icon="users")
        self.threshold = W.FloatSlider(value=DEFAULT_THRESHOLD if threshold is None else threshold, min=0,
                                       max=40, step=1, description="Dict. yes at", continuous_update=False,
                                       readout_format=".0f")
        self.status = W.HTML()
        self.dictionary_html = W.HTML()
        self.partner_html = W.HTML()
        self._dict_cache: dict[tuple, pd.DataFrame] = {}
        self._partner: pd.DataFrame | None = None
        self.article.observe(self._article_changed, names="value")
        self.threshold.observe(self._update, names="value")
        for b in self.items.values():
            b.observe(self._update, names="value")
        self.save.on_click(lambda _b: self.save_csv())
        self.load.on_click(lambda _b: self.load_partner())
        self.widget = W.VBox([
            W.HTML("<b>Code the article</b>: tick = yes, empty = no (Semetko &amp; Valkenburg 2000). "
                   "Read the article first (<code>load_articles()</code>)."),
            W.HBox([self.article, self.coder]), *rows,
            W.HBox([self.folder, self.save]), W.HBox([self.partner, self.load]), self.threshold,
            self.status, self.dictionary_html, self.partner_html,
        ])
        self.widget.add_class("bew-coding")
        self._update()

    def _summary(self):
        return f"article={self.article.value!r}, {sum(b.value for b in self.items.values())} of {len(self.items)} yes"

    def table(self) -> pd.DataFrame:
        """The filled coding sheet: ``coding_sheet(article)`` with ``answer`` yes/no from the boxes."""
        from helpers.analysis.frames import coding_sheet

        sheet = coding_sheet(self.article.value, articles=self.corpus.articles)
        sheet["answer"] = ["yes" if self.items[i].value else "no" for i in sheet["item_id"]]
        return sheet

    def path(self) -> Path:
        return _safe_folder(self.folder.value) / f"coding_{_slug(self.article.value)}_{_slug(self.coder.value)}.csv"

    def save_csv(self) -> Path | None:
        """Write the coding to ``<folder>/coding_<article>_<name>.csv`` (the folder is created)."""
        try:
            path = self.path()
            path.parent.mkdir(parents=True, exist_ok=True)
            self.table().to_csv(path, index=False, quoting=csv.QUOTE_MINIMAL)
        except (CorpusError, OSError) as exc:
            self.status.value = _CSS + _msg(f"Not saved: {exc}")
            return None
        self.status.value = _CSS + _msg(f"Saved {path.name} in {path.parent.name}/ ({len(self.items)} answers).")
        return path

    def load_partner(self, path=None) -> pd.DataFrame | None:
        """Read a classmate's CSV (``path`` or the ``partner`` box) and show the agreement."""
        if path is not None:
            self.partner.value = str(path)
        raw = self.partner.value.strip()
        try:
            if not raw:
                raise CorpusError("Type the path of your partner's CSV file first "
                                  "(e.g. my_work/coding_001_ana.csv).")
            p = Path(raw).expanduser()
            try:
                df = pd.read_csv(p, dtype=str, keep_default_na=False)
            except FileNotFoundError:
                raise CorpusError(f"{raw}: no such file. Check the path (relative to this notebook).") from None
            except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
                raise CorpusError(f"{raw}: not a readable CSV file ({exc}).") from None
            for col in ("item_id", "answer"):
                if col not in df.columns:
                    raise CorpusError(f"{raw}: the column {col!r} is missing; save the file from the "
                                      "coding panel or coding_sheet().")
            if "article_id" in df.columns:
                mine = df[df["article_id"].astype(str) == self.article.value]
                if mine.empty:
                    raise CorpusError(f"{raw} codes article(s) {', '.join(sorted(set(df['article_id'])))}, "
                                      f"not {self.article.value}: choose that article above.")
                df = mine
            self._partner = df.reset_index(drop=True)
        except CorpusError as exc:
            self._partner = None
            self.partner_html.value = _CSS + _msg(str(exc))
            return None
        self._update()
        return self._partner

    def _article_changed(self, change=None):
        self._partner = None
        self.partner_html.value = ""
        self._update()

    def dictionary_table(self) -> pd.DataFrame:
        from helpers.analysis.frames import dictionary_coding

        key = (self.article.value, float(self.threshold.value))
        if key not in self._dict_cache:
            self._dict_cache[key] = dictionary_coding(self.article.value, self.corpus.paragraphs,
                                                      threshold=self.threshold.value)
        return self._dict_cache[key]

    def _compare(self, other: pd.DataFrame, who: str) -> str:
        from helpers.analysis.frames import agreement

        mine = self.table()
        try:
            summ = agreement(mine, other).iloc[0]
            detail = agreement(mine, other, detail=True)
        except CorpusError as exc:
            return _msg(f"Cannot compare with {who}: {exc}")
        q = dict(zip(self.items_table["item_id"], self.items_table["question"], strict=True))
        diff = detail[~detail["agree"]].copy()
        diff["item_id"] = diff["item"].str.split(":").str[-1]
        diff["question"] = diff["item_id"].map(q)
        kappa = "undefined" if pd.isna(summ["kappa"]) else f"{summ['kappa']:.2f}"
        head = (f"<p><b>Agreement with {esc(who)}</b>: {int(summ['agreed'])} of {int(summ['n_items'])} items "
                f"(observed {summ['observed']:.2f}, expected by chance {summ['expected']:.2f}); "
                f"Cohen's kappa = <b>{esc(kappa)}</b> ({esc(summ['interpretation'])}). {esc(summ['note'])}</p>")
        if diff.empty:
            return head + "<p>No differences.</p>"
        shown = diff.rename(columns={"a": "you", "b": who})
        return head + "<p>Where you differ:</p>" + _html_table(shown, ["item_id", "question", "you", who])

    def _update(self, change=None):
        try:
            d = self.dictionary_table()
        except CorpusError as exc:
            self.dictionary_html.value = _CSS + _msg(str(exc))
        else:
            self.dictionary_html.value = (_CSS + "<div class='bew-view'>"
                                          + self._compare(d, "dictionary")
                                          + f"<p><small>Dictionary rule: a frame is 'yes' at "
                                          f"{self.threshold.value:.0f}+ hits per 1,000 words; every item of "
                                          "a frame gets the frame's answer.</small></p></div>")
        if self._partner is not None:
            self.partner_html.value = (_CSS + "<div class='bew-view'>" + self._compare(self._partner, "partner")
                                       + "</div>")


# ---------------------------------------------------------------- dashboard
class Dashboard(_View):
    """CompareView and QuoteBoard on one page (``voila notebooks/dashboard.ipynb``).

    ``compare`` and ``quotes`` are the two views; their source checkboxes are linked, so
    unticking a source in one unticks it in the other. Twins: :func:`compare_sources` and
    :func:`quote_board`.
    """

    twin = "compare_sources(theme, sources) and quote_board(group, sources)"

    def __init__(self, theme="sanctions", folder=None):
        self.compare = CompareView(theme=theme, folder=folder)
        self.quotes = QuoteBoard(folder=folder)
        self.links = [W.link((a, "value"), (b, "value"))
                      for a, b in zip(self.compare.source_boxes, self.quotes.source_boxes, strict=True)]
        self.widget = W.VBox([
            W.HTML("<h3>Sources side by side</h3><p>Pick a theme and tick the sources to compare.</p>"),
            self.compare.widget,
            W.HTML("<h3>Who speaks</h3><p>Quoted speakers per source, by actor group, with their share "
                   "of the quoted words.</p>"),
            self.quotes.widget,
        ])
        self.widget.add_class("bew-dashboard")

    def _summary(self):
        return f"compare: {self.compare._summary()}; quotes: {self.quotes._summary()}"


# ---------------------------------------------------------------- keyword in context
class KwicView(_View):
    """Keyword in context: a search box, a window slider and a source filter over a concordance.

    Controls: ``pattern`` (Text: words, case- and diacritic-insensitive; a trailing ``*`` is a
    wildcard), ``regex`` (Checkbox: treat the pattern as a regular expression), ``window`` (IntSlider:
    words of context on each side), ``source_boxes`` (one Checkbox per source). Output: ``html``
    (the concordance, match in bold, or a message for an empty pattern or an invalid regex).
    Twin: ``kwic(pattern, window=..., regex=..., articles=view.sources)``.
    """

    twin = "kwic(pattern, window, regex=..., articles=...)"

    def __init__(self, pattern="", window=8, regex=False, sources=None, folder=None, sentences=None,
                 articles=None):
        self.corpus = _Corpus(folder, articles=articles, sentences=sentences)
        sents = self.corpus.sentences.copy()
        if "short" not in sents.columns:
            sents["short"] = sents["article_id"].astype(str).map(self.corpus.short)
        self._sentences = sents
        self.pattern = W.Text(value=pattern, description="Search", placeholder="a word, e.g. sanction* or vucic",
                              continuous_update=True, layout=W.Layout(width="360px"))
        self.regex = W.Checkbox(value=regex, description="regex", indent=False,
                                tooltip="treat the search as a Python regular expression")
        self.window = W.IntSlider(value=window, min=0, max=30, description="Window",
                                  tooltip="words of context on each side", continuous_update=False)
        self.source_boxes = _source_boxes(self.corpus, self.corpus.check_sources(sources))
        self.html = W.HTML()
        self._cache: dict[tuple, pd.DataFrame | str] = {}
        for c in (self.pattern, self.regex, self.window):
            c.observe(self._update, names="value")
        self._watch_boxes()
        self.widget = W.VBox([W.HBox([self.pattern, self.regex]), self.window,
                              W.HBox([W.Label("Sources:"), *self.source_boxes],
                                     layout=W.Layout(flex_flow="row wrap")), self.html])
        self.widget.add_class("bew-kwic")
        self._update()

    @property
    def sources(self) -> list[str]:
        return [aid for aid, b in zip(self.corpus.ids, self.source_boxes, strict=True) if b.value]

    def _summary(self):
        return f"pattern={self.pattern.value!r}, window={self.window.value}, regex={self.regex.value}"

    def _result(self):
        from helpers.analysis.concordance import kwic

        key = (self.pattern.value, self.regex.value, self.window.value, tuple(self.sources))
        if key not in self._cache:
            if len(self._cache) > 128:
                self._cache.clear()
            try:
                self._cache[key] = kwic(self.pattern.value, window=self.window.value, sentences=self._sentences,
                                        regex=self.regex.value, articles=self.sources)
            except CorpusError as exc:
                self._cache[key] = str(exc)
        return self._cache[key]

    def table(self) -> pd.DataFrame:
        """The concordance shown (raises ``CorpusError`` where the view shows a message)."""
        res = self._result()
        if isinstance(res, str):
            raise CorpusError(res)
        return res.copy()

    def _update(self, change=None):
        if not self.pattern.value.strip():
            self.html.value = _CSS + _msg("Type a word to search for (e.g. sanction* or vucic).")
            return
        if not self.sources:
            self.html.value = _CSS + _msg("No source ticked: tick at least one source.")
            return
        res = self._result()
        if isinstance(res, str):
            self.html.value = _CSS + _msg(res)
            return
        if res.empty:
            self.html.value = _CSS + _msg(f"No match for {self.pattern.value!r} in the ticked sources.")
            return
        per = res.groupby("article_id", sort=False).size()
        counts = ", ".join(f"{self.corpus.short.get(str(a), a)}: {n}" for a, n in per.items())
        silent = [self.corpus.short[a] for a in self.sources if a not in per.index]
        rows = "".join(
            f"<tr><td>{esc(r.short)}</td><td>{esc(r.sentence_id)}</td>"
            f"<td style='text-align: right'>{esc(r.left)}</td><td><b>{esc(r.match)}</b></td>"
            f"<td>{esc(r.right)}</td></tr>" for r in res.itertuples(index=False))
        self.html.value = (_CSS + "<div class='bew-view'>" + self._cap_note() +
                           f"<p><b>{len(res)} matches</b> - {esc(counts)}"
                           + (f"; none in {esc(', '.join(silent))}" if silent else "") + ".</p>"
                           "<table><thead><tr><th scope='col'>source</th><th scope='col'>sentence</th>"
                           "<th scope='col'>left</th><th scope='col'>match</th><th scope='col'>right</th></tr>"
                           f"</thead><tbody>{rows}</tbody></table></div>")
