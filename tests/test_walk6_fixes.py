"""News language a student walkthrough (walk6, issue 13) found misread by quotes() and actor_mentions().

Each category has sentences in several wordings (written for these tests, not taken from the
walkthrough's articles) and a near miss that must keep its old reading.
"""

import pandas as pd
import pytest

from helpers.analysis.actors import actor_mentions
from helpers.analysis.quoting import quotes


def paras(*texts, aid="950"):
    """A paragraphs table, one row per text, as quotes() takes it."""
    ids = [f"{aid}-p{i + 1:02d}" for i in range(len(texts))]
    return pd.DataFrame({"article_id": aid, "paragraph_id": ids, "text": list(texts)})


def sents(*texts, aid="950"):
    """A sentences table, one sentence per paragraph, as actor_mentions() takes it."""
    ids = [f"{aid}-p{i + 1:02d}" for i in range(len(texts))]
    return pd.DataFrame({"article_id": aid, "paragraph_id": ids, "text": list(texts),
                         "sentence_id": [f"{p}-s{i + 1:03d}" for i, p in enumerate(ids)]})


def rows(q, start):
    """The rows whose quote starts with ``start``."""
    return q[q["quote"].str.startswith(start)]


# ---------------------------------------------------------------- F2: a name with a cue never loses its quote
@pytest.mark.parametrize(("intro", "attribution", "actor"), [
    ("Our reporter spent a day with Goran Mitić at the foundry.", "“The furnace never sleeps,” Mitić said.",
     "Goran Mitić"),
    ("Ljiljana Radić, who sells bread by the gate, waved at us.",
     "“The furnace never sleeps,” Radić told us.", "Ljiljana Radić"),
    ("We found Nikola Bašić in the union office.", "“The furnace never sleeps,” said Bašić.", "Nikola Bašić"),
    ("The night shift was ending.", "“The furnace never sleeps,” Vesna Lukač said.", "Vesna Lukač"),
])
def test_a_name_that_speaks_keeps_its_quotation(intro, attribution, actor):
    q = quotes(paras(intro, attribution))
    hit = rows(q, "The furnace never sleeps")
    assert len(hit) == 1
    assert (hit.iloc[0]["actor"], hit.iloc[0]["group"], hit.iloc[0]["kind"]) == (actor, "other", "direct")


def test_a_surname_with_no_earlier_full_name_speaks_as_written():
    q = quotes(paras("“The furnace never sleeps,” Mitić said."))
    assert rows(q, "The furnace never sleeps")[["speaker", "actor", "group"]].values.tolist() == [
        ["Mitić", "Mitić", "other"]]


def test_a_capitalised_word_that_is_no_name_is_not_made_a_speaker():
    # near miss: a weekday is no name, so the quote keeps its old reading (none)
    assert quotes(paras("“The furnace never sleeps,” Tuesday said.")).empty


def test_a_title_without_portfolio_gives_the_group():
    q = quotes(paras("Minister without portfolio Zoran Kostić spoke after the vote. "
                     "“We will not be lectured,” Kostić said."))
    assert rows(q, "We will not be lectured")[["actor", "group"]].values.tolist() == [
        ["Zoran Kostić", "serbian_government"]]


# ---------------------------------------------------------------- F9: a town that ends an organisation's name
@pytest.mark.parametrize(("intro", "org", "town"), [
    ("Milena Jovanović leads an association called Clean Water Pančevo.", "Clean Water Pančevo", "Pančevo"),
    ("The environmental group Green Shield Kraljevo filed a complaint.", "Green Shield Kraljevo", "Kraljevo"),
    ("An NGO named Open Data Kragujevac published the figures.", "Open Data Kragujevac", "Kragujevac"),
])
def test_a_town_ending_an_organisations_name_stays_a_town(intro, org, town):
    m = actor_mentions(sents(intro, f"Back in {town}, the night shift was starting."))
    assert org not in set(m.loc[m["sentence_id"].str.startswith("950-p02"), "actor"])


@pytest.mark.parametrize("intro", [
    "Milena Jovanović leads an association called Clean Water Pančevo.",
    "The environmental group Green Shield Pančevo filed a complaint.",
    "An NGO named Open Data Pančevo published the figures.",
])
def test_she_never_refers_to_an_organisation(intro):
    q = quotes(paras(intro, "Ana Lazić walks home. In Pančevo the river is brown. "
                            "“We cannot swim here,” she said."))
    assert rows(q, "We cannot swim here")["actor"].tolist() == ["Ana Lazić"]


def test_a_persons_surname_still_counts_later():
    # near miss: a person (no organisation noun before the name) keeps her surname as a later mention
    m = actor_mentions(sents("Ana Lazić, a crane operator, walked us to the gate.", "Lazić laughed."))
    assert m.loc[m["sentence_id"].str.startswith("950-p02"), "actor"].tolist() == ["Ana Lazić"]


