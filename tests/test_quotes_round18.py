"""Round 18 of the quote rules: categories of news language read in the test16 split's errors.

Every sentence here is written for the test (none is copied from a split).
"""

import pandas as pd

from helpers.analysis.quoting import quotes


def _each_alone(*texts):
    """Each text as an article of its own (no earlier person for a role noun to refer to)."""
    paras = pd.DataFrame({"article_id": [f"818{k}" for k in range(len(texts))],
                          "paragraph_id": [f"818{k}-p01" for k in range(len(texts))], "text": list(texts)})
    return quotes(paras)


def _speakers(out):
    return list(zip(out["kind"], out["actor"], strict=True))


# ------------------------------------ "NAME of the BODY said": the person, whatever the body's words
def test_a_person_of_a_body_speaks_when_the_bodys_name_is_no_name_of_its_own():
    out = _each_alone(
        # a body whose name joins two words with "and"
        "Latvian MEP Inga Ozola of the Greens and Independents said the report “came a year too late”.",
        # a university named after its town, with a title before the person
        "Sociologist Petar Lukić of the University of Novi Pazar argued that young voters had stopped "
        "trusting every party.",
        # a lowercase kind of body before the body's own name
        "Mila Stojanović from the watchdog Glas Naroda said the tender had been written for one bidder.",
        # "at" and a possessive in the body's name
        "Goran Kesić at the People's Assembly Library told reporters the archive would close in May.",
    )
    assert _speakers(out) == [("direct", "Inga Ozola"), ("indirect", "Petar Lukić"),
                              ("indirect", "Mila Stojanović"), ("indirect", "Goran Kesić")]


def test_of_a_body_after_a_name_that_is_no_person_gives_no_speaker():
    # near miss: the words before "of" are no person's name, so no person speaks for the body
    out = _each_alone("The Head of the Office of the Greens and Independents said the report was late.",
                      "A spokesman for Vučić at the presidency said the talks would go on.")
    assert "Vučić" not in set(out["actor"])
    assert not any(str(a).startswith(("Head", "Office")) for a in out["actor"])


# ------------------------------------ a surname that opens with a lowercase particle, written alone
def test_a_surname_with_a_lowercase_particle_speaks_after_a_quote():
    out = _each_alone(
        "Dutch MEP Pieter van Loon, a liberal, spoke first. “We must give Serbia a place,” van Loon said.",
        "Belgian senator Anne de Smet opened the hearing. “The door is open,” said de Smet.",
        "German MP Klaus von der Heide criticised the plan. “It is a mistake,” von der Heide told MPs.",
    )
    direct = out[out["kind"] == "direct"]
    assert list(direct["speaker"]) == ["van Loon", "de Smet", "von der Heide"]
    assert list(direct["actor"]) == ["Pieter van Loon", "Anne de Smet", "Klaus von der Heide"]


def test_a_lowercase_de_before_a_lowercase_word_is_no_particle():
    # near miss: "de facto" is no name particle; the speaker is the person named after the cue
    out = _each_alone("“We will see,” said Ana Ilić, the de facto leader of the list.")
    assert _speakers(out) == [("direct", "Ana Ilić")]


# ------------------------------ "told <a long audience> that “…”": the that-clause reaches the quote
def test_told_a_long_audience_that_reaches_the_quote():
    out = _each_alone(
        "The German envoy, Hans Weber, told a packed hall at the Faculty of Law on Monday that "
        "“nobody is waiting for Serbia”.",
        "Minister Ivan Kos told a group of farmers near Šabac last week that the subsidies were "
        "“safe for now”.",
        "Ana Perić told the visiting delegation from the European Parliament in Brussels that "
        "“the law is ready”.",
    )
    assert _speakers(out) == [("direct", "Hans Weber"), ("direct", "Ivan Kos"), ("direct", "Ana Perić")]


def test_a_relative_that_after_a_comma_is_no_that_clause_of_told():
    # near miss: the object holds a comma, so "that" is a relative pronoun, not the cue's clause
    out = _each_alone("Ana Perić told a story about her grandfather, a teacher, and the village that "
                      "locals now call “the empty one”.")
    assert "Ana Perić" not in set(out["actor"])


