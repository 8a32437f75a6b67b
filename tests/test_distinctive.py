"""Tests for helpers.analysis.distinctive: Monroe, Colaresi & Quinn (2008) log-odds with a Dirichlet prior."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import CorpusError, distinctive_words, load_sentences
from helpers.analysis.distinctive import stopwords

TINY = pd.DataFrame({
    "article_id": ["X", "X", "Y"],
    "sentence_id": ["X-s0", "X-s1", "Y-s0"],
    "text": ["Apple apple.", "Banana!", "Banana cherry."],
})


def test_delta_and_z_by_hand():
    d = distinctive_words("X", "Y", sentences=TINY, prior=10, min_count=1, stop=set())
    # corpus counts: apple 2, banana 2, cherry 1 -> n = 5; n_X = 3, n_Y = 2; alpha0 = 10
    # apple: alpha_w = 10 * 2/5 = 4; y_X = 2, y_Y = 0
    #   delta = log((2 + 4) / (3 + 10 - 2 - 4)) - log((0 + 4) / (2 + 10 - 0 - 4))
    #         = log(6/7) - log(4/8) = log(12/7) = 0.5390
    #   variance = 1/(2 + 4) + 1/(0 + 4) = 1/6 + 1/4 = 5/12
    #   z = 0.5390 / sqrt(5/12) = 0.8350
    apple = d.set_index("word").loc["apple"]
    assert apple["count_a"] == 2 and apple["count_b"] == 0
    assert apple["log_odds"] == pytest.approx(math.log(12 / 7))
    assert apple["variance"] == pytest.approx(5 / 12)
    assert apple["z"] == pytest.approx(math.log(12 / 7) / math.sqrt(5 / 12))
    assert apple["z"] == pytest.approx(0.8350, abs=1e-4)
    # banana: alpha_w = 4; y_X = 1, y_Y = 1: delta = log(5/8) - log(5/7) = log(7/8) < 0
    assert d.set_index("word").loc["banana", "log_odds"] == pytest.approx(math.log(7 / 8))
    assert list(d["word"]) == ["apple", "banana", "cherry"]  # sorted by z: a's words first
    assert apple["rate_a"] == pytest.approx(1000 * 2 / 3, abs=0.01)
    assert apple["small_sample"]
    assert d.attrs["n_a"] == 3 and d.attrs["n_b"] == 2 and d.attrs["prior"] == 10
    assert "fragile" in d.attrs["warning"]


def test_real_corpus_ngo_appeal():
    d = distinctive_words("002")
    assert list(d.columns) == ["article_id", "word", "count_a", "count_b", "rate_a", "rate_b", "log_odds",
                               "variance", "z", "small_sample", "sentences"]
    top = d.head(3)
    assert top["word"].iloc[0] == "regime"  # the NGO appeal's word for the government
    assert top["count_a"].iloc[0] == 6 and top["count_b"].iloc[0] == 0
    assert "002-p05-s004" in top["sentences"].iloc[0]
    assert d["z"].is_monotonic_decreasing
    assert (d["count_a"] + d["count_b"] >= 2).all()
    assert not set(d["word"]) & stopwords()
    # possessives are merged ("Vučić’s" counts as "vucic"); the rest of the corpus has Vučić, 002 does not
    assert d[d["word"] == "vucic"]["z"].item() < 0


def test_list_of_ids_and_b():
    d = distinctive_words(["000", "001"], "004")
    assert (d["article_id"] == "000+001").all()
    assert d.attrs["n_b"] < d.attrs["n_a"]
    rt = distinctive_words("004", "003")
    assert "peskov" in set(rt.head(15)["word"])


def test_every_article_against_the_rest():
    d = distinctive_words()
    assert set(d["article_id"]) == {"000", "001", "002", "003", "004"}
    assert (d["count_a"] > 0).all()
    assert d[d["article_id"] == "002"]["word"].iloc[0] == "regime"


def test_sixth_article_passed_as_table():
    s = load_sentences()
    extra = pd.DataFrame({"article_id": ["006"] * 3, "sentence_id": ["006-s0", "006-s1", "006-s2"],
                          "text": ["Lithium lithium lithium mines.", "Lithium protests grow.",
                                   "Mines close."]})
    table = pd.concat([s, extra], ignore_index=True)
    d = distinctive_words("006", sentences=table)
    assert d["word"].iloc[0] == "lithium" and d["count_a"].iloc[0] == 4
    assert d["sentences"].iloc[0] == "006-s0; 006-s1"


def test_bad_input():
    with pytest.raises(CorpusError, match=r"a='007' is not known. Allowed values: 000, 001, 002, 003, 004"):
        distinctive_words("007")
    with pytest.raises(CorpusError, match="b='9' is not known"):
        distinctive_words("000", "9")
    with pytest.raises(CorpusError, match="share article"):
        distinctive_words(["000", "001"], ["001"])
    with pytest.raises(CorpusError, match="b is empty"):
        distinctive_words(["000", "001", "002", "003", "004"])
    with pytest.raises(CorpusError, match="prior must be"):
        distinctive_words("000", prior=-1)
    with pytest.raises(CorpusError, match="missing (the )?columns?"):
        distinctive_words("000", sentences=pd.DataFrame({"article_id": ["000"]}))
    with pytest.raises(CorpusError, match="b needs a"):
        distinctive_words(None, "001")


def test_no_mutation():
    s = load_sentences()
    s0 = s.copy()
    distinctive_words("003", sentences=s)
    pd.testing.assert_frame_equal(s, s0)


def test_table_passed_as_a_gets_a_clear_error():
    with pytest.raises(CorpusError, match="not a table. Pass the table as sentences="):
        distinctive_words(load_sentences())


@pytest.mark.parametrize("prior", [0, 500])
def test_every_article_table_is_sorted_by_article_z_and_word(prior):
    out = distinctive_words(prior=prior)
    if prior == 0:
        assert out["z"].isna().any()  # words one side never uses: no z (sorted last)
    again = out.sort_values(["article_id", "z", "word"], ascending=[True, False, True], kind="stable")
    pd.testing.assert_frame_equal(out, again.reset_index(drop=True))


def test_chained_possessives_count_once_in_their_own_form():
    s = pd.DataFrame({"article_id": ["a", "b"], "sentence_id": ["a-s0", "b-s0"],
                      "text": ["Kosovo's's border and Kosovo's border and Kosovo's border.",
                               "Kosovo talks kosovo talks."]})
    out = distinctive_words(sentences=s, min_count=1)
    got = {(a, w): c for a, w, c in zip(out.article_id, out.word, out.count_a) if w.startswith("kosovo")}
    assert got == {("a", "kosovo's"): 1, ("a", "kosovo"): 2, ("b", "kosovo"): 2}


def test_an_empty_result_keeps_text_columns():
    s = pd.DataFrame({"article_id": ["a", "b"], "sentence_id": ["a-s0", "b-s0"],
                      "text": ["Serbia talks.", "Russia gas."]})
    out = distinctive_words(sentences=s, min_count=50)
    assert out.empty and out["word"].dtype != float and out["article_id"].dtype != float


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([0.0, -0.0, 1.5, -2.0, 3.25, float("nan"), float("inf"), -float("inf")]),
                max_size=40))
def test_dense_rank_is_numpy_unique_inverse(values):
    from helpers.analysis.distinctive import _dense_rank

    v = np.asarray(values, dtype=float)
    expected = np.unique(v, return_inverse=True)[1].reshape(-1)
    assert _dense_rank(v).tolist() == expected.tolist()
