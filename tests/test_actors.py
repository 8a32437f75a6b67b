"""Tests for helpers.analysis.actors: the alias table, actor groups and actor mentions."""


import pandas as pd
import pytest

from helpers import load_sentences
from helpers.analysis.actors import actor_aliases, actor_groups, actor_mentions
from helpers.errors import CorpusError

GROUPS = ["serbian_government", "eu_west", "russia", "china", "civil_society", "experts", "other"]


@pytest.fixture(scope="module")
def mentions():
    return actor_mentions()


def _in(mentions, sid):
    return mentions[mentions["sentence_id"] == sid]


def test_tables():
    al = actor_aliases()
    assert list(al.columns) == ["actor", "group", "alias", "kind", "note"]
    assert set(al["group"]) <= set(GROUPS)
    for alias in ["Vučić", "the President of the Republic", "Serbia's populist leader", "EU chief", "Peskov",
                  "Xi Jinping", "Brussels", "the Kremlin", "SVR", "ISAC Fund", "Eric Gordy", "Lukashenko"]:
        assert alias in set(al["alias"]), alias
    assert list(actor_groups()["group"]) == GROUPS
    assert list(actor_groups().columns) == ["group", "label", "description"]


def test_descriptions_and_longest_match(mentions):
    lead = _in(mentions, "000-p14-s000")
    assert list(lead["actor"]) == ["Ursula von der Leyen", "Aleksandar Vučić", "European Union", "Russia"]
    assert lead.iloc[0]["match"] == "The European Union’s top official"
    assert lead.iloc[1]["match"] == "Serbia's populist leader"
    row = lead.iloc[1]
    assert row["text"][row["start"]:row["end"]] == row["match"]
    vdl = _in(mentions, "004-p05-s008")
    assert vdl.iloc[0]["match"] == "European Commission President Ursula von der Leyen"
    assert "European Commission" not in set(vdl["alias"])
    svr = _in(mentions, "004-p04-s006")
    assert svr.iloc[0]["match"] == "Russia’s Foreign Intelligence Service (SVR)"
    assert svr.iloc[0]["actor"] == "SVR"
    vucic = set(mentions.loc[mentions["actor"] == "Aleksandar Vučić", "match"])
    # one actor
    assert {"Vučić", "Vucic", "President Aleksandar Vučić", "President Aleksandar Vucic"} <= vucic


def test_places_adjectives_and_datelines_are_not_mentions(mentions):
    assert "Serbian government" not in set(_in(mentions, "000-p25-s021")["actor"])  # "was in Belgrade"
    assert "Serbian government" not in set(_in(mentions, "000-p18-s008")["actor"])  # "Many in Serbia"
    assert list(_in(mentions, "001-p08-s012")["actor"]) == ["Xi Jinping"]  # "visited Belgrade"
    # "visit to Moscow", "trip to Russia"
    assert list(_in(mentions, "001-p04-s005")["actor"]) == ["Aleksandar Vučić"]
    # "Serbian citizens": an adjective is not the government
    assert _in(mentions, "002-p05-s003").empty
    # "Belgrade" standing for the government is a mention
    assert "Belgrade" in set(_in(mentions, "000-p23-s017")["match"])
    # "the government" and "the President of the Republic"
    assert {"the President of the Republic", "the government"} <= set(_in(mentions, "002-p06-s006")["match"])


def test_sixth_article_acronyms_and_aggregate():
    sents = pd.DataFrame({"article_id": ["999"] * 3, "paragraph_id": ["999-p00"] * 3,
                          "sentence_id": ["999-p00-s000", "999-p00-s001", "999-p00-s002"],
                          "text": ["VUCIC met the EU chief in Brussels.", "Tell us what the US wants.",
                                   "Moscow's envoy praised the students."]})
    before = sents.copy()
    out = actor_mentions(sents)
    pd.testing.assert_frame_equal(sents, before)
    assert list(out["actor"]) == ["Aleksandar Vučić", "Ursula von der Leyen", "United States", "Russia",
                                  "protesters"]
    agg = actor_mentions(sents, by="group")
    assert list(agg.columns) == ["article_id", "short", "group", "mentions", "sentences", "share"]
    assert agg.set_index("group").loc["eu_west", "mentions"] == 2
    assert agg["share"].sum() == pytest.approx(1.0)
    by_actor = actor_mentions(by="actor")
    assert by_actor.set_index(["short", "actor"]).loc[("RT rewrite", "Dmitry Peskov"), "mentions"] == 2


def test_filters_and_errors(mentions):
    ru = actor_mentions(groups="russia")
    assert set(ru["group"]) == {"russia"} and len(ru) == (mentions["group"] == "russia").sum()
    assert set(actor_mentions(actors=["eric gordy"])["actor"]) == {"Eric Gordy"}
    with pytest.raises(CorpusError, match=r"actors='Tito'.*Aleksandar Vučić"):
        actor_mentions(actors="Tito")
    with pytest.raises(CorpusError, match=r"groups='nato'.*eu_west"):
        actor_mentions(groups=["nato"])
    with pytest.raises(CorpusError, match="by="):
        actor_mentions(by="sentence")
    with pytest.raises(CorpusError, match="sentences is empty"):
        actor_mentions(load_sentences().iloc[0:0])
    bad = actor_aliases()
    bad.loc[0, "group"] = "serbia"
    with pytest.raises(CorpusError, match="aliases group='serbia'"):
        actor_mentions(aliases=bad)
    bad = actor_aliases()
    bad.loc[3, "alias"] = " "
    with pytest.raises(CorpusError, match="empty actor or alias"):
        actor_mentions(aliases=bad)


def test_edited_alias_table_not_mutated():
    al = actor_aliases()
    al = pd.concat([al, pd.DataFrame([{"actor": "Tito", "group": "other", "alias": "Josip Broz Tito",
                                       "kind": "he", "note": ""}])], ignore_index=True)
    before = al.copy()
    sents = pd.DataFrame({"article_id": ["9"], "paragraph_id": ["9-p0"], "sentence_id": ["9-p0-s0"],
                          "text": ["Josip Broz Tito never met Vučić."]})
    out = actor_mentions(sents, aliases=al[["actor", "group", "alias"]])
    assert list(out["actor"]) == ["Tito", "Aleksandar Vučić"]
    pd.testing.assert_frame_equal(al, before)


def test_no_mention_gives_an_empty_table_with_text_columns():
    import pandas as pd

    one = pd.DataFrame({"article_id": ["x"], "paragraph_id": ["x-p0"], "sentence_id": ["x-p0-s0"],
                        "text": ["Nothing here at all."]})
    out = actor_mentions(one)
    assert out.empty and out["match"].dtype == object and out["actor"].dtype == object


# ---- people and organisations the alias table does not know (issue 13)

def _mentions_of(*texts, **kw):
    table = pd.DataFrame({"article_id": "700", "paragraph_id": [f"700-p{k:02d}" for k in range(len(texts))],
                          "sentence_id": [f"700-p{k:02d}-s{k:03d}" for k in range(len(texts))],
                          "text": list(texts)})
    return actor_mentions(table, **kw)


def _found(out):
    return list(zip(out["actor"], out["group"], out["alias"], out["match"], strict=True))


def test_names_with_a_role_are_reported_with_the_group_their_role_says():
    out = _mentions_of("Political analyst Dragan Popović called the deal risky.",
                       "Popović added that it was legal.",
                       "Russian Foreign Ministry spokeswoman Maria Volkova disagreed.",
                       "Novi Sad and Kragujevac saw protests.")
    assert _found(out) == [
        ("Dragan Popović", "experts", "", "analyst Dragan Popović"),
        ("Dragan Popović", "experts", "", "Popović"),  # a surname refers to the person introduced earlier
        ("Maria Volkova", "russia", "", "spokeswoman Maria Volkova"),
    ]  # no role around "Novi Sad": not reported


