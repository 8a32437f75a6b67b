"""TimelineView: dated events (sources, confidence) on a date slider; twin ``timeline_marks``.

A mark says whether a source names an event: "✔ in text" (a sentence matches the event's
keywords) or "◐ facts file only" (the course's facts file lists the source, but no sentence
matched: read the article). Keywords find wordings, not references.
"""

from __future__ import annotations

import ipywidgets as W
import pandas as pd

from helpers.errors import choice_error
from helpers.keys import THEMES
from helpers.views._base import CSS, Corpus, View, capped, evidence_toggle, html_cap, html_table
from helpers.views._base import msg as _msg
from helpers.views._base import source_boxes as _source_boxes

__all__ = ["TimelineView", "timeline_marks"]

FOUND, LISTED = "✔ in text", "◐ facts file only"
#: An empty cell of a source whose text does not look English: its keywords are English.
UNREAD = "✖ not analysed (not English)"


def _timeline_tables(corpus: Corpus, events=None):
    from helpers.analysis.chronology import timeline, timeline_mentions

    ev = timeline() if events is None else events.copy()
    ment = timeline_mentions(corpus.sentences, ev)
    return ev, ment


def _timeline_wide(ev, ment, corpus: Corpus, start, end, theme, sources, evidence) -> pd.DataFrame:
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
    ment = ment[ment["event_id"].isin(set(ev["event_id"]))
                & ment["article_id"].astype(str).isin(set(sources))]
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
                col.append(UNREAD if aid in corpus.language else "")
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
    out = out.reset_index(drop=True)
    out.attrs["not_analysed"] = {corpus.short[a]: corpus.not_analysed(a)
                                 for a in sources if a in corpus.language}
    return out


def timeline_marks(start=None, end=None, theme=None, sources=None, evidence=False, folder=None,
                   events=None, sentences=None) -> pd.DataFrame:
    """The table :class:`TimelineView` shows: one row per timeline event, one column per source.

    Parameters
    ----------
    start, end : str or Timestamp, optional
        Keep events overlapping this window.
    theme : str, optional
        Keep one course theme (``None`` or ``"all"``: every theme).
    sources : list of str, optional
        Article ids or short names (default all).
    evidence : bool
        Add the matched words and sentence ids to the ``✔`` cells.
    folder, events, sentences
        A corpus folder, a ``timeline()`` table, a ``load_sentences()`` table (defaults: shipped).

    Returns
    -------
    pandas.DataFrame
        Columns ``event_id, date_label, event, course_theme, confidence``, then one column per
        source (its ``short`` name) holding ``"✔ in text"`` when a sentence of that source names
        the event, ``"◐ facts file only"`` when the course's facts file lists the source but the
        keywords find no sentence (read the article and decide), or ``""`` (``"✖ not analysed
        (not English)"`` for a source whose text does not look English; ``attrs["not_analysed"]``
        maps its short name to :data:`helpers.views._base.NOT_ANALYSED`); and ``mentioned_by``
        (the sources with ``✔``).

    Notes
    -----
    Built from :func:`helpers.analysis.chronology.timeline` and
    :func:`helpers.analysis.chronology.timeline_mentions` (their docstrings give the method and
    blind spots: keywords find wordings, not references).
    """
    corpus = Corpus(folder, sentences=sentences)
    ev, ment = _timeline_tables(corpus, events)
    if theme not in (None, "", "all") and theme not in set(ev["course_theme"]) | set(ev["theme"]):
        raise choice_error("theme", theme, set(ev["course_theme"]))
    return _timeline_wide(ev, ment, corpus, start, end, theme, sources, evidence)


class TimelineView(View):
    """Verified events on a date-range slider, with a theme filter and one mark column per source.

    Parameters
    ----------
    folder : str or Path, optional
        A corpus folder (default the shipped ``seeds/``).
    theme : str
        The theme shown first (default ``"all"``).
    events, sentences : pandas.DataFrame, optional
        A ``timeline()`` table and a ``load_sentences()`` table.

    Attributes
    ----------
    dates : ipywidgets.SelectionRangeSlider
        Over the event dates.
    theme : ipywidgets.Dropdown
        ``"all"`` or a theme.
    source_boxes : list of ipywidgets.Checkbox
        One per source (``sources`` gives the ticked ids).
    evidence : ipywidgets.ToggleButton
        Show the matched words and sentence ids.
    html : ipywidgets.HTML
        The table of events and marks.

    Returns
    -------
    TimelineView
        ``view.table()`` equals :func:`timeline_marks` for the current settings.
    """

    twin = "timeline_marks(start, end, theme)"

    def __init__(self, folder=None, theme="all", events=None, sentences=None):
        self.corpus = Corpus(folder, sentences=sentences)
        self._ev, self._ment = _timeline_tables(self.corpus, events)  # computed once
        dates = sorted(set(self._ev["start"]))
        opts = [(d.strftime("%d %b %Y"), d) for d in dates]
        self.dates = W.SelectionRangeSlider(options=opts, index=(0, len(opts) - 1), description="Dates",
                                            layout=W.Layout(width="95%"), continuous_update=False)
        themes = [t for t in THEMES if t in set(self._ev["course_theme"])]
        themes += sorted(set(self._ev["course_theme"]) - set(themes))
        self.theme = W.Dropdown(options=["all", *themes], value=theme, description="Theme")
        self.source_boxes = _source_boxes(self.corpus)
        self.evidence = evidence_toggle("show the matched words and sentence ids")
        self.html = W.HTML()
        for c in (self.dates, self.theme, self.evidence):
            c.observe(self._update, names="value")
        self._watch_boxes()
        self.widget = W.VBox([self.dates, W.HBox([self.theme, self.evidence]),
                              W.HBox(self.source_boxes), self.html])
        self.widget.add_class("bew-timeline")
        self._update()

    def _summary(self):
        lo, hi = self.dates.value
        return f"{lo:%Y-%m-%d} to {hi:%Y-%m-%d}, theme={self.theme.value!r}"

    def table(self) -> pd.DataFrame:
        """What the view shows: :func:`timeline_marks` for the current dates, theme and sources.

        Returns
        -------
        pandas.DataFrame
            The columns of :func:`timeline_marks`.
        """
        lo, hi = self.dates.value
        return _timeline_wide(self._ev, self._ment, self.corpus, lo, hi, self.theme.value, self.sources,
                              self.evidence.value)

    def _update(self, change=None):
        df = self.table()
        names = [self.corpus.short[a] for a in self.sources]
        intro = (self._cap_note() + f"<p>{len(df)} dated events (sources, confidence: timeline.csv). "
                 "Marks: <b>✔ in text</b> = the "
                 "source names the event; "
                 f"<i>◐ facts file only</i> = the facts file lists the source but no sentence matched "
                 f"the keywords (read the article); empty = not mentioned.</p>")
        if df.empty:
            self.html.value = CSS + _msg("No timeline event in this date range and theme: widen the dates "
                                          "or choose 'all'.")
            return
        intro += "".join(self.corpus.not_analysed_html(a) for a in self.sources)
        self.html.value = capped(CSS + "<div class='bew-view'>" + intro
                                 + html_table(df, ["date_label", "event", "course_theme", "confidence",
                                                   *names], budget=html_cap() * 9 // 10,
                                              twin="timeline_marks(start, end, theme)")
                                 + "</div>", self.twin)
