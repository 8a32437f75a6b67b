"""Reported speech with the cue first and a role phrase after it: "…, said a senior EU diplomat."

The wire form of an unnamed or role source after the reported clause; the phrase must be a role (or an
organisation's name after "the") as a whole and end the sentence.
"""

from __future__ import annotations

import pandas as pd

from helpers import quotes


def _quotes_of(*paragraphs):
    df = pd.DataFrame({"article_id": ["931"] * len(paragraphs),
                       "paragraph_id": [f"931-p{i:02d}" for i in range(1, len(paragraphs) + 1)],
                       "text": list(paragraphs)})
    return quotes(df)


def test_a_role_phrase_after_an_inverted_cue_reports_the_clause():
    cases = [
        ("The customs talks would resume after the holidays, said a senior EU diplomat.",
         "a senior EU diplomat", "eu_west", "The customs talks would resume after the holidays"),
        ("No new visas would be issued before spring, said the Russian embassy.",
         "the Russian embassy", "russia", "No new visas would be issued before spring"),
        ("The gas price would stay fixed until the end of the year, said the Kremlin.",
         "the Kremlin", "russia", "The gas price would stay fixed until the end of the year"),
    ]
    for text, speaker, group, span in cases:
        out = _quotes_of(text)
        assert list(zip(out["speaker"], out["group"], out["quote"], out["kind"])) == [
            (speaker, group, span, "indirect")], text


def test_the_role_resolves_to_the_person_the_article_introduced():
    out = _quotes_of("Energy Minister Dragana Kostić toured the refinery in Pančevo on Friday.",
                     "The refinery would keep running through the winter, said the minister.")
    assert list(zip(out["actor"], out["quote"])) == [("Dragana Kostić",
                                                     "The refinery would keep running through the winter")]


def test_no_speaker_from_an_idiom_of_amount_or_a_phrase_with_a_place_after_it():
    for text in ("The vote was a formality, says a lot about the government.",
                 "The strike was over, said little about the unions.",
                 "The border would reopen on Monday, said officials in Brussels."):
        assert _quotes_of(text).empty, text


def test_an_inverted_role_cue_on_a_long_input_finishes():
    text = "The talks stalled, " * 6000 + "said a senior EU diplomat."
    assert len(text) > 100_000
    assert isinstance(_quotes_of(text), pd.DataFrame)
