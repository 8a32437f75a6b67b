"""Round 19 of the quote rules: categories of news language, each in several wordings of our own.

Every sentence here is written for these tests (none is copied from a split of ``tests/devset``).
"""

import pandas as pd
import pytest

from helpers.analysis.quoting import quotes


def _quotes_of(*texts):
    paras = pd.DataFrame({"article_id": ["819"] * len(texts),
                          "paragraph_id": [f"819-p{k:02d}" for k in range(len(texts))], "text": list(texts)})
    return quotes(paras)


def _pairs(out):
    return list(zip(out["actor"], out["group"], strict=True))


# ---------------------------------------------------------------------------------------------
# Companies (GUIDELINES, Companies; decided round 19): a company named by its own name is other,
# whoever owns it; firms named by their nationality count for that state.

@pytest.mark.parametrize("texts, actor", [
    (("Huawei said that its cameras complied with Serbian law.",), "Huawei"),
    (("Gazprom Neft said on Monday that deliveries would resume in March.",), "Gazprom Neft"),
    (("Deliveries would resume, Rosatom told reporters in Belgrade.",), "Rosatom"),
])
def test_a_company_of_the_role_table_named_by_its_own_name_is_other(texts, actor):
    assert (actor, "other") in set(_pairs(_quotes_of(*texts)))


@pytest.mark.parametrize("text, actor", [
    ("Lanxin Steel, the Chinese-owned company that runs the plant, said output would double.",
     "Lanxin Steel"),
    ("Volga Pipe, a Russian state company, said that the pipe would be finished in June.", "Volga Pipe"),
    ("Hengfeng Cables, the Chinese firm behind the factory, told reporters that output would double.",
     "Hengfeng Cables"),
])
def test_a_company_named_by_its_own_name_stays_other_whatever_its_appositive_says_of_its_owner(text, actor):
    assert _pairs(_quotes_of(text)) == [(actor, "other")]


@pytest.mark.parametrize("text, group", [
    ("Chinese companies said that the plant would open in May.", "china"),
    ("Russian firms said that they would stay in Serbia.", "russia"),
    ("Xinhua, the Chinese state news agency, said that trade had grown.", "china"),
])
def test_firms_named_by_nationality_and_state_outlets_keep_their_states_group(text, group):
    assert [g for _a, g in _pairs(_quotes_of(text))] == [group]


# ---------------------------------------------------------------------------------------------
# A private person named by an occupation (walk6 item 2): the role phrase speaks, group other;
# and a surname later in the article resolves to the person introduced with that occupation.

@pytest.mark.parametrize("text, actor", [
    ("“We make steel here,” the crane operator said.", "unnamed crane operator"),
    ("“Nobody asked us,” the shop steward told reporters.", "unnamed shop steward"),
    ("“The ovens are cold,” said a baker.", "unnamed baker"),
    ("A welder told us: “The furnace has been cold since March.”", "unnamed welder"),
])
def test_an_occupation_introduces_an_unnamed_private_speaker(text, actor):
    assert _pairs(_quotes_of(text)) == [(actor, "other")]


@pytest.mark.parametrize("texts, actor", [
    (("Dragica Lalić, a crane operator, met us at the gate.", "“We make steel here,” Lalić said."),
     "Dragica Lalić"),
    (("Jovan Marić, a forklift operator, showed us the hall.", "Marić said: “We load forty lorries a day.”"),
     "Jovan Marić"),
    (("We spoke to Mira Tošić, an electrician at the smelter.", "“Nobody explains anything,” Tošić told us."),
     "Mira Tošić"),
])
def test_a_surname_resolves_to_the_person_an_occupation_introduced(texts, actor):
    assert _pairs(_quotes_of(*texts)) == [(actor, "other")]


def test_an_operator_alone_is_no_person_and_an_occupation_without_a_cue_is_no_quote():
    assert _quotes_of("“Prices will rise,” the network operator said.").empty  # an organisation noun
    assert _quotes_of("Nobody asked the welder whether the furnace was safe.").empty


