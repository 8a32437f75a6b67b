"""Tests for helpers.analysis.names: the words each source uses for the same referent."""

import pandas as pd
import pytest

from helpers import CorpusError, load_sentences, naming, naming_lexicon


def _row(table, article, variant):
    hit = table[(table["article_id"] == article) & (table["variant"] == variant)]
    return hit.iloc[0] if len(hit) else None


def test_lexicon_is_data_with_notes():
    lex = naming_lexicon()
    assert list(lex.columns) == ["referent", "variant", "note"]
    referents = {"serbian_leadership", "protests", "war", "neutrality", "vucic", "asks_of_serbia"}
    assert referents <= set(lex["referent"])
    assert (lex["note"].str.len() > 0).all()
    lex.loc[0, "variant"] = "changed"
    assert naming_lexicon().loc[0, "variant"] != "changed"  # a fresh copy each time


def test_real_passages():
    n = naming()
    assert list(n.columns) == ["article_id", "referent", "variant", "count", "share", "quoted", "sentences"]
    # 002 (NGO appeal): "the ruling regime" four times, counted once each (not also as "regime")
    ruling = _row(n, "002", "ruling regime")
    assert ruling["count"] == 4 and ruling["referent"] == "serbian_leadership"
    assert "002-p05-s004" in ruling["sentences"]
    assert _row(n, "002", "regime")["count"] == 2  # "Serbia's regime", "promoted by the regime"
    assert _row(n, "002", "President of the Republic")["referent"] == "vucic"
    # 004 (RT rewrite): the protests as a "Maidan coup", quoted (the SVR's words)
    maidan = _row(n, "004", "Maidan coup")
    assert maidan["referent"] == "protests" and maidan["sentences"] == "004-p06-s011"
    assert maidan["quoted"] == 1
    assert _row(n, "004", "violent anti-government protests")["count"] == 1
    assert _row(n, "004", "anti-government protests") is None  # the longer variant won
    # 003 (ECFR): neutrality as a façade
    assert _row(n, "003", "façade of neutrality")["sentences"] == "003-p07-s013"
    assert _row(n, "003", "supposed neutrality")["count"] == 1
    assert _row(n, "003", "war on Ukraine")["count"] == 5
    # 000 (AP): Vučić as "populist leader"; 001: the authorities' "color revolutions"
    assert _row(n, "000", "populist leader")["sentences"] == "000-p14-s000"
    assert _row(n, "001", "color revolutions")["quoted"] == 1
    # shares add up to 1 within a source and referent
    sums = n.groupby(["article_id", "referent"])["share"].sum()
    assert ((sums - 1).abs() < 0.01).all()


def test_ignore_rows_are_not_reported_and_block_shorter_variants():
    n = naming()
    assert "ignore" not in set(n["referent"])
    # "Von der Leyen was in Belgrade" (000-p25-s021) is a place, not the government
    belgrade = _row(n, "000", "Belgrade")
    assert "000-p25-s021" not in belgrade["sentences"]
    # "public pressure" in 004 is domestic: not counted among the asks of the EU and the West
    pressure = n[(n["article_id"] == "004") & (n["referent"] == "asks_of_serbia")]
    assert "004-p06-s012" not in ";".join(pressure["sentences"])


def test_evidence_rows():
    e = naming(evidence=True, referents="protests")
    assert set(e["referent"]) == {"protests"}
    assert list(e.columns) == ["article_id", "paragraph_id", "sentence_id", "referent", "variant",
                               "match", "start", "end", "quoted", "text"]
    row = e[e["variant"] == "Maidan coup"].iloc[0]
    assert row["text"][row["start"]:row["end"]] == row["match"] == "Maidan coup"
    assert row["paragraph_id"] == "004-p06"
    # summary counts equal the number of evidence rows
    assert naming(referents="protests")["count"].sum() == len(e)


def test_referent_filter_does_not_change_counts():
    full = naming()
    only = naming(referents=["war"])
    assert only.reset_index(drop=True).equals(full[full["referent"] == "war"].reset_index(drop=True))


def test_diacritics_and_case_insensitive():
    n = naming(referents="vucic")
    assert _row(n, "001", "Vučić")["count"] == 6  # written Vučić in 001
    assert _row(n, "003", "Vučić")["count"] == 5  # written Vucic in 003


