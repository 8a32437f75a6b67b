"""Round 18 of the mention, theme and clutter rules (issue 13, written from test16's errors): each
category of news language on sentences written for it, and a near miss that the rule leaves alone."""

import pandas as pd

from helpers.analysis.actors import actor_mentions
from helpers.analysis.coverage import tag_themes
from helpers.corpus.cleaning import clean_text


def _mentions_of(*texts):
    """(actor, match) of every mention in ``texts``, one paragraph each, in one article."""
    table = pd.DataFrame({"article_id": "980", "paragraph_id": [f"980-p{k:02d}" for k in range(len(texts))],
                          "sentence_id": [f"980-p{k:02d}-s000" for k in range(len(texts))],
                          "text": list(texts)})
    out = actor_mentions(table)
    return list(zip(out["actor"], out["match"], strict=True))


def _themes_of(*texts):
    """(paragraph number, theme) of every theme tagged in ``texts``, one text paragraph each."""
    table = pd.DataFrame({"article_id": "981", "paragraph_id": [f"981-p{k:02d}" for k in range(len(texts))],
                          "kind": "text", "text": list(texts)})
    out = tag_themes(table)
    return [(int(p[-2:]), t) for p, t in zip(out["paragraph_id"], out["theme"], strict=True)]


def _kinds(*lines):
    """(kind, text) of each paragraph of an article made of a headline and ``lines``."""
    cleaned = clean_text("A headline of the page\n\n" + "\n\n".join(lines) + "\n", "982")
    return [(p.kind, p.text) for p in cleaned.paragraphs][1:]


# ---- clutter of a post copied from a messaging channel or a newsletter (test16: a Telegram digest)

def test_a_line_of_view_and_reaction_counters_is_clutter():
    kinds = _kinds("👀 2.4K · 08:05", "❤️ 410 😂 38", "👍 12K", "🔁 96 💬 1.2K · 23:59")
    assert [k for k, _t in kinds] == ["boilerplate"] * 4


def test_a_line_with_figures_and_a_word_stays_text():
    kinds = _kinds("👍 Turnout reached 61 percent by 8 p.m.", "The count stood at 3.1K votes at 14:32.")
    assert [k for k, _t in kinds] == ["body", "body"]


def test_a_forwarding_line_names_the_source_of_a_post():
    kinds = _kinds("Forwarded from Balkan Insider", "Reposted from Nova Zora", "Shared from Info Kanal")
    assert [k for k, _t in kinds] == ["byline"] * 3


def test_a_sentence_about_a_forwarded_letter_stays_text():
    assert _kinds("Forwarded from the ministry, the letter reached the mayor a week late.")[0][0] == "body"


def test_a_sign_up_line_with_an_address_is_clutter():
    kinds = _kinds("Subscribe to The Danube Brief: danubebrief.example.org",
                   "Sign up for Morning Wire: https://wire.example.com/signup",
                   "Get Balkan Notes: www.balkannotes.example/subscribe")
    assert [k for k, _t in kinds] == ["boilerplate"] * 3


def test_a_sentence_about_subscribing_stays_text():
    line = "Subscribe to the convention: that was the advice of the ministry's lawyers."
    assert _kinds(line)[0][0] == "body"


def test_the_masthead_line_of_a_newsletter_issue_is_a_dateline():
    kinds = _kinds("The Danube Brief · No. 112 · 3 March 2026", "Morning Wire | Issue 7 | May 2, 2025",
                   "Balkan Notes • Vol. 4 • 14 September 2024")
    assert [k for k, _t in kinds] == ["dateline"] * 3


def test_a_sentence_with_a_number_and_a_year_stays_text():
    assert _kinds("Resolution No. 23 was adopted in 2026 by the assembly.")[0][0] == "body"


# ---- "police" describing a thing named right after it: no mention of the police (test16, test9)

def test_police_before_a_thing_it_names_is_no_mention():
    found = _mentions_of("The ministry has still not published the police cooperation agreement.",
                         "He spent the night in police custody before a judge released him.",
                         "Special police units sealed off the square.",
                         "He was questioned for hours at a police station in Zemun.")
    assert found == []


def test_the_police_acting_stay_a_mention():
    found = _mentions_of("Police said 40 people were detained.",
                         "The police stationed officers at every gate.")
    assert [a for a, _m in found] == ["Serbian police", "Serbian police"]


