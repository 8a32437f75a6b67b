"""Round 14 of the quote rules: categories of news language read in the test12 split's errors.

Every sentence here is written for the test (none is copied from a split).
"""

import pandas as pd

from helpers.analysis.quoting import quotes


def _quotes_of(*texts):
    paras = pd.DataFrame({"article_id": ["814"] * len(texts),
                          "paragraph_id": [f"814-p{k:02d}" for k in range(len(texts))], "text": list(texts)})
    return quotes(paras)


def _speakers(out):
    return list(zip(out["actor"], out["quote"], strict=True))


# ------------------------------------------------ a thing that "showed" inside a reported clause
def test_a_quote_after_a_thing_that_showed_goes_to_the_speaker_who_said_so():
    out = _quotes_of("Marta Kovač, an analyst at the Belgrade Institute, said the new contract showed "
                     "that the government was “playing for time”.")
    assert _speakers(out) == [("Marta Kovač", "playing for time")]
    assert list(out["group"]) == ["experts"]


def test_a_quote_after_a_thing_that_showed_in_a_that_clause_of_an_organisation():
    out = _quotes_of("The European Commission said in a statement that the new pipeline deal showed "
                     "that “other routes exist”.")
    assert _speakers(out) == [("European Union", "other routes exist")]


def test_a_thing_that_showed_with_no_speaker_before_it_keeps_its_own_words():
    # near miss: no earlier cue in the sentence, so no actor is made up
    out = _quotes_of("The new contract showed that the government was “playing for time”.")
    assert list(out["actor"].isna() | (out["actor"] == "")) == [True]


def test_a_named_subject_of_the_nearest_cue_is_kept():
    # near miss: the nearest cue has an actor of its own, the outer speaker does not take its quote
    out = _quotes_of("Marta Kovač, an analyst at the Belgrade Institute, said President Aleksandar Vučić "
                     "had argued that the deal was “a historic success”.")
    assert _speakers(out) == [("Aleksandar Vučić", "a historic success")]
