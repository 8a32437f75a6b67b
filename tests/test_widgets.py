"""The comparison widgets, driven headlessly as the browser would (``.value`` and ``set_state``).

Each test builds a view on the real corpus, changes its controls and checks the HTML it shows
(real passages, marks, messages) and that its table twin holds the same content.
"""

import html as htmlmod
import re
import shutil

import pandas as pd
import pytest
from test_catalog import add_article

from helpers import (
    CodingPanel,
    CompareView,
    CorpusError,
    Dashboard,
    FrameEditor,
    KwicView,
    QuoteBoard,
    TimelineView,
    compare_sources,
    load_paragraphs,
    load_sentences,
    quote_board,
    timeline_marks,
)
from helpers.analysis.chronology import timeline
from helpers.analysis.concordance import kwic
from helpers.analysis.frames import frame_scores
from helpers.analysis.quoting import quotes, share_of_voice
from helpers.corpus.cleaning import BODY_KINDS
from helpers.views._marks import highlight


def plain(value: str) -> str:
    """What a reader sees: tags and the CSS block removed, entities decoded, spaces collapsed."""
    value = re.sub(r"<style>.*?</style>", "", value, flags=re.S)
    return re.sub(r"\s+", " ", htmlmod.unescape(re.sub(r"<[^>]+>", "", value)))


def column(view, aid: str) -> str:
    m = re.search(rf"<div class='bew-col' data-source='{aid}'.*?(?=<div class='bew-col' |$)", view.html.value,
                  re.S)
    return m.group(0) if m else ""


def all_html(widget) -> list[str]:
    """Every HTML value and description in a widget tree (what the browser renders)."""
    out = [getattr(widget, "value", "")] if type(widget).__name__ == "HTML" else []
    out.append(getattr(widget, "description", "") or "")
    for child in getattr(widget, "children", ()):
        out += all_html(child)
    return out


# ---------------------------------------------------------------- highlight
def test_highlight_escapes_every_piece_and_nests_marks():
    text = "A <b>bold</b> & “sanctions” said Vučić"
    s, v = text.index("sanctions"), text.index("Vučić")
    out = highlight(text, [(s, s + 9, "frame", "economic"), (v, v + 5, "speaker", "Vučić <x>"),
                           (s, s + 9, "label", "alarm")])
    assert "<b>bold</b>" not in out and "&lt;b&gt;bold&lt;/b&gt; &amp;" in out
    assert "<u class='bew-label' title='loaded label: alarm'>" \
           "<b class='bew-frame' title='frame word: economic'>" \
           "sanctions</b></u>" in out
    assert "title='quoted speaker: Vučić &lt;x&gt;'>Vučić</i>" in out
    assert plain(out) == text


# ---------------------------------------------------------------- compare
def test_compare_view_shows_real_passages_side_by_side():
    v = CompareView("sanctions")
    text = plain(v.html.value)
    assert "Serbia remains the only country in Europe that has not imposed sanctions on Moscow" in text  # AP
    assert "The EU expressed “deep regret” over Vučić’s Moscow visit" in text  # Balkan View
    assert "When Russia annexed Crimea in 2014" in text  # ECFR
    assert "recently urged Serbia" in plain(column(v, "004"))  # RT rewrite
    assert v.html.value.count("class='bew-col'") == 5
    # header: outlet, date, genre; counts per source; the silent source says "silent" with its date
    assert "Associated Press (syndicated copy) · 2025-10-15 · Wire news report" in plain(column(v, "000"))
    assert "4 passages on sanctions" in plain(column(v, "000"))  # 000-p23: NIS "under U.S. sanctions"
    assert "silent — published 2023-10-13" in plain(column(v, "002"))
    assert "NGO appeal: 0" in plain(v.summary.value)
    assert "silent: NGO appeal (published 2023-10-13)" in plain(v.summary.value)
    assert "omission" not in (v.summary.value + v.html.value).lower()
    # marks with more than colour, and the legend that explains them
    assert "<b class='bew-frame' title='frame word: economic'>sanctions</b>" in v.html.value
    assert "<u class='bew-label' title='loaded label: solidarity'>traditional ally</u>" in v.html.value
    assert ("<i class='bew-speaker' title='quoted speaker: Ursula von der Leyen (eu_west)'>"
            "von der Leyen</i>") in v.html.value
    assert "bold" in plain(v.summary.value) and "underlined" in plain(v.summary.value)


