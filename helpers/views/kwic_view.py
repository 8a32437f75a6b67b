"""KwicView: keyword in context with a search box, a window slider and a source filter; twin ``kwic``."""

from __future__ import annotations

import ipywidgets as W
import pandas as pd

from helpers.errors import CorpusError
from helpers.views._base import CSS, Corpus, View, cap_note, capped, cut_text, esc, html_cap, remembered
from helpers.views._base import msg as _msg
from helpers.views._base import source_boxes as _source_boxes
from helpers.views._base import sources_row as _sources_row

__all__ = ["KwicView"]


class KwicView(View):
    """Keyword in context: a search box, a window slider and a source filter over a concordance.

    Parameters
    ----------
    pattern : str
        The search shown first (empty: the view asks for a word).
    window : int
        Words of context on each side.
    regex : bool
        Treat the pattern as a regular expression.
    sources : list of str, optional
        Article ids or short names ticked at first (default all, at most 12).
    folder, sentences, articles
        A corpus folder and tables already loaded.

    Attributes
    ----------
    pattern : ipywidgets.Text
        Words, case- and diacritic-insensitive; a trailing ``*`` is a wildcard.
    regex : ipywidgets.Checkbox
        Treat the pattern as a regular expression.
    window : ipywidgets.IntSlider
        Words of context on each side.
    source_boxes : list of ipywidgets.Checkbox
        One per source (``sources`` gives the ticked ids).
    html : ipywidgets.HTML
        The concordance, match in bold, or a message for an empty pattern or an invalid regex.

    Returns
    -------
    KwicView
        ``view.table()`` equals ``kwic(pattern, window=..., regex=..., articles=view.sources)``.
    """

    twin = "kwic(pattern, window, regex=..., articles=...)"

    def __init__(self, pattern="", window=8, regex=False, sources=None, folder=None, sentences=None,
                 articles=None):
        self.corpus = Corpus(folder, articles=articles, sentences=sentences)
        sents = self.corpus.sentences.copy()
        if "short" not in sents.columns:
            sents["short"] = sents["article_id"].astype(str).map(self.corpus.short)
        self._sentences = sents
        self.pattern = W.Text(value=pattern, description="Search",
                              placeholder="a word, e.g. sanction* or vucic", continuous_update=True,
                              layout=W.Layout(width="360px"))
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
                              _sources_row(self.source_boxes), self.html])
        self.widget.add_class("bew-kwic")
        self._update()

    def _summary(self):
        return f"pattern={self.pattern.value!r}, window={self.window.value}, regex={self.regex.value}"

    def _result(self):
        from helpers.analysis.concordance import kwic

        key = (self.pattern.value, self.regex.value, self.window.value, tuple(self.sources))
        return remembered(self._cache, key, lambda: kwic(self.pattern.value, window=self.window.value,
                                                         sentences=self._sentences, regex=self.regex.value,
                                                         articles=self.sources), 128)

    def table(self) -> pd.DataFrame:
        """The concordance shown.

        Returns
        -------
        pandas.DataFrame
            ``kwic(pattern, window=..., regex=..., articles=view.sources)``: ``article_id, short,
            sentence_id, left, match, right`` (and kwic's other columns); ``attrs["not_analysed"]``
            maps the short name of each ticked source whose text does not look English to
            :data:`helpers.views._base.NOT_ANALYSED`.

        Raises
        ------
        CorpusError
            Where the view shows a message (an invalid regular expression).
        """
        res = self._result()
        if isinstance(res, str):
            raise CorpusError(res)
        out = res.copy()
        out.attrs["not_analysed"] = {self.corpus.short[a]: self.corpus.not_analysed(a)
                                     for a in self.sources if a in self.corpus.language}
        return out

    def _update(self, change=None):
        if not self.pattern.value.strip():
            self.html.value = CSS + _msg("Type a word to search for (e.g. sanction* or vucic).")
            return
        if not self.sources:
            self.html.value = CSS + _msg("No source ticked: tick at least one source.")
            return
        res = self._result()
        if isinstance(res, str):
            self.html.value = CSS + _msg(res)
            return
        foreign = "".join(self.corpus.not_analysed_html(a) for a in self.sources)
        if res.empty:
            self.html.value = (CSS + _msg(f"No match for {self.pattern.value!r} in the ticked sources.")
                               + (f"<div class='bew-view'>{foreign}</div>" if foreign else ""))
            return
        per = res.groupby("article_id", sort=False).size()
        counts = ", ".join(f"{self.corpus.short.get(str(a), a)}: {n}" for a, n in per.items())
        silent = [self.corpus.short[a] + (" (not English)" if a in self.corpus.language else "")
                  for a in self.sources if a not in per.index]
        rows, used = [], 0
        for r in res.itertuples(index=False):
            rows.append(f"<tr><td>{esc(r.short)}</td><td>{esc(r.sentence_id)}</td>"
                        f"<td style='text-align: right'>{esc(cut_text(r.left, 2000)[0])}</td>"
                        f"<td><b>{esc(cut_text(r.match, 2000)[0])}</b></td>"
                        f"<td>{esc(cut_text(r.right, 2000)[0])}</td></tr>")
            used += len(rows[-1])
            if used > html_cap() * 9 // 10:
                break
        note = (cap_note(f"Matches {len(rows) + 1:,} to {len(res):,} are not shown.", "kwic(pattern, ...)")
                if len(rows) < len(res) else "")
        self.html.value = capped(CSS + "<div class='bew-view'>" + self._cap_note()
                                 + f"<p><b>{len(res)} matches</b> - {esc(counts)}"
                                 + (f"; none in {esc(', '.join(silent))}" if silent else "") + ".</p>"
                                 + foreign
                                 + "<table><thead><tr><th scope='col'>source</th>"
                                 "<th scope='col'>sentence</th><th scope='col'>left</th>"
                                 "<th scope='col'>match</th><th scope='col'>right</th></tr>"
                                 f"</thead><tbody>{''.join(rows)}</tbody></table>{note}</div>", self.twin)
