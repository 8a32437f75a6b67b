"""Round 21 of the quote rules (sentences written for these tests; no devset text).

A role reference ("the minister said") refers back: a holder of the role first named later in the
same paragraph is not its antecedent (``role_holders.role_holder``'s ``pos``).
"""

import pandas as pd
import pytest

from helpers import quotes


def _quotes_of(*paragraphs):
    df = pd.DataFrame({"article_id": ["921"] * len(paragraphs),
                       "paragraph_id": [f"921-p{i:02d}" for i in range(len(paragraphs))],
                       "text": list(paragraphs)})
    return quotes(df)


def _speakers(out):
    return [(r.actor, r.group) for r in out.itertuples()]


# (the holder introduced first, the reference followed in its paragraph by a second holder, the first)
LATER_HOLDERS = [
    ("President Aleksandar Vučić opened a bridge in Novi Sad on Monday.",
     "Later, the president said that ties with Moscow were good, and added that French President "
     "Emmanuel Macron had called him.", "Aleksandar Vučić"),
    ("Trade Minister Goran Lukić opened a fair in Niš on Monday.",
     "The minister said that exports had grown and that Economy Minister Ana Jović would visit the "
     "fair on Friday.", "Goran Lukić"),
    ("Government spokeswoman Ana Petrović spoke to reporters on Tuesday.",
     "The spokeswoman told them that Belgrade was calm, and that she had phoned spokeswoman Maria "
     "Zakharova in Moscow.", "Ana Petrović"),
]


@pytest.mark.parametrize("first, reference, holder", LATER_HOLDERS)
def test_a_role_reference_is_not_a_holder_named_after_it(first, reference, holder):
    out = _quotes_of(first, reference)
    assert out["actor"].tolist() and set(out["actor"]) == {holder}


def test_a_holder_named_before_the_reference_in_its_paragraph_still_holds_the_role():
    # near miss: the second minister is named before "the minister", so the reference is to her
    out = _quotes_of("Trade Minister Goran Lukić opened a fair in Niš on Monday.",
                     "Economy Minister Ana Jović joined him on Tuesday, and the minister said that "
                     "exports had fallen.")
    assert _speakers(out) == [("Ana Jović", "serbian_government")]

