"""Round 25 of the quote rules: unnamed collective speakers (sentences written here, no devset text).

1. "CLAUSE, she said, and CLAUSE": two clauses coordinated around one attribution are two quotes
   (GUIDELINES, decided in round 25); a noun phrase before the aside stays one span.
2. Critics, defenders and bankers speak as private people (``other``); their post-modifier is part of
   the speaker phrase ("Critics of the reform").
3. A post-modifier with a quantifier or "on"/"near" after a plural role ("Farmers on both sides of the
   river", "Officials from four member states"): the role speaks, member states' officials are the EU's.
4. Diplomats with no stated affiliation are Western diplomats (``eu_west``).
5. Local people (residents, locals, villagers) are civil society only in an article that reports a
   protest, blockade or rally; elsewhere ``other``.
6. Counted people placed by where they are ("two people at the bank", "several people in the village").
7. "X says A; critics say B" / "X says A, but critics say B": the second subject's cue has its own quote.
"""

import pandas as pd

from helpers import quotes
from helpers.analysis.quoting.unnamed_groups import collective_group, local_group


def _quotes_of(*paragraphs):
    df = pd.DataFrame({"article_id": ["925"] * len(paragraphs),
                       "paragraph_id": [f"925-p{i:02d}" for i in range(len(paragraphs))],
                       "text": list(paragraphs)})
    return quotes(df)


def _rows(out):
    return [(r.actor, r.group, r.kind, r.quote) for r in out.itertuples()]


# 1. "A, she said, and B"
def test_two_clauses_around_one_attribution_are_two_quotes():
    cases = [
        ("Marija Petrović runs a bakery in Kraljevo. Flour has doubled in price since spring, she said, "
         "and two of her suppliers have closed their mills.",
         ["Flour has doubled in price since spring", "two of her suppliers have closed their mills"]),
        ("Nenad Ilić farms near Šabac. The river flooded his fields twice this year, he says, but the "
         "insurers refused every claim.",
         ["The river flooded his fields twice this year", "the insurers refused every claim"]),
        ("Vesna Kostić teaches in Pirot. The school was built in 1962, she explained, and the roof has "
         "never been repaired since.",
         ["The school was built in 1962", "the roof has never been repaired since"]),
    ]
    for text, spans in cases:
        out = _quotes_of(text)
        assert sorted(out["quote"]) == sorted(spans), text
        assert out["actor"].nunique() == 1


def test_a_noun_phrase_before_the_aside_stays_one_span():
    out = _quotes_of("Jelena Marković chairs the council. The mayor of the town, she said, and his deputy "
                     "both resigned in June.")
    assert len(out) == 1
    assert out["quote"].iloc[0].startswith("The mayor of the town")


# 2. critics, defenders, bankers
def test_critics_defenders_and_bankers_speak_as_private_people():
    cases = [
        ("The new tax took effect in May. Critics of the reform say it will hit small shops hardest.",
         "Critics of the reform"),
        ("Defenders of the new law argue that it simply copies European practice.",
         "Defenders of the new law"),
        ("Two bankers familiar with the sale said the price would be lower than expected.", "bankers"),
        ("Some critics of the minister say the plan was rushed through parliament.",
         "critics of the minister"),
    ]
    for text, speaker in cases:
        out = _quotes_of(text)
        assert len(out) == 1, text
        assert out["group"].iloc[0] == "other", text
        assert speaker in out["speaker"].iloc[0], text


def test_a_critic_named_in_passing_is_no_speaker():
    out = _quotes_of("The critic, a film reviewer, hated the premiere. "
                     "Nikola Jovanović said the film was long.")
    assert list(out["actor"]) == ["Nikola Jovanović"]


# 3. post-modifiers with a quantifier
def test_a_plural_role_with_a_quantified_post_modifier_speaks():
    cases = [
        ("Farmers on both sides of the river said they had lost the whole harvest.", "other"),
        ("Officials from four member states said the vote would be delayed until autumn.", "eu_west"),
        ("Residents near the old smelter say the dust is worse this summer than last.", "other"),
        ("Officials of several member countries said the summit would not discuss enlargement.", "eu_west"),
    ]
    for text, group in cases:
        out = _quotes_of(text)
        assert len(out) == 1, text
        assert out["group"].iloc[0] == group, text


