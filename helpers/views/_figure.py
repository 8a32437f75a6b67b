"""What every figure of the course shares: the palette, alt text, display as PNG, and where to draw.

Every ``plot_*`` function (:mod:`helpers.views.plots`) draws with the Okabe-Ito colour-blind-safe
palette, never relies on colour alone (hatches, value labels, marker shapes), and attaches alt
text written from its data to the figure it drew on. :func:`show_figure` displays a figure in
Jupyter as a PNG whose alt text is also its plain-text form (so nbval compares the alt text,
never pixels), then closes it.

This module imports matplotlib; it is imported only when a figure is drawn or shown.
"""

from __future__ import annotations

import io
import sys

import pandas as pd
from matplotlib.figure import Figure

from helpers.errors import CorpusError
from helpers.keys import COLOURS as OKABE_ITO  # the course's keys, colours and hatches are defined once
from helpers.keys import GROUP_ORDER, HATCHES, MARKERS, display_name

__all__ = ["OKABE_ITO", "GROUP_ORDER", "HATCHES", "MARKERS", "DPI", "AltFigure", "new_figure", "canvas",
           "attach", "show_figure"]

#: Resolution of the PNG shown by ``show_figure`` (fixed, so the bytes are reproducible).
DPI = 100


class AltFigure(Figure):
    """A Figure that shows itself in Jupyter as a PNG with its alt text (once)."""

    def _repr_mimebundle_(self, include=None, exclude=None):
        alt = _alt_of(self)
        return {"image/png": _png_bytes(self), "text/plain": alt}, {"image/png": {"alt": alt}}


def new_figure(width: float, height: float):
    """A new figure (not registered with ``pyplot``) that shows itself once as a PNG with alt text.

    Returns
    -------
    matplotlib.figure.Figure
        Of ``width`` x ``height`` inches, constrained layout, at :data:`DPI`.
    """
    return AltFigure(figsize=(width, height), dpi=DPI, layout="constrained")


def canvas(ax, width: float, height: float, n: int = 1, name: str = "plot", **grid):
    """Where a ``plot_*`` function draws: a new figure, or the Axes the caller gave.

    Parameters
    ----------
    ax : matplotlib.axes.Axes, sequence of Axes, or None
        ``None``: make a new figure of ``width`` x ``height`` inches with ``n`` panels (``grid``:
        ``nrows``, ``ncols``, ``gridspec_kw`` for ``Figure.subplots``). One Axes: draw into it
        (only when ``n`` is 1). A sequence of ``n`` Axes: one panel in each.
    n : int
        The number of panels the plot needs.
    name : str
        The plotting function, for the error message.

    Returns
    -------
    tuple of (Figure, list of Axes, bool)
        The figure drawn on (the caller's root figure when ``ax`` is given), the panels to fill,
        and whether the figure is new (then the plot may set its overall title).

    Raises
    ------
    CorpusError
        When ``ax`` cannot hold ``n`` panels.
    """
    if ax is None:
        fig = new_figure(width, height)
        nrows, ncols = grid.pop("nrows", n), grid.pop("ncols", 1)
        axs = list(fig.subplots(nrows, ncols, squeeze=False, **grid).ravel())
        return fig, axs, True
    axs = list(ax) if isinstance(ax, list | tuple) else [ax]
    if not all(hasattr(a, "barh") for a in axs):
        raise CorpusError(f"{name}: ax must be a matplotlib Axes or a list of Axes "
                          f"(got {type(ax).__name__}).")
    if len(axs) != n:
        raise CorpusError(f"{name} draws {n} panel(s) for this table: pass ax=None (a new figure) or a list "
                          f"of {n} Axes (got {len(axs)}).")
    fig = axs[0].figure
    return getattr(fig, "figure", fig), axs, False  # a SubFigure's root Figure (matplotlib 3.8 and later)


def attach(fig, alt: str, new: bool = True):
    """Attach alt text to ``fig`` (``fig.alt`` and ``fig._alt_text``).

    On a figure the caller made (``new=False``), the text is added after the alt text of what
    was drawn there before, so a figure of several plots describes each of them.

    Returns
    -------
    matplotlib.figure.Figure
        ``fig`` itself.
    """
    old = getattr(fig, "alt", None) if not new else None
    alt = f"{old} {alt}" if old else alt
    fig.alt = alt
    fig._alt_text = alt
    return fig


def _alt_of(fig) -> str:
    alt = getattr(fig, "alt", None) or getattr(fig, "_alt_text", None)
    if alt:
        return str(alt)
    parts = []  # a student's own figure: describe what can be read off it
    title = fig._suptitle.get_text() if getattr(fig, "_suptitle", None) else ""
    for ax in fig.get_axes():
        bits = [b for b in (ax.get_title(), ax.get_xlabel() and f"x: {ax.get_xlabel()}",
                            ax.get_ylabel() and f"y: {ax.get_ylabel()}") if b]
        if bits:
            parts.append("; ".join(bits))
    text = "; ".join([t for t in [title, *parts] if t])
    return f"Figure: {text}." if text else "Figure without a title or axis labels (no alt text given)."


