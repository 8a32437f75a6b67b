"""Round 26 of the quote rules, speakers and groups (sentences written here, no devset text).

1. The author of a poll or survey is a pollster (``experts``) even when it is named by a bare
   organisation noun ("a poll by the agency X"), whatever place, client or sample its description
   names ("a poll of 1,200 voters", "an exit poll for a broadcaster").
2. An ambassador or envoy introduced by title alone ("Ambassador X said") is the envoy of the state
   named last before the name (else in the rest of the sentence); Serbia's own words do not count.
3. A plain name introduced with an age before its verb ("Ana Ilić, 34, is one of them") is a person
   its bare surname refers to later ("Ilic stands by the gate. He says …"), as without the age.
4. "Its director, X" right after a registered organisation ("The Centre for X, a watchdog group,
   said …"): the person takes the group the organisation's own words gave it, not the group of the
   first role word of the sentence before ("Centre" would say experts).
5. A party's title words (``roles.csv``: "bloc", "ruling-party", "candidate"): "the leader of the
   opposition X bloc, Y" is the opposition's (civil society), "Ruling-party MP Y" and "the SNS
   candidate for mayor, Y" the ruling party's (Serbian government); an independent candidate has none.
6. A parenthesis between a name and its appositive (an acronym, the name in the local language) does
   not hide the appositive: "The Free Press Alliance (FPA), a coalition of journalists' associations,".
7. A government title with no owner right after a sentence of the same paragraph that opens with
   another state or its people ("Montenegro closed … . Prime Minister X wrote …") is that state's;
   a paragraph that opens with the title stays Serbia's (the default).
8. A person who heads, leads, chairs or runs an alias-table actor's body ("X, who heads the SNS caucus,")
   works for it and shares its group; ``roles.csv`` gains "caucus" and "parliamentary group" (bodies).
"""

import pandas as pd

from helpers import quotes
from helpers.analysis.quoting.envoys import envoy_group, state_title_group
from helpers.analysis.quoting.organisations import POLL_BY
from helpers.analysis.quoting.registry import NameTable, last_named_group
from helpers.analysis.roles import role_words


def _quotes_of(*paragraphs):
    df = pd.DataFrame({"article_id": ["926"] * len(paragraphs),
                       "paragraph_id": [f"926-p{i:02d}" for i in range(len(paragraphs))],
                       "text": list(paragraphs)})
    return quotes(df)


def _rows(out):
    return [(r.actor, r.group, r.kind) for r in out.itertuples()]


# 1. a poll's author
def test_a_poll_author_named_by_a_bare_organisation_noun_is_a_pollster():
    cases = [
        ("A survey of 1,250 voters conducted in May by the Novi Sad agency Mirador found that 52 percent "
         "oppose the new mine.", "Mirador"),
        ("An exit poll for the local broadcaster by the agency Kvadrant found that turnout had reached "
         "61 percent.", "Kvadrant"),
        ("A telephone poll published on Friday by the firm Signal Analitika showed that most young voters "
         "distrust every party.", "Signal Analitika"),
    ]
    for text, name in cases:
        out = _quotes_of(text)
        assert (name, "experts", "indirect") in _rows(out), (text, _rows(out))


def test_an_agency_that_is_not_a_poll_author_keeps_no_pollster_group():
    out = _quotes_of("A report published on Friday by the agency Kvadrant Trade said that exports of "
                     "raspberries had fallen by a third.")
    assert "experts" not in set(out["group"]), _rows(out)


def test_poll_author_pattern_is_bounded_on_long_input():
    text = ("a poll of 1,000 adults by the agency Mirador " * 2500) + "found that most agree."
    assert len(text) > 100_000
    hits = [POLL_BY.search(text, max(0, i - 80), i) for i in range(0, len(text), 997)]
    assert any(hits)
    _quotes_of(text)  # finishes (no timing assertion)


# 2. an ambassador by title alone
def test_an_untitled_ambassador_is_the_envoy_of_the_state_named_before():
    cases = [
        ("The Russian embassy declined to comment on the vote. At a reception on Friday, Ambassador Igor "
         "Savin said the result was “a domestic matter”.", "russia"),
        ("Beijing has financed three bridges on the Danube. Asked about the loans, Ambassador Wen Jie told "
         "reporters that “no condition was attached”.", "china"),
        ("Germany remains the largest investor. Ambassador Klaus Brandt said the firms wanted “clear rules "
         "and fast courts”.", "eu_west"),
    ]
    for text, group in cases:
        out = _quotes_of(text)
        assert [g for a, g, _k in _rows(out)] == [group], (text, _rows(out))


def test_an_ambassador_after_a_sentence_about_serbia_gets_no_state():
    out = _quotes_of("Serbia has opened two new chapters. Ambassador Ivan Perić said the talks were "
                     "“on track”.")
    assert list(out["group"]) == ["other"], _rows(out)  # Serbia's words name no foreign state


