"""Dashboard: CompareView and QuoteBoard on one page, their source boxes linked."""

from __future__ import annotations

import ipywidgets as W

from helpers.views._base import View
from helpers.views.compare import CompareView
from helpers.views.quote_view import QuoteBoard

__all__ = ["Dashboard"]


class Dashboard(View):
    """CompareView and QuoteBoard on one page (``voila notebooks/dashboard.ipynb``).

    Parameters
    ----------
    theme : str
        The theme CompareView shows first.
    folder : str or Path, optional
        A corpus folder (default the shipped ``seeds/``).
    aliases : pandas.DataFrame, optional
        Your alias table (``my_aliases`` / ``add_speaker``): both views use it for the speakers.

    Attributes
    ----------
    compare : CompareView
        Sources side by side.
    quotes : QuoteBoard
        Who speaks; its source checkboxes are linked to ``compare``'s, so unticking a source in
        one unticks it in the other.

    Returns
    -------
    Dashboard
        Twins: ``compare_sources(theme, sources, aliases=aliases)`` and
        ``quote_board(group, sources, aliases=aliases)``.
    """

    twin = "compare_sources(theme, sources) and quote_board(group, sources)"

    def __init__(self, theme="sanctions", folder=None, aliases=None):
        self.quotes = QuoteBoard(folder=folder, aliases=aliases)
        q = self.quotes.corpus  # one corpus and one quotes() table for both views
        self.compare = CompareView(theme=theme, folder=folder, articles=q.articles, paragraphs=q.paragraphs,
                                   _quotes=self.quotes._q)
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

    @property
    def sources(self) -> list[str]:
        """Article ids of the ticked sources (the same in both views).

        Returns
        -------
        list of str
            ``self.compare.sources``.
        """
        return self.compare.sources

    def table(self):
        """The table twin of the comparison tab; the quotes tab has its own, ``self.quotes.table()``.

        Returns
        -------
        pandas.DataFrame
            ``self.compare.table()``: the columns of :func:`helpers.compare_sources`.
        """
        return self.compare.table()

    def _summary(self):
        return f"compare: {self.compare._summary()}; quotes: {self.quotes._summary()}"
