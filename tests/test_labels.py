"""Tests for helpers.analysis.labelling: loaded words, their rates per source, and quotation."""

import re

import pandas as pd
import pytest

from helpers import CorpusError, label_lexicon, label_rates, labels, load_articles, load_sentences


def test_lexicon_is_data_with_categories_and_notes():
    lex = label_lexicon()
    assert list(lex.columns) == ["term", "category", "note"]
    assert set(lex["category"]) == {"delegitimising", "alarm", "solidarity", "conflict", "legitimising"}
    for term in ("regime", "ruling regime", "autocracy", "crackdown", "steel friendship", "Maidan coup",
                 "brainwashing", "usurped", "mimicry", "aggressor", "antagonizing", "appeasing"):
        assert term in set(lex["term"]), term
    assert (lex["note"].str.len() > 0).all()


def test_real_passages():
    m = labels()
    assert list(m.columns) == ["article_id", "paragraph_id", "sentence_id", "term", "category", "match",
                               "start", "end", "quoted", "text"]
    ngo = m[m["article_id"] == "002"]
    assert (ngo["term"] == "ruling regime").sum() == 4
    assert (ngo["term"] == "regime").sum() == 2  # not double-counted inside "ruling regime"
    usurped = ngo[ngo["term"] == "usurped"].iloc[0]
    assert usurped["sentence_id"] == "002-p06-s006" and "President of the Republic usurped" in usurped["text"]
    ecfr = m[m["article_id"] == "003"]
    assert set(ecfr.loc[ecfr["term"] == "façade", "sentence_id"]) == {"003-p07-s013"}
    assert (ecfr["term"] == "liability").sum() == 2
    # both spellings of "destabilise" count, with the -e dropped before -ing (002) as in 000's "destabilize"
    destab = m[m["match"].str.lower().str.startswith("destabili")]
    assert set(destab["sentence_id"]) == {"000-p26-s023", "002-p07-s011"}
    # a description of an event is not a label: "the armed clash in Banjska" (002-p07-s009) is not counted
    assert "clash" not in set(label_lexicon()["term"])
    assert "clash" not in set(m.loc[m["sentence_id"] == "002-p07-s009", "match"].str.lower())
    # evidence offsets point at the words
    for row in m.itertuples():
        assert row.text[row.start:row.end] == row.match


def test_quoted_labels_are_flagged():
    m = labels()
    rt = m[m["article_id"] == "004"].set_index("term")
    assert rt.loc["Maidan coup", "quoted"] and rt.loc["brainwashing", "quoted"]  # the SVR's words
    assert rt.loc["unprecedented pressure", "quoted"]  # Peskov's words
    assert not rt.loc["immense pressure", "quoted"]  # the rewrite's own paraphrase
    ap = m[m["article_id"] == "000"].set_index("term")
    # von der Leyen's quotation runs over two sentences: "...submission. We stand for ... aggression."
    assert ap.loc["submission", "quoted"] and ap.loc["aggression", "quoted"]
    assert not ap.loc["populist", "quoted"]  # AP's own description


def test_both_sides_of_a_contrast_are_coded():
    # von der Leyen's pairs (000): the approving side is a label too (forty-fourth review, B2)
    m = labels()
    ap = m[m["article_id"] == "000"].set_index("term")["category"]
    assert ap["democracies"] == "legitimising" and ap["autocracies"] == "delegitimising"
    assert ap["stand for freedom"] == "legitimising" and ap["oppression"] == "alarm"
    assert ap["stand for diplomacy"] == "legitimising" and ap["aggression"] == "conflict"
    legit = m[m["category"] == "legitimising"]
    assert legit.groupby("article_id").size().to_dict() == {"000": 3, "002": 2, "003": 2}
    assert set(legit.loc[legit["article_id"] != "000", "term"]) == {
        "pro-democratic", "democratic forces", "free and independent media"}
    # a value word naming a policy field, and a negated status, are not counted
    assert not m["match"].str.lower().isin(["media freedom", "freedom", "legitimate", "free"]).any()


