"""Running work over a large corpus on every core: the package's one process-pool path.

Private module. :func:`pool_map` is the only place that starts worker processes. It picks the
start method once (:func:`start_method`): ``fork`` on Linux, ``spawn`` elsewhere (Windows, macOS,
where forking a process that has threads is unsafe). Two kinds of work use it:

* picklable jobs (a top-level function and picklable items, e.g. cleaning one article in
  :mod:`helpers.corpus.loading`) run in parallel under either start method;
* :func:`map_slices` jobs (a closure over the texts, which workers inherit instead of receiving)
  need ``fork``; under ``spawn`` they run in this process.

Whenever no pool can be used (no such start method, a sandbox without processes, a process limit,
a worker killed for memory) the work is done in this process, with the same result. Small corpora
(the shipped five articles, a student's corpus) are always handled in this process: starting
workers would cost more than it saves. ``tests/test_parallel.py`` checks both start methods and
the fallbacks.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading

#: Corpora with at least this many characters of text are analysed in worker processes
#: (about 300 articles of news length; the shipped corpus has about 19,000 characters of sentence text).
PARALLEL_MIN_CHARS = 2_000_000

#: Largest number of worker processes.
MAX_WORKERS = 8

_JOB = None
_IN_WORKER = False
_LOCK = threading.Lock()  # one pool at a time: _JOB is shared


def cpus() -> int:
    """CPUs this process may run on (its affinity, e.g. a container's share), else all of them."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def start_method() -> str | None:
    """How worker processes start here: ``"fork"`` on Linux, ``"spawn"`` elsewhere, ``None`` if neither."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods:
        return "fork"
    return "spawn" if "spawn" in methods else None


def pool_workers(needs_fork: bool = False) -> int:
    """How many worker processes a large job may use here (1 = run it in this process).

    ``needs_fork``: the job is a closure that workers must inherit (see :func:`map_slices`).
    """
    method = start_method()
    if _IN_WORKER or method is None or (needs_fork and method != "fork"):
        return 1
    return max(1, min(cpus(), MAX_WORKERS))


def workers_for(n_chars: int) -> int:
    """How many processes an analysis of ``n_chars`` characters of text should use (1 = this one)."""
    if n_chars < PARALLEL_MIN_CHARS:
        return 1
    return pool_workers(needs_fork=True)


def _mark_worker() -> None:
    global _IN_WORKER
    _IN_WORKER = True  # no pools inside a worker


class NoPool(Exception):
    """No worker processes could be started or kept alive here: do the work in this process."""


def pool_map(fn, items: list, workers: int, *, chunksize: int = 1, needs_fork: bool = False) -> list:
    """``[fn(item) for item in items]`` computed in up to ``workers`` worker processes, in order.

    Under ``spawn`` ``fn`` must be a top-level function and the items picklable; ``needs_fork``
    says ``fn`` relies on state the workers inherit (then only ``fork`` is used). An error raised by
    ``fn`` reaches the caller unchanged. Raises :class:`NoPool` when no pool can run the work here
    (no suitable start method, no processes allowed, a worker died): the caller then does it itself.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = start_method()
    if method is None or (needs_fork and method != "fork") or _IN_WORKER:
        raise NoPool(f"no suitable start method here ({method})")
    pool = None
    try:
        try:
            pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                                       initializer=_mark_worker)
            futures = [pool.submit(_call_chunk, fn, items[i:i + chunksize])
                       for i in range(0, len(items), chunksize)]  # the workers start here
        except (OSError, RuntimeError, AssertionError, NotImplementedError, ImportError, ValueError,
                BrokenProcessPool) as exc:
            raise NoPool(str(exc)) from None
        try:
            return [r for f in futures for r in f.result()]  # fn's own errors are raised here, unchanged
        except BrokenProcessPool as exc:
            raise NoPool(str(exc)) from None
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _call_chunk(fn, chunk) -> list:
    return [fn(x) for x in chunk]


def total_chars(texts) -> int:
    """Characters in ``texts`` (non-strings count as empty)."""
    texts = texts if isinstance(texts, (list, tuple)) else list(texts)
    try:
        return sum(map(len, texts))
    except TypeError:  # a missing text (None, NaN) counts as empty
        return sum(len(t) for t in texts if isinstance(t, str))


def _spans(n: int, pieces: int, cuts=None) -> list[tuple[int, int]]:
    """About ``pieces`` contiguous ``(lo, hi)`` slices covering ``range(n)``, cut only at ``cuts``."""
    allowed = sorted({c for c in cuts if 0 < c < n}) if cuts is not None else None
    out, lo = [], 0
    for k in range(1, pieces):
        target = round(n * k / pieces)
        if allowed is not None:
            import bisect

            i = bisect.bisect_left(allowed, target)
            if i == len(allowed):
                break
            target = allowed[i]
        if target > lo:
            out.append((lo, target))
            lo = target
    out.append((lo, n))
    return out


@contextlib.contextmanager
def gc_paused():
    """Pause the cyclic garbage collector while building large tables: millions of new row tuples
    would otherwise trigger full collections that walk the whole corpus again and again. The
    analyses create no reference cycles worth collecting meanwhile; the collector is back on
    (if it was on) afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _run(span: tuple[int, int]):
    return _JOB(*span)


def _in_this_process(fn, n: int) -> list:
    """``[fn(0, n)]`` with the collector paused, as it is in the workers (inherited from
    :func:`map_slices`): the records an analysis keeps while it reads (an article's registry of
    names) would otherwise trigger full collections of the whole heap, more of them the longer the
    article; the analyses leave no cyclic garbage for the collector to free."""
    with gc_paused():
        return [fn(0, n)]


def map_slices(fn, n: int, n_chars: int, cuts=None, workers: int | None = None) -> list:
    """``[fn(lo, hi) for each slice]``: contiguous slices ``(lo, hi)`` covering ``range(n)``, in order.

    ``fn`` runs in worker processes (through :func:`pool_map`) when ``n_chars`` (the size of the
    texts) reaches :data:`PARALLEL_MIN_CHARS` and workers can inherit it (``fork``, Linux); else it
    is called once, ``fn(0, n)``, in this process. ``cuts``: the indices where a slice may start
    (e.g. where a new article begins, for analyses that carry state within an article); default
    anywhere. ``fn`` may be a closure: workers inherit it, nothing is pickled but its results. An
    error raised by ``fn`` reaches the caller as it is. If no worker can be started or one dies, the
    work is done here instead. The garbage collector is paused while ``fn`` runs, here as in the
    workers (see :func:`gc_paused`).
    """
    global _JOB
    workers = workers_for(n_chars) if workers is None else workers
    if workers <= 1 or n < 2 or _IN_WORKER:
        return _in_this_process(fn, n)
    spans = _spans(n, workers * 4, cuts)
    if len(spans) == 1 or not _LOCK.acquire(blocking=False):  # one slice, or another thread's pool
        return _in_this_process(fn, n)
    _JOB = fn
    try:
        with gc_paused():
            return pool_map(_run, spans, min(workers, len(spans)), needs_fork=True)
    except NoPool:
        return _in_this_process(fn, n)  # no workers here (or one died): do it in this process
    finally:
        _JOB = None
        _LOCK.release()
