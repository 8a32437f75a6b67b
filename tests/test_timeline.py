"""The background timeline and which seeds mention each event."""

import csv
from pathlib import Path

import pandas as pd
import pytest

from helpers import CorpusError, load_sentences, timeline, timeline_mentions
from helpers.analysis.chronology import COURSE_THEMES, MENTION_COLUMNS, TIMELINE_COLUMNS, source_label
from helpers.corpus.paths import data_file


def test_timeline_columns_dates_and_sources():
    t = timeline()
    assert list(t.columns) == TIMELINE_COLUMNS
    assert len(t) == sum(1 for _ in csv.DictReader(open(data_file("timeline.csv"), encoding="utf-8")))
    assert t.start.dtype.kind == "M" and t.end.dtype.kind == "M"
    assert t.event_id.is_unique and (t.end >= t.start).all() and t.start.is_monotonic_increasing
    novi = t.set_index("event_id").loc["2024-11-01-novi-sad-collapse"]
    assert novi.start == pd.Timestamp("2024-11-01") and novi.end == novi.start
    assert novi.seeds == ["000", "001"] and novi.course_theme == "novi_sad"
    assert novi.source_label == novi.source  # twenty-sixth review: Vijesti's page first, then a site
    kosovo = t.set_index("event_id").loc["2008-02-17-kosovo-independence"]
    assert kosovo.source_label == "reported by europeanwesternbalkans.com"  # a site address only
    rally = t.set_index("event_id").loc["2025-03-15-belgrade-rally"]
    assert rally.source_label == rally.source  # fifty-fifth review: the page's full address
    crimea = t.set_index("event_id").loc["2014-03-crimea"]
    assert crimea.precision == "month" and crimea.end == pd.Timestamp("2014-03-31")
    assert crimea.date_label == "Mar 2014"
    xi = t.set_index("event_id").loc["2024-05-07-xi-visit"]
    assert xi.end == pd.Timestamp("2024-05-08") and xi.date_label == "7-8 May 2024"
    assert xi.source_label == xi.source  # a full page address is cited as it is


def test_theme_mapping_keeps_unmapped_keys():
    t = timeline()
    by_theme = t.groupby("theme").course_theme.agg(set)
    assert by_theme["protests"] >= {"protests_democracy"}
    assert by_theme["democracy"] == {"protests_democracy"}
    assert by_theme["energy"] == {"energy_nis"}
    assert by_theme["other_governments"] == {"other_governments"}
    assert "authoritarian_ties" not in by_theme  # a label of one side is not a key (labels.csv)
    assert by_theme["economy"] == {"lithium_economy"}
    assert by_theme["regional_security"] == {"regional_security"}
    assert set(t.course_theme) - set(COURSE_THEMES) == {"regional_security"}


def test_source_label_rule():
    assert source_label("https://www.hurriyetdailynews.com/") == "reported by hurriyetdailynews.com"
    assert source_label("https://lenta.ru/news/2025/11/04/") == "reported by lenta.ru"
    assert source_label("https://tass.com/politics/990695") == "https://tass.com/politics/990695"
    assert source_label("https://www.axios.com/montenegro-joins-nato") == "https://www.axios.com/montenegro-joins-nato"


def test_filters_by_window_and_theme():
    t = timeline(start="2025-01-01", end="2025-06-30")
    assert t.start.min() >= pd.Timestamp("2025-01-01") and t.start.max() <= pd.Timestamp("2025-06-30")
    assert "2025-05-09-victory-day-moscow" in set(t.event_id)
    # an event that overlaps the window counts (the Sep 2021 standoff is a range)
    assert "2021-09-20-plates-standoff" in set(timeline(start="2021-09-25", end="2021-09-26").event_id)
    k = timeline(themes=["kosovo", "regional_security"])
    assert set(k.course_theme) == {"kosovo", "regional_security"}
    assert set(timeline(themes="protests").theme) == {"protests"}  # timeline's own key works too


@pytest.mark.parametrize("kwargs, message", [
    ({"start": "yesterday-ish"}, "start="),
    ({"end": "2025-13-45"}, "end="),
    ({"start": "2025", "end": "2024"}, "before"),
    ({"themes": ["kosovo", "mars"]}, "themes='mars'.*Allowed values"),
    ({"themes": []}, "themes"),
])
def test_bad_arguments(kwargs, message):
    with pytest.raises(CorpusError, match=message):
        timeline(**kwargs)


