"""What every view shares: the corpus tables, the source checkboxes, HTML escaping and the size cap.

A view is a small class (:class:`View`) whose controls are attributes and whose ``widget`` is the
ipywidgets box; ``view.table()`` returns what it shows. Everything written here into HTML goes
through :func:`esc`; a view's HTML value never exceeds :data:`HTML_CAP` bytes (a note says what
was cut and which table twin has the rest).

This module imports ipywidgets; it is imported only when a view is used.
"""

from __future__ import annotations

import html

import ipywidgets as W
import pandas as pd

from helpers.analysis.coverage import NOT_ANALYSED
from helpers.corpus.cleaning import BODY_KINDS
from helpers.corpus.loading import load_articles, load_paragraphs, load_sentences
from helpers.errors import choice_error, require_same_articles

#: At most this many sources are shown (ticked) at once in a view: 1,000 columns help nobody and
#: take seconds to draw. Corpora of up to 12 articles (the course's 5, plus a student's) are unaffected.
MAX_SOURCES = 12
#: The largest HTML value (bytes, UTF-8) a view sends to the browser; beyond it the view cuts
#: text and says so, pointing to its table twin (a 38 MB value froze the browser).
HTML_CAP = 1_000_000

CSS = """<style>
.bew-view {font-size: 13px; line-height: 1.45;}
.bew-cols {display: flex; gap: 10px; align-items: flex-start; overflow-x: auto;}
.bew-col {flex: 1 1 0; min-width: 200px; border: 1px solid #999; border-radius: 4px; padding: 6px;}
.bew-col h4 {margin: 0 0 4px 0; font-size: 14px;}
.bew-meta {color: #333; font-size: 12px; margin-bottom: 4px;}
.bew-count {font-weight: bold;}
.bew-axis {font-size: 12px; border-top: 1px dotted #999; border-bottom: 1px dotted #999; margin: 4px 0;}
.bew-passage {margin: 6px 0; padding-left: 6px; border-left: 3px solid #bbb;}
.bew-evidence {font-family: monospace; font-size: 11px; color: #333;}
.bew-silent {border: 2px dashed #a00; padding: 6px; font-style: normal;}
.bew-capped {border: 1px solid #a60; background: #fff8e6; padding: 4px 8px;}
.bew-view b.bew-frame {color: #0b4f8a;}
.bew-view u.bew-label {text-decoration-thickness: 2px; text-decoration-color: #a04000;}
.bew-view i.bew-speaker {color: #5a2a82;}
.bew-view table {border-collapse: collapse;}
.bew-view th, .bew-view td {border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top;}
.bew-msg {border: 1px solid #a60; background: #fff8e6; padding: 4px 8px;}
</style>"""


def html_cap() -> int:
    """The cap on a view's HTML value, read when a view draws (tests lower :data:`HTML_CAP`).

    Returns
    -------
    int
        :data:`HTML_CAP`, in bytes.
    """
    return HTML_CAP


def esc(value) -> str:
    """Escape any value for HTML.

    Parameters
    ----------
    value : object
        Anything; ``None`` and NaN become an empty string.

    Returns
    -------
    str
        ``html.escape(str(value), quote=True)``.
    """
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return html.escape(str(value), quote=True)


def msg(text: str) -> str:
    """A status message as HTML (escaped), e.g. "No source ticked".

    Returns
    -------
    str
        ``<div class='bew-view'><p class='bew-msg' role='status'>...</p></div>``.
    """
    return f"<div class='bew-view'><p class='bew-msg' role='status'>{esc(text)}</p></div>"


def cap_note(what: str, twin: str) -> str:
    """The visible note shown where a view cut its content to stay under :data:`HTML_CAP`.

    Returns
    -------
    str
        A ``<p class='bew-capped' role='note'>`` naming what was cut and the table twin to read.
    """
    return (f"<p class='bew-capped' role='note'>✂ {esc(what)} The view shows at most "
            f"{HTML_CAP / 1_000_000:g} MB of text; the full content is in the table: "
            f"<code>{esc(twin)}</code>.</p>")


def cut_text(text: str, limit: int) -> tuple[str, int]:
    """``text`` cut to at most ``limit`` characters (at a space when there is one near the end).

    Returns
    -------
    tuple of (str, int)
        The kept text and the number of characters left out (0 when nothing was cut).
    """
    text = "" if text is None else str(text)
    if len(text) <= limit:
        return text, 0
    cut = text.rfind(" ", max(0, limit - 200), limit)
    cut = limit if cut <= 0 else cut
    return text[:cut], len(text) - cut