def test_an_organisation_with_a_place_in_its_name_is_not_that_place():
    out = _mentions_of("The Belgrade Centre for Security Policy published a report.",
                       "A professor at the University of Belgrade disagreed.")
    assert _found(out) == [
        ("Belgrade Centre for Security Policy", "experts", "", "Belgrade Centre for Security Policy"),
        ("University of Belgrade", "experts", "", "University of Belgrade"),
    ]


@pytest.mark.parametrize("text, expected", [
    ("Protesters gathered in central Belgrade on Friday.", ["protesters"]),  # a place
    # the state, not a place
    ("Moscow does not interfere in Serbia's internal affairs.", ["Russia", "Serbian government"]),
    ("BELGRADE (EuroWire) — Serbia said no.", ["Serbian government"]),  # dateline, other wire styles
    ("MOSCOW, 14 March. The Kremlin said no.", ["Russia"]),
    ("Belgrade, 3 June 2025 – Serbia said no.", ["Serbian government"]),
])
def test_place_filter_and_datelines(text, expected):
    assert list(_mentions_of(text)["actor"]) == expected


def test_names_can_be_switched_off_and_an_alias_in_a_title_belongs_to_the_person():
    text = "Kosovo's Prime Minister met EU envoy Miroslav Lajčák in Brussels."
    # GUIDELINES: an unnamed "Kosovo's Prime Minister" is a mention of the Kosovo government
    assert _found(_mentions_of(text)) == [("Kosovo government", "other", "", "Kosovo"),
                                          ("Miroslav Lajčák", "eu_west", "", "envoy Miroslav Lajčák")]
    assert list(_mentions_of(text, names=False)["actor"]) == ["European Union"]


def test_a_states_embassy_and_state_television_are_mentions_of_that_institution():
    sents = pd.DataFrame({"article_id": "x", "paragraph_id": "x-p01",
                          "sentence_id": ["x-p01-s001", "x-p01-s002"],
                          "text": ["The Russian embassy in Belgrade issued a statement.",
                                   "Russian state television and Russian gas were on the agenda."]})
    m = actor_mentions(sents)
    rows = m[m["actor"].isin(["Russian embassy", "Russian state television"])]
    assert rows["match"].tolist() == ["Russian embassy", "Russian state television"]
    assert set(rows["group"]) == {"russia"}
    assert "Russian gas" not in m["match"].tolist()


@pytest.mark.parametrize("text, expected", [
    # an organisation noun before the name, the group from the owner word
    ("The Chinese state news agency Xinhua praised the railway.", [("Xinhua", "china", "Xinhua")]),
    # an appositive with an organisation noun after the name; its owner is not a mention of the name
    ("Sanctions hit NIS, the oil company owned by a Russian firm, hard.", [("NIS", "other", "NIS")]),
    # the source position of a verb
    ("A minister told Tanjug that the talks went well.", [("Tanjug", "other", "Tanjug")]),
    ("Gas imports rose, according to Moravagas.", [("Moravagas", "other", "Moravagas")]),
    # an appositive naming a person's role is a person, not an organisation
    ("Vera Tomić, an analyst at the institute, disagreed.", [("Vera Tomić", "experts", "Vera Tomić")]),
    # no organisation context: not reported
    ("Nothing changed at Pančevo this year.", []),
])
def test_an_organisation_is_recognised_from_the_words_around_its_name(text, expected):
    out = _mentions_of(text)
    out = out[out["alias"] == ""]
    assert list(zip(out["actor"], out["group"], out["match"], strict=True)) == expected


def test_an_organisation_introduced_once_counts_by_its_bare_name_later_in_the_article():
    out = _mentions_of("The sanctions hit the oil company NIS on Friday.", "NIS said the refinery would run.",
                       "NIS's managers were calm.")
    assert list(zip(out["paragraph_id"], out["match"], strict=True)) == [
        ("700-p00", "NIS"), ("700-p01", "NIS"), ("700-p02", "NIS's")]
    other = _mentions_of("Tigar said the factory would run.")  # never introduced (nor a known company)
    assert other.empty


@pytest.mark.parametrize("text, expected", [
    # a state named after a ministry: the ministry of that state, in the canonical form
    ("The Ministry of Foreign Affairs of the Republic of Serbia and the Ministry of Foreign Affairs of the "
     "Russian Federation signed a plan.",
     [("Ministry of Foreign Affairs", "serbian_government"),  # Serbia's: no state (GUIDELINES, round 21)
      ("Russian Ministry of Foreign Affairs", "russia")]),
    ("The Russian Foreign Ministry protested.", [("Russian Ministry of Foreign Affairs", "russia")]),
    # another institution keeps its written name; the state inside it is not a separate mention
    ("The Statistical Office of the Republic of Serbia published the data.",
     [("Statistical Office of the Republic of Serbia", "serbian_government")]),
    # an official name longer than "the government" is one mention of the government
    ("They call on the Government of Serbia to act.", [("Serbian government", "serbian_government")]),
])
def test_an_institution_named_with_its_state_is_one_mention_of_that_institution(text, expected):
    out = _mentions_of(text)
    assert list(zip(out["actor"], out["group"], strict=True)) == expected


@pytest.mark.parametrize("text, expected", [
    # a title made of an organisation and a role belongs to the person: one mention
    ("Kremlin spokesman Dmitry Peskov said no.", [("Dmitry Peskov", "Kremlin spokesman Dmitry Peskov")]),
    # a title and the name, separated by a comma: one mention of the person
    ("The President of the Republic of Serbia, Aleksandar Vučić, received the envoy.",
     [("Aleksandar Vučić", "The President of the Republic of Serbia, Aleksandar Vučić")]),
    # places as destinations, parts of a city, bombing targets and modifiers after "a" are not mentions
    ("Vučić went to Moscow in May.", [("Aleksandar Vučić", "Vučić")]),
    ("Cameras cover the streets of Belgrade.", []),
    ("They remember the bombs on Serbia.", []),
    ("He directs a Belgrade economic institute.", []),
    # an acronym after "a" still counts ("a US official"); the Treasury is a ministry, an actor of its own
    ("A US official said so.", [("United States", "US")]),
    ("A US Treasury spokesperson said so.", [("US Treasury", "US Treasury")]),
])
def test_titles_belong_to_the_person_and_places_are_not_actors(text, expected):
    out = _mentions_of(text, names=False)
    assert list(zip(out["actor"], out["match"], strict=True)) == expected


def test_a_hyphenated_pair_of_states_counts_twice_but_a_route_does_not():
    pair = _mentions_of("China-Serbia cooperation grew.", names=False)
    assert list(pair["actor"]) == ["China", "Serbian government"]
    assert list(_mentions_of("The Belgrade-Budapest railway opened.", names=False)["actor"]) == []


@pytest.mark.parametrize("text", ["Trains on the Zagreb-Budapest line were cancelled.",
                                  "The Budapest-Belgrade railway is late.",
                                  "Belgrade-Moscow flights resumed in May.",
                                  "The new motorway to Budapest opened in May."])
def test_a_route_or_a_line_of_transport_to_a_capital_is_no_mention_of_its_government(text):
    assert list(_mentions_of(text, names=False)["actor"]) == []


def test_budapest_standing_for_the_government_is_hungary_and_a_pair_of_capitals_without_a_route_counts():
    out = _mentions_of("Budapest will not sign the conclusions.", "The deal with Budapest was signed.",
                       "Budapest-Belgrade talks resumed.", names=False)
    assert list(zip(out["paragraph_id"], out["actor"])) == [
        ("700-p00", "Hungary"), ("700-p01", "Hungary"),
        ("700-p02", "Hungary"), ("700-p02", "Serbian government")]