@pytest.mark.parametrize("texts, actor", [
    (("Minister Ana Ilić visited the plant.", "Ilić said: “The plant will stay open.”"), "Ana Ilić"),
    (("The minister told reporters: “The plant will stay open.”",), "unnamed minister"),
    (("Goran Babić, the mayor, opened the session.", "Babić added: “Nobody will lose a job.”"),
     "Goran Babić"),
])
def test_a_colon_after_the_cue_opens_the_speakers_quote(texts, actor):
    assert [a for a, _g in _pairs(_quotes_of(*texts))] == [actor]


# ---------------------------------------------------------------------------------------------
# A long formal title before a name (presidency and state-media style): "the Ambassador of the
# People's Republic of China to Serbia, X" is X's title, all ten words of it.

@pytest.mark.parametrize("texts, actor, group", [
    (("The president received the Ambassador of the People's Republic of China to Serbia, Wang Dehai.",
      "Ambassador Wang said that Beijing valued the friendship."), "Wang Dehai", "china"),
    (("The minister met the Special Envoy of the Government of the Russian Federation to the Balkans, "
      "Oleg Tarasov.", "Tarasov said that Moscow would not change its position."), "Oleg Tarasov", "russia"),
    (("Also present was the Deputy Head of the Delegation of the European Union to the Republic of "
      "Serbia, Ines Hartmann.", "“The door stays open,” Hartmann told reporters."),
     "Ines Hartmann", "eu_west"),
])
def test_a_long_formal_title_before_a_name_gives_the_persons_group(texts, actor, group):
    assert _pairs(_quotes_of(*texts)) == [(actor, group)]


def test_a_verb_still_ends_the_title_before_a_name():
    out = _quotes_of("The delegation of the People's Republic of China to the fair visited Marko Ilić, "
                     "a farmer, who said that prices had fallen.")
    assert _pairs(out) == [("Marko Ilić", "other")]


# ---------------------------------------------------------------------------------------------
# A cue word used as a noun after a determiner ("on a conference call", "in his comments") is no
# cue: the speaker stays the subject, not the object before it ("told reporters on a call").

@pytest.mark.parametrize("text", [
    "Minister Ana Ilić spoke in Niš. Ilić told reporters on a call that the plant would stay open.",
    "Minister Ana Ilić spoke in Niš. The plant, she told reporters on a conference call, “will stay open”.",
    "Minister Ana Ilić spoke in Niš. Ilić told journalists on a video call that the plant would stay open.",
])
def test_a_call_after_a_determiner_is_a_noun_not_a_cue(text):
    assert [a for a, _g in _pairs(_quotes_of(text))] == ["Ana Ilić"]


def test_call_as_a_verb_after_its_subject_is_still_a_cue():
    out = _quotes_of("The unions call the plan “a disgrace”.")
    assert list(zip(out["speaker"], out["quote"])) == [("The unions", "a disgrace")]
    out = _quotes_of("Minister Ana Ilić spoke in Niš. She called the plan “a disgrace”.")
    assert _pairs(out) == [("Ana Ilić", "serbian_government")]


# ---------------------------------------------------------------------------------------------
# The present plural of a collective source closing or splitting a reported clause (news analysis):
# "…, officials in Brussels say.", "The plant, officials say, will close."

@pytest.mark.parametrize("text, actor", [
    ("The talks will stall until spring, officials in Brussels say.", "European Union"),
    ("The new tariffs will hurt small exporters most, economists warn.", "unnamed economists"),
    ("The mine, officials in Belgrade say, will reopen before the elections.", "Serbian government"),
])
def test_a_collective_source_in_the_present_plural_closes_or_splits_a_reported_clause(text, actor):
    assert [a for a, _g in _pairs(_quotes_of(text))] == [actor]


