"""FrameEditor: edit the frame dictionary and watch the scores change; twin ``frame_scores(dictionary=...)``.

The view keeps the only caches: the scores of each dictionary typed (going back to an earlier
dictionary is instant) and an incremental scan of its texts (re-scoring as one types scans only the
texts an edit can change, ``frame_scores(cache=...)``); nothing is kept between views or calls.
"""

from __future__ import annotations

import ipywidgets as W
import pandas as pd

from helpers._text.batch import ScanCache
from helpers.errors import CorpusError
from helpers.views._base import CSS, NOT_ANALYSED, Corpus, View, cap_note, capped, esc, html_cap, remembered
from helpers.views._base import msg as _msg

__all__ = ["FrameEditor"]

def _terms_of(text: str) -> list[str]:
    return [t.strip() for t in str(text or "").replace("\n", ",").split(",") if t.strip(" *")]


class FrameEditor(View):
    """Edit the frame dictionary and watch the scores change.

    Parameters
    ----------
    folder : str or Path, optional
        A corpus folder (default the shipped ``seeds/``).
    paragraphs, articles : pandas.DataFrame, optional
        Tables already loaded.

    Attributes
    ----------
    boxes : dict of str to ipywidgets.Textarea
        Frame -> comma-separated terms: the five generic frames of Semetko & Valkenburg (2000)
        and the geopolitical axis ``eu_west``/``russia_china``.
    reset : ipywidgets.Button
        Back to the shipped dictionary.
    html : ipywidgets.HTML
        Heat table of hits per 1,000 words per source and frame, the number in every cell, the
        matched words below it.
    message : ipywidgets.HTML
        Frames left out because they have no words, or the error.

    Returns
    -------
    FrameEditor
        ``view.table()`` equals ``frame_scores(dictionary=view.dictionary())``.
    """

    twin = "frame_scores(dictionary=...)"

    def __init__(self, folder=None, paragraphs=None, articles=None):
        from helpers.analysis.frames import frame_dictionary

        self.corpus = Corpus(folder, articles=articles, paragraphs=paragraphs)
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
        self._scans = ScanCache()  # this view's incremental scan of its texts (see frame_scores(cache=))
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
        """The dictionary as typed, frames without words left out.

        Returns
        -------
        dict of str to list of str
            ``{frame: [terms]}``.
        """
        d = {f: _terms_of(b.value) for f, b in self.boxes.items()}
        return {f: t for f, t in d.items() if t}

    def empty_frames(self) -> list[str]:
        """The frames whose box has no word.

        Returns
        -------
        list of str
            Frame names, in the order of the boxes.
        """
        return [f for f, b in self.boxes.items() if not _terms_of(b.value)]

    def _summary(self):
        return f"{len(self.dictionary())} frames, {sum(map(len, self.dictionary().values()))} terms"

    def _scores(self):
        from helpers.analysis.frames import frame_scores

        d = self.dictionary()
        key = tuple((f, tuple(t)) for f, t in d.items())
        return remembered(self._cache, key,
                          lambda: frame_scores(self.corpus.paragraphs, dictionary=d or {},
                                               cache=self._scans), 64)

    def table(self) -> pd.DataFrame:
        """What the heat table shows.

        Returns
        -------
        pandas.DataFrame
            ``frame_scores(paragraphs, dictionary=self.dictionary())``: ``article_id, frame, axis,
            hits, words, per_1000, matched``, plus ``note``
            (:data:`helpers.views._base.NOT_ANALYSED` for a source whose text does not look English).

        Raises
        ------
        CorpusError
            Where the view shows a message (e.g. the dictionary is empty).
        """
        res = self._scores()
        if isinstance(res, str):
            raise CorpusError(res)
        return res.assign(note=[self.corpus.not_analysed(str(a)) for a in res["article_id"]])

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
            self.message.value = CSS + _msg(" ".join(x for x in (note, res) if x))
            self.html.value = ""
            return
        self.message.value = CSS + _msg(note) if note else ""
        self.html.value = capped(CSS + "<div class='bew-view'>" + self._heat(res) + "</div>", self.twin)

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
        used, note = 0, ""
        for k, (aid, cells) in enumerate(cells_of.items()):  # sources in order of first appearance
            name = self.corpus.short.get(str(aid), str(aid))
            if str(aid) in self.corpus.language:  # no hit there is not a low score
                cells = [f"<td colspan='{len(cells)}'><b>⚠ {esc(NOT_ANALYSED)}</b></td>"]
            rows.append(f"<tr><th scope='row'>{esc(name)}</th>{''.join(cells)}</tr>")
            used += len(rows[-1])
            if used > html_cap() * 9 // 10 and k + 1 < len(cells_of):
                note = cap_note(f"Sources {k + 2:,} to {len(cells_of):,} are not shown.", self.twin)
                break
        return ("<p>Hits per 1,000 words (number of hits in brackets; darker = more), and the words "
                "that matched. Dictionaries count words, not meanings: no irony, negation or speaker.</p>"
                f"<table><thead><tr><th>source</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{note}")
