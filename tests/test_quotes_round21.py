"""Round 21 of the quote rules (sentences written for these tests; no devset text).

A role reference ("the minister said") refers back: a holder of the role first named later in the
same paragraph is not its antecedent (``role_holders.role_holder``'s ``pos``). "Another diplomat"
shares the first diplomat's group; a descriptor ("Hydrogeologist") or an organisation's title
("Commission Vice-President") before a name is not part of it; more speech verbs in an aside ("…, she
made clear, …"); "One of them says" is one member of the group named before; "the Delegation" refers
back to "the Delegation of the European Union" anywhere earlier in the article.
"""

import pandas as pd
import pytest

from helpers import actor_mentions, quotes


def _quotes_of(*paragraphs):
    df = pd.DataFrame({"article_id": ["921"] * len(paragraphs),
                       "paragraph_id": [f"921-p{i:02d}" for i in range(len(paragraphs))],
                       "text": list(paragraphs)})
    return quotes(df)


def _speakers(out):
    return [(r.actor, r.group) for r in out.itertuples()]


# (the holder introduced first, the reference followed in its paragraph by a second holder, the first)
LATER_HOLDERS = [
    ("President Aleksandar Vučić opened a bridge in Novi Sad on Monday.",
     "Later, the president said that ties with Moscow were good, and added that French President "
     "Emmanuel Macron had called him.", "Aleksandar Vučić"),
    ("Trade Minister Goran Lukić opened a fair in Niš on Monday.",
     "The minister said that exports had grown and that Economy Minister Ana Jović would visit the "
     "fair on Friday.", "Goran Lukić"),
    ("Government spokeswoman Ana Petrović spoke to reporters on Tuesday.",
     "The spokeswoman told them that Belgrade was calm, and that she had phoned spokeswoman Maria "
     "Zakharova in Moscow.", "Ana Petrović"),
]


@pytest.mark.parametrize("first, reference, holder", LATER_HOLDERS)
def test_a_role_reference_is_not_a_holder_named_after_it(first, reference, holder):
    out = _quotes_of(first, reference)
    assert out["actor"].tolist() and set(out["actor"]) == {holder}


def test_a_holder_named_before_the_reference_in_its_paragraph_still_holds_the_role():
    # near miss: the second minister is named before "the minister", so the reference is to her
    out = _quotes_of("Trade Minister Goran Lukić opened a fair in Niš on Monday.",
                     "Economy Minister Ana Jović joined him on Tuesday, and the minister said that "
                     "exports had fallen.")
    assert _speakers(out) == [("Ana Jović", "serbian_government")]


# "Another <role>" / "a second <role>" after an unnamed speaker of that role: one more of its kind
ANOTHER_OF_THE_SAME = [
    ("“Nobody wanted a fight,” said one senior EU diplomat, who asked not to be named. A second "
     "diplomat described the talks as “slow but honest.”",),
    ("An EU official told reporters that the summit would end early.",
     "Another official said the text had been agreed on Friday."),
    ("A Chinese official said that the loan was ready.",
     "A third official said that the works would start in May."),
    ("A Russian diplomat said that Moscow was watching the vote closely.",
     "Yet another diplomat told us that the embassy would protest."),
]


@pytest.mark.parametrize("paragraphs", ANOTHER_OF_THE_SAME)
def test_another_unnamed_speaker_of_the_same_role_shares_its_group(paragraphs):
    out = _quotes_of(*paragraphs)
    assert len(out) == 2
    first, second = out.itertuples()
    assert second.actor.startswith("unnamed ") and second.group == first.group != "other"


def test_another_speaker_of_a_role_no_one_held_keeps_its_own_group():
    # near misses: no diplomat spoke before; an official before "another student"; an owner named
    # (a diplomat with no affiliation is a Western one since round 25: GUIDELINES)
    assert _speakers(_quotes_of("Another diplomat said the text had been agreed on Friday.")) \
        == [("unnamed diplomat", "eu_west")]
    out = _quotes_of("An EU official told reporters that the summit would end early.",
                     "Another student said the text had been agreed on Friday.")
    assert _speakers(out)[-1] == ("unnamed student", "civil_society")
    out = _quotes_of("An EU official told reporters that the summit would end early.",
                     "Another Russian diplomat said the text had been agreed on Friday.")
    assert _speakers(out)[-1][1] == "russia"


