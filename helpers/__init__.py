"""Between East and West: helpers to load the corpus and analyse how sources frame Serbia.

Importing ``helpers`` is cheap: it loads pandas and the corpus loaders only. The analysis,
plotting and widget functions are imported the first time you use them (so that ``import
helpers`` does not pay for matplotlib or ipywidgets). ``from helpers import tag_themes`` works
as usual.
"""

from __future__ import annotations

import importlib
import sys
import types

from .corpus import cleaning_log, load_articles, load_corpus, load_paragraphs, load_sentences
from .errors import CorpusError

# Seven modules share their name with their main function (helpers.themes holds themes(), ...).
# Python binds a submodule as an attribute of the package when it is first imported, which would
# hide the function (``from helpers import claims`` would give the module). The package's
# ``__setattr__`` below refuses that binding, so the name always resolves to the function, and the
# modules stay lazy like the others (``import helpers`` costs pandas and the loaders only).
_SHARED_NAMES = ("claims", "kwic", "labels", "naming", "quotes", "themes", "timeline")


class _Package(types.ModuleType):
    def __setattr__(self, name, value):
        if name in _SHARED_NAMES and isinstance(value, types.ModuleType):
            return  # the submodule stays in sys.modules; the package attribute is the function
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

#: Public name -> module that defines it (imported on first use).
_LAZY = {
    # themes and coverage
    "themes": "themes", "tag_themes": "themes", "coverage_matrix": "themes",
    # actors
    "actor_aliases": "actors", "actor_mentions": "actors", "actor_groups": "actors",
    # naming
    "naming": "naming", "naming_lexicon": "naming",
    # quotes
    "quotes": "quotes", "share_of_voice": "quotes",
    # loaded labels
    "label_lexicon": "labels", "labels": "labels", "label_rates": "labels",
    # frames and coding
    "frame_dictionary": "frames", "frame_scores": "frames", "coding_items": "frames",
    "coding_sheet": "frames", "agreement": "frames", "dictionary_coding": "frames",
    # words
    "distinctive_words": "distinctive", "kwic": "kwic",
    # claims and facts
    "claims": "claims", "fact_checks": "claims",
    # timeline
    "timeline": "timeline", "timeline_mentions": "timeline",
    # plots
    "show_figure": "plots", "plot_coverage": "plots", "plot_frames": "plots",
    "plot_share_of_voice": "plots", "plot_labels": "plots", "plot_distinctive": "plots",
    "plot_timeline": "plots", "plot_corpus": "plots",
    # widgets (ipywidgets views) and their table twins
    "CompareView": "widgets", "compare_sources": "widgets", "FrameEditor": "widgets",
    "KwicView": "widgets", "QuoteBoard": "widgets", "quote_board": "widgets",
    "TimelineView": "widgets", "timeline_marks": "widgets", "CodingPanel": "widgets",
    "Dashboard": "widgets",
    # self-checks for exercises
    "check": "checks",
    # environment
    "check_environment": "envcheck",
}

__all__ = [
    "CorpusError", "cleaning_log", "load_articles", "load_corpus", "load_paragraphs",
    "load_sentences", *_LAZY,
]


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'helpers' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))
