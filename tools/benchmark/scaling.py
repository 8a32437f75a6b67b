"""Section ``scaling``: the analyses on synthetic corpora of 100, 1,000 and 10,000 articles.

Sentences of the seeds recombined with generated filler words, written to a temporary folder
(never into ``seeds/``). In a fresh interpreter per size and run: load + clean, themes, actors,
quotes (reusing the actors stage's table: ``quotes(mentions=...)``), frames, distinctive words and
KWIC, with time per stage. Median of ``--runs`` timed runs
(default 3), each with a CPU reference loop showing how fast the machine was at the time. Peak
memory (the summed PSS of the process and the worker processes large corpora are analysed on,
sampled every 0.5 s) is measured in one more run of the same pipeline, not in the timed runs.
Each stage's CPU time is recorded too, in this process and in its worker processes: on a shared
machine the wall time moves with the other load, the CPU time much less; *CPU / cores* (the main
process's CPU plus the workers' CPU over the number of workers) estimates the wall time on
otherwise idle cores.
Targets: 10,000 articles <= 30 s and <= 2 GB; time(10,000) / time(1,000) <= 12.
"""

from __future__ import annotations

import os
import time

from tools.benchmark.common import clean_env, emit, run_worker, say
from tools.benchmark.memory import (
    MemorySampler,
    NoSampler,
    children_cpu_seconds,
    cpu_reference,
    max_rss_mb,
    parallel_reference,
)

NAN = float("nan")

#: (stage, public function, keyword arguments); each called with the corpus as its default.
STAGES = (
    ("themes", "tag_themes", {}),
    ("actors", "actor_mentions", {}),
    ("quotes", "quotes", {}),
    ("frames", "frame_scores", {}),
    ("distinctive", "distinctive_words", {}),
    ("kwic", "kwic", {"pattern": "Russia"}),
)
#: stage -> (keyword, earlier stage): the earlier stage's table is passed on, the explicit reuse the
#: API offers (``quotes(mentions=actor_mentions())`` gives the rows of ``quotes()`` without running
#: the alias matcher again; the course notebooks call ``quotes()`` alone, on five articles).
REUSE = {"quotes": ("mentions", "actors")}


def _workers() -> int | None:
    """Processes a corpus of the parallel threshold is analysed on (None if that cannot be told)."""
    try:
        import helpers._text.parallel as par

        return par.workers_for(par.PARALLEL_MIN_CHARS)
    except (ImportError, AttributeError):
        return None


def _stage(res: dict, stage: str, fn, kwargs: dict):
    """Run one stage, recording its time, CPU and rows; returns its output (None if it failed)."""
    t, c, w = time.perf_counter(), time.process_time(), children_cpu_seconds()
    try:
        out = fn(**kwargs)
    except Exception as exc:  # noqa: BLE001 - reported in the table
        res["errors"][stage] = f"{type(exc).__name__}: {exc}"[:300]
        return None
    res["stages"][stage] = time.perf_counter() - t
    res["cpu"][stage] = time.process_time() - c
    res["worker_cpu"][stage] = children_cpu_seconds() - w
    res["rows"][stage] = len(out) if hasattr(out, "__len__") else None
    return out


def _run_stages(folder: str, mem) -> None:
    os.environ["BEW_SEEDS"] = folder  # every analysis's default corpus is now the synthetic one
    reference = cpu_reference()
    reference_all = parallel_reference()
    t0 = time.perf_counter()
    import helpers

    res = {"stages": {}, "cpu": {}, "worker_cpu": {}, "rows": {}, "errors": {},
           "import_seconds": time.perf_counter() - t0}

    def load():
        helpers.load_articles()
        helpers.load_paragraphs()
        return helpers.load_sentences()

    _stage(res, "load+clean", load, {})
    outputs: dict = {}  # only the tables a later stage reuses (REUSE) are kept
    reused = {source for _keyword, source in REUSE.values()}
    for stage, fname, kwargs in STAGES:
        try:
            fn = getattr(helpers, fname)
        except (AttributeError, ImportError) as exc:
            res["errors"][stage] = f"not available: {exc}"[:200]
            continue
        keyword, source = REUSE.get(stage, (None, None))
        if outputs.get(source) is not None:
            kwargs = {**kwargs, keyword: outputs.pop(source)}
        out = _stage(res, stage, fn, kwargs)
        if stage in reused:
            outputs[stage] = out
        del out
    res["seconds"] = sum(res["stages"].values())
    res["cpu_seconds"] = sum(res["cpu"].values())
    res["worker_cpu_seconds"] = sum(res["worker_cpu"].values())
    res["workers"] = _workers()
    # the main process's CPU (serial) plus the workers' spread over the cores they may use
    res["cpu_per_core_seconds"] = res["cpu_seconds"] + res["worker_cpu_seconds"] / (res["workers"] or 1)
    res["rss_peak_mb"] = max_rss_mb()
    res["cpu_reference_seconds"] = reference
    res["cpu_reference_all_cores_seconds"] = reference_all
    mem.stop()
    # the process tree's PSS (worker processes included) when it could be sampled, else max RSS
    res["peak_mb"] = max(mem.peak, res["rss_peak_mb"]) if mem.peak else res["rss_peak_mb"]
    res["peak_source"] = ("PSS of process + workers, sampled every 0.5 s" if mem.peak
                          else "max RSS of the main process (workers not counted)")
    emit(res)


