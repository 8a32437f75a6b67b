"""Figures: alt text written from the data, more than colour, display as PNG + alt text."""

import importlib.util

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers import (  # noqa: E402
    CorpusError,
    load_articles,
    plot_corpus,
    plot_coverage,
    plot_distinctive,
    plot_frames,
    plot_labels,
    plot_share_of_voice,
    plot_timeline,
    show_figure,
    timeline,
)
from helpers.views import _figure as P  # noqa: E402

SHORTS = ["AP", "Balkan View", "NGO appeal", "ECFR", "RT rewrite"]


def _texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.get_axes() for t in ax.texts]


def _hatches(fig) -> set[str]:
    return {p.get_hatch() for ax in fig.get_axes() for p in ax.patches if p.get_hatch()}


def _alt(fig) -> str:
    assert fig.alt == fig._alt_text and len(fig.alt) > 40
    return fig.alt


@pytest.fixture
def coverage():
    rows = []
    for aid, short in zip(["000", "001", "002"], SHORTS, strict=False):
        for k, (theme, label) in enumerate([("sanctions", "Sanctions on Russia"), ("kosovo", "Kosovo")]):
            n = (int(aid) + 1) * k
            rows.append({"article_id": aid, "short": short, "theme": theme, "label": label,
                         "paragraphs": n, "share": n / 10, "silent": n == 0})
    return pd.DataFrame(rows)


@pytest.fixture
def frames():
    rows = [{"article_id": a, "frame": f, "axis": ax, "per_1000": v}
            for a, base in (("000", 1.0), ("004", 3.0))
            for f, ax, v in (("conflict", "generic", 10), ("economic", "generic", 4),
                             ("eu_west", "geopolitical", 6), ("russia_china", "geopolitical", 12))
            for v in [v * base]]
    return pd.DataFrame(rows)


@pytest.fixture
def voice():
    return pd.DataFrame({"article_id": ["000", "000", "004", "004", "002"],
                         "short": ["AP", "AP", "RT rewrite", "RT rewrite", "NGO appeal"],
                         "group": ["eu_west", "serbian_government", "russia", "serbian_government", "other"],
                         "words": [90, 10, 55, 45, 0], "share": [0.9, 0.1, 0.55, 0.45, 0.0]})


@pytest.fixture
def distinctive():
    return pd.DataFrame({"article_id": ["003"] * 3 + ["004"] * 3,
                         "word": ["liability", "neutrality", "serbia", "pressure", "peskov", "serbia"],
                         "log_odds": [1.2, 0.8, -0.2, 1.5, 1.1, -0.1], "z": [3.1, 1.2, -0.5, 4.0, 2.5, -0.2]})


# ------------------------------------------------------------------ real tables
def test_plot_corpus_real():
    fig = plot_corpus()
    alt = _alt(fig)
    a = load_articles()
    for short, words in zip(a.short, a.word_count, strict=True):
        assert f"{short} {words:,}" in alt
    assert f"Total {a.word_count.sum():,} words" in alt
    assert len(_hatches(fig)) == 5  # one pattern per source, not colour alone
    assert {f" {w:,}" for w in a.word_count} <= set(_texts(fig))


def test_plot_timeline_real():
    t = timeline()
    fig = plot_timeline(t)
    alt = _alt(fig)
    assert f"{len(t)} events" in alt and "17 Feb 2008" in alt and "4 Nov 2025" in alt
    assert "busiest year is 2025" in alt
    ax = fig.get_axes()[0]
    markers = {line.get_marker() for line in ax.get_lines() if line.get_marker() not in (None, "None", "")}
    assert len(markers) >= 8  # themes differ by marker shape, not only colour
    assert " 000 001" in _texts(fig)  # the seeds named by the seeds column are written out
    assert any("Novi Sad railway station" in lab.get_text() for lab in ax.get_yticklabels())


def test_plot_labels_real():
    labels_mod = pytest.importorskip("helpers.analysis.labelling")
    rates = labels_mod.label_rates()
    fig = plot_labels(rates, top=5)
    alt = _alt(fig)
    best = rates.sort_values("per_1000", ascending=False).iloc[0]
    assert f"'{best.term}' in {best.short} ({best.per_1000:.1f} per 1,000 words)" in alt
    assert all(s in alt for s in SHORTS)
    assert f"{best.per_1000:.1f}" in _texts(fig)  # annotated cells
    assert len(fig.get_axes()[0].get_yticklabels()) == 5
    cat = plot_labels(labels_mod.label_rates(by="category"))
    assert "categories" in cat.alt