def test_timeline_returns_a_copy():
    t = timeline()
    t.loc[0, "event"] = "changed"
    t.loc[0, "seeds"].append("999")
    fresh = timeline()
    assert fresh.loc[0, "event"] != "changed" and "999" not in fresh.loc[0, "seeds"]


def test_mentions_on_the_real_corpus():
    m = timeline_mentions()
    assert list(m.columns) == MENTION_COLUMNS
    found = m[m.found_in_text]
    rows = found[(found.event_id == "2024-11-01-novi-sad-collapse") & (found.article_id == "001")]
    assert len(rows) == 1  # one row, read the same way on every pandas version
    row = rows.iloc[0]
    assert "station roof collapsed in July" in row.text and row.match == "station roof"
    assert row.sentence_id == "001-p09-s013"
    peskov = found[(found.event_id == "2025-11-04-peskov") & (found.article_id == "004")]
    assert len(peskov) == 2  # two sentences name Peskov
    # the oil company NIS is found, the Nis humanitarian centre is not confused with it
    nis = m[m.event_id == "2025-10-09-nis-sanctions-effective"]
    assert list(nis.sentence_id) == ["000-p23-s018"]
    # the seeds column and the keywords disagree on a few events: both are reported. The column links a
    # seed only where its text names the event or its date unmistakably (twenty-fifth review), so a
    # keyword can find words the column does not count: 001's "at the United Nations" is not the vote of
    # 2 Mar 2022, and 000's "killed 16 people" gives the toll, not the sixteenth victim's death
    un = m[(m.event_id == "2022-03-02-un-vote") & (m.article_id == "001")].iloc[0]
    assert un.found_in_text and not un.listed_in_facts
    toll = m[(m.event_id == "2025-03-21-sixteenth-victim") & (m.article_id == "000")].iloc[0]
    assert toll.found_in_text and not toll.listed_in_facts
    # ... and a listed seed whose text no keyword matches is reported with an empty sentence
    edited = timeline()
    edited["seeds"] = [["001"] if e == "2023-10-17-xi-vucic-fta" else s
                       for e, s in zip(edited.event_id, edited.seeds, strict=True)]
    fta = timeline_mentions(events=edited)
    fta = fta[fta.event_id == "2023-10-17-xi-vucic-fta"].iloc[0]
    assert fta.listed_in_facts and not fta.found_in_text and fta.sentence_id == ""
    # every (event, article) pair the facts file lists appears
    listed = {(e, a) for e, seeds in zip(timeline().event_id, timeline().seeds, strict=True) for a in seeds}
    assert listed <= set(zip(m.event_id, m.article_id, strict=True))
    # and a found row's match really is in its sentence
    for r in m[m.found_in_text].itertuples():
        assert r.match and r.match in r.text


def test_mentions_on_a_corpus_passed_in_and_no_mutation():
    s = load_sentences()
    sub = s[s.article_id == "004"].copy()
    before = sub.copy()
    ev = timeline(themes="arms_exports")
    ev_before = ev.copy()
    m = timeline_mentions(sub, ev)
    pd.testing.assert_frame_equal(sub, before)
    pd.testing.assert_frame_equal(ev, ev_before)
    assert set(m.article_id) == {"004"} and set(m.event_id) <= set(ev.event_id)
    assert "2025-11-01-cicero-interview" in set(m.event_id)


