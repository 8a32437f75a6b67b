"""Figures for the course, readable without colour, each with alt text written from its data.

Every ``plot_*`` function takes the table another helper returns (or builds it with that helper's
defaults), draws it with the Okabe-Ito colour-blind-safe palette, and never uses colour alone:
bars carry hatching and value labels, heat-map cells are annotated, markers differ in shape.

Where it draws, and what it returns, is the same for all of them:

- ``ax=None`` (default): a new figure; ``ax=`` an Axes of your own figure (for a multi-panel
  plot, a list with one Axes per panel): the plot is drawn there.
- Every ``plot_*`` returns the :class:`matplotlib.figure.Figure` it drew on (your own figure
  when you passed ``ax``), with its alt text in ``fig.alt`` (and ``fig._alt_text``): a sentence
  saying what the figure shows, with its main numbers, generated from the data. On your own
  figure, each plot's alt text is added after the previous one's.

``show_figure(fig)`` displays a figure in Jupyter as a PNG whose alt text is also its plain-text
form (so nbval compares the alt text, never pixels), then closes it. A new figure returned as the
last value of a cell shows itself once (with the same alt text); it is not registered with
``pyplot``, so it never displays twice.
"""

from __future__ import annotations

import textwrap

import pandas as pd

from helpers.errors import CorpusError, require_table
from helpers.views._figure import (
    GROUP_ORDER,
    MARKERS,
    OKABE_ITO,
    as_fraction,
    attach,
    bar_style,
    canvas,
    heatmap,
    listing,
    pct,
    pretty,
    show_figure,
    sources_of,
    with_short,
)

__all__ = ["plot_corpus", "plot_coverage", "plot_frames", "plot_share_of_voice", "plot_labels",
           "plot_distinctive", "plot_timeline", "show_figure"]

# ------------------------------------------------------------------ the figures
def plot_corpus(articles=None, ax=None):
    """Bar chart of the words of body text per source.

    Each bar has its own hatch and its value written at its end.

    Parameters
    ----------
    articles : pandas.DataFrame, optional
        ``load_articles()`` by default; needs ``article_id`` and ``word_count`` (``short`` for
        labels, else the ids).
    ax : matplotlib.axes.Axes, optional
        Draw into this Axes (default: a new figure).

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on (a new one, or ``ax``'s), with the alt text in ``fig.alt``: every
        source's word count, the total, the longest and shortest.

    Notes
    -----
    Blind spot: length is not weight: a 300-word rewrite can reach more readers than a
    1,000-word commentary.
    """
    from helpers.corpus.loading import load_articles

    table = load_articles() if articles is None else articles
    a = with_short(require_table(table, ["article_id", "word_count"], "articles", "load_articles()"))
    a["word_count"] = pd.to_numeric(a["word_count"], errors="coerce").fillna(0)
    a = a.sort_values("article_id").reset_index(drop=True)
    fig, (ax,), new = canvas(ax, 7, 0.55 * len(a) + 1.4, name="plot_corpus")
    y = list(range(len(a)))[::-1]
    for i, row in a.iterrows():
        ax.barh(y[i], row.word_count, **bar_style(i))
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
    return attach(fig, alt, new)