@pytest.mark.parametrize("module, func, plotter", [
    ("helpers.analysis.coverage", "coverage_matrix", plot_coverage),
    ("helpers.analysis.frames", "frame_scores", plot_frames),
    ("helpers.analysis.quoting", "share_of_voice", plot_share_of_voice),
    ("helpers.analysis.distinctive", "distinctive_words", plot_distinctive),
])
def test_plots_with_the_real_tables(module, func, plotter):
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} not written yet")
    table = getattr(importlib.import_module(module), func)()
    before = table.copy()
    fig = plotter(table)
    pd.testing.assert_frame_equal(table, before)
    alt = _alt(fig)
    assert any(s in alt for s in SHORTS) or "word" in alt
    assert _texts(fig) and (_hatches(fig) or plotter in (plot_labels,))


# ------------------------------------------------------------------ hand-made tables
def test_plot_coverage(coverage):
    before = coverage.copy()
    fig = plot_coverage(coverage)
    pd.testing.assert_frame_equal(coverage, before)
    alt = _alt(fig)
    assert "2 themes" in alt and "3 sources (AP, Balkan View and NGO appeal)" in alt
    assert "Highest: Kosovo in NGO appeal (30%, 3 paragraphs)" in alt
    assert "3 of 6 source-theme cells are silent" in alt
    texts = _texts(fig)
    assert texts.count("silent") == 3 and "30%\n(3 ¶)" in texts
    assert "xx" in _hatches(fig)  # silent cells hatched
    pct = coverage.assign(share=coverage.share * 100)  # per cent instead of fractions
    assert "Kosovo in NGO appeal (30%" in plot_coverage(pct).alt


def test_plot_coverage_marks_a_source_not_in_english_as_not_analysed_not_silent(coverage):
    note = "not analysed: the dictionaries are English and this text looks like another language"
    marked = coverage.assign(note=[note if a == "001" else "" for a in coverage.article_id])
    fig = plot_coverage(marked)
    alt = _alt(fig)
    assert "2 of 6 source-theme cells are silent" in alt  # Balkan View's empty cell is not a silence
    assert "Not analysed (the dictionaries are English and the text looks like another language): " \
           "Balkan View." in alt
    texts = _texts(fig)
    assert texts.count("silent") == 2 and texts.count("not\nanalysed") == 1


def test_plot_frames(frames):
    before = frames.copy()
    fig = plot_frames(frames)
    pd.testing.assert_frame_equal(frames, before)
    alt = _alt(fig)
    assert "2 panels (generic, geopolitical)" in alt
    assert "Highest: Russia / China in RT rewrite (36.0)" in alt
    assert "AP conflict 10.0 (generic)" in alt
    assert len(fig.get_axes()) == 2 and len(_hatches(fig)) == 2 and " 36.0" in _texts(fig)
    single = plot_frames(frames.drop(columns="axis"))
    assert len(single.get_axes()) == 1 and "panels" not in single.alt


def test_plot_share_of_voice(voice):
    before = voice.copy()
    fig = plot_share_of_voice(voice)
    pd.testing.assert_frame_equal(voice, before)
    alt = _alt(fig)
    assert "AP: EU / West 90%, Serbian government 10%" in alt
    assert "RT rewrite: Russia 55%, Serbian government 45%" in alt
    assert "NGO appeal: no quotes" in alt
    texts = _texts(fig)
    assert "90%" in texts and "no quotes" in texts and "100 quoted words" in texts
    assert len(_hatches(fig)) >= 3