def test_compare_bolds_only_the_five_generic_frames_and_counts_the_axis():
    v = CompareView("sanctions")
    titles = set(re.findall(r"title='frame word: ([^']+)'", v.html.value))
    assert titles and titles <= {"conflict", "economic", "responsibility", "human_interest", "morality"}
    assert "frame word: eu_west" not in v.html.value and "frame word: russia_china" not in v.html.value
    bold = set(re.findall(r"<b class='bew-frame'[^>]*>([^<]+)</b>", v.html.value))
    assert not {"Europe", "EU", "Moscow", "Russia"} & bold
    # the axis is a count line per column, and its words are in the table twin
    t = compare_sources("sanctions")
    ap = t[t.article_id == "000"]
    assert ap.frame_words.str.contains("eu_west|russia_china").sum() == 0
    assert ap.axis_words.str.contains("eu_west").any()
    assert "Axis words in these passages: EU / West" in plain(column(v, "000"))
    assert "Russia / China" in plain(column(v, "000"))
    legend = plain(v.summary.value)
    for words in ("conflict, economic, responsibility, human interest, morality", "loaded label",
                  "axis words", "quoted speaker"):
        assert words in legend


def test_a_speaker_mark_is_one_element_around_the_marks_inside_it():
    text = "The European Union's top official said so."
    who = (0, text.index(" said"), "speaker", "EU chief")
    eu = (4, 18, "frame", "x")  # "European Union" inside the speaker's words
    out = highlight(text, [who, eu])
    assert out.count("<i ") == 1 and out.count("</i>") == 1
    assert out.startswith("<i class='bew-speaker' title='quoted speaker: EU chief'>The <b ")
    assert "European Union</b>&#x27;s top official</i> said so." in out
    # overlapping marks of one kind merge (notes joined); crossing marks of two kinds stay well nested
    out = highlight(text, [(4, 12, "frame", "a"), (4, 18, "frame", "b"), (13, 24, "label", "c")])
    assert out.count("<b ") == 1 and "title='frame word: b; a'" in out  # the longer span's note first
    assert re.sub(r"<(\w)[^>]*>", r"<\1>", out).count("<u>") == 2  # the label is closed and reopened
    assert plain(out) == text
    stack = []
    for m in re.finditer(r"<(/?)(\w)[^>]*>", out):
        if m.group(1):
            assert stack.pop() == m.group(2)
        else:
            stack.append(m.group(2))
    assert not stack


def test_compare_theme_by_value_and_by_set_state():
    v = CompareView("sanctions")
    before = v.html.value
    v.theme.value = "kosovo"
    assert v.html.value != before
    assert "Banjska" in plain(column(v, "002")) and "passages on kosovo" in plain(v.html.value)
    index = [value for _label, value in v.theme.options].index("eu_accession")
    v.theme.set_state({"index": index})  # what the browser sends
    assert v.theme.value == "eu_accession"
    assert "passages on eu_accession" in plain(v.html.value)
    assert v.table().equals(compare_sources("eu_accession"))


def test_compare_source_checkbox_and_evidence_toggle():
    v = CompareView("sanctions")
    v.source_boxes[0].value = False
    assert "data-source='000'" not in v.html.value and v.sources == ["001", "002", "003", "004"]
    v.source_boxes[2].set_state({"value": False})
    assert "data-source='002'" not in v.html.value
    assert "paragraph: 001-p05" not in v.html.value
    v.evidence.set_state({"value": True})
    ev = plain(v.html.value)
    assert "paragraph: 001-p05" in ev and "theme words: join Western sanctions; sanctions on Russia" in ev
    assert "(003-p05-s006)" in ev  # a sentence id with a label
    for b in v.source_boxes:
        b.value = False
    assert "No source ticked" in plain(v.html.value)


def test_compare_twin_equals_what_the_view_shows():
    v = CompareView("sanctions", sources=["000", "Balkan View", "004"])
    t = v.table()
    assert t.equals(compare_sources("sanctions", ["000", "001", "004"]))
    assert list(t["article_id"].unique()) == ["000", "001", "004"]
    shown = plain(v.html.value)
    for row in t.itertuples():
        assert row.text in shown
        assert f"{row.n_passages} passage" in plain(column(v, row.article_id))
    assert set(compare_sources("sanctions").query("n_passages == 0").article_id) == {"002"}
    assert "silent" in compare_sources("sanctions").query("article_id == '002'").note.iloc[0]


def test_compare_bad_input():
    from helpers import CorpusError

    with pytest.raises(CorpusError, match="theme='nato'.*sanctions"):
        CompareView("nato")
    with pytest.raises(CorpusError, match="sources='999'"):
        compare_sources("sanctions", ["999"])


# ---------------------------------------------------------------- escaping, any corpus
EVIL = ("Serbia and sanctions: <script>alert(1)</script> and <img src=x onerror=alert(1)> "
        "and the literal text &lt; in sanctions on Russia.\n"
        "“<b>sanctions</b> now, <script>alert(2)</script>,” President Aleksandar Vučić said about "
        "sanctions on Russia.\n")