def plot_coverage(coverage=None, ax=None):
    """Heat map of theme coverage: the share of each source's paragraphs that touch each theme.

    Each cell shows the share and the paragraph count; silent cells are hatched and marked
    "silent"; a source whose ``note`` says "not analysed" (text not in English) is marked so instead.

    Parameters
    ----------
    coverage : pandas.DataFrame, optional
        The table from ``coverage_matrix()`` (default): ``article_id, short, theme, label,
        paragraphs, share, silent`` (``share`` as a fraction, or per cent if above 1; ``silent``
        True where the source never touches the theme).
    ax : matplotlib.axes.Axes, optional
        Draw into this Axes (default: a new figure). A colour bar is added beside it.

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on (a new one, or ``ax``'s), with the alt text in ``fig.alt``: the highest
        cell, the top theme per source and the number of silent cells.

    Notes
    -----
    Blind spot: a paragraph that touches a theme may only mention it; silence can mean the date
    or the genre, not avoidance.
    """
    if coverage is None:
        from helpers.analysis.coverage import coverage_matrix

        coverage = coverage_matrix()
    c = with_short(require_table(coverage, ["article_id", "theme", "paragraphs", "share"], "coverage",
                             "coverage_matrix()"))
    if "label" not in c.columns:
        c["label"] = c["theme"]
    c["label"] = [lab if isinstance(lab, str) and lab else str(t)
                  for lab, t in zip(c["label"], c["theme"], strict=True)]
    c["share"] = as_fraction(c["share"])
    c["paragraphs"] = pd.to_numeric(c["paragraphs"], errors="coerce").fillna(0).astype(int)
    if "silent" in c.columns:
        c["silent"] = c["silent"].fillna(False).astype(bool)
    else:
        c["silent"] = c["paragraphs"] == 0
    srcs = sources_of(c)
    cols = [s for _, s in srcs]
    order = list(dict.fromkeys(c["label"]))
    c["col"] = c["article_id"].map(dict(srcs))
    share = c.pivot_table(index="label", columns="col", values="share", aggfunc="sum")
    paras = c.pivot_table(index="label", columns="col", values="paragraphs", aggfunc="sum")
    share, paras = share.reindex(index=order, columns=cols), paras.reindex(index=order, columns=cols)
    silent = (c.pivot_table(index="label", columns="col", values="silent", aggfunc="max")
              .reindex(index=order, columns=cols).fillna(True).astype(bool))
    share, paras = share.fillna(0.0), paras.fillna(0).astype(int)
    # a source whose text does not look English (coverage_matrix's note): its cells are not silences
    unread = [s for a, s in srcs if "note" in c.columns
              and c.loc[c.article_id == a, "note"].astype(str).str.startswith("not analysed").any()]
    silent[unread] = False
    labels = pd.DataFrame([[("not\nanalysed" if share.columns[j] in unread and paras.iloc[i, j] == 0
                             else "silent" if silent.iloc[i, j]
                             else f"{pct(share.iloc[i, j])}\n({paras.iloc[i, j]} ¶)")
                            for j in range(share.shape[1])] for i in range(share.shape[0])],
                          index=share.index, columns=share.columns)
    fig, (ax,), new = canvas(ax, 1.25 * len(cols) + 3.2, 0.5 * len(order) + 1.8, name="plot_coverage")
    im = heatmap(ax, share, labels, hatch_mask=silent)
    from matplotlib.ticker import FuncFormatter

    fig.colorbar(im, ax=ax, label="share of the source's paragraphs",
                 format=FuncFormatter(lambda x, _: pct(x)), shrink=0.8)
    ax.set_title("Theme coverage by source (cell: share of paragraphs, ¶ = paragraphs; hatched = silent)",
                 fontsize=10)
    flat = c.sort_values(["share", "paragraphs"], ascending=False).iloc[0]
    tops = []
    for aid, short in srcs:
        sub = c[c.article_id == aid].sort_values(["share", "paragraphs"], ascending=False)
        tops.append(f"{short}: {sub.iloc[0].label} {pct(sub.iloc[0].share)}")
    n_silent = int(silent.to_numpy().sum())
    silent_by_source = {s: int(silent[s].sum()) for s in cols}
    quietest = max(silent_by_source, key=silent_by_source.get)
    alt = (f"Heat map of theme coverage: the share of each source's paragraphs touching each of {len(order)} "
           f"themes, for {len(cols)} sources ({listing(cols)}). Highest: {flat.label} in {flat.short} "
           f"({pct(flat.share)}, {flat.paragraphs} paragraphs). Top theme per source: {'; '.join(tops)}. "
           f"{n_silent} of {share.size} source-theme cells are silent"
           + (f"; most silences in {quietest} ({silent_by_source[quietest]} themes)." if n_silent else ".")
           + (f" Not analysed (the dictionaries are English and the text looks like another language): "
              f"{listing(unread)}." if unread else ""))
    return attach(fig, alt, new)


