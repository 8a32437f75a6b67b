"""helpers.analysis.frames: dictionary frame scores, Semetko & Valkenburg items, coding and kappa."""

import math

import pandas as pd
import pytest

from helpers import (
    CorpusError,
    agreement,
    coding_items,
    coding_sheet,
    dictionary_coding,
    frame_dictionary,
    frame_scores,
    load_paragraphs,
)
from helpers.corpus.cleaning import BODY_KINDS

GENERIC = ["conflict", "economic", "responsibility", "human_interest", "morality"]


def _cell(scores, article, frame):
    return scores[(scores["article_id"] == article) & (scores["frame"] == frame)].iloc[0]


def test_dictionary_is_data():
    d = frame_dictionary()
    assert list(d.columns) == ["frame", "axis", "term", "note"]
    assert set(d["frame"]) == set(GENERIC) | {"eu_west", "russia_china"}
    assert set(d.loc[d["frame"].isin(GENERIC), "axis"]) == {"generic"}
    assert set(d.loc[d["frame"].isin(["eu_west", "russia_china"]), "axis"]) == {"geopolitical"}


def test_source_scores_on_real_articles():
    s = frame_scores()
    assert list(s.columns) == ["article_id", "frame", "axis", "hits", "words", "per_1000", "matched"]
    assert len(s) == 5 * 7  # every source x every frame, zeros included
    rt = _cell(s, "004", "russia_china")
    # "Maidan" is a label one side uses about the other, not a side's name (thirty-fifth review)
    assert "peskov (2)" in rt["matched"] and "maidan" not in rt["matched"]
    assert rt["per_1000"] == round(1000 * rt["hits"] / rt["words"], 2)
    # morality counts every source's moral charges by one rule, quoted or own voice (fifty-sixth review):
    # the SVR's "brainwashing" (004), "fraudulent" (001), "propaganda" (002), von der Leyen's "oppression"
    # (000); "submission" (a relation) and "coup" (an event's name) are not morality terms
    assert _cell(s, "004", "morality")["matched"] == "brainwashing (1)"
    assert "fraudulent (1)" in _cell(s, "001", "morality")["matched"]
    assert "propaganda (1)" in _cell(s, "002", "morality")["matched"]
    assert "democracy" in _cell(s, "002", "morality")["matched"]
    assert "oppression (1)" in _cell(s, "000", "morality")["matched"]
    assert not any("submission" in m or "coup" in m for m in s.loc[s["frame"] == "morality", "matched"])
    # ECFR (003) is the most "war"-heavy conflict text; "war on Ukraine" five times
    assert "war (6)" in _cell(s, "003", "conflict")["matched"]
    # words = body words of the source (as in load_articles)
    from helpers import load_articles
    wc = load_articles().set_index("article_id")["word_count"]
    assert all(_cell(s, a, "conflict")["words"] == wc[a] for a in wc.index)


def test_paragraph_level_adds_up_to_sources():
    p = frame_scores(level="paragraph")
    assert list(p.columns) == ["article_id", "paragraph_id", "frame", "axis", "hits", "words", "per_1000",
                               "matched", "text"]
    s = frame_scores()
    summed = p.groupby(["article_id", "frame"])["hits"].sum()
    assert all(summed[(r.article_id, r.frame)] == r.hits for r in s.itertuples())
    row = p[(p["paragraph_id"] == "003-p07") & (p["frame"] == "eu_west")].iloc[0]
    assert "Stabilisation and Association Agreement" in row["text"]
    assert "stabilisation and association agreement (1)" in row["matched"]


def test_dict_dictionary_as_the_widget_passes_it():
    s = frame_scores(dictionary={"conflict": ["war", "clash"], "economic": ["sanction*"]})
    assert set(s["frame"]) == {"conflict", "economic"}
    assert set(s["axis"]) == {"generic"}  # axis taken from the shipped dictionary
    assert _cell(s, "000", "economic")["matched"] == "sanctions (4)"
    custom = frame_scores(dictionary={"my_frame": ["Vučić"]})
    assert set(custom["axis"]) == {"custom"}
    assert _cell(custom, "001", "my_frame")["hits"] == 7  # every Vučić in 001


def test_edits_keystroke_by_keystroke_with_a_kept_cache_match_a_cold_run():
    from helpers._text.batch import ScanCache

    base = {f: list(g["term"]) for f, g in frame_dictionary().groupby("frame", sort=False)}
    paras = load_paragraphs(kinds=list(BODY_KINDS))
    kept = ScanCache()
    for word in ["w", "wa", "war", "warn", "wa", "", "Europe"]:
        d = {k: list(v) for k, v in base.items()}
        d["morality"] = d["morality"] + ([word] if word else [])
        warm = frame_scores(paras, dictionary=d, cache=kept)
        pd.testing.assert_frame_equal(warm, frame_scores(paras, dictionary=d))