# ---------------------------------------------------------------- F3: a quotation over two paragraphs
@pytest.mark.parametrize(("first", "second", "actor"), [
    ("“The mill fed three generations of us. Now the gates are shut.",
     "“Nobody told us anything,” she said.", "Zorica Pavlović"),
    ("“The mill fed three generations of us. Now the gates are shut.",
     "“Nobody told us anything,” Pavlović said.", "Zorica Pavlović"),
    ("“The mill fed three generations of us. Now the gates are shut.",
     "“Nobody told us anything,” said Pavlović, who has worked there since 1991.", "Zorica Pavlović"),
])
def test_a_quotation_over_two_paragraphs_keeps_both_with_one_speaker(first, second, actor):
    q = quotes(paras("Zorica Pavlović, a welder, showed us the yard.", first, second))
    both = q[q["kind"] == "direct"]
    assert both["paragraph_id"].tolist() == ["950-p02", "950-p03"]
    assert both["actor"].tolist() == [actor, actor]
    assert both["quote"].iloc[0] == "The mill fed three generations of us. Now the gates are shut."


def test_an_open_quote_before_a_paragraph_that_opens_no_quote_stays_out():
    # near miss: the next paragraph reports speech without opening a quote mark: nothing joins it
    q = quotes(paras("Zorica Pavlović, a welder, showed us the yard.",
                     "“The mill fed three generations of us. Now the gates are shut.",
                     "Pavlović said that nobody had told them anything."))
    assert not q["quote"].str.startswith("The mill").any()


# ---------------------------------------------------------------- F7: "X of the opposition said"
@pytest.mark.parametrize(("text", "actor", "group"), [
    ("Bojana Simić of the opposition said that the contract should be published.", "Bojana Simić",
     "civil_society"),
    ("Dušan Kovač of the ruling coalition replied that the contract was lawful.", "Dušan Kovač",
     "serbian_government"),
    ("Bojana Simić from the opposition told deputies that the contract should be published.", "Bojana Simić",
     "civil_society"),
])
def test_a_member_of_a_side_speaks_with_the_sides_group(text, actor, group):
    q = quotes(paras(text))
    assert q[["actor", "group", "kind"]].values.tolist() == [[actor, group, "indirect"]]


def test_a_side_inside_an_appositive_keeps_the_person_before_it():
    # near miss: "of the opposition" inside an appositive, not before the cue: the older rule reads it
    q = quotes(paras("Ana Perić, a leader of the opposition, said that the contract should be published."))
    assert q[["actor", "group"]].values.tolist() == [["Ana Perić", "civil_society"]]


# ---------------------------------------------------------------- F5: a relative clause about a body
@pytest.mark.parametrize(("text", "actor"), [
    ("Ana Marić, the head of the Sovereign Homeland party, which has long sought closer ties with Moscow, "
     "said the loan was a mistake.", "Ana Marić"),
    ("Goran Tešić, a spokesman for the Homeland Front, which opened an office in Beijing last year, "
     "said that the vote was rigged.", "Goran Tešić"),
    ("Milica Obradović, the leader of a small farmers' movement, which wants Serbia to side with Russia, "
     "told reporters that prices were too high.", "Milica Obradović"),
])
def test_a_state_named_in_a_clause_about_a_body_does_not_speak(text, actor):
    q = quotes(paras(text))
    assert q["actor"].tolist() == [actor]


def test_a_clause_about_the_speaker_herself_still_reads_as_before():
    # near miss: "who" opens a clause about the person herself (an older rule): she speaks
    q = quotes(paras("Ana Marić, who has long sought closer ties with Moscow, said the loan was a mistake."))
    assert q["actor"].tolist() == ["Ana Marić"]


# ---------------------------------------------------------------- F4: "Asked whether Serbia …, he said"
@pytest.mark.parametrize("text", [
    "Asked whether Serbia was drifting towards Beijing, he laughed and said that it had many friends.",
    "Asked about Russia's gas, he paused and said that the contract would be renewed.",
    "Pressed on whether the European Union had lost patience, he shrugged and said that talks would go on.",
])
def test_the_question_put_to_a_speaker_is_not_the_speaker(text):
    q = quotes(paras("Nenad Ristić is the mayor of the town.", text))
    assert q["actor"].tolist() == ["Nenad Ristić"]


def test_a_sentence_with_no_question_keeps_its_first_subject():
    # near miss: no "Asked …," clause: the subject opening the sentence speaks, as before
    q = quotes(paras("Nenad Ristić is the mayor of the town.",
                     "Ristić laughed and said that the talks would go on."))
    assert q["actor"].tolist() == ["Nenad Ristić"]


# ---------------------------------------------------------------- F6: a reported insult
@pytest.mark.parametrize("text", [
    "Ivana Ćirić raised a point of order, complaining that Branko Vesić had insulted the house by calling "
    "deputies “puppets” on air.",
    "Ivana Ćirić protested, saying that Branko Vesić had offended voters by describing them as “sheep”.",
    "Ivana Ćirić walked out, noting that Vesić has smeared the ministry by calling it “a den of thieves”.",
])
def test_the_quoted_insult_belongs_to_the_one_who_said_it(text):
    q = quotes(paras("Branko Vesić, an opposition deputy, spoke first.", text))
    assert q.loc[q["kind"] == "direct", "actor"].tolist() == ["Branko Vesić"]


def test_a_complainer_quoting_her_own_words_keeps_them():
    # near miss: no "that X had … by": the subject of the sentence calls the ministers names
    q = quotes(paras("Ivana Ćirić raised a point of order, calling the ministers “traitors”."))
    assert q.loc[q["kind"] == "direct", "actor"].tolist() == ["Ivana Ćirić"]