@pytest.mark.parametrize("text, actor", [
    ("Officials in Belgrade insist the problem is temporary.", "Serbian government"),
    ("Commission officials say the money will come.", "European Union"),
    ("Kremlin officials were silent.", "Russia"),
    ("Officials in Beijing welcomed the vote.", "China"),
    ("The Serbian leader flew to Paris.", "Aleksandar Vučić"),
    ("Russia vetoed it in the Security Council.", "United Nations"),
])
def test_collective_officials_of_a_state_and_conventional_descriptions_are_its_mentions(text, actor):
    sentences = pd.DataFrame({"article_id": ["900"], "paragraph_id": ["900-p00"],
                              "sentence_id": ["900-p00-s000"], "text": [text]})
    assert actor in set(actor_mentions(sentences=sentences)["actor"])


def _one_sentence(text):
    sentences = pd.DataFrame({"article_id": ["901"], "paragraph_id": ["901-p00"],
                              "sentence_id": ["901-p00-s000"], "text": [text]})
    return actor_mentions(sentences=sentences)


def test_a_place_name_inside_another_name_or_a_title_is_no_mention_of_the_state():
    out = _one_sentence("The watchdog group Transparency Serbia and the Governor of the National Bank of "
                        "Serbia met the President of Serbia, but the Republic of Serbia did not sign.")
    serbia = out[out["actor"] == "Serbian government"]
    assert list(serbia["match"]) == ["Republic of Serbia"] or list(serbia["match"]) == ["Serbia"]
    assert ("Transparency Serbia", "civil_society") in set(zip(out["actor"], out["group"]))


def test_an_organisation_named_with_a_country_is_not_a_person():
    out = _one_sentence("Analysts at the rights group Free Press Serbia found that arrests had doubled.")
    assert ("Free Press Serbia", "civil_society") in set(zip(out["actor"], out["group"]))


def test_a_place_after_a_preposition_before_a_cue_is_not_a_speaking_person():
    out = _one_sentence("One reporter from Gornji Milanovac told us that the police came twice.")
    assert "Gornji Milanovac" not in set(out["actor"])


def test_the_employer_in_a_named_persons_apposition_is_part_of_the_persons_mention():
    sents = pd.DataFrame({"article_id": ["900", "900"], "sentence_id": ["900-p00-s000", "900-p01-s001"],
                          "paragraph_id": ["900-p00", "900-p01"],
                          "text": ["Ana Ristić, an economist at the University of Kragujevac, said the EU "
                                   "was slow.",
                                   "The University of Kragujevac published the study."]})
    found = actor_mentions(sentences=sents)
    first = found[found["sentence_id"] == "900-p00-s000"]
    assert "University of Kragujevac" not in list(first["actor"])  # the person's apposition
    assert "Ana Ristić" in list(first["actor"]) and "European Union" in list(first["actor"])
    assert "University of Kragujevac" in list(found[found["sentence_id"] == "900-p01-s001"]["actor"])


def test_media_named_as_one_collective_actor_are_mentions_but_not_as_a_place():
    sents = pd.DataFrame({"article_id": ["901"] * 3, "paragraph_id": ["901-p00", "901-p01", "901-p02"],
                          "sentence_id": ["901-p00-s000", "901-p01-s001", "901-p02-s002"],
                          "text": ["Western media have questioned the project.",
                                   "Pro-government tabloids called the students traitors.",
                                   "A buyer was named in Serbian media, and foreign media followed."]})
    found = actor_mentions(sentences=sents)
    assert list(zip(found["sentence_id"], found["actor"])).count(("901-p00-s000", "Western media")) == 1
    assert ("901-p01-s001", "Pro-government tabloids") in list(zip(found["sentence_id"], found["actor"]))
    assert not found["actor"].str.contains("media").loc[found["sentence_id"] == "901-p02-s002"].any()


# ---- rules from the test4 error sort (branch mentions6): each with invented sentences

@pytest.mark.parametrize("text", [
    "Thousands of engineers have moved to Serbia since the war began.",
    "Some of the families later returned from Russia.",
    "Charter flights to Moscow were full all summer.",
    "Inspectors fear the parts could reach Russia through third countries.",
    "Roadside stalls sell honey across Serbia.",
    "The new plant stands near Valjevo, western Serbia.",
    "Nobody outside Serbia follows the dispute.",
])
def test_a_place_as_an_area_a_region_or_a_destination_is_no_mention_of_the_state(text):
    assert list(_mentions_of(text, names=False)["actor"]) == []


def test_a_currency_is_no_mention_of_the_state_that_issues_it():
    assert list(_mentions_of("The mill cost 40 million US dollars.", names=False)["actor"]) == []
    assert list(_mentions_of("The US dollar rose; the US said nothing.", names=False)["match"]) == ["US"]


def test_a_capitalised_institution_alias_does_not_match_the_common_noun():
    # "the Commission" is the EU's; "the commission" (a national one named before) is not
    out = _mentions_of("The local election commission met on Friday. The commission said turnout was low.",
                       "The Commission said it would reply.", names=False)
    assert list(out["match"]) == ["The Commission"]
    assert list(out["paragraph_id"]) == ["700-p01"]


def test_an_alias_written_with_dj_for_dj_letter_matches():
    al = pd.concat([actor_aliases(), pd.DataFrame([{"actor": "Jovan Đokić", "group": "other",
                                                   "alias": "Đokić", "kind": "he"}])], ignore_index=True)
    out = _mentions_of("Djokic said little; Đokić said more.", aliases=al, names=False)
    assert list(zip(out["actor"], out["match"])) == [("Jovan Đokić", "Djokic"), ("Jovan Đokić", "Đokić")]


@pytest.mark.parametrize("text, match", [
    ("The talks were led by Russian Ambassador to Belgrade Li Wei, who smiled.",
     "Russian Ambassador to Belgrade Li Wei"),
    ("Yesterday Russia's envoy Li Wei arrived.", "Russia's envoy Li Wei"),
    ("EU Trade Commissioner Li Wei disagreed.", "EU Trade Commissioner Li Wei"),
])
def test_aliases_inside_the_title_of_a_known_person_are_one_mention_of_the_person(text, match):
    al = pd.concat([actor_aliases(), pd.DataFrame([{"actor": "Li Wei", "group": "other", "alias": "Li Wei",
                                                   "kind": "he"}])], ignore_index=True)
    out = _mentions_of(text, aliases=al, names=False)
    assert list(zip(out["actor"], out["match"])) == [("Li Wei", match)]


def test_a_state_before_a_comma_is_not_part_of_the_next_persons_title():
    al = pd.concat([actor_aliases(), pd.DataFrame([{"actor": "Li Wei", "group": "other", "alias": "Li Wei",
                                                   "kind": "he"}])], ignore_index=True)
    out = _mentions_of("Despite calls from Russia, Deputy Minister Li Wei said no.", aliases=al, names=False)
    assert list(out["actor"]) == ["Russia", "Li Wei"]


@pytest.mark.parametrize("text, actor", [
    ("Prof. Dr Jelena Marković said the law was rushed. Marković then left.", "Jelena Marković"),
    ("Presenter Goran Lukić told viewers that the vote was rigged.", "Goran Lukić"),
])
def test_titles_are_not_part_of_the_name_of_a_person_the_table_does_not_know(text, actor):
    out = _mentions_of(text)
    assert actor in set(out["actor"])
    assert not any(a.split()[0] in ("Prof.", "Dr", "Presenter") for a in out["actor"])


def test_an_honorific_alone_is_no_name():
    out = _mentions_of("I told Mrs Petrović what I tell everyone, said Mrs Petrović.")
    assert "Mrs" not in set(out["actor"])


