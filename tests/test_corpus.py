"""The loaders' tables: columns, ids and counts on the real corpus."""

import pandas as pd
import pytest

from helpers import CorpusError, cleaning_log, load_articles, load_paragraphs, load_sentences
from helpers.corpus.loading import ARTICLE_COLUMNS, LOG_COLUMNS, PARAGRAPH_COLUMNS, SENTENCE_COLUMNS


def test_articles_columns_and_metadata():
    a = load_articles()
    assert list(a.columns) == ARTICLE_COLUMNS
    assert a.published.dtype.kind == "M"
    row = a.set_index("article_id").loc["003"]
    assert row.published_text == "2022-03" and row.published == pd.Timestamp("2022-03-01")
    assert (a.word_count > 250).all() and (a.n_sentences > 10).all()


def test_paragraph_ids_are_unique_and_ordered():
    p = load_paragraphs()
    assert list(p.columns) == PARAGRAPH_COLUMNS
    assert p.paragraph_id.is_unique
    assert (p.groupby("article_id").position.diff().dropna() == 1).all()


def test_kinds_filter_and_bad_kind():
    assert set(load_paragraphs(kinds="body").kind) == {"body"}
    with pytest.raises(CorpusError, match="kinds=.*Allowed values"):
        load_paragraphs(kinds=["bodies"])


def test_sentences_point_at_their_paragraphs():
    s = load_sentences()
    p = load_paragraphs().set_index("paragraph_id")
    assert list(s.columns) == SENTENCE_COLUMNS and s.sentence_id.is_unique
    for row in s.sample(20, random_state=1).itertuples():
        assert p.loc[row.paragraph_id, "text"][row.start:row.end] == row.text


def test_sentence_splitting_respects_abbreviations_and_quotes():
    s = load_sentences()
    assert ("The main Serbian oil monopoly NIS is under U.S. sanctions because of its majority Russian "
            "ownership.") in set(s.text)
    assert ("Vučić has announced a meeting with Chinese President Xi Jinping in Beijing on "
            "Sept. 3.") in set(s.text)
    assert "“We stand for partnership instead of submission." in set(s.text)


def test_cleaning_log_columns():
    lg = cleaning_log()
    assert list(lg.columns) == LOG_COLUMNS
    assert set(lg.file) == set(load_articles().file)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_articles(tmp_path / "nowhere")


def test_source_names_from_the_table_its_corpus_or_the_id(corpus_copy):
    from test_catalog import add_article

    from helpers.corpus.loading import source_names

    add_article(corpus_copy, "Serbia said “no”. Brussels said yes.\n".encode(), short="Mine")
    sents = load_sentences(corpus_copy)
    assert sents.attrs["corpus_folder"] == str(corpus_copy.resolve())
    assert source_names(["005", "003"], sents) == {"005": "Mine", "003": load_articles().short.iloc[3]}
    # a derived table without the folder: found among the corpora loaded in this session
    assert source_names(["005"], pd.DataFrame({"article_id": ["005"]})) == {"005": "Mine"}
    # a short column wins; an unknown id stays the id
    assert source_names(["005", "777"], pd.DataFrame({"article_id": ["005"], "short": ["Own"]})) == {
        "005": "Own", "777": "777"}


def test_paragraph_word_counts_equal_counting_each_paragraph():
    from helpers._text.fold import word_count
    from helpers.corpus.cleaning import BODY_KINDS
    from helpers.corpus.loading import paragraph_word_counts

    paras = load_paragraphs(kinds=list(BODY_KINDS))
    got = paragraph_word_counts(paras["paragraph_id"])
    assert got.tolist() == [word_count(t) for t in paras["text"]]
    assert paragraph_word_counts(["no-such-paragraph"]).tolist() == [0]


def test_an_edit_of_the_same_length_with_its_modification_time_put_back_is_seen(tmp_path):
    import os

    from helpers import add_article, new_corpus

    corpus = new_corpus(tmp_path / "corpus")
    row = add_article(corpus, text="Serbia said no to the plan. Brussels said yes to it.\n", short="Mine",
                      outlet="A test outlet", headline="A test", published="2025-11-03",
                      date_precision="exact", genre="news_report")
    path = corpus / row["file"]
    assert load_paragraphs(corpus).text.str.contains("Serbia said no").any()
    st = path.stat()
    same_length = path.read_text(encoding="utf-8").replace("Serbia", "Norway")
    path.write_text(same_length, encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # the old modification time, as cp -p leaves it
    assert load_paragraphs(corpus).text.str.contains("Norway said no").any()
