"""A surname alone before a cue is the person the article named in full earlier, with or without a role.

Found by a student walkthrough (a feature that introduces "Dragana Petković" with no role or speech,
then writes "Petković said …"): the trailing form ("“…,” Petković said.") was read, the leading forms
were dropped. Every sentence here is written for these tests.
"""

import pandas as pd
import pytest

from helpers.analysis.quoting import quotes


def _quotes_of(*texts):
    paras = pd.DataFrame({"article_id": ["820"] * len(texts),
                          "paragraph_id": [f"820-p{k:02d}" for k in range(len(texts))], "text": list(texts)})
    return quotes(paras)


@pytest.mark.parametrize("intro, sentence, kind", [
    ("We met Dragana Petković outside the gate in Smederevo.", "Petković said the plant was a ruin.",
     "indirect"),
    ("Goran Marić has driven a lorry for the mine for twenty years.",
     "In the evening, Marić explained that the night shifts had been cut.", "indirect"),
    ("Ljiljana Savić keeps the shop opposite the station.", "Savić told us that nobody buys on credit now.",
     "indirect"),
    ("We met Dragana Petković outside the gate in Smederevo.", 'Petković said: "The plant was a ruin."',
     "direct"),
])
def test_a_surname_opening_the_sentence_speaks_as_the_person_named_before(intro, sentence, kind):
    out = _quotes_of(intro, sentence)
    full = intro.split(" met ")[-1] if " met " in intro else " ".join(intro.split()[:2])
    full = " ".join(full.split()[:2])
    assert list(zip(out["actor"], out["kind"])) == [(full, kind)]


@pytest.mark.parametrize("intro, sentence", [
    ("We met Dragana Petković outside the gate in Smederevo.", "Smederevo said the plant was a ruin."),
    ("Politika ran a long story on Sunday.", "Politika said the deal was signed."),
])
def test_a_one_word_subject_nobody_introduced_is_no_person_without_that(intro, sentence):
    assert _quotes_of(intro, sentence).empty


def test_a_one_word_organisation_before_that_still_speaks_for_itself():
    out = _quotes_of("Politika ran a long story on Sunday.", "Politika wrote that the deal was signed.")
    assert list(zip(out["actor"], out["group"])) == [("Politika", "other")]