@pytest.fixture
def evil_corpus(corpus_copy):
    add_article(corpus_copy, ("Evil headline\n\n" + EVIL).encode(), short="Evil <i>")
    return corpus_copy


def assert_escaped(value: str):
    assert "<script" not in value and "<img" not in value
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in value
    assert "&lt;img src=x onerror=alert(1)&gt;" in value


def test_escaping_in_a_sixth_article(evil_corpus):
    v = CompareView("sanctions", folder=evil_corpus)
    assert v.html.value.count("class='bew-col'") == 6 and len(v.source_boxes) == 6
    col = column(v, "005")
    assert_escaped(col)
    assert "&amp;lt;" in col  # the literal "&lt;" of the article stays literal
    assert "<i>" not in col.replace("<i class=", "") and "Evil &lt;i&gt;" in col
    assert "&lt;b&gt;" in col and "<b>sanctions</b>" not in col
    v.evidence.value = True
    assert_escaped(column(v, "005"))
    t = compare_sources("sanctions", folder=evil_corpus)
    assert t["article_id"].iloc[-1] == "005" and "<script>" in " ".join(t.text)  # the table keeps raw text
    q = QuoteBoard(folder=evil_corpus)
    assert "<b>sanctions" not in q.html.value
    q.evidence.value = True
    assert "&lt;b&gt;sanctions&lt;/b&gt; now, &lt;script&gt;alert(2)" in q.html.value
    views = [v, q, FrameEditor(folder=evil_corpus), TimelineView(folder=evil_corpus),
             CodingPanel(corpus_folder=evil_corpus, article="005")]
    for view in views:
        for value in all_html(view.widget):
            assert "<script" not in value and "<img" not in value and "<b>sanctions" not in value


def test_kwic_user_pattern_is_escaped(evil_corpus):
    k = KwicView("<b>", regex=True, folder=evil_corpus)
    assert "&lt;b&gt;" in k.html.value and "<b>sanctions" not in k.html.value
    assert "&lt;/b&gt; now, &lt;script&gt;alert(2)" in k.html.value
    assert len(k.table()) == 1 and k.table().article_id.iloc[0] == "005"
    k.regex.value = False
    assert "<b>'" not in k.html.value and "&lt;b&gt;" in k.html.value


def test_user_typed_text_is_escaped():
    f = FrameEditor()
    f.boxes["conflict"].value = "<b>, war, <script>x</script>"
    assert "<b>," not in f.html.value and "<script>x" not in f.html.value + f.message.value
    c = CodingPanel()
    c.partner.value = "<img src=x onerror=alert(1)>.csv"
    c.load_partner()
    assert "<img" not in c.partner_html.value and "&lt;img" in c.partner_html.value


# ---------------------------------------------------------------- frame editor
def test_frame_editor_rescores_on_edit_and_resets():
    f = FrameEditor()
    paras = load_paragraphs(kinds=BODY_KINDS)
    assert f.table().drop(columns="note").equals(frame_scores(paras, dictionary=f.dictionary()))
    assert f.table().note.eq("").all()  # the five seeds are English
    before = f.html.value
    f.boxes["conflict"].value = "war, clash"
    assert f.html.value != before
    t = f.table()
    assert t.drop(columns="note").equals(frame_scores(paras, dictionary=f.dictionary()))
    ap = t[(t.article_id == "000") & (t.frame == "conflict")].iloc[0]
    assert ap.matched == "war (1)" and f"{ap.per_1000:.1f}" in plain(f.html.value)
    f.boxes["morality"].set_state({"value": "sovereignty"})
    assert "sovereignty (" in f.html.value
    f.boxes["economic"].value = " , "
    assert "economic have no words" in plain(f.message.value) and "economic" not in set(f.table().frame)
    for b in f.boxes.values():
        b.value = ""
    assert "dictionary is empty" in plain(f.message.value) and f.html.value == ""
    f.reset.click()
    assert f.message.value == ""
    assert f.table().drop(columns="note").equals(frame_scores(paras, dictionary=f.dictionary()))
    assert set(f.table().frame) == {"conflict", "economic", "responsibility", "human_interest", "morality",
                                    "eu_west", "russia_china"}


