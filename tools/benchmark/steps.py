"""The analyses and views a benchmark run times, as named steps over one corpus's tables.

A step is ``(name, prepare, run)``: ``prepare(tables)`` builds the arguments (not timed: e.g. the
label matches ``label_rates`` counts), ``run(args)`` is timed. Views are built on the corpus
folder and then one control is set, as a student's first click would.
"""

from __future__ import annotations

import time
from types import SimpleNamespace


def load_tables(folder) -> SimpleNamespace:
    """Load and clean the corpus in ``folder`` (None: the shipped one): articles, body paragraphs,
    sentences."""
    import helpers

    return SimpleNamespace(folder=folder, articles=helpers.load_articles(folder),
                           paragraphs=helpers.load_paragraphs(folder, kinds=helpers.BODY_KINDS),
                           sentences=helpers.load_sentences(folder))


def _api(name: str):
    import helpers

    return getattr(helpers, name)


def _on(name: str, table: str, **kwargs):
    """A step calling ``helpers.<name>(<table>=tables.<table>, **kwargs)``."""
    return (name, lambda t: {table: getattr(t, table), **kwargs}, lambda a: _api(name)(**a))


def _label_rates_args(t) -> dict:
    return {"matches": _api("labels")(sentences=t.sentences), "articles": t.articles}


def _distinctive_args(t) -> dict:
    """The first source against the rest; a corpus of one source is compared with the five seeds."""
    import pandas as pd

    sentences = t.sentences
    ids = list(dict.fromkeys(sentences["article_id"].astype(str)))
    if len(ids) == 1:
        shipped = _api("load_sentences")()
        sentences = pd.concat([sentences, shipped[~shipped["article_id"].isin(ids)]], ignore_index=True)
    return {"a": ids[0], "sentences": sentences}


#: Every public analysis of an article's text, in the order a course meets them.
ANALYSES = (
    _on("tag_themes", "paragraphs"),
    _on("actor_mentions", "sentences"),
    _on("naming", "sentences"),
    _on("quotes", "paragraphs"),
    _on("labels", "sentences"),
    ("label_rates", _label_rates_args, lambda a: _api("label_rates")(**a)),
    _on("frame_scores", "paragraphs"),
    ("distinctive_words", _distinctive_args, lambda a: _api("distinctive_words")(**a)),
    _on("kwic", "sentences", pattern="Russia"),
    _on("claims", "sentences"),
    _on("timeline_mentions", "sentences"),
)

#: Every interactive view (built on the corpus folder, then one control set).
VIEWS = ("CompareView", "QuoteBoard", "KwicView", "FrameEditor", "TimelineView", "CodingPanel", "Dashboard")


def rows(out) -> int | None:
    """Rows of a table an analysis returned (None for anything else)."""
    return len(out) if hasattr(out, "__len__") else None


def run_analysis(step, tables, prepared=None) -> dict:
    """Time one analysis step on ``tables``; its seconds and rows, or the error it raised.

    ``prepared()`` is called once the step's input is built, just before the timed call.
    """
    name, prepare, run = step
    try:
        args = prepare(tables)
        if prepared:
            prepared()
        t = time.perf_counter()
        out = run(args)
        return {"step": name, "seconds": time.perf_counter() - t, "rows": rows(out)}
    except Exception as exc:  # noqa: BLE001 - reported in the table
        return {"step": name, "error": f"{type(exc).__name__}: {exc}"[:300]}


def _first_setting(view):
    """(name, control, value): the first control of a view with a value to set, else None."""
    from tools.benchmark.views import control_values, controls

    for cname, ctrl in controls(view):
        values = [] if not hasattr(ctrl, "value") else control_values(ctrl)
        if values:
            return cname, ctrl, values[0]
    return None


def run_view(name: str, folder, work_folder) -> dict:
    """Build one view on the corpus in ``folder``, then set its first control; times, the size of its
    largest HTML value and whether the view says it cut its HTML to the cap."""
    from tools.benchmark.views import build_kwargs, html_stats

    rec: dict = {"step": name}
    try:
        cls = _api(name)
        kwargs, required = build_kwargs(cls, folder, work_folder)
        if required:
            return dict(rec, error=f"needs arguments {required}")
        t = time.perf_counter()
        view = cls(**kwargs)
        rec["build_seconds"] = time.perf_counter() - t
        setting = _first_setting(view)
        t = time.perf_counter()
        if setting:
            setting[1].value = setting[2]
            rec["control"] = f"{setting[0]} = {setting[2]!r}"[:80]
        rec["set_seconds"] = time.perf_counter() - t
        rec["seconds"] = rec["build_seconds"] + rec["set_seconds"]
        rec["html_kb"], rec["capped"] = html_stats(view)
    except Exception as exc:  # noqa: BLE001 - reported in the table
        rec["error"] = f"{type(exc).__name__}: {exc}"[:300]
    return rec
