"""Round 19 of the mention, theme and clutter rules (issue 13, written from test17's errors and the
walk6 student walkthrough): each category of news language on sentences written for it, and a near
miss that the rule leaves alone."""

import re
import time

import pandas as pd

from helpers.analysis.actors import actor_mentions
from helpers.analysis.coverage import tag_themes
from helpers.corpus.cleaning import clean_text
from helpers.corpus.line_rules import _rule_rows


def _mentions_of(*texts):
    """(actor, match) of every mention in ``texts``, one paragraph each, in one article."""
    table = pd.DataFrame({"article_id": "990", "paragraph_id": [f"990-p{k:02d}" for k in range(len(texts))],
                          "sentence_id": [f"990-p{k:02d}-s000" for k in range(len(texts))],
                          "text": list(texts)})
    out = actor_mentions(table)
    return list(zip(out["actor"], out["match"], strict=True))


def _themes_of(*texts):
    """(paragraph number, theme) of every theme tagged in ``texts``, one text paragraph each."""
    table = pd.DataFrame({"article_id": "991", "paragraph_id": [f"991-p{k:02d}" for k in range(len(texts))],
                          "kind": "text", "text": list(texts)})
    out = tag_themes(table)
    return [(int(p[-2:]), t) for p, t in zip(out["paragraph_id"], out["theme"], strict=True)]


def _kinds(*lines):
    """(kind, text) of each paragraph of an article made of a headline, a body line and ``lines``."""
    body = "The council met on Tuesday and approved the budget for the coming year."
    cleaned = clean_text("A headline of the page\n\n" + body + "\n\n" + "\n\n".join(lines) + "\n", "992")
    return [(p.kind, p.text) for p in cleaned.paragraphs][2:]


# ---- clutter: photo captions closed by an agency's credit (Chinese state agencies, wire services)

def test_a_caption_closed_by_agency_and_photographer_in_brackets_is_clutter():
    kinds = _kinds(
        "Photo taken on May 2, 2026 shows a train on the new bridge near Smederevo, Serbia. (Xinhua/Li Ming)",
        "Workers assemble tyres at a plant in Zrenjanin, March 3, 2026. (China News Service/Zhou Lei)",
        "Visitors look at a photo exhibition in Belgrade on June 1, 2026. (Tanjug/Ana Petrović)")
    assert [k for k, _t in kinds] == ["caption"] * 3


def test_a_caption_closed_by_a_credit_in_square_brackets_is_clutter():
    kinds = _kinds("Students visit the Confucius Institute in Novi Sad. [Photo/Xinhua]",
                   "A freight train leaves Piraeus for Budapest. [Photo by Zhang Wei/China Daily]",
                   "Fireworks over the Belgrade waterfront. [Photos/VCG]")
    assert [k for k, _t in kinds] == ["caption"] * 3


def test_a_sentence_with_a_slash_in_brackets_is_still_text():
    kinds = _kinds("The ministry said the plan for the corridor was ready. (EU/Serbia)",
                   "The talks ended without a deal on the corridor (see the EU/Serbia timeline).",
                   "Support for the government fell to 41 percent (Ipsos/Nova Srpska Politička Misao).")
    assert [k for k, _t in kinds] == ["body"] * 3


def test_the_caption_credit_patterns_run_in_linear_time():
    """On 100,000 characters (past their length limit) each new pattern takes well under a second."""
    rows = [r for r in _rule_rows() if "Xinhua/Li Ming" in r[2] or "[Photo/Xinhua]" in r[2]]
    assert len(rows) == 2
    texts = ["Photo. (" + "Xinhua " * 14_000 + "/Li Ming Li", ". (" + "A/" * 50_000,
             "[Photo by " + "/" * 100_000]
    for pattern, *_rest in rows:
        regex = re.compile(pattern)
        start = time.process_time()
        for text in texts:
            regex.search(text)
        assert time.process_time() - start < 1.0, pattern


# ---- clutter: a related-items heading names its items ("Related press releases") and the headlines under it

