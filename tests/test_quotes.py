"""Tests for helpers.analysis.quoting: quotation extraction, speaker attribution and share of voice."""

import time

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import load_articles, load_paragraphs
from helpers.analysis.quoting import quotes, share_of_voice
from helpers.corpus.cleaning import BODY_KINDS
from helpers.errors import CorpusError

COLUMNS = ["article_id", "paragraph_id", "sentence_id", "speaker", "actor", "group", "cue", "quote", "kind",
           "words", "text"]


@pytest.fixture(scope="module")
def q():
    return quotes()


def _find(q, start):
    hit = q[q["quote"].str.startswith(start)]
    assert len(hit) == 1, (start, hit)
    return hit.iloc[0]


def test_direct_quote_speaker_after(q):
    assert list(q.columns) == COLUMNS
    r = _find(q, "We live in a fractured world")
    assert (r["actor"], r["group"], r["cue"], r["kind"]) == ("Ursula von der Leyen", "eu_west", "said", "direct")
    assert r["speaker"] == "von der Leyen" and r["sentence_id"] == "000-p16-s002"
    assert r["words"] == 14 and r["text"].startswith("“We live in a fractured world")
    # the next quote in the paragraph has no cue of its own: same speaker
    assert _find(q, "And you know very well")["actor"] == "Ursula von der Leyen"


def test_quote_spanning_two_sentences_and_pronoun(q):
    r = _find(q, "We stand for partnership")
    assert r["quote"].endswith("We stand for diplomacy instead of aggression.")
    assert r["actor"] == "Ursula von der Leyen" and r["sentence_id"] == "000-p20-s012"
    she = _find(q, "Now is the moment")
    assert (she["speaker"], she["actor"], she["cue"]) == ("she", "Ursula von der Leyen", "added")


def test_speaker_before_the_quote(q):
    r = _find(q, "a great friend of Serbia")
    assert (r["speaker"], r["actor"], r["cue"]) == ("Vučić", "Aleksandar Vučić", "described")
    r = _find(q, "is not a country that takes orders")
    assert (r["actor"], r["cue"]) == ("Ana Brnabić", "saying")
    r = _find(q, "get concrete")
    assert r["actor"] == "Ursula von der Leyen" and r["speaker"] == "The European Union’s top official"


def test_scare_quotes_rule(q):
    # a short phrase attributed to an actor is a direct quote of that actor
    assert _find(q, "deep regret")["actor"] == "European Union"
    assert _find(q, "color revolutions")["actor"] == "Russia"
    officials = _find(q, "steel friendship")
    assert officials["speaker"] == "officials" and officials["actor"] == "" and officials["group"] == ""
    # a name in quotes is not a quotation
    assert not q["quote"].str.fullmatch("Jadar").any()


def test_indirect_quotes(q):
    peskov = q[(q["paragraph_id"] == "004-p01")].iloc[0]
    assert (peskov["kind"], peskov["actor"], peskov["cue"]) == ("indirect", "Dmitry Peskov", "stated")
    assert peskov["quote"].startswith("Moscow is fully aware of the immense pressure")
    gordy = q[q["paragraph_id"] == "001-p17"].iloc[0]
    assert (gordy["kind"], gordy["actor"], gordy["group"], gordy["cue"]) == ("indirect", "Eric Gordy", "experts", "says")
    assert gordy["quote"].startswith("Brussels’ muted response")
    he = q[(q["paragraph_id"] == "000-p17")].iloc[0]
    assert (he["speaker"], he["actor"], he["kind"]) == ("he", "Aleksandar Vučić", "indirect")
    # Peskov's "emphasized that Russia “…”" is counted once, as a direct quote
    p02 = q[q["paragraph_id"] == "004-p02"]
    assert list(p02["kind"]) == ["direct", "direct"] and set(p02["actor"]) == {"Dmitry Peskov"}
    assert set(q[q["paragraph_id"] == "002-p09"]["kind"]) == set()  # the NGO's own appeal is not a quote


