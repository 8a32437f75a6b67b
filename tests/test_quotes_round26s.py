"""Round 26 of the quote rules, speakers and groups (sentences written here, no devset text).

1. The author of a poll or survey is a pollster (``experts``) even when it is named by a bare
   organisation noun ("a poll by the agency X"), whatever place, client or sample its description
   names ("a poll of 1,200 voters", "an exit poll for a broadcaster").
"""

import pandas as pd

from helpers import quotes
from helpers.analysis.quoting.organisations import POLL_BY


def _quotes_of(*paragraphs):
    df = pd.DataFrame({"article_id": ["926"] * len(paragraphs),
                       "paragraph_id": [f"926-p{i:02d}" for i in range(len(paragraphs))],
                       "text": list(paragraphs)})
    return quotes(df)


def _rows(out):
    return [(r.actor, r.group, r.kind) for r in out.itertuples()]


# 1. a poll's author
def test_a_poll_author_named_by_a_bare_organisation_noun_is_a_pollster():
    cases = [
        ("A survey of 1,250 voters conducted in May by the Novi Sad agency Mirador found that 52 percent "
         "oppose the new mine.", "Mirador"),
        ("An exit poll for the local broadcaster by the agency Kvadrant found that turnout had reached "
         "61 percent.", "Kvadrant"),
        ("A telephone poll published on Friday by the firm Signal Analitika showed that most young voters "
         "distrust every party.", "Signal Analitika"),
    ]
    for text, name in cases:
        out = _quotes_of(text)
        assert (name, "experts", "indirect") in _rows(out), (text, _rows(out))


def test_an_agency_that_is_not_a_poll_author_keeps_no_pollster_group():
    out = _quotes_of("A report published on Friday by the agency Kvadrant Trade said that exports of "
                     "raspberries had fallen by a third.")
    assert "experts" not in set(out["group"]), _rows(out)


def test_poll_author_pattern_is_bounded_on_long_input():
    text = ("a poll of 1,000 adults by the agency Mirador " * 2500) + "found that most agree."
    assert len(text) > 100_000
    hits = [POLL_BY.search(text, max(0, i - 80), i) for i in range(0, len(text), 997)]
    assert any(hits)
    _quotes_of(text)  # finishes (no timing assertion)