def test_the_another_pattern_runs_in_linear_time():
    import time

    from helpers.analysis.quoting.indefinite import _ANOTHER
    for text in ("another " + "senior " * 20_000 + "x", "a second " + "x " * 50_000):
        t0 = time.process_time()
        _ANOTHER.fullmatch(text)
        assert time.process_time() - t0 < 0.5


# A descriptor of trade, creed or origin before a full name is no first name
DESCRIBED = [
    ("Seismologist Marko Jovanović of the University of Niš told reporters that the dam was safe.",
     "Marko Jovanović"),
    ("Archbishop Ivan Horvat said that the church would stay neutral.", "Ivan Horvat"),
    ("Businesswoman Ana Kovač told the paper that taxes were too high.", "Ana Kovač"),
    ("Frenchman Pierre Dubois said that the vote had been fair.", "Pierre Dubois"),
]


@pytest.mark.parametrize("text, name", DESCRIBED)
def test_a_descriptor_before_a_full_name_is_not_part_of_the_name(text, name):
    assert _quotes_of(text)["actor"].tolist() == [name]


@pytest.mark.parametrize("text, name", [
    ("Herman Van Rompuy said that the union was strong.", "Herman Van Rompuy"),
    ("Norman Tebbit said that the union was strong.", "Norman Tebbit"),
])
def test_a_first_name_with_a_like_ending_stays(text, name):
    # near misses: short stems ("Her-man", "Nor-man") are first names, not descriptors
    assert _quotes_of(text)["actor"].tolist() == [name]


# An organisation's alias before a title owns it: the person named after the title speaks
OWNED_TITLES = [
    ("Commission Vice-President Ana Horvat told reporters that the talks were useful.", "Ana Horvat"),
    ("European Commission Vice President Ana Horvat said that the talks were useful.", "Ana Horvat"),
    ("Commission Deputy Spokesperson Ana Horvat said that the talks were useful.", "Ana Horvat"),
    ("European Commission Vice-President Jan Novak called the mine “a strategic project”.", "Jan Novak"),
    ("NATO Deputy Secretary-General Ivan Orlov said that the alliance was ready.", "Ivan Orlov"),
]


@pytest.mark.parametrize("text, name", OWNED_TITLES)
def test_a_title_after_an_organisations_alias_is_not_part_of_the_name(text, name):
    assert _quotes_of(text)["actor"].tolist() == [name]


def test_an_organisations_alias_with_no_title_after_it_still_speaks():
    # near miss: "European Commission officials" names no person; "the Commission, X said" an aside
    assert _speakers(_quotes_of("European Commission officials said the talks were useful.")) \
        == [("unnamed European Commission officials", "eu_west")]
    assert _quotes_of("The Commission, spokesperson Ana Horvat said, was ready.")["actor"].tolist() \
        == ["Ana Horvat"]


# The attribution inside the reported clause, with more speech verbs ("X, she made clear, Y")
ASIDES = [
    ("Marta Kos said the plan was good. Those conditions, she made clear, include a new law on "
     "the media.", "Those conditions include a new law on the media"),
    ("Goran Lukić spoke last. The deficit, he conceded, would be larger than planned this year.",
     "The deficit would be larger than planned this year"),
    ("Ana Horvat spoke on Friday. The new rules, she acknowledged, had cost the farmers a great deal.",
     "The new rules had cost the farmers a great deal"),
    ("Marta Kos visited Niš. The plan, she suggested, could wait until the spring.",
     "The plan could wait until the spring"),
]


@pytest.mark.parametrize("text, clause", ASIDES)
def test_a_speech_verb_between_commas_attributes_the_clause_around_it(text, clause):
    assert clause in _quotes_of(text)["quote"].tolist()


def test_a_verb_of_no_speech_between_commas_attributes_nothing():
    # near miss: "she hoped" is no speech verb of the aside
    out = _quotes_of("Marta Kos visited Niš. The plan, she hoped, could wait until the spring.")
    assert out.empty