def html_table(df: pd.DataFrame, cols=None, raw=(), budget: int | None = None,
               twin: str = "view.table()") -> str:
    """A DataFrame as an escaped HTML table of at most about ``budget`` bytes.

    Parameters
    ----------
    df : pandas.DataFrame
        The rows to show.
    cols : list of str, optional
        The columns, in order (default all).
    raw : iterable of str
        Columns whose cells are already-escaped HTML.
    budget : int, optional
        Bytes the table may take (default :func:`html_cap`); a cell longer than a quarter of it
        is cut, and rows stop when the budget is spent, with a note naming ``twin``.
    twin : str
        The table twin named in the note.

    Returns
    -------
    str
        ``<table>`` HTML (plus a ``bew-capped`` note when rows or cells were cut).
    """
    cols = list(df.columns) if cols is None else cols
    budget = html_cap() if budget is None else budget
    head = "".join(f"<th scope='col'>{esc(c)}</th>" for c in cols)
    body, used, cut_cells = [], 0, 0
    cell_limit = max(budget // 4, 1000)
    for n, row in enumerate(zip(*(df[c].tolist() for c in cols))):  # plain lists: no per-cell boxing
        cells = []
        for c, v in zip(cols, row, strict=True):
            if isinstance(v, float):
                v = f"{v:.3g}"
            if c in raw:
                cells.append(f"<td>{v}</td>")
                continue
            shown, left = cut_text(v, cell_limit) if isinstance(v, str) else (v, 0)
            cut_cells += bool(left)
            cells.append(f"<td>{esc(shown)}{f' … [{left:,} more characters]' if left else ''}</td>")
        line = "<tr>" + "".join(cells) + "</tr>"
        used += len(line.encode())
        if used > budget:
            note = cap_note(f"Rows {n + 1:,} to {len(df):,} of {len(df):,} are not shown.", twin)
            return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{note}"
        body.append(line)
    note = cap_note(f"{cut_cells:,} long cell(s) cut.", twin) if cut_cells else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{note}"


def capped(value: str, twin: str) -> str:
    """``value`` if it is at most :data:`HTML_CAP` bytes, else a note pointing to ``twin``.

    The last guard: each view cuts its own content well below the cap, so this only fires on
    content no view foresaw.

    Returns
    -------
    str
        The HTML to put in a widget's ``value``.
    """
    if len(value) <= HTML_CAP // 4 or len(value.encode()) <= HTML_CAP:
        return value
    return CSS + "<div class='bew-view'>" + cap_note("This view is too large to show.", twin) + "</div>"


def _inferred_span(note: str) -> str:
    """The date range a catalogue note opens with ("Inferred 4/5 Nov 2025: ..." -> "4/5 Nov 2025").

    Only a short opening clause that names a range or alternatives (a "/" or " or ") counts; any other
    note gives "" (the view then says only "date inferred").
    """
    head = note.split(":", 1)[0].split(";", 1)[0].strip()
    if head.lower().startswith("inferred"):
        head = head[len("inferred"):].strip()
    return head if 0 < len(head) <= 40 and ("/" in head or " or " in head) else ""


class Corpus:
    """The tables a view needs, loaded once per view (articles, body paragraphs, sentences).

    Parameters
    ----------
    folder : str or Path, optional
        A corpus folder (default the shipped ``seeds/``).
    articles, paragraphs, sentences : pandas.DataFrame, optional
        Tables already loaded (``paragraphs`` should hold body paragraphs). Tables whose articles are
        not in the catalogue (``articles`` or the folder's) raise :class:`~helpers.errors.CorpusError`.
    """

    def __init__(self, folder=None, articles=None, paragraphs=None, sentences=None):
        self.folder = folder
        self.articles = (load_articles(folder) if articles is None else articles).reset_index(drop=True)
        if paragraphs is None:
            paragraphs = load_paragraphs(folder, kinds=BODY_KINDS)
        self.paragraphs = paragraphs.reset_index(drop=True)
        self._sentences = sentences
        self.ids = [str(a) for a in self.articles["article_id"]]
        for argument, table in (("paragraphs=", paragraphs), ("sentences=", sentences)):
            if table is not None and "article_id" in table.columns:  # your own tables, not the seeds'
                require_same_articles(table["article_id"].unique(), self.ids, argument, "the view")
        self.short = dict(zip(self.ids, self.articles["short"].astype(str), strict=True))
        self.row_of = {aid: i for i, aid in enumerate(self.ids)}  # article id -> row of self.articles
        self.para_text = dict(zip(self.paragraphs["paragraph_id"], self.paragraphs["text"], strict=True))
        warn = self.articles.get("language_warning", pd.Series("", index=self.articles.index))
        self.language = {aid: str(w) for aid, w in zip(self.ids, warn.fillna(""), strict=True) if str(w)}

    def not_analysed(self, aid: str) -> str:
        """:data:`NOT_ANALYSED` if the source's text does not look English, else ``""``.

        Returns
        -------
        str
            The note a view and its table twin show instead of "silent".
        """
        return NOT_ANALYSED if aid in self.language else ""

    def not_analysed_html(self, aid: str) -> str:
        """The visible note (HTML, escaped) for a source whose text does not look English, else ``""``.

        Returns
        -------
        str
            A ``<p class='bew-silent' role='note'>`` with :data:`NOT_ANALYSED` and the loader's reason.
        """
        if aid not in self.language:
            return ""
        reason = self.language[aid].split(". ")[0]  # the measurement ("only 4% of its 60 words ...")
        return (f"<p class='bew-silent' role='note'><b>⚠ {esc(self.short[aid])}: {esc(NOT_ANALYSED)}.</b> "
                f"{esc(reason)}.</p>")

    @property
    def sentences(self) -> pd.DataFrame:
        """The corpus's sentences (loaded on first use).

        Returns
        -------
        pandas.DataFrame
            ``load_sentences(folder)`` (or the table passed in).
        """
        if self._sentences is None:
            self._sentences = load_sentences(self.folder)
        return self._sentences

    def published(self, aid: str) -> str:
        """The publication date of one source as the catalogue gives it (``"2023-05"``, ...).

        Returns
        -------
        str
            The date text, with ``" (date inferred)"`` when the catalogue inferred it, and the
            inferred range when its ``date_note`` opens with one (``"Inferred 21/22 Aug 2025: ..."``
            gives ``"2025-08-21 (date inferred: 21/22 Aug 2025)"``), so a view never shows one exact
            day where the evidence allows two.
        """
        row = self.articles.iloc[self.row_of[aid]]
        date = row.get("published_text", "") or str(row.get("published", "") or "")
        if "date_precision" in row and row["date_precision"] == "inferred":
            span = _inferred_span(str(row.get("date_note", "") or ""))
            date = f"{date} (date inferred: {span})" if span else f"{date} (date inferred)"
        return date

    def header(self, aid: str) -> str:
        """Outlet, date and genre of one source, escaped, for a column header.

        Returns
        -------
        str
            An ``<h4>`` with the short name and id, and a line ``outlet · date · genre``.
        """
        row = self.articles.iloc[self.row_of[aid]]
        genre = row.get("genre_label", row.get("genre", ""))
        return (f"<h4>{esc(row['short'])} <span class='bew-meta'>[{esc(aid)}]</span></h4>"
                f"<div class='bew-meta'>{esc(row['outlet'])} · {esc(self.published(aid))} · "
                f"{esc(genre)}</div>")

    def check_sources(self, sources, argument="sources") -> list[str]:
        """Article ids for ``sources`` (ids or short names; ``None`` = all).

        Returns
        -------
        list of str
            Article ids in the order given.

        Raises
        ------
        CorpusError
            For a source the corpus does not have (the message lists the choices).
        """
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


def remembered(cache: dict, key, compute, limit: int):
    """``cache[key]``, computing it with ``compute()`` on a miss (a view's own cache, cleared past ``limit``).

    A :class:`~helpers.errors.CorpusError` from ``compute`` is remembered as its message (a string),
    which the view shows instead of a table.

    Returns
    -------
    pandas.DataFrame or str
        What ``compute()`` returned, or the error message.
    """
    from helpers.errors import CorpusError

    if key not in cache:
        if len(cache) > limit:
            cache.clear()
        try:
            cache[key] = compute()
        except CorpusError as exc:
            cache[key] = str(exc)
    return cache[key]


def source_boxes(corpus: Corpus, selected=None) -> list[W.Checkbox]:
    """One checkbox per source; ``selected`` (default all) are ticked, at most the first
    :data:`MAX_SOURCES` of them in catalogue order.

    Returns
    -------
    list of ipywidgets.Checkbox
        In catalogue order, described by the source's short name.
    """
    selected = set(corpus.ids if selected is None else selected)
    selected = set([aid for aid in corpus.ids if aid in selected][:MAX_SOURCES])
    return [W.Checkbox(value=aid in selected, description=corpus.short[aid], indent=False,
                       tooltip=f"article {aid}", layout=W.Layout(width="auto"))
            for aid in corpus.ids]


def sources_row(boxes) -> W.HBox:
    """The row of source checkboxes with its label.

    Returns
    -------
    ipywidgets.HBox
        ``Sources:`` and the checkboxes, wrapping.
    """
    return W.HBox([W.Label("Sources:"), *boxes], layout=W.Layout(flex_flow="row wrap"))


def evidence_toggle(tooltip: str) -> W.ToggleButton:
    """The "evidence" switch every view has (off at first).

    Returns
    -------
    ipywidgets.ToggleButton
        Described "evidence", with a search icon and ``tooltip``.
    """
    return W.ToggleButton(value=False, description="evidence", icon="search", tooltip=tooltip)


class View:
    """Common behaviour: ``.widget``, display in a notebook, a stable text fallback, source boxes.

    A subclass sets ``corpus`` (:class:`Corpus`) and ``source_boxes`` (from :func:`source_boxes`)
    when it has sources, calls :meth:`_watch_boxes`, and defines ``table()`` and ``_update()``.
    """

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
        """What the view shows, as a table (each view documents its columns).

        Returns
        -------
        pandas.DataFrame
            The view's table twin for the current settings.
        """
        raise NotImplementedError

    def _update(self, change=None) -> None:  # pragma: no cover - every view overrides it
        raise NotImplementedError

    @property
    def sources(self) -> list[str]:
        """Article ids of the ticked sources, in catalogue order.

        Returns
        -------
        list of str
            The ids whose checkbox is ticked.
        """
        return [aid for aid, b in zip(self.corpus.ids, self.source_boxes, strict=True) if b.value]

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
