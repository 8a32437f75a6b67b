"""Round 15 of the mention rules (issue 13, written from test13's errors): each category of news
language on sentences written for it, and a near miss that the rule leaves alone."""

import pandas as pd

from helpers.analysis.actors import actor_mentions


def _mentions_of(*texts):
    """(actor, match) of every mention in ``texts``, one paragraph each, in one article."""
    table = pd.DataFrame({"article_id": "950", "paragraph_id": [f"950-p{k:02d}" for k in range(len(texts))],
                          "sentence_id": [f"950-p{k:02d}-s000" for k in range(len(texts))],
                          "text": list(texts)})
    out = actor_mentions(table)
    return list(zip(out["actor"], out["match"], strict=True))


# ---- "the US embassy": the embassy, not the United States (test7, test11, test13)

def test_the_us_embassy_is_one_mention_of_the_embassy():
    assert _mentions_of("A spokeswoman for the U.S. Embassy in Podgorica declined to comment.",
                        "The US embassy posted a short statement on Monday.") == [
        ("US embassy", "U.S. Embassy"), ("US embassy", "US embassy")]


def test_the_us_without_embassy_after_it_stays_the_state():
    assert _mentions_of("The US said its embassy would reopen.") == [("United States", "US")]


# ---- "Name (ACRONYM)": one mention, and the acronym names the same actor later (test10, test12, test13)

def test_a_name_with_its_acronym_in_brackets_is_one_mention_and_the_acronym_is_that_actor_later():
    assert _mentions_of(
        "The Danube Investment Agency (DIA) will finance two bridges near Smederevo, it said on Friday.",
        "A DIA spokeswoman said work would start in May. DIA's board meets in March.") == [
        ("DIA", "Danube Investment Agency (DIA)"), ("DIA", "DIA"), ("DIA", "DIA's")]


def test_a_known_actor_keeps_its_name_and_its_acronym_is_not_a_second_mention():
    assert _mentions_of("The National Bank of Serbia (NBS) kept its key rate at 5.75 percent.",
                        "The NBS said inflation was slowing.") == [
        ("National Bank of Serbia", "National Bank of Serbia (NBS)"), ("National Bank of Serbia", "NBS")]


def test_a_bracket_whose_letters_do_not_spell_the_name_is_not_its_acronym():
    # a country code after a person, an agency after a dateline: not the name's acronym
    found = _mentions_of("Rapporteur Andreas Hollerbach (DE) said the report was fair.")
    assert [actor for actor, _match in found] == ["Andreas Hollerbach"]
    assert _mentions_of("The bridge will be built by Sava Bridge Works (SBW).") == [
        ("SBW", "Sava Bridge Works (SBW)")]
    assert _mentions_of("The bridge will be built by Sava Bridge Works (AFP).") == [
        ("Sava Bridge Works", "Sava Bridge Works")]


def test_capitals_before_the_definition_are_not_counted():
    found = _mentions_of("DIA has not said when it will pay.",
                         "The Danube Investment Agency (DIA) will finance two bridges.")
    assert found == [("DIA", "Danube Investment Agency (DIA)")]


# ---- a title of two posts joined by "and" is one title ("Chairman and Chief Executive Officer Name")

def test_two_capitalised_posts_joined_by_and_are_one_title_with_the_company_before_them():
    assert _mentions_of("MOL Chairman and Chief Executive Officer Ivan Horváth said the deal was done.") == [
        ("Ivan Horváth", "Chief Executive Officer Ivan Horváth")]


def test_and_between_an_actor_and_a_person_does_not_make_a_title():
    found = _mentions_of("MOL and Chief Executive Officer Ivan Horváth disagreed.")
    assert ("MOL", "MOL") in found


# ---- a job noun written capitalised before a name is a title, not part of the name (test7, test9, test13)

def test_a_capitalised_scientist_or_post_before_a_name_is_not_part_of_the_actors_name():
    found = _mentions_of("Geologist Petar Ilić of the Mining Institute said the slope was unstable.",
                         "Tycoon Goran Perić bought the club last year.")
    assert [actor for actor, _match in found] == ["Petar Ilić", "Goran Perić"]


def test_a_name_whose_first_word_is_no_role_keeps_it():
    assert [a for a, _m in _mentions_of("Political analyst Vesna Pejić Marković said so.")] == [
        "Vesna Pejić Marković"]


# ---- a dateline of two cities ("LONDON/BELGRADE, Dec 3 -") is a dateline, not two mentions (test13)

def test_a_dateline_filed_from_two_cities_is_no_mention():
    assert _mentions_of("PARIS/BELGRADE, May 4 - The bank will lend Serbia 100 million euros.") == [
        ("Serbian government", "Serbia")]


def test_two_acronyms_joined_by_a_slash_at_the_start_of_a_sentence_stay_mentions():
    found = _mentions_of("NATO/EU officials met in Skopje on Monday - and Serbia was not invited.")
    assert [actor for actor, _match in found] == ["NATO", "European Union", "Serbian government"]


# ---- a settlement named as a place ("the village of X", "the streets of X") is no actor (test12, test13)

def test_a_village_or_the_streets_of_a_town_named_with_residents_is_a_place():
    assert _mentions_of("Dozens of residents of the village of Donja Breza protested against the quarry.",
                        "On the streets of Stara Pazova, residents said prices were rising.") == []


def test_a_city_named_as_its_administration_is_still_an_actor():
    found = _mentions_of("The City of Kraljevo said the water was safe.")
    assert found == [("City of Kraljevo", "City of Kraljevo")]


# ---- "campaigner" is a role word: the group in the apposition is the person's employer (test13)

def test_a_campaigners_employer_in_her_apposition_belongs_to_her():
    assert _mentions_of("Jelena Kostić, climate campaigner at the Niš group Green Future Network, "
                        "said the plan was weak.") == [("Jelena Kostić", "Jelena Kostić")]


def test_the_group_named_outside_the_apposition_is_a_mention():
    found = _mentions_of("Green Future Network said the plan was weak, campaigner Jelena Kostić said.")
    assert [actor for actor, _match in found] == ["Green Future Network", "Jelena Kostić"]


# ---- a first name alone, introduced by a person's role (vox pops: test9, test10, test13)

def test_a_first_name_with_a_persons_role_in_apposition_is_a_person():
    found = _mentions_of('"The buses stopped," said Vesna, a 63-year-old pensioner from Zemun.',
                         "Nikola, a second-year student of chemistry, joined the blockade in March.",
                         "One of the organisers, a history student named Iva, read the demands.")
    assert [actor for actor, _match in found] == ["Vesna", "Nikola", "Iva"]


def test_a_place_or_a_company_with_an_apposition_is_no_person():
    assert _mentions_of("Kraljevo, a city of 120,000 people, voted for the mayor's list.",
                        "Later, a student said the exam was cancelled.",
                        "Work stopped at a mine called Borovica on Monday.") == []
