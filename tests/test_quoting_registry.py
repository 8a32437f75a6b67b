"""Tests for helpers.analysis.quoting.registry: the indexed registry of the names an article introduced.

The lookups must give what a scan of every registered name in order gives, for a cost that depends
on the role phrase, not on how many names the article registered.
"""

import pandas as pd

from helpers.analysis.quoting import quotes
from helpers.analysis.quoting.people import Person
from helpers.analysis.quoting.registry import NameTable, employer_group


def _org(name, group, role=""):
    return Person(name, group, "organisation", role or name)


def test_a_name_table_keeps_the_rank_of_first_registration():
    table = NameTable()
    table["danube watch"] = ("Danube Watch", "civil_society")
    table["sava institute"] = ("Sava Institute", "experts")
    table["danube watch"] = ("Danube Watch", "other")  # registered again: same place
    assert table.rank == {"danube watch": 0, "sava institute": 1}
    assert table.setdefault("sava institute", ("x", "y")) == ("Sava Institute", "experts")
    assert table.setdefault("tisa fund", ("Tisa Fund", "")) == ("Tisa Fund", "")
    assert table.rank["tisa fund"] == 2 and table.longest == len("sava institute")
    assert list(table) == ["danube watch", "sava institute", "tisa fund"]


def test_the_employer_named_in_a_role_gives_the_group():
    known, people = NameTable(), NameTable(index_roles=True)
    people["green lens"] = _org("Green Lens", "civil_society")
    assert employer_group("spokesperson for Green Lens", known, people) == "civil_society"
    assert employer_group("director of Blue Harbour", known, people) == ""


def test_an_employer_counts_only_as_whole_words_with_a_real_group():
    known, people = NameTable(), NameTable(index_roles=True)
    known["rt"] = ("RT", "russia")
    known["lens"] = ("Lens", "other")  # "other" says nothing about the person
    # "rt" and "lens" only inside words:
    assert employer_group("a reporter for the Lensman Weekly", known, people) == ""
    assert employer_group("a presenter at RT's Belgrade studio", known, people) == "russia"


def test_organisations_named_by_context_come_first_then_the_earliest_registered():
    known, people = NameTable(), NameTable(index_roles=True)
    people["harbour trust"] = _org("Harbour Trust", "experts")
    people["river league"] = _org("River League", "civil_society")
    role = "adviser to the River League and the Harbour Trust"
    assert employer_group(role, known, people) == "experts"  # registered first, named second
    known["river league"] = ("River League", "eu_west")
    assert employer_group(role, known, people) == "eu_west"


def test_the_possessor_noun_finds_the_last_organisation_with_it_in_its_role():
    people = NameTable(index_roles=True)
    people["oak fund"] = _org("Oak Fund", "civil_society", "Oak Fund, a charity group")
    people["ash forum"] = _org("Ash Forum", "experts", "Ash Forum, a policy group")
    people["ivo pek"] = Person("Ivo Pek", "", "person", "a group leader")
    assert people.last_with_role_word("group", "organisation").name == "Ash Forum"
    people["ash forum"] = _org("Ash Forum", "experts", "Ash Forum, a policy institute")  # re-registered
    assert people.last_with_role_word("group", "organisation").name == "Oak Fund"
    assert people.last_with_role_word("institute", "organisation").name == "Ash Forum"
    assert people.last_with_role_word("union", "organisation") is None


def test_many_organisations_in_one_paragraph_are_each_found_with_their_group():
    parts = []
    for i in range(60):
        org = f"The {chr(65 + i % 26)}alvo {chr(65 + i // 26)}erin Foundation"
        parts.append(f"{org}, a rights group, said it would appeal. "
                     f"The group's director Tomas Vel{'a' * (i + 1)}k said: “We will not stop.”")
    paras = pd.DataFrame({"article_id": ["a1"], "paragraph_id": ["a1-p01"], "text": [" ".join(parts)],
                          "kind": ["body"]})
    found = quotes(paragraphs=paras)
    statements = found[found["quote"] == "it would appeal"]
    assert len(statements) == 60 and set(statements["group"]) == {"civil_society"}
    assert statements["speaker"].nunique() == 60
    assert found["quote"].str.contains("We will not stop").sum() == 60
