"""Agreement of two annotators (tools/agreement.py): a second annotation scored with the accuracy rules."""

import shutil

import pandas as pd
import pytest

from tools import accuracy, agreement


@pytest.fixture()
def second(tmp_path, monkeypatch):
    """A second annotation of split ``dev``: a copy of its gold, to be changed by each test."""
    monkeypatch.setattr(agreement, "AGREEMENT", tmp_path)
    folder = tmp_path / "dev"
    folder.mkdir()
    for name in ("quotes.csv", "actor_mentions.csv"):
        shutil.copy(accuracy.DEVSET / "gold" / "dev" / name, folder / name)
    return folder


def _figure(table, measure, direction="second vs gold"):
    row = table[(table["kind"] == "all") & (table["measure"] == measure) & (table["direction"] == direction)]
    return float(row["precision"].iloc[0]), float(row["recall"].iloc[0])


def test_an_annotation_identical_to_the_gold_agrees_fully(second):
    scores = agreement.agreement("dev")
    assert _figure(scores["quotes"], "span+speaker") == (1.0, 1.0)
    assert _figure(scores["mentions"], "paragraph+actor+words") == (1.0, 1.0)
    assert agreement.annotated_splits() == ["dev"]


def test_a_different_speaker_and_a_missing_quote_lower_agreement_both_ways(second):
    quotes = pd.read_csv(second / "quotes.csv", dtype=str, keep_default_na=False)
    person = quotes.index[quotes["actor_type"] == "person"][0]
    quotes.loc[person, "actor"] = "Somebody Else"
    quotes.drop(index=quotes.index[-1]).to_csv(second / "quotes.csv", index=False)
    scores = agreement.agreement("dev")["quotes"]
    n = len(quotes)
    precision, recall = _figure(scores, "span+speaker")
    assert (precision, recall) == pytest.approx(((n - 2) / (n - 1), (n - 2) / n))
    assert _figure(scores, "span+speaker", "gold vs second") == pytest.approx((recall, precision))


def test_only_the_articles_the_second_annotator_read_are_compared(second):
    mentions = pd.read_csv(second / "actor_mentions.csv", dtype=str, keep_default_na=False)
    first = mentions["article_id"].iloc[0]
    mentions[mentions["article_id"] == first].to_csv(second / "actor_mentions.csv", index=False)
    assert _figure(agreement.agreement("dev")["mentions"], "paragraph+actor+words") == (1.0, 1.0)


def test_disagreements_are_refused_for_a_held_out_split(second, monkeypatch, capsys):
    monkeypatch.setattr(agreement, "HELD_OUT", ("dev",))
    with pytest.raises(ValueError, match="held out"):
        agreement.disagreements("dev")
    with pytest.raises(SystemExit):
        agreement.main(["--set", "dev", "--errors"])
    assert "held out" in capsys.readouterr().err


def test_disagreements_name_the_changed_quote_and_nothing_else(second):
    quotes = pd.read_csv(second / "quotes.csv", dtype=str, keep_default_na=False)
    quotes = quotes[quotes["article_id"] == quotes["article_id"].iloc[0]]
    person = quotes.index[quotes["actor_type"] == "person"][0]
    quotes.loc[person, "actor"] = "Somebody Else"
    quotes.to_csv(second / "quotes.csv", index=False)
    table = agreement.disagreements("dev")["quotes"]
    assert table["error"].tolist() == ["wrong speaker/group/kind"]
    assert "Somebody Else" in table["predicted"].iloc[0]
