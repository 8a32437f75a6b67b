"""Running one analysis over a large corpus on every core.

Private module. :func:`map_slices` cuts the rows of a table into contiguous slices, calls a
function on each slice in forked worker processes and returns the results in order. The
worker processes inherit the texts (fork), so only the results travel back. Small corpora
(the shipped five articles, a student's corpus) are analysed in this process: starting workers
would cost more than it saves. The results are the same either way (``tests/test_parallel.py``
and the equality tests of each analysis on a corpus above the threshold).
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading

#: Corpora with at least this many characters of text are analysed in worker processes
#: (about 300 articles of news length; the shipped corpus has about 45,000 characters).
PARALLEL_MIN_CHARS = 2_000_000

#: Largest number of worker processes.
MAX_WORKERS = 8

_JOB = None
_IN_WORKER = False
_LOCK = threading.Lock()  # one pool at a time: _JOB is shared


def _cpus() -> int:
    """CPUs this process may run on (its affinity, e.g. a container's share), else all of them."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def workers_for(n_chars: int) -> int:
    """How many processes an analysis of ``n_chars`` characters of text should use (1 = this one)."""
    if _IN_WORKER or n_chars < PARALLEL_MIN_CHARS or not sys.platform.startswith("linux"):
        return 1
    return max(1, min(_cpus(), MAX_WORKERS))


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
    global _IN_WORKER
    _IN_WORKER = True  # no pools inside a worker
    return _JOB(*span)


def map_slices(fn, n: int, n_chars: int, cuts=None, workers: int | None = None) -> list:
    """``[fn(lo, hi) for each slice]``: contiguous slices ``(lo, hi)`` covering ``range(n)``, in order.

    ``fn`` runs in forked worker processes when ``n_chars`` (the size of the texts) reaches
    :data:`PARALLEL_MIN_CHARS` and the platform can fork (Linux); else it is called once,
    ``fn(0, n)``, in this process. ``cuts``: the indices where a slice may start (e.g. where a
    new article begins, for analyses that carry state within an article); default anywhere.
    ``fn`` may be a closure: workers inherit it, nothing is pickled but its results. An error
    raised by ``fn`` reaches the caller as it is. If no worker can be started (a sandbox without
    ``fork``, a process limit) or a worker dies (killed for memory), the work is done here instead.
    """
    global _JOB
    workers = workers_for(n_chars) if workers is None else workers
    if workers <= 1 or n < 2 or _IN_WORKER:
        return [fn(0, n)]
    spans = _spans(n, workers * 4, cuts)
    if len(spans) == 1 or not _LOCK.acquire(blocking=False):  # one slice, or another thread's pool
        return [fn(0, n)]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _JOB = fn
    pool = None
    try:
        with gc_paused():
            try:
                pool = ProcessPoolExecutor(max_workers=min(workers, len(spans)),
                                           mp_context=multiprocessing.get_context("fork"))
                futures = [pool.submit(_run, span) for span in spans]  # the workers start here
            except (OSError, RuntimeError, AssertionError, NotImplementedError, ImportError, ValueError,
                    BrokenProcessPool):
                return [fn(0, n)]  # no workers here: do it in this process
            try:
                return [f.result() for f in futures]  # fn's own errors are raised here, unchanged
            except BrokenProcessPool:
                return [fn(0, n)]  # a worker died (killed): do it in this process
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        _JOB = None
        _LOCK.release()