# ---------------------------------------------------------------- kwic
def test_kwic_view_search_window_sources_and_messages():
    k = KwicView("sanction*")
    assert k.table().equals(kwic("sanction*"))
    shown = k.html.value.replace(" style='text-align: right'", "")
    assert "imposed</td><td><b>sanctions</b></td><td>on Moscow" in shown
    k.pattern.value = "VUCIC"  # case- and diacritic-insensitive
    assert "<b>Vučić</b>" in k.html.value and "<b>Vucic</b>" in k.html.value
    k.window.set_state({"value": 2})
    assert k.table().equals(kwic("VUCIC", window=2))
    assert all(len(x.split()) <= 2 for x in k.table().left)
    k.source_boxes[4].set_state({"value": False})
    assert "004" not in set(k.table().article_id) and "none in NGO appeal" in plain(k.html.value)
    assert k.table().equals(kwic("VUCIC", window=2, articles=["000", "001", "002", "003"]))
    k.regex.set_state({"value": True})
    k.pattern.set_state({"value": "sanction(s"})
    assert "is not a valid regular expression" in plain(k.html.value)
    k.pattern.value = "   "
    assert "Type a word" in plain(k.html.value)
    k.pattern.value = r"\bcrimea\b"
    assert "<b>Crimea</b>" in k.html.value and k.table().equals(
        kwic(r"\bcrimea\b", window=2, regex=True, articles=["000", "001", "002", "003"]))


# ---------------------------------------------------------------- quote board
def test_quote_board_filters_by_group_and_source():
    v = QuoteBoard()
    assert "Peskov" in plain(v.html.value) and "von der Leyen" in plain(v.html.value)
    assert v.table().equals(quotes())
    v.group.value = "russia"
    assert "Peskov" in plain(v.html.value) and "von der Leyen" not in plain(v.html.value)
    q = quotes()
    assert v.table().equals(q[q.group == "russia"].reset_index(drop=True))
    assert v.table().equals(quote_board("russia"))
    v.group.set_state({"index": list(v.group.options).index("eu_west")})
    assert v.group.value == "eu_west" and "Peskov" not in plain(v.html.value)
    v.source_boxes[0].set_state({"value": False})
    assert set(v.table().article_id) == {"001", "004"}
    s = v.share_table()
    sov = share_of_voice()
    assert s.drop(columns="note").equals(
        sov[(sov.group == "eu_west") & (sov.article_id != "000")].reset_index(drop=True))
    assert "RT rewrite" in plain(v.share_html.value) and "%" in plain(v.share_html.value)


def test_dashboard_links_sources():
    d = Dashboard()
    d.compare.source_boxes[3].value = False
    assert "003" not in d.quotes.sources and "data-source='003'" not in d.compare.html.value
    assert "bew-dashboard" in d.widget._dom_classes



def test_the_quote_views_and_their_twins_use_the_students_alias_table():
    from helpers import actor_aliases

    aliases = actor_aliases()
    aliases.loc[aliases.actor == "Dmitry Peskov", "group"] = "civil_society"  # a student's correction
    mine = quotes(aliases=aliases)
    assert set(mine[mine.actor == "Dmitry Peskov"].group) == {"civil_society"}
    assert quote_board(aliases=aliases).equals(mine)
    assert QuoteBoard(aliases=aliases).table().equals(mine)
    d = Dashboard(aliases=aliases)
    assert d.quotes.table().equals(mine)
    d.quotes.group.value = "civil_society"
    assert "Peskov" in plain(d.quotes.html.value)
    theme = "sanctions"
    with_aliases = compare_sources(theme, aliases=aliases)
    assert with_aliases.equals(CompareView(theme, aliases=aliases).table())
    assert with_aliases.equals(d.compare.table())
    # without the table, the course's groups: Peskov speaks for Russia
    assert set(quote_board().query("actor == 'Dmitry Peskov'").group) == {"russia"}

# ---------------------------------------------------------------- timeline
def test_timeline_view_dates_theme_and_marks():
    v = TimelineView()
    assert v.table().equals(timeline_marks())
    assert len(v.table()) == len(timeline())
    v.theme.value = "sanctions"
    t = v.table()
    assert list(t.event_id) == list(timeline(themes="sanctions").event_id)
    assert (t["ECFR"] == "✔ in text").all() and "Serbia declines to join EU sanctions" in plain(v.html.value)
    v.theme.value = "all"
    v.dates.set_state({"index": [3, 10]})
    lo, hi = v.dates.value
    assert v.table().equals(timeline_marks(lo, hi))
    assert len(v.table()) == len(timeline(lo, hi))
    v.evidence.value = True
    assert "candidate status" in plain(v.html.value)
    v.dates.value = (v.dates.options[0][1], v.dates.options[0][1])
    v.theme.value = "novi_sad"
    assert "No timeline event" in plain(v.html.value)