def test_categories_filter():
    m = labels(categories="solidarity")
    assert set(m["category"]) == {"solidarity"}
    assert "steel friendship" in set(m["term"])


def test_rates_per_source():
    r = label_rates()
    assert list(r.columns) == ["article_id", "short", "term", "count", "words", "per_1000", "sentences"]
    row = r[(r["article_id"] == "002") & (r["term"] == "ruling regime")].iloc[0]
    words = int(load_articles().set_index("article_id").loc["002", "word_count"])
    assert row["count"] == 4 and row["words"] == words and row["short"] == "NGO appeal"
    assert row["per_1000"] == round(4000 / words, 2)
    # zeros are listed: the AP never says "ruling regime"
    assert r[(r["article_id"] == "000") & (r["term"] == "ruling regime")]["count"].item() == 0
    c = label_rates(by="category")
    assert set(c.columns) >= {"category", "per_1000"}
    assert c["count"].sum() == len(labels())


def test_rates_without_quotes():
    with_q = label_rates(by="category")
    without = label_rates(by="category", include_quoted=False)
    rt = lambda t: t[(t["article_id"] == "004") & (t["category"] == "delegitimising")]["count"].item()  # noqa: E731
    assert rt(with_q) == 2 and rt(without) == 0  # "Maidan coup" and "brainwashing" are quoted


def test_sixth_article_passed_as_table():
    extra = pd.DataFrame({
        "article_id": ["006", "006"],
        "sentence_id": ["006-s0", "006-s1"],
        "text": ["The regime’s CRACKDOWN was brutal.", "Officials spoke of a “colour revolution”."],
        "word_count": [5, 6],
    })
    m = labels(extra)
    assert list(m["term"]) == ["regime", "crackdown", "colour revolution"]
    assert list(m["quoted"]) == [False, False, True]
    r = label_rates(m, articles=extra)
    assert set(r["article_id"]) == {"006"}
    assert r.set_index("term").loc["crackdown", "per_1000"] == round(1000 / 11, 2)
    assert r["short"].iloc[0] == "006"
    with pytest.raises(CorpusError, match="not in articles"):
        label_rates(m)  # 006 is not in the shipped corpus


def test_bad_input():
    with pytest.raises(CorpusError, match="categories='alarms' is not known"):
        labels(categories="alarms")
    with pytest.raises(CorpusError, match="by='word' is not known"):
        label_rates(by="word")
    with pytest.raises(CorpusError, match="lexicon is missing (the )?columns?"):
        labels(lexicon=pd.DataFrame({"word": ["regime"]}))
    with pytest.raises(CorpusError, match="empty"):
        labels(lexicon=pd.DataFrame({"term": [""], "category": ["x"]}))
    with pytest.raises(CorpusError, match="matches is missing (the )?columns?"):
        label_rates(pd.DataFrame({"article_id": ["000"]}))
    with pytest.raises(CorpusError, match="word_count or a text"):
        label_rates(articles=pd.DataFrame({"article_id": ["000"]}))


def test_no_mutation():
    s, lex = load_sentences(), label_lexicon()
    s0, lex0 = s.copy(), lex.copy()
    m = labels(s, lexicon=lex)
    m0 = m.copy()
    label_rates(m)
    pd.testing.assert_frame_equal(s, s0)
    pd.testing.assert_frame_equal(lex, lex0)
    pd.testing.assert_frame_equal(m, m0)


def test_rates_without_quotes_divide_by_the_outlets_own_words():
    sents = pd.DataFrame({
        "article_id": ["a", "a"], "sentence_id": ["a-s0", "a-s1"],
        "text": ["The regime cracked down.", "“This regime will fall soon,” he said."],
    })
    m = labels(sents, lexicon={"delegitimising": ["regime"]})
    assert m["quoted"].tolist() == [False, True]
    own = label_rates(m, articles=sents, include_quoted=False)
    # 4 + 7 words in all; the 5 quoted words are the speaker's, not the outlet's
    assert own["count"].item() == 1 and own["words"].item() == 11 - 5
    assert own["per_1000"].item() == round(1000 / 6, 2)
    assert label_rates(m, articles=sents)["words"].item() == 11


