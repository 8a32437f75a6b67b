"""Measuring memory and the machine's speed during a run (Linux ``/proc``; elsewhere RSS only)."""

from __future__ import annotations

import os
import sys
import threading
import time


def tree_pss_mb(root: int) -> float:
    """Summed proportional set size (MB) of process ``root`` and its descendants (Linux /proc).

    Shared pages are split between the processes that share them, so forked workers are counted
    without counting the parent's pages twice. 0 where /proc is not available.
    """
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                total += next((int(line.split()[1]) / 1024 for line in fh if line.startswith("Pss:")), 0.0)
        except OSError:
            continue
    return total


def max_rss_mb() -> float:
    """The largest resident set size this process has had (MB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_cpu_seconds() -> float:
    """CPU seconds (user + system) of this process's finished child processes (the worker processes
    of the analyses, reaped when each pool closes); NaN where the platform cannot tell (Windows)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Unix
        return float("nan")
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


class MemorySampler:
    """Samples :func:`tree_pss_mb` of process ``pid`` (default: this one) every ``every`` seconds in a
    thread; ``peak``.

    Reading PSS walks the page tables of every process, which costs CPU: use it in a run that is
    not timed (as asv keeps its ``time_`` and ``peakmem_`` benchmarks apart).
    """

    def __init__(self, every: float = 0.5, pid: int | None = None):
        self.peak, self.every, self.pid = 0.0, every, pid or os.getpid()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_pss_mb(self.pid))
            self._stop.wait(self.every)

    def __enter__(self):
        if os.path.exists("/proc/self/smaps_rollup"):
            self._thread.start()
        return self

    def stop(self) -> float:
        """Stop sampling (once more, now) and return the peak."""
        if not self._stop.is_set():
            self._stop.set()
            if self._thread.is_alive():
                self._thread.join()
                self.peak = max(self.peak, tree_pss_mb(self.pid))
        return self.peak

    def __exit__(self, *exc):
        self.stop()


class NoSampler:
    """Stands in for :class:`MemorySampler` in a timed run: no sampling thread, peak 0."""

    peak = 0.0

    def stop(self) -> float:
        return 0.0


def cpu_reference(_=None) -> float:
    """Seconds a fixed pure-Python loop takes here: a yardstick for how fast the machine was
    during this run (shared machines vary by half from one minute to the next)."""
    t = time.perf_counter()
    s = 0
    for i in range(5_000_000):
        s += i
    return time.perf_counter() - t


def parallel_reference() -> float:
    """Seconds the same loop takes when every CPU runs one copy at once (the slowest copy): on a
    shared machine the second core is not always free, and this shows it."""
    import multiprocessing

    n = os.cpu_count() or 1
    if n < 2 or not sys.platform.startswith("linux"):
        return float("nan")
    with multiprocessing.get_context("fork").Pool(n) as pool:
        return max(pool.map(cpu_reference, range(n)))
