"""Round 23 of the quote rules (sentences written for these tests; no devset text).

Umbrella bodies of civil society: an organisation described by its members ("a network of 30 civil
society organisations", "an alliance of citizens' groups", "a coalition of journalists'
associations") is civil society, and so are its officers ("the coalition's coordinator"). A bare
"the coalition" later refers to the organisation, not to a person whose role is "the coalition's
<post>"; and a noun written before a name ("the coalition Zelena Reka") classifies the name, so "the
coalition" later refers to it.
"""

import pandas as pd
import pytest

from helpers import quotes
from helpers.analysis.quoting.introductions import classified
from helpers.analysis.roles import role_words


def _quotes_of(*paragraphs):
    df = pd.DataFrame({"article_id": ["923"] * len(paragraphs),
                       "paragraph_id": [f"923-p{i:02d}" for i in range(len(paragraphs))],
                       "text": list(paragraphs)})
    return quotes(df)


def _speakers(out):
    return [(r.actor, r.group) for r in out.itertuples()]


# an umbrella organisation described by its civil-society members, and an officer of it
UMBRELLAS = [
    ("The Coalition for Clean Rivers and Forests, an alliance of 12 local civil society groups, "
     "published its findings on Monday.",
     "“The rivers are dying,” said Ana Ilić, the coalition’s coordinator.", "Ana Ilić"),
    ("The Network for Open Budgets, a network of 40 non-governmental organisations, met in Niš.",
     '"Nobody reads the budget," said Petar Savić, the network\'s secretary.', "Petar Savić"),
    ("The Alliance for Free Speech, a coalition of 25 journalists' associations, wrote to the ministry.",
     "“We expect an answer this month,” said Jovana Lukić, the alliance’s president.", "Jovana Lukić"),
]


@pytest.mark.parametrize("intro, quote, speaker", UMBRELLAS)
def test_an_officer_of_an_umbrella_body_of_ngos_is_civil_society(intro, quote, speaker):
    assert _speakers(_quotes_of(intro, quote)) == [(speaker, "civil_society")]


def test_a_network_of_companies_is_no_civil_society():
    # near miss: an umbrella of firms is a business association, not an NGO
    roles = role_words()
    assert roles.group_of("a network of 40 private logistics companies") != "civil_society"
    assert roles.group_of("a network of 40 civil society organisations") == "civil_society"
    assert roles.group_of("the citizens’ group Clean Air") == "civil_society"
    assert roles.group_of("the ruling coalition") == "serbian_government"


# "the coalition said" after "X, the coalition's coordinator": the organisation, not X
BARE_NOUN_AFTER_OFFICER = [
    ("The Coalition for Clean Rivers and Forests, an alliance of 12 local civil society groups, met. "
     "Ana Ilić, the coalition’s coordinator, opened the meeting.",
     "The coalition says that 40 rivers are polluted.", "Coalition for Clean Rivers and Forests"),
    ("The Coalition for Safe Schools, a network of 30 civil society organisations, met. "
     "Its chair is Marko Lazić, the coalition's founder.",
     "According to the coalition, half of the schools have no heating.", "Coalition for Safe Schools"),
    ("The Coalition for Fair Pay, a network of trade unions, met in Kragujevac. "
     "Goran Perić, the coalition's spokesman, spoke first.",
     "The coalition said wages had fallen by a tenth.", "Coalition for Fair Pay"),
]


@pytest.mark.parametrize("intro, quote, speaker", BARE_NOUN_AFTER_OFFICER)
def test_a_bare_noun_refers_to_the_organisation_not_to_its_officer(intro, quote, speaker):
    out = _quotes_of(intro, quote)
    assert _speakers(out[out["paragraph_id"] == "923-p01"]) == [(speaker, "civil_society")]


# a noun before a name classifies it: "the coalition Zelena Reka ... according to the coalition"
CLASSIFIED = [
    ("The coalition Zelena Reka (Green River) says the dam is illegal.",
     "According to the coalition, 20,000 people have signed the petition.", "Zelena Reka"),
    ("The coalition Čuvari Šuma wants the logging stopped.",
     "The coalition said the loggers had cut 300 trees in a week.", "Čuvari Šuma"),
    ("The coalition Kraljevo Diše organised the march.",
     "The coalition says the air is not safe to breathe.", "Kraljevo Diše"),
]