def worker_scaling(folder: str, mode: str = "time") -> None:
    """Worker: one scaling run, ``mode`` "time" (no memory sampling) or "memory" (PSS sampled)."""
    if mode == "memory":
        with MemorySampler() as mem:
            _run_stages(folder, mem)
    else:
        _run_stages(folder, NoSampler())


def _print_run(n: int, res: dict, what: str) -> None:
    stages = "  ".join(f"{k} {v:.2f} (CPU {res['cpu'][k]:.1f}+{res.get('worker_cpu', {}).get(k, 0):.1f})"
                       for k, v in res["stages"].items())
    say(f"  {n:>6,} articles, {what}: {res['seconds']:6.1f} s (CPU in the main process "
        f"{res['cpu_seconds']:.1f} s, in worker processes {res.get('worker_cpu_seconds', NAN):.1f} s; "
        f"CPU / cores {res.get('cpu_per_core_seconds', NAN):.1f} s), "
        f"peak {res['peak_mb']:6.0f} MB ({res['peak_source']}), "
        f"reference loop {res['cpu_reference_seconds']:.2f} s (on all cores at once "
        f"{res.get('cpu_reference_all_cores_seconds', float('nan')):.2f} s)   [{stages}]")
    for stage, err in res["errors"].items():
        say(f"          {stage}: {err}")


def _one_size(n: int, folder, runs: int) -> dict:
    """``runs`` timed runs and one memory run on one corpus; the median timed run with the peak."""
    results = []
    for r in range(runs + 1):
        mode = "time" if r < runs else "memory"  # the timed runs, then one run sampling memory
        res = run_worker("scaling", folder, mode, env=clean_env())  # every run cleans
        results.append(res)
        _print_run(n, res, f"run {r + 1}/{runs}" if mode == "time" else "memory run (time not counted)")
    timed, memory = results[:-1], results[-1]
    # the median timed run (by total time), with every timed run's total kept; memory from the
    # memory run (PSS of all processes), or the largest main-process RSS if that is higher
    med = sorted(timed, key=lambda x: x["seconds"])[len(timed) // 2]
    rss = max(x["rss_peak_mb"] for x in timed)
    source = (memory["peak_source"] + " (memory run)" if memory["peak_mb"] >= rss
              else "max RSS of the main process in a timed run (above the memory run's PSS)")
    return dict(med, all_seconds=[x["seconds"] for x in timed], memory_run_seconds=memory["seconds"],
                peak_mb=max(memory["peak_mb"], rss), peak_source=source)


def bench_scaling(args, corpora) -> dict:
    """Run the section; returns its record with ``figures``."""
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else (
        [100, 1000] if args.quick else [100, 1000, 10000])
    runs = 1 if args.quick else args.runs
    out: dict = {"sizes": {}, "runs": runs}
    for n in sizes:
        out["sizes"][str(n)] = _one_size(n, corpora.get(n), runs)
    figures = []
    for n, r in out["sizes"].items():
        figures += [(f"scaling.{n}.seconds", f"{int(n):,} articles: time (s)", r["seconds"]),
                    (f"scaling.{n}.cpu_per_core_seconds", f"{int(n):,} articles: CPU / cores (s, no target)",
                     r.get("cpu_per_core_seconds")),
                    (f"scaling.{n}.peak_mb", f"{int(n):,} articles: peak memory (MB)", r["peak_mb"])]
    s = out["sizes"]
    if "10000" in s and "1000" in s:
        # Only stages that ran at both sizes count.
        common = set(s["10000"]["stages"]) & set(s["1000"]["stages"])
        ratio = sum(s["10000"]["stages"][k] for k in common) / sum(s["1000"]["stages"][k] for k in common)
        out["ratio_10000_1000"] = ratio
        figures.append(("scaling.ratio_10000_1000", "time 10,000 / time 1,000", ratio))
    out["figures"] = figures
    return out