def test_envoy_group_only_for_an_envoy_title_without_owner():
    roles = role_words()
    text = "The Chinese embassy declined. Ambassador Wen Jie said so."
    start = text.index("Wen")
    assert envoy_group(roles, "Ambassador Wen Jie", text, start, start + 7) == "china"
    assert envoy_group(roles, "Russian Ambassador Wen Jie", text, start, start + 7) == ""  # owner named
    assert envoy_group(roles, "Professor Wen Jie", text, start, start + 7) == ""  # no envoy


def test_envoy_group_is_bounded_on_long_input():
    text = ("The Chinese embassy was silent. " * 3200) + "Ambassador Wen Jie said “nothing”."
    assert len(text) > 100_000
    start = text.index("Wen")
    assert envoy_group(role_words(), "Ambassador Wen Jie", text, start, start + 7) == "china"
    _quotes_of(text)  # finishes (no timing assertion)


# 3. a name with an age, then its surname alone
def test_a_name_introduced_with_an_age_is_found_by_its_surname_later():
    cases = [
        ("Marko Janković, 52, is a welder at the shipyard. “We were promised new cranes,” he says.",
         "Director Petar Lukić said in March that the cranes had been ordered.",
         "Late in the evening, Jankovic waits again by the gate. He says the night shift is shorter now."),
        ("Ivana Perišić, 29, runs a bakery in Čačak. “Flour costs twice as much,” she says.",
         "Minister Jelena Lukić said in March that the price of flour would fall.",
         "On Sunday morning, Perisic opens the shop again. She says the customers buy less bread."),
        ("Stefan Bogdanović, 41, drives a bus in Niš. “The routes are longer every year,” he says.",
         "Mayor Dragan Šarić said in March that the city would buy ten buses.",
         "At the end of the day, Bogdanovic parks the bus again. He says the company wants more drivers."),
    ]
    for first, other, second in cases:  # another person of the same gender is named in between
        out = _quotes_of(first, other, second)
        last = out[out["paragraph_id"] == "926-p02"]
        assert len(last) == 1 and last["actor"].iloc[0] == first.split(",")[0], (second, _rows(out))


def test_a_name_with_an_age_but_no_verb_is_no_subject():
    # near miss: "Ana Ilić, 34, and her mother" opens no clause with a verb after the age
    from helpers.analysis.quoting.introductions import untitled_subject
    from helpers.analysis.quoting.records import Mention
    text = "Jelena Rakić, 34, and her mother keep bees."
    hit = Mention(0, 12, "Jelena Rakić", "person")
    assert not untitled_subject(role_words(), text, hit)
    text = "Jelena Rakić, 34, keeps bees."
    assert untitled_subject(role_words(), text, hit)


# 4. "Its director, X" after a registered organisation
def test_its_post_takes_the_group_of_the_organisation_named_just_before():
    cases = [
        ("The Niš-based Centre for Police Accountability, a rights group, said the hearings had been "
         "delayed. Its director, Marta Jović, told reporters the group would appeal.", "Marta Jović",
         "civil_society"),
        ("The Institute for Media Freedom, a watchdog group, said local radio stations had lost their "
         "licences. Its coordinator, Dušan Babić, said the group would publish every case.", "Dušan Babić",
         "civil_society"),
        ("The Centre for Government Contracts, an advocacy group, said the tender was rigged. Their "
         "lawyer, Goran Pavlov, said the group would file a complaint.", "Goran Pavlov", "civil_society"),
    ]
    for text, name, group in cases:
        out = _quotes_of(text)
        assert (name, group, "indirect") in _rows(out), (text, _rows(out))


def test_last_named_group_skips_organisations_with_no_group_or_other():
    from helpers.analysis.quoting.people import Person
    people = NameTable()
    people["centre for clean rivers"] = Person("Centre for Clean Rivers", "civil_society", "organisation", "")
    people["danube post"] = Person("Danube Post", "other", "organisation", "")
    people["ana ilić"] = Person("Ana Ilić", "experts", "person", "")
    assert last_named_group(people, "The Centre for Clean Rivers said so. ") == "civil_society"
    assert last_named_group(people, "The Danube Post reported. Ana Ilić said ") == ""  # other; a person
    text = "The Centre for Clean Rivers said so. " * 3000
    assert len(text) > 100_000
    assert last_named_group(people, text) == "civil_society"  # finishes (no timing assertion)