@pytest.mark.parametrize("intro, quote, speaker", CLASSIFIED)
def test_a_noun_before_a_name_makes_it_the_antecedent_of_the_bare_noun(intro, quote, speaker):
    out = _quotes_of(intro, quote)
    assert list(out.loc[out["paragraph_id"] == "923-p01", "actor"]) == [speaker]


def test_classified_needs_the_noun_right_before_the_name():
    assert classified("the coalition zelena reka", "zelena reka", ("coalition",))
    assert classified("the citizens' group clean air", "clean air", ("group",))
    # near misses: a title between the noun and the name, a noun after the name, another noun
    assert not classified("embassy spokesman ivan petrov", "ivan petrov", ("embassy",))
    assert not classified("zelena reka a coalition", "zelena reka", ("coalition",))
    assert not classified("the coalition zelena reka", "zelena reka", ("company",))


def test_the_round_23_rules_finish_on_a_long_input():
    unit = ("The Coalition for Clean Rivers and Forests, an alliance of 12 local civil society groups, met. "
            "“The rivers are dying,” said Ana Ilić, the coalition’s coordinator. The coalition Zelena Reka "
            "says the dam is illegal. According to the coalition, 20,000 people signed. ")
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    out = _quotes_of(text)
    assert len(out) > 0
    assert classified("the " + "coalition " * 20_000 + "x", "x", ("coalition",))


# an unnamed role with a "from" phrase: the role speaks, with the group of the state or body it is from
FROM_PHRASES = [
    ('A senior diplomat from one EU member state said the text was "difficult".',
     "unnamed senior diplomat from one EU member state", "eu_west"),
    ("An official from a member state told reporters: “It is a warning.”",
     "unnamed official from a member state", "eu_west"),
    ("A diplomat from one of the bloc's smaller members said the plan was \"already dead\".",
     "unnamed diplomat from one of the bloc's smaller members", "eu_west"),
    ('One official from the Russian Foreign Ministry said the offer was "serious".',
     "unnamed official from the Russian Foreign Ministry", "russia"),
    ('A 41-year-old baker from Čačak said prices were "out of control".',
     "unnamed 41-year-old baker from Čačak", "other"),
    ('A reporter from the Russian state agency TASS asked whether Serbia was "turning away".',
     "unnamed reporter from the Russian state agency TASS", "russia"),
]


@pytest.mark.parametrize("text, actor, group", FROM_PHRASES)
def test_an_unnamed_role_from_somewhere_speaks_with_its_owners_group(text, actor, group):
    assert _speakers(_quotes_of(text)) == [(actor, group)]


def test_another_one_and_the_role_noun_refer_back_to_the_role_from_somewhere():
    out = _quotes_of('A diplomat from one EU member state said the talks were "hard". Another diplomat '
                     "said the text was a compromise. The diplomat added that Serbia \"must choose\".")
    assert list(out["group"]) == ["eu_west"] * 3  # "Another diplomat": one more of the first one's kind
    assert out["actor"].iloc[0] == "unnamed diplomat from one EU member state"


@pytest.mark.parametrize("text, actor", [
    # near misses: a named person's appositive, a spokesperson (speaks for the body), a "from" phrase
    # in a clause before the subject
    ('Ana Ilić, a nurse from Kraljevo, said the wards were "empty".', "Ana Ilić"),
    ('A spokesman from the Ministry of Finance said the budget was "sound".', "Ministry of Finance"),
    ('After meeting a diplomat from Sweden, Vučić said Serbia was "ready".', "Aleksandar Vučić"),
])
def test_a_from_phrase_that_is_no_unnamed_speaker(text, actor):
    assert list(_quotes_of(text)["actor"]) == [actor]