def test_a_surname_alias_after_another_first_name_is_another_person():
    al = pd.concat([actor_aliases(), pd.DataFrame([{"actor": "Vera Lukač", "group": "other", "alias": "Lukač",
                                                   "kind": "she"}])], ignore_index=True)
    out = _mentions_of("Mayor Goran Lukač opened the bridge.", "Minister Lukač and Mrs Lukač came; "
                       "Serbia's Lukač stayed.", aliases=al, names=False)
    assert list(zip(out["paragraph_id"], out["actor"], out["match"])) == [
        ("700-p01", "Vera Lukač", "Lukač"), ("700-p01", "Vera Lukač", "Lukač"),
        ("700-p01", "Serbian government", "Serbia"), ("700-p01", "Vera Lukač", "Lukač")]


@pytest.mark.parametrize("text", [
    "ZAGREB, March 4. The talks went on.",  # a wire dateline, month first
    "Budapest, 12 November",  # a dateline on a line of its own
])
def test_more_dateline_styles_are_not_mentions(text):
    extra = [{"actor": "Croatia", "group": "eu_west", "alias": "Zagreb", "kind": "place"},
             {"actor": "Hungary", "group": "other", "alias": "Budapest", "kind": "place"}]
    al = pd.concat([actor_aliases(), pd.DataFrame(extra)], ignore_index=True)
    assert list(_mentions_of(text, aliases=al)["actor"]) == []


def test_an_agency_in_the_dateline_is_no_mention():
    out = _mentions_of("SOFIA, Jan. 9 (Xinhua) -- A new bridge opened, Xinhua learned.")
    assert list(out["match"]) == ["Xinhua"]
    assert out.iloc[0]["start"] > 20


def test_a_region_named_with_a_compass_word_is_no_person():
    out = _mentions_of("Buyers in the Middle East and Central Asia said prices rose.",
                       "The East and the Western Balkans waited.")
    assert not {"Middle East", "Central Asia", "Western Balkans"} & set(out["actor"])


def test_some_members_of_a_collective_are_not_the_collective():
    out = _mentions_of("At least four Chinese companies bid. Unnamed Western embassies were blamed.",
                       "Chinese companies won the tender.", names=False)
    assert list(zip(out["paragraph_id"], out["match"])) == [("700-p01", "Chinese companies")]


def test_an_employer_in_a_past_tense_who_clause_belongs_to_the_person():
    out = _mentions_of("Petar Ilić, who headed the state power company Elektrovod for years, told me so.")
    assert list(out["actor"]) == ["Petar Ilić"]


def test_a_named_part_of_a_city_is_a_location_and_a_publication_from_a_country_not_its_state():
    out = _mentions_of("He voted in Belgrade's Novi Beograd district. Belgrade's answer was no.", names=False)
    assert list(out["match"]) == ["Belgrade"]
    assert out.iloc[0]["start"] > 40
    assert list(_mentions_of("He told Russia's Vesti Nedeli weekly so.", names=False)["actor"]) == []


def test_a_reporters_posting_is_not_the_owner_of_the_role():
    out = _mentions_of("The channel's reporter in Brussels, Ana Perić, claimed that sources agreed.")
    assert list(zip(out["actor"], out["group"])) == [("Ana Perić", "other")]


@pytest.mark.parametrize("text, state", [
    ("Belgrade signed a deal with Russia's Gazprom, Energy Minister Ivana Lalić said.", "Russia"),
    ("The plan drew criticism from the European Union, Deputy Minister Ivana Lalić told reporters.",
     "European Union"),
])
def test_a_name_with_its_own_title_takes_no_phrase_before_the_comma_as_its_appositive(text, state):
    out = _mentions_of(text)
    assert state in set(out["actor"])  # still a mention of its own
    assert ("Ivana Lalić", "serbian_government") in set(zip(out["actor"], out["group"]))


@pytest.mark.parametrize("text, actor", [
    ("Chinese-owned firms run the smelter and the mine.", "Chinese companies"),
    ("Russian diplomats keep saying so.", "Russia"),
    ("She wrote to the President of the European Commission.", "Ursula von der Leyen"),
])
def test_more_conventional_names_of_table_actors(text, actor):
    assert list(_mentions_of(text, names=False)["actor"]) == [actor]


@pytest.mark.parametrize("text, actor, match", [
    ("Critics said the ruling party controls every regional council.", "Serbian Progressive Party",
     "the ruling party"),
    ("The Serbian opposition stayed away from the ceremony.", "opposition", "The Serbian opposition"),
    ("Sanctions are set by the US Treasury, a spokesman recalled.", "US Treasury", "US Treasury"),
])
def test_conventional_descriptions_of_the_ruling_party_the_opposition_and_the_treasury(text, actor, match):
    out = _mentions_of(text, names=False)
    assert list(zip(out["actor"], out["match"])) == [(actor, match)]


def test_a_word_describing_a_named_party_or_a_quantified_group_is_no_mention_of_its_own():
    assert list(_mentions_of("The opposition Green Renewal Party left the hall.", names=False)["actor"]) == []
    out = _mentions_of("He dismissed certain opposition politicians as cowards.", names=False)
    assert list(out["actor"]) == []
    assert list(_mentions_of("Opposition politicians walked out.", names=False)["actor"]) == ["opposition"]


@pytest.mark.parametrize("text", [
    "Most of the country's oil still comes from Russia by tanker.",
    "Their grain shipments to Serbia stopped in March.",
    "Not one permit for ammunition exports was granted for Russia or for Belarus.",
    "We never sold shells to Belarus or to Russia, the minister insisted.",
    "A new cable will run through Croatia.",
    "Her two sons left for Germany last year.",
])
def test_a_place_goods_come_from_or_go_to_a_route_or_a_departure_is_no_mention(text):
    out = _mentions_of(text, names=False)
    assert not set(out["actor"]) & {"Russia", "Serbian government", "Croatia", "Germany"}


def test_a_state_tied_to_goods_by_other_words_is_still_a_mention():
    out = _mentions_of("Its energy sector is still tied to Russia, and Russia knows it.", names=False)
    assert list(out["actor"]) == ["Russia", "Russia"]


@pytest.mark.parametrize("text, person, dropped", [
    # an apposition after the name: the employer is the person's
    ("Lena Vuković, a researcher at the Danube Institute for Regional Studies, said prices would rise.",
     "Lena Vuković", "Danube Institute"),
    # an of-phrase right after the name
    ("The plan is late, said Petar Stanić of the Morava Centre for Water Policy.", "Petar Stanić", "Morava"),
    # a title before the name, with a comma: the state in it is the person's title
    ("He met the Ambassador of Norway to Serbia, Ingrid Dahl, on Monday.", "Ingrid Dahl", "Serbia"),
    ("The ministry's spokeswoman, Vera Ilić, declined to comment on the Serbian government.", "Vera Ilić",
     "ministry"),
])
def test_the_employer_or_title_around_a_named_person_is_part_of_the_persons_mention(text, person, dropped):
    out = _mentions_of(text)
    assert person in set(out["actor"])
    assert not any(dropped in m for m in out["match"] if m != person)


@pytest.mark.parametrize("text, kept", [
    # a clause after a comma is no apposition: its organisation still counts
    ("According to Vučić, the European Commission has praised the reform.", "European Union"),
    ("Defence Minister Jovan Lukić, answering for the government, denied the report.", "Serbian government"),
    # a verb before the title ends it: the organisation that acts is a mention of its own
    ("The European Union noted the presence of the President of Serbia, Aleksandar Vučić, in Minsk.",
     "European Union"),
])
def test_a_clause_or_an_actor_next_to_a_name_is_not_the_persons_title(text, kept):
    assert kept in set(_mentions_of(text)["actor"])


