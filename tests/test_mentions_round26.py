"""Round 26 of the mention rules (issue 13, sorted from the mention errors of every split): each
category of news language on sentences written for it, and a near miss that the rule leaves alone.

The sentences are written for these tests (not copied from any devset split or seed).
"""

import pandas as pd

from helpers.analysis.actors import actor_mentions
from helpers.analysis.home_bodies import home_bodies


def _mentions_of(*texts):
    """(actor, match) of every mention in ``texts``, one paragraph each, in one article."""
    table = pd.DataFrame({"article_id": "926", "paragraph_id": [f"926-p{k:02d}" for k in range(len(texts))],
                          "sentence_id": [f"926-p{k:02d}-s000" for k in range(len(texts))],
                          "text": list(texts)})
    out = actor_mentions(table)
    return list(zip(out["actor"], out["match"], strict=True))


# ---- Serbia's parliament and presidency named by a bare common noun where they act


def test_a_bare_parliament_that_acts_is_the_national_assembly():
    for text in ("Analysts expect that parliament will approve the budget before the holidays.",
                 "The opposition walked out after parliament voted to extend the mining permit.",
                 "A spokeswoman said parliament had never received the annex.",
                 "Parliament watchers noted that the parliament also rejected the second motion."):
        assert ("National Assembly", "parliament") in _mentions_of(text), text


def test_parliament_as_a_place_or_another_states_parliament_is_left_alone():
    for text in ("The draft was debated in parliament for three days.",
                 "The law will be sent to parliament in March.",
                 "Two members of parliament had signed the letter.",
                 "The minister told parliament on Monday that the figures were wrong."):
        assert ("National Assembly", "parliament") not in _mentions_of(text), text
    # an article that names another state's parliament keeps its bare "parliament" unread
    found = _mentions_of("The Croatian parliament debated the pipeline on Tuesday.",
                         "Officials expect that parliament will vote in May.")
    assert ("National Assembly", "parliament") not in found


def test_the_presidency_that_speaks_is_the_serbian_presidency():
    for text, words in (("The presidency did not reply to our questions on Friday.", "The presidency"),
                        ("In a statement from the presidency, the two leaders were said to agree.",
                         "the presidency"),
                        ("According to a source close to the Presidency, the envoy left early.",
                         "the Presidency"),
                        ("The visit will include a factory tour, the presidency announced.",
                         "the presidency")):
        assert ("Serbian presidency", words) in _mentions_of(text), text


def test_the_presidency_as_a_building_or_a_term_is_left_alone():
    for text in ("The envoy was received at the Presidency on Monday.",
                 "Slovenia held the presidency of the Council in 2021.",
                 "He spoke from the Presidency building for an hour.",
                 "A senior official in the presidency described the mood as tense."):
        assert all(actor != "Serbian presidency" for actor, _m in _mentions_of(text)), text


def test_home_bodies_on_a_long_text_finishes():
    text = "parliament " * 10_000 + "the presidency " * 2_500 + "x" * 5_000
    assert len(text) > 100_000
    assert isinstance(home_bodies([text], ["a"]), list)


# ---- a head of state named by the office ("the Russian President", "the President of China")


def test_a_head_of_state_named_by_the_office_is_the_office_holder():
    for text, actor in (("Vučić thanked the Russian President for the gas deal.", "Vladimir Putin"),
                        ("The President of Russia praised the talks in a short statement.", "Vladimir Putin"),
                        ("The Russian leader did not mention Kosovo at all.", "Vladimir Putin"),
                        ("Officials say the Chinese leader will open the plant in person.", "Xi Jinping"),
                        ("A letter to the President of the People's Republic of China went out.",
                         "Xi Jinping"),
                        ("The envoy met the President of Serbia before the summit.", "Aleksandar Vučić")):
        assert actor in [a for a, _m in _mentions_of(text)], text


def test_a_former_office_holder_named_after_the_office_is_that_person():
    found = _mentions_of("Former Russian President Dmitry Medvedev called the deal a betrayal.",
                         "The former Chinese leader Hu Jintao once visited the steelworks.")
    assert all(actor not in ("Vladimir Putin", "Xi Jinping") for actor, _m in found)


# ---- "one foot in X and the other in Y": the idiom names the camps


def test_one_foot_in_a_capital_names_its_government():
    assert ("European Union", "Brussels") in _mentions_of(
        "Critics say Belgrade wants one foot in Brussels and the other in Moscow.")
    assert ("Russia", "Moscow") in _mentions_of(
        "Critics say Belgrade wants one foot in Brussels and the other in Moscow.")
    assert ("Russia", "Moscow") in _mentions_of("The party has always kept a foot firmly in Moscow.")
    assert ("China", "China") in _mentions_of("Hungary stands with both feet in China these days.")


