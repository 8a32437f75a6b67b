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


# ------------------------------------------------ "X of the ruling party said": the person speaks
def test_a_person_named_with_of_a_party_speaks_with_the_partys_group():
    out = _each_alone("Jelena Savić of the ruling Serbian Progressive Party (SNS) told reporters that "
                      "the plan was “a good deal”.",
                      "Marko Tadić of the ruling Serbian Progressive Party said the budget was “balanced”.")
    assert _groups(out) == [("Jelena Savić", "serbian_government"), ("Marko Tadić", "serbian_government")]


def test_the_party_itself_and_its_unnamed_spokesman_still_speak_for_the_party():
    # near misses: no person's name before "of the party"
    out = _each_alone("The ruling Serbian Progressive Party (SNS) said the plan was “a good deal”.",
                      "A spokesman for the ruling Serbian Progressive Party said the plan was “a good deal”.")
    assert list(out["actor"]) == ["Serbian Progressive Party", "Serbian Progressive Party"]


def test_a_person_named_with_of_a_party_the_tables_do_not_know_is_introduced():
    # the surname later refers to her; her group comes from the collective she is one of
    out = _quotes_of("Opposition councillors walked out. Vesna Marić of the Party of Civic Courage (SGH) "
                     "said the vote had been called in a hurry. “Nobody has read the plan,” she said.",
                     "Maric added that the plan was “a gift to the mayor”.")
    direct = out[out["kind"] == "direct"]
    assert _groups(direct) == [("Vesna Marić", "civil_society"), ("Vesna Marić", "civil_society")]


# ------------------------------------------------ a quote first, then "X told a briefing in <capital>"
def test_a_government_title_after_the_quote_takes_the_capital_of_the_briefing():
    out = _each_alone("“We will not accept quotas,” government spokesman Tamás Varga told a briefing "
                      "in Budapest.",
                      "“The road stays open,” Interior Minister Arben Krasniqi told reporters in Pristina.")
    assert _groups(out) == [("Tamás Varga", "eu_west"), ("Arben Krasniqi", "other")]


def test_a_capital_inside_the_quote_is_no_place_of_the_speaker():
    # near miss: Budapest is what was said, the minister is still Serbia's
    out = _each_alone("“We will not take lessons from Budapest,” government spokesman Petar Ilić "
                      "told reporters.")
    assert _groups(out) == [("Petar Ilić", "serbian_government")]


# ------------------------------------------------ "a survey by X ... X's director": the pollster's staff
def test_the_director_of_a_pollster_named_by_its_first_word_is_an_expert():
    out = _quotes_of("According to a new survey by Vox Populi Research, the ruling party has lost ground. "
                     "Vox's director, Jana Kos, said the trend was “clear”.")
    assert _groups(out)[-1] == ("Jana Kos", "experts")


def test_a_possessor_no_organisation_was_introduced_with_gives_no_group():
    # near miss: nothing named "Vox" was introduced
    out = _quotes_of("Vox's director, Jana Kos, said the trend was “clear”.")
    assert _groups(out) == [("Jana Kos", "other")]


# ------------------------------------------------ "a former Brussels correspondent": a place, not an owner
def test_a_journalist_named_by_the_capital_of_the_post_takes_no_group_from_it():
    out = _each_alone("Ana Ilić, a former Brussels correspondent, said the mood had “never been this cold”.",
                      "Ana Ilić, the Moscow correspondent of Radio Free Europe, said the mood was “cold”.")
    assert _groups(out) == [("Ana Ilić", "other"), ("Ana Ilić", "eu_west")]


def test_a_journalist_named_by_a_nationality_keeps_it():
    # near miss: a nationality word is no capital (behaviour unchanged)
    out = _each_alone("Ana Ilić, a former Russian correspondent, said the mood was “cold”.")
    assert _groups(out) == [("Ana Ilić", "russia")]


# ------------------------------------------------ "Host X": a title, not part of the name
def test_a_host_is_a_title_before_the_name():
    out = _quotes_of("Host Marko Perić opened the show with a question.",
                     "Perić said the guests had been “unusually candid”.")
    assert list(out["actor"]) == ["Marko Perić"]


def test_a_host_country_is_no_speaker():
    # near miss: "host" as a modifier of a state names no person
    out = _each_alone("The host country said the summit had been “a success”.")
    assert list(out["actor"]) == [""]


# ------------------------------------------------ volunteer and aid groups are civil society
def test_a_member_of_a_volunteer_group_and_aid_groups_are_civil_society():
    out = _each_alone("Volunteers describe a different picture. “We see new injuries every night,” said "
                      "Ana Perić of the group Warm Hands.",
                      "The camps were full, aid groups said.")
    assert _groups(out) == [("Ana Perić", "civil_society"), ("aid groups", "civil_society")]


def test_a_group_with_no_word_for_its_kind_gives_no_group():
    # near miss: "the group" alone names no kind of group
    out = _each_alone("Witnesses describe a different picture. “We see new injuries every night,” said "
                      "Ana Perić of the group Warm Hands.")
    assert _groups(out) == [("Ana Perić", "other")]


# ------------------------------------------------ a name after an organisation noun is no person
def test_a_pronoun_does_not_refer_to_a_group_named_after_its_noun():
    out = _quotes_of("Ana Perić of the volunteer group Warm Hands hands out food.",
                     "Marko, 19, from Kabul, said he had tried to cross six times. “They send us back,” "
                     "he said.")
    assert "Warm Hands" not in set(out["actor"])


# ------------------------------------------------ "X, 52, who runs a bakery, said …": age and appositive
def test_an_age_before_the_appositive_keeps_the_name_as_speaker():
    out = _each_alone("Ana Ilić, 52, who runs a bakery on the square, said she was glad the market was open.",
                      "Ana Ilić, 52, a retired nurse, said she was glad the market had reopened.")
    assert list(zip(out["actor"], out["kind"])) == [("Ana Ilić", "indirect"), ("Ana Ilić", "indirect")]


def test_a_number_that_is_no_age_is_still_no_appositive():
    # near miss: a list of figures after the name is no age and no appositive
    out = _each_alone("Sales rose at Ana Ilić, 52, 40 and 30 percent, said the report.")
    assert "Ana Ilić" not in set(out["actor"])


# ------------------------------------------------ a quoted phrase inside a reported clause: its speaker's
def test_a_list_of_speakers_in_one_sentence_keeps_each_quote_with_its_own():
    out = _each_alone("Belgrade says the deal is “fair”, Moscow thanks Serbia for its “loyalty”.",
                      "The ambassador told the daily Danas that Russia would “never ask Serbia to choose”, "
                      "a formula officials repeat often.")
    assert list(zip(out["actor"], out["quote"])) == [("Serbian government", "fair"), ("Russia", "loyalty"),
                                                     ("unnamed ambassador", "never ask Serbia to choose")]


def test_a_quote_with_its_own_attribution_after_it_keeps_it():
    # near misses: a whole quotation ending with a comma inside the marks, and a quote opening the sentence
    out = _each_alone("Belgrade says the deal is fair. “We are ready,” Moscow said.",
                      "“We are ready”, said Ana Ilić.")
    assert list(out["actor"]) == ["Serbian government", "Russia", "Ana Ilić"]
