"""new_corpus and add_article: a working copy of the corpus, and adding an article to it safely."""

import pandas as pd
import pytest
from corpus_tools import SEEDS, folder_digest

from helpers import (
    CorpusError,
    add_article,
    cleaning_log,
    load_articles,
    load_paragraphs,
    new_corpus,
    remove_article,
)

PRACTICE = (SEEDS.parent / "examples" / "practice_article.txt").read_text(encoding="utf-8")
FIELDS = dict(short="Practice", outlet="Course Practice Wire (fictional)", headline="Practice scenario",
              published="2025-11-20", date_precision="exact", genre="constructed_example")


@pytest.fixture(autouse=True)
def forget_loaded_corpora(monkeypatch):
    """Corpora loaded here stay out of later tests (source_names looks in every loaded corpus)."""
    import helpers.corpus.loading as loading

    monkeypatch.setattr(loading, "_CACHE", dict(loading._CACHE))


@pytest.fixture
def corpus(tmp_path):
    return new_corpus(tmp_path / "my_work" / "corpus")


def test_new_corpus_copies_the_seeds_and_never_overwrites(tmp_path):
    folder = new_corpus(tmp_path / "w" / "corpus")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        p.name for p in SEEDS.iterdir() if p.suffix == ".txt" or p.name in ("catalog.csv", "repairs.csv"))
    assert len(load_articles(folder)) == 5
    row = add_article(folder, text=PRACTICE, **FIELDS)
    before = folder_digest(folder)
    with pytest.raises(CorpusError, match="a corpus is already here.*exist_ok=True"):
        new_corpus(folder)
    assert new_corpus(folder, exist_ok=True) == folder  # reused, the student's article kept
    assert folder_digest(folder) == before and row["id"] in set(load_articles(folder).article_id)


def test_new_corpus_refuses_the_seeds_folder_and_a_non_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match="never changed"):
        new_corpus(SEEDS)
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.md").write_text("mine")
    with pytest.raises(CorpusError, match="not empty"):
        new_corpus(tmp_path / "busy")
    assert [p.name for p in (tmp_path / "busy").iterdir()] == ["notes.md"]


def test_add_article_writes_the_file_and_row_and_assigns_an_id(corpus):
    row = add_article(corpus, text=PRACTICE, **FIELDS)
    assert isinstance(row, pd.Series) and row["id"] == "005" and row["file"] == "005_practice.txt"
    assert (corpus / "005_practice.txt").read_text(encoding="utf-8") == PRACTICE  # written as given
    art = load_articles(corpus).set_index("article_id").loc["005"]
    assert (art.short, art.genre, art.published_text) == ("Practice", "constructed_example", "2025-11-20")
    assert row["language_warning"] == ""
    second = add_article(corpus, text="Serbia said no to the plan. " * 5, **{**FIELDS, "short": "Second"})
    assert second["id"] == "006"


def test_all_missing_fields_are_named_in_one_error(corpus):
    before = folder_digest(corpus)
    with pytest.raises(CorpusError) as exc:
        add_article(corpus, text=PRACTICE, outlet="Somewhere")
    msg = str(exc.value)
    for field in ("short=", "headline=", "published=", "date_precision=", "genre="):
        assert field in msg
    assert "outlet=" not in msg
    assert folder_digest(corpus) == before


@pytest.mark.parametrize("change,needle", [
    ({"short": "AP"}, "short 'AP' is already used by article 000"),
    ({"id": "003"}, "id '003' is already used by article 003"),
    ({"published": "2030-01-01"}, "future"),
    ({"published": "20.11.2025"}, "not a date"),
    ({"date_precision": "inferred"}, "date_note"),
    ({"genre": "propaganda"}, "unknown genre"),
    ({"colour": "red"}, "unknown field"),
])
def test_bad_rows_are_refused_and_nothing_is_written(corpus, change, needle):
    before = folder_digest(corpus)
    with pytest.raises(CorpusError) as exc:
        add_article(corpus, text=PRACTICE, **{**FIELDS, **change})
    assert needle in str(exc.value)
    assert folder_digest(corpus) == before


def test_an_existing_file_is_never_overwritten(corpus):
    (corpus / "005_practice.txt").write_text("my own notes", encoding="utf-8")  # not in the catalogue
    with pytest.raises(CorpusError, match="already in the corpus folder"):
        add_article(corpus, text=PRACTICE, **FIELDS)
    assert (corpus / "005_practice.txt").read_text(encoding="utf-8") == "my own notes"