def test_a_related_items_heading_and_its_headlines_are_clutter():
    kinds = _kinds("Related press releases",
                   "President receives the credentials of three new ambassadors",
                   "Prime Minister speaks by phone with the Greek Prime Minister")
    assert [k for k, _t in kinds] == ["related_link"] * 3
    for heading in ("Related posts:", "Other press releases", "Latest statements", "Related publications"):
        assert _kinds(heading)[0][0] == "related_link", heading


def test_a_sentence_about_press_releases_is_text():
    kinds = _kinds("Related press releases were published by the ministry on the same day.",
                   "The ministry issued more press releases than any other office this year.")
    assert [k for k, _t in kinds] == ["body"] * 2


# ---- themes: EU membership as the strategic goal, the European road, choosing Europe, chapters to open

def test_eu_membership_named_as_the_strategic_goal_is_accession():
    found = _themes_of("Membership of the Union remains our strategic goal, the prime minister told MPs.",
                       "For the government, the Union is still the strategic goal, whatever the polls say.",
                       "The foreign minister said joining the Union was Serbia's strategic goal.")
    assert found == [(0, "eu_accession"), (1, "eu_accession"), (2, "eu_accession")]


def test_the_european_road_and_choosing_europe_are_accession():
    found = _themes_of("The president insisted the country was still on the European road.",
                       "A nation that chose Europe in its constitution cannot vote against it every week.",
                       "Ministers said Belgrade could not expect the next chapters to open this year.",
                       "There is no other road to Europe for Montenegro and Serbia, the envoy said.")
    assert found == [(0, "eu_accession"), (1, "eu_accession"), (2, "eu_accession"), (3, "eu_accession")]


def test_a_strategic_goal_of_a_firm_or_a_road_home_is_not_accession():
    assert _themes_of("The firm's pricing plan for the steel mill was revised on Monday.",
                      "The road home from Novi Sad took three hours because of the snow.") == []


# ---- themes: an attack on one journalist, and pro-government journalists, are about media freedom

def test_an_attack_on_a_journalist_is_about_media_freedom():
    found = _themes_of("Police are looking for two men who attacked a reporter outside the court in Niš.",
                       "The union demanded that every attack on a journalist be prosecuted within a month.",
                       "Two journalists were attacked while filming the rally, the association said.",
                       "The minister said pro-government journalists were threatened too.")
    assert found == [(k, "protests_democracy") for k in range(4)]


def test_a_journalist_who_attacks_a_policy_is_not_an_attack_on_journalists():
    assert _themes_of("The journalist attacked the budget plan in a long column on Sunday.") == []


# ---- themes: a thing used "as a weapon" is a metaphor, not arms exports

def test_a_thing_used_as_a_weapon_is_not_arms_exports():
    found = _themes_of("Critics say the supplier has used gas as a weapon against its neighbours.",
                       "Opponents accuse the government of turning the courts into a political weapon.",
                       "The minister said trade was being used as an economic weapon against small states.")
    assert all(theme != "arms_exports" for _p, theme in found)


def test_weapons_that_are_sold_are_still_arms_exports():
    found = _themes_of("Serbia sold weapons and ammunition worth 800 million euros last year.")
    assert (0, "arms_exports") in found


# ---- loaded labels (walk6): "traitors", "alarmist", "ironclad friendship"

def _labels_of(*texts):
    from helpers import labels

    sids = [f"993-p00-s{k:03d}" for k in range(len(texts))]
    table = pd.DataFrame({"article_id": "993", "paragraph_id": "993-p00", "sentence_id": sids,
                          "text": list(texts)})
    out = labels(table)
    return list(zip(out["match"], out["category"], strict=True))


def test_calling_opponents_traitors_is_a_delegitimising_label():
    assert _labels_of("The tabloid called the striking teachers traitors.",
                      "He is a traitor to his own people, the minister said of the mayor.",
                      "MPs of the ruling party dismissed the report as alarmist.") == [
        ("traitors", "delegitimising"), ("traitor", "delegitimising"), ("alarmist", "delegitimising")]


