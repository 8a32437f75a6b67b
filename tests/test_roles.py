"""Tests for helpers.analysis.roles: the role words an instructor can edit (helpers/data/roles.csv)."""

import pandas as pd
import pytest

from helpers.analysis.roles import RoleWords, _shipped_roles, role_words
from helpers.errors import CorpusError


@pytest.mark.parametrize("phrase, group", [
    ("a senior EU diplomat", "eu_west"),
    ("the European Commission spokesperson", "eu_west"),
    ("Kremlin sources", "russia"),
    ("a Chinese embassy official", "china"),
    ("the Serbian interior ministry", "serbian_government"),
    ("police officers", "serbian_government"),
    ("opposition leaders", "civil_society"),
    ("students", "civil_society"),
    ("an analyst at a Belgrade think tank", "experts"),  # level 1 wins over the place
    ("Belgrade Centre for Security Policy", "experts"),
    ("a recent poll", "experts"),
    ("the spokesperson", ""),  # a role with no group
    ("talk to us", ""),  # "us" only in capitals (U.S.)
])
def test_role_words_point_to_a_group(phrase, group):
    assert role_words().group_of(phrase) == group


def test_the_table_is_editable_and_checked():
    table = _shipped_roles()
    assert list(table.columns) == ["word", "group", "level", "kind", "note"]
    edited = pd.concat([table, pd.DataFrame([{"word": "duma deputy", "group": "russia", "level": "1",
                                              "kind": "role", "note": ""}])], ignore_index=True)
    assert RoleWords(edited).group_of("a Duma deputy") == "russia"
    bad = table.copy()
    bad.loc[0, "group"] = "nato"
    with pytest.raises(CorpusError, match="unknown group 'nato'"):
        RoleWords(bad)
    bad = table.copy()
    bad.loc[0, "level"] = "first"
    with pytest.raises(CorpusError, match="not a whole number"):
        RoleWords(bad)


@pytest.mark.parametrize("phrase, group", [
    ("the Swedish Foreign Minister", "eu_west"),  # a member state's minister is not the Serbian government
    ("Dutch liberal MEP", "eu_west"),
    ("the Montenegrin prime minister", "other"),  # another state's government
    ("a consultant at a Vienna consultancy", "experts"),
    ("the polling agency", "experts"),
    ("Xinhua", "china"),  # state media are their owner's
    ("the agency RIA Novosti", "russia"),
    ("RT", "russia"),
    ("they start at nine", ""),  # "rt" only in capitals
])
def test_nationalities_consultancies_and_state_outlets_point_to_a_group(phrase, group):
    assert role_words().group_of(phrase) == group


def test_state_outlets_are_found_by_name_with_their_owner():
    found = role_words().outlets_in("Quoted by TASS and Global Times, the report ran on Rossiya-1, not rt.")
    assert [(name, group) for _s, _e, name, group in found] == [
        ("TASS", "russia"), ("Global Times", "china"), ("Rossiya-1", "russia")]


def test_companies_are_found_by_name_with_their_owners_group():
    found = role_words().outlets_in("Huawei and Gazprom Neft signed; NIS paid, but Niš and nis did not.")
    assert [(name, group) for _s, _e, name, group in found] == [
        ("Huawei", "other"), ("Gazprom Neft", "other"), ("NIS", "other")]


@pytest.mark.parametrize("phrase, group", [
    ("the foreign ministers of Denmark and Portugal", "eu_west"),  # a state's name, like its adjective
    ("the Prime Minister of Germany", "eu_west"),
    ("the interior minister of the Netherlands", "eu_west"),
    ("the defence minister of Montenegro", "other"),  # another state's minister is not Serbia's
    ("the foreign minister of Hungary", "eu_west"),  # an EU member state (GUIDELINES)
    ("a minister", "serbian_government"),  # no owner named: the course's default for a minister
])
def test_state_names_point_to_a_group_like_their_adjectives(phrase, group):
    assert role_words().group_of(phrase) == group


@pytest.mark.parametrize("phrase, group", [
    ("a Belgrade-based monitoring group", "civil_society"),  # the kind of group, not its seat
    ("a non-governmental organisation", "civil_society"),
    ("the group's director", ""),  # a post names no group by itself
])
def test_kinds_of_ngo_and_posts_in_an_organisation(phrase, group):
    assert role_words().group_of(phrase) == group
    assert role_words().has_role_noun(phrase)


@pytest.mark.parametrize("phrase, group", [
    ("German Chancellor", "eu_west"), ("the Austrian chancellor", "eu_west"), ("Chancellor", ""),
    ("Speaker of the Russian Duma", "russia"), ("a scholar", "experts"),
    ("the premier", "serbian_government"),
])
def test_heads_of_government_speakers_and_scholars_are_role_nouns(phrase, group):
    assert role_words().has_role_noun(phrase)
    assert role_words().group_of(phrase) == group


@pytest.mark.parametrize("phrase, group", [
    ("the Minister for European Integration", "serbian_government"),  # Europe is the portfolio
    ("the Ministry for European Affairs", "serbian_government"),
    ("the Office for Kosovo and Metohija", "serbian_government"),  # a state office, Kosovo its portfolio
    ("the parliament's rapporteur on Albania", "serbian_government"),  # Albania: what the post deals with
    ("Deputy Minister for European Affairs of Croatia", "eu_west"),  # the owner after "of" still counts
    ("the Hungarian Minister for Foreign Affairs", "eu_west"),  # an owner before the post still counts
    ("a spokeswoman for the Russian embassy", "russia"),  # "for" after a spokeswoman: whose she is
    ("the Commissioner for Enlargement", "eu_west"),
])
def test_a_state_named_as_a_portfolio_after_for_or_on_is_not_the_owner(phrase, group):
    assert role_words().group_of(phrase) == group


@pytest.mark.parametrize("phrase, group", [
    ("the Statistical Office", "serbian_government"),  # a public office: a state body, as a ministry
    ("the Croatian statistical office", "eu_west"),  # an owner word decides first
    ("the UN human rights office", "other"),  # an international organisation owns it: not Serbia's
    ("the OSCE office in Belgrade", "other"),  # "in Belgrade" is where it is, not whose
])
def test_an_office_is_a_state_body_unless_an_owner_is_named(phrase, group):
    assert role_words().group_of(phrase) == group
    assert role_words().has_body_noun(phrase)


@pytest.mark.parametrize("phrase, group", [
    ("according to the central bank", "serbian_government"),  # a state body with no owner: the default
    ("the European Central Bank", "eu_west"),
    ("Russia's central bank", "russia"),
])
def test_a_central_bank_is_a_state_body(phrase, group):
    assert role_words().group_of(phrase) == group