def _png_bytes(fig) -> bytes:
    """The PNG shown for ``fig``: :data:`DPI`, white background, no 'Software' or date metadata.

    The same figure gives the same bytes. A course figure (made by ``new_figure``, so it has no
    canvas of its own yet, at :data:`DPI`, with matplotlib's default ``savefig`` settings) is laid
    out and drawn in one pass of an Agg canvas: ``savefig`` would draw it twice (once without
    output to fix the layout, then for the pixels), for the same bytes (tests/test_plots.py compares
    the two on every plot; about 10-15 % less CPU per figure). Other figures go through ``savefig``.
    """
    import matplotlib
    from matplotlib.backend_bases import FigureCanvasBase
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    buf = io.BytesIO()
    metadata = {"Software": None}
    rc = matplotlib.rcParams
    one_pass = (type(fig.canvas) is FigureCanvasBase and fig.dpi == DPI and rc["savefig.bbox"] is None
                and not rc["savefig.transparent"] and rc["savefig.edgecolor"] == "auto")
    if not one_pass:
        fig.savefig(buf, format="png", dpi=DPI, metadata=metadata, facecolor="white")
        return buf.getvalue()
    canvas, facecolor = fig.canvas, fig.get_facecolor()
    fig.set_facecolor("white")
    try:
        FigureCanvasAgg(fig).print_png(buf, metadata=metadata)  # lays out (layout engine) and draws
    finally:
        fig.set_facecolor(facecolor)
        fig.canvas = canvas  # as savefig leaves it
    return buf.getvalue()


def show_figure(fig, alt=None) -> None:
    """Display ``fig`` in Jupyter as a PNG with alt text, then close it.

    The output carries the PNG (with the alt text in its metadata, which JupyterLab puts on the
    ``<img>``) and the alt text as ``text/plain``: a screen reader or a text-only viewer reads the
    alt text, and notebook tests compare only that text. The PNG has a fixed resolution and no
    timestamp.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure to show; anything else raises ``CorpusError``.
    alt : str, optional
        Alt text; default the figure's own (``fig.alt``, set by every ``plot_*`` function), else a
        description read off its title and axis labels. For a figure you made yourself, pass one.

    Returns
    -------
    None
        Nothing: the figure is displayed and then closed (also in ``pyplot``, if it came from
        there), so it is not shown a second time.
    """
    from IPython.display import display

    if not hasattr(fig, "savefig"):
        raise CorpusError(f"fig must be a matplotlib Figure (got {type(fig).__name__}).")
    alt = str(alt) if alt else _alt_of(fig)
    png = _png_bytes(fig)
    display({"image/png": png, "text/plain": alt}, raw=True, metadata={"image/png": {"alt": alt}})
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None:
        plt.close(fig)


def with_short(df: pd.DataFrame) -> pd.DataFrame:
    """Add or complete a ``short`` column (source label) with :func:`helpers.corpus.loading.source_names`:
    the articles of the corpus the table comes from (or of any corpus loaded in this session), else
    the id."""
    df = df.copy()
    df["article_id"] = df["article_id"].astype(str)
    known = {}
    short = df["short"] if "short" in df.columns else None
    if short is None or (short.astype(str).str.strip() == "").any() or short.isna().any():
        from helpers.corpus.loading import source_names

        known = source_names(df["article_id"].unique(), df)
    if "short" not in df.columns:
        df["short"] = ""
    df["short"] = [s if isinstance(s, str) and s.strip() else known.get(a, a)
                   for s, a in zip(df["short"], df["article_id"], strict=True)]
    return df


def sources_of(df: pd.DataFrame) -> list[tuple[str, str]]:
    """(article_id, short) in article-id order."""
    pairs = df[["article_id", "short"]].drop_duplicates("article_id").sort_values("article_id")
    return list(zip(pairs.article_id, pairs.short, strict=True))


def bar_style(i: int) -> dict:
    return {"color": OKABE_ITO[i % len(OKABE_ITO)], "hatch": HATCHES[i % len(HATCHES)],
            "edgecolor": "black", "linewidth": 0.6}


def pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def as_fraction(series: pd.Series) -> pd.Series:
    s = pd.to_numeric(series, errors="coerce").fillna(0.0)
    return s / 100.0 if s.max() > 1.0 + 1e-9 else s


def _text_colour(rgba) -> str:
    r, g, b = rgba[:3]
    return "black" if (0.299 * r + 0.587 * g + 0.114 * b) > 0.5 else "white"


def pretty(key: str) -> str:
    return display_name(key)


def listing(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


_WHITE_BOX = {"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none"}


def heatmap(ax, values: pd.DataFrame, labels: pd.DataFrame, cmap: str = "cividis", hatch_mask=None):
    """Annotated heat map: every cell carries its value as text; masked cells are hatched."""
    import matplotlib
    import numpy as np
    from matplotlib.patches import Rectangle

    data = values.to_numpy(dtype=float)
    mask = np.zeros(data.shape, dtype=bool) if hatch_mask is None else hatch_mask.to_numpy(dtype=bool)
    shown = np.ma.masked_array(data, mask=mask)
    vmax = float(shown.max()) if shown.count() and shown.max() > 0 else 1.0
    cm = matplotlib.colormaps[cmap].with_extremes(bad="white")
    im = ax.imshow(shown, cmap=cm, vmin=0, vmax=vmax, aspect="auto")
    for i in range(data.shape[0]):
        for j in range(data.shape[1]):
            if mask[i, j]:  # masked cells: white, hatched, labelled in black
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, hatch="xx",
                                       edgecolor="#bbbbbb", linewidth=0))
                colour = "black"
            else:
                colour = _text_colour(im.cmap(im.norm(data[i, j])))
            ax.text(j, i, labels.iloc[i, j], ha="center", va="center", fontsize=8, color=colour,
                    bbox=_WHITE_BOX if mask[i, j] else None)
    ax.set_xticks(range(data.shape[1]), list(values.columns), rotation=30, ha="right")
    ax.set_yticks(range(data.shape[0]), list(values.index))
    ax.set_xticks([x - 0.5 for x in range(1, data.shape[1])], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, data.shape[0])], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    return im