def test_setting_foot_in_a_city_is_a_visit():
    for text in ("The envoy had never set foot in Belgrade before the talks.",
                 "Tourists explore the old town on foot in Moscow."):
        assert all(actor not in ("Serbian government", "Russia") for actor, _m in _mentions_of(text)), text


def test_the_foot_idiom_on_a_long_text_finishes():
    from helpers.analysis.place_uses import stands_for_government

    text = "one foot in " + "x " * 60_000 + "the other in Moscow"
    assert len(text) > 100_000
    assert isinstance(stands_for_government(text, len(text) - 6, True), bool)



def test_the_foot_idiom_reads_only_the_words_before_the_place():
    """The gate and the patterns read the 180 characters before the place, in any case: a "foot" far
    earlier in a long paragraph neither decides nor costs a scan of the paragraph per mention (which
    made quotes() on a 1 MB paragraph grow with the square of its length)."""
    from helpers.analysis.place_uses import stands_for_government

    far = "The mayor went on foot to the market. " + "Nothing else happened that day. " * 20
    text = far + "Trade with Moscow grew."
    assert not stands_for_government(text, text.index("Moscow"), True)
    text = "Keep One Foot in Moscow, the other in Brussels: the party's motto."
    assert stands_for_government(text, text.index("Moscow"), True)
    assert ("Russia", "Moscow") in _mentions_of("Critics say the party keeps One Foot in Moscow.")

# ---- the employer or party in a person's apposition: more wordings of the GUIDELINES rule


def test_the_body_in_a_relative_clause_or_an_mps_party_belongs_to_the_person():
    cases = (("Dragana Vuković, who heads the Belgrade Centre for Security Policy, disagreed.",
              "Belgrade Centre for Security Policy"),
             ("Petar Ilić, who researches energy policy at the Vienna Institute for Balkan Studies, said so.",
              "Vienna Institute for Balkan Studies"),
             ("Goran Savić, Danube researcher at Green Rivers Watch, sent the samples.",
              "Green Rivers Watch"),
             ("Deputy Mayor Ana Đurić, of the ruling Serbian Progressive Party, opened the school.",
              "Serbian Progressive Party"),
             ("MP Jelena Marić (Green-Left Front) asked for a recount.", "Green-Left Front"),
             ("Analyst Nikola Pavić of the Novi Sad think tank Open Data Forum wrote the brief.",
              "Open Data Forum"))
    for text, body in cases:
        assert body not in [a for a, _m in _mentions_of(text)], text


def test_a_body_outside_the_apposition_still_counts():
    found = _mentions_of("Dragana Vuković, who said the Serbian Progressive Party would lose, left early.")
    assert "Serbian Progressive Party" in [a for a, _m in found]
    found = _mentions_of("The Green-Left Front (the largest opposition party) asked for a recount.")
    assert "Green-Left Front" in [a for a, _m in found]


def test_the_apposition_rules_on_a_long_text_finish():
    from helpers.analysis.employers import person_spans

    text = "Ana Ilić" + " (" + "A" * 50_000 + ", who heads the " + "B " * 30_000 + " of the Novi Sad " * 1_000
    assert len(text) > 100_000
    assert isinstance(person_spans(text, 0, 8), list)


# ---- two widely reported companies of the energy stories join the alias table (group other)


def test_srbijagas_and_janaf_are_table_actors_of_group_other():
    for text, actor in (("Srbijagas said the new contract would start in April.", "Srbijagas"),
                        ("Under the deal, Srbijagas will buy more gas through Bulgaria.", "Srbijagas"),
                        ("The board of Srbijagas approved the loan on Monday.", "Srbijagas"),
                        ("JANAF said it had delivered every contracted cargo.", "JANAF"),
                        ("The refinery asked JANAF to raise deliveries.", "JANAF"),
                        ("A spokesman for JANAF declined to comment.", "JANAF")):
        table = _mentions_table(text)
        assert actor in table["actor"].tolist(), text
        assert set(table.loc[table["actor"] == actor, "group"]) == {"other"}, text


def test_the_head_of_srbijagas_named_by_title_is_one_mention_of_the_person():
    found = _mentions_of("Srbijagas director Dušan Bajatović said supplies were secure.")
    assert [a for a, _m in found] == ["Dušan Bajatović"]
    assert "JANAF" not in [a for a, _m in _mentions_of("The janaf of the old song is a word, not a firm.")]


def _mentions_table(*texts):
    """The mention table of ``texts``, one paragraph each, in one article."""
    table = pd.DataFrame({"article_id": "926", "paragraph_id": [f"926-p{k:02d}" for k in range(len(texts))],
                          "sentence_id": [f"926-p{k:02d}-s000" for k in range(len(texts))],
                          "text": list(texts)})
    return actor_mentions(table)