def test_plot_distinctive(distinctive):
    before = distinctive.copy()
    fig = plot_distinctive(distinctive, top=3)
    pd.testing.assert_frame_equal(distinctive, before)
    alt = _alt(fig)
    assert "ECFR: liability (z 3.1), neutrality (z 1.2)" in alt and "RT rewrite: pressure (z 4.0)" in alt
    assert "3 of 6 words have |z| of 1.96 or more" in alt
    assert "//" in _hatches(fig)  # weak words hatched
    assert " z=3.1 " in _texts(fig)
    two_sided = plot_distinctive(distinctive.drop(columns="article_id"), top=2)
    assert len([ax for ax in two_sided.get_axes() if ax.get_visible()]) == 1
    labels = [t.get_text() for t in two_sided.get_axes()[0].get_yticklabels()]
    assert labels[0] == "pressure" and labels[-1] == "serbia"


def test_synthetic_sources_without_short():
    arts = pd.DataFrame({"article_id": ["x1", "x2"], "word_count": [100, 250]})
    fig = plot_corpus(arts)
    assert "x1 100, x2 250" in fig.alt and "longest x2 (250)" in fig.alt


# ------------------------------------------------------------------ display
def test_show_figure_bundle_alt_and_close(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display",
                        lambda obj, raw=False, metadata=None: shown.append((obj, raw, metadata)))
    fig = plot_corpus()
    show_figure(fig)
    obj, raw, meta = shown[0]
    assert raw and set(obj) == {"image/png", "text/plain"}
    assert obj["text/plain"] == fig.alt == meta["image/png"]["alt"]
    assert obj["image/png"][:8] == b"\x89PNG\r\n\x1a\n"
    # deterministic bytes: same figure drawn twice gives the same PNG (no timestamp, fixed dpi)
    show_figure(plot_corpus())
    assert shown[1][0]["image/png"] == obj["image/png"]
    assert b"Software" not in obj["image/png"][:200] and b"Creation" not in obj["image/png"]
    # a pyplot figure of one's own: alt passed in, closed afterwards so it does not show twice
    own, ax = plt.subplots()
    ax.plot([1, 2])
    show_figure(own, alt="A line rising from 1 to 2.")
    assert shown[2][0]["text/plain"] == "A line rising from 1 to 2."
    assert not plt.fignum_exists(own.number)
    own2, ax2 = plt.subplots()
    ax2.set_title("Mine")
    show_figure(own2)
    assert shown[3][0]["text/plain"] == "Figure: Mine."


def _savefig_png(fig) -> bytes:
    import io

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=P.DPI, metadata={"Software": None}, facecolor="white")
    return buf.getvalue()


def test_shown_png_drawn_in_one_pass_has_the_bytes_savefig_gives():
    from helpers import coverage_matrix, distinctive_words, frame_scores, label_rates, share_of_voice

    cov = coverage_matrix()
    makers = [plot_corpus, lambda: plot_timeline(timeline()), lambda: plot_coverage(cov),
              lambda: plot_coverage(cov[cov["theme"].isin(["sanctions", "eu_accession"])]),  # 04
              lambda: plot_frames(frame_scores()), lambda: plot_share_of_voice(share_of_voice()),
              lambda: plot_labels(label_rates()), lambda: plot_labels(label_rates(by="category")),
              lambda: plot_distinctive(distinctive_words(), top=8)]
    for make in makers:
        fig, other = make(), make()
        canvas = fig.canvas
        shown = [P._png_bytes(fig) for _ in range(3)]  # shown again and again (the layout may settle)
        assert fig.canvas is canvas and fig.get_layout_engine() is not None
        assert shown == [_savefig_png(other) for _ in range(3)]


def test_figure_repr_shows_png_and_alt_once():
    fig = plot_corpus()
    data, meta = fig._repr_mimebundle_()
    assert data["text/plain"] == fig.alt and data["image/png"].startswith(b"\x89PNG")
    assert meta == {"image/png": {"alt": fig.alt}}
    assert not plt.get_fignums() or fig not in [plt.figure(n) for n in plt.get_fignums()]


