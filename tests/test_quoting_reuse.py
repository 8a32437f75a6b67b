"""Tests for helpers.analysis.quoting.reuse: ``quotes(..., mentions=actor_mentions(...))`` only saves work.

The promise of ``quotes(mentions=...)`` is that passing the ``actor_mentions()`` table of the same
sentences gives the same rows as ``quotes()`` alone, only faster. A review found a paragraph of a
constructed split where the two disagreed on the speaker, so both paths run here on the seeds and on
every constructed split open to tuning (from ``dev`` to ``test15``) and must give identical tables. A
split still held out (``HELD_OUT`` of ``tools/accuracy.py``; nobody tuning may read it) is neither read
nor run here. Failure messages name paragraph ids only.
"""

from pathlib import Path

import pandas as pd
import pytest

from helpers import BODY_KINDS, actor_mentions, load_paragraphs, load_sentences, quotes
from tools.accuracy import HELD_OUT

DEVSET = Path(__file__).resolve().parents[1] / "tests" / "devset"
#: The constructed splits open to tuning (a split still held out stays unread).
SPLITS = ["dev", "test", "dev2", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9",
          "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17"]


def _both_paths(folder=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``quotes()`` alone and ``quotes(mentions=actor_mentions())`` on the body paragraphs of ``folder``."""
    where = {} if folder is None else {"folder": folder}
    paragraphs = load_paragraphs(**where)
    body = paragraphs[paragraphs["kind"].isin(BODY_KINDS)]
    alone = quotes(body)
    reused = quotes(body, mentions=actor_mentions(load_sentences(**where)))
    return alone, reused


def _differences(alone: pd.DataFrame, reused: pd.DataFrame) -> list[str]:
    """The paragraph ids whose rows differ between the two tables (ids only: no article text)."""
    both = alone.merge(reused, how="outer", indicator=True)
    return sorted(set(both.loc[both["_merge"] != "both", "paragraph_id"]))


@pytest.mark.parametrize("split", ["seeds", *SPLITS])
def test_passing_actor_mentions_gives_the_same_quotes_table(split):
    assert split not in HELD_OUT, "a held-out split is never read while tuning"
    alone, reused = _both_paths(None if split == "seeds" else DEVSET / split)
    assert len(alone) > 0
    assert _differences(alone, reused) == [], "quotes(mentions=...) differs from quotes() in these paragraphs"
    pd.testing.assert_frame_equal(alone, reused)  # also the row order and the dtypes


# ---- constructed paragraphs (not from any split): each cause of a difference found, once


def _one_article(texts: list[str], aliases=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Both paths on one constructed article whose paragraphs are ``texts``."""
    from helpers._text.fold import split_sentences

    pids = [f"900-p{k:02d}" for k in range(len(texts))]
    paragraphs = pd.DataFrame({"article_id": "900", "paragraph_id": pids, "text": texts})
    rows, n = [], 0
    for pid, text in zip(pids, texts, strict=True):
        for _start, _end, sentence in split_sentences(text):
            rows.append({"article_id": "900", "paragraph_id": pid, "sentence_id": f"{pid}-s{n:03d}",
                         "text": sentence})
            n += 1
    table = actor_mentions(pd.DataFrame(rows), aliases=aliases)
    return quotes(paragraphs, aliases=aliases), quotes(paragraphs, aliases=aliases, mentions=table)


@pytest.mark.parametrize("text", [
    "A spokesman for the Kremlin, Dmitry Peskov, left the room early, telling reporters that the deal "
    "was “a matter for the companies”.",
    "An adviser to the Kremlin, Dmitry Peskov, cut the meeting short, telling reporters it was “not the "
    "time”.",
])
def test_an_actor_inside_a_named_persons_title_neither_speaks_nor_changes_the_path(text):
    """actor_mentions() counts the Kremlin in Peskov's title as part of his mention (GUIDELINES: titles
    and appositions belong to the person); the participle cue's subject is the person either way
    (GUIDELINES: a named spokesperson is the person)."""
    alone, reused = _one_article([text])
    pd.testing.assert_frame_equal(alone, reused)
    assert alone[["actor", "group"]].values.tolist() == [["Dmitry Peskov", "russia"]]


@pytest.mark.parametrize("state", ["Serbia's", "Ukraine's"])
def test_a_states_possessive_joined_to_a_ministry_of_the_alias_table_gives_the_same_rows(state):
    """actor_mentions() joins a state's possessive to the mention of a ministry the alias table
    names (the mention then starts earlier than the alias match, and another state's ministry is
    renamed after it: "Ukrainian Ministry of Defence"): quotes() reads the same words either way and
    does not refuse the table."""
    from helpers import actor_aliases

    ministry = {"actor": "Ministry of Defence", "group": "serbian_government", "alias": "Ministry of Defence",
                "kind": "organisation", "note": ""}
    aliases = pd.concat([actor_aliases(), pd.DataFrame([ministry])], ignore_index=True)
    alone, reused = _one_article([f"{state} Ministry of Defence said that the drill was “routine”."], aliases)
    pd.testing.assert_frame_equal(alone, reused)
    assert alone["actor"].tolist() == ["Ministry of Defence"]