# ---------------------------------------------------------------- coding panel
def test_coding_panel_saves_loads_and_compares(tmp_path):
    me = CodingPanel(article="003", folder=tmp_path / "my_work", coder="Ana")
    assert "Agreement with dictionary" in plain(me.dictionary_html.value)
    for item in ("conflict_1", "conflict_2", "morality_1", "responsibility_1"):
        me.items[item].value = True
    path = me.save_csv()
    assert path == tmp_path / "my_work" / "coding_003_ana.csv" and path.exists()
    saved = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert saved.equals(me.table()) and (saved.answer == "yes").sum() == 4

    partner = CodingPanel(article="003", folder=tmp_path / "my_work", coder="Ben")
    for item in ("conflict_1", "morality_1", "economic_1"):
        partner.items[item].set_state({"value": True})
    partner_path = partner.save_csv()
    me.partner.value = str(partner_path)
    me.load.click()
    from helpers.analysis.frames import agreement

    kappa = agreement(me.table(), pd.read_csv(partner_path, dtype=str)).kappa.iloc[0]
    shown = plain(me.partner_html.value)
    assert f"Cohen's kappa = {kappa:.2f}" in shown and "17 of 20 items" in shown
    assert "conflict_2" in shown and "economic_1" in shown and "morality_1" not in shown
    me.items["economic_1"].value = True  # the comparison follows the boxes
    assert "18 of 20 items" in plain(me.partner_html.value)


def test_coding_panel_refuses_seeds_and_bad_partner_files(tmp_path):
    from helpers.corpus.paths import PACKAGE_DIR, seeds_dir

    for bad in (seeds_dir(), PACKAGE_DIR / "data"):
        c = CodingPanel(folder=bad)
        assert c.save_csv() is None and "working folder of your own" in plain(c.status.value)
    c = CodingPanel(article="000")
    c.load_partner(tmp_path / "nope.csv")
    assert "no such file" in plain(c.partner_html.value)
    other = CodingPanel(article="001", folder=tmp_path)
    c.load_partner(other.save_csv())
    assert "codes article(s) 001, not 000" in plain(c.partner_html.value)
    (tmp_path / "junk.csv").write_text("a,b\n1,2\n")
    c.load_partner(tmp_path / "junk.csv")
    assert "'item_id' is missing" in plain(c.partner_html.value)


# ---------------------------------------------------------------- display
@pytest.mark.parametrize("make", [CompareView, FrameEditor, KwicView, QuoteBoard, TimelineView, CodingPanel,
                                  Dashboard])
def test_views_display_with_a_stable_text_fallback(make):
    v = make()
    bundle = v._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    text = bundle["text/plain"]
    assert text.startswith(type(v).__name__ + "(") and "0x" not in text and "model_id" not in text
    assert text == make()._repr_mimebundle_()["text/plain"]  # no ids: the same for a fresh view


def test_views_work_on_a_copied_corpus(corpus_copy):
    shutil.rmtree(corpus_copy / "__pycache__", ignore_errors=True)
    v = CompareView("sanctions", folder=corpus_copy)
    assert v.table().drop(columns=[]).equals(compare_sources("sanctions"))


# ---------------------------------------------------------------- at most MAX_SOURCES sources at once
@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory):
    """A synthetic corpus of 15 articles (more than a view shows at once)."""
    from tools.benchmark.synthetic import make_corpus

    return make_corpus(tmp_path_factory.mktemp("big") / "synthetic", 15, seed=5)


def test_views_show_at_most_max_sources(big_corpus):
    from helpers.views._base import MAX_SOURCES

    assert MAX_SOURCES == 12
    v = CompareView("sanctions", folder=big_corpus)
    ids = v.corpus.ids
    assert len(ids) == 15 and v.sources == ids[:12]
    assert v.html.value.count("class='bew-col'") == 12
    assert "Showing 12 of 15 sources (at most 12 at once): tick others to change which" in plain(
        v.summary.value)
    pd.testing.assert_frame_equal(v.table(), compare_sources("sanctions", sources=v.sources,
                                                             folder=big_corpus))
    assert set(v.table()["article_id"]) == set(ids[:12])
    # ticking a 13th source unticks the one ticked longest ago: still 12, the new one shown
    v.source_boxes[14].value = True
    assert v.sources == ids[1:12] + [ids[14]] and not v.source_boxes[0].value
    assert f"data-source='{ids[14]}'" in v.html.value and f"data-source='{ids[0]}'" not in v.html.value
    pd.testing.assert_frame_equal(v.table(), compare_sources("sanctions", sources=v.sources,
                                                             folder=big_corpus))
    v.source_boxes[3].value = False  # unticking shows 11
    assert len(v.sources) == 11 and "Showing 11 of 15 sources" in plain(v.summary.value)
    v.source_boxes[0].value = True  # room again: nothing else is unticked
    assert len(v.sources) == 12 and v.source_boxes[0].value and v.source_boxes[14].value
    # sources= with more than 12: the first 12 in catalogue order are ticked
    assert CompareView("sanctions", sources=ids[::-1], folder=big_corpus).sources == ids[:12]


