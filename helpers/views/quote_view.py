"""QuoteBoard: who speaks in each source, by actor group, with share of voice; twin ``quote_board``."""

from __future__ import annotations

import ipywidgets as W
import pandas as pd

from helpers.errors import choice_error
from helpers.keys import GROUP_ORDER
from helpers.views._base import CSS, Corpus, View, capped, esc, evidence_toggle, html_cap, html_table
from helpers.views._base import msg as _msg
from helpers.views._base import source_boxes as _source_boxes
from helpers.views._base import sources_row as _sources_row

__all__ = ["QuoteBoard", "quote_board"]


def _bar(share: float) -> str:
    n = int(round(float(share) * 20))
    return "█" * n + "·" * (20 - n)


def quote_board(group=None, sources=None, folder=None, share=False, paragraphs=None, articles=None,
                aliases=None):
    """The tables :class:`QuoteBoard` shows, without widgets.

    Parameters
    ----------
    group : str, optional
        An actor group (default all; ``"unresolved"`` for speakers the resolver could not name).
    sources : list of str, optional
        Article ids or short names (default all).
    folder : str or Path, optional
        A corpus folder (default the shipped ``seeds/``).
    share : bool
        ``False``: the quotes; ``True``: the share of voice.
    paragraphs, articles : pandas.DataFrame, optional
        Tables already loaded.
    aliases : pandas.DataFrame, optional
        Your alias table (``my_aliases`` / ``add_speaker``), as for
        :func:`helpers.analysis.quoting.quotes`: the speakers and groups you corrected.

    Returns
    -------
    pandas.DataFrame
        ``share=False``: :func:`helpers.analysis.quoting.quotes` filtered (its columns, e.g.
        ``article_id, paragraph_id, sentence_id, speaker, actor, group, kind, cue, quote``).
        ``share=True``: :func:`helpers.analysis.quoting.share_of_voice` for the same sources and
        group: ``article_id, short, group, quotes, words, share, note`` (``note``:
        :data:`helpers.views._base.NOT_ANALYSED` for a source whose text does not look English).
        Either table's ``attrs["not_analysed"]`` maps the short name of each such source to that note
        (it has no quotes because the cue words are English, not because it quotes nobody).
    """
    corpus = Corpus(folder, articles=articles, paragraphs=paragraphs)
    q, sov = _quote_tables(corpus, aliases)
    return _quote_filter(corpus, q, sov, group, sources, share)


def _quote_tables(corpus: Corpus, aliases=None):
    from helpers.analysis.quoting import quotes, share_of_voice

    q = quotes(corpus.paragraphs, aliases=aliases)
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
        out = out.assign(note=[corpus.not_analysed(str(a)) for a in out["article_id"]])
        return _with_language(out.reset_index(drop=True), corpus, keep)
    out = q[q["article_id"].astype(str).isin(keep)]
    if group not in (None, "", "all"):
        grp = out["group"].replace("", "unresolved").fillna("unresolved")
        out = out[grp == group]
    return _with_language(out.reset_index(drop=True), corpus, keep)


def _with_language(df: pd.DataFrame, corpus: Corpus, keep) -> pd.DataFrame:
    """``df`` with ``attrs["not_analysed"]``: short name -> note, for kept sources not in English."""
    df.attrs["not_analysed"] = {corpus.short[a]: corpus.not_analysed(a) for a in keep if a in corpus.language}
    return df