def test_rates_without_quotes_on_the_seeds_use_unquoted_words():
    words = label_rates(by="category").drop_duplicates("article_id").set_index("article_id")["words"]
    own = (label_rates(by="category", include_quoted=False)
           .drop_duplicates("article_id").set_index("article_id"))
    assert (own["words"] <= words).all() and own.loc["000", "words"] < words.loc["000"]
    with pytest.raises(CorpusError, match="needs the texts"):
        label_rates(labels(), articles=load_articles().drop(columns="text"), include_quoted=False)


# Every word in the five seeds that reports or qualifies what someone says with distance. The rule
# (labels.csv, note on "supposed"): a word that sets the writer's doubt on what an actor says ("claims",
# "supposed", "proclaimed", "declared", "formally says", "tried to justify") is delegitimising in every
# source; "alleged"/"allegedly", the caution wire style prescribes for an unproved accusation (AP
# Stylebook, "allege"), is not, in any source. A new occurrence must be coded or listed here with a reason.
DISTANCING = re.compile(r"\b(claim\w*|alleg\w*|suppos\w*|proclaim\w*|declar\w*|formally|purport\w*|"
                        r"so-called|self-proclaimed|self-styled|ostensibl\w*|justify|pretend\w*|insist\w*)\b",
                        re.IGNORECASE)
CAUTION = "caution for an unproved accusation (AP Stylebook, 'allege'), not doubt: not coded in any source"
NOT_CODED = {
    ("001-p01-s002", "alleged"): CAUTION,     # Balkan View: "due to alleged electoral irregularities"
    ("003-p12-s033", "allegedly"): CAUTION,   # ECFR: "allegedly participated in a ... coup attempt"
    ("004-p04-s006", "alleged"): CAUTION,     # RT rewrite: "(SVR) alleged that Serbian defense firms ..."
    ("002-p07-s010", "declaring"): "the regime declares others defenders: not its own stated position",
    ("004-p01-s001", "declaration"): "'declaration of willingness to sell weapons': a neutral noun",
}


def test_distancing_words_are_coded_alike_in_every_source():
    sents, found = load_sentences(), labels()
    spans = found[found["category"] == "delegitimising"].groupby("sentence_id")[["start", "end"]]
    coded_spans = {sid: list(zip(g["start"], g["end"], strict=True)) for sid, g in spans}
    seen, coded = set(), {}
    for row in sents.itertuples():
        for hit in DISTANCING.finditer(row.text):
            key = (row.sentence_id, hit.group(0).lower())
            is_coded = any(a <= hit.start() < b for a, b in coded_spans.get(row.sentence_id, []))
            assert is_coded != (key in NOT_CODED), key
            seen.add(key)
            if is_coded:
                coded.setdefault(row.sentence_id[:3], set()).add(hit.group(0).lower())
    assert set(NOT_CODED) <= seen  # every exception still occurs
    assert coded == {"000": {"proclaimed", "formally", "claiming"}, "001": {"claims", "claiming"},
                     "002": {"declared", "pretending"}, "003": {"claims", "justify", "supposed"}}
    lex = set(label_lexicon()["term"])
    assert {"claims", "claimed", "claiming"} <= lex and not {"alleged", "allegedly"} & lex


def test_labels_for_students_own_articles_are_found_in_the_same_way():
    """Labels listed with no match in the five seeds (so-called, collective West, foreign agents,
    blackmail, ultimatum) count in a student's text like every other term."""
    sents = pd.DataFrame({"article_id": "a", "paragraph_id": "a-p0", "sentence_id": ["s1", "s2"], "text": [
        "The collective West calls it help, but it is blackmail, an ultimatum to the so-called free press.",
        "The law would brand NGOs as foreign agents."]})
    found = labels(sents)
    assert list(zip(found.match, found.category)) == [
        ("collective West", "conflict"), ("blackmail", "conflict"), ("ultimatum", "conflict"),
        ("so-called", "delegitimising"), ("foreign agents", "delegitimising")]
