"""Tests for helpers.analysis.concordance: keyword in context, case- and diacritic-insensitive."""

import pandas as pd
import pytest

from helpers import CorpusError, kwic, labels, load_sentences


def test_vucic_without_diacritics_finds_vucic_with_them():
    k = kwic("vucic")
    assert list(k.columns) == ["article_id", "short", "paragraph_id", "sentence_id", "left", "match", "right",
                               "start", "end", "text"]
    balkan = k[k["article_id"] == "001"]
    assert len(balkan) == 7 and set(balkan["match"]) == {"Vučić"}
    assert (balkan["short"] == "Balkan View").all()
    assert set(k["article_id"]) == {"000", "001", "003", "004"}  # the NGO appeal never names him
    assert len(kwic("VUČIĆ")) == len(k)


def test_context_window_and_offsets():
    k = kwic("Maidan coup", window=3)
    assert len(k) == 1
    row = k.iloc[0]
    assert row["sentence_id"] == "004-p06-s011"
    assert row["left"] == "attempting a Ukraine-style “"
    assert row["right"] == "” in Serbia by"  # the closing quote mark is kept but is not a word
    assert row["text"][row["start"]:row["end"]] == row["match"] == "Maidan coup"
    assert kwic("Maidan coup", window=0)["left"].item() == ""


def test_whole_words_wildcard_and_regex():
    assert len(kwic("regime")) == 6  # in 002: four in "ruling regime", two alone
    assert "regimes" not in set(kwic("regime")["match"].str.lower())
    assert set(kwic("sanction*", articles="001")["match"]) == {"sanctions", "sanctioned"}
    r = kwic(r"fa[cç]ade of \w+", regex=True)
    assert r["match"].tolist() == ["façade of neutrality"]
    assert kwic("façade")["sentence_id"].tolist() == ["003-p07-s013"]


def test_articles_filter_and_sixth_article():
    assert set(kwic("Russia", articles=["003", "004"])["article_id"]) == {"003", "004"}
    extra = pd.DataFrame({"article_id": ["006"], "sentence_id": ["006-s0"],
                          "text": ["President VUCIC met the press in Novi Sad."]})
    k = kwic("Vučić", sentences=extra)
    assert k["short"].item() == "006" and k["paragraph_id"].item() == ""
    assert k["right"].item() == "met the press in Novi Sad."


def test_bad_input():
    with pytest.raises(CorpusError, match="pattern is empty"):
        kwic("  ")
    with pytest.raises(CorpusError, match="not a valid regular expression"):
        kwic("(unclosed", regex=True)
    with pytest.raises(CorpusError, match="no letters"):
        kwic("*")
    with pytest.raises(CorpusError, match="window must be"):
        kwic("war", window=-1)
    with pytest.raises(CorpusError, match="articles='999' is not known"):
        kwic("war", articles="999")
    with pytest.raises(CorpusError, match="pattern must be"):
        kwic(None)


def test_no_mutation():
    s = load_sentences()
    s0 = s.copy()
    kwic("war", sentences=s)
    pd.testing.assert_frame_equal(s, s0)


def test_fold_of_a_text_is_the_fold_of_each_character():
    from helpers._text.fold import fold

    chars = "".join(chr(c) for c in range(32, 0x2200) if chr(c).isprintable())
    folded = fold(chars)  # the translate-table path; ASCII characters alone take the lower() path
    assert len(folded) == len(chars) and folded == "".join(fold(c) for c in chars)
    assert fold("Vučić’s ĐOKOVIĆ") == "vucic's dokovic"
    for text in load_sentences()["text"]:
        assert len(fold(text)) == len(text)


def test_a_students_article_is_labelled_by_its_short_name(corpus_copy):
    from test_catalog import add_article

    add_article(corpus_copy, b"Serbia weighs a gas deal. Brussels presses on sanctions.\n", short="Mine")
    sents = load_sentences(corpus_copy)
    assert "short" not in sents.columns
    hits = kwic("gas deal", sentences=sents)
    assert list(hits["short"]) == ["Mine"] and list(hits["article_id"]) == ["005"]
    shipped = kwic("sanctions", sentences=sents)
    assert shipped[shipped["article_id"] != "005"].reset_index(drop=True).equals(kwic("sanctions"))
    unknown = kwic("gas", sentences=pd.DataFrame({"article_id": ["777"], "sentence_id": ["777-p00-s000"],
                                                  "text": ["A gas deal."]}))
    assert list(unknown["short"]) == ["777"]


def test_overlapping_occurrences_each_get_a_line():
    sents = pd.DataFrame({"article_id": ["x"], "sentence_id": ["x-s0"], "text": ["Serbia Serbia Serbia."]})
    k = kwic("Serbia Serbia", sentences=sents)
    assert k["start"].tolist() == [0, 7] and (k["match"] == "Serbia Serbia").all()


def test_an_acronym_in_capitals_matches_capitals_only():
    sents = pd.DataFrame({"article_id": ["x"], "sentence_id": ["x-s0"],
                          "text": ["The US told us that US-made arms went to the EU."]})
    assert kwic("US", sentences=sents)["match"].tolist() == ["US", "US"]
    assert kwic("us", sentences=sents)["match"].tolist() == ["US", "us", "US"]


def test_dj_finds_the_letter_dj():
    sents = pd.DataFrame({"article_id": ["x", "x"], "sentence_id": ["x-s0", "x-s1"],
                          "text": ["Minister Đedović Handanović spoke.", "Djedovic later said so."]})
    assert kwic("Djedovic", sentences=sents)["match"].tolist() == ["Đedović", "Djedovic"]
    assert kwic("Đedović", sentences=sents)["match"].tolist() == ["Đedović", "Djedovic"]


def test_hyphen_space_and_joined_variants_agree_with_labels():
    texts = ["anti-government rallies", "anti government rallies", "antigovernment rallies"]
    sents = pd.DataFrame({"article_id": ["x"] * 3, "sentence_id": ["x-s0", "x-s1", "x-s2"], "text": texts})
    assert len(kwic("anti-government", sentences=sents)) == 3
    assert len(labels(sents, lexicon={"c": ["anti-government"]})) == 3


def test_context_is_read_from_a_stretch_around_the_match_that_grows_as_needed(monkeypatch):
    import helpers.analysis.concordance as concordance
    text = "“Quote” — one, two  three\nfour five six seven " * 20
    sents = pd.DataFrame({"article_id": ["x"], "sentence_id": ["x-s0"], "text": [text]})
    wide = kwic("five", sentences=sents, window=5)
    monkeypatch.setattr(concordance, "_REACH_PER_WORD", 1)  # start from a stretch too short
    narrow = kwic("five", sentences=sents, window=5)
    assert narrow.equals(wide) and len(wide) == 20
    assert wide["left"].iloc[1] == "“Quote” — one, two three four"  # the dash is kept, not counted


def test_a_regex_that_repeats_a_repeating_group_is_refused_before_it_runs_for_minutes():
    from helpers._text.patterns import nested_repeat

    for pattern in (r"(\w+\s?)+;", r"(a*)*x", r"(a+|b)+c", r"(\w+\s?){1,30};"):
        with pytest.raises(CorpusError, match=r"repeats inside.*Bound the outer repetition"):
            kwic(pattern, regex=True)  # refused before it is compiled or run
    for pattern in (r"sanction\w*", r"(EU|Russia)+", r"(?:\w+\s){1,5}sanctions", r"\b(pro|anti)-\w+"):
        assert nested_repeat(pattern) is None
        kwic(pattern, regex=True)  # runs
