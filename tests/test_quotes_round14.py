"""Round 14 of the quote rules: categories of news language read in the test12 split's errors.

Every sentence here is written for the test (none is copied from a split).
"""

import pandas as pd

from helpers.analysis.quoting import quotes


def _quotes_of(*texts):
    paras = pd.DataFrame({"article_id": ["814"] * len(texts),
                          "paragraph_id": [f"814-p{k:02d}" for k in range(len(texts))], "text": list(texts)})
    return quotes(paras)


def _speakers(out):
    return list(zip(out["actor"], out["quote"], strict=True))


# ------------------------------------------------ a thing that "showed" inside a reported clause
def test_a_quote_after_a_thing_that_showed_goes_to_the_speaker_who_said_so():
    out = _quotes_of("Marta Kovač, an analyst at the Belgrade Institute, said the new contract showed "
                     "that the government was “playing for time”.")
    assert _speakers(out) == [("Marta Kovač", "playing for time")]
    assert list(out["group"]) == ["experts"]


def test_a_quote_after_a_thing_that_showed_in_a_that_clause_of_an_organisation():
    out = _quotes_of("The European Commission said in a statement that the new pipeline deal showed "
                     "that “other routes exist”.")
    assert _speakers(out) == [("European Union", "other routes exist")]


def test_a_thing_that_showed_with_no_speaker_before_it_keeps_its_own_words():
    # near miss: no earlier cue in the sentence, so no actor is made up
    out = _quotes_of("The new contract showed that the government was “playing for time”.")
    assert list(out["actor"].isna() | (out["actor"] == "")) == [True]


def test_a_named_subject_of_the_nearest_cue_is_kept():
    # near miss: the nearest cue has an actor of its own, the outer speaker does not take its quote
    out = _quotes_of("Marta Kovač, an analyst at the Belgrade Institute, said President Aleksandar Vučić "
                     "had argued that the deal was “a historic success”.")
    assert _speakers(out) == [("Aleksandar Vučić", "a historic success")]


# ------------------------------------------------ a lower-case title between the cue and the name
def test_a_speaker_after_the_cue_with_a_lower_case_title_before_the_name():
    out = _quotes_of("“The wells have been dry since June,” said farmer Jovan Lukić, 64.",
                     "“We were promised a new line,” said retired teacher Vesna Marić after the meeting.",
                     "“The report is balanced,” said shadow rapporteur Karin Holm (Greens, DK).")
    assert _speakers(out) == [("Jovan Lukić", "The wells have been dry since June,"),
                              ("Vesna Marić", "We were promised a new line,"),
                              ("Karin Holm", "The report is balanced,")]


def test_words_after_the_cue_that_are_no_title_do_not_make_a_speaker():
    # near miss: "on Monday" is a time, not a title; the name after it is not taken as the speaker
    out = _quotes_of("“The wells have been dry since June,” said on Monday Jovan Lukić.")
    assert "Jovan Lukić" not in list(out["actor"])


# ------------------------------------------------ "it" after a person spoke in between
def test_it_refers_to_the_last_body_that_spoke_although_a_person_spoke_since():
    out = _quotes_of("The resolution, adopted by the European Parliament, says Serbia must align its "
                     "foreign policy with the EU.",
                     "“This is a fair text,” said Karin Holm, a Swedish MEP.",
                     "The vote was held in Strasbourg.",
                     "It notes that more than 100 attacks on reporters were recorded last year.")
    last = out[out["paragraph_id"] == "814-p03"]
    assert list(zip(last["actor"], last["kind"])) == [("European Union", "indirect")]


def test_it_still_refers_to_the_most_recent_body_that_spoke():
    # near miss: an older body does not win over the body of the paragraph before
    out = _quotes_of("The European Commission said on Monday that the talks would go on.",
                     "“This is a fair text,” said Karin Holm, a Swedish MEP.",
                     "The Russian embassy said on Tuesday that the sanctions were illegal.",
                     "It added that gas deliveries would continue.")
    assert list(out["actor"])[-2:] == ["Russian embassy", "Russian embassy"]


# -------------------------------------- a contact clause after the source ("an official I spoke to")
def test_a_source_the_writer_met_speaks_through_the_contact_clause():
    out = _quotes_of("A Commission official I spoke to put it plainly: “Nobody here is in a hurry.”",
                     "Officials we interviewed last week acknowledged that the bridge had become "
                     "“a symbol of everything”.")
    assert list(zip(out["actor"], out["group"], out["quote"])) == [
        ("unnamed Commission official", "eu_west", "Nobody here is in a hurry."),
        ("unnamed Officials", "serbian_government", "a symbol of everything")]


def test_a_clause_with_its_own_subject_after_a_source_is_no_contact_clause():
    # near miss: "we" opens a new clause with another verb; the official still speaks, the clause is not his
    out = _quotes_of("A Commission official said we should expect “nothing before spring”.")
    assert list(zip(out["actor"], out["quote"])) == [("unnamed Commission official", "nothing before spring")]


# -------------------------------------- a "which"-clause between an organisation and its cue
def test_an_organisation_speaks_across_its_which_clause():
    out = _quotes_of("The residents' group Clean Air Pirot, which organised the march, said the plant had "
                     "broken its permit twice.")
    rows = list(zip(out["actor"], out["group"], out["kind"]))
    assert rows == [("Clean Air Pirot", "civil_society", "indirect")]


