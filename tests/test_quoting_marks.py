"""Tests for helpers.analysis.quoting.marks and the attribution rules that let quotes() read articles
written in other styles: every quotation-mark style, appositives, portfolios, possessive titles,
sources of "according to", and pronouns that refer to the subject rather than the object."""

import pandas as pd
import pytest

from helpers.analysis.quoting import quotes
from helpers.analysis.quoting.marks import normalise_marks


@pytest.mark.parametrize(("text", "want"), [
    ("«Serbia will not choose», he said.", "“Serbia will not choose”, he said."),
    ("„They were in my phone,“ said Ana.", "“They were in my phone,” said Ana."),
    ("»Nein«, sagte er.", "“Nein”, sagte er."),
    ("«He called it „a painted door“ today»", "“He called it ‘a painted door’ today”"),
    ("„He kept repeating »no sanctions« and did nothing“. Then „we pay“.",
     "“He kept repeating ‘no sanctions’ and did nothing”. Then “we pay”."),
    ("‚short‘ and ‹single›", "‘short’ and ‘single’"),
    ("He described it as 'special, tested by history', while Serbia's envoy left.",
     "He described it as ‘special, tested by history’, while Serbia's envoy left."),
    ("– No one asked Serbia to choose, – Petrov added.", "“ No one asked Serbia to choose, ” Petrov added."),
    ("– We stay, said minister Petrović.", "“ We stay,”said minister Petrović."),
    ("– 4 – had offered funding. She said \"never\".", "– 4 – had offered funding. She said \"never\"."),
    # the dialogue dash closed without a comma, right before the attribution
    ("— We will not choose — said Ana Petrov.", "“ We will not choose”, said Ana Petrov."),
    ("— We will not choose — Petrov said.", "“ We will not choose”, Petrov said."),
])
def test_every_quotation_style_becomes_curly_marks_of_the_same_length(text, want):
    out = normalise_marks(text)
    assert out == want
    assert len(out) == len(text)


def test_apostrophes_and_plain_text_are_left_alone():
    for text in ("Serbia's and Vučić’s plans", "The leaders' meeting ended.", "No marks at all."):
        assert normalise_marks(text) == text


def _q(*texts):
    paras = pd.DataFrame({"article_id": "x", "paragraph_id": [f"x-p{i:02d}" for i in range(len(texts))],
                          "text": list(texts)})
    return quotes(paras)


def test_guillemet_quote_is_attributed_and_the_text_column_keeps_the_original_marks():
    q = _q("Ambassador Petar Ilić spoke on Monday.",
           "«Serbian homes will be warm this winter», the ambassador stressed.")
    row = q.iloc[0]
    assert (row["quote"], row["actor"], row["kind"]) == (
        "Serbian homes will be warm this winter", "Petar Ilić", "direct")
    assert "«" in row["text"]


def test_a_dialogue_dash_closed_without_a_comma_is_a_direct_quote_but_a_dash_aside_is_not():
    q = _q("— Serbia will not impose sanctions — said Ana Petrov, a minister.")
    assert q[["quote", "actor", "kind"]].values.tolist() == [
        ["Serbia will not impose sanctions", "Ana Petrov", "direct"]]
    assert normalise_marks("— Serbia, a candidate — and a neutral state — acted alone.") == (
        "“ Serbia, a candidate — and a neutral state — acted alone.")  # opened, never closed here
    assert _q("Serbia — a candidate since 2012 — said it would wait.").empty  # an aside, not speech

def test_speaker_is_the_head_of_an_appositive_not_the_organisation_inside_it():
    q = _q("Zhang Wei, a researcher at the Chinese Academy of Social Sciences, told reporters that the "
           "railway had become “a model of cooperation in the region”.")
    assert q.iloc[0]["actor"] == "Zhang Wei"
    assert q.iloc[0]["group"] == "experts"


def test_person_named_after_a_states_possessive_is_the_speaker():
    q = _q("“The door to Europe is a painted door,” said Russia's ambassador Alexander Petrov "
           "at a book launch.")
    assert q.iloc[0]["actor"] == "Alexander Petrov"
    assert q.iloc[0]["group"] == "russia"


def test_portfolio_before_a_name_is_not_part_of_the_name():
    q = _q("Minister of Mining and Energy Dubravka Jović informed the cabinet that the gas storage is full.",
           "State Secretary for the Economy Bojan Lukić told this broadcaster that the plant had "
           "created “many jobs”.")
    assert q["actor"].tolist() == ["Dubravka Jović", "Bojan Lukić"]
    assert set(q["group"]) == {"serbian_government"}


def test_according_to_names_any_source_and_a_dateline_is_not_reported():
    q = _q("Gas deliveries via the pipeline reached a record level this year, according to Srbijagas.",
           "According to a forensic analysis by the Digital Integrity Lab, an independent research "
           "group, the infections took place between March and June.",
           "MOSCOW, 2 October – Russia will honour every obligation to its partners, Russian Ambassador to "
           "Belgrade Alexander Petrov said in an interview on Thursday.")
    assert q["actor"].tolist() == ["Srbijagas", "Digital Integrity Lab", "Alexander Petrov"]
    assert q["quote"].tolist()[1].startswith("the infections took place")
    assert q["quote"].tolist()[2].startswith("Russia will honour")


