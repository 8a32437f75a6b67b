"""Round 23 (issue 13): states any article on the region may name, and two kinds of location use.

* States of the Western Balkans, Eastern Europe and the South Caucasus (Montenegro, Bosnia and
  Herzegovina, Republika Srpska, Albania, North Macedonia, Belarus, Azerbaijan, Georgia, Moldova,
  Armenia) are actors of the alias table, group ``other``, with their capitals; their location uses
  are dropped as for every state ("in Montenegro", "flights to Baku").
* People, parties and vehicles that come from a place ("counterparts from Montenegro", "voters from
  neighbouring Bosnia") and a place after "in neighbouring" are locations.
* The second of two places after "in" is a location even when the first one is not in the table
  ("in Transnistria and Moldova").
"""

import pandas as pd
import pytest

from helpers.analysis import place_uses
from helpers.analysis.actors import actor_aliases, actor_mentions

#: (actor, its aliases as written in the news)
STATES = [
    ("Montenegro", ["Montenegro", "Podgorica"]),
    ("Bosnia and Herzegovina", ["Bosnia and Herzegovina", "Bosnia", "Sarajevo"]),
    ("Republika Srpska", ["Republika Srpska"]),
    ("Albania", ["Albania", "Tirana"]),
    ("North Macedonia", ["North Macedonia", "Skopje"]),
    ("Belarus", ["Belarus", "Minsk"]),
    ("Azerbaijan", ["Azerbaijan", "Baku"]),
    ("Georgia", ["Georgia", "Tbilisi"]),
    ("Moldova", ["Moldova", "Chișinău", "Chisinau"]),
    ("Armenia", ["Armenia", "Yerevan"]),
]


def _table(*texts):
    return pd.DataFrame({"article_id": "723", "paragraph_id": [f"723-p{k:02d}" for k in range(len(texts))],
                         "sentence_id": [f"723-p{k:02d}-s{k:03d}" for k in range(len(texts))],
                         "text": list(texts)})


def _found(*texts):
    out = actor_mentions(_table(*texts))
    return list(zip(out["actor"], out["match"], strict=True))


def test_each_new_state_is_one_actor_of_group_other_with_a_note():
    table = actor_aliases()
    for actor, _aliases in STATES:
        rows = table[table["actor"] == actor]
        assert len(rows) >= 1 and set(rows["group"]) == {"other"} and set(rows["kind"]) == {"place"}
        assert rows["note"].iloc[0] != ""


@pytest.mark.parametrize("actor, aliases", STATES, ids=[s[0] for s in STATES])
def test_a_state_or_its_capital_speaking_is_the_state(actor, aliases):
    for name in aliases:
        assert _found(f"{name} said on Monday that the talks would go on.") == [(actor, name)]
        assert _found(f"The decision angered {name}, which recalled its envoy.") == [(actor, name)]
        assert _found(f"{name}'s position has not changed.") == [(actor, name)]


@pytest.mark.parametrize("actor, aliases", STATES, ids=[s[0] for s in STATES])
def test_a_state_as_a_location_is_no_mention(actor, aliases):
    del actor
    for name in aliases:
        assert _found(f"The meeting was held in {name} last week.") == []
        assert _found(f"She has lived in {name} since 2019.") == []


def test_the_us_state_of_georgia_in_an_adjective_or_a_name_is_no_mention():
    # near misses: "Georgian" is an adjective, "Georgia Tech" a name
    assert _found("Georgian wine is sold in Belgrade shops.") == []
    assert "Georgia" not in {a for a, _m in _found("A study from the University of Georgia was cited.")}


def test_bosnia_alone_and_the_long_name_are_one_mention_each():
    long_name = "Bosnia and Herzegovina"
    assert _found(f"{long_name} protested.") == [(long_name, long_name)]
    assert _found("Bosnia protested.") == [("Bosnia and Herzegovina", "Bosnia")]
    assert _found("Bosnian Serb leaders protested.") == []  # an adjective: no alias


def test_people_parties_and_vehicles_from_a_place_are_located_there():
    assert _found("Ministers met their counterparts from Albania and Hungary.") == []
    assert _found("Buses from Bosnia brought the supporters.") == []
    assert _found("Serb parties from Montenegro attended the rally.") == []
    assert _found("Voters bused in from Republika Srpska cast ballots in two towns.") == []
    assert _found("Fans from Croatia filled the stadium.") == []
    # near miss: pressure or support from a state is the state's
    assert _found("Pressure from Hungary grew.") == [("Hungary", "Hungary")]
    assert _found("The plan won support from Montenegro.") == [("Montenegro", "Montenegro")]


def test_in_neighbouring_is_a_location():
    assert _found("Prices rose in neighbouring Hungary.") == []
    assert _found("The pipeline ends in neighboring Bulgaria.") == []
    assert _found("Families fled to neighbouring Montenegro.") == []
    # near miss: a neighbouring state that acts is a mention
    assert _found("Neighbouring Hungary objected to the plan.") == [("Hungary", "Hungary")]


