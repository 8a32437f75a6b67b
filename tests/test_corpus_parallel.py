"""helpers.corpus.loading cleans large corpora in worker processes: same tables as the serial path."""

import concurrent.futures
import csv
import shutil

import pytest
from corpus_tools import SEEDS

import helpers._text.parallel as par
import helpers.corpus.loading as corpus
from helpers import CorpusError
from helpers.corpus.loading import PARALLEL_MIN_ARTICLES, _build, load_corpus

N = 450  # above PARALLEL_MIN_ARTICLES
TABLES = ("articles", "paragraphs", "sentences", "log")


def _read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames), list(reader)


def _write(path, fields, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)


def _big_corpus(folder, n=N):
    """``n`` articles made of the five seeds (with their repairs) and one Windows-1252 file."""
    folder.mkdir()
    fields, seeds = _read(SEEDS / "catalog.csv")
    rfields, repairs = _read(SEEDS / "repairs.csv")
    rows, rrows = [], []
    for i in range(n):
        src = seeds[i % len(seeds)]
        aid = f"{i:03d}"
        fname = f"{aid}_copy.txt"
        if i == n - 1:
            (folder / fname).write_bytes("A caf\xe9 story\n\nThe caf\xe9 owner said the rent rose again.\n"
                                         .encode("cp1252"))
        else:
            shutil.copyfile(SEEDS / src["file"], folder / fname)
            rrows += [dict(r, id=aid) for r in repairs if r["id"] == src["id"]]
        rows.append(dict(src, id=aid, file=fname, short=f"{src['short']} {aid}", sha256=""))
    _write(folder / "catalog.csv", fields, rows)
    _write(folder / "repairs.csv", rfields, rrows)
    return folder


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    folder = _big_corpus(tmp_path_factory.mktemp("parallel") / "corpus")
    return folder, _build(folder, workers=1)


def test_parallel_tables_equal_serial(big):
    folder, serial = big
    assert N >= PARALLEL_MIN_ARTICLES and len(serial.articles) == N
    assert (serial.log["kind"] == "encoding").sum() == 1 and (serial.log["kind"] != "encoding").any()
    parallel = _build(folder, workers=2)
    for name in TABLES:
        assert getattr(parallel, name).equals(getattr(serial, name)), name
    assert list(parallel.articles["article_id"]) == [f"{i:03d}" for i in range(N)]


def test_large_corpus_uses_a_process_pool_by_default(big, monkeypatch):
    folder, serial = big
    started = []

    class Spy(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            started.append(kwargs.get("max_workers"))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Spy)
    monkeypatch.setattr(par, "cpus", lambda: 2)  # a pool even on a one-CPU machine
    monkeypatch.setattr(corpus, "_CACHE", dict(corpus._CACHE))  # keep this corpus out of later tests
    loaded = load_corpus(folder)
    assert started, "a corpus above the threshold is cleaned in worker processes"
    for name in TABLES:
        assert getattr(loaded, name).equals(getattr(serial, name)), name


def test_no_pool_falls_back_to_serial(big, monkeypatch):
    folder, serial = big

    class NoPool:
        def __init__(self, *args, **kwargs):
            raise OSError("no processes here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoPool)
    fallback = _build(folder, workers=2)
    for name in TABLES:
        assert getattr(fallback, name).equals(getattr(serial, name)), name


def test_small_corpus_stays_serial(monkeypatch):
    class NoPool:
        def __init__(self, *args, **kwargs):
            raise AssertionError("the shipped corpus must be cleaned in this process")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoPool)
    assert len(_build(SEEDS).articles) == 5


def test_validation_errors_come_before_any_cleaning(tmp_path, monkeypatch):
    folder = _big_corpus(tmp_path / "corpus")
    (folder / "007_copy.txt").unlink()

    class NoPool:
        def __init__(self, *args, **kwargs):
            raise AssertionError("no cleaning may start before the catalogue is checked")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoPool)
    monkeypatch.setattr(corpus, "clean_text", NoPool)
    monkeypatch.setattr(corpus, "_CACHE", dict(corpus._CACHE))
    with pytest.raises(CorpusError, match="007_copy.txt"):
        load_corpus(folder)