@pytest.mark.parametrize("text, actor, group, match", [
    ("The health ministry said the clinics would reopen.", "Ministry of Health", "serbian_government",
     "The health ministry"),
    ("Serbia's justice ministry has not answered.", "Ministry of Justice", "serbian_government",
     "Serbia's justice ministry"),
    ("A letter from the Energy Ministry arrived late.", "Ministry of Mining and Energy", "serbian_government",
     "the Energy Ministry"),
    ("Officials at Serbia's energy ministry declined to comment.", "Ministry of Mining and Energy",
     "serbian_government", "Serbia's energy ministry"),
    ("Russia's energy ministry said exports rose.", "Russian Ministry of Energy", "russia",
     "Russia's energy ministry"),
    ("Officials at Croatia's embassy in Belgrade declined to comment.", "Croatian embassy", "eu_west",
     "Croatia's embassy"),
])
def test_a_ministry_named_by_its_portfolio_and_an_embassy_by_its_state_are_one_institution(
        text, actor, group, match):
    out = _mentions_of(text)
    assert list(zip(out["actor"], out["group"], out["match"])) == [(actor, group, match)]


def test_a_bare_ministry_is_an_anaphor_and_another_states_ministry_keeps_its_owner():
    assert list(_mentions_of("The ministry did not reply.")["actor"]) == []
    out = _mentions_of("Russia's defence ministry published the figures.")
    assert list(zip(out["actor"], out["group"])) == [("Russian Ministry of Defence", "russia")]


def test_a_state_paired_by_hyphen_with_a_state_the_table_lacks_still_counts_but_a_route_does_not():
    out = _mentions_of("Memories of the Russia-Japan war are fresh.", names=False)
    assert list(out["actor"]) == ["Russia"]
    assert len(_mentions_of("They founded a China-Serbia friendship club.", names=False)) == 2
    out = _mentions_of("Work on the Belgrade-Niš motorway resumed.", names=False)
    assert list(out["actor"]) == []


def test_a_chancellor_is_named_with_the_group_of_the_state_in_the_title_and_found_by_surname_later():
    out = _mentions_of("Austrian Chancellor Karl Huber opened the forum.", "Huber: We will keep investing.")
    assert list(zip(out["actor"], out["group"])) == [("Karl Huber", "eu_west"), ("Karl Huber", "eu_west")]


def test_where_a_body_is_based_is_no_part_of_its_name():
    out = _mentions_of("A study by the Niš-based Institute for Rural Policy found that wages fell.")
    assert "Institute for Rural Policy" in set(out["actor"])


def test_a_plural_abbreviation_is_a_group_of_people_not_an_organisation():
    out = _mentions_of("The minister told MPs on Monday that the budget was final.",
                       "She told Croatian MEPs that nothing had changed.")
    assert not {"MPs", "Croatian MEPs", "MEPs"} & set(out["actor"])


@pytest.mark.parametrize("text, name", [
    ("The mayor told the Morning Herald that the bridge would reopen.", "Morning Herald"),
    ("In a statement to Danube Report, the embassy denied it.", "Danube Report"),
])
def test_an_outlet_a_source_speaks_to_is_an_organisation_with_or_without_the(text, name):
    assert name in set(_mentions_of(text)["actor"])


def test_a_role_a_source_speaks_to_is_no_organisation():
    assert "High Representative" not in set(_mentions_of("He told the High Representative so.")["actor"])


def test_the_commission_alone_is_the_european_commission_but_not_inside_another_bodys_name():
    out = _mentions_of("A Commission spokesperson declined to comment.", names=False)
    assert list(zip(out["actor"], out["match"])) == [("European Union", "Commission")]
    out = _mentions_of("The State Audit Commission published its findings.", names=False)
    assert list(out["actor"]) == []


def test_switching_names_off_gives_the_same_columns():
    from helpers.analysis.actors import MENTION_COLUMNS
    assert list(_mentions_of("Vučić met the EU envoy.", names=False).columns) == MENTION_COLUMNS
    assert list(_mentions_of("Vučić met the EU envoy.").columns) == MENTION_COLUMNS


# ---- companies named by a nationality (twenty-third review B1)

_COMPANY_ACTORS = {"Chinese companies": ("china", ["Chinese"]),
                   "Russian companies": ("russia", ["Russian"]),
                   "Western companies": ("eu_west", ["Western", "European", "EU", "American", "US",
                                                     "German", "French", "British", "Austrian", "Slovenian",
                                                     "Croatian"]),
                   "Serbian companies": ("other", ["Serbian"])}


def _company_words(alias, nationality):
    rest = alias[len(nationality):]
    return rest.strip() if rest.startswith(" ") else rest


def test_the_company_words_are_the_same_for_every_state_and_nationality():
    al = actor_aliases()
    words = {}
    for actor, (group, nationalities) in _COMPANY_ACTORS.items():
        rows = al[al["actor"] == actor]
        assert set(rows["group"]) == {group}, actor
        for nat in nationalities:
            mine = rows[rows["alias"].str.startswith(nat + " ") | rows["alias"].str.startswith(nat + "-")]
            words[nat] = {_company_words(a, nat) for a in mine["alias"]}
    chinese = words["Chinese"]
    assert {"companies", "firms", "banks", "contractors", "-invested enterprises", "defense firms"} <= chinese
    for nat, mine in words.items():
        assert mine == chinese, nat
    # no company alias outside these actors
    comp = al[al["alias"].str.contains(r"\b(?:companies|firms|enterprises|contractors)\b", regex=True)]
    assert set(comp["actor"]) == set(_COMPANY_ACTORS)


@pytest.mark.parametrize("text, actor, group, match", [
    ("Russian companies own the refinery.", "Russian companies", "russia", "Russian companies"),
    ("Officials blamed Russian state firms for the delay.", "Russian companies", "russia",
     "Russian state firms"),
    ("Chinese contractors finished the bridge.", "Chinese companies", "china", "Chinese contractors"),
    ("German firms opened two plants near Subotica.", "Western companies", "eu_west", "German firms"),
    ("US companies bid for the contract.", "Western companies", "eu_west", "US companies"),
    # no alias may hold a sentence end ("U.S. companies"): "U.S." alone is the United States, same group
    ("U.S. companies bid for the contract.", "United States", "eu_west", "U.S."),
    ("European banks lent the money.", "Western companies", "eu_west", "European banks"),
    ("Western-owned firms pay higher wages, the report says.", "Western companies", "eu_west",
     "Western-owned firms"),
    ("Serbian defence firms sold shells abroad.", "Serbian companies", "other", "Serbian defence firms"),
])
def test_a_company_named_by_a_nationality_counts_for_that_states_group(text, actor, group, match):
    out = _mentions_of(text, names=False)
    assert list(zip(out["actor"], out["group"], out["match"])) == [(actor, group, match)]


def test_a_company_named_by_its_own_name_is_other_whoever_owns_it_and_a_few_firms_are_not_the_collective():
    out = _mentions_of("At least four Russian firms bid.", "Two German companies left.",
                       "Rio Tinto waited.", names=False)
    assert list(zip(out["actor"], out["group"])) == [("Rio Tinto", "other")]


# ---- mentions10: general rules sorted from the errors of every split (fresh sentences)

@pytest.mark.parametrize("text, expected", [
    # a place joined by "and"/"or" to a location just before it is a location too
    ("New flights between Moscow and Belgrade start in May.", []),
    ("Her cousins work in Germany or Austria in the summer.", []),
    ("Nobody in Brussels or Washington wants that.", []),
    # ... but not across a comma: a new clause where the name stands for its state
    ("The summit was held in Belgrade, and Moscow welcomed it.", ["Russia"]),
    ("Trade with Croatia grew, and Russia's share fell.", ["Croatia", "Russia"]),
    # a place inside a compound that starts with a lower-case word names no government
    ("The minister repeated the one-China policy at the fair.", []),
    ("Serbia backs the one-China principle, Belgrade said.", ["Serbian government", "Serbian government"]),
])
def test_a_place_coordinated_with_a_location_or_inside_a_lower_case_compound_is_no_government(text, expected):
    assert list(_mentions_of(text)["actor"]) == expected


