"""Bad input: every validation error names the file and the problem, and writes nothing."""

import shutil

import pytest
from corpus_tools import SEEDS, folder_digest, rewrite_catalog

from helpers import CorpusError, load_articles
from helpers.corpus.catalog import genres, sha256_of


def set_field(i, field, value):
    def change(fields, rows):
        rows[i][field] = value
        return fields, rows
    return change


def expect_error(folder, *needles):
    before = folder_digest(folder)
    with pytest.raises(CorpusError) as exc:
        load_articles(folder)
    msg = str(exc.value)
    for n in needles:
        assert n in msg, f"{n!r} not in: {msg}"
    assert folder_digest(folder) == before, "validation wrote to the corpus folder"
    return msg


def test_shipped_catalogue_is_valid_and_matches_seeds():
    a = load_articles()
    assert list(a.article_id) == ["000", "001", "002", "003", "004"]
    for row in a.itertuples():
        assert sha256_of(SEEDS / row.file) == row.sha256
    assert set(a.genre) <= set(genres().genre)
    assert a.author.eq("").all() and a.author_note.str.len().gt(0).all()  # no invented bylines
    assert dict(zip(a.article_id, a.date_precision)) == {
        "000": "exact", "001": "inferred", "002": "exact", "003": "inferred", "004": "inferred"}


def test_catalogue_row_whose_file_is_missing(corpus_copy):
    (corpus_copy / "004_4703bdd0fc345c40.txt").unlink()
    expect_error(corpus_copy, "004_4703bdd0fc345c40.txt", "'file'", "missing")


def test_txt_without_catalogue_row(corpus_copy):
    (corpus_copy / "005_mine.txt").write_text("Some article text.", encoding="utf-8")
    expect_error(corpus_copy, "005_mine.txt", "no row", "catalog.csv")


def test_duplicate_ids(corpus_copy):
    rewrite_catalog(corpus_copy, set_field(1, "id", "000"))
    expect_error(corpus_copy, "catalog.csv", "duplicate id '000'")


@pytest.mark.parametrize("bad", ["15/10/2025", "2025-13-40", "yesterday", ""])
def test_unparseable_date(corpus_copy, bad):
    rewrite_catalog(corpus_copy, set_field(0, "published", bad))
    expect_error(corpus_copy, "000_f4c735a038ad1680.txt", "'published'", "YYYY-MM-DD")


def test_unknown_genre(corpus_copy):
    rewrite_catalog(corpus_copy, set_field(2, "genre", "propaganda"))
    expect_error(corpus_copy, "002_8aebaaf5eb1f8ed6.txt", "'genre'", "propaganda", "wire_report")


def test_unknown_date_precision(corpus_copy):
    rewrite_catalog(corpus_copy, set_field(2, "date_precision", "roughly"))
    expect_error(corpus_copy, "'date_precision'", "exact, inferred")


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  ", "\u00a0\n".encode()])
def test_empty_or_whitespace_file(corpus_copy, content):
    add_article(corpus_copy, content)
    expect_error(corpus_copy, "005_mine.txt", "empty")


def test_sha256_mismatch_on_shipped_seed(corpus_copy):
    p = corpus_copy / "001_11dd7e67e2e6c71f.txt"
    p.write_bytes(p.read_bytes().replace(b"erbia has", b"Serbia has"))
    msg = expect_error(corpus_copy, "001_11dd7e67e2e6c71f.txt", "'sha256'", "never be edited")
    assert sha256_of(p) in msg  # tells the user the actual digest


@pytest.mark.parametrize("column", ["id", "file", "published", "genre", "headline"])
def test_missing_required_column(corpus_copy, column):
    rewrite_catalog(corpus_copy, lambda f, r: ([c for c in f if c != column], r))
    expect_error(corpus_copy, "catalog.csv", "missing required column", column)


def test_missing_catalogue(corpus_copy):
    (corpus_copy / "catalog.csv").unlink()
    expect_error(corpus_copy, "catalog.csv", "missing")


def test_repairs_table_with_unknown_action(corpus_copy):
    with open(corpus_copy / "repairs.csv", "a", encoding="utf-8") as fh:
        fh.write("001,rewrite,Serbia,Serbia,oops\n")
    expect_error(corpus_copy, "repairs.csv", "'action'", "rewrite")


# ------------------------------------------------------------- adding an article
def add_article(folder, content: bytes, **fields):
    (folder / "005_mine.txt").write_bytes(content)
    row = {"id": "005", "file": "005_mine.txt", "short": "Mine", "outlet": "My outlet",
           "headline": "My headline", "published": "2025-11-20", "date_precision": "exact",
           "genre": "news_report", **fields}

    def change(f, r):
        return f, [*r, {k: row.get(k, "") for k in f}]
    rewrite_catalog(folder, change)


def test_a_sixth_article_is_included_everywhere(corpus_copy):
    add_article(corpus_copy, "My headline\n\nSerbia said “no”. Brussels said yes.\n".encode())
    from helpers import cleaning_log, load_paragraphs, load_sentences

    a = load_articles(corpus_copy)
    assert list(a.article_id)[-1] == "005" and a.iloc[-1].word_count == 6
    assert (load_paragraphs(corpus_copy).article_id == "005").sum() == 2
    assert list(load_sentences(corpus_copy).query("article_id == '005'").text) == [
        "Serbia said “no”.", "Brussels said yes."]
    assert (cleaning_log(corpus_copy).article_id == "005").any()  # the headline line is logged


def test_non_utf8_file_is_decoded_with_a_logged_fallback(corpus_copy):
    add_article(corpus_copy, "Belgrade’s café said “yes”.".encode("cp1252"))
    from helpers import cleaning_log

    a = load_articles(corpus_copy).set_index("article_id")
    assert a.loc["005", "encoding"] == "cp1252"
    assert a.loc["005", "text"] == "Belgrade’s café said “yes”."
    lg = cleaning_log(corpus_copy)
    enc = lg[(lg.article_id == "005") & (lg.kind == "encoding")]
    assert len(enc) == 1 and "save the file as UTF-8" in enc.note.iloc[0]


def test_cache_sees_a_new_file(corpus_copy):
    assert len(load_articles(corpus_copy)) == 5
    add_article(corpus_copy, b"Text of my article.")
    assert len(load_articles(corpus_copy)) == 6


def test_returned_tables_are_copies():
    a = load_articles()
    a.loc[0, "headline"] = "changed"
    assert load_articles().loc[0, "headline"] != "changed"


def test_env_variable_points_at_another_folder(corpus_copy, monkeypatch):
    shutil.copy(corpus_copy / "catalog.csv", corpus_copy / "catalog.csv.bak")
    monkeypatch.setenv("BEW_SEEDS", str(corpus_copy))
    assert len(load_articles()) == 5