def test_sixth_article_with_other_quote_marks():
    paras = pd.DataFrame({"article_id": ["999"] * 3, "paragraph_id": ["999-p00", "999-p01", "999-p02"],
                          "text": ['"We will not impose sanctions," Vucic told reporters. "Never."',
                                   "‘Serbia is our friend,’ said Peskov. The ‘reforms’ are a farce, critics say.",
                                   "Xi Jinping told us that China would invest. The so-called \"iron brotherhood\" lives on."]})
    before = paras.copy()
    out = quotes(paras)
    pd.testing.assert_frame_equal(paras, before)
    got = list(zip(out["actor"], out["kind"], out["quote"]))
    assert ("Aleksandar Vučić", "direct", "We will not impose sanctions,") in got
    assert ("Aleksandar Vučić", "direct", "Never.") in got
    assert ("Dmitry Peskov", "direct", "Serbia is our friend,") in got
    assert ("Xi Jinping", "indirect", "China would invest") in got
    assert not out["quote"].str.contains("reforms|iron brotherhood").any()  # no speaker: not quotes
    assert out["sentence_id"].iloc[0] == "999-p00-s000"


def test_share_of_voice(q):
    sov = share_of_voice(q)
    assert list(sov.columns) == ["article_id", "short", "group", "quotes", "words", "share"]
    ap = sov[sov["short"] == "AP"].set_index("group")
    assert ap.loc["eu_west", "share"] > 0.8 and ap["share"].sum() == pytest.approx(1.0)
    ngo = sov[sov["short"] == "NGO appeal"]
    assert len(ngo) >= 7 and (ngo["quotes"] == 0).all() and (ngo["share"] == 0).all()
    rt = sov[sov["short"] == "RT rewrite"].set_index("group")
    assert rt.loc["russia", "quotes"] == 6  # Peskov 3, SVR 3
    by_actor = share_of_voice(q, by="actor")
    assert "actor" in by_actor.columns
    assert by_actor.set_index(["short", "actor"]).loc[("Balkan View", "Eric Gordy"), "quotes"] == 1
    with pytest.raises(CorpusError, match="by='speaker'"):
        share_of_voice(q, by="speaker")
    with pytest.raises(CorpusError, match="quotes_table must be"):
        share_of_voice(pd.DataFrame({"x": [1]}))
    arts = load_articles()
    pd.testing.assert_frame_equal(share_of_voice(q, articles=arts), sov)


def test_errors_and_no_mutation():
    paras = load_paragraphs(kinds=BODY_KINDS)
    before = paras.copy()
    quotes(paras)
    pd.testing.assert_frame_equal(paras, before)
    with pytest.raises(CorpusError, match="paragraphs is empty"):
        quotes(paras.iloc[0:0])
    with pytest.raises(CorpusError, match="missing column"):
        quotes(pd.DataFrame({"text": ["“Hi,” he said."]}))
    with pytest.raises(CorpusError, match="aliases must be a DataFrame"):
        quotes(paras, aliases={"Vučić": ["Vucic"]})


def test_speed():
    paras = load_paragraphs(kinds=BODY_KINDS)
    quotes(paras)
    t0 = time.perf_counter()
    quotes(paras)
    assert time.perf_counter() - t0 < 0.25


