"""Round 26 (missed spans): constructions of reported speech the tool did not find (sentences written here).

1. Plural document sources that "show" or "find": "Data from the Customs Administration show that …",
   "…, the ministry's figures show." (GUIDELINES: "a poll/data by X found/showed"); the plural present is a
   cue only after a plural document noun ("such demands show that …" is no report).
"""

import pandas as pd

from helpers import quotes
from helpers.analysis.quoting.findings import document_subject_before


def _quotes_of(*paragraphs):
    df = pd.DataFrame({"article_id": ["926"] * len(paragraphs),
                       "paragraph_id": [f"926-p{i:02d}" for i in range(len(paragraphs))],
                       "text": list(paragraphs)})
    return quotes(df)


# 1. plural document sources
def test_plural_documents_that_show_report_a_clause():
    cases = [
        ("Figures from the Statistical Office of Montenegro show that tourist arrivals fell by 9 percent in "
         "the first half of the year.", "tourist arrivals fell by 9 percent in the first half of the year"),
        ("Records from the Montenegrin Port Authority show that the terminal handled 1.2 million tonnes of "
         "grain in 2024.",
         "the terminal handled 1.2 million tonnes of grain in 2024"),
        ("Wheat exports to Egypt doubled between 2021 and 2024, the Chamber of Commerce's figures show.",
         "Wheat exports to Egypt doubled between 2021 and 2024"),
        ("Surveys by the Institute of Public Health find that one adult in three smokes every day.",
         "one adult in three smokes every day"),
    ]
    for text, span in cases:
        out = _quotes_of(text)
        assert list(out["quote"]) == [span], text
        assert out["kind"].iloc[0] == "indirect" and out["actor"].iloc[0], text


def test_a_relative_aside_after_the_document_is_skipped():
    text = ("Data from the Central Bank of Montenegro, which records loans by the lender's country, show "
            "that Italian banks lent 800 million euros last year.")
    out = _quotes_of(text)
    assert list(out["quote"]) == ["Italian banks lent 800 million euros last year"]


def test_show_and_find_without_a_document_subject_are_no_cue():
    for text in ("Such protests show that the government has lost the cities.",
                 "Candidates must show that they respect the rule of law.",
                 "We find that the plan has no money behind it.",
                 "The talks show little progress, and the envoys left Skopje on Friday."):
        assert _quotes_of(text).empty, text


def test_document_subject_before():
    text = "customs data show that"
    assert document_subject_before(text, text.index("show"))
    text = "such demands show that"
    assert not document_subject_before(text, text.index("show"))


def test_document_findings_on_a_long_input_finish():
    text = ("Figures from the office of the statistics board of the region " * 2000
            + "show that exports rose. ") + "data " * 20000 + "show that it rose."
    assert len(text) > 100_000
    assert isinstance(_quotes_of(text), pd.DataFrame)
    assert not document_subject_before(text, len(text) - 1)
