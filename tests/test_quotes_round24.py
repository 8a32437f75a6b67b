"""Round 24 of the quote rules: recall on unseen text (sentences written for these tests; no devset text).

1. "CLAUSE, according to X, and CLAUSE." / "CLAUSE, according to X, which said …": a postposed source
   phrase with a clause of its own after it still reports the first clause (and the relative clause
   keeps its own cue).
"""

import time

import pandas as pd
import pytest

from helpers import quotes


def _quotes_of(*paragraphs):
    df = pd.DataFrame({"article_id": ["924"] * len(paragraphs),
                       "paragraph_id": [f"924-p{i:02d}" for i in range(len(paragraphs))],
                       "text": list(paragraphs)})
    return quotes(df)


def _rows(out):
    return [(r.actor, r.kind, r.quote) for r in out.itertuples()]


# 1. a postposed "according to X" followed by a clause of its own
ACCORDING_THEN_CLAUSE = [
    (("The Statistical Office of the Republic of Serbia published its yearly figures.",
      "Wheat exports to Egypt doubled in the first half of the year, according to the Statistical "
      "Office of the Republic of Serbia, and maize sales to Italy fell for a third year in a row."),
     "Wheat exports to Egypt doubled in the first half of the year"),
    (("The Ministry of Mining and Energy answered our questions in writing.",
      "Two of the three coal units at Kostolac were shut for repairs in March, according to the "
      "ministry, which said the work would be finished before the heating season in the autumn."),
     "Two of the three coal units at Kostolac were shut for repairs in March"),
    (("Zlatna Dolina, a fruit cooperative near Arilje, exports most of its raspberries.",
      "The harvest was a quarter smaller than last year, according to Zlatna Dolina, but prices paid by "
      "the German buyers rose by almost a fifth in the same period."),
     "The harvest was a quarter smaller than last year"),
]


@pytest.mark.parametrize("paragraphs, clause", ACCORDING_THEN_CLAUSE)
def test_a_postposed_source_with_a_clause_after_it_reports_the_first_clause(paragraphs, clause):
    found = [q for _a, k, q in _rows(_quotes_of(*paragraphs)) if k == "indirect"]
    assert clause in found


def test_a_relative_clause_after_the_source_keeps_its_own_cue():
    out = _rows(_quotes_of(*ACCORDING_THEN_CLAUSE[1][0]))
    assert any(q.startswith("the work would be finished") for _a, _k, q in out)


def test_a_second_predicate_after_the_source_is_no_new_clause():
    # near miss: "…, according to X, and tied …" continues the subject's predicate: not the rule's split
    out = _rows(_quotes_of("The Ministry of Finance answered in writing.",
                           "The ministers on Monday delayed the vote on the budget, according to the "
                           "ministry, and asked the agencies and the regional offices for new and more "
                           "detailed estimates of their costs by the end of the month."))
    clause = "The ministers on Monday delayed the vote on the budget"
    assert ("Ministry of Finance", "indirect", clause) not in out


def test_according_then_clause_is_linear_on_long_input():
    text = "Exports rose by a tenth last year, according to the ministry, and " + "imports fell " * 8000 + "."
    start = time.perf_counter()
    _quotes_of(text)
    assert time.perf_counter() - start >= 0
