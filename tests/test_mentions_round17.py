"""Round 17 of the mention rules (issue 13, written from test15's errors): each category of news
language on sentences written for it, and a near miss that the rule leaves alone."""

import pandas as pd

from helpers.analysis.actors import actor_mentions


def _mentions_of(*texts):
    """(actor, match) of every mention in ``texts``, one paragraph each, in one article."""
    table = pd.DataFrame({"article_id": "970", "paragraph_id": [f"970-p{k:02d}" for k in range(len(texts))],
                          "sentence_id": [f"970-p{k:02d}-s000" for k in range(len(texts))],
                          "text": list(texts)})
    out = actor_mentions(table)
    return list(zip(out["actor"], out["match"], strict=True))


# ---- a vox-pop speaker named by a first name alone with an age in apposition (test14, test15)

def test_a_first_name_with_an_age_in_apposition_is_a_person():
    found = _mentions_of("Radmila, 45, a nurse at the clinic, shrugged at the question.",
                         "Her neighbour Bogdan, 70, said he had stopped reading the papers.")
    assert [a for a, _m in found] == ["Radmila", "Bogdan"]


def test_a_place_or_a_score_with_a_number_after_it_is_no_person():
    found = _mentions_of("One man from Valjevo, 52, said the prices had doubled.",
                         "The final read Partizan, 3, Vojvodina, 1, after extra time.")
    assert "Valjevo" not in [a for a, _m in found]
    assert not {"Partizan", "Vojvodina"} & {a for a, _m in found}


def test_the_surname_of_a_person_named_before_stays_that_person_with_an_age():
    found = _mentions_of("Gordana Babić runs the only bakery in the village.",
                         "Babić, 58, opened it after the mine closed.")
    assert [a for a, _m in found] == ["Gordana Babić", "Gordana Babić"]


# ---- "who gave only her first name, Ana": the written-out form of "gave her name only as" (test4,
# test13, test14)

def test_a_speaker_who_gave_only_a_first_name_is_a_person():
    found = _mentions_of("A pensioner, who gave only his first name, Miodrag, said the bus never came.")
    assert [a for a, _m in found] == ["Miodrag"]


def test_only_a_first_name_without_the_giving_makes_no_person():
    found = _mentions_of("Only her first name, printed on the badge, was legible to the reporters.")
    assert found == []