def test_edited_keywords_and_a_synthetic_corpus():
    sents = pd.DataFrame({"article_id": ["x1", "x2"], "sentence_id": ["x1-s0", "x2-s0"],
                          "text": ["Vučić met Peskov in Moscow.", "Nothing here."]})
    ev = pd.DataFrame({"event_id": ["e1"], "event": ["A meeting"], "keywords": ["vucic met"],
                       "seeds": [["x2"]]})
    m = timeline_mentions(sents, ev)
    assert m.shape[0] == 2
    hit = m[m.found_in_text].iloc[0]
    assert hit.match == "Vučić met" and hit.article_id == "x1" and not hit.listed_in_facts
    assert not m[~m.found_in_text].iloc[0].found_in_text
    # keywords are words, not regexes: case and diacritics are ignored, "*" is a wildcard ending,
    # a hyphen also matches a space; "." is a full stop, not "any character"
    ev2 = ev.assign(keywords=["VUČIĆ MET"])
    assert timeline_mentions(sents, ev2).query("found_in_text").match.tolist() == ["Vučić met"]
    ev3 = pd.DataFrame({"event_id": ["e1", "e2"], "event": ["a", "b"],
                        "keywords": ["mosc*;pes-kov", "moscow."]})
    s3 = sents.assign(text=["They met in Moscow.", "Pes kov met moscowx"])
    got = timeline_mentions(s3, ev3).query("found_in_text")
    assert got[got.event_id == "e1"].match.tolist() == ["Moscow", "Pes kov"]
    assert got[got.event_id == "e2"].match.tolist() == ["Moscow."]


def test_mentions_bad_input():
    with pytest.raises(CorpusError, match="sentences is missing"):
        timeline_mentions(pd.DataFrame({"text": ["a"]}))
    with pytest.raises(CorpusError, match="events is empty"):
        timeline_mentions(events=timeline().iloc[0:0])
    with pytest.raises(CorpusError, match="events is missing"):
        timeline_mentions(events=timeline().drop(columns="keywords"))
    odd = pd.DataFrame({"event_id": ["e"], "event": ["x"], "keywords": ["(unclosed; ;*"], "seeds": [["003"]]})
    got = timeline_mentions(events=odd)  # metacharacters are literal; empty keywords are skipped
    assert got.found_in_text.tolist() == [False] and got.article_id.tolist() == ["003"]
    with pytest.raises(CorpusError, match="DataFrame"):
        timeline_mentions(sentences=["a sentence"])


def test_data_files_never_read_from_shared():
    for src in (Path(__file__).resolve().parents[1] / "helpers").rglob("*.py"):
        text = src.read_text(encoding="utf-8")
        assert "../shared" not in text and "shared/facts" not in text, src
    assert data_file("timeline_keywords.csv").exists() and data_file("timeline_themes.csv").exists()


def test_exercise_4_of_01_names_every_event_silent_by_both_counts():
    """01's Exercise 4 lists the events no keyword finds and no seed is linked to (27th review)."""
    import json
    from pathlib import Path

    from helpers import timeline, timeline_marks
    nb = json.loads((Path(__file__).resolve().parents[1] / "instructor" / "01_background.ipynb").read_text())
    text = next("".join(c["source"]) for c in nb["cells"] if c.get("id") == "c036")
    marks = timeline_marks().merge(timeline()[["event_id", "seeds"]], on="event_id")
    silent = marks[(marks["mentioned_by"] == "") & (marks["seeds"].map(len) == 0)]
    assert len(silent) == 4
    for label in silent["date_label"]:
        assert label in text, label


def test_the_oil_company_nis_is_found_in_capitals_only_not_in_the_town_of_nis():
    s = pd.DataFrame({"article_id": ["a"] * 3, "sentence_id": ["s1", "s2", "s3"],
                      "text": ["The railway from Niš to the Bulgarian border reopened.",
                               "US sanctions on NIS took effect on Thursday.",
                               "Nis is a city in the south."]})
    found = timeline_mentions(s)
    assert set(found["sentence_id"]) == {"s2"}
    assert set(found["event_id"]) == {"2025-01-10-nis-sanctions-maduro", "2025-10-09-nis-sanctions-effective"}


def test_the_city_of_novi_sad_alone_names_no_event():
    """The collapse is found by the theme's phrases; a banner in Novi Sad is no mention of it."""
    texts = ["In Novi Sad I saw a banner.", "A German engineer in Novi Sad works there.",
             "Students marched for the victims of the canopy collapse in Novi Sad."]
    sentences = pd.DataFrame({"article_id": "900", "text": texts,
                              "sentence_id": [f"900-p01-s00{i}" for i in range(1, 4)]})
    found = timeline_mentions(sentences=sentences)
    found = found[found["found_in_text"] & (found["event_id"] == "2024-11-01-novi-sad-collapse")]
    assert found["sentence_id"].tolist() == ["900-p01-s003"]
