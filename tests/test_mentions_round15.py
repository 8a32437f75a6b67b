"""Round 15 of the mention rules (issue 13, written from test13's errors): each category of news
language on sentences written for it, and a near miss that the rule leaves alone."""

import pandas as pd

from helpers.analysis.actors import actor_mentions


def _mentions_of(*texts):
    """(actor, match) of every mention in ``texts``, one paragraph each, in one article."""
    table = pd.DataFrame({"article_id": "950", "paragraph_id": [f"950-p{k:02d}" for k in range(len(texts))],
                          "sentence_id": [f"950-p{k:02d}-s000" for k in range(len(texts))],
                          "text": list(texts)})
    out = actor_mentions(table)
    return list(zip(out["actor"], out["match"], strict=True))


# ---- "the US embassy": the embassy, not the United States (test7, test11, test13)

def test_the_us_embassy_is_one_mention_of_the_embassy():
    assert _mentions_of("A spokeswoman for the U.S. Embassy in Podgorica declined to comment.",
                        "The US embassy posted a short statement on Monday.") == [
        ("US embassy", "U.S. Embassy"), ("US embassy", "US embassy")]


def test_the_us_without_embassy_after_it_stays_the_state():
    assert _mentions_of("The US said its embassy would reopen.") == [("United States", "US")]