@pytest.mark.parametrize("text, expected", [
    # every EU member state stands for its government (GUIDELINES: member states -> eu_west) ...
    ("Hungary blocked the decision, and Estonia protested.",
     [("Hungary", "eu_west"), ("Estonia", "eu_west")]),
    ("Belgrade thanked Slovakia's prime minister.", [("Serbian government", "serbian_government"),
                                                     ("Slovakia", "eu_west")]),
    # ... and so does a state outside the EU, in group other; its capital too ("Kyiv" -> Ukraine)
    ("Kyiv asked Lithuania to explain the vote.", [("Ukraine", "other"), ("Lithuania", "eu_west")]),
    # the land a war is fought on, a link on the map, the land itself: locations
    ("Exports fell after the invasion of Ukraine.", []),
    ("It condemned the aggression against Ukraine.", []),
    ("Aid slowed during the war in Ukraine.", []),
    ("A pipeline link with Bulgaria opens next year.", []),
    ("The drones reached Ukraine's front lines.", []),
    # a list of places after a location: each a location
    ("The parts go to car plants in Germany, Hungary and Slovakia.", []),
    ("The crates were moved by truck to Poland and then to Ukraine.", []),
    # a dateline with the date in figures
    ("Zagreb, 04.11.2027, 10:15", []),
])
def test_states_stand_for_their_governments_except_where_they_are_land(text, expected):
    out = _mentions_of(text)
    assert list(zip(out["actor"], out["group"])) == expected


@pytest.mark.parametrize("text, expected", [
    # "the government/authorities of <state>": one mention of the government the name says
    ("We urge the authorities of Serbia to act.", [("Serbian government", "the authorities of Serbia")]),
    ("The Government of the Republic of Serbia adopted the plan.",
     [("Serbian government", "The Government of the Republic of Serbia")]),
    ("Observers asked the Government of Kosovo to wait.",
     [("Kosovo government", "the Government of Kosovo")]),
    ("The government of Hungary said no.", [("Hungary", "The government of Hungary")]),
    # a bare "the government" is still the table's (Serbia's in these articles)
    ("The government said no.", [("Serbian government", "The government")]),
])
def test_the_government_of_a_state_is_one_mention_of_that_states_government(text, expected):
    out = _mentions_of(text)
    assert list(zip(out["actor"], out["match"])) == expected


@pytest.mark.parametrize("text, expected", [
    # a possessive before a collective: some people the speaker knows, not the collective
    ("Our experts found no trace of the money, the mayor said.", []),
    ("Every year my students ask about the treaty.", []),
    ("Experts warned that the dam was unsafe.", ["analysts"]),
    # staff of a named body are that body's, not the experts' collective ...
    ("The draft was checked by experts from the World Bank.", []),
    # ... but students of a faculty are still the students
    ("Students of the Faculty of Philosophy blocked the road.", ["protesters"]),
])
def test_a_collective_after_a_possessive_or_before_a_named_body_is_not_the_collective(text, expected):
    assert list(_mentions_of(text, names=False)["actor"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a person the reporter names only by a first name
    ("A nursing student who gave her name only as Jelena said the dorms were cold.",
     [("Jelena", "civil_society", "Jelena")]),
    ("One farmer, who introduced himself only as Goran, showed us the dry well.",
     [("Goran", "other", "Goran")]),
    # a name with an age in apposition
    ("Vesna Marić, 61, has sold honey at the market for thirty years.",
     [("Vesna Marić", "other", "Vesna Marić")]),
    # a politician named with the party
    ("Petar Lukić of the Green Union Party voted against the bill.",
     [("Petar Lukić", "other", "Petar Lukić")]),
    # not a person: a title, or a body that is no party
    ("The Minister of the Interior, 54, resigned.", []),
    ("Students of the Faculty of Law marched.", [("protesters", "civil_society", "Students")]),
])
def test_people_introduced_without_a_title_are_mentions(text, expected):
    out = _mentions_of(text)
    assert list(zip(out["actor"], out["group"], out["match"])) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Council", capitalised and standing alone, is the Council of the EU
    ("Two member states may veto the plan in the Council.", [("European Union", "the Council")]),
    # longer names keep their own actor
    ("Lawyers of the Council of Europe read the draft.", [("Council of Europe", "the Council of Europe")]),
    ("The Security Council met on Friday.", [("United Nations", "Security Council")]),
    # a city council named earlier and written in lower case is not the EU
    ("Later the council voted to close the square.", []),
])
def test_the_council_standing_alone_is_the_eu_and_longer_council_names_win(text, expected):
    out = _mentions_of(text, names=False)
    assert list(zip(out["actor"], out["match"])) == expected


@pytest.mark.parametrize("texts, expected", [
    # an apposition that starts with a qualified role noun belongs to the person
    (('"The line opens in May," said Li Qiang, regional manager of China Silk Rail Corporation.',),
     [("Li Qiang", "Li Qiang")]),
    # a title with a portfolio in lower case ("head of polling") belongs to the person
    (("A new poll came from the agency Balkan Pulse.",
      "Balkan Pulse's head of polling, Marko Savić, called the result close."),
     [("Balkan Pulse", "Balkan Pulse"), ("Marko Savić", "Marko Savić")]),
])
def test_an_employer_in_a_qualified_title_or_apposition_belongs_to_the_person(texts, expected):
    out = _mentions_of(*texts)
    assert list(zip(out["actor"], out["match"])) == expected


def test_a_short_form_of_a_name_followed_by_another_capitalised_word_is_part_of_another_name():
    out = _mentions_of("The minister told Zlatni Most that talks would go on.",
                       "Nothing has changed since Zlatni Bor, the students said.")
    assert list(zip(out["actor"], out["match"])) == [("Zlatni Most", "Zlatni Most"),
                                                     ("protesters", "students")]


@pytest.mark.parametrize("text, expected", [
    # a party named with its side is a mention of the party, in the group the side word gives
    ("The opposition Citizens' Renewal Party walked out of the session.",
     [("Citizens' Renewal Party", "civil_society")]),
    ("Deputies of the opposition Movement for Clean Rivers stayed.",
     [("Movement for Clean Rivers", "civil_society")]),
    # a party in the table keeps its table row (one mention, not two)
    ("The ruling Serbian Progressive Party won.", [("Serbian Progressive Party", "serbian_government")]),
])
def test_a_party_named_with_its_side_is_a_mention_of_the_party(text, expected):
    out = _mentions_of(text)
    assert list(zip(out["actor"], out["group"])) == expected


@pytest.mark.parametrize("text, expected", [
    # a name opening a clause as the subject of a publishing verb: an outlet (or a writer)
    ("Dnevni Glas reported that the mine would close.", ["Dnevni Glas"]),
    ("Prices rose, Vecernji Vjesnik wrote on Monday.", ["Vecernji Vjesnik"]),
    # not a pronoun, a plural, an adverb or a word after an initial
    ("He wrote that the mine would close.", []),
    ("Critics wrote that the mine would close.", []),
    ("Meanwhile Glasnik reported that the mine would close.", []),
    ("The weekly Srpski Glas reported that the mine would close.", ["Srpski Glas"]),
])
def test_a_name_opening_a_clause_before_a_publishing_verb_is_a_mention(text, expected):
    assert list(_mentions_of(text)["actor"]) == expected