def test_named_speakers_not_in_the_alias_table():
    paras = pd.DataFrame({"article_id": ["900"] * 3, "paragraph_id": ["900-p00", "900-p01", "900-p02"],
                          "text": ["“We will build the road,” said Milan Novak. The “road” is a dream.",
                                   "Mayor Ana Petrović said that the plan was ready. She added that the money "
                                   "would come from Brussels.",
                                   "The Ministry has not answered, Vučić said. In Brussels, Clara Weiss, an EU "
                                   "diplomat, said the talks were “a step in the wrong direction.”"]})
    before = paras.copy()
    out = quotes(paras)
    pd.testing.assert_frame_equal(paras, before)
    got = list(zip(out["speaker"], out["actor"], out["group"], out["kind"], out["quote"]))
    assert got == [
        ("Milan Novak", "Milan Novak", "other", "direct", "We will build the road,"),
        ("Mayor Ana Petrović", "Ana Petrović", "other", "indirect", "the plan was ready"),
        ("She", "Ana Petrović", "other", "indirect", "the money would come from Brussels"),
        ("Vučić", "Aleksandar Vučić", "serbian_government", "indirect", "The Ministry has not answered"),
        ("Clara Weiss", "Clara Weiss", "other", "direct", "a step in the wrong direction."),
    ]  # "road" has no speaker; "In Brussels" and "The Ministry" are not speakers' names
    sov = share_of_voice(out, articles=pd.DataFrame({"article_id": ["900"], "short": ["Mine"]}))
    assert sov.set_index("group").loc["other", "quotes"] == 4
    assert share_of_voice(out, articles=pd.DataFrame({"article_id": ["900"]}), by="actor").set_index(
        "actor").loc["Milan Novak", "words"] == 5
    # a known alias wins over the name rule: the same sentences with Vučić's name quote Vučić
    known = quotes(pd.DataFrame({"article_id": ["901"], "paragraph_id": ["901-p00"],
                                 "text": ["“We will build the road,” said Aleksandar Vučić."]}))
    assert list(known["group"]) == ["serbian_government"]


def test_practice_article_as_a_sixth_article(corpus_copy):
    from corpus_tools import ROOT
    from test_catalog import add_article

    add_article(corpus_copy, (ROOT / "examples" / "practice_article.txt").read_bytes(), short="Practice")
    paras = load_paragraphs(corpus_copy, kinds=BODY_KINDS)
    out = quotes(paras)
    mine = out[out["article_id"] == "005"]
    got = list(zip(mine["speaker"], mine["actor"], mine["group"], mine["kind"], mine["quote"]))
    assert got[:5] == [
        ("Milan Novak", "Milan Novak", "other", "direct", "We cannot heat homes with speeches,"),
        ("Milan Novak", "Milan Novak", "other", "direct", "traditional ally"),  # "…, who described"
        ("Clara Weiss", "Clara Weiss", "other", "direct", "rewards partners who share our foreign policy"),
        ("Clara Weiss", "Clara Weiss", "other", "direct", "a step in the wrong direction."),
        ("She", "Clara Weiss", "other", "indirect", "Brussels would keep up the pressure on Belgrade"),
    ]
    sov = share_of_voice(out, articles=load_articles(corpus_copy))
    practice = sov[sov["article_id"] == "005"].set_index("group")
    assert practice.loc["other", "share"] == pytest.approx(1.0) and practice["short"].iloc[0] == "Practice"
    # the five shipped articles are unchanged by the sixth
    shipped = out[out["article_id"] != "005"].reset_index(drop=True)
    pd.testing.assert_frame_equal(shipped, quotes())


# ---- quotes(mentions=...) reuses an actor_mentions() table of the same sentences

_PIECES = ["Vučić", "Putin", "in Belgrade", "Serbia", "U.S.", "the EU", "EU", ". ", "! ", "? ", "… ", " (",
           ")", "BELGRADE, Serbia (AP) — ", "President", " said", ", ", " ", "Mr. ", "his visit to Moscow",
           "European Commission President Ursula von der Leyen", "Russia’s", "“", "”", "Belgrade-Budapest",
           "NATO", "nato", "the Kremlin", "A", "3.", "…", "U.S…", "The United States", "Washington", "Ú.S."]


def _by_sentence(text, aliases=None):
    """The paragraph's sentences, their ids, and a SentenceMentions built from actor_mentions() on them."""
    from helpers._text.fold import split_sentences
    from helpers.analysis.actors import _matcher, actor_mentions
    from helpers.analysis.quoting.reuse import SentenceMentions

    sents = split_sentences(text)
    sids = [f"900-p00-s{k:03d}" for k in range(len(sents))]
    table = pd.DataFrame({"article_id": "900", "paragraph_id": "900-p00", "sentence_id": sids,
                          "text": [st for _a, _b, st in sents]})
    found = actor_mentions(table, aliases=aliases)
    return SentenceMentions(found, _matcher(aliases)), sents, sids


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14).map("".join).map(str.strip).filter(bool))
def test_mentions_by_sentence_are_those_of_the_paragraph(text):
    from helpers._text.fold import fold
    from helpers.analysis.actors import _matcher

    known, sents, sids = _by_sentence(text)
    got = known.paragraph(text, sents, sids)
    if got is not None:  # None: the caller runs the matcher on the paragraph itself
        assert got == _matcher(None).find(text, fold(text))


