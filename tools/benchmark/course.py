"""Section ``course``: every instructor notebook under nbval against as many "floor" notebooks.

A floor notebook only starts a kernel and imports pandas, matplotlib, ipywidgets and helpers, so
course time / floor time says how much the course's own work adds (target <= 1.5).
"""

from __future__ import annotations

import statistics
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from tools.benchmark.common import ROOT, clean_env, python, say
from tools.benchmark.memory import children_cpu_seconds

FLOOR_SOURCE = ("import pandas as pd\nimport matplotlib.pyplot as plt\nimport ipywidgets as widgets\n"
                "import helpers")


def write_floor(folder: Path, n: int) -> list[Path]:
    """Write ``n`` floor notebooks into ``folder``; returns their paths."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    paths = []
    for i in range(n):
        nb = new_notebook()
        nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python",
                                     "name": "python3"}
        nb.cells.append(new_code_cell(FLOOR_SOURCE))
        p = folder / f"floor_{i:02d}.ipynb"
        nbformat.write(nb, p)
        paths.append(p)
    return paths


def _junit(junit: Path, paths) -> tuple[dict, list, int, int]:
    """Per-notebook seconds, (seconds, cell) pairs, failed and passed cells from a junit file."""
    per_nb: dict[str, float] = {}
    cells: list[tuple[float, str]] = []
    failed = passed = 0
    try:
        cases = list(ET.parse(junit).getroot().iter("testcase"))
    except (ET.ParseError, FileNotFoundError):
        return per_nb, cells, failed, passed
    for case in cases:
        cls = case.get("classname", "?")
        name = next((Path(p).name for p in paths if cls.endswith(Path(p).name)), cls)
        per_nb[name] = per_nb.get(name, 0.0) + float(case.get("time", 0))
        cells.append((float(case.get("time", 0)), f"{name} {case.get('name', '')}"))
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        elif case.find("skipped") is None:
            passed += 1
    return per_nb, cells, failed, passed


def nbval(paths, junit: Path, cwd: Path = ROOT) -> dict:
    """Run pytest --nbval on ``paths`` as ``make test`` does; wall time and per-notebook times."""
    cmd = [python(), "-m", "pytest", "-q", "-o", "addopts=", "-p", "no:cacheprovider", "--nbval",
           "--nbval-current-env", "--nbval-sanitize-with", str(ROOT / "tests" / "nbval_sanitize.cfg"),
           f"--junitxml={junit}", f"--rootdir={cwd}", *map(str, paths)]
    t, cpu = time.perf_counter(), children_cpu_seconds()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=clean_env())
    wall = time.perf_counter() - t
    cpu = children_cpu_seconds() - cpu  # pytest and the kernels it started and waited for
    per_nb, cells, failed, passed = _junit(junit, paths)
    return {"seconds": wall, "cpu_seconds": cpu, "passed": passed, "failed": failed,
            "exit": proc.returncode, "per_notebook": per_nb,
            "slowest_cells": sorted(cells, reverse=True)[:10]}


def bench_course(args, corpora) -> dict:
    """Run the section; returns its record with ``figures``."""
    notebooks = sorted(ROOT.glob(args.notebooks))
    if not notebooks:
        return {"error": f"no notebook matches {args.notebooks}"}
    runs = 1 if args.quick else 2
    course, floor = [], []
    with tempfile.TemporaryDirectory(prefix="bew-floor-") as tmp:
        (Path(tmp) / "floor").mkdir()
        floors = write_floor(Path(tmp) / "floor", len(notebooks))
        for r in range(runs):
            f = nbval(floors, Path(tmp) / f"floor{r}.xml", cwd=Path(tmp))
            c = nbval(notebooks, Path(tmp) / f"course{r}.xml")
            floor.append(f)
            course.append(c)
            say(f"  run {r + 1}/{runs}: course {c['seconds']:.1f} s ({c['passed']} cells passed, "
                f"{c['failed']} failed), floor {f['seconds']:.1f} s; CPU course {c['cpu_seconds']:.1f} s, "
                f"floor {f['cpu_seconds']:.1f} s")
    c_med = statistics.median(x["seconds"] for x in course)
    f_med = statistics.median(x["seconds"] for x in floor)
    # CPU seconds of pytest and its kernels: what the course costs, less moved by other load than wall
    # time on a shared machine (reported, no target: the target is on the time a student waits)
    c_cpu = statistics.median(x["cpu_seconds"] for x in course)
    f_cpu = statistics.median(x["cpu_seconds"] for x in floor)
    per_nb = {name: statistics.median(x["per_notebook"].get(name, float("nan")) for x in course)
              for name in course[0]["per_notebook"]}
    floor_each = statistics.median(statistics.median(x["per_notebook"].values()) if x["per_notebook"]
                                   else float("nan") for x in floor)
    say(f"    a floor notebook: {floor_each:.1f} s (kernel start and imports)")
    for name, s in sorted(per_nb.items()):
        say(f"    {name:40s} {s:6.1f} s")
    say("    slowest cells (first cell of a notebook includes the kernel start):")
    for sec, cell in course[-1]["slowest_cells"]:
        say(f"      {sec:5.2f} s  {cell}")
    return {"notebooks": [str(p.relative_to(ROOT)) for p in notebooks], "runs": runs,
            "course_seconds": c_med, "floor_seconds": f_med, "ratio": c_med / f_med,
            "cells_failed": course[-1]["failed"], "cells_passed": course[-1]["passed"],
            "per_notebook_seconds": per_nb, "floor_notebook_seconds": floor_each,
            "slowest_cells": course[-1]["slowest_cells"],
            "cpu_seconds": c_cpu, "floor_cpu_seconds": f_cpu,
            "figures": [("course.seconds", "course run time (s)", c_med),
                        ("course.floor_seconds", "floor run time (s)", f_med),
                        ("course.ratio", "course / floor", c_med / f_med),
                        ("course.cpu_ratio", "course / floor, CPU (pytest + kernels)", c_cpu / f_cpu)]}