def test_sixth_article_passed_as_table_and_dict_lexicon():
    extra = pd.DataFrame({
        "article_id": ["006", "006"],
        "sentence_id": ["006-p00-s000", "006-p00-s001"],
        "text": ["The REGIME crushed the colour revolution.", "Officials denied the ruling régime did so."],
    })
    n = naming(extra)
    assert set(n["article_id"]) == {"006"}
    assert _row(n, "006", "regime")["count"] == 1
    assert _row(n, "006", "ruling regime")["count"] == 1  # é folded to e
    assert _row(n, "006", "colour revolution")["referent"] == "protests"
    e = naming(extra, evidence=True)
    assert (e["paragraph_id"] == "").all()
    custom = naming(extra, lexicon={"leaders": ["regime", "officials"]})
    assert set(custom["variant"]) == {"regime", "officials"}


def test_edited_lexicon_dataframe():
    lex = naming_lexicon()
    lex = pd.concat([lex, pd.DataFrame([{"referent": "serbia", "variant": "Serbia", "note": "test"}])])
    n = naming(lexicon=lex, referents="serbia")
    assert _row(n, "003", "Serbia")["count"] > 10


def test_bad_input():
    with pytest.raises(CorpusError, match="referents='wars' is not known"):
        naming(referents="wars")
    with pytest.raises(CorpusError, match="sentences is missing (the )?columns?"):
        naming(pd.DataFrame({"article_id": ["1"], "body": ["x"]}))
    with pytest.raises(CorpusError, match="empty"):
        naming(load_sentences().iloc[0:0])
    with pytest.raises(CorpusError, match="lexicon is empty"):
        naming(lexicon={})
    with pytest.raises(CorpusError, match="several referents"):
        naming(lexicon={"a": ["regime"], "b": ["Regime"]})
    with pytest.raises(CorpusError, match="must be"):
        naming(lexicon=["regime"])
    with pytest.raises(CorpusError, match="sentences must be a pandas DataFrame"):
        naming(sentences="002")


def test_no_mutation():
    s = load_sentences()
    lex = naming_lexicon()
    s0, lex0 = s.copy(), lex.copy()
    naming(s, lexicon=lex)
    naming(s, lexicon=lex, evidence=True)
    pd.testing.assert_frame_equal(s, s0)
    pd.testing.assert_frame_equal(lex, lex0)


def test_a_dateline_and_the_first_word_of_a_bodys_name_name_no_one():
    sents = pd.DataFrame({"article_id": ["a"] * 3, "sentence_id": ["s1", "s2", "s3"], "text": [
        "BELGRADE, Serbia (AP) — Belgrade said no to the plan.",
        "A researcher at the Belgrade Centre for Open Policy said the Kremlin Foundation paid for it.",
        "The Moscow Times reported that Moscow welcomed the Belgrade decision."]})
    ev = naming(sents, evidence=True)
    assert list(zip(ev.sentence_id, ev.match, ev.start)) == [
        ("s1", "Belgrade", 24), ("s3", "Moscow", 31), ("s3", "Belgrade", 51)]


def test_a_variant_before_a_capitalised_word_that_starts_no_body_still_counts():
    sents = pd.DataFrame({"article_id": ["a"], "sentence_id": ["s1"],
                          "text": ["He said Belgrade Tuesday would not bow to Moscow."]})
    assert naming(sents, evidence=True).match.tolist() == ["Belgrade", "Moscow"]


def test_a_capital_at_the_end_of_a_bodys_name_names_no_one():
    sents = pd.DataFrame({"text": [
        "Marko Ilić of the University of Belgrade said the protest was the largest.",
        "He said that Belgrade and Moscow agreed.", "Earlier, Serbian President Vučić said no."]})
    sents = sents.assign(sentence_id=["s1", "s2", "s3"], article_id="a")
    ev = naming(sents, evidence=True)
    assert list(zip(ev.sentence_id, ev.match)) == [("s1", "protest"), ("s2", "Belgrade"), ("s2", "Moscow"),
                                                    ("s3", "President Vučić")]  # a title names its holder