def test_replace_true_replaces_that_article_only(corpus):
    add_article(corpus, text=PRACTICE, **FIELDS)
    row = add_article(corpus, text="A new text about Serbia and the EU. " * 4, replace=True,
                      **{**FIELDS, "headline": "Changed"})
    arts = load_articles(corpus)
    assert row["id"] == "005" and len(arts) == 6
    assert arts.set_index("article_id").loc["005", "headline"] == "Changed"


def test_bad_text_is_refused(corpus):
    before = folder_digest(corpus)
    for text, needle in [("", "empty"), ("\ufeff\u200b \n", "invisible"), ("a\x00b", "NUL bytes"),
                         ("a\x07b", "control character")]:
        with pytest.raises(CorpusError, match=needle):
            add_article(corpus, text=text, **FIELDS)
    with pytest.raises(CorpusError, match="exactly one way"):
        add_article(corpus, text="x", html="<p>x</p>", **FIELDS)
    with pytest.raises(CorpusError, match="no such file"):
        add_article(corpus, file=corpus / "nothing.txt", **FIELDS)
    assert folder_digest(corpus) == before


def test_the_seeds_folder_is_never_written():
    before = folder_digest(SEEDS)
    with pytest.raises(CorpusError, match="never changed"):
        add_article(SEEDS, text=PRACTICE, **FIELDS)
    assert folder_digest(SEEDS) == before


def test_pasted_hard_wrapped_text_is_joined_into_paragraphs_and_logged(corpus):
    wrapped = (
        "Belgrade weighs a winter gas deal\n\n"
        "The government in Belgrade said on Monday that it would sign a new gas\n"
        "contract with Russia before the winter, despite pressure from the\n"
        "European Union to reduce its dependence on Russian energy supplies.\n\n"
        "\u201cWe have no other choice this winter,\u201d the minister told\n"
        "reporters at a news conference. \u201cOur citizens need heat, and we\n"
        "will not let them freeze.\u201d\n"
    )
    row = add_article(corpus, text=wrapped, **FIELDS)
    assert (corpus / row["file"]).read_text(encoding="utf-8") == wrapped  # raw kept as pasted
    body = load_paragraphs(corpus, kinds=["body"])
    texts = list(body[body.article_id == row["id"]].text)
    assert texts[-2].startswith("The government") and texts[-2].endswith("Russian energy supplies.")
    assert texts[-1].endswith("will not let them freeze.\u201d")
    log = cleaning_log(corpus)
    unwrap = log[(log.article_id == row["id"]) & (log.kind == "unwrap")]
    assert list(unwrap.line) == [3, 7] and "joined into one paragraph" in unwrap.note.iloc[0]


def test_an_article_that_is_not_english_gets_a_visible_warning(corpus):
    cyrillic = ("Председник Србије је рекао да ће Београд потписати нови уговор о гасу са Русијом пре "
                "зиме, упркос притиску Европске уније. ") * 3
    row = add_article(corpus, text=cyrillic, **FIELDS)
    assert "not English" in row["language_warning"]
    arts = load_articles(corpus).set_index("article_id")
    assert "not English" in arts.loc[row["id"], "language_warning"]
    assert arts.drop(row["id"]).language_warning.eq("").all()  # the five English seeds: no warning
    log = cleaning_log(corpus)
    assert ((log.article_id == row["id"]) & (log.kind == "language")).sum() == 1


def test_remove_article_takes_out_its_row_and_its_file_and_nothing_else(tmp_path):
    corpus = new_corpus(tmp_path / "corpus")
    before = {p.name: p.read_bytes() for p in corpus.iterdir() if p.is_file()}
    add_article(corpus, text="Serbia said no to the plan. Brussels said yes to it.\n", short="Mine",
                outlet="A test outlet", headline="A test", published="2025-11-03", date_precision="exact",
                genre="news_report")
    row = add_article(corpus, text="A second text about Serbia and Russia.\n", short="Other",
                      outlet="A test outlet", headline="Another test", published="2025-11-04",
                      date_precision="exact", genre="news_report")
    removed = remove_article(corpus, "Mine")  # by short name
    assert removed["short"] == "Mine" and removed["id"] == "005"
    assert list(load_articles(corpus).article_id) == ["000", "001", "002", "003", "004", row["id"]]
    assert not (corpus / removed["file"]).exists() and (corpus / row["file"]).exists()
    remove_article(corpus, row["id"])  # by id
    after = {p.name: p.read_bytes() for p in corpus.iterdir() if p.is_file()}
    assert set(after) == set(before)
    assert all(after[n] == before[n] for n in before if n != "catalog.csv")


