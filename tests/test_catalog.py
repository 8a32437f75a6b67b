"""Bad input: every validation error names the file and the problem, and writes nothing."""

import re
import shutil
from pathlib import Path

import pytest
from corpus_tools import SEEDS, folder_digest, rewrite_catalog

import helpers
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


def test_catalogue_holds_the_same_kind_of_note_for_every_source():
    """`notes` lists text defects only (verdicts on content live in fact_checks.csv, for all five), and
    `behind` names an owner or funder only where a course file records one."""
    a = load_articles()
    verdicts = r"\b(?:wrong|imprecise|misleading|overstated|unverified|disputed|partly right)\b"
    assert not a.notes.str.contains(verdicts, case=False, regex=True).any(), a.notes
    owners = a.behind.str.extract(r"Owner or funder: ([^.]*)\.")[0]
    assert owners.notna().all()
    # one standard for all five (issue 16i): an owner or funder is named only with a source in sources.md
    notes = (Path(helpers.__file__).parent / "data" / "sources.md").read_text(encoding="utf-8")
    sections = dict(re.findall(r"^## (\d{3})_\S+ .*?\n(.*?)(?=^## |\Z)", notes, flags=re.M | re.S))
    clauses = a.behind.str.extract(r"Owner or funder: (.*?) Stance:")[0]
    for aid, owner in zip(a.article_id, clauses, strict=True):
        line = re.search(r"^- Owner or funder: (.*)$", sections[aid], flags=re.M)
        assert line, f"sources.md has no owner line for {aid}"
        if not owner.startswith(("not identified", "not recorded")):
            assert "sources.md" in owner and "https://" in line.group(1), (aid, owner)


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
def add_article(folder, content: bytes | None, **fields):
    if content is not None:
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



@pytest.mark.parametrize(("text", "code_page"), [
    ("Vučić said in Niš that Čačak would get “žito”. Đoković agreed with Ćuprija.", "cp1250"),
    ("Вучић је рекао да ђаци из Ниша долазе.", "cp1251"),
    ("The café’s “très” élève said no, Šabac said yes.", "cp1252"),
])
def test_serbian_latin_and_cyrillic_saved_as_windows_code_pages_are_read_right(text, code_page):
    from helpers.corpus.safety import decode_article

    got, used, note = decode_article(text.encode(code_page), "a.txt", "test")
    assert (got, used) == (text, code_page) and code_page in note


def test_a_mix_of_windows_1252_and_utf8_keeps_curly_quotes_and_repairs_the_utf8_names(corpus_copy):
    # a file saved as "ANSI" after copying mojibake: Windows-1252 quotes, and UTF-8 bytes for "Đ" and
    # "ć" (0x90 and 0x87 among them; 0x90 is undefined in Windows-1252, so cp1252 cannot decode it)
    data = ("Serbia’s “neutrality” is a choice.\n\n".encode("cp1252")
            + "Đorđe Petrović said it.\n".encode())
    with pytest.raises(UnicodeDecodeError):
        data.decode("cp1252")
    add_article(corpus_copy, data)
    from helpers import cleaning_log, load_paragraphs

    a = load_articles(corpus_copy).set_index("article_id")
    assert a.loc["005", "encoding"] == "sloppy-windows-1252"
    texts = list(load_paragraphs(corpus_copy).query("article_id == '005'").text)
    assert texts == ["Serbia’s “neutrality” is a choice.", "Đorđe Petrović said it."]
    assert not any(0x80 <= ord(ch) <= 0x9F for t in texts for ch in t)  # no C1 control characters
    lg = cleaning_log(corpus_copy)
    note = lg[(lg.article_id == "005") & (lg.kind == "encoding")].note.iloc[0]
    assert "mix of encodings" in note and "save the file as UTF-8" in note

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


# ------------------------------------------------------------- safety: what `file` may name
@pytest.mark.parametrize("name,needle", [
    ("../../../etc/passwd", "folder part"),
    ("/etc/passwd", "absolute path"),
    ("./000_f4c735a038ad1680.txt", "folder part"),  # the same file under a second id
    ("catalog.csv", "must be the name of a .txt file"),
    ("sub/005.txt", "folder part"),
])
def test_file_must_name_a_txt_inside_the_folder(corpus_copy, name, needle):
    rewrite_catalog(corpus_copy, set_field(1, "file", name))
    expect_error(corpus_copy, "catalog.csv, line 3", repr(name), needle)


def test_a_symlink_leaving_the_folder_is_refused(corpus_copy, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("A secret text that is not part of the corpus at all.", encoding="utf-8")
    (corpus_copy / "005_link.txt").symlink_to(outside)
    add_article(corpus_copy, None, file="005_link.txt")
    expect_error(corpus_copy, "005_link.txt", "outside the corpus folder")


def test_a_link_to_another_listed_text_is_refused(corpus_copy):
    (corpus_copy / "005_link.txt").symlink_to(corpus_copy / "000_f4c735a038ad1680.txt")
    add_article(corpus_copy, None, file="005_link.txt")
    expect_error(corpus_copy, "line 7", "005_link.txt", "through a link", "line 2")


def test_utf16_with_bom_is_decoded(corpus_copy):
    add_article(corpus_copy, "Belgrade’s café said “yes” to the European plan.".encode("utf-16"))
    a = load_articles(corpus_copy).set_index("article_id")
    assert a.loc["005", "encoding"] == "utf-16"
    assert a.loc["005", "text"] == "Belgrade’s café said “yes” to the European plan."


@pytest.mark.parametrize("content,needle", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"%PDF-1.7 binary", "PDF document"),
    (b"Serbia\x00said\x00no", "NUL bytes"),
    (b"Serbia said \x1b[31mno", "control character"),
    ("\ufeff".encode(), "empty"),
    ("\ufeff\u200b\u200c\u2060 \n\u00a0".encode(), "invisible"),
    (b"\xff\xfe", "empty"),  # a UTF-16 byte-order mark and nothing else
])
def test_binary_and_invisible_files_are_refused(corpus_copy, content, needle):
    add_article(corpus_copy, content)
    expect_error(corpus_copy, "005_mine.txt", needle)


