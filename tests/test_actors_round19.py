"""Round 19 (issue 13): public figures quoted again and again in news about Serbia, in the alias table.

Each is found by the full name, the spelling without diacritics (Đ also as Dj) and the surname, with
the group GUIDELINES.md gives: a bare "Dačić said" after a paragraph without his role still gets the
Serbian government, "Đilas" the opposition (civil society). Adding them changes no other speaker.
"""

import pandas as pd
import pytest

from helpers.analysis.actors import actor_aliases, actor_mentions
from helpers.analysis.quoting import quotes

#: (canonical name, group, full-name spellings as news write them, surname alias)
PEOPLE = [
    ("Maria Zakharova", "russia", ["Maria Zakharova"], "Zakharova"),
    ("Ivica Dačić", "serbian_government", ["Ivica Dačić", "Ivica Dacic"], "Dačić"),
    ("Marko Đurić", "serbian_government", ["Marko Đurić", "Marko Djuric", "Marko Duric"], "Đurić"),
    ("Miloš Vučević", "serbian_government", ["Miloš Vučević", "Milos Vucevic"], "Vučević"),
    ("Aleksandar Vulin", "serbian_government", ["Aleksandar Vulin"], "Vulin"),
    ("Josep Borrell", "eu_west", ["Josep Borrell"], "Borrell"),
    ("Olivér Várhelyi", "eu_west", ["Olivér Várhelyi", "Oliver Varhelyi"], "Várhelyi"),
    ("Albin Kurti", "other", ["Albin Kurti"], "Kurti"),
    ("Dragan Đilas", "civil_society", ["Dragan Đilas", "Dragan Djilas", "Dragan Dilas"], "Đilas"),
]
NEW = [p[0] for p in PEOPLE]


def _table(*texts):
    return pd.DataFrame({"article_id": "719", "paragraph_id": [f"719-p{k:02d}" for k in range(len(texts))],
                         "sentence_id": [f"719-p{k:02d}-s{k:03d}" for k in range(len(texts))],
                         "text": list(texts)})


def _found(*texts):
    out = actor_mentions(_table(*texts))
    return list(zip(out["actor"], out["group"], out["match"], strict=True))


def _ascii(word):
    return word.translate(str.maketrans("čćšžđČĆŠŽĐéá", "ccszdCCSZDea"))


def test_each_new_person_is_one_actor_of_the_table_with_one_group():
    table = actor_aliases()
    for actor, group, _spellings, _surname in PEOPLE:
        rows = table[table["actor"] == actor]
        assert len(rows) >= 2 and set(rows["group"]) == {group}
        assert set(rows["kind"]) <= {"he", "she"}
        assert rows["note"].iloc[0] != ""  # the role, with years only where sure


@pytest.mark.parametrize("actor, group, spellings, surname", PEOPLE, ids=NEW)
def test_a_new_person_is_found_by_full_name_ascii_spelling_and_surname(actor, group, spellings, surname):
    for name in spellings:
        assert _found(f"The talks went on, {name} said on Monday.") == [(actor, group, name)]
    for word in {surname, _ascii(surname)}:
        assert _found(f"The talks went on, {word} said on Monday.") == [(actor, group, word)]


def test_a_bare_surname_speaker_gets_the_persons_group_without_any_role_words():
    out = quotes(_table("“Serbia will not recognise Kosovo,” Dacic told reporters.",
                        "“The elections were stolen,” Djilas said.",
                        "“This is blackmail,” Zakharova said."))
    assert list(zip(out["actor"], out["group"], strict=True)) == [
        ("Ivica Dačić", "serbian_government"), ("Dragan Đilas", "civil_society"),
        ("Maria Zakharova", "russia")]


@pytest.mark.parametrize("text, match", [
    ("Russia's foreign ministry spokeswoman Maria Zakharova wrote on Telegram that Brussels lied.",
     "spokeswoman Maria Zakharova"),
    ("On the eve of the talks, Foreign Ministry spokeswoman Maria Zakharova accused Brussels.",
     "spokeswoman Maria Zakharova"),
    ("Russian Foreign Ministry spokeswoman Maria Zakharova accused Brussels.",
     "Russian Foreign Ministry spokeswoman Maria Zakharova"),
])
def test_zakharovas_title_is_hers_whatever_form_of_the_ministry_precedes_it(text, match):
    found = _found(text)
    assert found[0] == ("Maria Zakharova", "russia", match)
    assert not any("Ministry" in actor for actor, _g, _m in found)  # the ministry in her title is hers


def test_adding_the_new_people_changes_no_attribution_of_an_unrelated_speaker():
    texts = ("Analyst Petar Ilić of the Danube Institute met Milan Horvat in Novi Sad on Friday.",
             "“The deal is a mistake,” he said. Horvat did not comment.",
             "“We are ready,” said Vučić. Kallas said that Serbia must align with EU sanctions.",
             "Dačić met Zakharova. “It brings jobs,” Vučić added.")
    table = _table(*texts).drop(columns="sentence_id")
    without = actor_aliases()[~actor_aliases()["actor"].isin(NEW)]
    before = quotes(table, aliases=without)
    after = quotes(table)
    keep = ["paragraph_id", "actor", "group", "kind", "quote"]
    pd.testing.assert_frame_equal(before[keep].reset_index(drop=True), after[keep].reset_index(drop=True))
    assert list(after["actor"]) == ["Milan Horvat", "Aleksandar Vučić", "Kaja Kallas", "Aleksandar Vučić"]