def test_an_object_before_a_which_clause_is_not_the_speaker_of_a_later_cue():
    # near miss: the organisation is what the mayor met; the mayor speaks
    out = _quotes_of("Mayor Ana Ilić met Clean Air Pirot, which organised the march, and said the plant "
                     "would be inspected.")
    assert list(out["actor"]) == ["Ana Ilić"]


# -------------------------------------- an acronym, perhaps after a state's possessive, as the subject
def test_a_company_written_as_an_acronym_speaks_through_said_in_a_statement_that():
    out = _quotes_of("Slovenia's PLINOVODI said in a statement that it had met every delivery “on schedule”.",
                     "ADRIAGAS said that the terminal would open in May.")
    assert list(zip(out["actor"], out["kind"])) == [("PLINOVODI", "direct"), ("ADRIAGAS", "indirect")]


def test_words_in_capitals_that_are_not_one_acronym_do_not_speak():
    # near miss: two words in capitals open the sentence; no lone name speaks
    out = _quotes_of("BREAKING NEWS said that the terminal would open in May.")
    assert out.empty


# -------------------------------------- a cue word used as a plural noun before "of"
def test_claims_of_is_a_noun_so_a_second_quote_goes_to_the_first_speaker():
    out = _quotes_of("The Serbian government said that gas had arrived “on time” and that claims of "
                     "shortages were “politically motivated”.")
    assert list(zip(out["actor"], out["kind"], out["quote"])) == [
        ("Serbian government", "direct", "on time"),
        ("Serbian government", "direct", "politically motivated")]


def test_claims_as_a_verb_still_speaks():
    # near miss: "claims that" is the verb
    out = _quotes_of("The Serbian government claims that gas arrived “on time”.")
    assert list(zip(out["actor"], out["quote"])) == [("Serbian government", "on time")]


# -------------------------------------- a clause of time or cause after the closing speaker
def test_a_reported_clause_before_its_speaker_with_a_clause_of_time_after_the_cue():
    out = _quotes_of("Montenegro has enough power for the winter, the state utility EPCG said on Friday, "
                     "after Albania agreed to sell it more.")
    rows = list(zip(out["kind"], out["quote"]))
    assert rows == [("indirect", "Montenegro has enough power for the winter")]


def test_a_contrast_clause_after_the_cue_keeps_its_own_speaker():
    # near miss: ", while X said ..." is another speaker's clause, not a tail of the first
    out = _quotes_of("Montenegro has enough power for the winter, the state utility EPCG said on Friday, "
                     "while the opposition said prices would rise.")
    assert list(out["quote"]) == ["prices would rise"]


# -------------------------------------- a sentence all in quote marks after reported speech
def test_a_quoted_sentence_after_reported_speech_goes_on_with_its_speaker():
    out = _quotes_of("Ana Ilić, an economist at the Belgrade Institute, argued that Serbia gained from "
                     "keeping the trade quiet. “It earns money from both sides.”")
    assert list(zip(out["actor"], out["kind"])) == [("Ana Ilić", "indirect"), ("Ana Ilić", "direct")]


def test_a_quoted_phrase_inside_a_narrated_sentence_after_reported_speech_is_no_quote():
    # near miss: the words in quote marks are part of the writer's sentence, not a sentence of speech
    out = _quotes_of("Ana Ilić, an economist at the Belgrade Institute, argued that Serbia gained from "
                     "keeping the trade quiet. The slogan “Serbia first” was on every wall.")
    assert list(out["kind"]) == ["indirect"]


# -------------------------------------- an environmental association is civil society (roles.csv)
def test_the_coordinator_of_an_environmental_association_is_civil_society():
    out = _quotes_of("The Pirot environmental association Čist Vazduh published its figures on Monday.",
                     "Čist Vazduh's coordinator, Milan Jović, said the association stood by its figures.")
    assert list(zip(out["actor"], out["group"])) == [("Milan Jović", "civil_society")]


def test_a_ministry_of_environmental_protection_stays_the_government():
    # near miss: "environmental" in a ministry's name is no association
    out = _quotes_of("The Ministry of Environmental Protection said the plant had passed every inspection.")
    assert list(zip(out["actor"], out["group"])) == [("Ministry of Environmental Protection",
                                                      "serbian_government")]


# -------------------------------------- "texted" is a speech verb, as "tweeted" and "wrote" are
def test_a_source_who_texted_the_writer_is_quoted():
    out = _quotes_of("One EU diplomat I have known for years texted me on Sunday: "
                     "“Nobody will move before May.”")
    assert list(zip(out["actor"], out["quote"])) == [("unnamed EU diplomat", "Nobody will move before May.")]


def test_texted_with_no_words_reported_is_no_quote():
    # near miss: a message sent, no words reported
    assert _quotes_of("The minister texted his adviser and left the room.").empty


# -------------------------------------- "X of the Y said" closing a reported clause: X speaks
def test_a_person_of_an_organisation_closing_a_reported_clause_speaks():
    out = _quotes_of("Lenders have grown wary of Russian payments, analyst Jovana Perić of the Novi Sad "
                     "Finance Institute said.")
    assert list(zip(out["actor"], out["group"])) == [("Jovana Perić", "experts")]


def test_a_role_of_an_organisation_closing_a_reported_clause_is_still_the_organisation():
    # near miss: no person's name before "of": the organisation speaks through its spokesman, as before
    out = _quotes_of("Lenders have grown wary of Russian payments, a spokesman for the Novi Sad Finance "
                     "Institute said.")
    assert list(out["actor"]) == ["Novi Sad Finance Institute"]