# 5. a party's title words
def test_party_title_words_give_the_party_group():
    cases = [
        ("The head of the opposition Green Future bloc, Sanja Marić, said the count was rigged.",
         "Sanja Marić", "civil_society"),
        ("Ruling-party deputy Bojan Stojić said on Monday that the law would pass.", "Bojan Stojić",
         "serbian_government"),
        ("The ruling party candidate for mayor, Nebojša Lazić, said the town needed a new bridge.",
         "Nebojša Lazić", "serbian_government"),
        ("The opposition candidate for mayor, Jasna Kovač, said the town needed clean water.", "Jasna Kovač",
         "civil_society"),
    ]
    for text, name, group in cases:
        out = _quotes_of(text)
        assert (name, group, "indirect") in _rows(out), (text, _rows(out))


def test_an_independent_candidate_has_no_party_group():
    out = _quotes_of("An independent candidate for mayor, Petar Ilić, said the town needed a new school.")
    assert list(out["group"]) == ["other"], _rows(out)


def test_the_bloc_alone_still_names_the_european_union():
    out = _quotes_of("The bloc said in a statement that the talks with Serbia would continue in June.")
    assert list(out["actor"]) == ["European Union"], _rows(out)


# 6. a parenthesis between a name and its appositive
def test_an_acronym_between_a_name_and_its_appositive_keeps_the_appositive():
    cases = [
        ("The Regional Press Network (RPN), a coalition of journalists' associations, said on Monday that "
         "four reporters had been detained.", "Regional Press Network", "civil_society"),
        ("The Clean Drina Network (Čista Drina), an environmental group, said the river was polluted by "
         "the mine.", "Clean Drina Network", "civil_society"),
        ("The Balkan Policy Network (BPN), a think tank, said the budget was too optimistic.",
         "Balkan Policy Network", "experts"),
    ]
    for text, name, group in cases:
        out = _quotes_of(text)
        assert (name, group, "indirect") in _rows(out), (text, _rows(out))


def test_a_parenthesis_not_before_an_appositive_is_not_skipped():
    from helpers.analysis.quoting.patterns import PAREN_ASIDE
    assert PAREN_ASIDE.match("Network (RPN), a coalition", 7) is not None
    assert PAREN_ASIDE.match("Network (RPN) said that", 7) is None  # no appositive after it
    text = "Network" + " (RPN" * 30000 + "), a coalition"
    assert len(text) > 100_000
    assert PAREN_ASIDE.match(text, 7) is None  # finishes (no timing assertion)


# 7. a government title after a sentence opening with another state
def test_a_government_title_after_a_sentence_about_another_state_is_that_states():
    cases = [
        ("Croatia raised its transit fees again in May. Prime Minister Ante Vukić said the pipeline "
         "needed new investment.", "eu_west"),
        ("Russian officials were less cautious. Deputy Energy Minister Oleg Sorokin said the contract "
         "would be extended.", "russia"),
        ("Bosnia has not replied to the proposal. Foreign Minister Amra Delić told reporters that the "
         "border talks would resume.", "other"),
    ]
    for text, group in cases:
        out = _quotes_of(text)
        assert list(out["group"]) == [group], (text, _rows(out))


def test_a_paragraph_that_opens_with_the_title_stays_serbian():
    out = _quotes_of("Russia raised the price of gas in May.",
                     "Energy Minister Ivana Tošić said the reserves would last until March.")
    assert list(out["group"]) == ["serbian_government"], _rows(out)
    out = _quotes_of("Russia raised the price of gas in May, and in Belgrade Minister Ivana Tošić said the "
                     "reserves would last.")  # the name's own sentence names a state: no change
    assert list(out["group"]) == ["serbian_government"], _rows(out)


def test_state_title_group_is_bounded_on_long_input():
    text = ("Croatia raised its fees. " * 4500) + "Prime Minister Ante Vukić said so."
    assert len(text) > 100_000
    start = text.index("Ante")
    assert state_title_group(role_words(), "Prime Minister Ante Vukić", text, start) == "eu_west"
    _quotes_of(text)  # finishes (no timing assertion)


# 8. "X, who heads the SNS caucus,"
def test_a_person_who_heads_an_actors_body_shares_its_group():
    cases = [
        ('Marko Perić, who heads the SNS caucus, said the budget was "the best in a decade".', "Marko Perić",
         "serbian_government"),
        ('Jovan Babić, who leads the Serbian Progressive Party group in the city assembly, said the vote was '
         '"a clear message".', "Jovan Babić", "serbian_government"),
        ('Ivana Marić, who chairs the SNS parliamentary group, told reporters the law was "long overdue".',
         "Ivana Marić", "serbian_government"),
    ]
    for text, name, group in cases:
        out = _quotes_of(text)
        assert (name, group, "direct") in _rows(out), (text, _rows(out))


def test_a_person_who_only_met_an_actor_does_not_share_its_group():
    out = _quotes_of('Marko Perić, who criticised the SNS caucus on Monday, said the plan was "a bad joke".')
    assert list(out["group"]) == ["other"], _rows(out)
