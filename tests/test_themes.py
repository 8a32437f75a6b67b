"""Tests for helpers.analysis.coverage: the theme dictionary, paragraph tagging and the coverage matrix."""


import pandas as pd
import pytest

from helpers import load_articles, load_paragraphs
from helpers.analysis.coverage import THEMES, coverage_matrix, tag_themes, themes
from helpers.corpus.cleaning import BODY_KINDS
from helpers.errors import CorpusError

KEYS = ["sanctions", "eu_accession", "russia_ties", "china_ties", "arms_exports", "protests_democracy",
        "energy_nis", "kosovo", "novi_sad", "war_in_ukraine", "other_governments", "lithium_economy"]


@pytest.fixture(scope="module")
def tagged():
    return tag_themes()


def _row(tagged, pid, theme):
    hit = tagged[(tagged["paragraph_id"] == pid) & (tagged["theme"] == theme)]
    return hit.iloc[0] if len(hit) else None


def test_theme_table_has_the_fixed_keys():
    t = themes()
    assert list(t.columns) == ["theme", "label", "description", "n_terms"]
    assert list(t["theme"]) == KEYS == list(THEMES)
    assert (t["n_terms"] > 0).all() and (t["description"].str.len() > 10).all()


def test_real_passages(tagged):
    assert list(tagged.columns) == ["article_id", "paragraph_id", "theme", "label", "matched", "n_matches",
                                    "text"]
    nis = _row(tagged, "000-p23", "energy_nis")
    assert "NIS" in nis["matched"].split("; ") and "energy" in nis["matched"]
    assert "NIS is under U.S. sanctions" in nis["text"]
    assert "Jadar" in _row(tagged, "001-p17", "lithium_economy")["matched"]
    # the city's name alone is a place; the words naming the disaster were stripped from the AP copy
    assert _row(tagged, "000-p18", "novi_sad")["matched"] == "killed 16 people"
    assert _row(tagged, "001-p09", "china_ties") is not None
    assert _row(tagged, "004-p03", "arms_exports")["n_matches"] >= 3


def test_longer_term_wins_across_themes(tagged):
    # "sanctions on Moscow" / "sanctions against Russia" are sanctions, not a mention of Russia's ties
    assert _row(tagged, "000-p17", "sanctions") is not None
    assert _row(tagged, "000-p17", "russia_ties") is None
    assert _row(tagged, "000-p22", "russia_ties") is None
    assert _row(tagged, "004-p05", "russia_ties") is None
    # but a bare mention of ties does count
    assert "Moscow" in _row(tagged, "000-p23", "russia_ties")["matched"]


def test_paragraph_without_theme_has_no_row(tagged):
    assert "001-p02" not in set(tagged["paragraph_id"])  # "The EU has not commented on either announcement."


def test_sixth_article_and_custom_lexicon():
    paras = pd.DataFrame({"article_id": ["999", "999"], "paragraph_id": ["999-p00", "999-p01"],
                          "text": ["The canopy of the Novi Sad station fell; students blocked the faculties.",
                                   "We travelled to Niš. Sanctioning Russia is off the table, said the "
                                   "minister."]})
    before = paras.copy()
    out = tag_themes(paras)
    pd.testing.assert_frame_equal(paras, before)
    got = set(zip(out["paragraph_id"], out["theme"]))
    assert ("999-p00", "novi_sad") in got and ("999-p00", "protests_democracy") in got
    assert ("999-p01", "sanctions") in got
    assert ("999-p01", "energy_nis") not in got  # NIS (upper case) does not match the city Niš
    custom = tag_themes(paras, lexicon={"transport": ["station*", "faculty", "facult*"]})
    assert list(custom["theme"]) == ["transport"]
    assert custom.iloc[0]["matched"] == "station; faculties"


