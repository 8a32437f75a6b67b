"""Round 26 (missed spans): constructions of reported speech the tool did not find (sentences written here).

1. Plural document sources that "show" or "find": "Data from the Customs Administration show that …",
   "…, the ministry's figures show." (GUIDELINES: "a poll/data by X found/showed"); the plural present is a
   cue only after a plural document noun ("such demands show that …" is no report).
2. A reported clause without "that" whose subject is negative: "said no decision had been taken", "said
   nothing had changed", "said none of the money was spent" ("said no to the plan" is no clause).
3. Words between a cue and its "that": a comma aside ("said in June, when the reports first appeared, that
   …", "admitted to the paper, on condition of anonymity, that …") or prepositional phrases longer than
   four words ("said on the public broadcaster's evening news that …"); an infinitive "to" and a relative
   "that" are no such phrase ("called on X to stop visits that …").
4. "reports that" in the present tense ("The Centre for Media Studies reports that …"): a cue only before
   "that" and after no determiner, preposition or news word ("following reports that …", "media reports
   that …" are the noun).
"""

import pandas as pd

from helpers import quotes
from helpers.analysis.quoting.findings import document_subject_before, reports_is_a_verb


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


# 2. a clause without "that" opening with a negative subject
def test_a_clause_with_a_negative_subject_is_reported():
    cases = [
        ("Port director Milena Savić said no ship had been turned away since June.",
         "no ship had been turned away since June"),
        ("The Ministry of Health said nothing had changed in the rules for imported vaccines.",
         "nothing had changed in the rules for imported vaccines"),
        ("Mayor Dragan Kovač said none of the grant money was spent on the stadium.",
         "none of the grant money was spent on the stadium"),
        ("Port director Milena Savić told reporters no tanker would be allowed in before May.",
         "no tanker would be allowed in before May"),
    ]
    for text, span in cases:
        out = _quotes_of(text)
        assert span in list(out["quote"]), text


def test_no_as_an_answer_is_no_clause():
    for text in ("Mayor Dragan Kovač said no to the stadium plan on Friday.",
                 "Asked about the grant, Mayor Dragan Kovač said nothing.",
                 "Port director Milena Savić said no more about the tanker and left the room."):
        assert _quotes_of(text).empty, text


def test_negative_clause_on_a_long_input_finishes():
    text = "Mayor Dragan Kovač said no " + "new " * 30000 + "plan. " + "said nothing " * 3000
    assert len(text) > 100_000
    assert isinstance(_quotes_of(text), pd.DataFrame)


# 3. words between the cue and "that"
def test_an_aside_or_long_phrases_before_that():
    cases = [
        ("Port director Milena Savić said in March, when the first tanker was turned away, that the terminal "
         "would reopen in May.", "the terminal would reopen in May"),
        ("A senior port official admitted to the weekly, on condition of anonymity, that two cranes had "
         "been out of service since January.", "two cranes had been out of service since January"),
        ("Port director Milena Savić told us, in her office overlooking the harbour, that the terminal had "
         "lost three clients.", "the terminal had lost three clients"),
        ("Port director Milena Savić said on the regional broadcaster's morning programme that the terminal "
         "would reopen in May.", "the terminal would reopen in May"),
        ("Port director Milena Savić said after a meeting in Podgorica with the transport minister that the "
         "terminal would reopen in May.", "the terminal would reopen in May"),
    ]
    for text, span in cases:
        out = _quotes_of(text)
        assert list(out["quote"]) == [span], text


def test_a_quote_in_the_clause_after_an_aside_is_the_speakers():
    out = _quotes_of("Port director Milena Savić said in March, when the first tanker was turned away, that "
                     "the terminal was “open for business” again.")
    assert list(zip(out["actor"], out["quote"])) == [("Milena Savić", "open for business")]


def test_an_infinitive_and_a_relative_that_are_no_phrase_before_that():
    text = ("Port director Milena Savić called on the ministers at the summit in Brussels to stop the visits "
            "that legitimise the blockade.")
    assert _quotes_of(text).empty


def test_words_before_that_on_a_long_input_finish():
    text = "Milena Savić said in " + "the harbour " * 20000 + ", when it rained, that it closed."
    assert len(text) > 100_000
    assert isinstance(_quotes_of(text), pd.DataFrame)
    text = "It rained. " + "Savić said on the " * 6000 + "that it closed."
    assert len(text) > 100_000
    assert isinstance(_quotes_of(text), pd.DataFrame)


# 4. "reports that" in the present tense
def test_reports_that_in_the_present_tense_is_a_cue():
    cases = [
        ("The Centre for Media Studies reports that 40 journalists were attacked in the first half of the "
         "year.",
         "Centre for Media Studies", "40 journalists were attacked in the first half of the year"),
        ("Our correspondent in Podgorica, Milena Savić, reports that the port strike has ended.",
         "Milena Savić", "the port strike has ended"),
        ("The Macedonian Helsinki Committee reports that three more families were evicted in Skopje.",
         "Macedonian Helsinki Committee", "three more families were evicted in Skopje"),
    ]
    for text, actor, span in cases:
        out = _quotes_of(text)
        assert list(zip(out["actor"], out["quote"])) == [(actor, span)], text


def test_reports_as_a_noun_is_no_cue():
    for text in ("The port closed on Friday following reports that a tanker had leaked oil.",
                 "Local media reports that the port had closed were denied by the harbour master.",
                 "The ministry denied reports that the port would be sold to a Chinese company.",
                 "The Centre for Media Studies reports on attacks on journalists every year."):
        assert _quotes_of(text).empty, text
    text = "following reports that"
    assert not reports_is_a_verb(text, text.index("reports"), text.index("reports") + 7)


def test_reports_on_a_long_input_finish():
    text = ("The Centre reports that " + "reports " * 15000 + "that it rained. "
            + "media reports that it rained. " * 200)
    assert len(text) > 100_000
    assert isinstance(_quotes_of(text), pd.DataFrame)
