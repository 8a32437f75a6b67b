"""Between East and West: helpers to load the corpus and analyse how sources frame Serbia.

The package is laid out the way data flows through it:

- ``helpers.corpus``: paths, catalogue, cleaning and loading (tidy tables of a corpus folder);
- ``helpers._text``: the one private text engine every tool matches words with;
- ``helpers.analysis``: one module per question (themes, actors, quotes, labels, frames, ...);
- ``helpers.views``: figures (``plot_*``) and ipywidgets views, each with a table twin;
- ``helpers.exercises``: self-checks and the environment check;
- ``helpers.data``: the lexicons and facts, as CSV files an instructor can edit.

Every public name imports from ``helpers`` itself (``from helpers import tag_themes``). Importing
``helpers`` is cheap: it loads pandas and the corpus loaders only; the analysis, plotting and
widget functions are imported the first time you use them (PEP 562 ``__getattr__``), so ``import
helpers`` does not pay for matplotlib or ipywidgets.
"""

from __future__ import annotations

import importlib

from helpers.corpus.cleaning import BODY_KINDS
from helpers.corpus.loading import cleaning_log, load_articles, load_corpus, load_paragraphs, load_sentences
from helpers.corpus.paths import examples_dir, seeds_dir
from helpers.errors import CorpusError

#: Public name -> module that defines it (imported on first use).
_LAZY = {
    # your own corpus: a working copy, adding and importing articles, safe CSV export
    "new_corpus": "corpus.adding", "add_article": "corpus.adding", "remove_article": "corpus.adding",
    "import_articles": "corpus.importing",
    "to_csv_safe": "corpus.csvsafe",
    # the capstone (notebook 08): your own speakers, self-checks on your own article, a report
    "my_aliases": "exercises.capstone", "add_speaker": "exercises.capstone",
    "check_mine": "exercises.capstone", "write_report": "exercises.capstone",
    "hand_in_zip": "exercises.capstone",
    # themes and coverage
    "themes": "analysis.coverage", "tag_themes": "analysis.coverage", "coverage_matrix": "analysis.coverage",
    # actors
    "actor_aliases": "analysis.actors", "actor_mentions": "analysis.actors",
    "actor_groups": "analysis.actors",
    # naming
    "naming": "analysis.names", "naming_lexicon": "analysis.names",
    # quotes
    "quotes": "analysis.quoting", "share_of_voice": "analysis.quoting",
    # loaded labels
    "label_lexicon": "analysis.labelling", "labels": "analysis.labelling",
    "label_rates": "analysis.labelling",
    # frames and coding
    "frame_dictionary": "analysis.frames", "frame_scores": "analysis.frames",
    "coding_items": "analysis.frames", "coding_sheet": "analysis.frames", "agreement": "analysis.frames",
    "dictionary_coding": "analysis.frames",
    # words
    "distinctive_words": "analysis.distinctive", "kwic": "analysis.concordance",
    # claims and facts
    "claims": "analysis.factcheck", "fact_checks": "analysis.factcheck",
    # timeline
    "timeline": "analysis.chronology", "timeline_mentions": "analysis.chronology",
    # plots
    "show_figure": "views.plots", "plot_coverage": "views.plots", "plot_frames": "views.plots",
    "plot_share_of_voice": "views.plots", "plot_labels": "views.plots", "plot_distinctive": "views.plots",
    "plot_timeline": "views.plots", "plot_corpus": "views.plots",
    # widgets (ipywidgets views) and their table twins
    "CompareView": "views.compare", "compare_sources": "views.compare", "FrameEditor": "views.frame_editor",
    "KwicView": "views.kwic_view", "QuoteBoard": "views.quote_view", "quote_board": "views.quote_view",
    "TimelineView": "views.timeline_view", "timeline_marks": "views.timeline_view",
    "CodingPanel": "views.coding_panel", "Dashboard": "views.dashboard",
    # self-checks for exercises
    "check": "exercises.checks",
    # environment
    "check_environment": "exercises.envcheck",
}

__all__ = [
    "BODY_KINDS", "CorpusError", "examples_dir", "seeds_dir", "cleaning_log", "load_articles", "load_corpus",
    "load_paragraphs", "load_sentences", *_LAZY,
]


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'helpers' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"helpers.{module}"), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))