@pytest.mark.parametrize("text, expected", [
    # trust, confidence or friends "in" a state: the state, not a location
    ("Young voters have lost trust in Russia.", ["Russia"]),
    ("He still has friends in Beijing.", ["China"]),
    # a location stays a location
    ("The company has partners in Serbia.", []),
    ("He lived in Beijing for a year.", []),
])
def test_trust_or_friends_in_a_state_is_the_state(text, expected):
    assert list(_mentions_of(text)["actor"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a first name and an -ić surname are a person's name with no role around them
    ("Every morning Zorana Milošević opens the bakery at six.", [("Zorana Milošević", "Zorana Milošević")]),
    ("Bojan Stankovic has driven a bus for twenty years.", [("Bojan Stankovic", "Bojan Stankovic")]),
    # a title before the name is not part of it; a role keeps the name machinery's reading
    ("Minister of Roads, Rail and Mining Jelena Nikolić signed it.", [("Jelena Nikolić", "Jelena Nikolić")]),
    # English words ending in -ic are no surnames
    ("The Pacific Atlantic route reopened.", []),
])
def test_a_first_name_and_an_ic_surname_are_a_person(text, expected):
    out = _mentions_of(text)
    assert list(zip(out["actor"], out["match"])) == expected


def test_an_apposition_that_says_what_a_person_is_known_for_keeps_its_states():
    out = _mentions_of("Deputy minister Goran Ristić, known for his ties with Moscow, resigned.")
    assert list(out["actor"]) == ["Goran Ristić", "Russia"]


@pytest.mark.parametrize("text, expected", [
    # people travelling, sent or invited to a capital: a destination
    ("The prime minister will travel to Moscow next week.", []),
    ("Belgrade will send a negotiating team to Brussels in June.", ["Serbian government"]),
    ("The envoy invited the negotiators to Brussels for talks.", []),
    # ... but a capital as the addressee stands for its government
    ("Belgrade must submit the plan to Brussels by March.", ["Serbian government", "European Union"]),
    # a dateline with a state and a date
    ("NOVI SAD, Serbia, May 3 (Danube Wire) -- The plant opened.", []),
])
def test_a_capital_as_a_destination_or_in_a_dateline_is_no_government(text, expected):
    assert list(_mentions_of(text, names=False)["actor"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a city before an outlet or institute named right after it: the outlet's home
    ("The Belgrade weekly Pravi Glas printed the letter.", []),
    ("A survey by the Moscow pollster Opinio found the same.", []),
    # the city standing alone still stands for its government
    ("The Belgrade government denied it.", ["Serbian government"]),
])
def test_a_city_before_an_outlets_name_is_its_home(text, expected):
    assert list(_mentions_of(text, names=False)["actor"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a label put on the opposition still names it: the opposition as a whole
    ("Who pays the so-called opposition, the anchor asked.", [("opposition", "so-called opposition")]),
    ("Television called the so-called opposition leaders traitors.",
     [("opposition", "so-called opposition leaders")]),
    # bare "opposition parties" is an unspecified group (GUIDELINES), the noun of resistance no actor
    ("Opposition parties boycotted the ceremony.", []),
    ("Her opposition to the new tax surprised nobody.", []),
])
def test_the_so_called_opposition_is_the_opposition(text, expected):
    out = _mentions_of(text)
    assert list(zip(out["actor"], out["match"])) == expected


@pytest.mark.parametrize("text, expected", [
    # the police of another state, named by the state, its adjective or "police in <state>"
    ("Police in Kosovo detained a driver near the crossing.", [("Kosovo police", "other")]),
    ("Kosovo Police on Tuesday sealed two offices.", [("Kosovo police", "other")]),
    ("Croatian police turned the lorries back.", [("Croatian police", "eu_west")]),
    # a capital's police is its state's, one mention (not also the government)
    ("Belgrade's police fined the organisers.", [("Serbian police", "serbian_government")]),
    # a bare "police" stays Serbia's, as the alias table says
    ("The police in Serbia kept silent.", [("Serbian police", "serbian_government")]),
])
def test_the_police_of_a_state_is_that_states_police(text, expected):
    out = _mentions_of(text)
    assert list(zip(out["actor"], out["group"])) == expected


@pytest.mark.parametrize("text, expected", [
    # a head word before "of"/"for" opens a body's name; a list of portfolios stays one name
    ("Volunteers of the Register Society for Street Counts said 9,000 people came.",
     [("Register Society for Street Counts", "other")]),  # ("Office" is a state body: test_roles.py)
    ("The tender was run by the Ministry of Housing, Urban Planning and Water and Tianlu Heavy Machinery "
     "Group.",
     [("Ministry of Housing, Urban Planning and Water", "serbian_government"),
      ("Tianlu Heavy Machinery Group", "other")]),
    # two capitalised words or more ending in a company word
    ("The smelter will be run by Fengtai Orient Metals from next year.",
     [("Fengtai Orient Metals", "other")]),
    # a capitalised name before a lower-case organisation noun (the name without the noun)
    ("Members of the Mothers for Clean Air group marched to the square.",
     [("Mothers for Clean Air", "other")]),
    ("The state-owned Zastava Oruzje factory resumed work.", [("Zastava Oruzje", "other")]),
])
def test_a_body_outside_the_table_is_recognised_by_the_head_word_of_its_name(text, expected):
    out = _one_sentence(text)
    assert list(zip(out["actor"], out["group"])) == expected


@pytest.mark.parametrize("text, kept", [
    # a title, not a body: "Minister of ...", "Serbian Energy Minister X"; a law, not a company
    ("Minister of Mining and Energy Jelena Perić visited the site.", ["Jelena Perić"]),
    ("Serbian Energy Minister Jelena Perić visited the site.", ["Jelena Perić"]),
    ("The Critical Raw Materials Act was adopted in May.", []),
    # an adjective is no name: "a Serbian company", "the Chinese-owned factory"
    ("A Serbian company and the Chinese-owned factory refused to comment.", ["Serbian companies"]),
    # a named person's employer belongs to the person (GUIDELINES)
    ("Jovan Perić, who heads the city's Fund for Small Farms, said nothing.", ["Jovan Perić"]),
    ("The director of the Office for Rivers and Lakes, Jovan Perić, spoke first.", ["Jovan Perić"]),
])
def test_titles_laws_adjectives_and_employers_are_no_bodies_of_their_own(text, kept):
    assert list(_one_sentence(text)["actor"]) == kept


def test_a_body_named_by_the_alias_table_keeps_the_tables_reading():
    out = _one_sentence("Experts of the Council of Europe and the Bank of China met in Geneva.")
    table = out[out["alias"] != ""]
    assert "Council of Europe" in set(table["actor"])
    assert "Bank of China" in set(out["actor"])  # not in the table: the body's name, not China


@pytest.mark.parametrize("text, kosovo", [
    # a state the table does not read as a government is one where it is a party
    ("Progress depends on the normalisation of relations with Kosovo, the envoy said.", 1),
    ("Belgrade will never recognise Kosovo, the minister said.", 1),
    ('Serbia "does not and will not recognise" Kosovo, the minister said.', 1),
    ("Talks between Kosovo and Serbia resumed in the spring.", 1),
    ("The deal covers Kosovo's diplomas and Kosovo's institutions in the north.", 2),
    ("She met Kosovo's Prime Minister and the mayor.", 1),
    # a territory, a topic or a title before a name: no mention of the government
    ("Fighting broke out in Kosovo, and the Kosovo issue stays open.", 0),
    ("Serbia would never recognise Kosovo's independence.", 0),
    ("Kosovo's Prime Minister Albin Kurti attended.", 0),
])
def test_a_state_outside_the_table_counts_as_a_government_where_it_is_a_party(text, kosovo):
    out = _one_sentence(text)
    assert (out["actor"] == "Kosovo government").sum() == kosovo
    assert set(out.loc[out["actor"] == "Kosovo government", "match"]) <= {"Kosovo"}


