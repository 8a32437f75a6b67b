"""Round 22 of the mention rules: an article's own outlet named by a short form (issue 13).

The sentences are written for these tests (not copied from any devset split).
"""
import csv
import time

import pandas as pd

from helpers import load_sentences
from helpers.analysis.actors import actor_mentions
from helpers.analysis.outlets import outlet_forms, own_outlet_names

FIELDS = ["id", "file", "short", "outlet", "headline", "headline_source", "published", "date_precision",
          "date_note", "author", "author_note", "genre", "behind", "address", "sha256", "notes"]


def _corpus(folder, articles):
    """A corpus folder: ``articles`` is a list of (id, outlet, body paragraphs)."""
    rows = []
    for aid, outlet, paragraphs in articles:
        (folder / f"{aid}.txt").write_text(f"Headline of {aid}\n\n" + "\n\n".join(paragraphs) + "\n",
                                           encoding="utf-8")
        rows.append({"id": aid, "file": f"{aid}.txt", "short": aid.upper(), "outlet": outlet,
                     "headline": f"Headline of {aid}", "headline_source": "first line of the file",
                     "published": "2026-01-05", "date_precision": "exact", "genre": "news_report"})
    with open(folder / "catalog.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    return folder


def _pairs(table, article):
    """(actor, match) of the mentions of one article."""
    rows = table[table["article_id"] == article]
    return list(zip(rows["actor"], rows["match"], strict=True))


# ---- the article's own outlet, named by its initials or one word of its name (catalogue `outlet`)

OUTLETS = [
    ("a1", "Radio Adriatica Libera (RAL; invented public broadcaster)", [
        "The mine's director, Goran Lukić, told RAL that the filters had been ordered in March.",
        "The ministry did not answer RAL's questions by Friday. An analyst told BIRN the plan was vague.",
        "RAL asked the company for the study, but a spokesman said it was not public."]),
    ("a2", "Vidovdanski Vesnik (invented Kruševac daily)", [
        "Mayor Dragan Ilić told Vesnik that the bridge would reopen in May.",
        "According to Vesnik's sources in the council, the tender was cancelled.",
        "Speaking to Vesnik, the farmers said the water had turned brown."]),
    ("a3", "Eastern Ledger Network (invented news agency)", [
        "A diplomat in Vienna told ELN the talks had stalled.",
        "The minister later confirmed to ELN that the contract was signed.",
        "ELN has seen a copy of the letter, which the embassy declined to comment on."]),
    ("a4", "Invented regional portal", [
        "A local activist told RAL that the river was polluted.",
        "The activist, Ivana Marić, told IRP that nobody had come."]),
]


def test_an_outlets_catalogue_name_and_short_forms():
    assert outlet_forms("Radio Adriatica Libera (RAL; invented public broadcaster)") == (
        "Radio Adriatica Libera", frozenset({"RAL", "Adriatica", "Libera"}))
    assert outlet_forms("Eastern Ledger Network (invented news agency)") == (
        "Eastern Ledger Network", frozenset({"ELN", "Ledger"}))
    assert outlet_forms("Vidovdanski Vesnik") == ("Vidovdanski Vesnik",
                                                  frozenset({"VV", "Vidovdanski", "Vesnik"}))
    # the name written first is the name; a one-word name has no other form
    assert outlet_forms("KNA, Kosovo News Agency (invented)") == ("KNA", frozenset())
    assert outlet_forms("EuroWire (invented)") == ("EuroWire", frozenset())
    # a description, not a name, has no short forms; an empty cell has nothing
    assert outlet_forms("Invented rewrite of Russian state media")[1] == frozenset()
    assert outlet_forms("Presidency press service")[1] == frozenset()
    assert outlet_forms(float("nan")) == ("", frozenset())


def test_the_articles_own_outlet_by_a_short_form_is_named_by_the_catalogue(tmp_path):
    table = actor_mentions(load_sentences(folder=_corpus(tmp_path, OUTLETS)))
    assert [a for a, m in _pairs(table, "a1") if "RAL" in m] == ["Radio Adriatica Libera"] * 3
    assert ("Radio Adriatica Libera", "RAL's") in _pairs(table, "a1")
    assert [a for a, m in _pairs(table, "a2") if m.startswith("Vesnik")] == ["Vidovdanski Vesnik"] * 3
    assert [a for a, m in _pairs(table, "a3") if m == "ELN"] == ["Eastern Ledger Network"] * 3


def test_another_organisations_acronym_or_another_articles_outlet_keeps_its_name(tmp_path):
    table = actor_mentions(load_sentences(folder=_corpus(tmp_path, OUTLETS)))
    assert ("BIRN", "BIRN") in _pairs(table, "a1")          # another organisation in RAL's article
    assert ("RAL", "RAL") in _pairs(table, "a4")            # RAL named in another outlet's article
    assert ("IRP", "IRP") in _pairs(table, "a4")            # initials of a description name nothing
    assert ("Ivana Marić", "Ivana Marić") in _pairs(table, "a4")


def test_without_a_corpus_folder_the_names_stay_as_written(tmp_path):
    sentences = load_sentences(folder=_corpus(tmp_path, OUTLETS))
    columns = ["article_id", "paragraph_id", "sentence_id", "text"]
    bare = pd.DataFrame({c: sentences[c].tolist() for c in columns})
    assert not bare.attrs
    table = actor_mentions(bare)
    assert [a for a, m in _pairs(table, "a1") if "RAL" in m] == ["RAL"] * 3
    assert ("Vesnik", "Vesnik") in _pairs(table, "a2")


def test_a_name_of_the_alias_table_keeps_its_actor():
    mentions = pd.DataFrame({"article_id": ["a1", "a1"], "actor": ["European Union", "RAL"],
                             "alias": ["EU", ""]})
    assert own_outlet_names(mentions.copy(), None)["actor"].tolist() == ["European Union", "RAL"]


def test_outlet_forms_take_linear_time():
    outlet = "Radio " + "Adriatica " * 20000 + "(RAL; " + "x" * 100000 + ")"
    start = time.perf_counter()
    outlet_forms(outlet)
    assert time.perf_counter() - start < 1.0


# ---- theme terms: smear labels and denied names (protests_democracy), the EU as donor (eu_accession)

def _themes_of(*texts):
    """(paragraph number, theme) of every theme tagged in ``texts``, one text paragraph each."""
    from helpers.analysis.coverage import tag_themes

    table = pd.DataFrame({"article_id": "993", "paragraph_id": [f"993-p{k:02d}" for k in range(len(texts))],
                          "kind": "text", "text": list(texts)})
    out = tag_themes(table)
    return [(int(p[-2:]), t) for p, t in zip(out["paragraph_id"], out["theme"], strict=True)]


def test_a_smear_label_or_a_denied_name_of_the_opposition_is_the_political_order_theme():
    found = _themes_of("The mayor called the local reporters foreign mercenaries who work against the town.",
                       "A tabloid described the two activists as a foreign mercenary and his helper.",
                       "\"The so-called opposition has nothing to offer,\" the minister told the rally.",
                       "He said the so-called opposition would lose again in spring.")
    assert [p for p, t in found if t == "protests_democracy"] == [0, 1, 2, 3]


def test_the_eu_as_largest_donor_is_the_accession_theme():
    found = _themes_of("The Union remains Serbia's largest donor, the ambassador said.",
                       "Brussels is by far the biggest donor to the country's courts and schools.",
                       "Germany, the largest donor among the member states, pays for the new border posts.")
    assert [p for p, t in found if t == "eu_accession"] == [0, 1, 2]


def test_near_misses_of_the_new_theme_terms_are_not_tagged():
    found = _themes_of("The donor conference for the flood-hit towns opened on Monday.",
                       "The opposition party presented its programme for the city budget.",
                       "The mercenaries of the Wagner group fought near Bakhmut.")
    assert [t for _, t in found if t in ("eu_accession", "protests_democracy")] == []