def test_remove_article_refuses_an_unknown_article_and_the_course_corpus(tmp_path):
    corpus = new_corpus(tmp_path / "corpus")
    catalog = (corpus / "catalog.csv").read_bytes()
    with pytest.raises(CorpusError, match=r"no article with the id or short name 'Nope'.*000"):
        remove_article(corpus, "Nope")
    assert (corpus / "catalog.csv").read_bytes() == catalog
    from helpers.corpus.adding import shipped_corpus

    with pytest.raises(CorpusError, match="never changed"):
        remove_article(shipped_corpus(), "000")


def test_remove_article_takes_a_course_article_out_of_a_copy_with_its_repairs(tmp_path):
    corpus = new_corpus(tmp_path / "corpus")
    assert "\n001," in (corpus / "repairs.csv").read_text(encoding="utf-8")
    removed = remove_article(corpus, "001")
    assert removed["id"] == "001" and "001" not in set(load_articles(corpus).article_id)
    repairs = (corpus / "repairs.csv").read_text(encoding="utf-8")
    assert "\n001," not in repairs and "\n003," in repairs  # the other articles' repairs kept


def test_remove_article_refuses_an_id_a_hand_edited_catalogue_holds_twice_and_deletes_nothing(tmp_path):
    from corpus_tools import folder_digest

    corpus = new_corpus(tmp_path / "corpus")
    add_article(corpus, text="Serbia said no to the plan. Brussels said yes to it.\n", short="Mine",
                outlet="A test outlet", headline="A test", published="2025-11-03", date_precision="exact",
                genre="news_report")
    catalog = corpus / "catalog.csv"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace("\n004,", "\n005,"), encoding="utf-8")
    before = folder_digest(corpus)
    with pytest.raises(CorpusError, match=r"2 rows for '005' \(lines 6, 7\).*nothing was removed"):
        remove_article(corpus, "005")
    assert folder_digest(corpus) == before


def test_messages_for_a_folder_a_day_first_date_and_a_capitalised_genre(tmp_path):
    corpus = new_corpus(tmp_path / "corpus")
    fields = dict(short="Mine", outlet="A test outlet", headline="A test", date_precision="exact")
    with pytest.raises(CorpusError, match="got a folder, not a file"):
        add_article(corpus, file=tmp_path, genre="news_report", published="2025-11-03", **fields)
    with pytest.raises(CorpusError, match=r"'12/03/2025', not a date; .*12 March or 3 December"):
        add_article(corpus, text="Serbia said no.", genre="news_report", published="12/03/2025", **fields)
    with pytest.raises(CorpusError, match="Did you mean 'opinion'"):
        add_article(corpus, text="Serbia said no.", genre="Opinion", published="2025-11-03", **fields)
    with pytest.raises(CorpusError, match=r"'2025 Nov', not a date\. Write"):  # no slash: no day-first hint
        add_article(corpus, text="Serbia said no.", genre="opinion", published="2025 Nov", **fields)
    with pytest.raises(CorpusError, match=r"'1025-01-01', a year before 1900\. Check the year"):
        add_article(corpus, text="Serbia said no.", genre="opinion", published="1025-01-01", **fields)
    for written in ("7. decembar 2025.", "7 December 2025", "December 7, 2025"):  # certain: the ISO form
        with pytest.raises(CorpusError, match=r"the form the catalogue reads: write '2025-12-07'"):
            add_article(corpus, text="Serbia said no.", genre="opinion", published=written, **fields)


def test_a_short_name_made_from_a_long_outlet_is_cut_at_a_word():
    from helpers.corpus.adding import _free_short

    assert _free_short("Pannonian Wire Service", []) == "Pannonian Wire"
    assert _free_short("Danube Courier", [{"short": "Danube Courier"}]) == "Danube Courier 2"
    assert _free_short("Supercalifragilisticexpialidocious News", []) == "Supercalifragilistic"