def test_spawned_workers_give_the_same_tables(big, monkeypatch):
    """Windows and macOS start workers with spawn: cleaning still runs in parallel, same result."""
    folder, serial = big
    monkeypatch.setattr(par, "start_method", lambda: "spawn")
    ran = []
    real = par.pool_map

    def spy(*args, **kwargs):
        out = real(*args, **kwargs)  # raises NoPool if the spawned workers failed
        ran.append(sum(len(articles) for articles, *_rest in out))  # articles cleaned by the pool
        return out

    monkeypatch.setattr(corpus, "pool_map", spy)
    spawned = _build(folder, workers=2)
    assert ran == [N], "the spawned pool did the cleaning (no fallback)"
    for name in TABLES:
        assert getattr(spawned, name).equals(getattr(serial, name)), name


@pytest.mark.parametrize("workers", [1, 2])
def test_each_file_is_read_once_where_it_is_cleaned(big, monkeypatch, workers):
    """The catalogue check does not read the texts: each is read and checked once, by the process
    that cleans it (a worker, on a large corpus)."""
    import helpers.corpus.catalog as catalog

    folder, serial = big
    reads = []
    real = catalog._checked_bytes
    monkeypatch.setattr(catalog, "_checked_bytes", lambda *a: reads.append(a[1]["file"]) or real(*a))
    built = _build(folder, workers=workers)
    for name in TABLES:
        assert getattr(built, name).equals(getattr(serial, name)), name
    if workers == 1:
        assert sorted(reads) == sorted(serial.articles["file"]) and len(set(reads)) == N
    else:
        assert reads == [], "no text is read in this process when workers clean the corpus"


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("broken,missing,expected", [
    ("010", "300", "010_copy.txt: the file holds NUL bytes"),  # a file's bytes, before a later row
    ("300", "010", "010_copy.txt: listed in"),  # an earlier row's missing file, before a later file's bytes
])
def test_the_first_problem_in_catalogue_order_is_reported(tmp_path, monkeypatch, workers, broken, missing,
                                                            expected):
    """As when the catalogue check read every file: the first problem in catalogue order, and a
    file's bytes before any problem of cleaning (here: cleaning fails on article 005)."""
    folder = _big_corpus(tmp_path / "corpus")
    (folder / f"{broken}_copy.txt").write_bytes(b"Text with a NUL\x00 byte.\n")
    (folder / f"{missing}_copy.txt").unlink()
    real = corpus.clean_text

    def fails_on_005(text, article_id, **kwargs):
        if article_id == "005":
            raise CorpusError("cleaning failed on 005")
        return real(text, article_id=article_id, **kwargs)

    monkeypatch.setattr(corpus, "clean_text", fails_on_005)
    with pytest.raises(CorpusError, match=expected):
        _build(folder, workers=workers)
    (folder / f"{missing}_copy.txt").write_bytes((folder / "001_copy.txt").read_bytes())
    (folder / f"{broken}_copy.txt").write_bytes((folder / "001_copy.txt").read_bytes())
    with pytest.raises(CorpusError, match="cleaning failed on 005"):
        _build(folder, workers=workers)


def test_spawned_workers_report_a_file_problem(tmp_path, monkeypatch):
    """Under spawn too, the workers that read the files check them; the problem reaches the caller."""
    folder = _big_corpus(tmp_path / "corpus")
    (folder / "200_copy.txt").write_bytes(b"Text with a NUL\x00 byte.\n")
    monkeypatch.setattr(par, "start_method", lambda: "spawn")
    ran = []
    real = par.pool_map

    def spy(*args, **kwargs):
        out = real(*args, **kwargs)  # raises NoPool if the spawned workers failed
        ran.append(len(out))
        return out

    monkeypatch.setattr(corpus, "pool_map", spy)
    with pytest.raises(CorpusError, match="200_copy.txt: the file holds NUL bytes"):
        _build(folder, workers=2)
    assert ran, "the spawned pool read and checked the files (no fallback)"