# ------------------------------------------------------------------ bad input
@pytest.mark.parametrize("plotter, table, message", [
    (plot_corpus, pd.DataFrame({"article_id": ["000"]}), "articles is missing columns"),
    (plot_coverage, pd.DataFrame({"article_id": ["000"], "theme": ["x"]}), "coverage is missing"),
    (plot_frames, pd.DataFrame({"frame": ["conflict"]}), "frame_scores is missing"),
    (plot_share_of_voice, pd.DataFrame({"article_id": [], "group": [], "words": [], "share": []}), "empty"),
    (plot_labels, pd.DataFrame({"article_id": ["000"], "per_1000": [1.0]}), "label_rates is missing"),
    (plot_distinctive, pd.DataFrame({"word": ["x"]}), "distinctive_words is missing"),
    (plot_timeline, pd.DataFrame({"start": ["not a date"], "event": ["x"]}), "dates"),
    (plot_corpus, [1, 2, 3], "DataFrame"),
])
def test_bad_tables(plotter, table, message):
    with pytest.raises(CorpusError, match=message):
        plotter(table)


def test_bad_top_and_bad_figure(distinctive):
    with pytest.raises(CorpusError, match="top="):
        plot_distinctive(distinctive, top=0)
    with pytest.raises(CorpusError, match="top="):
        plot_labels(pd.DataFrame({"article_id": ["000"], "term": ["x"], "per_1000": [1.0]}), top="5")
    with pytest.raises(CorpusError, match="Figure"):
        show_figure("not a figure")


def test_palette_is_okabe_ito():
    assert P.OKABE_ITO[:3] == ("#E69F00", "#56B4E9", "#009E73") and len(set(P.HATCHES)) == len(P.HATCHES)


def test_plots_name_a_students_article_by_its_short_name(corpus_copy):
    from test_catalog import add_article

    from helpers import frame_scores, load_paragraphs
    from helpers.corpus.cleaning import BODY_KINDS

    add_article(corpus_copy, b"Serbia faces a conflict over sanctions and the economy.\n", short="Mine")
    scores = frame_scores(load_paragraphs(corpus_copy, kinds=BODY_KINDS))
    assert "short" not in scores.columns
    fig = plot_frames(scores)
    labels = [t.get_text() for ax in fig.axes
              for t in (ax.get_legend().get_texts() if ax.get_legend() else [])]
    assert "Mine" in labels and "005" not in labels
    plt.close(fig)


def test_share_of_voice_groups_never_share_colour_and_hatch():
    import matplotlib

    matplotlib.use("Agg")
    from helpers import plot_share_of_voice, share_of_voice

    fig = plot_share_of_voice(share_of_voice())
    handles, labels = fig.axes[0].get_legend_handles_labels()
    styles = [(h.patches[0].get_facecolor(), h.patches[0].get_hatch()) for h in handles]
    assert "unresolved" in labels and len(set(styles)) == len(styles)


# ------------------------------------------------------------------ ax=: draw into a figure of your own
def test_every_plot_draws_into_a_given_axes_and_returns_that_figure(coverage, voice):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(12, 5))
    left, right = fig.subplots(1, 2)
    out = plot_coverage(coverage, ax=left)
    assert out is fig and left.images and left.get_title().startswith("Theme coverage")
    first = fig.alt
    assert first.startswith("Heat map of theme coverage")
    out = plot_share_of_voice(voice, ax=right)
    assert out is fig and right.patches and fig.alt.startswith(first + " Stacked bar chart")  # both described
    assert len(fig.get_axes()) == 3  # the two panels and coverage's colour bar, nothing else added
    for plotter, table in ((plot_corpus, load_articles()), (plot_timeline, timeline())):
        f2 = Figure()
        ax = f2.subplots()
        assert plotter(table, ax=ax) is f2 and ax.get_title() and f2.alt == plotter(table).alt


def test_multi_panel_plots_take_one_axes_per_panel(frames, distinctive):
    from matplotlib.figure import Figure

    with pytest.raises(CorpusError, match="plot_frames draws 2 panel.*list of 2 Axes"):
        plot_frames(frames, ax=Figure().subplots())
    fig = Figure()
    axs = fig.subplots(2, 1)
    assert plot_frames(frames, ax=list(axs)) is fig and all(a.patches for a in axs)
    assert not fig._suptitle  # a figure of your own keeps its own title
    with pytest.raises(CorpusError, match="ax must be a matplotlib Axes"):
        plot_distinctive(distinctive, ax="left")
    fig = Figure()
    assert plot_distinctive(distinctive, ax=list(fig.subplots(1, 2))) is fig
    assert fig.alt == plot_distinctive(distinctive).alt