def test_theme_filter_and_errors(tagged):
    only = tag_themes(themes=["kosovo"])
    assert set(only["theme"]) == {"kosovo"} and len(only) == (tagged["theme"] == "kosovo").sum()
    with pytest.raises(CorpusError, match=r"themes='crimea'.*kosovo"):
        tag_themes(themes="crimea")
    empty = load_paragraphs(kinds=BODY_KINDS).iloc[0:0]
    with pytest.raises(CorpusError, match="paragraphs is empty"):
        tag_themes(empty)
    with pytest.raises(CorpusError, match="missing column"):
        tag_themes(pd.DataFrame({"text": ["x"]}))
    with pytest.raises(CorpusError, match="empty dict"):
        tag_themes(lexicon={})
    with pytest.raises(CorpusError, match=r"'\*' is only allowed at the end"):
        tag_themes(lexicon={"x": ["sa*nctions"]})
    with pytest.raises(CorpusError, match="empty term"):
        tag_themes(lexicon={"x": ["  "]})


def test_edited_lexicon_table_is_not_mutated():
    from helpers.analysis.coverage import _shipped_lexicon
    lex = _shipped_lexicon().copy()
    zvecan = {"theme": "kosovo", "label": "Kosovo", "term": "Zvecan", "note": ""}
    lex = pd.concat([lex, pd.DataFrame([zvecan])], ignore_index=True)
    before = lex.copy()
    paras = pd.DataFrame({"article_id": ["9"], "paragraph_id": ["9-p0"], "text": ["Clashes in Zvečan."]})
    out = tag_themes(paras, lexicon=lex)
    assert out.iloc[0]["theme"] == "kosovo" and out.iloc[0]["matched"] == "Zvečan"
    pd.testing.assert_frame_equal(lex, before)


def test_coverage_matrix_long_and_wide(tagged):
    cov = coverage_matrix(tagged)
    assert list(cov.columns) == ["article_id", "short", "theme", "label", "paragraphs", "share", "silent",
                                 "note"]
    assert cov["note"].eq("").all()  # "not analysed ..." only for a source that does not look English
    assert len(cov) == 5 * 12
    ngo = cov[(cov["short"] == "NGO appeal") & (cov["theme"] == "novi_sad")].iloc[0]
    assert ngo["silent"] and ngo["paragraphs"] == 0
    ap = cov[(cov["article_id"] == "000") & (cov["theme"] == "protests_democracy")].iloc[0]
    n_ap = load_articles().set_index("article_id").loc["000", "n_paragraphs"]
    assert ap["share"] == pytest.approx(ap["paragraphs"] / n_ap) and not ap["silent"]
    assert cov["share"].between(0, 1).all()
    wide = coverage_matrix(tagged, wide=True, value="share")
    assert wide.shape == (5, 12) and wide.loc["AP", "protests_democracy"] == ap["share"]
    pd.testing.assert_frame_equal(wide, cov.pivot(index="short", columns="theme", values="share")
                                  .reindex(index=wide.index, columns=wide.columns))
    with pytest.raises(CorpusError, match="value="):
        coverage_matrix(tagged, value="words")


def test_coverage_for_a_corpus_passed_in():
    paras = pd.DataFrame({"article_id": ["999"] * 2, "paragraph_id": ["999-p00", "999-p01"],
                          "text": ["Kosovo and Pristina.", "Nothing here."]})
    cov = coverage_matrix(tag_themes(paras), articles=paras)
    row = cov[cov["theme"] == "kosovo"].iloc[0]
    assert row["paragraphs"] == 1 and row["share"] == 0.5 and row["short"] == "999"
    with pytest.raises(CorpusError, match="tagged must be"):
        coverage_matrix(pd.DataFrame({"x": [1]}))


def test_coverage_refuses_articles_that_the_articles_table_lacks_instead_of_dropping_them():
    paras = pd.DataFrame({"article_id": ["999"], "paragraph_id": ["999-p00"],
                          "text": ["Kosovo and Pristina."]})
    tagged = tag_themes(paras)
    with pytest.raises(CorpusError, match=r"tagged holds article\(s\) 999 .*load_articles\(folder\)"):
        coverage_matrix(tagged)  # the default articles are the course's five: 999 would vanish
    stale = pd.DataFrame({"article_id": ["000"], "n_paragraphs": [3]})
    with pytest.raises(CorpusError, match="999"):
        coverage_matrix(tagged, stale)

