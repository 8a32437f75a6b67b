"""CompareView: the sources side by side on one theme, and its table twin ``compare_sources``.

Each column is one source: its outlet, date and genre, how many paragraphs touch the theme, a
line counting the geopolitical-axis words in them (EU/West, Russia/China), and the passages with
marks that never rely on colour alone: **bold** = a word of one of the five generic frames,
underline = a loaded label, *italic* = a quoted speaker. A source with no passage on the theme
is shown as "silent", with its publication date beside it: a silence may be chronology (the
article predates the events), genre, the dictionary missing the wording, or a choice; the tool
does not decide which. A source whose text does not look English (``load_articles()``'s
``language_warning``) is shown as "not analysed" instead: the dictionaries are English.
"""

from __future__ import annotations

import ipywidgets as W
import numpy as np
import pandas as pd

from helpers.errors import choice_error
from helpers.keys import GEOPOLITICAL_FRAMES, display_name
from helpers.views._base import (
    CSS,
    NOT_ANALYSED,
    Corpus,
    View,
    cap_note,
    capped,
    cut_text,
    esc,
    evidence_toggle,
    html_cap,
)
from helpers.views._base import msg as _msg
from helpers.views._base import source_boxes as _source_boxes
from helpers.views._base import sources_row as _sources_row
from helpers.views._marks import Marks, highlight

__all__ = ["CompareView", "compare_sources"]

COLUMNS = ["article_id", "short", "outlet", "published", "genre", "n_passages", "paragraph_id",
           "text", "theme_words", "frame_words", "axis_words", "labels", "speakers", "note"]

LEGEND = (
    "<div class='bew-legend'>How to read the marks: <b class='bew-frame'>bold</b> = a frame word, "
    "a word of one of the five generic news frames (conflict, economic, responsibility, human "
    "interest, morality; Semetko &amp; Valkenburg 2000; hover to see which), "
    "<u class='bew-label'>underlined</u> = a loaded label (hover for its category: e.g. alarm, "
    "delegitimising, solidarity; the label lexicon names each category), "
    "<i class='bew-speaker'>italic</i> = a quoted speaker (hover for the actor and group). "
    "The dotted line under each source's count gives the <b>axis words</b>: how often its passages "
    "use words of the EU / West and the Russia / China lists (these are not bolded, since they are "
    "mostly names of places and institutions). The evidence switch shows paragraph and sentence "
    "ids and the matched words.</div>"
)


def _silent_note(theme: str, published: str) -> str:
    return f"silent — published {published}: no passage on {theme}"


