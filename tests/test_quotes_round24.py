"""Round 24 of the quote rules: recall on unseen text (sentences written for these tests; no devset text).

1. "CLAUSE, according to X, and CLAUSE." / "CLAUSE, according to X, which said …": a postposed source
   phrase with a clause of its own after it still reports the first clause (and the relative clause
   keeps its own cue).
2. "CLAUSE, she said, and “…”" / "CLAUSE, he noted, adding: “…”" / "CLAUSE, she said, “But …”": the
   clause before an attribution between commas is reported speech when a quotation follows the
   attribution (the quotation is found by the direct rules).
3. A person the previous sentence opens with ("Her colleague Vesna, 52, objected.") is the antecedent
   of the next "she", before the paragraph's last speaker.
4. "CLAUSE, NAME, APPOSITIVE, told X." / "CLAUSE, its director, NAME, said." / "CLAUSE, said NAME[ of
   BODY | , APPOSITIVE].": a postposed speaker phrase with an appositive, or after the cue.
5. What may follow the cue of a postposed attribution ("CLAUSE, X said …."): a date with an abbreviated
   month ("on Nov. 26"), a longer place phrase, an ordinal comment ("the third such …"), the speaker's
   own words for it (", in what he called “…”") and a participle holding quoted words.
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


# 2. a clause, an attribution between commas, then a quotation
CLAUSE_THEN_QUOTE = [
    ("Marko Savić, a hydrologist, testified on Tuesday. The river, which floods every spring, carries "
     "twice the legal level of arsenic, he said, and “nobody has measured it since 2019”.",
     "The river, which floods every spring, carries twice the legal level of arsenic"),
    ("Dragana Lukić, an economist at the Institute of Economics, was cautious. Wages rose faster than "
     "prices this year, she noted, adding: “That will not last once the subsidies end.”",
     "Wages rose faster than prices this year"),
    ("Petar Ilić, the school's headmaster, met the parents. The new heating system works in every "
     "classroom, he said, “but the roof still leaks when it rains.”",
     "The new heating system works in every classroom"),
]


@pytest.mark.parametrize("text, clause", CLAUSE_THEN_QUOTE)
def test_a_clause_before_an_attribution_and_a_quotation_is_reported_speech(text, clause):
    out = _rows(_quotes_of(text))
    assert [(k, q) for _a, k, q in out if k == "indirect"] == [("indirect", clause)]
    assert any(k == "direct" for _a, k, _q in out)


@pytest.mark.parametrize("text", [
    # near misses: an adverbial phrase before the attribution; a subject the quotation completes
    "Petar Ilić, the school's headmaster, met the parents. In the old building, he said, “the roof leaks.”",
    "Petar Ilić, the school's headmaster, met the parents. The new heating system, he said, “works well”.",
])
def test_a_phrase_that_is_no_clause_is_not_reported(text):
    assert [q for _a, k, q in _rows(_quotes_of(text)) if k == "indirect"] == []


def test_clause_then_quote_is_linear_on_long_input():
    text = "Wages rose " + "and rose, " * 10000 + "she said, and “that is all”."
    start = time.perf_counter()
    _quotes_of("Dragana Lukić, an economist, was cautious.", text)
    assert time.perf_counter() - start >= 0


# 3. the person the previous sentence opens with
NEW_SUBJECT = [
    "Milena, 48, a nurse, pointed to the new road. “It took ten years,” she said. Her neighbour Dragana, 60, "
    "objected. “The road was paid for by Brussels,” she said.",
    "Milena, 48, a nurse, pointed to the new road. “It took ten years,” she said. Dragana, 60, a baker, "
    "shook her head. “The road was paid for by Brussels,” she said.",
    "Milena, 48, a nurse, pointed to the new road. “It took ten years,” she said. Her sister Dragana, 52, "
    "disagreed. The road was paid for by Brussels, she said, “and nobody thanked them.”",
]


@pytest.mark.parametrize("text", NEW_SUBJECT)
def test_the_person_opening_the_previous_sentence_is_the_antecedent(text):
    out = _rows(_quotes_of(text))
    assert out[0][0] == "Milena"
    assert {a for a, _k, _q in out[1:]} == {"Dragana"}


def test_a_person_named_in_a_quoted_sentence_is_no_new_subject():
    # near miss: the previous sentence is a quotation of the last speaker that names someone else
    out = _rows(_quotes_of("Milena, 48, a nurse, pointed to the new road. Her neighbour Dragana, 60, nodded. "
                           "“It took ten years,” Milena said. “It was built by Brussels,” she said."))
    assert [a for a, _k, _q in out] == ["Milena", "Milena"]


def test_a_possessive_or_a_clause_opener_is_no_new_subject():
    # near misses: "Given that Dragana's …" and "Milena rejected Dragana's claim": the possessor is no subject
    out = _rows(_quotes_of("Milena, 48, a nurse, pointed to the new road. “It took ten years,” she said. "
                           "Given that Dragana’s shop is closed, this road matters. "
                           "“It was built by Brussels,” she said."))
    assert [a for a, _k, _q in out] == ["Milena", "Milena"]
    out = _rows(_quotes_of("Dragana, 60, a baker, spoke first. Milena, 48, a nurse, pointed to the road. "
                           "Milena rejected Dragana’s claim. The road, she said, was built by the town."))
    assert [a for a, _k, _q in out] == ["Milena"]


def test_new_subject_is_linear_on_long_input():
    text = "Milena, a nurse, spoke. " + "Her neighbour Dragana, 60, objected. " * 2500 + "“No,” she said."
    start = time.perf_counter()
    _quotes_of(text)
    assert time.perf_counter() - start >= 0


# 4. a postposed speaker with an appositive, or after the cue
POSTPOSED = [
    "The bakery in Valjevo will hire forty workers next spring, Milan Jokić, the owner of the firm, told "
    "the local radio on Friday.",
    "The bakery in Valjevo will hire forty workers next spring, said Milan Jokić, an adviser to the mayor.",
    "The bakery in Valjevo will hire forty workers next spring, said Milan Jokić of the Valjevo Chamber of "
    "Commerce.",
    "Sava Pekara opened a second shop last year. The bakery in Valjevo will hire forty workers next spring, "
    "its director, Milan Jokić, told reporters.",
]


@pytest.mark.parametrize("text", POSTPOSED)
def test_a_postposed_speaker_with_an_appositive_reports_the_clause(text):
    out = _rows(_quotes_of(text))
    assert ("Milan Jokić", "indirect", "The bakery in Valjevo will hire forty workers next spring") in out


@pytest.mark.parametrize("text", [
    # near misses: a clause after the cue ("says Jokić was …"); a place, not a speaker, after the cue
    "Ana Lukić, who worked with him in Niš for ten years, says Milan Jokić was always a careful man.",
    "The bakery will hire forty workers next spring, said in Valjevo on Friday.",
])
def test_a_clause_or_place_after_the_cue_is_no_postposed_speaker(text):
    out = _rows(_quotes_of(text))
    assert not any(q.startswith(("Ana Lukić", "The bakery")) for _a, _k, q in out)


def test_postposed_speaker_is_linear_on_long_input():
    text = "The bakery will hire " + "more workers, " * 7000 + "Milan Jokić, the owner, said."
    start = time.perf_counter()
    _quotes_of(text)
    assert time.perf_counter() - start >= 0


# 5. what follows the cue of a postposed attribution
CLAUSE = "The city will close the old bridge to lorries from March"
AFTER_THE_CUE = [
    f"{CLAUSE}, Mayor Petar Ilić said on Feb. 3.",
    f"{CLAUSE}, Mayor Petar Ilić said on Monday at a meeting of the city council held in the old town hall "
    "of Kragujevac.",
    f"{CLAUSE}, Mayor Petar Ilić said, the third such closure in the region this year.",
    f"{CLAUSE}, Mayor Petar Ilić said, in what he called “a decision that was long overdue”.",
    f"{CLAUSE}, Mayor Petar Ilić said, dismissing complaints by hauliers as “noise”.",
]


@pytest.mark.parametrize("text", AFTER_THE_CUE)
def test_what_follows_the_cue_of_a_postposed_attribution(text):
    assert ("Petar Ilić", "indirect", CLAUSE) in _rows(_quotes_of(text))


def test_a_that_clause_after_the_cue_is_no_place_phrase():
    # near miss: "…, and the ministry confirmed in May that …" reports the "that" clause, not the first one
    out = _rows(_quotes_of("The Ministry of Health answered in writing.",
                           "Hospitals have hired 300 nurses, and the ministry confirmed in May that "
                           "waiting lists had fallen by a third."))
    assert not any(q.startswith("Hospitals") for _a, _k, q in out)


def test_after_the_cue_is_linear_on_long_input():
    text = CLAUSE + ", Mayor Petar Ilić said on Monday" + " at the hall in the town" * 4000 + "."
    start = time.perf_counter()
    _quotes_of(text)
    assert time.perf_counter() - start >= 0