def test_no_theme_gives_an_empty_table_with_text_columns():
    import pandas as pd

    out = tag_themes(pd.DataFrame({"article_id": ["x"], "paragraph_id": ["x-p0"],
                                   "text": ["Nothing here at all."]}))
    assert out.empty and all(out[c].dtype == object for c in ("theme", "label", "matched"))


def _themes_of(text):
    """The set of themes tag_themes() gives one constructed paragraph."""
    out = tag_themes(pd.DataFrame({"article_id": ["x"], "paragraph_id": ["x-p0"], "text": [text]}))
    return set(out["theme"])


@pytest.mark.parametrize("text, theme", [
    # issue 13: a report on EU accession came out silent on it
    ("Serbia, which hopes to join the European Union, was told to speed up its reforms.", "eu_accession"),
    ("Belgrade insists its EU ambitions are intact.", "eu_accession"),
    ("The president said the country remained firmly on its European path.", "eu_accession"),
    ("Officials fear that enlargement has stalled and that conditionality no longer bites.", "eu_accession"),
    ("The Commission's Marta Kos praised the opening of Cluster 3.", "eu_accession"),
    ("Belgrade must align with the bloc's sanctions, the diplomat said.", "sanctions"),
    ("Asked about the sanctions, the minister shrugged.", "sanctions"),
    ("Washington imposed sanctions on NIS in January.", "sanctions"),
    ("Firms in Serbia are suspected of helping Moscow circumvent sanctions.", "sanctions"),
    ("Sergei Lavrov thanked Belgrade for its principled position.", "russia_ties"),
    ("Many Russians have moved to Belgrade since 2022.", "russia_ties"),
    ("Xinhua reported that the plant now employs 5,000 people.", "china_ties"),
    ("Artillery shells made in Serbia have reached the front through third countries.", "arms_exports"),
    ("Activists say they were followed and questioned by police.", "protests_democracy"),
    ("Thousands took to the streets after the verdict.", "protests_democracy"),
    ("Press freedom has declined for the fifth year in a row.", "protests_democracy"),
    ("Fuel prices rose and electricity bills doubled.", "energy_nis"),
    ("KFOR troops were deployed to Zvečan after the clashes.", "kosovo"),
    ("Serbs in the north boycotted the vote.", "kosovo"),
    ("Zelensky asked Belgrade to stop the shipments to Kyiv's enemies.", "war_in_ukraine"),
    ("Traffic stopped for sixteen minutes of silence at noon.", "novi_sad"),
    ("Rio Sava, the local subsidiary, says Loznica will benefit.", "lithium_economy"),
    # round 6 (themes6): everyday phrasings and variants, in sentences written for these tests
    ("The minister called it an irreversible European choice.", "eu_accession"),
    ("Officials insist the country's European orientation has not changed.", "eu_accession"),
    ("Diplomats want Belgrade to keep to its European course.", "eu_accession"),
    ("She repeated that Serbia's place is in the European Union.", "eu_accession"),
    ("Critics say EU funds reach the same firms every year.", "eu_accession"),
    ("Nobody refuses European money, the mayor joked.", "eu_accession"),
    ("The issue will come up at the Stabilisation and Association Council.", "eu_accession"),
    ("Turnout was lower than at the last vote.", "protests_democracy"),
    ("Observers saw long queues at polling stations in the suburbs.", "protests_democracy"),
    ("Some voters were told to photograph their ballots.", "protests_democracy"),
    ("The electoral commission has not published the full results.", "protests_democracy"),
    ("The new media law passed without a public hearing.", "protests_democracy"),
    ("A law on electronic media is before parliament.", "protests_democracy"),
    ("Editors warn of media capture by business allies of the ruling party.", "protests_democracy"),
    ("Two reporters face SLAPP suits filed by a mayor.", "protests_democracy"),
    ("Lecturers say academic freedom is shrinking.", "protests_democracy"),
    ("A minister branded the editors enemies of the state.", "protests_democracy"),
    ("Reform of the judiciary has stalled again.", "protests_democracy"),
    ("Supplies of petroleum products are secure, the ministry said.", "energy_nis"),
    ("Brussels expects Belgrade to adopt restrictive measures against Russia.", "sanctions"),
    ("Russia's invasion of Ukraine changed the mood in Belgrade.", "war_in_ukraine"),
    ("Shelling hit Odesa and Dnipro overnight.", "war_in_ukraine"),
    ("The region annexed by Moscow voted under occupation.", "war_in_ukraine"),
    ("Families marked a year since the Novi Sad tragedy.", "novi_sad"),
    ("Prosecutors reopened the case of the Novi Sad railway station.", "novi_sad"),
    ("The concrete structure gave way in seconds, killing 16 people.", "novi_sad"),
    ("Investigators blamed the station collapse on shoddy repairs.", "novi_sad"),
    ("Belgrade's candidacy has been frozen in all but name.", "eu_accession"),
    ("Laws must be harmonised with EU legislation first.", "eu_accession"),
    ("Ministers met at the Berlin Process summit.", "eu_accession"),
    ("The Office of Foreign Assets Control extended the deadline again.", "sanctions"),
    ("Grushko said Moscow counted on its partners.", "russia_ties"),
    ("A CRBC subsidiary won the bypass tender.", "china_ties"),
    ("The ministry issued an export licence for the shipment of rounds.", "arms_exports"),
    ("Critics call the government increasingly authoritarian.", "protests_democracy"),
    ("ODIHR observers listed their recommendations.", "protests_democracy"),
    ("Pro-government outlets smeared the professor for weeks.", "protests_democracy"),
    ("New interconnectors with Bulgaria will cut the country's dependence.", "energy_nis"),
    ("Both refineries ran below capacity.", "energy_nis"),
    ("The towns suffered power cuts all week.", "energy_nis"),
    ("Talks on the Community of Serb Municipalities went nowhere.", "kosovo"),
    ("Ministers toured a gigafactory for electric cars.", "lithium_economy"),
    ("Washington may widen sanctions against the Russian Federation.", "sanctions"),
    ("Visa liberalisation came in 2009, long before the talks stalled.", "eu_accession"),
    ("The loan is denominated in yuan.", "china_ties"),
    ("The military industry has doubled its output since 2021.", "arms_exports"),
    ("Organisers promised more marches through the capital.", "protests_democracy"),
    ("Freedom House downgraded the country to partly free.", "protests_democracy"),
    ("The president hinted at snap polls in the spring.", "protests_democracy"),
    ("A letter from the US Treasury set a 45-day deadline for the owners.", "sanctions"),
    ("Belgrade signed a three-year deal with Gazprom.", "energy_nis"),
    # round 8 (themes8): phrasings that recur across the practice splits, in sentences written here
    ("The refinery has been under US sanctions since the autumn.", "sanctions"),
    ("Its Russian-owned parent is under U.S. sanctions.", "sanctions"),
    ("Fuel importers fear the American sanctions against the oil company.", "sanctions"),
    ("Bankers say the sanctions on the company leave no room for a discount.", "sanctions"),
    ("The state may buy out the Russian stake.", "energy_nis"),
    ("Its Russian owners have not named a price.", "energy_nis"),
    ("The Russian shareholders rejected the offer.", "energy_nis"),
    ("Industry still relies on Russian crude delivered by tanker.", "energy_nis"),
    ("A car-parts maker from Zhejiang opened a second plant.", "china_ties"),
    ("The tyre factory is owned by a group from Shandong.", "china_ties"),
    ("Pro-government tabloids printed her photograph on the front page.", "protests_democracy"),
    ("Another tabloid called the reporter a traitor.", "protests_democracy"),
    ("Nobody in the town defends free journalism any more.", "protests_democracy"),
    ("Critics say Belgrade keeps sitting on two chairs.", "eu_accession"),
    ("The European Parliament's rapporteur for Serbia visited Niš.", "eu_accession"),
    ("Belgrade hopes to open new chapters before the summer.", "eu_accession"),
    ("No member state has blocked the opening of chapters this year.", "eu_accession"),
    ("Media freedom belongs to the fundamentals cluster.", "eu_accession"),
    ("A new tranche of funds was paid out in March.", "eu_accession"),
    ("Brussels delayed releasing funds until the law was changed.", "eu_accession"),
    ("The European Investment Bank will finance the railway.", "eu_accession"),
    ("Commissioner Kos met students in Kragujevac.", "eu_accession"),
    ("For many voters the door to Europe now looks shut.", "eu_accession"),
    ("The government gave in to pressure from Brussels on visas.", "eu_accession"),
    ("Officials blamed EU pressure for the delay.", "eu_accession"),
    ("The minister rejected the latest ultimatum from Brussels.", "eu_accession"),
    ("Beijing backs Serbia's sovereignty and territorial integrity, the envoy said.", "kosovo"),
    # round 14 (rules14m): sanctions as a modifier, their synonyms, embargoes, waivers and exemptions
    ("The bank will wait until the sanctions question is settled.", "sanctions"),
    ("Months of sanctions pressure have emptied the petrol stations.", "sanctions"),
    ("Brussels wants Belgrade to join the restrictions against Russia.", "sanctions"),
    ("Pipeline crude is exempt from the ban on seaborne Russian oil.", "sanctions"),
    ("Tankers carried the sanctioned barrels to a port in Turkey.", "sanctions"),
    ("The refinery runs on a US waiver that ends in May.", "sanctions"),
    ("The company asked for another exemption from sanctions.", "sanctions"),
    # a road blocked in protest; a cluster of accession talks; pre-accession money
    ("Farmers blocked the roads around Šabac for a third day.", "protests_democracy"),
    ("Pensioners were blocking traffic outside the town hall.", "protests_democracy"),
    ("No new cluster has been opened since the elections.", "eu_accession"),
    ("The EU should open the next cluster in June.", "eu_accession"),
    ("The bridge was built with pre-accession funds.", "eu_accession"),
    # round 16 (rules16m): the Chinese and Russian word for Western sanctions, the sanctions list and
    # a freeze of assets; singular forms of election terms the dictionary had in the plural only
    ("Beijing rejects unilateral sanctions, its envoy told the forum.", "sanctions"),
    ("Two Serbian traders were added to the EU sanctions list.", "sanctions"),
    ("The bank agreed to freeze the assets of three Moscow firms.", "sanctions"),
    ("Observers said it was not a fair election.", "protests_democracy"),
    ("The movement wants an early election in spring.", "protests_democracy"),
    ("Lawyers were kept from the detainees for hours.", "protests_democracy"),
])
def test_general_phrasings_are_found(text, theme):
    assert theme in _themes_of(text)