# ------------------------------------------------------------- the catalogue's own problems
def test_a_catalogue_with_only_its_header(corpus_copy):
    rewrite_catalog(corpus_copy, lambda f, r: (f, []))
    for p in corpus_copy.glob("*.txt"):
        p.unlink()
    (corpus_copy / "repairs.csv").unlink()
    expect_error(corpus_copy, "catalog.csv", "header but no articles")


def test_an_empty_catalogue_file(corpus_copy):
    (corpus_copy / "catalog.csv").write_text("", encoding="utf-8")
    expect_error(corpus_copy, "catalog.csv", "is empty")


def test_an_unbalanced_quotation_mark_is_named(corpus_copy):
    path = corpus_copy / "catalog.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].replace(",An appeal", ',"An appeal', 1)
    assert lines[3] != path.read_text(encoding="utf-8").splitlines(keepends=True)[3]
    path.write_text("".join(lines), encoding="utf-8")
    msg = expect_error(corpus_copy, "catalog.csv", "unbalanced quotation mark", "near line 4")
    assert "published" not in msg and "duplicate" not in msg


def test_an_unclosed_quotation_mark_at_the_end(corpus_copy):
    path = corpus_copy / "catalog.csv"
    path.write_text(path.read_text(encoding="utf-8") + '006,"006_x.txt,X,Y\n', encoding="utf-8")
    expect_error(corpus_copy, "catalog.csv", "unbalanced quotation mark", "near line 7")


def test_a_duplicated_header_column_is_named(corpus_copy):
    path = corpus_copy / "catalog.csv"
    text = path.read_text(encoding="utf-8")
    header, rest = text.split("\n", 1)
    path.write_text(header.replace("outlet,", "outlet,outlet,", 1) + "\n" + rest, encoding="utf-8")
    msg = expect_error(corpus_copy, "catalog.csv", "'outlet' appears twice")
    assert "duplicate id" not in msg


@pytest.mark.parametrize("fields", [["outlet"], ["headline"], ["short"], ["outlet", "headline", "short"]])
def test_required_fields_must_not_be_empty(corpus_copy, fields):
    def change(f, r):
        for field in fields:
            r[2][field] = ""
        return f, r
    rewrite_catalog(corpus_copy, change)
    msg = expect_error(corpus_copy, "line 4", "required field(s) empty")
    for field in fields:
        assert f"'{field}'" in msg


def test_a_duplicate_short_name_is_refused(corpus_copy):
    rewrite_catalog(corpus_copy, set_field(3, "short", "ap"))
    expect_error(corpus_copy, "line 5", "duplicate short 'ap'", "line 2")


def test_an_inferred_date_needs_a_note(corpus_copy):
    rewrite_catalog(corpus_copy, set_field(1, "date_note", ""))
    expect_error(corpus_copy, "line 3", "'inferred'", "date_note")


@pytest.mark.parametrize("date", ["2030-01-01", "2099-12"])
def test_a_date_in_the_future_is_refused(corpus_copy, date):
    rewrite_catalog(corpus_copy, set_field(0, "published", date))
    expect_error(corpus_copy, "line 2", date, "future")


def test_cells_written_by_the_package_are_not_formulas(tmp_path):
    import pandas as pd

    from helpers import to_csv_safe
    from helpers.corpus.csvsafe import unneutralise

    table = pd.DataFrame({"id": ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "ok"],
                          "n": [1, -2, 3, 4, 5]})
    path = to_csv_safe(table, tmp_path / "out.csv")
    back = pd.read_csv(path, dtype={"id": str})
    assert back["id"].tolist() == ["'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2", "'@SUM(A1)", "ok"]
    assert back["n"].tolist() == [1, -2, 3, 4, 5]  # numbers stay numbers
    assert [unneutralise(v) for v in back["id"]] == table["id"].tolist()
    assert table["id"].iloc[0].startswith("=")  # the caller's table is not changed


def test_a_catalogue_saved_by_a_spreadsheet_with_semicolons_or_ids_without_zeros_says_so(corpus_copy):
    import pandas as pd

    catalog = corpus_copy / "catalog.csv"
    table = pd.read_csv(catalog, dtype=str, keep_default_na=False)
    table.to_csv(catalog, sep=";", index=False, encoding="utf-8-sig")
    with pytest.raises(CorpusError, match="separated by ';'.*CSV UTF-8"):
        load_articles(corpus_copy)
    table.assign(id=table["id"].astype(int).astype(str)).to_csv(catalog, index=False)
    with pytest.raises(CorpusError, match=r"ids lost their leading zeros \(0, 1, 2, 3 …\).*000, 001"):
        load_articles(corpus_copy)
