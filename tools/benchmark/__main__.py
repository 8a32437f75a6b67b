"""``python -m tools.benchmark``: run the sections asked for, print the figures, save the results."""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
import time

from tools.benchmark.common import ROOT, SECTIONS, Corpora, compile_package, say, stored_patterns


def _benches() -> dict:
    from tools.benchmark.calls import bench_calls
    from tools.benchmark.course import bench_course
    from tools.benchmark.imports import bench_import
    from tools.benchmark.large import bench_large
    from tools.benchmark.scaling import bench_scaling
    from tools.benchmark.widgets import bench_widgets

    return {"course": bench_course, "import": bench_import, "calls": bench_calls, "widgets": bench_widgets,
            "scaling": bench_scaling, "large": bench_large}


def _workers() -> dict:
    from tools.benchmark.calls import worker_calls
    from tools.benchmark.large import worker_large
    from tools.benchmark.scaling import worker_scaling
    from tools.benchmark.widgets import worker_widgets

    return {"calls": worker_calls, "large": worker_large, "scaling": worker_scaling,
            "widgets": worker_widgets}


def parser() -> argparse.ArgumentParser:
    """The command line (``--help`` lists the options)."""
    ap = argparse.ArgumentParser(
        prog="python -m tools.benchmark",
        description="Benchmark the course: notebook run time, import+load time, one analysis per call, "
                    "widget latency, scaling with the number of articles, very long articles.",
        epilog="Targets: course/floor <= 1.5; import+load/import pandas <= 1.3; one analysis on the five "
               "articles <= 250 ms; widgets median <= 20 ms and p95 <= 50 ms (5 articles), p95 <= 200 ms "
               "(1,000 articles); 10,000 articles <= 30 s and <= 2 GB, time 10,000/1,000 <= 12; a 1 MB "
               "paragraph (also with an unclosed quote) <= 10 s per analysis and view; a 50 MB file "
               "refused or handled within 2 GB.")
    ap.add_argument("--quick", action="store_true",
                    help="fewer repetitions; skip 10,000 articles; fewer steps on the 50 MB file")
    ap.add_argument("--only", default="", help=f"comma-separated sections to run: {', '.join(SECTIONS)}")
    ap.add_argument("--runs", type=int, default=3,
                    help="scaling runs per size; the median is reported (default 3)")
    ap.add_argument("--sizes", default="", help="scaling sizes, e.g. 100,1000 (default 100,1000,10000)")
    ap.add_argument("--notebooks", default="instructor/*.ipynb",
                    help="course notebooks (glob, from the repo root)")
    ap.add_argument("--no-save", action="store_true", help="print only; do not write bench/results/")
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    return ap


def _run_sections(only: list[str], args) -> dict:
    compile_package()  # time what a student's Python runs: helpers' bytecode, not its source
    with stored_patterns():  # and the compiled patterns a student's first session stored
        return _sections(only, args)


def _sections(only: list[str], args) -> dict:
    """Each section asked for, in order; a section that raises is recorded with its error."""
    benches = _benches()
    corpora = Corpora()
    sections = {}
    try:
        for name in only:
            say(f"== {name}")
            t = time.perf_counter()
            try:
                sec = benches[name](args, corpora)
            except Exception as exc:  # noqa: BLE001 - one broken section must not hide the others
                sec = {"error": f"{type(exc).__name__}: {exc}"[:2000], "figures": []}
                say(f"  ERROR {sec['error']}")
            sec.update({"ran_at": _dt.datetime.now().isoformat(timespec="seconds"), "quick": args.quick,
                        "section_seconds": time.perf_counter() - t})
            sections[name] = sec
    finally:
        corpora.close()
    return sections


def main(argv=None) -> int:
    """Run the benchmark; 0 when it ran (a MISS is a figure to read, not a failure of the tool)."""
    from tools.benchmark.report import save, table

    ap = parser()
    args = ap.parse_args(argv)
    if args.worker:
        kind, *rest = args.worker
        workers = _workers()
        if kind not in workers:
            ap.error(f"unknown worker {kind}")
        workers[kind](*rest)
        return 0
    only = [s.strip() for s in args.only.split(",") if s.strip()] or list(SECTIONS)
    bad = [s for s in only if s not in SECTIONS]
    if bad:
        ap.error(f"--only: unknown section(s) {bad}; choose from {', '.join(SECTIONS)}")
    sections = _run_sections(only, args)
    rows = table(sections)
    w = max([len(r[0]) for r in rows] + [6])
    say("\n" + f"{'Figure':{w}s}  {'Value':>9s}  {'Target':8s}  Status")
    for label, value, target, status in rows:
        say(f"{label:{w}s}  {value:>9s}  {target:8s}  {status}")
    if not args.no_save:
        path = save(sections)
        say(f"\nSaved {path.relative_to(ROOT)} and bench/results/latest.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
