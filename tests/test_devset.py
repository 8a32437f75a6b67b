"""The constructed dev/test sets (tests/devset) and their scorer (tools/accuracy.py --set dev|test).

Failure messages name ids only: the test split's texts must not be printed (see tests/devset/README.md).
"""

import re
from pathlib import Path

import pandas as pd
import pytest

from helpers import BODY_KINDS, load_articles, load_paragraphs, load_sentences
from tools import accuracy

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset"

GROUPS = {"serbian_government", "eu_west", "russia", "china", "civil_society", "experts", "media",
          "opposition", "other"}
CLUTTER_KINDS = {"share", "advertisement", "cookie", "byline", "caption_credit", "related", "tags", "video",
                 "navigation", "dateline", "newsletter"}
# test2 uses u01-u10, test3 v01-v10, test4 w01-w10, test5 x01-x10, test6 y01-y10, test7 z01-z10,
# test8 q01-q10, test9 r01-r10, test10 s01-s10, test11 k01-k10,
# test12 j01-j10, test13 n01-n10, test14 m01-m10, test15 h01-h10, test16 p01-p10, test17 g01-g10,
# test18 f01-f10, test19 b01-b10, test20 c01-c10, test21 a01-a10, test22 i01-i10:
# their ids never collide with test's t01-t10
ID_PREFIX = {"dev2": "e", "test2": "u", "test3": "v", "test4": "w", "test5": "x", "test6": "y", "test7": "z",
             "test8": "q", "test9": "r", "test10": "s", "test11": "k", "test12": "j",
             "test13": "n", "test14": "m", "test15": "h", "test16": "p",
             "test17": "g", "test18": "f", "test19": "b", "test20": "c", "test21": "a", "test22": "i"}
SPLITS = [s for s in ("dev", "test", "dev2", "test2", "test3", "test4", "test5", "test6", "test7", "test8",
                      "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17",
                      "test18", "test19", "test20", "test21", "test22")
          if (DEVSET / s).is_dir()]


def gold(split, name):
    return pd.read_csv(DEVSET / "gold" / split / name, dtype=str, keep_default_na=False)


@pytest.mark.parametrize("split", SPLITS)
def test_each_split_is_a_loadable_corpus_of_ten_constructed_articles(split):
    articles = load_articles(folder=DEVSET / split)
    assert len(articles) >= 10
    prefix = ID_PREFIX.get(split, split[0])
    assert all(a.startswith(prefix) for a in articles["article_id"]), (
        "ids start with d (dev), t (test), e (dev2), u (test2), v (test3), w (test4), x (test5), y (test6), "
        "z (test7), q (test8), r (test9), s (test10), k (test11), j (test12), n (test13), m (test14), "
        "h (test15), p (test16), g (test17), f (test18), b (test19), c (test20), a (test21), i (test22)")
    cat = pd.read_csv(DEVSET / split / "catalog.csv", dtype=str, keep_default_na=False)
    assert cat["notes"].str.contains("not real news").all()
    assert cat["headline"].str.endswith("[constructed example, not real news]").all()
    paragraphs = load_paragraphs(folder=DEVSET / split)
    first = paragraphs[paragraphs["position"] == 0]
    assert (first["kind"] == "headline").all(), (
        "the labelled first line is read as the headline, not body text")


@pytest.mark.parametrize("split", SPLITS)
def test_articles_are_250_to_900_words(split):
    sizes = {p.stem: len(p.read_text(encoding="utf-8").split()) for p in (DEVSET / split).glob("*.txt")}
    assert {k for k, n in sizes.items() if not 250 <= n <= 900} == set()


@pytest.mark.parametrize("split", SPLITS)
def test_quote_gold_spans_stand_in_their_paragraphs(split):
    q = gold(split, "quotes.csv")
    text = load_paragraphs(folder=DEVSET / split, kinds=BODY_KINDS).set_index("paragraph_id")["text"]
    bad = [i for i, r in q.iterrows()
           if r["paragraph_id"] not in text or r["quote"] not in text[r["paragraph_id"]]]
    assert bad == []
    bad = [i for i, r in q.iterrows()
           if r["speaker_type"] != "pronoun" and r["speaker"] not in text[r["paragraph_id"]]]
    assert bad == []
    assert set(q["group"]) <= GROUPS and set(q["kind"]) == {"direct", "indirect"}
    assert set(q["actor_type"]) <= {"person", "unnamed", "organisation_or_group"}
    assert (q["kind"] == "direct").sum() >= 30 and (q["kind"] == "indirect").sum() >= 20


