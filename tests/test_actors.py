"""Tests for helpers.analysis.actors: the alias table, actor groups and actor mentions."""


import pandas as pd
import pytest

from helpers import load_sentences
from helpers.analysis.actors import actor_aliases, actor_groups, actor_mentions
from helpers.errors import CorpusError

GROUPS = ["serbian_government", "eu_west", "russia", "china", "civil_society", "experts", "other"]


@pytest.fixture(scope="module")
def mentions():
    return actor_mentions()


def _in(mentions, sid):
    return mentions[mentions["sentence_id"] == sid]


def test_tables():
    al = actor_aliases()
    assert list(al.columns) == ["actor", "group", "alias", "kind", "note"]
    assert set(al["group"]) <= set(GROUPS)
    for alias in ["Vučić", "the President of the Republic", "Serbia's populist leader", "EU chief", "Peskov",
                  "Xi Jinping", "Brussels", "the Kremlin", "SVR", "ISAC Fund", "Eric Gordy", "Lukashenko"]:
        assert alias in set(al["alias"]), alias
    assert list(actor_groups()["group"]) == GROUPS
    assert list(actor_groups().columns) == ["group", "label", "description"]


def test_descriptions_and_longest_match(mentions):
    lead = _in(mentions, "000-p14-s000")
    assert list(lead["actor"]) == ["Ursula von der Leyen", "Aleksandar Vučić", "European Union", "Russia"]
    assert lead.iloc[0]["match"] == "The European Union’s top official"
    assert lead.iloc[1]["match"] == "Serbia's populist leader"
    row = lead.iloc[1]
    assert row["text"][row["start"]:row["end"]] == row["match"]
    vdl = _in(mentions, "004-p05-s008")
    assert vdl.iloc[0]["match"] == "European Commission President Ursula von der Leyen"
    assert "European Commission" not in set(vdl["alias"])
    svr = _in(mentions, "004-p04-s006")
    assert svr.iloc[0]["match"] == "Russia’s Foreign Intelligence Service (SVR)"
    assert svr.iloc[0]["actor"] == "SVR"
    vucic = set(mentions.loc[mentions["actor"] == "Aleksandar Vučić", "match"])
    # one actor
    assert {"Vučić", "Vucic", "President Aleksandar Vučić", "President Aleksandar Vucic"} <= vucic


def test_places_adjectives_and_datelines_are_not_mentions(mentions):
    assert "Serbian government" not in set(_in(mentions, "000-p25-s021")["actor"])  # "was in Belgrade"
    assert "Serbian government" not in set(_in(mentions, "000-p18-s008")["actor"])  # "Many in Serbia"
    assert list(_in(mentions, "001-p08-s012")["actor"]) == ["Xi Jinping"]  # "visited Belgrade"
    # "visit to Moscow", "trip to Russia"
    assert list(_in(mentions, "001-p04-s005")["actor"]) == ["Aleksandar Vučić"]
    # "Serbian citizens": an adjective is not the government
    assert _in(mentions, "002-p05-s003").empty
    # "Belgrade" standing for the government is a mention
    assert "Belgrade" in set(_in(mentions, "000-p23-s017")["match"])
    # "the government" and "the President of the Republic"
    assert {"the President of the Republic", "the government"} <= set(_in(mentions, "002-p06-s006")["match"])


def test_sixth_article_acronyms_and_aggregate():
    sents = pd.DataFrame({"article_id": ["999"] * 3, "paragraph_id": ["999-p00"] * 3,
                          "sentence_id": ["999-p00-s000", "999-p00-s001", "999-p00-s002"],
                          "text": ["VUCIC met the EU chief in Brussels.", "Tell us what the US wants.",
                                   "Moscow's envoy praised the students."]})
    before = sents.copy()
    out = actor_mentions(sents)
    pd.testing.assert_frame_equal(sents, before)
    assert list(out["actor"]) == ["Aleksandar Vučić", "Ursula von der Leyen", "United States", "Russia",
                                  "protesters"]
    agg = actor_mentions(sents, by="group")
    assert list(agg.columns) == ["article_id", "short", "group", "mentions", "sentences", "share"]
    assert agg.set_index("group").loc["eu_west", "mentions"] == 2
    assert agg["share"].sum() == pytest.approx(1.0)
    by_actor = actor_mentions(by="actor")
    assert by_actor.set_index(["short", "actor"]).loc[("RT rewrite", "Dmitry Peskov"), "mentions"] == 2


def test_filters_and_errors(mentions):
    ru = actor_mentions(groups="russia")
    assert set(ru["group"]) == {"russia"} and len(ru) == (mentions["group"] == "russia").sum()
    assert set(actor_mentions(actors=["eric gordy"])["actor"]) == {"Eric Gordy"}
    with pytest.raises(CorpusError, match=r"actors='Tito'.*Aleksandar Vučić"):
        actor_mentions(actors="Tito")
    with pytest.raises(CorpusError, match=r"groups='nato'.*eu_west"):
        actor_mentions(groups=["nato"])
    with pytest.raises(CorpusError, match="by="):
        actor_mentions(by="sentence")
    with pytest.raises(CorpusError, match="sentences is empty"):
        actor_mentions(load_sentences().iloc[0:0])
    bad = actor_aliases()
    bad.loc[0, "group"] = "serbia"
    with pytest.raises(CorpusError, match="aliases group='serbia'"):
        actor_mentions(aliases=bad)
    bad = actor_aliases()
    bad.loc[3, "alias"] = " "
    with pytest.raises(CorpusError, match="empty actor or alias"):
        actor_mentions(aliases=bad)


def test_edited_alias_table_not_mutated():
    al = actor_aliases()
    al = pd.concat([al, pd.DataFrame([{"actor": "Tito", "group": "other", "alias": "Josip Broz Tito",
                                       "kind": "he", "note": ""}])], ignore_index=True)
    before = al.copy()
    sents = pd.DataFrame({"article_id": ["9"], "paragraph_id": ["9-p0"], "sentence_id": ["9-p0-s0"],
                          "text": ["Josip Broz Tito never met Vučić."]})
    out = actor_mentions(sents, aliases=al[["actor", "group", "alias"]])
    assert list(out["actor"]) == ["Tito", "Aleksandar Vučić"]
    pd.testing.assert_frame_equal(al, before)


def test_no_mention_gives_an_empty_table_with_text_columns():
    import pandas as pd

    one = pd.DataFrame({"article_id": ["x"], "paragraph_id": ["x-p0"], "sentence_id": ["x-p0-s0"],
                        "text": ["Nothing here at all."]})
    out = actor_mentions(one)
    assert out.empty and out["match"].dtype == object and out["actor"].dtype == object
