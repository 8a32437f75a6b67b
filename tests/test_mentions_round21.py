"""Round 21 of the mention rules (issue 13, written from test19's errors and the recurring causes of
the older splits): each category of news language on sentences written for it, and a near miss that
the rule leaves alone."""

import time

import pandas as pd

from helpers.analysis.actors import actor_mentions
from helpers.analysis.institutions import canonical_ministry


def _mentions_of(*texts):
    """(actor, match) of every mention in ``texts``, one paragraph each, in one article."""
    table = pd.DataFrame({"article_id": "991", "paragraph_id": [f"991-p{k:02d}" for k in range(len(texts))],
                          "sentence_id": [f"991-p{k:02d}-s000" for k in range(len(texts))],
                          "text": list(texts)})
    out = actor_mentions(table)
    return list(zip(out["actor"], out["match"], strict=True))


# ---- one name per ministry, whatever the wording (GUIDELINES, speakers: organisations)

def test_every_wording_of_one_ministry_gives_one_name():
    wordings = {
        "Ministry of Interior": ["The Interior Ministry", "the interior ministry",
                                 "Ministry of Internal Affairs", "Ministry of the Interior",
                                 "Serbian Ministry of Interior", "Serbia’s interior ministry",
                                 "Ministry of Interior"],
        "Russian Ministry of Foreign Affairs": ["the Russian Foreign Ministry", "Russian foreign ministry",
                                               "Russia's Ministry of Foreign Affairs",
                                               "Russian Ministry of Foreign Affairs"],
        "Ministry of Foreign Affairs": ["Foreign Ministry", "the Serbian Ministry of Foreign Affairs",
                                        "Ministry of Foreign Affairs of the Republic of Serbia"],
        "Bosnian Ministry of Foreign Affairs": ["Ministry of Foreign Affairs of Bosnia and Herzegovina",
                                                "the Bosnian foreign ministry"],
        "Ministry of Construction, Transport and Infrastructure": [
            "Serbian Ministry of Construction, Transport and Infrastructure"],
    }
    for name, forms in wordings.items():
        assert {canonical_ministry(form) for form in forms} == {name}


def test_names_that_are_no_ministry_wording_are_kept():
    for name in ("German Federal Ministry for Economic Affairs", "Russian Ministry of Emergency Situations",
                 "Ministry of Mining and Energy", "Smederevo Police Administration", "the ministry",
                 "Kremlin's Interior Ministry", "Ministry of Culture of Atlantis"):
        assert canonical_ministry(name) == name


def test_mentions_of_a_ministry_take_its_one_name():
    found = _mentions_of(
        "The bridge opened early, according to the Serbian Ministry of Construction, Transport and"
        " Infrastructure.",
        "The Interior Ministry said ten people had been detained.",
        "Ten people were detained, the Ministry of Internal Affairs said.")
    assert [actor for actor, _m in found] == ["Ministry of Construction, Transport and Infrastructure",
                                              "Ministry of Interior", "Ministry of Interior"]


def test_a_state_adjective_before_a_portfolio_ministry_names_that_states_ministry():
    found = _mentions_of(
        "The Russian foreign ministry said on Monday that the talks were over.",
        "Officials at the Chinese foreign ministry declined to comment.",
        "The Bosnian foreign ministry summoned the ambassador on Tuesday.",
        "Serbian finance ministry figures show a deficit of 2 percent.")
    assert found == [("Russian Ministry of Foreign Affairs", "Russian foreign ministry"),
                     ("Chinese Ministry of Foreign Affairs", "Chinese foreign ministry"),
                     ("Bosnian Ministry of Foreign Affairs", "Bosnian foreign ministry"),
                     ("Ministry of Finance", "Serbian finance ministry")]


def test_serbias_energy_and_environment_ministries_take_their_full_names():
    found = _mentions_of("The Serbian environment ministry ordered new tests.",
                         "Serbia's energy ministry published the tender.")
    assert [actor for actor, _m in found] == ["Ministry of Environmental Protection",
                                              "Ministry of Mining and Energy"]


def test_a_ministry_in_a_possessive_comma_title_belongs_to_the_person():
    found = _mentions_of(
        "The Russian foreign ministry's spokeswoman, Maria Zakharova, said the vote was a provocation.",
        "The Hungarian foreign ministry's spokesman, Péter Kovács, called it a mistake.",
        "Serbia's interior ministry's spokesman, Petar Ilić, said the march was calm.")
    assert [actor for actor, _m in found] == ["Maria Zakharova", "Péter Kovács", "Petar Ilić"]


def test_a_ministry_with_an_unnamed_spokesperson_stays_a_mention():
    found = _mentions_of("The Russian foreign ministry's spokeswoman said on Monday that talks were over.")
    assert [actor for actor, _m in found] == ["Russian Ministry of Foreign Affairs"]


def test_the_ministry_rules_run_in_linear_time():
    text = "The Russian foreign " * 5000 + "ministry said so. " + "Ministry of " * 3000
    t0 = time.process_time()
    _mentions_of(text)
    canonical_ministry("Ministry of " + "Interior of " * 3000)
    assert time.process_time() - t0 < 2.0


# ---- a quantified or denied plural collective names some people, not the collective