def test_a_cache_given_other_texts_starts_again():
    from helpers._text.batch import ScanCache

    paras = load_paragraphs(kinds=list(BODY_KINDS))
    kept = ScanCache()
    frame_scores(paras, cache=kept)
    fewer = paras[paras["article_id"] == "000"]
    pd.testing.assert_frame_equal(frame_scores(fewer, cache=kept), frame_scores(fewer))


def test_the_engine_keeps_no_scan_between_calls():
    import helpers._text.batch as batch

    assert not [k for k, v in vars(batch).items() if isinstance(v, dict) and not k.startswith("__")]


def test_term_in_two_frames_counts_for_both():
    s = frame_scores(dictionary={"a": ["sanctions"], "b": ["sanctions", "energy"]})
    assert _cell(s, "000", "a")["hits"] == 4 and _cell(s, "000", "b")["hits"] == 6


def test_sixth_article_and_no_mutation():
    paras = load_paragraphs(kinds=list(BODY_KINDS))
    extra = pd.DataFrame({"article_id": ["006"], "paragraph_id": ["006-p00"],
                          "text": ["The war and the sanctions cost the economy dearly; citizens must act."]})
    table = pd.concat([paras, extra], ignore_index=True)
    before = table.copy()
    s = frame_scores(table)
    pd.testing.assert_frame_equal(table, before)
    assert _cell(s, "006", "economic")["matched"] == "cost (1); economy (1); sanctions (1)"
    assert _cell(s, "006", "responsibility")["matched"] == "must (1)"
    d = frame_dictionary()
    d0 = d.copy()
    frame_scores(dictionary=d)
    pd.testing.assert_frame_equal(d, d0)


def test_frame_scores_errors():
    with pytest.raises(CorpusError, match="dictionary is empty"):
        frame_scores(dictionary={})
    with pytest.raises(CorpusError, match="'conflict' has no words"):
        frame_scores(dictionary={"conflict": [], "economic": ["cost"]})
    with pytest.raises(CorpusError, match="has no words"):
        frame_scores(dictionary={"conflict": ["  "]})
    with pytest.raises(CorpusError, match="level='sentence' is not known"):
        frame_scores(level="sentence")
    with pytest.raises(CorpusError, match="frames='conflcit' is not known"):
        frame_scores(frames="conflcit")
    with pytest.raises(CorpusError, match="paragraph_id"):
        frame_scores(pd.DataFrame({"article_id": ["1"], "text": ["war"]}), level="paragraph")
    with pytest.raises(CorpusError, match="missing (the )?columns?"):
        frame_scores(dictionary=pd.DataFrame({"frame": ["x"]}))


def test_coding_items_are_semetko_valkenburg():
    items = coding_items()
    assert len(items) == 20
    assert items.groupby("frame").size().to_dict() == {
        "conflict": 4, "economic": 3, "human_interest": 5, "morality": 3, "responsibility": 5}
    q = items.set_index("item_id")["question"]
    assert q["conflict_1"] == ("Does the story reflect disagreement between "
                               "parties/individuals/groups/countries?")
    assert q["morality_2"].startswith("Does the story make reference to morality, God")
    assert list(items["number"]) == list(range(1, 21))


def test_coding_sheet():
    sheet = coding_sheet("003")
    assert list(sheet.columns) == ["article_id", "item_id", "frame", "question", "answer", "evidence"]
    assert len(sheet) == 20 and (sheet["answer"] == "").all()
    assert len(coding_sheet()) == 100
    with pytest.raises(CorpusError, match="article_id='007' is not known. Allowed values: 000, 001"):
        coding_sheet("007")


def test_dictionary_coding():
    items = dictionary_coding("004")
    assert list(items.columns) == ["article_id", "item_id", "frame", "question", "answer", "hits", "per_1000",
                                   "threshold", "matched"]
    assert len(items) == 20
    frames = dictionary_coding("004", level="frame").set_index("frame")
    assert frames.loc["morality", "answer"] == "no"  # one morality word ("brainwashing", 3.37 per 1,000) < 10
    assert frames.loc["economic", "answer"] == "yes"  # sanctions, exports, arms sales
    assert (items.groupby("frame")["answer"].nunique() == 1).all()  # items inherit the frame's answer
    everything = dictionary_coding(threshold=0, level="frame")
    assert (everything["answer"] == (everything["hits"] > 0).map({True: "yes", False: "no"})).all()
    with pytest.raises(CorpusError, match="threshold"):
        dictionary_coding("004", threshold=-1)
    with pytest.raises(CorpusError, match="lacks the generic frame"):
        dictionary_coding("004", dictionary={"conflict": ["war"]})
    with pytest.raises(CorpusError, match="article_id='9' is not known"):
        dictionary_coding("9")


