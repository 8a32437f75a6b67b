"""Round 16 of the quote rules: categories of news language read in the test14 split's errors.

Every sentence here is written for the test (none is copied from a split).
"""

import pandas as pd

from helpers.analysis.quoting import quotes


def _quotes_of(*texts):
    paras = pd.DataFrame({"article_id": ["816"] * len(texts),
                          "paragraph_id": [f"816-p{k:02d}" for k in range(len(texts))], "text": list(texts)})
    return quotes(paras)


def _each_alone(*texts):
    """Each text as an article of its own (no earlier person for a role noun to refer to)."""
    paras = pd.DataFrame({"article_id": [f"816{k}" for k in range(len(texts))],
                          "paragraph_id": [f"816{k}-p01" for k in range(len(texts))], "text": list(texts)})
    return quotes(paras)


def _groups(out):
    return list(zip(out["actor"], out["group"], strict=True))


# ------------------------------------------------ the army and a negotiator: role words
def test_an_army_officer_is_a_state_role_and_a_negotiator_takes_the_owner_named():
    out = _each_alone("Army commander Colonel Petar Ilić told reporters the drill had gone “as planned”.",
                      "Serbia's chief negotiator, Marija Kostić, called the offer “a step back”.",
                      "Montenegro's chief negotiator, Ivan Perović, called the offer “a step back”.")
    assert _groups(out) == [("Petar Ilić", "serbian_government"), ("Marija Kostić", "serbian_government"),
                            ("Ivan Perović", "other")]


def test_a_foreign_army_is_its_states():
    # near miss: the owner word decides before the state role ("the Russian army")
    out = _each_alone("Russian army spokesman Oleg Volkov said the exercise was “routine”.")
    assert _groups(out) == [("Oleg Volkov", "russia")]