@pytest.mark.parametrize("split", SPLITS)
def test_mention_gold_words_stand_in_their_sentences(split):
    m = gold(split, "actor_mentions.csv")
    s = load_sentences(folder=DEVSET / split).set_index("sentence_id")
    bad = [i for i, r in m.iterrows()
           if r["sentence_id"] not in s.index or r["match"] not in s.at[r["sentence_id"], "text"]
           or s.at[r["sentence_id"], "paragraph_id"] != r["paragraph_id"]]
    assert bad == []
    assert set(m["group"]) <= GROUPS and set(m["in_table"]) == {"yes", "no"}
    table = set(pd.read_csv(ROOT / "helpers" / "data" / "actors.csv", dtype=str)["actor"])
    assert (m["actor"].isin(table) == (m["in_table"] == "yes")).all()
    assert len(m) >= 150


@pytest.mark.parametrize("split", SPLITS)
def test_theme_gold_covers_every_line_but_headline_and_clutter(split):
    t, c = gold(split, "themes.csv"), gold(split, "clutter.csv")
    paragraphs = load_paragraphs(folder=DEVSET / split)
    every = set(paragraphs.loc[paragraphs["position"] > 0, "paragraph_id"])
    assert set(t["paragraph_id"]) | set(c["paragraph_id"]) == every
    assert not set(t["paragraph_id"]) & set(c["paragraph_id"])
    keys = set(pd.read_csv(ROOT / "helpers" / "data" / "themes.csv", dtype=str)["theme"])
    used = {k for v in t["themes"] for k in v.split(";") if k}
    assert used <= keys
    assert set(c["kind"]) <= CLUTTER_KINDS


def test_at_least_three_articles_carry_web_clutter_in_both_splits():
    web = {"share", "advertisement", "cookie", "caption_credit", "related", "tags"}
    counts = {}
    for split in SPLITS:
        c = gold(split, "clutter.csv")
        counts[split] = c[c["kind"].isin(web)]["article_id"].nunique()
    assert sum(counts.values()) >= 3 and min(counts.values()) >= 1


def _as_predictions():
    """The dev gold itself, shaped like the extractors' output (a perfect system)."""
    q = gold("dev", "quotes.csv").copy()
    q["actor"] = q["actor"].str.split("|").str[0]
    m = gold("dev", "actor_mentions.csv").copy()
    m["actor"] = m["actor"].str.split("|").str[0]
    t = gold("dev", "themes.csv")
    themes = pd.DataFrame([(r.paragraph_id, k) for r in t.itertuples() for k in r.themes.split(";") if k],
                          columns=["paragraph_id", "theme"])
    paragraphs = load_paragraphs(folder=DEVSET / "dev").copy()
    clutter = set(gold("dev", "clutter.csv")["paragraph_id"])
    paragraphs.loc[paragraphs["paragraph_id"].isin(clutter), "kind"] = "boilerplate"
    return {"quotes": q, "mentions": m, "themes": themes, "paragraphs": paragraphs}


def test_scorer_gives_a_perfect_system_one_everywhere(capsys):
    out = accuracy.score_set("dev", pred=_as_predictions())
    capsys.readouterr()
    for name, table in out.items():
        assert (table["precision"] == 1).all() and (table["recall"] == 1).all(), name


def test_scorer_counts_a_wrong_speaker_and_a_wrong_group(capsys):
    pred = _as_predictions()
    q = pred["quotes"]
    person = q.index[q["actor_type"] == "person"][0]
    q.loc[person, "actor"] = "Somebody Else"
    q.loc[person, "group"] = "other" if q.loc[person, "group"] != "other" else "russia"
    table = accuracy.score_set("dev", pred=pred)["quotes"].set_index(["kind", "measure"])
    capsys.readouterr()
    assert table.loc[("all", "span"), "recall"] == 1
    assert table.loc[("all", "span+speaker"), "matched"] == len(q) - 1
    assert table.loc[("all", "group of matched"), "matched"] == len(q) - 1


def test_unnamed_speakers_match_by_group_and_words_but_named_people_must_be_named():
    row = pd.Series({"actor": "unnamed EU diplomat", "actor_type": "unnamed", "group": "eu_west",
                     "speaker": "A senior EU diplomat"})
    assert accuracy.speaker_ok(row, {"actor": "senior EU diplomat", "group": "eu_west", "speaker": "x"})
    assert not accuracy.speaker_ok(row, {"actor": "senior EU diplomat", "group": "other", "speaker": "x"})
    person = pd.Series({"actor": "Marko Đurić", "actor_type": "person", "group": "serbian_government",
                        "speaker": "the minister"})
    assert accuracy.speaker_ok(person, {"actor": "Marko Djuric", "group": "other", "speaker": "Djuric"})
    assert not accuracy.speaker_ok(person, {"actor": "the minister", "group": "serbian_government",
                                            "speaker": "the minister"})


def test_test_split_prints_figures_but_no_text(capsys):
    accuracy.score_set("test")
    printed = capsys.readouterr().out
    quotes = gold("test", "quotes.csv")["quote"]
    long_spans = [q for q in quotes if len(q) > 25]
    assert not any(q in printed for q in long_spans)
    assert re.search(r"span\+speaker", printed)
