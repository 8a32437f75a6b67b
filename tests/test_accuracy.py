"""Accuracy of the extractors against the hand-made gold in tests/gold (see tools/accuracy.py)."""

import pytest

from tools import accuracy


@pytest.fixture(scope="module")
def quote_table():
    return accuracy.quote_metrics().set_index(["kind", "measure"])


@pytest.mark.parametrize("measure", ["span", "span+speaker"])
def test_direct_quotes(quote_table, measure):
    row = quote_table.loc[("direct", measure)]
    assert row["gold"] >= 20
    assert row["precision"] >= 0.9 and row["recall"] >= 0.9, row


def test_indirect_quotes(quote_table):
    row = quote_table.loc[("indirect", "span+speaker")]
    assert row["gold"] >= 15
    assert row["precision"] >= 0.8 and row["recall"] >= 0.8, row


def test_actor_mentions():
    table, _ = accuracy.mention_metrics()
    row = table.iloc[0]
    assert row["gold"] >= 250
    assert row["precision"] >= 0.9 and row["recall"] >= 0.9, row


def test_themes():
    table, _ = accuracy.theme_metrics()
    row = table[table["kind"] == "all"].iloc[0]
    assert row["gold"] >= 100
    assert row["precision"] >= 0.8 and row["recall"] >= 0.8, row


def test_gold_covers_every_body_paragraph():
    from helpers import load_paragraphs
    from helpers.corpus.cleaning import BODY_KINDS
    gold = accuracy.read_gold("themes.csv")
    assert set(gold["paragraph_id"]) == set(load_paragraphs(kinds=BODY_KINDS)["paragraph_id"])


def test_errors_are_printed_for_a_tuning_split_and_refused_for_a_held_out_one(capsys, monkeypatch):
    import pytest

    monkeypatch.setattr(accuracy, "HELD_OUT", ("test3",))  # whichever split is held out at the time
    with pytest.raises(SystemExit):
        accuracy.main(["--set", "test3", "--errors"])  # refused before anything is read
    assert "held out" in capsys.readouterr().err
    accuracy.main(["--set", "dev", "--errors"])
    out = capsys.readouterr().out
    assert "with errors" in out and ("missed" in out or "spurious" in out or "wrong speaker" in out)


def test_a_state_named_in_a_hyphenated_pair_nests_in_the_pair():
    assert accuracy._nested("Hungary", "the Hungary-Serbia pipeline deal")
    assert accuracy._nested("Serbia's", "Serbia")
    assert not accuracy._nested("Hungary", "Hungarian-Serbian")


def test_the_summary_has_the_seeds_each_split_and_the_pooled_tuning_splits(monkeypatch):
    monkeypatch.setattr(accuracy, "HELD_OUT", ("test",))
    table = accuracy.summary_table(sets=("dev", "test"))
    assert list(table.columns) == ["measure", "seeds", "dev", "test (held out)", "tuning splits pooled"]
    assert len(table) == len(accuracy.SUMMARY_ROWS)
    row = table.set_index("measure").loc["`quotes()` all, span + speaker"]
    assert row["seeds"] == "1.00 / 1.00"  # in-sample: the rules were written from the seeds
    assert row["dev"] == row["tuning splits pooled"]  # the held-out split is left out of the pool
    md = accuracy.markdown(table)
    assert md.splitlines()[0].startswith("| measure | seeds | dev |") and md.count("\n") == len(table) + 1


def test_the_tuning_summary_leaves_out_the_held_out_splits(capsys, monkeypatch):
    """``--summary --tuning`` prints no column (and reads no gold) of a split still held out."""
    monkeypatch.setattr(accuracy, "SETS", ("dev", "test"))
    monkeypatch.setattr(accuracy, "HELD_OUT", ("test",))
    scored = []
    real = accuracy.score_set
    monkeypatch.setattr(accuracy, "score_set", lambda s, **kw: scored.append(s) or real(s, **kw))
    accuracy.main(["--summary", "--tuning"])
    header = capsys.readouterr().out.splitlines()[0]
    assert "dev" in header and "test" not in header.replace("tuning", "")
    assert scored == ["dev"]


def test_tuning_without_summary_is_refused(capsys):
    import pytest

    with pytest.raises(SystemExit):
        accuracy.main(["--tuning"])
    assert "--tuning goes with --summary" in capsys.readouterr().err