def test_the_aside_pattern_runs_in_linear_time():
    import time

    from helpers.analysis.quoting.patterns import _PARENTHETICAL
    for text in ("The plan, she made clear, " + "could wait " * 10_000, "a" * 50_000 + ", b " * 20_000):
        t0 = time.process_time()
        _PARENTHETICAL.match(text)
        assert time.process_time() - t0 < 1.0


# "One of them" speaks: one unnamed member of the plural role phrase named before
ONE_OF_THEM = [
    ("Two miners were waiting at the gate. One of them said that the shift had been cancelled.",
     "unnamed miner"),
    ("I met three deputies in the hall. One of them told me the vote had been rigged.", "unnamed deputy"),
    ("When we visited student representatives in Niš, one of them told us: “We will not stop.”",
     "unnamed student representative"),
    ("In the café two young miners drink beer. One of them says he will stay for five years.",
     "unnamed young miner"),
]


@pytest.mark.parametrize("text, actor", ONE_OF_THEM)
def test_one_of_them_is_one_member_of_the_group_named_before(text, actor):
    assert _quotes_of(text)["actor"].tolist() == [actor]


def test_one_of_them_after_no_group_of_people_is_no_speaker():
    # near misses: "them" are protests or plans, not people
    assert _quotes_of("We discussed the student protests. One of them said that it was over.").empty
    assert _quotes_of("The two plans were discussed. One of them said that it was over.").empty


def test_the_plural_phrase_pattern_runs_in_linear_time():
    import time

    import pandas as pd
    text = "workers " * 12_000 + "One of them said that the shift had been cancelled."
    t0 = time.process_time()
    quotes(pd.DataFrame({"article_id": ["1"], "paragraph_id": ["1-p00"], "text": [text]}))
    assert time.process_time() - t0 < 5.0


# "the Delegation" paragraphs after "the Delegation of the European Union": the EU
DELEGATIONS = [
    ("Dnevni Pregled publishes the statement of the Delegation of the European Union to Serbia in full.",
     "The Delegation notes that progress on the rule of law remains limited."),
    ("Ana Horvat read out a letter from the Delegation of the EU in Belgrade.",
     "“We follow the case closely,” the Delegation wrote."),
    ("Reporters waited outside the Delegation of the European Union on Monday.",
     "A spokesperson for the Delegation said on Wednesday it had no further comment."),
]


@pytest.mark.parametrize("intro, reference", DELEGATIONS)
def test_a_capitalised_body_noun_refers_back_to_the_body_the_article_introduced(intro, reference):
    out = _quotes_of(intro, "Belgrade, 2 December.", "The hall was quiet.", reference)
    assert _speakers(out) == [("European Union", "eu_west")]


def test_a_lower_case_or_unintroduced_delegation_is_not_the_eu():
    # near misses: "the delegation" in lower case; "the Delegation" with no "Delegation of …" before
    out = _quotes_of("The delegation of the European Union arrived.", "It met the mayor.",
                     "The delegation said that talks were good.")
    assert _speakers(out)[0][0] != "European Union"
    out = _quotes_of("Talks went on all night.", "It rained.", "The Delegation said that talks were good.")
    assert _speakers(out)[0][0] != "European Union"


def test_a_ministry_that_speaks_has_the_name_its_mentions_have():
    """The quote table names a ministry as ``actor_mentions`` does (GUIDELINES: one name per ministry)."""
    texts = ["The Interior Ministry said that ten people had been detained overnight.",
             "“The roads are open again,” Serbia’s interior ministry said in a statement.",
             "The Russian Foreign Ministry said that the protests had been organised from abroad.",
             "According to the Ministry of Foreign Affairs of the Republic of Serbia, the note was sent."]
    found = _quotes_of(*texts)
    assert list(found["actor"]) == ["Ministry of Interior", "Ministry of Interior",
                                    "Russian Ministry of Foreign Affairs", "Ministry of Foreign Affairs"]
    table = pd.DataFrame({"article_id": "921", "paragraph_id": [f"921-p{i:02d}" for i in range(len(texts))],
                          "sentence_id": [f"921-p{i:02d}-s000" for i in range(len(texts))], "text": texts})
    assert set(found["actor"]) <= set(actor_mentions(table)["actor"])
