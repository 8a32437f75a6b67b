"""helpers._diskcache: cleaned corpora are stored and found again only while nothing changed."""

import pandas as pd
import pytest

import helpers._diskcache as diskcache
import helpers.corpus as corpus_mod
from helpers import CorpusError, load_articles, load_paragraphs


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """The cache switched on, in a temporary folder; the in-memory cache emptied."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("BEW_CACHE", "1")
    monkeypatch.setenv("BEW_CACHE_DIR", str(folder))
    monkeypatch.setattr(corpus_mod, "_CACHE", {})
    return folder


def _builds(monkeypatch) -> list:
    """Count the cleanings (calls of corpus._build) from now on."""
    calls = []
    real = corpus_mod._build
    monkeypatch.setattr(corpus_mod, "_build", lambda folder, *a, **k: calls.append(folder) or real(folder, *a, **k))
    return calls


def test_a_second_kernel_reads_the_cleaned_corpus(cache, corpus_copy, monkeypatch):
    builds = _builds(monkeypatch)
    first = load_paragraphs(corpus_copy)
    assert len(builds) == 1 and len(list(cache.glob("corpus-*.pickle"))) == 1
    monkeypatch.setattr(corpus_mod, "_CACHE", {})  # a new kernel: nothing in memory
    again = load_paragraphs(corpus_copy)
    assert len(builds) == 1  # not cleaned again
    pd.testing.assert_frame_equal(first, again)
    assert not list(cache.glob("*.tmp"))


def test_a_changed_article_or_cleaning_code_is_cleaned_again(cache, corpus_copy, monkeypatch):
    builds = _builds(monkeypatch)
    load_articles(corpus_copy)
    monkeypatch.setattr(corpus_mod, "_CACHE", {})
    with open(corpus_copy / "catalog.csv", "a", encoding="utf-8") as fh:
        fh.write("")  # same bytes, new modification time: the fingerprint changes
    import os
    import time

    os.utime(corpus_copy / "catalog.csv", ns=(time.time_ns(), time.time_ns() + 10**9))
    load_articles(corpus_copy)
    assert len(builds) == 2
    monkeypatch.setattr(corpus_mod, "_CACHE", {})
    monkeypatch.setattr(diskcache, "code_signature", lambda: ("edited cleaning code",))
    load_articles(corpus_copy)
    assert len(builds) == 3


def test_an_unreadable_cache_file_is_only_a_miss(cache, corpus_copy, monkeypatch):
    load_articles(corpus_copy)
    (path,) = cache.glob("corpus-*.pickle")
    path.write_bytes(b"not a pickle")
    monkeypatch.setattr(corpus_mod, "_CACHE", {})
    builds = _builds(monkeypatch)
    assert len(load_articles(corpus_copy)) == 5 and len(builds) == 1
    assert path.is_file() and path.read_bytes() != b"not a pickle"  # written anew


def test_switched_off_large_or_broken_corpora_are_not_stored(cache, corpus_copy, monkeypatch):
    monkeypatch.setenv("BEW_CACHE", "0")
    load_articles(corpus_copy)
    assert not cache.exists()
    monkeypatch.setenv("BEW_CACHE", "1")
    monkeypatch.setattr(corpus_mod, "_CACHE", {})
    monkeypatch.setattr(diskcache, "MAX_BYTES", 10)
    load_articles(corpus_copy)
    assert not list(cache.glob("corpus-*.pickle"))
    monkeypatch.setattr(diskcache, "MAX_BYTES", 20_000_000)
    (corpus_copy / "catalog.csv").write_text("id,file\n", encoding="utf-8")
    with pytest.raises(CorpusError):
        load_articles(corpus_copy)
    assert not list(cache.glob("corpus-*.pickle"))


def test_one_file_per_folder_and_the_newest_kept(cache, corpus_copy, monkeypatch, tmp_path):
    for i in range(3):  # three versions of the code: one file for this folder
        monkeypatch.setattr(diskcache, "code_signature", lambda i=i: (f"version {i}",))
        monkeypatch.setattr(corpus_mod, "_CACHE", {})
        load_articles(corpus_copy)
    assert len(list(cache.glob("corpus-*.pickle"))) == 1
    monkeypatch.setattr(diskcache, "MAX_FILES", 2)
    import shutil

    for k in range(3):  # three more folders: the newest two files are kept
        other = tmp_path / f"other{k}"
        shutil.copytree(corpus_copy, other)
        load_articles(other)
    assert len(list(cache.glob("corpus-*.pickle"))) == 2


def test_an_edit_keeping_size_and_time_or_outside_the_folder_is_seen(cache, corpus_copy, monkeypatch):
    import os

    art = sorted(corpus_copy.glob("*.txt"))[-1]
    load_articles(corpus_copy)
    st = art.stat()
    data = art.read_bytes()
    art.write_bytes(b"X" + data[1:])
    os.utime(art, ns=(st.st_atime_ns, st.st_mtime_ns))  # same size, same time
    monkeypatch.setattr(corpus_mod, "_CACHE", {})
    # not served from the cache: the catalogue is checked again and its sha256 no longer matches
    with pytest.raises(CorpusError, match="sha256"):
        load_articles(corpus_copy)

    # an article in a subfolder (outside the folder's own file list) edited after caching
    sub = corpus_copy / "sub"
    sub.mkdir()
    art.write_bytes(data)
    os.utime(art, ns=(st.st_atime_ns, st.st_mtime_ns))
    name = art.name
    art.rename(sub / name)
    catalog = corpus_copy / "catalog.csv"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace(f",{name},", f",sub/{name},"), encoding="utf-8")
    monkeypatch.setattr(corpus_mod, "_CACHE", {})
    load_articles(corpus_copy)  # cached now
    (sub / name).write_bytes(b"X" + data[1:])
    monkeypatch.setattr(corpus_mod, "_CACHE", {})
    with pytest.raises(CorpusError, match="sha256"):
        load_articles(corpus_copy)


def test_a_failure_while_storing_changes_nothing(cache, corpus_copy, monkeypatch):
    import pickle

    def broken(*a, **k):
        raise pickle.PicklingError("cannot pickle")

    monkeypatch.setattr(diskcache.pickle, "dump", broken)
    assert len(load_articles(corpus_copy)) == 5
    assert not list(cache.glob("corpus-*"))  # no partial file left


def test_an_unwritable_cache_folder_changes_nothing(cache, corpus_copy, monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("BEW_CACHE_DIR", str(blocker / "sub"))  # a folder below a file: cannot exist
    assert len(load_articles(corpus_copy)) == 5
