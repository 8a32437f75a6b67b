"""Round 17 of the mention, theme and clutter rules (issue 13, written from test15's errors): each
category of news language on sentences written for it, and a near miss that the rule leaves alone."""

import pandas as pd

from helpers.analysis.actors import actor_mentions
from helpers.analysis.coverage import tag_themes
from helpers.corpus.cleaning import clean_text


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


# ---- "the union" in lower case is a trade union, unless the sentence has named the EU before it
# (test15: three strike reports; seed 003: "with the EU ... that of the union")

def test_a_trade_union_in_lower_case_is_no_mention_of_the_eu():
    found = _mentions_of("The dockers walked out after the union rejected the pay offer.")
    assert found == []


def test_the_union_after_the_eu_in_one_sentence_is_the_eu():
    found = _mentions_of("Montenegro promised the EU to follow the trade rules of the union.",
                         "The Union has not set a date.")
    assert [m for a, m in found if a == "European Union"] == ["EU", "the union", "The Union"]


def test_a_lower_case_body_before_the_eu_is_not_the_eu():
    found = _mentions_of("The electoral commission asked the EU for observers.")
    assert [m for _a, m in found] == ["EU"]


# ---- a route between two capitals written with an en dash is two places, as with a hyphen (test14)

def test_a_route_between_capitals_with_an_en_dash_names_no_government():
    assert _mentions_of("Trains on the Belgrade–Budapest line now take three hours.") == []


def test_a_meeting_of_two_capitals_with_an_en_dash_is_two_mentions():
    found = _mentions_of("The Belgrade–Budapest summit agreed on gas.")
    assert [m for _a, m in found] == ["Belgrade", "Budapest"]


# ---- themes: a teacher's own students are pupils, not the student protest movement (test15)

def _themes_of(*texts):
    """(paragraph number, theme) of every theme tagged in ``texts``, one text paragraph each."""
    table = pd.DataFrame({"article_id": "971", "paragraph_id": [f"971-p{k:02d}" for k in range(len(texts))],
                          "kind": "text", "text": list(texts)})
    out = tag_themes(table)
    return [(int(p[-2:]), t) for p, t in zip(out["paragraph_id"], out["theme"], strict=True)]


def test_a_teachers_own_students_are_no_student_protest():
    assert _themes_of("The lecturer said her students now read the news on their phones.") == []


def test_students_on_their_own_still_tag_the_protests():
    assert _themes_of("Students blocked the rectorate again on Monday.") == [(0, "protests_democracy")]


# ---- clutter: a credit of the text after a colon, and a player line marked with a play symbol (test15)

def _kinds(*lines):
    """(kind, text) of each paragraph of an article made of a headline and ``lines``."""
    cleaned = clean_text("A headline of the page\n\n" + "\n\n".join(lines) + "\n", "972")
    return [(p.kind, p.text) for p in cleaned.paragraphs][1:]


def test_a_text_and_photo_credit_after_a_colon_is_a_byline():
    assert _kinds("Text and photos: Newsroom Južne vesti", "Text: Ana Ilić") == [
        ("byline", "Text and photos: Newsroom Južne vesti"), ("byline", "Text: Ana Ilić")]


def test_a_sentence_after_text_and_a_colon_stays_text():
    assert _kinds("Text: the draft says the union must give notice.")[0][0] == "body"


def test_a_line_opened_or_closed_by_a_play_symbol_is_a_player():
    kinds = _kinds("▶ LIVE | Radio Sever 101.2 FM", "Hear the whole report in the noon news ▶")
    assert [k for k, _t in kinds] == ["video", "video"]


def test_a_sentence_ending_in_a_full_stop_before_a_play_symbol_stays_text():
    assert _kinds("The mayor said the plan would be ready in May. ▶")[0][0] == "body"
