"""Round 17 of the quote rules: categories of news language read in the test15 split's errors.

Every sentence here is written for the test (none is copied from a split).
"""

import pandas as pd

from helpers.analysis.quoting import quotes


def _each_alone(*texts):
    """Each text as an article of its own (no earlier person for a role noun to refer to)."""
    paras = pd.DataFrame({"article_id": [f"817{k}" for k in range(len(texts))],
                          "paragraph_id": [f"817{k}-p01" for k in range(len(texts))], "text": list(texts)})
    return quotes(paras)


def _groups(out):
    return list(zip(out["actor"], out["group"], strict=True))


# ------------------------------------------------ trade unions: civil society, whoever employs them
def test_a_trade_union_official_is_civil_society_not_a_state_role():
    out = _each_alone("Ana Perić, president of the Metalworkers' Trade Union in Kragujevac, said the shifts "
                      "were “too long for anyone”.",
                      "Union leaders said the stoppage would go on until the plant paid the overtime.")
    assert list(out["group"]) == ["civil_society", "civil_society"]
    assert out["speaker"].iloc[1] == "Union leaders"


def test_the_union_alone_is_still_no_role_word():
    # near miss: "the Union" is the EU's conventional name; only "trade union" and "union leader" are roles
    out = _each_alone("Ana Perić, president of the Union, said the shifts were “too long for anyone”.")
    assert _groups(out) == [("Ana Perić", "serbian_government")]


# ------------------------------------------------ a chargé d'affaires posted in a capital
def test_a_charge_d_affaires_in_belgrade_speaks_for_the_state_named_before_the_title():
    out = _each_alone("The Canadian chargé d'affaires in Belgrade, Paul Lemieux, said Ottawa had "
                      "“serious doubts” about the deal.")
    assert _groups(out) == [("Paul Lemieux", "eu_west")]


def test_a_serbian_official_in_belgrade_keeps_the_capital():
    # near miss: no role word before "in", so the place stays in the title
    out = _each_alone("Speaking in Belgrade, Jovan Ristić, the state secretary, said the talks were "
                      "“going well”.")
    assert _groups(out) == [("Jovan Ristić", "serbian_government")]


# ------------------------------------------------ a private person introduced by first name and age
def test_a_first_name_with_an_age_and_an_occupation_is_the_person_a_pronoun_refers_to():
    out = _each_alone("Petra, 41, a nurse, shook her head. “Nobody asked us,” she said.",
                      "Goran, 58, a retired miner, was less sure. “We will see,” he said.")
    assert _groups(out) == [("Petra", "other"), ("Goran", "other")]


def test_a_place_and_a_distance_is_no_first_name():
    # near miss: "Niš, 40 kilometres south" has no age (a number then a word), so no person "Niš"
    out = _each_alone("In Niš, 40 kilometres south, a farmer said the harvest was “the worst in years”.")
    assert list(out["actor"]) == ["unnamed farmer"]


def test_a_first_name_with_an_age_anywhere_in_its_sentence_is_a_person():
    out = _each_alone("Her cousin Ana, 19, said she would leave for Vienna in the spring. “There is no work "
                      "here,” she said.",
                      "His neighbour Bojan, 70, said the winter would be hard.")
    assert _groups(out) == [("Ana", "other"), ("Ana", "other"), ("Bojan", "other")]


def test_a_known_surname_with_an_age_stays_the_person_introduced_before():
    # near miss: "Ristić, 81," is the surname of the man named in full before, not a new person "Ristić"
    paras = pd.DataFrame({"article_id": ["8179", "8179"], "paragraph_id": ["8179-p01", "8179-p02"],
                          "text": ["Milan Ristić keeps two photographs on his desk.",
                                   "Ristić, 81, spent forty years abroad. He said the embassy had been "
                                   "“a second home”."]})
    out = quotes(paras)
    assert list(out["actor"]) == ["Milan Ristić"]


# ------------------------------------------------ "…,” said a 70-year-old farmer from Ivanjica
def test_a_role_after_the_cue_ends_before_the_town_it_comes_from():
    out = _each_alone("“We were never asked,” said a 70-year-old farmer from Ivanjica.",
                      "“Nobody listens,” said a young woman from Pirot.")
    # round 23: the role keeps its "from" phrase, as the gold writes it ("unnamed woman from Zaječar");
    # the town is still no speaker and gives no group
    assert _groups(out) == [("unnamed 70-year-old farmer from Ivanjica", "other"),
                            ("unnamed young woman from Pirot", "other")]


def test_a_man_the_police_speak_about_is_no_speaker():
    # near miss: "man" is a role word now, but the police say it; the man is what they speak about
    out = _each_alone("Police said a man from Kraljevo had been “detained for questioning” after the "
                      "protest.",
                      "A man from Kraljevo was detained after the protest, police said.")
    assert list(out["actor"]) == ["Serbian police", "Serbian police"]