def plot_frames(frame_scores=None, ax=None):
    """Grouped bar chart of frame scores per 1,000 words, one panel per ``axis``.

    Each source has its own colour and hatch; every bar carries its value. Frames: Semetko &
    Valkenburg (2000); geopolitical axis eu_west / russia_china.

    Parameters
    ----------
    frame_scores : pandas.DataFrame, optional
        The table from ``frame_scores()`` (default): ``article_id, frame, axis, per_1000``
        (``short`` optional).
    ax : matplotlib.axes.Axes or list of Axes, optional
        Draw into these (one Axes per ``axis`` value in the table, e.g. two for the shipped
        dictionary; default: a new figure).

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on (a new one, or ``ax``'s), with the alt text in ``fig.alt``: the highest
        score and the strongest frame per source.

    Notes
    -----
    Blind spot: dictionary scores count cue words, not the frame a reader takes away.
    """
    if frame_scores is None:
        from helpers.analysis.frames import frame_scores as _fs

        frame_scores = _fs()
    f = with_short(require_table(frame_scores, ["article_id", "frame", "per_1000"], "frame_scores",
                                 "frame_scores()"))
    if "axis" not in f.columns:
        f["axis"] = "frames"
    f["axis"] = f["axis"].astype(str)
    f["per_1000"] = pd.to_numeric(f["per_1000"], errors="coerce").fillna(0.0)
    f = f.groupby(["axis", "frame", "article_id", "short"], sort=False, as_index=False)["per_1000"].sum()
    srcs = sources_of(f)
    axes_keys = list(dict.fromkeys(f["axis"]))
    n_frames = [f[f.axis == k].frame.nunique() for k in axes_keys]
    fig, axs, new = canvas(ax, 8, sum(0.26 * len(srcs) * n + 0.9 for n in n_frames) + 1.0, n=len(axes_keys),
                           name="plot_frames", gridspec_kw={"height_ratios": [max(n, 1) for n in n_frames]})
    top = f["per_1000"].max() or 1.0
    height = 0.8 / max(len(srcs), 1)
    for ax, key in zip(axs, axes_keys, strict=True):
        sub = f[f.axis == key]
        frames = list(dict.fromkeys(sub["frame"]))
        for k, (aid, short) in enumerate(srcs):
            vals = sub[sub.article_id == aid].set_index("frame")["per_1000"].reindex(frames).fillna(0.0)
            ys = [len(frames) - 1 - i + 0.4 - (k + 0.5) * height for i in range(len(frames))]
            ax.barh(ys, vals.to_numpy(), height=height, label=short, **bar_style(k))
            for yv, v in zip(ys, vals, strict=True):
                ax.text(v, yv, f" {v:.1f}", va="center", fontsize=7)
        ax.set_yticks([len(frames) - 1 - i for i in range(len(frames))], [pretty(x) for x in frames])
        ax.set_xlim(0, top * 1.2)
        ax.set_title(f"{pretty(key)}", fontsize=10, loc="left")
        ax.spines[["top", "right"]].set_visible(False)
    axs[-1].set_xlabel("frame cues per 1,000 words")
    axs[0].legend(title="source", fontsize=8, title_fontsize=8, loc="lower right", frameon=False)
    if new:
        fig.suptitle("Frame scores by source", fontsize=11)
    tops = []
    for aid, short in srcs:
        for key in axes_keys:
            sub = f[(f.article_id == aid) & (f.axis == key)].sort_values("per_1000", ascending=False)
            if len(sub):
                best = sub.iloc[0]
                tops.append(f"{short} {pretty(best.frame)} {best.per_1000:.1f}"
                            + (f" ({pretty(key)})" if len(axes_keys) > 1 else ""))
    overall = f.sort_values("per_1000", ascending=False).iloc[0]
    panels = f", in {len(axes_keys)} panels ({', '.join(pretty(k) for k in axes_keys)})"
    alt = (f"Grouped bar chart of frame scores per 1,000 words for {len(srcs)} sources "
           f"({listing([s for _, s in srcs])})" + (panels if len(axes_keys) > 1 else "")
           + f". Highest: {pretty(overall.frame)} in {overall.short} ({overall.per_1000:.1f}). "
           f"Strongest frame per source: {'; '.join(tops)}.")
    return attach(fig, alt, new)