# ------------------------------------ "said at least 4,000 …": a reported clause that opens with a count
def test_a_reported_clause_may_open_with_a_count_after_at_least_about_or_over():
    out = _each_alone(
        "Officials in Belgrade said at least 4,000 people had been evacuated.",
        "The organisers said about 300 buses had brought supporters to the capital.",
        "Police said over a thousand people had gathered in front of the assembly.",
        "Officials in Moscow said up to 20 flights a week would resume in May.",
    )
    assert list(out["kind"]) == ["indirect"] * 4
    assert list(out["quote"].str.split().str[0]) == ["at", "about", "over", "up"]


def test_said_at_or_over_a_place_or_a_medium_opens_no_clause():
    # near miss: "at the meeting", "over the phone" are where or how it was said, not what
    out = _each_alone("Ana Ilić said over the phone the plan was dead.",
                      "Ana Ilić said at the meeting in Novi Sad.")
    assert out.empty


def test_a_reported_clause_stops_before_a_semicolon_and_another_source():
    out = _each_alone("Police said about 9,000 people took part; according to the monitoring group "
                      "Broj Ljudi, the crowd was closer to 30,000.")
    assert out["quote"].iloc[0] == "about 9,000 people took part"


# ------------------------------------ a quote inside a that-clause: no title and cue from the next sentence
def test_a_quote_ending_in_a_comma_keeps_its_that_clause_speaker_not_a_name_in_the_next_sentence():
    out = _each_alone(
        "The agency said in a statement that its teams had reached 80 homes, “most of them cut off,” in "
        "the villages of Brod and Lipa. Russian Ambassador Ivan Kos told reporters the roads would reopen.",
        "The company said that output had risen, “above all in the south,” in Niš and Pirot. Chinese "
        "Ambassador Li Ming told the agency the figures were good.",
        "Kremlin spokesman Dmitry Peskov said that Moscow wanted talks, “without conditions,” in Geneva. "
        "Foreign Minister Marko Đurić said Belgrade was ready.",
    )
    direct = out[out["kind"] == "direct"]
    assert list(direct["actor"]) == ["agency", "company", "Dmitry Peskov"]


def test_a_title_and_name_in_the_quotes_own_sentence_still_speak():
    # near miss: the title and the name stand in the quote's sentence, before its cue
    out = _each_alone("“We are ready to talk,” Russian Ambassador to Serbia Alexander Petrov said on Monday.")
    assert _speakers(out) == [("direct", "Alexander Petrov")]


# ------------------------------------ "demanded that X be done": a demand, not a reported proposition
def test_a_mandative_that_clause_is_no_indirect_quote():
    out = _each_alone(
        "Opposition councillor Ana Ilić demanded that the full contract be published.",
        "The students insisted that the rector not be replaced before the vote.",
        "Green MP Ivo Kos asked that the mining licence be withdrawn at once.",
        "The unions requested that the agreement be signed by Friday.",
    )
    assert out.empty


def test_a_that_clause_with_a_modal_or_a_tense_before_be_is_still_a_quote():
    # near miss: "would be", "had been", "to be" are statements of what is or will be
    out = _each_alone("Ana Ilić said that the contract would be published.",
                      "Ana Ilić said the talks had been cancelled.",
                      "Ana Ilić said that those to be questioned had been named.")
    assert list(out["kind"]) == ["indirect"] * 3


# ------------------------------ "X was, the embassy wrote, Y": an attribution between commas
def test_an_attribution_between_commas_may_use_wrote_confirmed_or_announced():
    out = _each_alone(
        "The Russian embassy sent a wreath. The late minister was, the embassy wrote, a loyal friend "
        "of Moscow.",
        "The new bridge, the ministry confirmed, will open to traffic in May.",
        "The talks, the Commission announced, will resume after the summer.",
    )
    assert list(out["kind"]) == ["indirect"] * 3
    assert list(out["actor"]) == ["Russian embassy", "ministry", "European Union"]


def test_a_verb_between_commas_that_reports_nothing_makes_no_quote():
    # near miss: "the embassy built" is no report verb
    out = _each_alone("The new school, the embassy built, will open to pupils in May.")
    assert out.empty