def test_the_authors_own_present_say_is_no_quote():
    assert _quotes_of("The country is drifting east, I say.").empty
    assert _quotes_of("Some say the country is drifting east, and they may be right about that.").empty


# ---------------------------------------------------------------------------------------------
# "conveyed that" (presidency and protocol press releases) reports speech like "said that".

@pytest.mark.parametrize("text, clause", [
    ("Ambassador Karin Olsen conveyed that Sweden supports the opening of the next cluster.",
     "Sweden supports the opening of the next cluster"),
    ("The minister, Luka Perić, conveyed to his host that Serbia would not impose sanctions.",
     "Serbia would not impose sanctions"),
    ("Envoy Marta Lindgren conveys that the Union remains ready to help.", "the Union remains ready to help"),
])
def test_conveyed_that_reports_speech(text, clause):
    assert list(_quotes_of(text)["quote"]) == [clause]


def test_conveyed_with_an_object_and_no_clause_is_no_quote():
    assert _quotes_of("The minister conveyed the greetings of the president to the ambassador.").empty


# ---------------------------------------------------------------------------------------------
# Between the subject and its cue: a contrast adverbial between commas ("X, by contrast, said") or a
# reflexive intensifier ("X himself told").

@pytest.mark.parametrize("text", [
    "Mayor Goran Babić, by contrast, said the bridge would open in May.",
    "Mayor Goran Babić, on the other hand, told reporters that the bridge would open in May.",
    "Mayor Goran Babić, in response, said the bridge would open in May.",
    "Mayor Goran Babić himself told the local radio that the bridge would open in May.",
])
def test_an_aside_or_intensifier_between_subject_and_cue_keeps_the_speaker(text):
    out = _quotes_of(text)
    assert list(zip(out["actor"], out["quote"])) == [("Goran Babić", "the bridge would open in May")]


def test_a_reflexive_object_after_the_cue_is_no_speaker():
    out = _quotes_of("Mayor Goran Babić said the bridge would pay for itself within ten years.")
    assert list(out["quote"]) == ["the bridge would pay for itself within ten years"]


# ---------------------------------------------------------------------------------------------
# The same asides after a role speaker: "A Commission spokesperson, responding to a question, said".

@pytest.mark.parametrize("text, actor", [
    ("A Commission spokesperson, responding to a question from a Serbian reporter, said the funds were "
     "ready.", "unnamed Commission spokesperson"),
    ("A Kremlin official, replying to reporters in Moscow, said the funds were ready.",
     "unnamed Kremlin official"),
    ("The Chinese embassy, by contrast, said the funds were ready.", "Chinese embassy"),
])
def test_an_aside_after_a_role_speaker_keeps_the_role_as_speaker(text, actor):
    out = _quotes_of(text)
    assert list(zip(out["actor"], out["quote"])) == [(actor, "the funds were ready")]


def test_a_participle_that_is_the_report_itself_is_not_skipped_as_an_aside():
    out = _quotes_of("A Commission spokesperson said the funds were ready, responding to a question.")
    assert list(out["actor"]) == ["unnamed Commission spokesperson"]


# ---------------------------------------------------------------------------------------------
# A party's vice-president: the party's group (the ruling party: the Serbian government).

@pytest.mark.parametrize("text", [
    "SNS vice-president Milica Jovanović said that the report was paid for from abroad.",
    "Milica Jovanović, vice-president of the SNS, told the daily Alo that the report was paid for "
    "from abroad.",
    "“The report was paid for from abroad,” said Milica Jovanović, a vice president of the ruling "
    "Serbian Progressive Party.",
])
def test_a_vice_president_of_the_ruling_party_speaks_for_the_serbian_government(text):
    assert _pairs(_quotes_of(text)) == [("Milica Jovanović", "serbian_government")]


def test_a_vice_president_with_no_owner_is_no_serbian_official():
    out = _quotes_of("Vice-president Milica Jovanović said that the report was paid for from abroad.")
    assert [g for _a, g in _pairs(out)] != ["serbian_government"]