# ---- location uses of a place name: movement to it, people from it, what is run from it (test16)

def test_movement_to_a_country_is_a_location():
    found = _mentions_of("The caption said the revolution was coming to Serbia.",
                         "The storm came to Hungary on Tuesday.",
                         "Refugees kept coming to Austria all winter.")
    assert found == []


def test_people_from_a_country_come_from_a_place():
    found = _mentions_of("The project joins researchers with partners from Germany, Slovenia and Portugal.",
                         "Tourists from China now fill the old town.",
                         "Volunteers from Croatia and Bosnia joined the rescue.",
                         "Both channels are run from Russia, the lab says.")
    assert found == []


def test_support_or_pressure_from_a_state_is_the_state():
    found = _mentions_of("Support from Russia was decisive.", "Russia came to Serbia's defence.")
    assert [a for a, _m in found] == ["Russia", "Russia", "Serbian government"]


def test_a_message_sent_to_a_state_is_sent_to_its_government():
    found = _mentions_of("The Commission never sent an ultimatum to Serbia.",
                         "Washington sent a list of demands to Belgrade.",
                         "The ministry sent a formal complaint to Hungary.")
    assert [a for a, _m in found if a != "European Union"] == [
        "Serbian government", "United States", "Serbian government", "Hungary"]


def test_aid_sent_to_a_state_still_goes_to_a_place():
    assert [a for a, _m in _mentions_of("The EU sent humanitarian aid to Ukraine.")] == ["European Union"]


# ---- names of things and buildings are no actors (test16: "the Safe City project", "outside the
# Cultural Centre")

def test_the_name_of_a_project_or_programme_is_no_actor():
    found = _mentions_of("Critics say the deal repeats the Interior Ministry's Safe City project.",
                         "The Smart Border programme was built in secret.",
                         "Officials defended the Green Corridor scheme on Monday.",
                         "The City Council will vote on it in June.")
    assert "Safe City" not in [a for a, _m in found]
    assert not [m for _a, m in found if m in ("Smart Border", "Green Corridor", "City")]


def test_a_building_named_as_the_place_of_a_speech_is_no_actor():
    found = _mentions_of("She told supporters outside the Cultural Centre that they had won.",
                         "Hundreds gathered in front of the Youth Hall on Sunday.")
    assert found == []


def test_a_body_named_as_a_speaker_is_still_an_actor():
    assert _mentions_of("The Cultural Centre said the concert was cancelled.") == [
        ("Cultural Centre", "Cultural Centre")]


# ---- emergency workers named with their occupation as a title (test16: "Rescuer X of the volunteer group Y")

def test_an_emergency_worker_title_is_no_part_of_the_name():
    found = _mentions_of("Rescuer Nikola Marić of the volunteer group Spas said the teams were tired.",
                         "Firefighter Marko Petrović said the fire was out by noon.",
                         "Paramedic Jelena Savić told reporters two people were hurt.")
    assert [a for a, _m in found] == ["Nikola Marić", "Marko Petrović", "Jelena Savić"]


def test_rescuers_with_no_name_are_no_mention():
    assert _mentions_of("The rescuers said the water was still rising.") == []


# ---- themes: a language spoken is no tie with its state (test16)

def test_speaking_russian_or_chinese_is_no_tie_with_the_state():
    assert _themes_of("Colleagues remember a negotiator who spoke Russian, French and German.",
                      "The new mayor speaks Russian and Turkish, her office said.",
                      "The interpreter is fluent in Chinese and Korean.") == []


def test_russia_acting_still_tags_its_ties():
    assert _themes_of("Moscow and Belgrade signed a new agreement on military cooperation.") == [
        (0, "russia_ties")]


# ---- public services named head last (test16: "The Republic Hydrometeorological Service warned")

def test_a_public_service_or_inspectorate_named_head_last_is_a_body():
    found = _mentions_of("The Republic Hydrometeorological Service warned that the river would rise.",
                         "The Labour Inspectorate found 40 violations at the plant.",
                         "Officials of the Tax Service said the audit was routine.")
    assert [m for _a, m in found] == ["Republic Hydrometeorological Service", "Labour Inspectorate",
                                      "Tax Service"]


def test_a_lower_case_service_is_no_body():
    assert _mentions_of("The bus service from Čačak was cancelled because of the floods.") == []


# ---- themes: the EU's yearly report on the candidate, belonging in Europe, airtime of an election (test16)