def test_pronoun_refers_to_the_subject_not_to_a_name_after_a_preposition():
    q = _q("The High Representative, Kaja Tamm, raised the matter with Foreign Minister Marko Lazić by "
           "telephone. She stressed that the country “cannot deepen coordination with an aggressor”.")
    assert q.iloc[0]["actor"] == "Kaja Tamm"


def test_earlier_cue_takes_the_quote_when_the_nearest_cue_word_has_no_speaker():
    q = _q("When Aleksandar Vučić returned from Moscow, he told state television that Serbia had "
           "\"done what a sovereign country does\".")
    assert (q.iloc[0]["actor"], q.iloc[0]["kind"]) == ("Aleksandar Vučić", "direct")


def test_trailing_participial_phrase_closes_a_reported_clause():
    q = _q("A government source, who spoke on condition of anonymity, acknowledged that the timing was "
           "unfortunate, coming a week after the gas deal.")
    assert q.iloc[0]["quote"] == "the timing was unfortunate"
    assert q.iloc[0]["group"] == "serbian_government"


def test_a_speaker_with_no_role_words_is_introduced_and_found_again_by_surname():
    q = _q("“We are against breathing this,” said Snežana Ristić, a retired teacher who has organised "
           "the protests.",
           "“If Brussels and Beijing both look away, who is left?” asked Ristić.")
    assert q["actor"].tolist() == ["Snežana Ristić", "Snežana Ristić"]
    assert set(q["group"]) == {"civil_society"}


def test_an_age_may_stand_between_a_name_and_its_cue():
    q = _q("“We are against breathing this,” said Snežana Ristić, a retired teacher.",
           "Ristic, 64, said air quality readings published by the town had been “switched off” at night.")
    assert q["quote"].tolist()[-1] == "switched off"
    assert q["actor"].tolist()[-1] == "Snežana Ristić"


def test_a_family_name_written_first_is_found_again_alone():
    q = _q("Zhang Wei, a researcher at the Academy of Social Sciences, spoke to Xinhua.",
           "Western criticism of Chinese projects, Zhang argued, reflects “a zero-sum mentality”.")
    assert q.iloc[-1]["actor"] == "Zhang Wei"


def test_a_span_of_time_may_stand_between_the_cue_and_that():
    for text in ("Vučić has said for three years that Serbia will not impose sanctions.",
                 "Vučić has said since 2022 that Serbia will not impose sanctions.",
                 "Vučić said for the first time that Serbia will not impose sanctions."):
        assert _q(text)[["speaker", "kind", "quote"]].values.tolist() == [
            ["Vučić", "indirect", "Serbia will not impose sanctions"]], text
    assert _q("Vučić called for calm that night, and the crowd left.").empty  # "for" + no span of time


def test_an_unnamed_role_speaker_is_not_taken_for_another_role_named_later():
    q = _q("“The factory helped us,” the mayor said.", "“We have seen this before,” the ambassador said.",
           "“We stay,” the student said.")
    assert q[["actor", "group"]].values.tolist() == [
        ["unnamed mayor", "serbian_government"], ["unnamed ambassador", "other"],
        ["unnamed student", "civil_society"]]
    again = _q("“The factory helped us,” the mayor said.", "“It still does,” the mayor said.")
    assert again["actor"].tolist() == ["unnamed mayor", "unnamed mayor"]  # the same role: the same person


def test_any_participial_aside_may_stand_between_the_speaker_and_the_cue():
    q = _q("Opposition MP Jelena Lazić, walking with the crowd, said the ruling party had lost touch.")
    assert q[["actor", "kind", "quote"]].values.tolist() == [
        ["Jelena Lazić", "indirect", "the ruling party had lost touch"]]
    assert _q("Jelena Lazić, a long-standing critic and a thing, the ruling party lost.").empty


def _one_paragraph(*texts):
    return pd.DataFrame({"article_id": ["900"] * len(texts),
                         "paragraph_id": [f"900-p{k:02d}" for k in range(len(texts))], "text": list(texts)})


def test_a_paragraph_opening_with_a_dash_keeps_its_quotes_and_a_dash_quote_ends_at_the_comma_before_said():
    found = quotes(_one_paragraph(
        '– 4 – had offered funding. Olga Semjonova said that Russia "has never used energy as a weapon."',
        "– We will not impose sanctions on Russia, said minister Dragan Petrović."))
    assert found[["actor", "kind"]].values.tolist() == [["Olga Semjonova", "direct"],
                                                         ["Dragan Petrović", "direct"]]
    assert found.quote.iloc[1].startswith("We will not impose sanctions on Russia")


def test_a_speaker_named_in_cyrillic_is_a_name_like_one_in_latin_letters():
    found = quotes(_one_paragraph(
        "The Minister of Energy, Драган Петровић, said on Sunday that Serbia „will not cut the power“.",
        "The spokesperson of the EU Delegation, Ана Јовановић, said that »Serbia chose the European path«.",
        "„We stay,“ Петровић told reporters."))
    assert found[["actor", "group"]].values.tolist() == [
        ["Драган Петровић", "serbian_government"], ["Ана Јовановић", "eu_west"],
        ["Драган Петровић", "serbian_government"]]
    # a lower-case Cyrillic word is not a name
    assert quotes(_one_paragraph("„We stay,“ сказал он.")).actor.tolist() in ([], [""])