def test_the_from_rule_finishes_on_a_long_input():
    unit = 'A diplomat from one EU member state said the talks were "hard". '
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    assert len(_quotes_of(text)) > 0
    long_from = "A diplomat from " + "the " * 30_000 + 'said it was "hard".'
    assert len(_quotes_of(long_from)) <= 1  # the "from" phrase is read only up to 80 characters


@pytest.mark.parametrize("text, actor, group", [
    ("“It is a warning,” said a diplomat from one EU member state.",
     "unnamed diplomat from one EU member state", "eu_west"),
    ("“We are not in a hurry,” said an official from the Chinese Ministry of Commerce, who asked not to "
     "be named.", "unnamed official from the Chinese Ministry of Commerce", "china"),
    ("“The bread costs double,” said a 40-year-old baker from Čačak.", "unnamed 40-year-old baker from Čačak",
     "other"),
    # near miss: the clause after the place is not part of the "from" phrase
    ("“Our history is the whole answer,” said a 70-year-old pensioner from Kraljevo when asked why he "
     "trusted Moscow.",
     "unnamed 70-year-old pensioner from Kraljevo", "other"),
])
def test_a_role_from_somewhere_after_the_cue(text, actor, group):
    assert _speakers(_quotes_of(text)) == [(actor, group)]


# "Its spokesman, X" opening a paragraph: the owner is what the previous paragraph's last sentence is about
PARAGRAPH_OPENING_OWNER = [
    ("Radić said the monitors had filed 40 complaints. The watchdog also found that state television "
     "favoured the ruling party.", "Its spokesman, Marko Perić, said the report would go to the OSCE.",
     "Marko Perić"),
    ("Hundreds marched through Novi Sad. The rights group also counted the arrests made by the police.",
     'Its director, Ana Stojić, said the figures were "alarming".', "Ana Stojić"),
    ("Students blocked the bridge. An environmental group joined them on Friday.",
     'Their spokeswoman, Ivana Kos, said the blockade would "go on".', "Ivana Kos"),
]


@pytest.mark.parametrize("before, text, speaker", PARAGRAPH_OPENING_OWNER)
def test_its_post_opening_a_paragraph_takes_the_previous_paragraphs_owner(before, text, speaker):
    out = _quotes_of(before, text)
    assert _speakers(out[out["paragraph_id"] == "923-p01"]) == [(speaker, "civil_society")]


def test_its_post_does_not_reach_past_the_last_sentence_of_the_paragraph_before():
    # near miss: the activists are two sentences back; the last sentence names no owner
    out = _quotes_of("The activists of the Green Circle marched on Monday. The rain stopped at noon and the "
                     "square emptied.", 'Its spokesman, Marko Perić, said the march was "a success".')
    assert _speakers(out) == [("Marko Perić", "other")]


# "a <post> for/of/with the <noun>": the organisation named before with that noun, as "the <noun>'s <post>"
POST_FOR_THE = [
    ("The ruling Serbian Progressive Party rejected the findings.",
     'Marko Lazić, a spokesman for the party, said the report was "foreign-funded".', "Marko Lazić",
     "serbian_government"),
    ("The Coalition for Clean Rivers, a network of 20 civil society groups, sued the town.",
     'Ivana Ristić, a lawyer with the coalition, said the permit was "void".', "Ivana Ristić",
     "civil_society"),
    ("The Centre for Civic Rights, a human rights group, published the figures.",
     'Goran Babić, the head of research at the centre, called them "a scandal".', "Goran Babić",
     "civil_society"),
]


@pytest.mark.parametrize("intro, text, speaker, group", POST_FOR_THE)
def test_a_post_for_the_noun_takes_the_organisations_group(intro, text, speaker, group):
    out = _quotes_of(intro, text)
    assert _speakers(out[out["paragraph_id"] == "923-p01"]) == [(speaker, group)]