def test_a_year_after_in_is_no_post_modifier_of_a_role():
    out = _quotes_of("At a dinner in 1998 a Russian minister told the delegation: “Moscow will always "
                     "stand by its friends.”")
    assert len(out) == 1
    assert out["group"].iloc[0] == "russia"


# 4. diplomats with no affiliation
def test_diplomats_with_no_affiliation_are_western():
    for text in ("Diplomats say the summit could slip into next year.",
                 "Two diplomats said the draft had been rewritten overnight.",
                 "The talks lasted six hours, according to diplomats, and ended without a statement.",
                 "Several diplomats in Vienna said the talks had stalled."):
        out = _quotes_of(text)
        assert len(out) >= 1, text
        assert out["group"].iloc[0] == "eu_west", text


def test_diplomats_with_an_owner_keep_their_owner():
    out = _quotes_of("Russian diplomats said the sanctions would fail.")
    assert list(out["group"]) == ["russia"]
    assert collective_group("diplomats", "", "russia", True) == "russia"
    assert collective_group("officials", "from three member states", "serbian_government", False) == "eu_west"
    assert collective_group("officials", "from three member states", "china", True) == "china"


# 5. residents: civil society only where they protest
def test_residents_are_civil_society_only_in_an_article_that_reports_a_protest():
    protest = [("Villagers blocked the road to the quarry on Monday.", "Villagers say they will come back."),
               ("Hundreds joined a rally outside the town hall.", "Residents say the permit must go."),
               ("Locals signed a petition against the landfill.", "Locals said the smell was unbearable.")]
    for first, second in protest:
        out = _quotes_of(first, second)
        assert list(out["group"]) == ["civil_society"], second
    quiet = ["Residents of the town said they were relieved when the bridge reopened.",
             "Locals say the new bus line has changed little.",
             "Villagers said the winter had been the coldest in years."]
    for text in quiet:
        out = _quotes_of(text)
        assert list(out["group"]) == ["other"], text
    assert local_group("analysts", "experts", False) == "experts"  # not local people: unchanged


def test_long_inputs_finish():
    parts = ["The plant closed in 2019, she said, and the workers left for Germany."] * 400
    parts += ["Critics of the long and winding reform on both sides of the river say " + "very " * 200
              + "little has changed."] * 80
    text = " ".join(parts)
    assert len(text) > 100_000
    out = _quotes_of(text)
    assert isinstance(out, pd.DataFrame)


# 6. counted people placed by where they are ("two people at the bank")
def test_counted_people_at_a_place_speak():
    cases = [("The deal was signed in March, according to two people at the bank.", "other"),
             ("Several people in the village said the well had run dry.", "other"),
             ("Two people at the ministry said the decree was ready.", "serbian_government")]
    for text, group in cases:
        out = _quotes_of(text)
        assert len(out) == 1, text
        assert out["group"].iloc[0] == group, text


def test_uncounted_people_at_a_place_are_no_speaker():
    assert _quotes_of("People in the village said the well had run dry.").empty


# 7. a second subject with its own cue after "; " or ", but": "X says A; critics say B"
def test_a_second_subject_after_a_semicolon_or_but_has_its_own_quote():
    cases = [
        "The ministry says the law copies French rules; critics say it will be used against newspapers.",
        "The ministry says the law copies French rules, but critics say it will hurt small newspapers.",
        "The mayor says the plant is safe; residents of the valley say the water has turned brown.",
    ]
    for text in cases:
        out = _quotes_of(text)
        assert len(out) == 2, text
        assert out["quote"].iloc[0].endswith("rules") or out["quote"].iloc[0].endswith("safe"), text


def test_but_it_says_stays_in_the_first_clause():
    out = _quotes_of("The ministry says the law copies French rules, but it says nothing about fines.")
    assert len(out) == 1


def test_long_contrast_inputs_finish():
    text = " ".join(["The ministry says the rules are old; critics of the long reform say " + "very " * 30
                     + "little is new."] * 600)
    assert len(text) > 100_000
    assert isinstance(_quotes_of(text), pd.DataFrame)
