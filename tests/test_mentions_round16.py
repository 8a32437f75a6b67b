"""Round 16 of the mention rules (issue 13, written from test14's errors): each category of news
language on sentences written for it, and a near miss that the rule leaves alone."""

import pandas as pd

from helpers.analysis.actors import actor_mentions


def _mentions_of(*texts):
    """(actor, match) of every mention in ``texts``, one paragraph each, in one article."""
    table = pd.DataFrame({"article_id": "960", "paragraph_id": [f"960-p{k:02d}" for k in range(len(texts))],
                          "sentence_id": [f"960-p{k:02d}-s000" for k in range(len(texts))],
                          "text": list(texts)})
    out = actor_mentions(table)
    return list(zip(out["actor"], out["match"], strict=True))


# ---- "Name of the ruling X Party", "Name of the volunteer group Y": the body described by lower-case
# words is still the person's employer, one mention of the person (test13, test14)

def test_an_employer_described_by_lower_case_words_after_of_the_belongs_to_the_person():
    found = _mentions_of("Goran Pavić of the independent Institute for River Studies said the dam leaks.")
    assert [a for a, _m in found] == ["Goran Pavić"]
    found = _mentions_of("\"We feed forty a night,\" said Lana Kovač of the volunteer group Topla Supa.")
    assert [a for a, _m in found] == ["Lana Kovač"]


def test_the_employers_acronym_in_brackets_belongs_to_the_person_too():
    assert [a for a, _m in _mentions_of(
        "Councillor Petar Jović of the ruling Serbian Progressive Party (SNS) opened the session.")] == [
        "Petar Jović"]


def test_a_state_after_a_noun_and_of_is_no_employer():
    # "at the request of Russia": Russia is named outside any apposition
    assert ("Russia", "Russia") in _mentions_of("Ana Brnabić at the request of Russia postponed the vote.")


# ---- names whose first letter is Đ, Š, Č, Ć or Ž (Đokić, Šarac) are names like any other (test14)

def test_a_surname_starting_with_a_serbian_capital_is_a_persons_name_before_of_the_party():
    found = _mentions_of("Jelena Đukić of the Party of Work and Justice said the plan was rushed.")
    assert [a for a, _m in found] == ["Jelena Đukić"]


def test_a_surname_starting_with_a_serbian_capital_and_an_age_is_a_person():
    found = _mentions_of("Milan Šarac, 61, who keeps bees near the site, said he was worried.")
    assert [a for a, _m in found] == ["Milan Šarac"]


# ---- a programme's host or moderator before the name is a role, not part of the name (test14; test13
# wrote "host Milica Stanić" in lower case)

def test_host_or_moderator_before_a_name_is_the_role_not_the_name():
    found = _mentions_of("Host Jelena Pavić asked her guest about the talks.",
                         "Moderator Ivan Kostić closed the debate.")
    assert [a for a, _m in found] == ["Jelena Pavić", "Ivan Kostić"]


def test_host_as_a_verb_or_an_adjective_makes_no_person():
    assert _mentions_of("Serbia will host the summit in May, the host country said.") == [
        ("Serbian government", "Serbia")]


# ---- "Ruritania's foreign ministry spokeswoman Name": the ministry before the role is the person's
# employer, one mention of the person (test14)

def test_a_states_ministry_named_in_lower_case_before_the_role_belongs_to_the_person():
    found = _mentions_of("Hungary's foreign ministry spokesman Tamás Varga called the step overdue.",
                         "Croatia's interior ministry spokeswoman, Ivana Perić, said the border stays open.")
    assert [a for a, _m in found] == ["Tamás Varga", "Ivana Perić"]


def test_the_ministry_acting_in_its_own_clause_stays_a_mention():
    found = _mentions_of("Hungary's foreign ministry summoned the envoy; spokesman Tamás Varga said so.")
    assert [a for a, _m in found][-1] == "Tamás Varga" and len(found) == 2


# ---- a list of goods between "exports"/"imports" and the state: the state is where they go (test2)

def test_a_state_after_a_list_of_exported_goods_is_a_destination():
    assert _mentions_of("Exports of Serbian plums, wine and cheese to China doubled last year.",
                        "Imports of grain, fertiliser and spare parts from Russia fell.") == []


def test_a_message_to_a_state_after_a_goods_word_stays_a_mention():
    assert _mentions_of("After the oil deal, the minister wrote to Russia.") == [("Russia", "Russia")]
