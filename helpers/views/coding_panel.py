"""CodingPanel: code one article with the 20 yes/no frame questions, save, compare with a partner.

Twins: ``coding_sheet()`` (``view.table()`` is the filled sheet) and ``agreement()``.
"""

from __future__ import annotations

import re
from pathlib import Path

import ipywidgets as W
import pandas as pd

from helpers._text.fold import fold
from helpers.corpus.csvsafe import to_csv_safe
from helpers.errors import CorpusError
from helpers.views._base import CSS, Corpus, View, esc, html_table
from helpers.views._base import msg as _msg

__all__ = ["CodingPanel"]


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


class CodingPanel(View):
    """Code one article with Semetko & Valkenburg's (2000) 20 yes/no questions and compare.

    Parameters
    ----------
    article : str, optional
        Article id or short name coded first (default the first source).
    folder : str or Path
        Where codings are saved (default ``my_work``, created on save, relative to the notebook;
        never ``seeds/`` or the package).
    coder : str
        Your name, used in the file name.
    threshold : float, optional
        The dictionary's hits per 1,000 words for "yes" (default the course's).
    corpus_folder, paragraphs, articles
        A corpus folder and tables already loaded.

    Attributes
    ----------
    article : ipywidgets.Dropdown
        The source being coded.
    coder, folder, partner : ipywidgets.Text
        Your name, the folder to save in, the path of a classmate's CSV.
    items : dict of str to ipywidgets.Checkbox
        item_id -> ticked = yes.
    save, load : ipywidgets.Button
        Save your coding; compare with the partner's file.
    threshold : ipywidgets.FloatSlider
        The dictionary's "yes" threshold.
    status, dictionary_html, partner_html : ipywidgets.HTML
        Messages, agreement with :func:`helpers.analysis.frames.dictionary_coding`, agreement
        with the partner.

    Returns
    -------
    CodingPanel
        ``view.table()`` is the filled ``coding_sheet()``; agreements come from ``agreement()``.
    """

    twin = "coding_sheet(article_id) and agreement(a, b)"

    def __init__(self, article=None, folder="my_work", coder="me", threshold=None, corpus_folder=None,
                 paragraphs=None, articles=None):
        from helpers.analysis.frames import DEFAULT_THRESHOLD, coding_items

        self.corpus = Corpus(corpus_folder, articles=articles, paragraphs=paragraphs)
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
        yes = sum(b.value for b in self.items.values())
        return f"article={self.article.value!r}, {yes} of {len(self.items)} yes"

    def table(self) -> pd.DataFrame:
        """The filled coding sheet.

        Returns
        -------
        pandas.DataFrame
            ``coding_sheet(article)`` with ``answer`` yes/no from the boxes.
        """
        from helpers.analysis.frames import coding_sheet

        sheet = coding_sheet(self.article.value, articles=self.corpus.articles)
        sheet["answer"] = ["yes" if self.items[i].value else "no" for i in sheet["item_id"]]
        return sheet

    def path(self) -> Path:
        """Where :meth:`save_csv` writes.

        Returns
        -------
        pathlib.Path
            ``<folder>/coding_<article>_<name>.csv``.
        """
        name = f"coding_{_slug(self.article.value)}_{_slug(self.coder.value)}.csv"
        return _safe_folder(self.folder.value) / name

    def save_csv(self) -> Path | None:
        """Write the coding to ``<folder>/coding_<article>_<name>.csv`` (the folder is created).

        Returns
        -------
        pathlib.Path or None
            The file written, or ``None`` when it could not be (the status line says why).
        """
        try:
            path = self.path()
            path.parent.mkdir(parents=True, exist_ok=True)
            to_csv_safe(self.table(), path)  # formula-like cells neutralised for spreadsheets
        except (CorpusError, OSError) as exc:
            self.status.value = CSS + _msg(f"Not saved: {exc}")
            return None
        done = f"Saved {path.name} in {path.parent.name}/ ({len(self.items)} answers)."
        self.status.value = CSS + _msg(done)
        return path

    def load_partner(self, path=None) -> pd.DataFrame | None:
        """Read a classmate's CSV (``path`` or the ``partner`` box) and show the agreement.

        Returns
        -------
        pandas.DataFrame or None
            The partner's rows for this article, or ``None`` (the message says why).
        """
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
                raise CorpusError(f"{raw}: no such file. Check the path (relative to this "
                                  "notebook).") from None
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
            self.partner_html.value = CSS + _msg(str(exc))
            return None
        self._update()
        return self._partner

    def _article_changed(self, change=None):
        self._partner = None
        self.partner_html.value = ""
        self._update()

    def dictionary_table(self) -> pd.DataFrame:
        """The dictionary's coding of the article at the current threshold.

        Returns
        -------
        pandas.DataFrame
            ``dictionary_coding(article, threshold=...)`` (a coding sheet with ``answer``);
            ``attrs["not_analysed"]`` is :data:`helpers.views._base.NOT_ANALYSED` when the article's
            text does not look English (every "no" then means "not analysed"), else ``""``.
        """
        from helpers.analysis.frames import dictionary_coding

        key = (self.article.value, float(self.threshold.value))
        if key not in self._dict_cache:
            self._dict_cache[key] = dictionary_coding(self.article.value, self.corpus.paragraphs,
                                                      threshold=self.threshold.value)
            self._dict_cache[key].attrs["not_analysed"] = self.corpus.not_analysed(self.article.value)
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
                f"Cohen's kappa = <b>{esc(kappa)}</b> ({esc(summ['interpretation'])}). "
                f"{esc(summ['note'])}</p>")
        if diff.empty:
            return head + "<p>No differences.</p>"
        shown = diff.rename(columns={"a": "you", "b": who})
        return head + "<p>Where you differ:</p>" + html_table(shown, ["item_id", "question", "you", who])

    def _update(self, change=None):
        try:
            d = self.dictionary_table()
        except CorpusError as exc:
            self.dictionary_html.value = CSS + _msg(str(exc))
        else:
            self.dictionary_html.value = (CSS + "<div class='bew-view'>"
                                          + self.corpus.not_analysed_html(self.article.value)
                                          + self._compare(d, "dictionary")
                                          + f"<p><small>Dictionary rule: a frame is 'yes' at "
                                          f"{self.threshold.value:.0f}+ hits per 1,000 words; every item of "
                                          "a frame gets the frame's answer.</small></p></div>")
        if self._partner is not None:
            shown = self._compare(self._partner, "partner")
            self.partner_html.value = CSS + "<div class='bew-view'>" + shown + "</div>"