@pytest.mark.parametrize("text, theme", [
    # issue 13: "economic interests" alone is no sign of lithium
    ("Brussels' muted response reflects its economic interests in the region.", "lithium_economy"),
    ("The Ministry of Mining and Energy published new figures.", "lithium_economy"),
    # sanctions on other states are other_governments, not sanctions on Russia
    ("Serbia has not aligned with EU sanctions on Iran.", "sanctions"),
    ("Washington kept its sanctions against Venezuela.", "sanctions"),
    # generic words that say nothing about which country or topic
    ("Serbia has close ties with China and Hungary.", "russia_ties"),
    ("We stand for diplomacy instead of aggression.", "war_in_ukraine"),
    ("He offered to sell ammunition to EU member states.", "eu_accession"),
    ("The opposition named its presidential candidate.", "eu_accession"),
    ("Such rhetoric could fuel tensions in the north.", "energy_nis"),
    ("Police fired tear gas at the students.", "energy_nis"),
    ("Russia says the Minsk agreements were never honoured.", "other_governments"),
    # round 6 (themes6): the city's name is a place, not the disaster
    ("The mayor spoke to reporters in Novi Sad on Monday.", "novi_sad"),
    ("NOVI SAD - The city council approved next year's budget.", "novi_sad"),
    ("A student from Novi Sad won the chess final.", "novi_sad"),
    ("Police detained 16 people after the match.", "novi_sad"),
    # Russia named inside a term of the war or of sanctions counts for that theme only
    ("When Russia annexed Crimea, Belgrade kept quiet.", "russia_ties"),
    ("Brussels will keep its restrictive measures against Russia.", "russia_ties"),
    # "aligned with EU sanctions" stays alignment (accession), not sanctions on Russia, when on Iran
    ("Belgrade has not aligned with EU sanctions on Iran.", "sanctions"),
    # everyday words the dictionary leaves out on purpose: other senses are as common
    ("Those who call for sanctions against Russia today once called for bombs.", "russia_ties"),
    ("The meeting took place in the EU's largest member state.", "eu_accession"),
    ("Serbia will not accede to such demands, the minister said.", "eu_accession"),
    ("The dockworkers joined the union last year.", "eu_accession"),
    ("Serbian soldiers trained alongside Russian troops in a joint exercise.", "war_in_ukraine"),
    ("State television imposed a media blackout on the march.", "energy_nis"),
    ("Serbia imported military equipment from Russia.", "arms_exports"),
    ("Zijin's copper mining project near Bor was expanded.", "lithium_economy"),
    ("Officers watched a demonstration of the new air-defence system.", "protests_democracy"),
    # round 8 (themes8): Russian energy words are energy, not a mention of ties with Russia; a
    # death toll without its noun is any event's; the ministry's name and firms' names are no topic
    ("Serbia depends on Russian gas.", "russia_ties"),
    ("The Russian owners of the refinery have not replied.", "russia_ties"),
    ("Brussels wants the region to phase out Russian fossil fuels.", "russia_ties"),
    ("A missile strike on the market killed 16, officials in Kyiv said.", "novi_sad"),
    ("Sixteen victims of the flood were buried on Sunday.", "novi_sad"),
    ("The Ministry of Mining and Energy opened a tender for geologists.", "energy_nis"),
    ("Guangdong Sunrise Energy Technology will make the cells.", "energy_nis"),
    # sanctions the US imposed on people are not sanctions on Russia: only "under US sanctions" counts
    ("The US sanctions on Kosovo Serb politicians stay in force.", "sanctions"),
    # "about sanctions" names no target: sanctions on Serbia or Iran are not sanctions on Russia
    ("The appeal warned the EU about sanctions on Serbia.", "sanctions"),
    # round 14: restrictions, bans and waivers that are not on Russia
    ("Hungary lifted its restrictions on Serbian trucks.", "sanctions"),
    ("Serbs enjoy a visa waiver for the Schengen area.", "sanctions"),
    ("The ban on Serbian raspberries was lifted.", "sanctions"),
    # a road closed for works and an industrial cluster are no protest and no accession talks
    ("The road was closed for repairs until Friday.", "protests_democracy"),
    ("A cluster of car-parts makers grew around Kragujevac.", "eu_accession"),
    # round 16: a list, a freeze and an election that are not about sanctions or democracy
    ("The club put three players on its transfer list.", "sanctions"),
    ("The government will freeze the prices of bread and milk.", "sanctions"),
    ("The party lost the election in Kosovo.", "protests_democracy"),
])
def test_generic_or_foreign_words_do_not_tag(text, theme):
    assert theme not in _themes_of(text)