def test_belonging_in_europe_and_the_yearly_report_are_accession():
    assert _themes_of("He was one of the few who said Serbia belongs in Europe.",
                      "Our children belong in the EU, the mayor told the crowd.",
                      "They call it the price of a seat in the European family.",
                      "The Commission's annual report on Serbia is due in October.") == [
        (0, "eu_accession"), (1, "eu_accession"), (2, "eu_accession"), (3, "eu_accession")]


def test_another_annual_report_or_family_is_no_accession():
    assert _themes_of("The bank published its annual report on Friday.",
                      "The family moved to Kraljevo in 1999.") == []


def test_airtime_of_the_campaign_is_about_fair_elections():
    assert _themes_of("The opposition said it had been given almost no airtime during the campaign.") == [
        (0, "protests_democracy")]


# ---- a city before a group's name is the group's home, as before an outlet's (test16)

def test_a_city_before_a_group_and_its_name_is_its_home():
    found = _mentions_of("Ana Vasić, a lawyer with the Belgrade group Građanski štit, was not surprised.",
                         "The Moscow foundation Russkiy Mir paid for the concert.",
                         "Protesters read a letter from the Belgrade organisation Civic Space.")
    assert not {"Serbian government", "Russia"} & {a for a, _m in found}


def test_a_city_before_a_lower_case_group_is_its_government():
    found = _mentions_of("The Belgrade group of negotiators met the Commission.")
    assert ("Serbian government", "Belgrade") in found


# ---- a person's employer: an apposition closed by the body's bracket, and "who writes for X" (test16)

def test_an_employer_followed_by_its_bracket_belongs_to_the_person():
    found = _mentions_of('"No," said Ana Vasić, a lawyer with the group Građanski štit (Civic Shield).',
                         "Marko Ilić, an analyst at the Centre for Open Data (COD), said the law was weak.",
                         "Petar Kostić, a researcher at the Institute for Public Policy (IJP), agreed.")
    assert [a for a, _m in found] == ["Ana Vasić", "Marko Ilić", "Petar Kostić"]


def test_who_writes_or_works_for_a_body_names_the_employer():
    found = _mentions_of("My colleague Ivan Grujić, who writes for the weekly Nova Misao, disagrees.",
                         "Jovan Perić, who worked at the Institute for Security Studies, disagreed.",
                         "Milica Đurić, who reports for Radio Slobodna Evropa, was detained.")
    assert [a for a, _m in found] == ["Ivan Grujić", "Jovan Perić", "Milica Đurić"]


def test_who_wrote_to_a_body_is_no_employer():
    found = _mentions_of("Ana Ilić, who wrote to the Commission in May, never got an answer.")
    assert ("European Union", "the Commission") in found


# ---- a state's possessive before a role in a person's apposition is the person's title
# (test16, test14, test9)

def test_a_states_possessive_before_a_role_in_an_apposition_is_the_persons():
    found = _mentions_of("Siniša Kovač, Serbia's First Deputy Prime Minister, said the loan was cheap.",
                         "Dragan Perić, who served as Serbia's ambassador in Rome, said the talks were over.",
                         "Ana Rakić, who was Yugoslavia's and later Serbia's envoy to Vienna, died.")
    assert [a for a, _m in found] == ["Siniša Kovač", "Dragan Perić", "Ana Rakić"]


def test_a_states_possessive_after_a_verb_in_the_comma_phrase_stays_a_mention():
    found = _mentions_of("Marko Jovanović, who heads Serbia's biggest union, said the strike would go on.",
                         "Dragan Perić, who served in Rome, said Serbia's ambassador had been recalled.")
    assert [a for a, _m in found].count("Serbian government") == 2


# ---- a Serbian name capitalises only its first word: "Digitalni štit" is one name (test16)

def test_the_lower_case_serbian_words_of_a_name_belong_to_it():
    found = _mentions_of("The privacy group Digitalni štit said the deal repeated old mistakes.",
                         "Activists of the group Zeleni štit marched to the town hall.",
                         "The association Građanska straža asked for the contract.")
    assert [m for _a, m in found] == ["Digitalni štit", "Zeleni štit", "Građanska straža"]


def test_an_english_word_after_a_name_stays_out_of_it():
    found = _mentions_of("The privacy group Digitalni Shield said the deal repeated old mistakes.")
    assert [m for _a, m in found] == ["Digitalni Shield"]