class _CompareData:
    """What one CompareView needs, computed once per view.

    Tagged passages and marks at once; the rows and the HTML of each (theme, source) are built
    when first shown and kept in this view.
    """

    def __init__(self, corpus: Corpus, quotes: pd.DataFrame | None = None, aliases=None):
        from helpers.analysis.coverage import tag_themes, themes

        self.corpus = corpus
        self.tagged = tag_themes(corpus.paragraphs)  # all themes at once
        known = themes()
        order = known["theme"].tolist()
        present = set(self.tagged["theme"])
        self.themes = [t for t in order if t in present] + [t for t in order if t not in present]
        self.labels = dict(zip(known["theme"], known["label"], strict=True))
        self.marks = Marks(corpus, quotes, aliases=aliases)
        self._arts = dict(zip(corpus.ids, corpus.articles.to_dict("records"), strict=True))
        # theme -> source -> row numbers of its passages in self.tagged (found once per theme)
        self._by_theme: dict[str, dict[str, object]] = {}
        self._aid = self.tagged["article_id"].astype(str).to_numpy()
        self._rows: dict[tuple[str, str], list[dict]] = {}
        self._columns: dict[tuple[str, str, bool, int], str] = {}

    def check_theme(self, theme: str) -> None:
        if theme not in self.themes:
            raise choice_error("theme", theme, self.themes)

    def table(self, theme: str, aids=None) -> pd.DataFrame:
        """The theme's rows for ``aids`` (default all sources), in catalogue order."""
        self.check_theme(theme)
        keep = set(self.corpus.ids if aids is None else aids)
        rows = [r for aid in self.corpus.ids if aid in keep for r in self.rows(theme, aid)]
        return pd.DataFrame(rows, columns=COLUMNS)

    def rows(self, theme: str, aid: str) -> list[dict]:
        """One source's rows on a theme (a single "silent" row when it has no passage)."""
        key = (theme, aid)
        if key not in self._rows:
            self._rows[key] = self._build(theme, aid)
        return self._rows[key]

    def _build(self, theme: str, aid: str) -> list[dict]:
        if theme not in self._by_theme:
            rows = np.flatnonzero((self.tagged["theme"] == theme).to_numpy())
            self._by_theme[theme] = pd.Series(rows).groupby(self._aid[rows], sort=False).indices
            self._by_theme[theme] = {a: rows[i] for a, i in self._by_theme[theme].items()}
        a, m = self._arts[aid], self.marks
        base = {"article_id": aid, "short": a["short"], "outlet": a["outlet"],
                "published": a.get("published_text", str(a.get("published", ""))),
                "genre": a.get("genre_label", a.get("genre", ""))}
        found = self._by_theme[theme].get(aid)
        mine = None if found is None else self.tagged.iloc[found]
        if mine is None or mine.empty:
            return [{**base, "n_passages": 0, "paragraph_id": "", "text": "", "theme_words": "",
                     "frame_words": "", "axis_words": "", "labels": "", "speakers": "",
                     "note": (self.corpus.not_analysed(aid)
                              or _silent_note(theme, self.corpus.published(aid)))}]
        return [{**base, "n_passages": len(mine), "paragraph_id": r.paragraph_id, "text": r.text,
                 "theme_words": r.matched, "frame_words": "; ".join(m.listed(r.paragraph_id, "frame")),
                 "axis_words": "; ".join(m.listed(r.paragraph_id, "axis")),
                 "labels": "; ".join(m.listed(r.paragraph_id, "label")),
                 "speakers": "; ".join(m.speakers.get(r.paragraph_id, {})),
                 "note": self.corpus.not_analysed(aid)}
                for r in mine.itertuples(index=False)]

    def column(self, theme: str, aid: str, evidence: bool, budget: int) -> str:
        """One source's column as HTML, at most about ``budget`` bytes (kept per setting)."""
        key = (theme, aid, evidence, budget)
        if key not in self._columns:
            self._columns[key] = self._render(theme, aid, evidence, budget)
        return self._columns[key]

    def _axis_line(self, rows) -> str:
        counts: dict[str, int] = {}
        for r in rows:
            for frame, n in self.marks.axis.get(r["paragraph_id"], {}).items():
                counts[frame] = counts.get(frame, 0) + n
        frames = list(GEOPOLITICAL_FRAMES) + [f for f in counts if f not in GEOPOLITICAL_FRAMES]
        parts = " · ".join(f"{esc(display_name(f))} {counts.get(f, 0)}" for f in frames)
        return (f"<p class='bew-axis' title='words of the geopolitical axis lists in these passages (not "
                f"bolded)'>Axis words in these passages: {parts}</p>")

    def _render(self, theme: str, aid: str, evidence: bool, budget: int) -> str:
        rows = self.rows(theme, aid)
        short, head = self.corpus.short[aid], self.corpus.header(aid)
        n = int(rows[0]["n_passages"])
        if n == 0 and aid in self.corpus.language:
            return (f"<div class='bew-col' data-source='{esc(aid)}' role='region' aria-label='{esc(short)}'>"
                    f"{head}{self.corpus.not_analysed_html(aid)}</div>")
        if n == 0:
            label = self.labels.get(theme, theme)
            body = (f"<p class='bew-count'>0 passages on {esc(theme)}</p>"
                    f"<p class='bew-silent' role='note'><b>⚠ silent — published "
                    f"{esc(self.corpus.published(aid))}.</b> {esc(short)} has no paragraph on "
                    f"“{esc(label)}”. A silence is a question: was the article written before the "
                    "events (chronology), does its genre leave them out, "
                    "did the theme dictionary miss the wording (skim the article), or is it a choice?</p>")
            return (f"<div class='bew-col' data-source='{esc(aid)}' role='region' "
                    f"aria-label='{esc(short)}'>{head}{body}</div>")
        parts = [self.corpus.not_analysed_html(aid),
                 f"<p class='bew-count'>{n} passage{'s' if n != 1 else ''} on {esc(theme)}</p>",
                 self._axis_line(rows)]
        used, left = sum(len(p) for p in parts), budget
        for k, r in enumerate(rows):
            left = budget - used
            if left < 2000 and k:
                parts.append(cap_note(f"Passages {k + 1} to {n} of {short} are not shown.",
                                      f"compare_sources({theme!r}, [{aid!r}])"))
                break
            piece = self._passage(r, evidence, left, theme, aid)
            parts.append(piece)
            used += len(piece.encode())
        return (f"<div class='bew-col' data-source='{esc(aid)}' role='region' "
                f"aria-label='{esc(short)}'>{head}{''.join(parts)}</div>")

    def _passage(self, r: dict, evidence: bool, budget: int, theme: str, aid: str) -> str:
        pid, m = r["paragraph_id"], self.marks
        ev = ""
        if evidence:
            items = [("paragraph", pid), ("theme words", r["theme_words"]),
                     ("frame words", r["frame_words"]), ("axis words", r["axis_words"]),
                     ("labels", r["labels"]), ("speakers", "; ".join(m.listed(pid, "speaker")))]
            ev = "<div class='bew-evidence'>" + "<br>".join(
                f"{esc(k)}: {esc(cut_text(v, budget // 80)[0]) or '-'}" for k, v in items) + "</div>"
        # escaped text with its tags takes at most about 6 bytes a character: cut it to fit the budget
        text, cut = cut_text(r["text"], max(budget // (12 if evidence else 6), 500))
        spans = [sp for sp in m.spans.get(pid, []) if sp[1] <= len(text)] if cut else m.spans.get(pid, [])
        note = cap_note(f"This paragraph is cut: {cut:,} of {len(r['text']):,} characters are not shown.",
                        f"compare_sources({theme!r}, [{aid!r}])") if cut else ""
        return f"<div class='bew-passage'>{ev}{highlight(text, spans)}{note}</div>"


def compare_sources(theme="sanctions", sources=None, folder=None, articles=None, paragraphs=None,
                    sentences=None, aliases=None) -> pd.DataFrame:
    """The table :class:`CompareView` shows: each source's passages on one theme.

    Parameters
    ----------
    theme : str
        One of the themes of :func:`helpers.analysis.coverage.themes`.
    sources : list of str, optional
        Article ids (or short names) to keep, default all.
    folder : str or Path, optional
        A corpus folder (default the shipped ``seeds/``).
    articles, paragraphs, sentences : pandas.DataFrame, optional
        Tables already loaded (instead of reading ``folder``).
    aliases : pandas.DataFrame, optional
        Your alias table (``my_aliases`` / ``add_speaker``), used for the ``speakers`` column as by
        :func:`helpers.analysis.quoting.quotes`.

    Returns
    -------
    pandas.DataFrame
        One row per (source, passage), sources in catalogue order, plus one row for each source
        that is silent on the theme. Columns: ``article_id, short, outlet, published, genre``
        (the header above each column), ``n_passages`` (paragraphs of that source on the theme;
        0 when silent), ``paragraph_id``, ``text`` (the paragraph; empty when silent),
        ``theme_words`` (from :func:`helpers.analysis.coverage.tag_themes`), ``frame_words``
        (``frame: word`` for the five generic frames, from
        :func:`helpers.analysis.frames.frame_scores`), ``axis_words`` (``eu_west: words (n)`` and
        ``russia_china: ...``, the geopolitical axis, counted not bolded), ``labels`` (loaded labels
        with category and sentence id, from :func:`helpers.analysis.labelling.labels`),
        ``speakers`` (quoted speakers, from :func:`helpers.analysis.quoting.quotes`) and ``note``
        (``"silent — published <date>: no passage on <theme>"`` for a silent source;
        :data:`helpers.views._base.NOT_ANALYSED` on every row of a source whose text does not look
        English, whose "silence" says nothing).

    Notes
    -----
    Blind spots: the passages are what the theme dictionary finds; a silent source may use words
    the dictionary lacks, or predate the events; marks are dictionary hits.
    """
    data = _CompareData(Corpus(folder, articles, paragraphs, sentences), aliases=aliases)
    data.check_theme(theme)
    keep = None if sources is None else data.corpus.check_sources(sources)
    return data.table(theme, keep).reset_index(drop=True)


class CompareView(View):
    """Sources side by side on one theme.

    Parameters
    ----------
    theme : str
        The theme shown first (default ``"sanctions"``).
    sources : list of str, optional
        Article ids or short names ticked at first (default all, at most 12).
    folder, articles, paragraphs, sentences, aliases
        As for :func:`compare_sources`.

    Attributes
    ----------
    theme : ipywidgets.Dropdown
        The theme.
    source_boxes : list of ipywidgets.Checkbox
        One per source; ``sources`` gives the ticked ids.
    evidence : ipywidgets.ToggleButton
        Show paragraph/sentence ids and the matched words.
    summary, html : ipywidgets.HTML
        The legend and counts; one column per ticked source (outlet/date/genre header, passage
        count, axis-word line, marked passages; a silent source says "silent" with its date).

    Returns
    -------
    CompareView
        ``view.widget`` is the box; ``view.table()`` equals ``compare_sources(theme, sources)``.
    """

    twin = "compare_sources(theme, sources)"

    def __init__(self, theme="sanctions", sources=None, folder=None, articles=None, paragraphs=None,
                 sentences=None, aliases=None, *, _quotes=None):
        # _quotes: the quotes() table of the same paragraphs, when a Dashboard has it already
        self.data = _CompareData(Corpus(folder, articles, paragraphs, sentences), _quotes, aliases)
        self.corpus = self.data.corpus
        self.data.check_theme(theme)
        selected = self.corpus.check_sources(sources)
        options = [(f"{t} - {self.data.labels.get(t, t)}", t) for t in self.data.themes]
        self.theme = W.Dropdown(options=options, value=theme, description="Theme",
                                layout=W.Layout(width="420px"))
        self.source_boxes = _source_boxes(self.corpus, selected)
        self.evidence = evidence_toggle("show paragraph and sentence ids and the matched terms")
        self.summary = W.HTML()
        self.html = W.HTML()
        self.theme.observe(self._update, names="value")
        self.evidence.observe(self._update, names="value")
        self._watch_boxes()
        self.widget = W.VBox([W.HBox([self.theme, self.evidence]), _sources_row(self.source_boxes),
                              self.summary, self.html])
        self.widget.add_class("bew-compare")
        self._update()

    def _summary(self):
        return f"theme={self.theme.value!r}, sources={len(self.sources)} of {len(self.corpus.ids)}"

    def table(self) -> pd.DataFrame:
        """What the columns show: ``compare_sources(theme, sources)`` for the current settings.

        Returns
        -------
        pandas.DataFrame
            The columns of :func:`compare_sources`.
        """
        return self.data.table(self.theme.value, self.sources).reset_index(drop=True)

    def _update(self, change=None):
        theme, ev = self.theme.value, self.evidence.value
        chosen = self.sources
        if not chosen:
            self.summary.value = ""
            self.html.value = CSS + _msg("No source ticked: tick at least one source to compare.")
            return
        counts = {a: self.data.rows(theme, a)[0]["n_passages"] for a in chosen}
        silent = [f"{self.corpus.short[a]} (published {self.corpus.published(a)})"
                  for a in chosen if counts[a] == 0 and a not in self.corpus.language]
        foreign = [self.corpus.short[a] for a in chosen if a in self.corpus.language]
        line = "; ".join(f"{self.corpus.short[a]}: {int(counts[a])}" for a in chosen)
        self.summary.value = capped(CSS + "<div class='bew-view'>" + LEGEND + self._cap_note()
                                    + f"<p>Passages on <strong>{esc(theme)}</strong> per source - "
                                    + f"{esc(line)}."
                                    + (f" silent: {esc('; '.join(silent))}." if silent else "")
                                    + (f" {esc(NOT_ANALYSED)}: {esc(', '.join(foreign))}." if foreign else "")
                                    + "</p></div>", self.twin)
        budget = html_cap() * 9 // 10 // len(chosen)
        cols = "".join(self.data.column(theme, a, ev, budget) for a in chosen)
        self.html.value = capped(f"{CSS}<div class='bew-view'><div class='bew-cols'>{cols}</div></div>",
                                 self.twin)