def test_a_term_inside_another_theme_term_still_counts_for_both_where_meant():
    # Gazprom Neft is both energy (NIS) and a Russian state company; "Russian gas" is energy only
    # (round 8: the practice splits' annotators gave it russia_ties only where Russia acts on Serbia)
    assert {"russia_ties", "energy_nis"} <= _themes_of("NIS is majority-owned by Gazprom Neft.")
    assert _themes_of("Serbia depends on Russian gas.") == {"energy_nis"}
    assert {"russia_ties", "energy_nis"} <= _themes_of("Moscow promised Serbia cheap Russian gas.")
    # Chapter 35 (normalisation with Kosovo) is an accession chapter too
    assert {"kosovo", "eu_accession"} <= _themes_of("Progress in Chapter 35 is slow.")


def test_shipped_dictionary_has_no_repeated_term_within_a_theme():
    from helpers._text.fold import fold
    from helpers.analysis.coverage import _shipped_lexicon
    lex = _shipped_lexicon()
    key = lex["theme"] + "|" + lex["term"].map(lambda t: " ".join(fold(t).split()))
    assert not key.duplicated().any(), list(lex.loc[key.duplicated(), "term"])
    assert set(lex["theme"]) == set(THEMES)
    first = lex.groupby("theme", sort=False).head(1)
    assert (first["note"].str.len() > 10).all()