def test_the_second_of_two_places_after_in_is_a_location():
    assert _found("Tensions in Kosovo and Bosnia and Herzegovina are rising.") == []
    assert _found("Unrest in Transnistria or Moldova would worry the EU.") == [("European Union", "EU")]
    assert _found("In Vojvodina and Hungary the harvest was poor.") == []
    # near misses: a possessive is the state; after "trust in" the places are states
    assert _found("Elections in Kosovo and Serbia's response to them.") == [("Serbian government", "Serbia")]
    assert _found("Trust in Kosovo and Serbia fell.") == [("Serbian government", "Serbia")]
    # outside "in", a state after another is a mention: "support from X and Y"
    assert _found("Support from Washington and Brussels came.") == [("United States", "Washington"),
                                                                       ("European Union", "Brussels")]


def test_after_place_in_on_a_long_text_finishes():
    text = "in Kosovo and " * 8_000 + "Montenegro"  # over 100,000 characters
    assert len(text) > 100_000
    assert place_uses.after_place_in(text, len(text) - 10, len(text))
    long = ("In " + "Aa " * 40_000) + "and Montenegro"
    assert not place_uses.after_place_in(long, len(long) - 10, len(long))
    folded = ("counterparts " * 9_000 + "from neighbouring ").lower()
    assert place_uses.PLACE_BEFORE.search(folded) is not None


def test_the_us_state_department_is_one_actor_however_written():
    actor = "US State Department"
    assert _found("The State Department said the visa rules would stay.") == [(actor, "State Department")]
    assert _found("A State Department spokesperson declined to comment.") == [(actor, "State Department")]
    assert _found("The US State Department issued a travel warning.") == [(actor, "US State Department")]
    assert _found("The US Department of State welcomed the deal.") == [(actor, "US Department of State")]
    # near miss: a state's department in lower case is no US ministry
    assert _found("She worked for a state department of education in Ohio.") == []


def test_a_subsidiary_and_a_daily_by_their_names():
    assert _found("Rio Sava said the mine would be safe.") == [("Rio Sava", "Rio Sava")]
    assert _found("Rio Tinto's subsidiary Rio Sava applied for a permit.") == [("Rio Tinto", "Rio Tinto"),
                                                                               ("Rio Sava", "Rio Sava")]
    assert _found("The daily Vecernje novosti printed the interview.") == [("Večernje novosti",
                                                                           "Vecernje novosti")]
    assert _found("Večernje novosti wrote that the talks had failed.") == [("Večernje novosti",
                                                                            "Večernje novosti")]
    # near misses: the river Sava and a lone adjective are no actors
    assert _found("The Sava river rose overnight.") == []
    assert _found("They met at the vecernje edition's launch.") == []


def test_a_place_as_the_topic_of_a_text_or_a_debate_is_no_mention():
    assert _found("The Commission's yearly report on Hungary is due in May.") == [("European Union",
                                                                                "The Commission")]
    assert _found("MEPs adopted a resolution on Montenegro.") == []
    assert _found("The most shared posts about Croatia were fake.") == []
    assert _found("Parliament debated Albania for an hour.") == []
    # near misses: a possessive is the state; pressure on a state is no topic
    assert _found("The report on Hungary's progress is due.") == [("Hungary", "Hungary")]
    assert _found("Pressure on Hungary grew.") == [("Hungary", "Hungary")]


def test_the_people_land_or_past_of_a_place_is_no_mention():
    assert _found("The citizens of Croatia will vote in May.") == []
    assert _found("China backs the territorial integrity of Moldova.") == [("China", "China")]
    assert _found("It was the worst flood in the history of Bulgaria.") == []
    assert _found("The liberation of Minsk is marked in July.") == []
    # near miss: the government of a place is the state
    assert _found("The government of Croatia protested.") == [("Croatia", "The government of Croatia")]


def test_place_before_with_topic_words_on_a_long_text_finishes():
    folded = ("reports " * 14_000 + "on the ").lower()
    assert len(folded) > 100_000
    assert place_uses.PLACE_BEFORE.search(folded, len(folded) - 60) is not None


def test_the_two_orthodox_churches_and_their_patriarchs_are_actors_of_group_other():
    assert _found("The Serbian Orthodox Church said the service would go ahead.") == [
        ("Serbian Orthodox Church", "Serbian Orthodox Church")]
    assert _found("Patriarch Porfirije received the delegation.") == [("Patriarch Porfirije",
                                                                       "Patriarch Porfirije")]
    assert _found("Porfirije later thanked the hosts.") == [("Patriarch Porfirije", "Porfirije")]
    assert _found("Patriarch Kirill of Moscow sent a message.") == [("Patriarch Kirill",
                                                                     "Patriarch Kirill of Moscow")]
    assert _found("The Russian Orthodox Church backed the plan.") == [("Russian Orthodox Church",
                                                                       "Russian Orthodox Church")]
    groups = set(actor_aliases().query("actor.str.contains('Orthodox|Patriarch')")["group"])
    assert groups == {"other"}
    # near miss: another man called Kirill is not the patriarch
    assert "Patriarch Kirill" not in {a for a, _m in _found("Kirill Dmitriev met the minister.")}