def test_other_views_cap_sources_and_twins_match(big_corpus):
    q = QuoteBoard(folder=big_corpus)
    ids = q.corpus.ids
    assert q.sources == ids[:12] and "Showing 12 of 15 sources" in plain(q.share_html.value)
    pd.testing.assert_frame_equal(q.table(), quote_board(sources=q.sources, folder=big_corpus))
    t = TimelineView(folder=big_corpus)
    assert t.sources == ids[:12] and "Showing 12 of 15 sources" in plain(t.html.value)
    marks = timeline_marks(sources=t.sources, folder=big_corpus)
    lo, hi = t.dates.value
    pd.testing.assert_frame_equal(t.table(), timeline_marks(start=lo, end=hi, sources=t.sources,
                                                            folder=big_corpus))
    shorts = set(t.corpus.short.values())
    assert [c for c in marks.columns if c in shorts] == [t.corpus.short[a] for a in ids[:12]]
    t.source_boxes[13].value = True
    assert len(t.sources) == 12 and ids[13] in t.sources and ids[0] not in t.sources
    k = KwicView("the", folder=big_corpus)
    assert k.sources == ids[:12] and "Showing 12 of 15 sources" in plain(k.html.value)
    assert set(k.table()["article_id"].astype(str)) <= set(ids[:12])
    d = Dashboard(folder=big_corpus)
    d.compare.source_boxes[14].value = True  # linked: both views show the same 12
    assert d.compare.sources == d.quotes.sources and len(d.compare.sources) == 12
    assert ids[14] in d.quotes.sources


def test_no_cap_note_for_small_corpora():
    v = CompareView("sanctions")
    assert "Showing" not in plain(v.summary.value) and len(v.sources) == 5
    assert "Showing" not in plain(TimelineView().html.value)


# ---------------------------------------------------------------- one text engine: marks = kwic
VARIANTS = ("On sanctions on Russia, the pre-conditions, the pre conditions, the preconditions and the "
            "PRE-CONDITIONS matter; so do the rule of law, the Rule-of-Law and the rule of láw, and young "
            "people, young-people and Young People’s hopes.\n")


def test_compare_marks_are_where_kwic_finds_the_term(corpus_copy):
    """Hyphen, space, joined, case, diacritic and possessive variants: CompareView's frame marks
    sit exactly where kwic finds each term (both go through helpers._text)."""
    add_article(corpus_copy, ("Variants\n\n" + VARIANTS).encode())
    v = CompareView("sanctions", sources=["005"], folder=corpus_copy)
    pid = compare_sources("sanctions", ["005"], folder=corpus_copy).paragraph_id.iloc[0]
    marked = {(s, e) for s, e, kind, _ in v.data.marks.spans[pid] if kind == "frame"}
    sents = v.corpus.sentences
    found = set()
    for term in ("pre-conditions", "rule of law", "young people"):
        k = kwic(term, sentences=sents, articles=["005"])
        assert len(k) >= 3, term
        start = dict(zip(sents.sentence_id, sents.start, strict=True))
        found |= {(start[r.sentence_id] + r.start, start[r.sentence_id] + r.end) for r in k.itertuples()}
    assert found and found <= marked
    text = v.corpus.para_text[pid]
    for s, e in found:
        assert f">{htmlmod.escape(text[s:e], quote=True)}</b>" in v.html.value


def test_a_speaker_is_marked_in_the_sentence_of_the_quote_else_at_the_first_mention(corpus_copy):
    """The speaker's words are looked up in the quote's own sentence (a one-paragraph article is not
    read once per speaker); only a speaker missing there falls back to the paragraph's first mention."""
    body = ("Kaja Kallas arrived in Belgrade on Monday. Officials met for hours. "
            "\u201cThe door is open,\u201d Kaja Kallas said after the talks. "
            "\u201cWe will decide ourselves,\u201d he said.")
    add_article(corpus_copy, ("Speakers\n\n" + body + "\n").encode())
    v = CompareView("eu_accession", sources=["005"], folder=corpus_copy)
    pid, text = next((p, t) for p, t in v.corpus.para_text.items() if t.startswith("Kaja Kallas"))
    marked = sorted((s, e) for s, e, kind, _ in v.data.marks.spans.get(pid, []) if kind == "speaker")
    second, pronoun = text.index("Kaja Kallas said"), text.rindex("he said")
    # each speaker in the quote's own sentence: not the first mention (0), and "he" where it stands
    assert marked == [(second, second + len("Kaja Kallas")), (pronoun, pronoun + 2)]


# ---------------------------------------------------------------- the HTML cap
# (the time on a 1 MB paragraph is measured by the benchmark: python -m tools.benchmark --only large)
LONG_BODY = "Sanctions on Russia & <more> sanctions, said nobody. " * 600  # about 32,000 characters
LONG_QUOTE = ("“" + "We will never join sanctions on Russia & <others>, " * 600
              + "” President Aleksandar Vučić said.")


