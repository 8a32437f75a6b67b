"""helpers._text.parallel: slices, and every analysis gives the same table on worker processes as here."""

import pandas as pd
import pytest

import helpers
import helpers._text.parallel as par
from helpers._text.parallel import _spans, map_slices


def test_spans_cover_the_range_and_respect_cuts():
    for n, pieces in [(10, 3), (1, 4), (100, 8), (7, 20)]:
        spans = _spans(n, pieces)
        assert spans[0][0] == 0 and spans[-1][1] == n
        assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    spans = _spans(100, 8, cuts=[30, 70])
    assert spans == [(0, 30), (30, 70), (70, 100)]
    assert _spans(5, 4, cuts=[]) == [(0, 5)]


def test_map_slices_in_order_on_workers():
    data = list(range(1000))
    parts = map_slices(lambda lo, hi: [x * 2 for x in data[lo:hi]], len(data), 10**9, workers=2)
    assert len(parts) > 1
    assert [x for p in parts for x in p] == [x * 2 for x in data]
    assert map_slices(lambda lo, hi: (lo, hi), 5, 0) == [(0, 5)]  # small: one call, here


def test_an_error_in_a_worker_reaches_the_caller():
    def boom(lo, hi):
        raise helpers.CorpusError(f"slice {lo}-{hi}: bad")

    with pytest.raises(helpers.CorpusError, match="bad"):
        map_slices(boom, 100, 10**9, workers=2)

    def only_on_slices(lo, hi):  # fails on a worker's slice, would pass on the whole range
        if hi - lo < 100:
            raise ValueError(f"slice {lo}-{hi}")
        return hi - lo

    with pytest.raises(ValueError, match="slice"):  # raised as it is, not retried here
        map_slices(only_on_slices, 100, 10**9, workers=2)


def test_without_workers_the_work_is_done_here(monkeypatch):
    import concurrent.futures

    class NoPool:
        def __init__(self, *a, **k):
            raise OSError("no fork here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoPool)
    assert map_slices(lambda lo, hi: (lo, hi), 100, 10**9, workers=2) == [(0, 100)]
    assert map_slices(lambda lo, hi: (lo, hi), 100, 10**9, workers=2, cuts=[]) == [(0, 100)]  # one slice



def test_the_collector_is_paused_while_fn_runs_here_as_on_workers(monkeypatch):
    """An article's registry of names grows as it is read: with the collector on, full collections of
    the whole heap come more often the longer the article (issue 13, the organisations paragraph)."""
    import concurrent.futures
    import gc

    def collector_on(lo, hi):
        return gc.isenabled()

    assert gc.isenabled()
    assert map_slices(collector_on, 5, 0) == [False]  # small: here
    assert not any(map_slices(collector_on, 100, 10**9, workers=2))  # on workers
    assert gc.isenabled()  # back on afterwards

    class NoPool:
        def __init__(self, *a, **k):
            raise OSError("no fork here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoPool)
    assert map_slices(collector_on, 100, 10**9, workers=2) == [False]  # no workers: here
    assert gc.isenabled()

ANALYSES = [
    ("tag_themes", {}), ("actor_mentions", {}), ("quotes", {}), ("frame_scores", {}),
    ("frame_scores", {"level": "paragraph"}), ("distinctive_words", {}),
]


@pytest.mark.parametrize("name,kwargs", ANALYSES,
                         ids=[f"{n}{'-' + '-'.join(k) if k else ''}" for n, k in ANALYSES])
def test_same_table_with_and_without_workers(monkeypatch, name, kwargs):
    fn = getattr(helpers, name)
    serial = fn(**kwargs)
    cut = []
    monkeypatch.setattr(par, "_spans", lambda *a, **k: cut.append(a) or _spans(*a, **k))
    monkeypatch.setattr(par, "PARALLEL_MIN_CHARS", 0)  # the shipped corpus on worker processes
    parallel = fn(**kwargs)
    assert cut, "no worker processes were used"
    pd.testing.assert_frame_equal(serial, parallel)


# ------------------------------------------------------------- one pool path, fork or spawn
@pytest.mark.parametrize("platform,expected", [("linux", "fork"), ("win32", "spawn"), ("darwin", "spawn")])
def test_start_method_per_platform(monkeypatch, platform, expected):
    monkeypatch.setattr(par.sys, "platform", platform)
    assert par.start_method() == expected


def test_pool_map_runs_picklable_work_under_spawn(monkeypatch):
    monkeypatch.setattr(par, "start_method", lambda: "spawn")  # as on Windows and macOS
    assert par.pool_map(abs, [-3, -2, 1, -7], 2, chunksize=2) == [3, 2, 1, 7]


def test_closures_fall_back_to_this_process_under_spawn(monkeypatch):
    import concurrent.futures

    class NoPool:
        def __init__(self, *a, **k):
            raise AssertionError("a closure must not be sent to spawned workers")

    monkeypatch.setattr(par, "start_method", lambda: "spawn")
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoPool)
    data = list(range(100))
    assert par.workers_for(10**9) == 1
    assert map_slices(lambda lo, hi: sum(data[lo:hi]), 100, 10**9, workers=4) == [sum(data)]
    with pytest.raises(par.NoPool):
        par.pool_map(abs, [1, 2], 2, needs_fork=True)


def test_no_start_method_means_no_pool(monkeypatch):
    monkeypatch.setattr(par, "start_method", lambda: None)
    assert par.pool_workers() == 1
    with pytest.raises(par.NoPool):
        par.pool_map(abs, [1, 2], 2)


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_distinctive_words_statistics_per_slice_of_articles(monkeypatch, method):
    """Counting and the per-article statistics both run on worker processes (under fork), slice by
    slice; the slices' rows joined in article order are the table computed here in one piece."""
    import helpers.analysis.distinctive as dist

    serial = helpers.distinctive_words()
    calls = []
    real = dist.map_slices

    def recorded(fn, n, *args, **kwargs):
        calls.append(real(fn, n, *args, **kwargs))
        return calls[-1]

    monkeypatch.setattr(dist, "map_slices", recorded)
    monkeypatch.setattr(par, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(par, "start_method", lambda: method)
    parallel = helpers.distinctive_words()
    pd.testing.assert_frame_equal(serial, parallel)
    assert len(calls) == 2  # the counts, then the statistics
    assert [len(c) > 1 for c in calls] == [method == "fork"] * 2  # several slices only when forking