def test_owner_noun_reads_both_word_orders():
    from helpers.analysis.quoting.patterns import owner_noun
    assert owner_noun("Ana Ilić the party's spokeswoman") == ("the", "party")
    assert owner_noun("Ana Ilić a spokeswoman for the party") == ("the", "party")
    assert owner_noun("Ana Ilić its network's director") == ("its", "network")
    # near misses: a named employer, or a noun that is not the role's end
    assert owner_noun("Ana Ilić a spokeswoman for Green Lens") == ("", "")
    assert owner_noun("Ana Ilić a spokeswoman for the party in Niš") == ("", "")
    assert owner_noun("a spokeswoman for the " * 20_000 + "party") == ("the", "party")


# an indirect quote ends at a semicolon (the next clause is another statement) and before a concessive
# clause (", although …", ", even though …"), as at a full stop
@pytest.mark.parametrize("text, quote", [
    ("Police said about 5,000 people had gathered; the organisers put the number at 20,000.",
     "about 5,000 people had gathered"),
    ("The ministry said it would not impose sanctions, although it has backed three UN resolutions on "
     "Ukraine.",
     "it would not impose sanctions"),
    ("The mayor said the plant would stay open, even though the owner has lost money for years.",
     "the plant would stay open"),
    ("Vučić said Serbia would keep buying Russian gas; the EU has asked it to diversify.",
     "Serbia would keep buying Russian gas"),
])
def test_an_indirect_quote_ends_at_a_semicolon_or_a_concessive_clause(text, quote):
    assert list(_quotes_of(text)["quote"]) == [quote]


def test_an_although_aside_inside_the_clause_stays_in_it():
    # near miss: ", although costly," is an aside closed by a comma, not a clause of the author's
    text = "Officials said the new road, although costly, would pay for itself within a decade."
    assert list(_quotes_of(text)["quote"]) == ["the new road, although costly, would pay for itself within a "
                                               "decade"]


def test_the_clause_stops_finish_on_a_long_input():
    unit = "Police said about 5,000 people had gathered; the organisers, although tired, counted again. "
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    assert len(_quotes_of(text)) > 0
    assert len(_quotes_of("Police said " + "the road, although " * 5_000 + "costly.")) <= 1


# "Minister without Portfolio X": the capitalised "Portfolio" ends the title, it is no part of the name
@pytest.mark.parametrize("text, speaker", [
    ('Minister without Portfolio Dragan Ilić said the people "will never forget".', "Dragan Ilić"),
    ('Minister Without Portfolio Jovan Lazić told reporters that Serbia "has friends".', "Jovan Lazić"),
    ('Serbian Minister without Portfolio Nada Perić said the plan was "realistic".', "Nada Perić"),
    # near miss: a private title with the same word keeps no government group
    ('Portfolio Manager Ana Ilić said the bonds were "cheap".', "Ana Ilić"),
])
def test_portfolio_ends_a_title(text, speaker):
    out = _quotes_of(text)
    assert list(out["actor"]) == [speaker]
    assert (out["group"].iloc[0] == "serbian_government") == text.startswith(("Minister", "Serbian"))


# a role after the cue ends before a post-modifier: "said an official responsible for …"
@pytest.mark.parametrize("text, actor, group", [
    ("“This is the partnership we wanted,” said a senior Commission official responsible for industrial "
     "policy.", "unnamed senior Commission official", "eu_west"),
    ("“It will pass,” said a Western diplomat familiar with the talks.", "unnamed Western diplomat",
     "eu_west"),
    ("“We are ready,” said a Russian official close to the negotiations.", "unnamed Russian official",
     "russia"),
    ("“Nothing is agreed,” said an EU official involved in the talks.", "unnamed EU official", "eu_west"),
    # near miss: a named person with the same post-modifier is the person, not an unnamed role
    ("“Prices will rise,” said Ana Ilić, responsible for the city budget.", "Ana Ilić", "other"),
])
def test_a_role_after_the_cue_ends_before_its_post_modifier(text, actor, group):
    assert _speakers(_quotes_of(text)) == [(actor, group)]


def test_the_official_later_refers_to_the_role_after_the_cue():
    out = _quotes_of("“This is the partnership we wanted,” said a senior Commission official responsible for "
                     'industrial policy. The official said Serbia would be treated "like a member state".')
    assert _speakers(out) == [("unnamed senior Commission official", "eu_west")] * 2