@pytest.fixture
def long_corpus(corpus_copy, monkeypatch):
    """A sixth article with one 32,000-character paragraph and one as long quotation, and the
    cap lowered to 60,000 bytes (the same code path as 1 MB, on a small input)."""
    import helpers.views._base as base

    monkeypatch.setattr(base, "HTML_CAP", 60_000)
    add_article(corpus_copy, ("Long\n\n" + LONG_BODY + "\n\n" + LONG_QUOTE + "\n").encode())
    return corpus_copy


def test_views_cap_their_html_with_a_note_and_the_twin_keeps_everything(long_corpus):
    v = CompareView("sanctions", sources=["000", "005"], folder=long_corpus)
    for ev in (False, True):
        v.evidence.value = ev
        assert len(v.html.value.encode()) <= 60_000
        col = column(v, "005")
        assert "class='bew-capped'" in col
        assert "compare_sources(&#x27;sanctions&#x27;, [&#x27;005&#x27;])" in col
        shown = plain(col.split("<p class='bew-capped'")[0].split("</p>", 1)[-1])
        assert "Sanctions on Russia & <more> sanctions, said nobody. Sanctions" in shown  # escaped, readable
        assert "<more>" not in col
    full = compare_sources("sanctions", ["005"], folder=long_corpus)
    assert LONG_BODY.strip() in set(full.text)  # the twin has the whole paragraph
    assert "Serbia remains the only country in Europe" in plain(column(v, "000"))  # other columns intact
    q = QuoteBoard(sources=["005"], folder=long_corpus)
    assert len(q.html.value.encode()) <= 60_000 and "class='bew-capped'" in q.html.value
    assert "more characters]" in plain(q.html.value) and "&lt;others&gt;" in q.html.value
    assert q.table().quote.str.len().max() > 30_000  # the table twin keeps the whole quotation
    k = KwicView("sanction*", folder=long_corpus)
    assert len(k.html.value.encode()) <= 60_000 and "class='bew-capped'" in k.html.value
    assert len(k.table()) > 600  # every match is in the twin


def test_an_unclosed_quotation_mark_still_renders(corpus_copy):
    add_article(corpus_copy, ("Unclosed\n\n“" + LONG_BODY + "\n").encode())
    v = CompareView("sanctions", sources=["005"], folder=corpus_copy)
    assert "“Sanctions on Russia & <more> sanctions" in plain(column(v, "005"))
    assert "<more>" not in v.html.value
    assert QuoteBoard(sources=["005"], folder=corpus_copy).html.value


# --------------------------------------------------------------------------- not English (issue 14)
SERBIAN_CYRILLIC = ("Председник Србије је рекао да ће Београд потписати нови уговор о гасу са Русијом пре "
                    "зиме, упркос притиску Европске уније и санкцијама против Москве. ") * 3
SERBIAN_LATIN = ("Predsednik Srbije je rekao da će Beograd potpisati novi ugovor o gasu sa Rusijom pre "
                 "zime, uprkos pritisku Evropske unije i sankcijama protiv Moskve. ") * 3
NOT_ANALYSED = "not analysed: the dictionaries are English and this text looks like another language"


@pytest.fixture
def serbian(tmp_path, monkeypatch):
    """A working copy of the corpus with one Serbian article in Cyrillic and one in Latin script."""
    import helpers.corpus.loading as loading
    from helpers import add_article as add_to_corpus
    from helpers import new_corpus

    monkeypatch.setattr(loading, "_CACHE", dict(loading._CACHE))  # keep this corpus out of other tests
    folder = new_corpus(tmp_path / "corpus")
    fields = dict(outlet="Course example (fictional)", headline="Gas deal", published="2025-11-20",
                  date_precision="exact", genre="constructed_example")
    cyr = add_to_corpus(folder, text=SERBIAN_CYRILLIC, short="Cyrillic", **fields)
    lat = add_to_corpus(folder, text=SERBIAN_LATIN, short="Latin", **fields)
    assert cyr["language_warning"] and lat["language_warning"]  # the loader flags both
    return folder, {str(cyr["id"]): "Cyrillic", str(lat["id"]): "Latin"}


def test_a_source_that_is_not_english_is_not_analysed_rather_than_silent_in_compare(serbian):
    folder, ids = serbian
    table = compare_sources("sanctions", folder=folder)
    mine = table[table.article_id.astype(str).isin(ids)]
    assert len(mine) == 2 and mine.note.eq(NOT_ANALYSED).all() and mine.n_passages.eq(0).all()
    others = table[~table.article_id.astype(str).isin(ids)]
    assert not others.note.str.contains("not analysed").any()  # the English seeds keep their notes
    view = CompareView("sanctions", folder=folder)
    for short in ids.values():
        column = plain(next(c for c in view.html.value.split("class='bew-col'") if f">{short} <" in c))
        assert NOT_ANALYSED in column and "silent" not in column
    summary = plain(view.summary.value)
    assert f"{NOT_ANALYSED}: Cyrillic, Latin." in summary
    assert "Cyrillic" not in summary.split("silent:")[-1].split(NOT_ANALYSED)[0]


