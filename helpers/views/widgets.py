"""The views: the course's analyses as small interactive ipywidgets views, each with a table twin.

One module per view; this module lists them (``from helpers.views.widgets import *`` gives all).
Every view is a small class. Its controls are attributes (``view.theme``, ``view.sources``,
``view.evidence`` ...), ``view.widget`` is the ipywidgets box, and a notebook cell can simply end
with the view to show it. ``view.table()`` returns, as a ``pandas.DataFrame``, exactly what the
view shows for the current settings, and each view has a plain-function twin that returns the same
table without widgets (for a screen reader, Colab, a static export or an exercise):

============================  ===================================================================
View (module)                 Table twin
============================  ===================================================================
``CompareView`` (compare)     ``compare_sources(theme, sources)``
``FrameEditor``               ``frame_scores(dictionary=...)`` (``helpers.analysis.frames``)
``KwicView``                  ``kwic(pattern, ...)`` (``helpers.analysis.concordance``)
``QuoteBoard``                ``quote_board(group, sources)``: ``quotes()`` filtered, and
                              ``quote_board(share=True)``: ``share_of_voice()``
``TimelineView``              ``timeline_marks(start, end, theme)``
``CodingPanel``               ``coding_sheet()``, ``agreement()`` (``helpers.analysis.frames``)
``Dashboard``                 ``CompareView`` + ``QuoteBoard``
============================  ===================================================================

Every view works with any corpus: pass ``folder=``; a sixth article becomes a sixth column /
checkbox. A view shows at most ``MAX_SOURCES`` (12) sources at once (a note says "showing 12 of N
sources"); its HTML is at most ``HTML_CAP`` (1 MB), with a note pointing to the table twin where
text was cut. All article text and everything a user types is HTML-escaped. Marks never rely on
colour alone: **bold** = a generic-frame word, underline = loaded label, *italic* = quoted speaker
(each with a legend and a tooltip). Shared parts: ``helpers.views._base`` (corpus tables, source
boxes, escaping, the cap) and ``helpers.views._marks`` (where marks go, and their HTML).
"""

from helpers.views._base import View
from helpers.views.coding_panel import CodingPanel
from helpers.views.compare import CompareView, compare_sources
from helpers.views.dashboard import Dashboard
from helpers.views.frame_editor import FrameEditor
from helpers.views.kwic_view import KwicView
from helpers.views.quote_view import QuoteBoard, quote_board
from helpers.views.timeline_view import TimelineView, timeline_marks

#: The base class of every view (the benchmark finds the views with it).
_View = View

__all__ = [
    "CompareView", "FrameEditor", "KwicView", "QuoteBoard", "TimelineView", "CodingPanel", "Dashboard",
    "compare_sources", "timeline_marks", "quote_board",
]