def test_ironclad_friendship_is_a_solidarity_label_and_plain_friendship_is_not():
    assert _labels_of("Both leaders praised the ironclad friendship between the two countries.",
                      "They have been friends since school.") == [("ironclad friendship", "solidarity")]


# ---- mentions: firms named by nationality with more company words (a contractor, lenders,
# state banks, state-owned firms, policy banks), for every state alike

def test_firms_named_by_nationality_with_more_company_words():
    found = _mentions_of("Chinese lenders have offered to finance the second furnace.",
                         "The motorway is being built by a Chinese state-owned contractor.",
                         "Russian lenders and Russian state banks refused to roll over the debt.",
                         "German state-owned companies and a Chinese policy bank bid for the tender.")
    assert found == [("Chinese companies", "Chinese lenders"),
                     ("Chinese companies", "Chinese state-owned contractor"),
                     ("Russian companies", "Russian lenders"), ("Russian companies", "Russian state banks"),
                     ("Western companies", "German state-owned companies"),
                     ("Chinese companies", "Chinese policy bank")]


def test_a_named_bank_or_a_firm_named_by_its_own_name_is_not_a_nationality_collective():
    found = _mentions_of("The loan comes from the European Bank for Reconstruction and Development.",
                         "Russian investor Oleg Ivanov bought the mill last year.")
    assert ("Western companies", "European Bank") not in found
    assert all(actor != "Russian companies" for actor, _m in found)


# ---- mentions: a state's formal name ("the People's Republic of China", "the Russian Federation")

def test_a_states_formal_name_is_the_state():
    found = _mentions_of("The President thanked the People's Republic of China for its support.",
                         "The Russian Federation respects the sovereign choices of Serbia, the envoy said.",
                         "Belgrade owes the People’s Republic of China more than two billion euros.")
    assert ("China", "People's Republic of China") in found and ("Russia", "Russian Federation") in found
    assert ("China", "People’s Republic of China") in found


def test_a_formal_name_as_a_place_or_inside_a_name_is_not_the_state():
    found = _mentions_of("He lived in the Russian Federation for ten years before he came back.",
                         "The Embassy of the People's Republic of China in Serbia said the plant was safe.")
    assert all(actor not in ("Russia", "China") for actor, _m in found)


# ---- mentions: a person's possessive before a message is not the title of the addressee
# ("President Xi's warm greetings to Vucic" names two people; "Russia's ambassador X" is one title)

def test_a_possessive_before_a_message_to_a_person_is_not_a_title():
    found = _mentions_of("Ding conveyed President Xi's warm greetings to Vucic and the Serbian people.",
                         "The envoy handed President Putin's personal letter to Vučić on Monday.",
                         "She brought Chancellor Scholz's invitation to President Vučić.")
    assert ("Xi Jinping", "President Xi") in found and ("Aleksandar Vučić", "Vucic") in found
    assert ("Vladimir Putin", "Putin") in found and ("Aleksandar Vučić", "Vučić") in found
    assert ("Aleksandar Vučić", "President Vučić") in found


def test_a_possessive_state_before_a_role_is_still_a_title():
    assert _mentions_of("Serbia's President Aleksandar Vučić opened the plant.") == [
        ("Aleksandar Vučić", "Serbia's President Aleksandar Vučić")]
    assert _mentions_of("Kremlin spokesman Dmitry Peskov declined to comment.") == [
        ("Dmitry Peskov", "Kremlin spokesman Dmitry Peskov")]


# ---- mentions: the Council's configurations and the Commission's college are the EU

def test_council_configurations_and_the_college_are_the_eu():
    found = _mentions_of("Berlin will raise the issue at the next General Affairs Council.",
                         "The Foreign Affairs Council discussed Serbia's alignment on Monday.",
                         "The College of Commissioners approved the package in Strasbourg.")
    assert [(a, m) for a, m in found if a == "European Union"] == [
        ("European Union", "General Affairs Council"), ("European Union", "Foreign Affairs Council"),
        ("European Union", "College of Commissioners")]


def test_a_student_council_is_not_the_eu():
    assert _mentions_of("The student council met on Friday to plan the march.") == []