@pytest.mark.parametrize("text, theme", [
    # helpers/data/theme_stops.csv: a theme word in a phrase where it has another sense
    ("Pristina's bid for NATO membership is a distant prospect.", "eu_accession"),
    ("The minister was welcomed with open arms in Minsk.", "arms_exports"),
    ("Belgrade sent a protest note to Zagreb over the remarks.", "protests_democracy"),
    ("He spoke at a party rally in Kragujevac on Sunday.", "protests_democracy"),
    ("The Social Democrats won the vote in Germany.", "protests_democracy"),
    ("Serbia's sunflower oil exports grew by a tenth.", "energy_nis"),
    ("Serbia buys weapons from France and from China.", "arms_exports"),
    ("The cells are meant for energy storage in homes.", "energy_nis"),
    ("A Protestant pastor opened the exhibition.", "protests_democracy"),
    ("Moscow is accused of having weaponised gas.", "arms_exports"),
    ("Yields on US Treasury bonds rose again.", "sanctions"),
    ("A state secretary at the Ministry of Mining and Energy resigned.", "energy_nis"),
    ("Shenzhen Bright Energy Technologies signed the contract.", "energy_nis"),
])
def test_stop_phrases_hide_other_senses(text, theme):
    assert theme not in _themes_of(text)


def test_stop_phrases_leave_the_theme_sense_and_can_be_switched_off():
    assert "protests_democracy" in _themes_of("Students protested outside the court.")
    assert "arms_exports" in _themes_of("Serbia exports weapons through third countries.")
    assert "eu_accession" in _themes_of("EU membership remains the goal, and NATO membership is not.")
    assert "energy_nis" in _themes_of("Moscow is accused of having weaponised gas.")
    paras = pd.DataFrame({"article_id": ["x"], "paragraph_id": ["x-p0"],
                          "text": ["The minister was welcomed with open arms."]})
    assert tag_themes(paras).empty
    assert list(tag_themes(paras, stops=())["theme"]) == ["arms_exports"]
    custom = tag_themes(paras, lexicon={"greeting": ["welcomed"]}, stops=["welcomed with open arms"])
    assert custom.empty


def test_shipped_stop_phrases_are_not_theme_terms():
    from helpers._text.fold import fold
    from helpers.analysis.coverage import _shipped_lexicon
    from helpers.corpus.paths import data_file
    stops = pd.read_csv(data_file("theme_stops.csv"), dtype=str, keep_default_na=False)
    assert list(stops.columns) == ["term", "note"] and len(stops["note"].iloc[0]) > 10
    terms = {" ".join(fold(t).split()) for t in _shipped_lexicon()["term"]}
    keys = [" ".join(fold(t).split()) for t in stops["term"]]
    assert not set(keys) & terms and len(keys) == len(set(keys))
