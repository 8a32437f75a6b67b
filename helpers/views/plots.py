"""Figures for the course, readable without colour, each with alt text written from its data.

Every ``plot_*`` function takes the table another helper returns (or builds it with that helper's
defaults), draws it with the Okabe-Ito colour-blind-safe palette, and never uses colour alone:
bars carry hatching and value labels, heat-map cells are annotated, markers differ in shape.
Each returns a :class:`matplotlib.figure.Figure` with its alt text in ``fig.alt`` (and
``fig._alt_text``): a sentence saying what the figure shows, with its main numbers, generated
from the data. ``show_figure(fig)`` displays it in Jupyter as a PNG whose alt text is also its
plain-text form (so nbval compares the alt text, never pixels), then closes it.

A figure returned as the last value of a cell shows itself once (with the same alt text); the
figures are not registered with ``pyplot``, so they never display twice.
"""

from __future__ import annotations

import io
import sys
import textwrap

import pandas as pd

from helpers.errors import CorpusError, require_table
from helpers.keys import COLOURS as OKABE_ITO  # the course's keys, colours and hatches are defined once
from helpers.keys import DISPLAY as PRETTY
from helpers.keys import GROUP_ORDER, HATCHES, MARKERS

#: Resolution of the PNG shown by ``show_figure`` (fixed, so the bytes are reproducible).
DPI = 100


# ------------------------------------------------------------------ shared machinery
def _figure_class():
    from matplotlib.figure import Figure

    class AltFigure(Figure):
        """A Figure that shows itself in Jupyter as a PNG with its alt text (once)."""

        def _repr_mimebundle_(self, include=None, exclude=None):
            alt = _alt_of(self)
            return {"image/png": _png_bytes(self), "text/plain": alt}, {"image/png": {"alt": alt}}

    return AltFigure


_ALT_FIGURE = None


def _new_figure(width: float, height: float):
    global _ALT_FIGURE
    if _ALT_FIGURE is None:
        _ALT_FIGURE = _figure_class()
    return _ALT_FIGURE(figsize=(width, height), dpi=DPI, layout="constrained")


def _attach(fig, alt: str):
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
    buf = io.BytesIO()
    # fixed dpi, no 'Software' or date metadata: the same figure gives the same bytes
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None}, facecolor="white")
    return buf.getvalue()