def test_a_plural_collective_after_a_quantifier_or_a_denial_is_no_mention():
    found = _mentions_of(
        "The court freed the detained students on Friday.",
        "He said those arrested were not students but hooligans from other towns.",
        "Like most students we met, she asked not to be named.",
        "The dean wrote to all students on Monday.",
        "A faculty that fears its own students has lost its way.")
    assert found == []


def test_the_collective_itself_is_still_a_mention():
    found = _mentions_of("Students blocked the road on Friday.",
                         "Some students told me they were tired.",
                         "Thousands of students marched to the court.")
    assert [actor for actor, _m in found] == ["protesters"] * 3


# ---- a company named with a state's name first is one name ("China Road Link Engineering")

def test_a_company_whose_name_opens_with_a_state_is_no_mention_of_the_state():
    found = _mentions_of(
        "The bridge was built by China Road Link Engineering under a loan from a policy bank.",
        "The contract went to Serbia Copper Mining Group last year.",
        "Russia Gas Transport Company said the pipeline was full.")
    assert [actor for actor, _m in found] == ["China Road Link Engineering", "Serbia Copper Mining Group",
                                              "Russia Gas Transport Company"]


def test_a_states_possessive_or_a_short_name_before_a_company_word_keeps_the_state():
    found = _mentions_of("Serbia signed with Zijin Mining Group on Monday.",
                         "China Energy said so.")
    assert [actor for actor, _m in found][:1] == ["Serbian government"]
    assert ("China", "China") in found


# ---- scientists named by their field, and a university's rector, are role words

def test_a_scientists_field_or_a_rector_is_a_title_not_part_of_the_name():
    found = _mentions_of(
        "Hydrogeologist Petar Milić of the Faculty of Mining said both sides were overselling certainty.",
        "Toxicologist Ana Jovanović told the station the levels were high.",
        "The rector of the University of Niš, Dragan Pavlović, said no student should spend a night in jail.")
    assert [actor for actor, _m in found] == ["Petar Milić", "Ana Jovanović", "Dragan Pavlović"]


# ---- a city as a destination, a distance or a person's origin is a location

def test_a_city_reached_by_a_march_or_a_ride_or_measured_from_is_a_location():
    found = _mentions_of(
        "The students said they would march to Belgrade on December 20.",
        "Half of us cannot afford a bus ticket to Belgrade, she said.",
        "Now the fortress is an hour from Belgrade.",
        "The village lies 40 kilometres from Belgrade.",
        "A 29-year-old IT worker from Belgrade said the talks were theatre.")
    assert [actor for actor, _m in found] == ["protesters"]


def test_a_city_that_acts_is_still_its_government():
    found = _mentions_of("Belgrade said it would march on with the reforms.",
                         "The hour has come for Belgrade to choose, the commissioner said.")
    assert [actor for actor, _m in found] == ["Serbian government", "Serbian government"]


def test_the_new_place_patterns_run_in_linear_time():
    text = ("march " * 20000) + "to Belgrade. " + ("hours " * 20000) + "from Belgrade."
    t0 = time.process_time()
    _mentions_of(text)
    assert time.process_time() - t0 < 2.0


# ---- a live blog's key-events list is navigation clutter, its entries are text

def _kinds(*lines):
    """The paragraph kind the cleaner gives each line of an article made of ``lines``."""
    from helpers.corpus.cleaning import clean_text

    cleaned = clean_text("\n\n".join(["A summit live blog", *lines]), headline="A summit live blog")
    return {p.text: p.kind for p in cleaned.paragraphs}


def test_a_key_events_line_with_a_time_and_a_headline_is_clutter():
    lines = ["Key events", "21:14 Prime minister concedes defeat in the capital",
             "3h ago Commission: talks with Belgrade \"on track\" despite the row",
             "45 min ago Opposition leaders call for a recount", "Key event"]
    kinds = _kinds(*lines, "The prime minister spoke to reporters outside the building on Sunday.")
    assert all(kinds[line] not in ("body", "subhead", "list_item") for line in lines)


def test_a_live_blog_entry_that_ends_its_sentence_is_text():
    entry = "14:05 The president has arrived at the summit venue and did not stop for the cameras."
    kinds = _kinds("Key events", entry, "Reporters waited outside for two hours in the rain.")
    assert kinds[entry] == "body"


# ---- themes: the conditions of membership, the single market, the last chapters are EU accession

def _themes_of(*texts):
    """(paragraph number, theme) of every theme tagged in ``texts``, one text paragraph each."""
    from helpers.analysis.coverage import tag_themes

    table = pd.DataFrame({"article_id": "992", "paragraph_id": [f"992-p{k:02d}" for k in range(len(texts))],
                          "kind": "text", "text": list(texts)})
    out = tag_themes(table)
    return [(int(p[-2:]), t) for p, t in zip(out["paragraph_id"], out["theme"], strict=True)]


def test_the_conditions_of_membership_are_the_accession_theme():
    found = _themes_of("The minister said Belgrade would meet the EU's conditions by the spring.",
                       "Critics say the Commission's conditions on the new tax law are vague.",
                       "Montenegro hopes to close its last chapters next year.",
                       "Farmers want better access to the single market for their fruit.")
    assert [k for k, theme in found if theme == "eu_accession"] == [0, 1, 2, 3]


def test_conditions_of_something_else_are_no_accession_theme():
    assert _themes_of("Weather conditions delayed the harvest in Vojvodina.",
                      "The loan's conditions were never published, the audit office said.") == []