def plot_share_of_voice(share_of_voice=None, ax=None):
    """Stacked bars: whose words each source quotes, by actor group (shares add up to 100%).

    Each group has its own colour and hatch, and segments of 6% or more carry their share.

    Parameters
    ----------
    share_of_voice : pandas.DataFrame, optional
        The table from ``share_of_voice()`` (default): ``article_id, short, group, words, share``
        (share as a fraction, or per cent if above 1).
    ax : matplotlib.axes.Axes, optional
        Draw into this Axes (default: a new figure).

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on (a new one, or ``ax``'s), with the alt text in ``fig.alt``: the two
        largest groups per source.

    Notes
    -----
    Blind spot: quoted words measure who is given the floor, not whether the source agrees.
    """
    if share_of_voice is None:
        from helpers.analysis.quoting import share_of_voice as _sov

        share_of_voice = _sov()
    s = with_short(require_table(share_of_voice, ["article_id", "group", "words", "share"], "share_of_voice",
                             "share_of_voice()"))
    s["words"] = pd.to_numeric(s["words"], errors="coerce").fillna(0)
    s["share"] = as_fraction(s["share"])
    s = s.groupby(["article_id", "short", "group"], as_index=False)[["words", "share"]].sum()
    srcs = sources_of(s)
    groups = [g for g in GROUP_ORDER if g in set(s.group)] + sorted(set(s.group) - set(GROUP_ORDER))
    fig, (ax,), new = canvas(ax, 8.5, 0.6 * len(srcs) + 2.0, name="plot_share_of_voice")
    ys = list(range(len(srcs)))[::-1]
    left = {aid: 0.0 for aid, _ in srcs}
    extra = [g for g in groups if g not in GROUP_ORDER]  # e.g. "unresolved": styles after the known groups
    for g in groups:
        look = bar_style(GROUP_ORDER.index(g) if g in GROUP_ORDER else len(GROUP_ORDER) + extra.index(g))
        vals = [float(s[(s.article_id == aid) & (s.group == g)].share.sum()) for aid, _ in srcs]
        ax.barh(ys, vals, left=[left[aid] for aid, _ in srcs], label=pretty(g), **look)
        for y, (aid, _), v in zip(ys, srcs, vals, strict=True):
            if v >= 0.06:
                ax.text(left[aid] + v / 2, y, pct(v), ha="center", va="center", fontsize=8,
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                              "alpha": 0.85})
            left[aid] += v
    totals = s.groupby("article_id")["words"].sum()
    for y, (aid, _) in zip(ys, srcs, strict=True):
        n = int(totals.get(aid, 0))
        ax.text(1.01, y, f"{n:,} quoted words" if n else "no quotes", va="center", fontsize=8)
    ax.set_yticks(ys, [short for _, short in srcs])
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda x, _: pct(x))
    ax.set_xlabel("share of quoted words")
    ax.set_title("Share of voice: whose words each source quotes", fontsize=10)
    ax.legend(ncols=min(len(groups), 4), loc="upper center", bbox_to_anchor=(0.5, -0.2), fontsize=8,
              frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    parts = []
    for aid, short in srcs:
        sub = s[(s.article_id == aid) & (s.share > 0)].sort_values("share", ascending=False)
        if sub.empty:
            parts.append(f"{short}: no quotes")
        else:
            top2 = ", ".join(f"{pretty(r.group)} {pct(r.share)}" for r in sub.head(2).itertuples())
            parts.append(f"{short}: {top2}")
    alt = ("Stacked bar chart of share of voice: the share of quoted words by actor group in "
           f"{len(srcs)} sources. "
           f"Largest groups per source: {'; '.join(parts)}.")
    return attach(fig, alt, new)


def plot_labels(label_rates=None, top: int = 12, ax=None):
    """Annotated heat map of loaded labels per 1,000 words, by source.

    Shows the ``top`` terms with the highest total rate; every cell carries its rate, zeros are
    shown as "0".

    Parameters
    ----------
    label_rates : pandas.DataFrame, optional
        The table from ``label_rates()`` (default; ``by="category"`` works too): ``article_id,
        short, term`` (or ``category``), ``per_1000``.
    top : int
        How many terms (or categories) to show.
    ax : matplotlib.axes.Axes, optional
        Draw into this Axes (default: a new figure). A colour bar is added beside it.

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on (a new one, or ``ax``'s), with the alt text in ``fig.alt``: the highest
        rate and the most used label per source.

    Notes
    -----
    Blind spot: a label in a quotation is the speaker's word, not the outlet's (see
    ``include_quoted``).
    """
    if label_rates is None:
        from helpers.analysis.labelling import label_rates as _lr

        label_rates = _lr()
    columns = label_rates.columns if isinstance(label_rates, pd.DataFrame) else ()
    if "term" not in columns and "category" in columns:
        key = "category"
    else:
        key = "term"
    r = with_short(require_table(label_rates, ["article_id", key, "per_1000"], "label_rates",
                                 "label_rates()"))
    if not isinstance(top, int) or top < 1:
        raise CorpusError(f"top={top!r} must be a whole number of at least 1.")
    r["per_1000"] = pd.to_numeric(r["per_1000"], errors="coerce").fillna(0.0)
    srcs = sources_of(r)
    cols = [s for _, s in srcs]
    r["col"] = r["article_id"].map(dict(srcs))
    totals = r.groupby(key)["per_1000"].sum().sort_values(ascending=False, kind="stable")
    keep = list(totals.index[:top])
    grid = r[r[key].isin(keep)].pivot_table(index=key, columns="col", values="per_1000", aggfunc="sum")
    grid = grid.reindex(index=keep, columns=cols).fillna(0.0)
    labels = grid.map(lambda v: "0" if v == 0 else f"{v:.1f}")
    fig, (ax,), new = canvas(ax, 1.2 * len(cols) + 3.0, 0.42 * len(keep) + 1.8, name="plot_labels")
    im = heatmap(ax, grid, labels)
    fig.colorbar(im, ax=ax, label="per 1,000 words", shrink=0.8)
    shown = "top " + str(len(keep)) if len(totals) > len(keep) else "all"
    ax.set_title(f"Loaded labels per 1,000 words ({shown} "
                 f"{'categories' if key == 'category' else 'terms'})", fontsize=10)
    best = r.sort_values("per_1000", ascending=False).iloc[0]
    per = []
    for aid, short in srcs:
        sub = r[(r.article_id == aid) & (r.per_1000 > 0)].sort_values("per_1000", ascending=False)
        most = f"'{sub.iloc[0][key]}' {sub.iloc[0].per_1000:.1f}" if len(sub) else "none"
        per.append(f"{short}: {most}")
    plural = "categories" if key == "category" else "terms"
    alt = (f"Heat map of loaded labels per 1,000 words: {len(keep)} {plural} (of {len(totals)}) by "
           f"{len(srcs)} sources. "
           f"Highest: '{best[key]}' in {best.short} ({best.per_1000:.1f} per 1,000 words). "
           f"Most used per source: {'; '.join(per)}.")
    return attach(fig, alt, new)


def plot_distinctive(distinctive_words=None, top: int = 10, ax=None):
    """Horizontal bars of the most distinctive words (weighted log-odds, Monroe et al. 2008).

    Per panel, the ``top`` words by ``z``; each bar is labelled with its z-score; bars with
    ``|z| < 1.96`` (not distinctive at the 5% level) are hatched and paler. With a single table
    and negative scores, the words most typical of the *other* side are drawn to the left, in
    another colour and hatch.

    Parameters
    ----------
    distinctive_words : pandas.DataFrame, optional
        The table from ``distinctive_words()`` (default): ``word, log_odds, z`` (with
        ``article_id`` / ``short`` or ``group`` when it compares several sources: one panel each).
    top : int
        Words per panel.
    ax : matplotlib.axes.Axes or list of Axes, optional
        Draw into these (one Axes per panel; default: a new figure).

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on (a new one, or ``ax``'s), with the alt text in ``fig.alt``: the top
        words per panel and how many have |z| of 1.96 or more.

    Notes
    -----
    Blind spot: distinctive is relative to this tiny corpus, not to the language.
    """
    if distinctive_words is None:
        from helpers.analysis.distinctive import distinctive_words as _dw

        distinctive_words = _dw()
    d = require_table(distinctive_words, ["word", "log_odds", "z"], "distinctive_words",
                      "distinctive_words()")
    if not isinstance(top, int) or top < 1:
        raise CorpusError(f"top={top!r} must be a whole number of at least 1.")
    d["log_odds"] = pd.to_numeric(d["log_odds"], errors="coerce").fillna(0.0)
    d["z"] = pd.to_numeric(d["z"], errors="coerce").fillna(0.0)
    if "article_id" in d.columns:
        d = with_short(d)
        panel_key, panels = "article_id", sources_of(d)
    elif "group" in d.columns:
        panel_key, panels = "group", [(g, pretty(g)) for g in dict.fromkeys(d["group"].astype(str))]
    else:
        panel_key, panels = None, [("", "")]
    ncols = min(len(panels), 3)
    nrows = -(-len(panels) // ncols)
    one_sided = panel_key is not None
    n_rows_bars = top if one_sided else 2 * top
    fig, axs, new = canvas(ax, 4.2 * ncols, nrows * (0.28 * n_rows_bars + 1.2) + 0.6, n=len(panels),
                           name="plot_distinctive", nrows=nrows, ncols=ncols)
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
        high = max(float(pick.log_odds.max()) if len(pick) else 0, 0)
        ax.set_xlim(low - 0.45 * span if low < 0 else 0, high + 0.45 * span)
        ax.set_xlabel("log-odds")
        if title:
            ax.set_title(title, fontsize=10)
        ax.spines[["top", "right"]].set_visible(False)
        words = ", ".join(f"{r.word} (z {r.z:.1f})" for r in pick[pick.z > 0].head(3).itertuples())
        described.append((f"{title}: " if title else "") + (words or "none"))
    for ax in axs[len(panels):]:
        ax.set_visible(False)
    if new:
        fig.suptitle("Distinctive words (hatched, paler bars: |z| < 1.96)", fontsize=10)
    n_strong = int((d.z.abs() >= 1.96).sum())
    alt = ("Bar chart of distinctive words by weighted log-odds"
           + ((f", one panel for each of {len(panels)} sources" if len(panels) > 1
               else f" for {panels[0][1]}") if one_sided else "")
           + f". Top words: {'; '.join(described)}. {n_strong} of {len(d)} words have |z| of 1.96 or more.")
    return attach(fig, alt, new)


def plot_timeline(events=None, label_width: int = 60, ax=None):
    """One row per event on a time axis, marked by theme, with the seeds that name it.

    Each theme has its own marker shape and colour (legend); ranges are drawn as bars; the
    article ids the timeline's ``seeds`` column links to an event (a seed whose text names the
    event, or its date, unmistakably) are written next to it; filled markers = named by a seed
    by that column, hollow = not.

    Parameters
    ----------
    events : pandas.DataFrame, optional
        The table from ``timeline()`` (default): ``start, event`` (``end``, ``date_label``,
        ``course_theme`` or ``theme``, ``seeds`` optional).
    label_width : int
        Characters of each row's label.
    ax : matplotlib.axes.Axes, optional
        Draw into this Axes (default: a new figure).

    Returns
    -------
    matplotlib.figure.Figure
        The figure drawn on (a new one, or ``ax``'s), with the alt text in ``fig.alt``: the date
        range, the commonest themes, how many events a seed mentions and the busiest year.

    Notes
    -----
    Blind spot: a timeline is a selection; the gaps are the fact-finders', not history's.
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
    theme_col = next((c for c in ("course_theme", "theme") if c in ev.columns), None)
    ev["_theme"] = ev[theme_col].astype(str) if theme_col else "event"
    if "seeds" not in ev.columns:
        ev["seeds"] = [[] for _ in range(len(ev))]
    ev["seeds"] = [list(s) if isinstance(s, list | tuple | set) else [x for x in str(s or "").split(";") if x]
                   for s in ev["seeds"]]
    if "date_label" not in ev.columns:
        ev["date_label"] = ev["start"].dt.strftime("%d %b %Y")
    ev = ev.sort_values(["start", "end"], kind="stable").reset_index(drop=True)
    themes = list(dict.fromkeys(ev["_theme"]))
    fig, (ax,), new = canvas(ax, 11, 0.27 * len(ev) + 1.8, name="plot_timeline")
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
                    markerfacecolor=colour if filled else "white",
                    markeredgecolor="black" if filled else colour, markeredgewidth=1.2)
            if row.seeds:
                ax.text(row.end + pd.Timedelta(days=span_days * 0.008), y, " " + " ".join(row.seeds),
                        va="center", fontsize=7)
        ax.plot([], [], marker=marker, linestyle="none", color=colour, markeredgecolor="black",
                label=pretty(theme))
    ax.set_yticks(ys, [textwrap.shorten(f"{d}: {e}", label_width, placeholder="…")
                       for d, e in zip(ev.date_label, ev.event, strict=True)], fontsize=7)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator())
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.set_xlim(ev.start.min() - pd.Timedelta(days=span_days * 0.02),
                ev.end.max() + pd.Timedelta(days=span_days * 0.08))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_ylim(-1, len(ev))
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Timeline of events (filled marker: named by a seed, by the seeds column; "
                 "ids of the seeds at right)",
                 fontsize=10)
    ax.legend(title="theme", fontsize=7, title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1),
              frameon=False)
    counts = ev["_theme"].value_counts()
    mentioned = int(sum(bool(s) for s in ev.seeds))
    years = ev.start.dt.year.value_counts()
    busiest = years.sort_index().idxmax() if len(years) else None
    alt = (f"Timeline of {len(ev)} events from {ev.date_label.iloc[0]} to {ev.date_label.iloc[-1]}, "
           "one row each, "
           f"marked by theme. Most events: "
           + ", ".join(f"{pretty(t)} {n}" for t, n in counts.head(4).items())
           + f". {mentioned} of {len(ev)} events are named by a seed (filled marker), by the timeline's "
           "seeds column, which links a seed only where its text names the event or its date unmistakably"
           + (f"; the busiest year is {busiest} ({years[busiest]} events)." if busiest is not None else "."))
    return attach(fig, alt, new)