@pytest.mark.parametrize("text, expected", [
    # a capital where something is judged or decided is its government (also in a pair of capitals)
    ("The vote will be read in Vienna and in Moscow as a signal, the analyst said.", ["Austria", "Russia"]),
    ("Decisions taken in Brussels rarely reach the village.", ["European Union"]),
    # a capital named as the source of goods stands for its government; a country stays a location
    ("He wants the loans from Brussels and the gas from Moscow.", ["European Union", "Russia"]),
    ("The gas from Russia kept flowing.", []),
    # a location and the idiom of provenance stay locations
    ("He was seen in Brussels on Monday, and the shells were made in Belgrade.", []),
])
def test_a_capital_that_judges_decides_or_sells_is_its_government(text, expected):
    assert list(_one_sentence(text)["actor"]) == expected


def test_two_bodies_of_one_actor_listed_with_a_comma_are_two_mentions_but_a_title_and_its_name_one():
    listed = _one_sentence("The report goes to the Council, the Commission and the Parliament.")
    assert list(listed["match"][listed["actor"] == "European Union"])[:2] == ["the Council", "the Commission"]
    titled = _one_sentence("The President of the Republic of Serbia, Aleksandar Vučić, spoke.")
    assert list(titled["match"]) == ["The President of the Republic of Serbia, Aleksandar Vučić"]


def test_a_middle_initial_and_surname_belong_to_the_name_before_them():
    out = _one_sentence("Columnist Milan R. Kostadinović wrote that the deal was a trap.")
    assert list(out["actor"]) == ["Milan R. Kostadinović"]
    assert list(out["match"]) == ["Columnist Milan R. Kostadinović"]


def test_a_later_surname_of_a_person_outside_the_table_is_that_person():
    sents = pd.DataFrame({"article_id": ["m", "m", "n", "n"],
                          "paragraph_id": ["m-p00", "m-p01", "n-p00", "n-p01"],
                          "sentence_id": ["m-p00-s000", "m-p01-s000", "n-p00-s000", "n-p01-s000"],
                          "text": ["Jelena Marković walks the edge of her field at dawn.",
                                   "Marković, 61, says she will not sell, and Marković's neighbours wait.",
                                   "Jelena Marković and her cousin Ana Marković farm the valley.",
                                   "Marković, 61, says she will not sell."]})
    out = actor_mentions(sentences=sents)
    assert list(out.loc[out["paragraph_id"] == "m-p01", "match"]) == ["Marković", "Marković"]
    assert set(out.loc[out["paragraph_id"] == "m-p01", "actor"]) == {"Jelena Marković"}
    # two people of that surname in one article: the bare surname is nobody's
    assert out.loc[out["paragraph_id"] == "n-p01"].empty


def test_another_states_possessive_before_a_ministrys_full_name_names_that_states_ministry():
    out = _one_sentence("Croatia's Ministry of Health denied it, and Serbia's Ministry of Health declined "
                        "to comment.")
    assert list(zip(out["actor"], out["match"])) == [
        ("Croatian Ministry of Health", "Croatia's Ministry of Health"),
        ("Ministry of Health", "Serbia's Ministry of Health")]


def test_the_interviewers_line_label_is_no_mention_but_the_interviewees_is():
    """In a Q&A the outlet asking labels its lines ("Danube Review: ..."): the publication, no actor."""
    out = _mentions_of("Ana Jovanović, a sociologist, told Danube Review that trust was falling.",
                       "Danube Review: Why is trust falling?", "Jovanović: Because nothing changes.",
                       "Danube Review later reported that the figures were wrong.")
    assert list(zip(out["paragraph_id"], out["match"])) == [
        ("700-p00", "Ana Jovanović"), ("700-p00", "Danube Review"), ("700-p02", "Jovanović"),
        ("700-p03", "Danube Review")]


def test_a_company_named_before_a_persons_role_and_name_is_the_persons_employer_not_a_mention():
    """ "Plinogas director Marko Ilić" is one mention of the person (GUIDELINES: titles and employers)."""
    out = _mentions_of("The gas company Plinogas said storage was full.",
                       "\"Nobody will be cold,\" Plinogas director Marko Ilić told reporters.",
                       "Plinogas said prices would stay the same, director Marko Ilić added.")
    assert list(zip(out["paragraph_id"], out["match"])) == [
        ("700-p00", "Plinogas"), ("700-p01", "director Marko Ilić"),
        ("700-p02", "Plinogas"), ("700-p02", "director Marko Ilić")]


def test_a_bare_parliament_in_a_text_about_meps_is_the_european_parliament():
    """The European Parliament's press releases call it "Parliament", without an article."""
    out = _mentions_of("MEPs debated the report on Montenegro.",
                       "In its resolution, Parliament says reforms stalled.",
                       "The rapporteur said that Parliament would follow the trial.")
    assert [(p, a, m) for p, a, m in zip(out["paragraph_id"], out["actor"], out["match"])
            if m == "Parliament"] == [("700-p01", "European Union", "Parliament"),
                                      ("700-p02", "European Union", "Parliament")]


@pytest.mark.parametrize("text", ["The Parliament will vote in May.",
                                  "Serbia's Parliament adopted the budget.",
                                  "Parliament Speaker Ana Brnabić closed the session.",
                                  "The Speaker of Parliament was absent."])
def test_an_anaphoric_national_or_titled_parliament_is_not_the_european_one(text):
    out = _mentions_of("MEPs debated the report on Montenegro.", text)
    assert "Parliament" not in set(out.loc[out["actor"] == "European Union", "match"])


def test_a_bare_parliament_without_meps_or_the_european_parliament_in_the_text_is_not_counted():
    out = _mentions_of("The opposition walked out.", "Parliament says the budget is final.")
    assert "European Union" not in set(out["actor"])


@pytest.mark.parametrize("text", ["Belgrade is sending its interior minister to Budapest next week.",
                                  "Croatia sent medical supplies to Ukraine.",
                                  "The visit of Prime Minister Ana Brnabić to Beijing was postponed."])
def test_people_or_aid_sent_to_a_place_and_a_visitors_destination_are_locations(text):
    assert {"Hungary", "Ukraine", "China"}.isdisjoint(_mentions_of(text, names=False)["actor"])


@pytest.mark.parametrize("text, actor", [("Vučić sent a letter to Brussels.", "European Union"),
                                         ("Serbia sent a clear signal to Moscow.", "Russia")])
def test_a_message_sent_to_a_capital_is_addressed_to_its_government(text, actor):
    assert actor in set(_mentions_of(text, names=False)["actor"])


def test_a_persons_capitalised_name_that_is_also_a_common_word_matches_only_where_capitalised():
    aliases = pd.concat([actor_aliases(), pd.DataFrame([
        {"actor": "Ana Grant", "group": "experts", "alias": a, "kind": "she", "note": ""}
        for a in ("Ana Grant", "Grant")])], ignore_index=True)
    sents = pd.DataFrame({"article_id": "x", "paragraph_id": ["x-p0", "x-p1", "x-p2"],
                          "sentence_id": ["x-s0", "x-s1", "x-s2"],
                          "text": ["Ana Grant spoke in Novi Sad.", "The grant was paid late, Grant said.",
                                   "GRANT WARNS OF DELAYS"]})
    got = actor_mentions(sents, aliases=aliases)
    assert got.loc[got.actor == "Ana Grant", "match"].tolist() == ["Ana Grant", "Grant", "GRANT"]
    # a name that starts in lower case ("von der Leyen") is matched as before
    vdl = actor_mentions(pd.DataFrame({"article_id": "x", "paragraph_id": ["x-p0"], "sentence_id": ["x-s0"],
                                       "text": ["Von der Leyen and von der Leyen's aides arrived."]}))
    assert (vdl.actor == "Ursula von der Leyen").sum() == 2
