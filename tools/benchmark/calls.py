"""Section ``calls``: each analysis on the five shipped articles, as a notebook cell calls it.

In a fresh interpreter the corpus is loaded, then each analysis is called once (*first call*:
it prepares its lexicon) and then repeatedly; median per call. Target: every analysis's median
<= 250 ms (the bound the unit tests of themes, actors and quotes used to assert; timing belongs
here, not in tests).
"""

from __future__ import annotations

import statistics
import time

from tools.benchmark.common import clean_env, emit, run_worker, say
from tools.benchmark.steps import ANALYSES, load_tables, run_analysis


def worker_calls(reps: str) -> None:
    """Worker: time every analysis on the shipped corpus ``reps`` times after a first call; emits JSON."""
    t = time.perf_counter()
    tables = load_tables(None)
    res = {"load_seconds": time.perf_counter() - t, "calls": {}}
    for step in ANALYSES:
        first = run_analysis(step, tables)
        if "error" in first:
            res["calls"][step[0]] = {"error": first["error"]}
            continue
        times = [run_analysis(step, tables)["seconds"] for _ in range(int(reps))]
        res["calls"][step[0]] = {"first_ms": first["seconds"] * 1000,
                                 "median_ms": statistics.median(times) * 1000, "max_ms": max(times) * 1000,
                                 "rows": first["rows"], "n": len(times)}
    emit(res)


def bench_calls(args, corpora) -> dict:
    """Run the section; returns its record with ``figures``."""
    reps = 5 if args.quick else 20
    res = run_worker("calls", reps, env=clean_env())
    medians = []
    for name, c in res["calls"].items():
        if "error" in c:
            say(f"  {name:18s} ERROR {c['error']}")
            continue
        medians.append(c["median_ms"])
        say(f"  {name:18s} first call {c['first_ms']:7.1f} ms   median {c['median_ms']:7.1f} ms   "
            f"max {c['max_ms']:7.1f} ms   ({c['rows']} rows, {c['n']} calls)")
    worst = max(medians) if medians else float("nan")
    figure = ("calls.worst_ms", "one analysis, 5 articles: worst median (ms)", worst)
    return dict(res, reps=reps, figures=[figure])