def test_kappa_by_hand():
    a = ["yes", "yes", "no", "no", "yes", "no", "yes", "yes", "no", "no"]
    b = ["yes", "no", "no", "no", "yes", "yes", "yes", "yes", "no", "yes"]
    # agreement on items 0, 2, 3, 4, 6, 7, 8 -> p_o = 7/10 = 0.7
    # a says yes 5/10, b says yes 6/10 -> p_e = 0.5*0.6 + 0.5*0.4 = 0.5
    # kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
    r = agreement(a, b).iloc[0]
    assert r["n_items"] == 10 and r["agreed"] == 7
    assert r["observed"] == pytest.approx(0.7)
    assert r["expected"] == pytest.approx(0.5)
    assert r["kappa"] == pytest.approx(0.4)
    assert r["interpretation"] == "fair"
    assert r["differences"] == "1; 5; 9"
    # the same with 1/0 and booleans, as Series
    r2 = agreement(pd.Series([1 if x == "yes" else 0 for x in a]), pd.Series([x == "yes" for x in b]))
    assert r2["kappa"].item() == pytest.approx(0.4)


def test_kappa_degenerate_and_perfect():
    r = agreement(["yes"] * 5, ["yes"] * 5).iloc[0]
    assert math.isnan(r["kappa"]) and r["observed"] == 1.0 and r["expected"] == 1.0
    assert "undefined" in r["note"] and r["interpretation"] == "undefined"
    assert agreement(["yes", "no"], ["yes", "no"])["kappa"].item() == pytest.approx(1.0)


def test_agreement_between_a_sheet_and_the_dictionary():
    sheet = coding_sheet("004")
    sheet["answer"] = ["yes"] * 10 + ["no"] * 10
    machine = dictionary_coding("004")
    r = agreement(sheet, machine)
    assert r["n_items"].item() == 20
    detail = agreement(sheet, machine, detail=True)
    assert list(detail.columns) == ["item", "a", "b", "agree"]
    assert detail["item"].iloc[0] == "004:responsibility_1"
    assert set(r["differences"].item().split("; ")) == set(detail.loc[~detail["agree"], "item"])


def test_agreement_errors():
    with pytest.raises(CorpusError, match="do not code the same items"):
        agreement({"conflict_1": "yes"}, {"conflict_2": "yes"})
    with pytest.raises(CorpusError, match="no answer for"):
        agreement(coding_sheet("004"), dictionary_coding("004"))
    with pytest.raises(CorpusError, match="not yes/no"):
        agreement(["yes", "maybe"], ["yes", "no"])
    with pytest.raises(CorpusError, match="missing (the )?columns?"):
        agreement(pd.DataFrame({"item_id": ["a"]}), ["yes"])
    with pytest.raises(CorpusError, match="no items"):
        agreement([], [])


def test_a_term_of_one_frame_inside_a_longer_term_of_another_frame_counts_for_both():
    paras = pd.DataFrame({"article_id": ["a"], "text": ["Families lost jobs when the plant closed."]})
    s = frame_scores(paras, dictionary={"human_interest": ["lost jobs"], "economic": ["jobs"]})
    assert dict(zip(s["frame"], s["hits"])) == {"human_interest": 1, "economic": 1}
    # within one frame the longer term uses its words up
    one = frame_scores(paras, dictionary={"economic": ["lost jobs", "jobs"]})
    assert one["hits"].item() == 1 and one["matched"].item() == "lost jobs (1)"
    # editing one frame never changes another frame's score
    other = frame_scores(paras, dictionary={"human_interest": ["families", "lost jobs"],
                                            "economic": ["jobs"]})
    assert other.set_index("frame").loc["economic", "hits"] == 1


def test_the_ap_reports_economic_consequences_fourteen_times():
    s = frame_scores()
    row = s[(s["article_id"] == "000") & (s["frame"] == "economic")].iloc[0]
    assert row["hits"] == 14 and "jobs (1)" in row["matched"]  # "jobs" inside "lost jobs" (human interest)