def test_quotes_frames_timeline_and_coding_say_not_analysed(serbian):
    folder, ids = serbian
    share = quote_board(folder=folder, share=True)
    assert set(share.attrs["not_analysed"]) == {"Cyrillic", "Latin"}
    assert share[share.article_id.astype(str).isin(ids)].note.eq(NOT_ANALYSED).all()
    assert share[~share.article_id.astype(str).isin(ids)].note.eq("").all()
    board = plain(QuoteBoard(folder=folder).share_html.value)
    assert f"Cyrillic: {NOT_ANALYSED}" in board and f"Latin: {NOT_ANALYSED}" in board
    assert "Cyrillic" not in board.split("Quotes nobody:")[-1].split(".")[0]
    editor = FrameEditor(folder=folder)
    frames = editor.table()
    assert frames[frames.article_id.astype(str).isin(ids)].note.eq(NOT_ANALYSED).all()
    assert plain(editor.html.value).count(f"⚠ {NOT_ANALYSED}") == 2
    marks = timeline_marks(folder=folder)
    assert marks["Cyrillic"].eq("✖ not analysed (not English)").all() and marks.attrs["not_analysed"]
    assert "not analysed" not in " ".join(marks["AP"].astype(str))
    assert f"Latin: {NOT_ANALYSED}" in plain(TimelineView(folder=folder).html.value)
    cyr = next(a for a, s in ids.items() if s == "Cyrillic")
    panel = CodingPanel(article=cyr, corpus_folder=folder)
    assert NOT_ANALYSED in plain(panel.dictionary_html.value)
    assert panel.dictionary_table().attrs["not_analysed"] == NOT_ANALYSED
    assert NOT_ANALYSED not in plain(CodingPanel(corpus_folder=folder).dictionary_html.value)


def test_kwic_dashboard_and_coverage_say_not_analysed(serbian):
    from helpers import coverage_matrix, load_articles, tag_themes

    folder, ids = serbian
    kv = KwicView("sanction*", folder=folder)
    shown = plain(kv.html.value)
    assert "none in Cyrillic (not English), Latin (not English)" in shown and NOT_ANALYSED in shown
    assert kv.table().attrs["not_analysed"] == {"Cyrillic": NOT_ANALYSED, "Latin": NOT_ANALYSED}
    dash = Dashboard(folder=folder)
    assert NOT_ANALYSED in plain(dash.compare.html.value)
    assert NOT_ANALYSED in plain(dash.quotes.share_html.value)
    paras = load_paragraphs(folder, kinds=BODY_KINDS)
    cov = coverage_matrix(tag_themes(paras), load_articles(folder))
    mine = cov[cov.article_id.astype(str).isin(ids)]
    assert mine.silent.all() and mine.note.eq(NOT_ANALYSED).all()
    assert cov[~cov.article_id.astype(str).isin(ids)].note.eq("").all()


def test_a_view_shows_an_inferred_date_as_the_range_the_catalogue_gives():
    from helpers.views._base import _inferred_span

    assert _inferred_span("Inferred 4/5 Nov 2025: 'on Tuesday' was 4 Nov") == "4/5 Nov 2025"
    assert _inferred_span("Inferred 3 or 4 May 2024; the march") == "3 or 4 May 2024"
    assert _inferred_span("Inferred from the page address: March 2022") == ""  # no range: just "inferred"
    assert _inferred_span("") == ""


def test_the_seed_views_print_both_possible_days_of_an_inferred_date():
    view = CompareView()
    assert view.corpus.published("004") == "2025-11-04 (date inferred: 4/5 Nov 2025)"
    assert view.corpus.published("000") == "2025-10-15"


def test_tables_of_another_corpus_without_its_folder_are_refused_not_shown_empty(big_corpus):
    """Paragraphs of your own corpus passed without ``folder=``/``articles=`` used to be paired with
    the seeds' catalogue: the quote board then showed no quote at all, silently."""
    mine = load_paragraphs(folder=big_corpus, kinds=BODY_KINDS)
    with pytest.raises(CorpusError, match=r"paragraphs= holds article.*articles=load_articles"):
        quote_board(paragraphs=mine)
    with pytest.raises(CorpusError, match=r"sentences= holds article"):
        compare_sources("sanctions", sentences=load_sentences(folder=big_corpus))
    # with its own folder, the same table works and is not empty
    assert len(quote_board(paragraphs=mine, folder=big_corpus)) > 0
    # the seeds' own tables need no folder
    assert len(quote_board(paragraphs=load_paragraphs(kinds=BODY_KINDS))) == len(quote_board())