class QuoteBoard(View):
    """Who speaks in each source, filtered by actor group, with share of voice.

    Parameters
    ----------
    group : str
        The group shown first (default ``"all"``).
    sources : list of str, optional
        Article ids or short names ticked at first (default all, at most 12).
    folder, paragraphs, articles, aliases
        As for :func:`quote_board`.

    Attributes
    ----------
    group : ipywidgets.Dropdown
        ``"all"`` or an actor group.
    source_boxes : list of ipywidgets.Checkbox
        One per source (``sources`` gives the ticked ids).
    evidence : ipywidgets.ToggleButton
        Add the cue words and sentence ids.
    share_html : ipywidgets.HTML
        Share of quoted words per source and group: a bar of █ and the percentage.
    html : ipywidgets.HTML
        The quotations (a very long quotation is cut, with a note naming the twin).

    Returns
    -------
    QuoteBoard
        ``view.table()`` equals :func:`quote_board` and ``view.share_table()`` equals
        ``quote_board(share=True)`` for the current settings.
    """

    twin = "quote_board(group, sources) and quote_board(share=True)"

    def __init__(self, group="all", sources=None, folder=None, paragraphs=None, articles=None, aliases=None):
        self.corpus = Corpus(folder, articles=articles, paragraphs=paragraphs)
        self._q, self._sov = _quote_tables(self.corpus, aliases)  # computed once
        self._quoted_words = self._sov.groupby(self._sov["article_id"].astype(str))["words"].sum().to_dict()
        present = set(self._sov["group"])
        groups = [g for g in (*GROUP_ORDER, "unresolved") if g in present]
        groups += sorted(present - set(groups))
        self.group = W.Dropdown(options=["all", *groups], value=group, description="Group")
        self.source_boxes = _source_boxes(self.corpus, self.corpus.check_sources(sources))
        self.evidence = evidence_toggle("show sentence ids and cue words")
        self.share_html = W.HTML()
        self.html = W.HTML()
        for c in (self.group, self.evidence):
            c.observe(self._update, names="value")
        self._watch_boxes()
        self.widget = W.VBox([W.HBox([self.group, self.evidence]),
                              _sources_row(self.source_boxes), self.share_html, self.html])
        self.widget.add_class("bew-quotes")
        self._update()

    def _summary(self):
        return f"group={self.group.value!r}, sources={len(self.sources)} of {len(self.corpus.ids)}"

    def table(self) -> pd.DataFrame:
        """The quotations shown.

        Returns
        -------
        pandas.DataFrame
            ``quote_board(group, sources)`` for the current settings.
        """
        return _quote_filter(self.corpus, self._q, self._sov, self.group.value, self.sources, False)

    def share_table(self) -> pd.DataFrame:
        """The share of voice shown.

        Returns
        -------
        pandas.DataFrame
            ``quote_board(group, sources, share=True)``: ``article_id, short, group, quotes, words,
            share``.
        """
        return _quote_filter(self.corpus, self._q, self._sov, self.group.value, self.sources, True)

    def _update(self, change=None):
        if not self.sources:
            self.share_html.value = CSS + _msg("No source ticked: tick at least one source.")
            self.html.value = ""
            return
        sov = self.share_table()
        sov = sov[(sov["words"] > 0) | (self.group.value != "all")]
        rows = [{"source": self.corpus.short.get(str(r.article_id), r.article_id), "group": r.group,
                 "quotes": int(r.quotes), "words": int(r.words),
                 "share": f"{_bar(r.share)} {100 * float(r.share):.0f}%"}
                for r in sov.itertuples(index=False)]
        silent = [self.corpus.short[a] for a in self.sources
                  if self._quoted_words.get(a, 0) == 0 and a not in self.corpus.language]
        head = ("<p><b>Share of voice</b>: each group's share of the words quoted in a source "
                "(bar of 20 blocks and the percentage).</p>")
        note = f"<p>Quotes nobody: {esc(', '.join(silent))}.</p>" if silent else ""
        note += "".join(self.corpus.not_analysed_html(a) for a in self.sources)
        table = html_table(pd.DataFrame(rows), budget=html_cap() // 4, twin="quote_board(share=True)")
        self.share_html.value = capped(CSS + "<div class='bew-view'>" + self._cap_note() + head + note
                                       + (table if rows else "<p>No quoted words.</p>") + "</div>", self.twin)
        q = self.table()
        if q.empty:
            none = f"No quotation from group {self.group.value!r} in the ticked sources."
            self.html.value = CSS + _msg(none)
            return
        cols = ["source", "speaker", "actor", "group", "kind", "quote"]
        shown = q.assign(source=[self.corpus.short.get(str(a), a) for a in q["article_id"]])
        if self.evidence.value:
            cols += ["cue", "sentence_id"]
        table = html_table(shown, cols, budget=html_cap() * 9 // 10, twin="quote_board(group, sources)")
        head = (f"<p><b>{len(q)} quotations</b> (direct = inside quotation marks; indirect = "
                "reported speech).</p>")
        self.html.value = capped(CSS + "<div class='bew-view'>" + head + table + "</div>", self.twin)