@pytest.mark.parametrize("text", [
    "Pressure came from the U.S… The United States denied it.",  # "…" folds to ".": U.S. ends sentence 1
    "Pressure from the U.S… (Washington) grew.",
    "3.U.S. U.S.",
    "They met in 2024.U.S. officials and the United States said so.",
])
def test_mentions_merged_across_a_sentence_end_make_quotes_run_the_matcher(text):
    """The matcher merges adjacent mentions of one actor; on a whole paragraph that can join a
    mention ending one sentence with one opening the next (found by a review)."""
    from helpers._text.fold import fold
    from helpers.analysis.actors import _matcher

    known, sents, sids = _by_sentence(text)
    got = known.paragraph(text, sents, sids)
    assert got is None or got == _matcher(None).find(text, fold(text))


def test_a_dateline_after_the_first_sentence_makes_quotes_run_the_matcher():
    from helpers._text.fold import fold
    from helpers.analysis.actors import _matcher

    first = "BELGRADE, Serbia (AP) — Vučić met Putin. The EU said nothing."
    known, sents, sids = _by_sentence(first)
    assert known.paragraph(first, sents, sids) == _matcher(None).find(first, fold(first))
    later = "Talks went on. BELGRADE, Serbia (AP) — Vučić met Putin."
    known, sents, sids = _by_sentence(later)
    assert len(sents) == 2 and known.paragraph(later, sents, sids) is None


def test_quotes_with_an_actor_mentions_table_give_the_same_table(monkeypatch):
    """Reuse is explicit: quotes(mentions=actor_mentions()) skips the matcher and gives the same
    rows; quotes() alone never depends on what ran before (no hidden state)."""
    from helpers import actor_mentions
    from helpers.analysis.actors import _Matcher

    alone = quotes()
    table = actor_mentions()
    calls = []
    real = _Matcher.find
    monkeypatch.setattr(_Matcher, "find", lambda self, *a: calls.append(1) or real(self, *a))
    reused = quotes(mentions=table)
    pd.testing.assert_frame_equal(alone, reused)
    assert len(calls) < 5, "quotes(mentions=...) ran the matcher on most paragraphs"
    calls.clear()
    pd.testing.assert_frame_equal(quotes(), alone)  # after actor_mentions(): the same path, the same rows
    assert len(calls) > 20


def test_a_mentions_table_from_another_alias_table_is_refused():
    from helpers import actor_aliases, actor_mentions

    extra = pd.DataFrame([{"actor": "Milan Novak", "group": "other", "alias": "Novak", "kind": "he", "note": ""}])
    table = pd.concat([actor_aliases(), extra], ignore_index=True)
    paras = pd.DataFrame({"article_id": ["900"], "paragraph_id": ["900-p00"], "text": ["Novak said so."]})
    sents = pd.DataFrame({"article_id": ["900"], "paragraph_id": ["900-p00"], "sentence_id": ["900-p00-s000"],
                          "text": ["Novak said so."]})
    with pytest.raises(CorpusError, match="not in the alias table"):
        quotes(paras, mentions=actor_mentions(sents, aliases=table))


def test_an_alias_holding_a_sentence_end_turns_the_reuse_off():
    from helpers.analysis.actors import _Matcher, _matcher, _prepare_aliases, actor_aliases

    assert _matcher(None).sentence_safe  # "U.S." ends with a full stop but no sentence ends inside it
    table = pd.concat([actor_aliases(), pd.DataFrame([{"actor": "Saint Petersburg forum", "group": "russia",
                                                       "alias": "St. Petersburg", "kind": "place", "note": ""}])])
    assert not _Matcher(_prepare_aliases(table)).sentence_safe