def show_figure(fig, alt=None) -> None:
    """Display ``fig`` in Jupyter as a PNG with alt text, then close it.

    ``alt`` defaults to the figure's own alt text (``fig.alt``, set by every ``plot_*`` function;
    for a figure you made yourself, pass one). The output carries the PNG (with the alt text in
    its metadata, which JupyterLab puts on the ``<img>``) and the alt text as ``text/plain``: a
    screen reader or a text-only viewer reads the alt text, and notebook tests compare only that
    text. The PNG has a fixed resolution and no timestamp. The figure is closed afterwards (also
    in ``pyplot``, if it came from there), so it is not shown a second time.
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


def _with_short(df: pd.DataFrame) -> pd.DataFrame:
    """Add or complete a ``short`` column (source label) with :func:`helpers.corpus.loading.source_names`:
    the articles of the corpus the table comes from (or of any corpus loaded in this session), else
    the id."""
    df = df.copy()
    df["article_id"] = df["article_id"].astype(str)
    known = {}
    if "short" not in df.columns or (df["short"].astype(str).str.strip() == "").any() or df["short"].isna().any():
        from helpers.corpus.loading import source_names

        known = source_names(df["article_id"].unique(), df)
    if "short" not in df.columns:
        df["short"] = ""
    df["short"] = [s if isinstance(s, str) and s.strip() else known.get(a, a)
                   for s, a in zip(df["short"], df["article_id"], strict=True)]
    return df


def _sources(df: pd.DataFrame) -> list[tuple[str, str]]:
    """(article_id, short) in article-id order."""
    pairs = df[["article_id", "short"]].drop_duplicates("article_id").sort_values("article_id")
    return list(zip(pairs.article_id, pairs.short, strict=True))


def _style(i: int) -> dict:
    return {"color": OKABE_ITO[i % len(OKABE_ITO)], "hatch": HATCHES[i % len(HATCHES)],
            "edgecolor": "black", "linewidth": 0.6}


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _as_fraction(series: pd.Series) -> pd.Series:
    s = pd.to_numeric(series, errors="coerce").fillna(0.0)
    return s / 100.0 if s.max() > 1.0 + 1e-9 else s


def _text_colour(rgba) -> str:
    r, g, b = rgba[:3]
    return "black" if (0.299 * r + 0.587 * g + 0.114 * b) > 0.5 else "white"


def _pretty(key: str) -> str:
    return PRETTY.get(key, str(key).replace("_", " "))


def _list(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _heatmap(ax, values: pd.DataFrame, labels: pd.DataFrame, cmap: str = "cividis", hatch_mask=None):
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
                    bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none"} if mask[i, j] else None)
    ax.set_xticks(range(data.shape[1]), list(values.columns), rotation=30, ha="right")
    ax.set_yticks(range(data.shape[0]), list(values.index))
    ax.set_xticks([x - 0.5 for x in range(1, data.shape[1])], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, data.shape[0])], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    return im


# ------------------------------------------------------------------ the figures
def plot_corpus(articles=None):
    """Bar chart of the words of body text per source (``load_articles()`` by default).

    Needs ``article_id`` and ``word_count`` (``short`` for labels, else the ids). Each bar has its
    own hatch and its value written at its end. Blind spot: length is not weight: a 300-word
    rewrite can reach more readers than a 1,000-word commentary.
    """
    from helpers.corpus.loading import load_articles

    a = _with_short(require_table(load_articles() if articles is None else articles, ["article_id", "word_count"],
                             "articles", "load_articles()"))
    a["word_count"] = pd.to_numeric(a["word_count"], errors="coerce").fillna(0)
    a = a.sort_values("article_id").reset_index(drop=True)
    fig = _new_figure(7, 0.55 * len(a) + 1.4)
    ax = fig.subplots()
    y = list(range(len(a)))[::-1]
    for i, row in a.iterrows():
        ax.barh(y[i], row.word_count, **_style(i))
        ax.text(row.word_count, y[i], f" {row.word_count:,.0f}", va="center", fontsize=9)
    ax.set_yticks(y, [f"{s} ({aid})" for s, aid in zip(a.short, a.article_id, strict=True)])
    ax.set_xlabel("words of body text")
    ax.set_title("Words per source")
    ax.set_xlim(0, a.word_count.max() * 1.18 or 1)
    ax.spines[["top", "right"]].set_visible(False)
    longest, shortest = a.loc[a.word_count.idxmax()], a.loc[a.word_count.idxmin()]
    alt = (f"Bar chart of words of body text per source, {len(a)} sources: "
           + ", ".join(f"{s} {w:,.0f}" for s, w in zip(a.short, a.word_count, strict=True))
           + f". Total {a.word_count.sum():,.0f} words; longest {longest.short} ({longest.word_count:,.0f}), "
           f"shortest {shortest.short} ({shortest.word_count:,.0f}).")
    return _attach(fig, alt)


def plot_coverage(coverage=None):
    """Heat map of theme coverage: the share of each source's paragraphs that touch each theme.

    ``coverage`` is the table from ``coverage_matrix()`` (default): ``article_id, short, theme,
    label, paragraphs, share, silent`` (``share`` as a fraction, or per cent if above 1; ``silent``
    True where the source never touches the theme). Each cell shows the share and the paragraph
    count; silent cells are hatched and marked "silent". Blind spot: a paragraph that touches a
    theme may only mention it; silence can mean the genre, not avoidance.
    """
    if coverage is None:
        from helpers.analysis.coverage import coverage_matrix

        coverage = coverage_matrix()
    c = _with_short(require_table(coverage, ["article_id", "theme", "paragraphs", "share"], "coverage",
                             "coverage_matrix()"))
    if "label" not in c.columns:
        c["label"] = c["theme"]
    c["label"] = [lab if isinstance(lab, str) and lab else str(t) for lab, t in zip(c["label"], c["theme"], strict=True)]
    c["share"] = _as_fraction(c["share"])
    c["paragraphs"] = pd.to_numeric(c["paragraphs"], errors="coerce").fillna(0).astype(int)
    if "silent" in c.columns:
        c["silent"] = c["silent"].fillna(False).astype(bool)
    else:
        c["silent"] = c["paragraphs"] == 0
    srcs = _sources(c)
    cols = [s for _, s in srcs]
    order = list(dict.fromkeys(c["label"]))
    c["col"] = c["article_id"].map(dict(srcs))
    share = c.pivot_table(index="label", columns="col", values="share", aggfunc="sum").reindex(index=order, columns=cols)
    paras = c.pivot_table(index="label", columns="col", values="paragraphs", aggfunc="sum").reindex(index=order, columns=cols)
    silent = (c.pivot_table(index="label", columns="col", values="silent", aggfunc="max")
              .reindex(index=order, columns=cols).fillna(True).astype(bool))
    share, paras = share.fillna(0.0), paras.fillna(0).astype(int)
    labels = pd.DataFrame([[("silent" if silent.iloc[i, j] else f"{_pct(share.iloc[i, j])}\n({paras.iloc[i, j]} ¶)")
                            for j in range(share.shape[1])] for i in range(share.shape[0])],
                          index=share.index, columns=share.columns)
    fig = _new_figure(1.25 * len(cols) + 3.2, 0.5 * len(order) + 1.8)
    ax = fig.subplots()
    im = _heatmap(ax, share, labels, hatch_mask=silent)
    from matplotlib.ticker import FuncFormatter

    fig.colorbar(im, ax=ax, label="share of the source's paragraphs", format=FuncFormatter(lambda x, _: _pct(x)),
                 shrink=0.8)
    ax.set_title("Theme coverage by source (cell: share of paragraphs, ¶ = paragraphs; hatched = silent)",
                 fontsize=10)
    flat = c.sort_values(["share", "paragraphs"], ascending=False).iloc[0]
    tops = []
    for aid, short in srcs:
        sub = c[c.article_id == aid].sort_values(["share", "paragraphs"], ascending=False)
        tops.append(f"{short}: {sub.iloc[0].label} {_pct(sub.iloc[0].share)}")
    n_silent = int(silent.to_numpy().sum())
    silent_by_source = {s: int(silent[s].sum()) for s in cols}
    quietest = max(silent_by_source, key=silent_by_source.get)
    alt = (f"Heat map of theme coverage: the share of each source's paragraphs touching each of {len(order)} "
           f"themes, for {len(cols)} sources ({_list(cols)}). Highest: {flat.label} in {flat.short} "
           f"({_pct(flat.share)}, {flat.paragraphs} paragraphs). Top theme per source: {'; '.join(tops)}. "
           f"{n_silent} of {share.size} source-theme cells are silent"
           + (f"; most silences in {quietest} ({silent_by_source[quietest]} themes)." if n_silent else "."))
    return _attach(fig, alt)


def plot_frames(frame_scores=None):
    """Grouped bar chart of frame scores per 1,000 words, one panel per ``axis``.

    ``frame_scores`` is the table from ``frame_scores()`` (default): ``article_id, frame, axis,
    per_1000`` (``short`` optional). Each source has its own colour and hatch; every bar carries its
    value. Frames: Semetko & Valkenburg (2000); geopolitical axis eu_west / russia_china. Blind
    spot: dictionary scores count cue words, not the frame a reader takes away.
    """
    if frame_scores is None:
        from helpers.analysis.frames import frame_scores as _fs

        frame_scores = _fs()
    f = _with_short(require_table(frame_scores, ["article_id", "frame", "per_1000"], "frame_scores", "frame_scores()"))
    if "axis" not in f.columns:
        f["axis"] = "frames"
    f["axis"] = f["axis"].astype(str)
    f["per_1000"] = pd.to_numeric(f["per_1000"], errors="coerce").fillna(0.0)
    f = f.groupby(["axis", "frame", "article_id", "short"], sort=False, as_index=False)["per_1000"].sum()
    srcs = _sources(f)
    axes_keys = list(dict.fromkeys(f["axis"]))
    n_frames = [f[f.axis == k].frame.nunique() for k in axes_keys]
    fig = _new_figure(8, sum(0.26 * len(srcs) * n + 0.9 for n in n_frames) + 1.0)
    axs = fig.subplots(len(axes_keys), 1, squeeze=False,
                       gridspec_kw={"height_ratios": [max(n, 1) for n in n_frames]})[:, 0]
    top = f["per_1000"].max() or 1.0
    height = 0.8 / max(len(srcs), 1)
    for ax, key in zip(axs, axes_keys, strict=True):
        sub = f[f.axis == key]
        frames = list(dict.fromkeys(sub["frame"]))
        for k, (aid, short) in enumerate(srcs):
            vals = sub[sub.article_id == aid].set_index("frame")["per_1000"].reindex(frames).fillna(0.0)
            ys = [len(frames) - 1 - i + 0.4 - (k + 0.5) * height for i in range(len(frames))]
            ax.barh(ys, vals.to_numpy(), height=height, label=short, **_style(k))
            for yv, v in zip(ys, vals, strict=True):
                ax.text(v, yv, f" {v:.1f}", va="center", fontsize=7)
        ax.set_yticks([len(frames) - 1 - i for i in range(len(frames))], [_pretty(x) for x in frames])
        ax.set_xlim(0, top * 1.2)
        ax.set_title(f"{_pretty(key)}", fontsize=10, loc="left")
        ax.spines[["top", "right"]].set_visible(False)
    axs[-1].set_xlabel("frame cues per 1,000 words")
    axs[0].legend(title="source", fontsize=8, title_fontsize=8, loc="lower right", frameon=False)
    fig.suptitle("Frame scores by source", fontsize=11)
    tops = []
    for aid, short in srcs:
        for key in axes_keys:
            sub = f[(f.article_id == aid) & (f.axis == key)].sort_values("per_1000", ascending=False)
            if len(sub):
                best = sub.iloc[0]
                tops.append(f"{short} {_pretty(best.frame)} {best.per_1000:.1f}"
                            + (f" ({_pretty(key)})" if len(axes_keys) > 1 else ""))
    overall = f.sort_values("per_1000", ascending=False).iloc[0]
    alt = (f"Grouped bar chart of frame scores per 1,000 words for {len(srcs)} sources ({_list([s for _, s in srcs])})"
           + (f", in {len(axes_keys)} panels ({', '.join(_pretty(k) for k in axes_keys)})" if len(axes_keys) > 1 else "")
           + f". Highest: {_pretty(overall.frame)} in {overall.short} ({overall.per_1000:.1f}). "
           f"Strongest frame per source: {'; '.join(tops)}.")
    return _attach(fig, alt)


def plot_share_of_voice(share_of_voice=None):
    """Stacked bars: whose words each source quotes, by actor group (shares add up to 100%).

    ``share_of_voice`` is the table from ``share_of_voice()`` (default): ``article_id, short, group,
    words, share`` (share as a fraction, or per cent if above 1). Each group has its own colour and
    hatch, and segments of 6% or more carry their share. Blind spot: quoted words measure who is
    given the floor, not whether the source agrees with them.
    """
    if share_of_voice is None:
        from helpers.analysis.quoting import share_of_voice as _sov

        share_of_voice = _sov()
    s = _with_short(require_table(share_of_voice, ["article_id", "group", "words", "share"], "share_of_voice",
                             "share_of_voice()"))
    s["words"] = pd.to_numeric(s["words"], errors="coerce").fillna(0)
    s["share"] = _as_fraction(s["share"])
    s = s.groupby(["article_id", "short", "group"], as_index=False)[["words", "share"]].sum()
    srcs = _sources(s)
    groups = [g for g in GROUP_ORDER if g in set(s.group)] + sorted(set(s.group) - set(GROUP_ORDER))
    fig = _new_figure(8.5, 0.6 * len(srcs) + 2.0)
    ax = fig.subplots()
    ys = list(range(len(srcs)))[::-1]
    left = {aid: 0.0 for aid, _ in srcs}
    extra = [g for g in groups if g not in GROUP_ORDER]  # e.g. "unresolved": styles after the known groups
    for g in groups:
        style = _style(GROUP_ORDER.index(g) if g in GROUP_ORDER else len(GROUP_ORDER) + extra.index(g))
        vals = [float(s[(s.article_id == aid) & (s.group == g)].share.sum()) for aid, _ in srcs]
        ax.barh(ys, vals, left=[left[aid] for aid, _ in srcs], label=_pretty(g), **style)
        for y, (aid, _), v in zip(ys, srcs, vals, strict=True):
            if v >= 0.06:
                ax.text(left[aid] + v / 2, y, _pct(v), ha="center", va="center", fontsize=8,
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85})
            left[aid] += v
    totals = s.groupby("article_id")["words"].sum()
    for y, (aid, _) in zip(ys, srcs, strict=True):
        n = int(totals.get(aid, 0))
        ax.text(1.01, y, f"{n:,} quoted words" if n else "no quotes", va="center", fontsize=8)
    ax.set_yticks(ys, [short for _, short in srcs])
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda x, _: _pct(x))
    ax.set_xlabel("share of quoted words")
    ax.set_title("Share of voice: whose words each source quotes", fontsize=10)
    ax.legend(ncols=min(len(groups), 4), loc="upper center", bbox_to_anchor=(0.5, -0.2), fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    parts = []
    for aid, short in srcs:
        sub = s[(s.article_id == aid) & (s.share > 0)].sort_values("share", ascending=False)
        if sub.empty:
            parts.append(f"{short}: no quotes")
        else:
            parts.append(f"{short}: " + ", ".join(f"{_pretty(r.group)} {_pct(r.share)}" for r in sub.head(2).itertuples()))
    alt = (f"Stacked bar chart of share of voice: the share of quoted words by actor group in {len(srcs)} sources. "
           f"Largest groups per source: {'; '.join(parts)}.")
    return _attach(fig, alt)


def plot_labels(label_rates=None, top: int = 12):
    """Annotated heat map of loaded labels per 1,000 words, by source.

    ``label_rates`` is the table from ``label_rates()`` (default; ``by="category"`` works too):
    ``article_id, short, term`` (or ``category``), ``per_1000``. Shows the ``top`` terms with the
    highest total rate; every cell carries its rate, zeros are shown as "0". Blind spot: a label in
    a quotation is the speaker's word, not the outlet's (see ``include_quoted``).
    """
    if label_rates is None:
        from helpers.analysis.labelling import label_rates as _lr

        label_rates = _lr()
    if isinstance(label_rates, pd.DataFrame) and "term" not in label_rates.columns and "category" in label_rates.columns:
        key = "category"
    else:
        key = "term"
    r = _with_short(require_table(label_rates, ["article_id", key, "per_1000"], "label_rates", "label_rates()"))
    if not isinstance(top, int) or top < 1:
        raise CorpusError(f"top={top!r} must be a whole number of at least 1.")
    r["per_1000"] = pd.to_numeric(r["per_1000"], errors="coerce").fillna(0.0)
    srcs = _sources(r)
    cols = [s for _, s in srcs]
    r["col"] = r["article_id"].map(dict(srcs))
    totals = r.groupby(key)["per_1000"].sum().sort_values(ascending=False, kind="stable")
    keep = list(totals.index[:top])
    grid = r[r[key].isin(keep)].pivot_table(index=key, columns="col", values="per_1000", aggfunc="sum")
    grid = grid.reindex(index=keep, columns=cols).fillna(0.0)
    labels = grid.map(lambda v: "0" if v == 0 else f"{v:.1f}")
    fig = _new_figure(1.2 * len(cols) + 3.0, 0.42 * len(keep) + 1.8)
    ax = fig.subplots()
    im = _heatmap(ax, grid, labels)
    fig.colorbar(im, ax=ax, label="per 1,000 words", shrink=0.8)
    ax.set_title(f"Loaded labels per 1,000 words ({'top ' + str(len(keep)) if len(totals) > len(keep) else 'all'} "
                 f"{'categories' if key == 'category' else 'terms'})", fontsize=10)
    best = r.sort_values("per_1000", ascending=False).iloc[0]
    per = []
    for aid, short in srcs:
        sub = r[(r.article_id == aid) & (r.per_1000 > 0)].sort_values("per_1000", ascending=False)
        per.append(f"{short}: " + (f"'{sub.iloc[0][key]}' {sub.iloc[0].per_1000:.1f}" if len(sub) else "none"))
    plural = "categories" if key == "category" else "terms"
    alt = (f"Heat map of loaded labels per 1,000 words: {len(keep)} {plural} (of {len(totals)}) by {len(srcs)} sources. "
           f"Highest: '{best[key]}' in {best.short} ({best.per_1000:.1f} per 1,000 words). "
           f"Most used per source: {'; '.join(per)}.")
    return _attach(fig, alt)


def plot_distinctive(distinctive_words=None, top: int = 10):
    """Horizontal bars of the most distinctive words (weighted log-odds, Monroe et al. 2008).

    ``distinctive_words`` is the table from ``distinctive_words()`` (default): ``word, log_odds, z``
    (with ``article_id`` / ``short`` or ``group`` when it compares several sources: one panel each).
    Per panel, the ``top`` words by ``z``; each bar is labelled with its z-score; bars with
    ``|z| < 1.96`` (not distinctive at the 5% level) are hatched and paler. With a single table and
    negative scores, the words most typical of the *other* side are drawn to the left, in another
    colour and hatch. Blind spot: distinctive is relative to this tiny corpus, not to the language.
    """
    if distinctive_words is None:
        from helpers.analysis.distinctive import distinctive_words as _dw

        distinctive_words = _dw()
    d = require_table(distinctive_words, ["word", "log_odds", "z"], "distinctive_words", "distinctive_words()")
    if not isinstance(top, int) or top < 1:
        raise CorpusError(f"top={top!r} must be a whole number of at least 1.")
    d["log_odds"] = pd.to_numeric(d["log_odds"], errors="coerce").fillna(0.0)
    d["z"] = pd.to_numeric(d["z"], errors="coerce").fillna(0.0)
    if "article_id" in d.columns:
        d = _with_short(d)
        panel_key, panels = "article_id", _sources(d)
    elif "group" in d.columns:
        panel_key, panels = "group", [(g, _pretty(g)) for g in dict.fromkeys(d["group"].astype(str))]
    else:
        panel_key, panels = None, [("", "")]
    ncols = min(len(panels), 3)
    nrows = -(-len(panels) // ncols)
    one_sided = panel_key is not None
    n_rows_bars = top if one_sided else 2 * top
    fig = _new_figure(4.2 * ncols, nrows * (0.28 * n_rows_bars + 1.2) + 0.6)
    axs = fig.subplots(nrows, ncols, squeeze=False).ravel()
    described = []
    for ax, (key, title) in zip(axs, panels, strict=False):
        sub = d if panel_key is None else d[d[panel_key].astype(str) == key]
        if one_sided:
            pick = sub.sort_values("z", ascending=False).head(top)
        else:
            pos = sub[sub.z > 0].sort_values("z", ascending=False).head(top)
            neg = sub[sub.z < 0].sort_values("z").head(top)
            pick = pd.concat([pos, neg.iloc[::-1]])
        ys = list(range(len(pick)))[::-1]
        for y, row in zip(ys, pick.itertuples(), strict=True):
            strong = abs(row.z) >= 1.96
            side = 0 if row.z >= 0 else 5
            ax.barh(y, row.log_odds, color=OKABE_ITO[4 if side == 0 else 5], alpha=1.0 if strong else 0.45,
                    hatch=None if strong else "//", edgecolor="black", linewidth=0.6)
            ax.text(row.log_odds, y, f" z={row.z:.1f} " if row.log_odds >= 0 else f" z={row.z:.1f} ",
                    va="center", ha="left" if row.log_odds >= 0 else "right", fontsize=7)
        ax.set_yticks(ys, list(pick.word))
        ax.axvline(0, color="black", linewidth=0.8)
        span = max(pick.log_odds.abs().max() if len(pick) else 1.0, 1e-9)
        low = float(pick.log_odds.min()) if len(pick) else 0.0
        ax.set_xlim(low - 0.45 * span if low < 0 else 0, max(float(pick.log_odds.max()) if len(pick) else 0, 0) + 0.45 * span)
        ax.set_xlabel("log-odds")
        if title:
            ax.set_title(title, fontsize=10)
        ax.spines[["top", "right"]].set_visible(False)
        words = ", ".join(f"{r.word} (z {r.z:.1f})" for r in pick[pick.z > 0].head(3).itertuples())
        described.append((f"{title}: " if title else "") + (words or "none"))
    for ax in axs[len(panels):]:
        ax.set_visible(False)
    fig.suptitle("Distinctive words (hatched, paler bars: |z| < 1.96)", fontsize=10)
    n_strong = int((d.z.abs() >= 1.96).sum())
    alt = ("Bar chart of distinctive words by weighted log-odds"
           + ((f", one panel for each of {len(panels)} sources" if len(panels) > 1 else f" for {panels[0][1]}")
              if one_sided else "")
           + f". Top words: {'; '.join(described)}. {n_strong} of {len(d)} words have |z| of 1.96 or more.")
    return _attach(fig, alt)


def plot_timeline(events=None, label_width: int = 60):
    """One row per event on a time axis, marked by theme, with the sources that mention it.

    ``events`` is the table from ``timeline()`` (default): ``start, event`` (``end``,
    ``date_label``, ``course_theme`` or ``theme``, ``seeds`` optional). Each theme has its own marker
    shape and colour (legend); ranges are drawn as bars; the article ids that mention an event are
    written next to it; filled markers = mentioned by a seed, hollow = not. Blind spot: a timeline
    is a selection; the gaps are the fact-finders', not history's.
    """
    import matplotlib.dates as mdates

    if events is None:
        from helpers.analysis.chronology import timeline

        events = timeline()
    ev = require_table(events, ["start", "event"], "events", "timeline()")
    try:
        ev["start"] = pd.to_datetime(ev["start"])
        ev["end"] = pd.to_datetime(ev["end"]) if "end" in ev.columns else ev["start"]
    except (ValueError, TypeError) as exc:
        raise CorpusError(f"events: start/end must be dates ({exc}).") from None
    ev["end"] = ev["end"].fillna(ev["start"])
    theme_col = "course_theme" if "course_theme" in ev.columns else ("theme" if "theme" in ev.columns else None)
    ev["_theme"] = ev[theme_col].astype(str) if theme_col else "event"
    if "seeds" not in ev.columns:
        ev["seeds"] = [[] for _ in range(len(ev))]
    ev["seeds"] = [list(s) if isinstance(s, list | tuple | set) else [x for x in str(s or "").split(";") if x]
                   for s in ev["seeds"]]
    if "date_label" not in ev.columns:
        ev["date_label"] = ev["start"].dt.strftime("%d %b %Y")
    ev = ev.sort_values(["start", "end"], kind="stable").reset_index(drop=True)
    themes = list(dict.fromkeys(ev["_theme"]))
    fig = _new_figure(11, 0.27 * len(ev) + 1.8)
    ax = fig.subplots()
    ys = list(range(len(ev)))[::-1]
    span_days = max((ev.end.max() - ev.start.min()).days, 1)
    for k, theme in enumerate(themes):
        sub = ev[ev._theme == theme]
        colour, marker = OKABE_ITO[k % len(OKABE_ITO)], MARKERS[k % len(MARKERS)]
        for idx, row in sub.iterrows():
            y = ys[idx]
            if row.end > row.start:
                ax.plot([row.start, row.end], [y, y], color=colour, linewidth=5, solid_capstyle="butt")
            filled = bool(row.seeds)
            ax.plot([row.start], [y], marker=marker, markersize=7, linestyle="none",
                    markerfacecolor=colour if filled else "white", markeredgecolor="black" if filled else colour,
                    markeredgewidth=1.2)
            if row.seeds:
                ax.text(row.end + pd.Timedelta(days=span_days * 0.008), y, " " + " ".join(row.seeds),
                        va="center", fontsize=7)
        ax.plot([], [], marker=marker, linestyle="none", color=colour, markeredgecolor="black", label=_pretty(theme))
    ax.set_yticks(ys, [textwrap.shorten(f"{d}: {e}", label_width, placeholder="…")
                       for d, e in zip(ev.date_label, ev.event, strict=True)], fontsize=7)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator())
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.set_xlim(ev.start.min() - pd.Timedelta(days=span_days * 0.02), ev.end.max() + pd.Timedelta(days=span_days * 0.08))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_ylim(-1, len(ev))
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Timeline of events (filled marker: mentioned by a seed; ids of the seeds at right)", fontsize=10)
    ax.legend(title="theme", fontsize=7, title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    counts = ev["_theme"].value_counts()
    mentioned = int(sum(bool(s) for s in ev.seeds))
    years = ev.start.dt.year.value_counts()
    busiest = years.sort_index().idxmax() if len(years) else None
    alt = (f"Timeline of {len(ev)} events from {ev.date_label.iloc[0]} to {ev.date_label.iloc[-1]}, one row each, "
           f"marked by theme. Most events: "
           + ", ".join(f"{_pretty(t)} {n}" for t, n in counts.head(4).items())
           + f". {mentioned} of {len(ev)} events are mentioned by at least one seed"
           + (f"; the busiest year is {busiest} ({years[busiest]} events)." if busiest is not None else "."))
    return _attach(fig, alt)
