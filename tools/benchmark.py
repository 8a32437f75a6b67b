#!/usr/bin/env python
"""Benchmarks for the course: how long it runs, how fast it starts, how quick the widgets react
and how the analyses scale. Run with ``make bench`` (or ``.venv/bin/python tools/benchmark.py``).

Sections (``--only`` picks some, comma-separated):

``course``
    Runs every notebook in ``instructor/`` the way ``make test`` does (``pytest --nbval
    --nbval-current-env``, in a subprocess) and, in the same run, as many generated "floor"
    notebooks that only start a kernel and import pandas, matplotlib, ipywidgets and helpers.
    Figure: course time / floor time (target <= 1.5).
``import``
    ``import helpers`` + ``load_articles()`` + ``load_sentences()`` against ``import pandas``
    alone, each in a fresh interpreter, median of several runs (target ratio <= 1.3).
``widgets``
    Every view in ``helpers.views.widgets``: each control with a value observer (dropdowns, checkboxes,
    sliders, text boxes) and each button is set/clicked repeatedly, alternating between a few
    values, headlessly. Median and p95 latency per view and control, on the shipped corpus
    (targets: median <= 20 ms, p95 <= 50 ms) and on a synthetic corpus of 1,000 articles
    (target: p95 <= 200 ms).
``scaling``
    Synthetic corpora of 100, 1,000 and 10,000 articles (sentences of the seeds recombined, plus
    generated filler words, written to a temporary folder, never into ``seeds/``); in a fresh
    interpreter per size: load + clean, themes, actors, quotes, frames, distinctive words and
    KWIC, with time per stage. Median of ``--runs`` timed runs (default 3), each with a CPU
    reference loop showing how fast the machine was at the time. Peak memory (the summed PSS of
    the process and the worker processes large corpora are analysed on, sampled every 0.5 s) is
    measured in one more run of the same pipeline, not in the timed runs: reading PSS walks the
    page tables of every process, which costs CPU that would be counted as the code's time
    (as asv keeps its ``time_`` and ``peakmem_`` benchmarks apart).
    Targets: 10,000 articles <= 30 s and <= 2 GB; time(10,000) / time(1,000) <= 12.

Figures are written to ``bench/results/<date>_<host>.json`` (a run of some sections updates
that day's file) and ``bench/results/latest.md``. The machine is shared and noisy: compare
ratios measured in the same run rather than absolute times across runs.
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import itertools
import json
import os
import platform
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
RESULTS = ROOT / "bench" / "results"
SECTIONS = ("course", "import", "widgets", "scaling")

#: figure id -> (target, comparison): "<=" means the figure must not exceed the target.
TARGETS = {
    "course.ratio": 1.5,
    "import.ratio": 1.3,
    "widgets.shipped.median_ms": 20.0,
    "widgets.shipped.p95_ms": 50.0,
    "widgets.1000.p95_ms": 200.0,
    "scaling.10000.seconds": 30.0,
    "scaling.10000.peak_mb": 2048.0,
    "scaling.ratio_10000_1000": 12.0,
}


# =========================================================================== synthetic corpora
_OUTLETS = (
    "Synthetic Wire", "Danube Daily", "Belgrade Ledger", "Balkan Monitor", "Sava Times",
    "Novi Sad Courier", "Eastern Review", "Western Observer", "Adriatic Post", "Policy Desk",
    "Civic Voice", "State Digest",
)
_GENRES = ("wire_report", "news_analysis", "advocacy_press_release", "thinktank_commentary",
           "state_media_rewrite", "news_report", "opinion")
_SYLLABLES = ("ka", "lo", "mi", "ran", "tes", "vo", "du", "pel", "sor", "ni", "bra", "gu", "tal",
              "ve", "zo", "min", "ar", "ost", "ri", "del")


class _Pool:
    """Material for synthetic articles: raw sentences and captions of the seeds, filler words."""

    def __init__(self, rng: random.Random):
        from helpers import load_paragraphs
        from helpers._text.fold import split_sentences

        paras = load_paragraphs(SEEDS)
        body = paras[paras["kind"].isin(["body", "list_item"])]
        # Raw text (with the seeds' mojibake and odd spaces), so that cleaning has work to do.
        self.sentences = [s for raw in body["raw"] for _, _, s in split_sentences(raw.strip())
                          if len(s) > 20]
        self.captions = [r.strip() for r in paras.loc[paras["kind"] == "caption", "raw"]]
        self.headlines = [h for h in paras.loc[paras["kind"] == "headline", "text"]]
        words = set()
        while len(words) < 3000:
            words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
        self.filler = sorted(words)
        # Zipf-like weights: a few filler words are common, most are rare (as in real text).
        self.cum_weights = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(self.filler))))


def _filler_sentence(pool: _Pool, rng: random.Random) -> str:
    n = rng.randint(6, 18)
    w = rng.choices(pool.filler, cum_weights=pool.cum_weights, k=n)
    return w[0].capitalize() + " " + " ".join(w[1:]) + "."


def make_corpus(folder, n_articles: int, seed: int = 0, filler: float = 0.25) -> Path:
    """Write a synthetic corpus of ``n_articles`` into ``folder`` (created; must be empty).

    Each article is a headline line and 6-20 paragraphs of 1-4 sentences drawn at random from
    the seeds' raw body text, with about ``filler`` of the sentences made of generated filler
    words and now and then a photo caption. ``catalog.csv`` has one valid row per article (empty
    ``sha256``). Refuses to write into ``seeds/`` or into a folder that is not empty. Returns
    the folder.
    """
    folder = Path(folder).expanduser().resolve()
    seeds = SEEDS.resolve()
    if folder == seeds or seeds in folder.parents:
        raise ValueError(f"{folder}: refusing to write a synthetic corpus into seeds/.")
    if folder.exists() and any(folder.iterdir()):
        raise ValueError(f"{folder}: the folder is not empty; give a new or empty folder.")
    if n_articles < 1:
        raise ValueError("n_articles must be at least 1.")
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pool = _Pool(rng)
    rows = []
    start = _dt.date(2022, 1, 1)
    for i in range(n_articles):
        aid = f"{i:05d}"
        headline = f"{rng.choice(pool.headlines)} ({i})"
        lines = [headline, ""]
        for _ in range(rng.randint(6, 20)):
            k = rng.randint(1, 4)
            sents = [_filler_sentence(pool, rng) if rng.random() < filler else rng.choice(pool.sentences)
                     for _ in range(k)]
            lines += [" ".join(sents), ""]
            if pool.captions and rng.random() < 0.05:
                lines += [rng.choice(pool.captions), ""]
        fname = f"{aid}_synthetic.txt"
        (folder / fname).write_text("\n".join(lines), encoding="utf-8")
        day = start + _dt.timedelta(days=rng.randint(0, 1400))
        outlet = rng.choice(_OUTLETS)
        rows.append({
            "id": aid, "file": fname, "short": f"{outlet.split()[0]} {aid}", "outlet": outlet,
            "headline": headline, "published": day.isoformat(), "date_precision": "exact",
            "genre": rng.choice(_GENRES), "notes": "Synthetic benchmark article (tools/benchmark.py).",
        })
    with open(folder / "catalog.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return folder


# =========================================================================== helpers
def _py() -> str:
    return sys.executable


def _env(**extra) -> dict:
    env = dict(os.environ)
    env.pop("BEW_SEEDS", None)
    env.update({k: str(v) for k, v in extra.items()})
    return env


def _quantile(xs, q):
    xs = sorted(xs)
    if not xs:
        return float("nan")
    pos = (len(xs) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def _run_worker(kind: str, *args, timeout=3600, env=None) -> dict:
    """Run ``benchmark.py --worker kind args`` in a fresh interpreter; return its JSON."""
    cmd = [_py(), str(Path(__file__).resolve()), "--worker", kind, *map(str, args)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env or _env(), cwd=ROOT)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("BENCH-JSON "):
            return json.loads(line[len("BENCH-JSON "):])
    raise RuntimeError(f"worker {kind} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")


def _emit(obj) -> None:
    print("BENCH-JSON " + json.dumps(obj), flush=True)


def _say(msg: str) -> None:
    print(msg, flush=True)


class _Corpora:
    """Synthetic corpora made on demand in one temporary folder, shared by the sections."""

    def __init__(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="bew-bench-")
        self.paths: dict[int, Path] = {}

    def get(self, n: int) -> Path:
        if n not in self.paths:
            t = time.perf_counter()
            self.paths[n] = make_corpus(Path(self._tmp.name) / f"corpus_{n}", n)
            _say(f"  (made a synthetic corpus of {n:,} articles in {time.perf_counter() - t:.1f} s)")
        return self.paths[n]

    def close(self):
        self._tmp.cleanup()


# =========================================================================== 1. course
FLOOR_SOURCE = "import pandas as pd\nimport matplotlib.pyplot as plt\nimport ipywidgets as widgets\nimport helpers"


def _write_floor(folder: Path, n: int) -> list[Path]:
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


def _nbval(paths, junit: Path, cwd: Path = ROOT) -> dict:
    """Run pytest --nbval on ``paths`` as ``make test`` does; wall time and per-notebook times."""
    cmd = [_py(), "-m", "pytest", "-q", "-o", "addopts=", "-p", "no:cacheprovider", "--nbval",
           "--nbval-current-env", "--nbval-sanitize-with", str(ROOT / "tests" / "nbval_sanitize.cfg"),
           f"--junitxml={junit}", f"--rootdir={cwd}", *map(str, paths)]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=_env())
    wall = time.perf_counter() - t
    per_nb: dict[str, float] = {}
    cells: list[tuple[float, str]] = []
    failed = passed = 0
    try:
        for case in ET.parse(junit).getroot().iter("testcase"):
            cls = case.get("classname", "?")
            name = next((Path(p).name for p in paths if cls.endswith(Path(p).name)), cls)
            per_nb[name] = per_nb.get(name, 0.0) + float(case.get("time", 0))
            cells.append((float(case.get("time", 0)), f"{name} {case.get('name', '')}"))
            if case.find("failure") is not None or case.find("error") is not None:
                failed += 1
            elif case.find("skipped") is None:
                passed += 1
    except (ET.ParseError, FileNotFoundError):
        pass
    return {"seconds": wall, "passed": passed, "failed": failed, "exit": proc.returncode,
            "per_notebook": per_nb, "slowest_cells": sorted(cells, reverse=True)[:10]}


def bench_course(args, corpora) -> dict:
    notebooks = sorted(ROOT.glob(args.notebooks))
    if not notebooks:
        return {"error": f"no notebook matches {args.notebooks}"}
    runs = 1 if args.quick else 2
    course, floor = [], []
    with tempfile.TemporaryDirectory(prefix="bew-floor-") as tmp:
        (Path(tmp) / "floor").mkdir()
        floors = _write_floor(Path(tmp) / "floor", len(notebooks))
        for r in range(runs):
            f = _nbval(floors, Path(tmp) / f"floor{r}.xml", cwd=Path(tmp))
            c = _nbval(notebooks, Path(tmp) / f"course{r}.xml")
            floor.append(f)
            course.append(c)
            _say(f"  run {r + 1}/{runs}: course {c['seconds']:.1f} s ({c['passed']} cells passed, "
                 f"{c['failed']} failed), floor {f['seconds']:.1f} s")
    c_med = statistics.median(x["seconds"] for x in course)
    f_med = statistics.median(x["seconds"] for x in floor)
    per_nb = {}
    for name in course[0]["per_notebook"]:
        per_nb[name] = statistics.median(x["per_notebook"].get(name, float("nan")) for x in course)
    floor_each = statistics.median(statistics.median(x["per_notebook"].values()) if x["per_notebook"]
                                   else float("nan") for x in floor)
    _say(f"    a floor notebook: {floor_each:.1f} s (kernel start and imports)")
    for name, s in sorted(per_nb.items()):
        _say(f"    {name:40s} {s:6.1f} s")
    _say("    slowest cells (first cell of a notebook includes the kernel start):")
    for sec, cell in course[-1]["slowest_cells"]:
        _say(f"      {sec:5.2f} s  {cell}")
    return {"notebooks": [str(p.relative_to(ROOT)) for p in notebooks], "runs": runs,
            "course_seconds": c_med, "floor_seconds": f_med, "ratio": c_med / f_med,
            "cells_failed": course[-1]["failed"], "cells_passed": course[-1]["passed"],
            "per_notebook_seconds": per_nb, "floor_notebook_seconds": floor_each,
            "slowest_cells": course[-1]["slowest_cells"],
            "figures": [("course.seconds", "course run time (s)", c_med),
                        ("course.floor_seconds", "floor run time (s)", f_med),
                        ("course.ratio", "course / floor", c_med / f_med)]}


# =========================================================================== 2. import and load
IMPORT_SNIPPETS = {
    "pandas": "import pandas",
    "helpers": "import helpers",
    "helpers+load": "import helpers; helpers.load_articles(); helpers.load_sentences()",
    "helpers+load, cold": "import helpers; helpers.load_articles(); helpers.load_sentences()",
}
#: Snippets run with the on-disk corpus cache off: the corpus is cleaned in that interpreter.
COLD = {"helpers+load, cold"}


def bench_import(args, corpora) -> dict:
    runs = 3 if args.quick else 9
    times = {k: [] for k in IMPORT_SNIPPETS}
    for _ in range(runs):  # interleaved, so that load on the machine hits all alike
        for key, code in IMPORT_SNIPPETS.items():
            t = time.perf_counter()
            env = _env()
            subprocess.run([_py(), "-c", code], check=True, cwd=ROOT, env=env)
            times[key].append(time.perf_counter() - t)
    med = {k: statistics.median(v) for k, v in times.items()}
    for k, v in med.items():
        label = IMPORT_SNIPPETS[k]
        _say(f"  {label:90s} {v * 1000:7.0f} ms (median of {runs})")
    # the target applies to the cold load (the corpus cleaned in the new interpreter), the
    # stricter case; the warm one is what a second notebook sees (cleaned corpus read from disk)
    ratio = med["helpers+load, cold"] / med["pandas"]
    warm = med["helpers+load"] / med["pandas"]
    return {"runs": runs, "median_seconds": med, "all_seconds": times, "ratio": ratio, "ratio_warm": warm,
            "figures": [("import.pandas_ms", "import pandas (ms)", med["pandas"] * 1000),
                        ("import.helpers_ms", "import helpers (ms)", med["helpers"] * 1000),
                        ("import.load_cold_ms", "import helpers + load, cleaning (ms)",
                         med["helpers+load, cold"] * 1000),
                        ("import.load_ms", "import helpers + load, cached corpus (ms)", med["helpers+load"] * 1000),
                        ("import.ratio_warm", "import+load (cached) / import pandas", warm),
                        ("import.ratio", "import+load (cleaning) / import pandas", ratio)]}


# =========================================================================== 3. widgets
_TEXT_VALUES = ("Russia", "sanction*", "EU", "Vučić", "China", "protest*")


def _control_values(ctrl):
    """A few values to alternate between for one control (the current value comes back last)."""
    import ipywidgets as W

    cur = ctrl.value
    if isinstance(ctrl, (W.Checkbox, W.ToggleButton)):
        return [not cur, cur]
    if isinstance(ctrl, W.SelectionRangeSlider):
        vals = list(ctrl._options_values)
        n = len(vals)
        if n < 2:
            return []
        cand = [(vals[0], vals[n // 2]), (vals[n // 2], vals[-1]), (vals[n // 4], vals[(3 * n) // 4])]
        return [c for c in cand if c != cur] + [cur]
    if isinstance(ctrl, W.SelectMultiple):
        vals = list(ctrl._options_values)
        cand = [tuple(vals[:1]), tuple(vals[: max(1, len(vals) // 2)]), tuple(vals)]
        return [c for c in dict.fromkeys(cand) if c != tuple(cur)] + [cur]
    if hasattr(ctrl, "_options_values"):  # Dropdown, Select, RadioButtons, ToggleButtons, SelectionSlider
        vals = [v for v in ctrl._options_values if v != cur]
        if not vals:
            return []
        step = max(1, len(vals) // 3)
        return vals[::step][:3] + [cur]
    if isinstance(ctrl, (W.IntRangeSlider, W.FloatRangeSlider)):
        lo, hi = ctrl.min, ctrl.max
        mid = type(lo)((lo + hi) / 2) if isinstance(ctrl, W.FloatRangeSlider) else (lo + hi) // 2
        return [c for c in [(lo, mid), (mid, hi)] if c != tuple(cur)] + [cur]
    if isinstance(ctrl, (W.IntSlider, W.FloatSlider, W.BoundedIntText, W.BoundedFloatText)):
        lo, hi = ctrl.min, ctrl.max
        mid = (lo + hi) / 2 if isinstance(cur, float) else (lo + hi) // 2
        return [c for c in dict.fromkeys([lo, mid, hi]) if c != cur] + [cur]
    if isinstance(ctrl, (W.Text, W.Textarea, W.Combobox)):
        cur = cur or ""
        if "\n" in cur or len(cur) > 40:  # an editable list (e.g. a dictionary): add a line, remove it
            return [cur.rstrip("\n") + "\nbenchmark", cur]
        return [v for v in _TEXT_VALUES if v != cur][:4] + [cur]
    return []


def _has_observer(ctrl) -> bool:
    """True if code outside ipywidgets observes the control's value (its own handlers do not count)."""
    from traitlets import All, ObserveHandler

    notifiers = getattr(ctrl, "_trait_notifiers", {})
    handlers = [h for name in ("value", "index", "label", All) for h in notifiers.get(name, {}).get("change", [])]
    return any(not isinstance(h, ObserveHandler) for h in handlers)


def _controls(view, prefix=""):
    """(name, widget) for every interactive control of a view (recursing into sub-views)."""
    import ipywidgets as W

    from helpers.views.widgets import _View

    out, seen = [], set()
    for name, val in vars(view).items():
        if name.startswith("_") and not isinstance(val, _View):
            continue
        items = [(name, val)]
        if isinstance(val, (list, tuple)) and val and all(isinstance(v, W.Widget) for v in val):
            items = [(f"{name}[0]", val[0])] + ([(f"{name}[-1]", val[-1])] if len(val) > 1 else [])
        elif isinstance(val, dict) and val and all(isinstance(v, W.Widget) for v in val.values()):
            keys = list(val)
            items = [(f"{name}[{keys[0]!r}]", val[keys[0]])]
        for label, w in items:
            if isinstance(w, _View) and w is not view:
                out += _controls(w, prefix=f"{prefix}{label}.")
            elif isinstance(w, W.Button):
                if w._click_handlers.callbacks and id(w) not in seen:
                    seen.add(id(w))
                    out.append((prefix + label, w))
            elif isinstance(w, W.ValueWidget) and _has_observer(w) and id(w) not in seen:
                seen.add(id(w))
                out.append((prefix + label, w))
    return out


def worker_widgets(folder: str, reps: int, budget: float) -> None:
    import inspect
    import warnings

    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    import helpers.views.widgets as hw

    folder = None if folder == "shipped" else folder
    result = {"import_seconds": time.perf_counter() - t0, "views": {}}
    for name in hw.__all__:
        cls = getattr(hw, name, None)
        if cls is None and name[:1].isupper():
            result["views"][name] = {"controls": {}, "error": "not defined yet in helpers.views.widgets"}
            continue
        if not (isinstance(cls, type) and issubclass(cls, hw._View)):
            continue
        entry = result["views"].setdefault(name, {"controls": {}})
        params = inspect.signature(cls).parameters
        kwargs = {"folder": folder} if folder and "folder" in params else {}
        required = [p for p, v in params.items() if v.default is inspect._empty
                    and v.kind in (v.POSITIONAL_OR_KEYWORD, v.KEYWORD_ONLY) and p not in kwargs]
        if required:
            entry["error"] = f"needs arguments {required}"
            continue
        try:
            t = time.perf_counter()
            view = cls(**kwargs)
            entry["build_seconds"] = time.perf_counter() - t
        except Exception as exc:  # noqa: BLE001 - report and go on with the next view
            entry["error"] = f"{type(exc).__name__}: {exc}"[:300]
            continue
        controls = _controls(view)
        for cname, ctrl in controls:  # an empty search box: type a word first, as a user would
            if type(ctrl).__name__ in ("Text", "Combobox") and not str(ctrl.value).strip():
                ctrl.value = _TEXT_VALUES[0]
                entry["preset"] = f"{cname} = {_TEXT_VALUES[0]!r}"
        for cname, ctrl in controls:
            samples, err = [], None
            if hasattr(ctrl, "click") and not hasattr(ctrl, "value"):
                values = None
            else:
                values = _control_values(ctrl)
                if not values:
                    continue
            start = time.perf_counter()
            try:
                i = 0
                while i < reps and (time.perf_counter() - start < budget or i < 3):
                    t = time.perf_counter()
                    if values is None:
                        ctrl.click()
                    else:
                        ctrl.value = values[i % len(values)]
                    samples.append(time.perf_counter() - t)
                    i += 1
                if values is not None and ctrl.value != values[-1]:
                    ctrl.value = values[-1]  # back to where it started
            except Exception as exc:  # noqa: BLE001
                err = f"{type(exc).__name__}: {exc}"[:300]
            entry["controls"][cname] = {
                "kind": type(ctrl).__name__, "n": len(samples), "n_values": len(values or [1]),
                "median_ms": statistics.median(samples) * 1000 if samples else None,
                # the first pass over the values: nothing cached yet
                "cold_ms": statistics.median(samples[:len(values or [1])]) * 1000 if samples else None,
                "p95_ms": _quantile(samples, 0.95) * 1000 if samples else None,
                "max_ms": max(samples) * 1000 if samples else None, "error": err,
            }
    _emit(result)


def _widget_summary(res: dict, label: str) -> tuple[list, float, float]:
    rows, meds, p95s = [], [], []
    for view, entry in res["views"].items():
        if "error" in entry:
            _say(f"    {view:14s} ERROR {entry['error']}")
            continue
        preset = f" (preset {entry['preset']})" if entry.get("preset") else ""
        _say(f"    {view:14s} built in {entry['build_seconds'] * 1000:.0f} ms{preset}")
        for cname, c in entry["controls"].items():
            if c["median_ms"] is None:
                _say(f"      {cname:28s} ERROR {c['error']}")
                continue
            meds.append(c["median_ms"])
            p95s.append(c["p95_ms"])
            flag = f"  ERROR {c['error']}" if c["error"] else ""
            _say(f"      {cname:28s} {c['kind']:20s} median {c['median_ms']:7.1f} ms  p95 {c['p95_ms']:7.1f} ms"
                 f"  first pass {c.get('cold_ms') or 0:7.1f} ms  (n={c['n']}){flag}")
            rows.append((view, cname, c["median_ms"], c["p95_ms"]))
    worst_med = max(meds) if meds else float("nan")
    worst_p95 = max(p95s) if p95s else float("nan")
    return rows, worst_med, worst_p95


def bench_widgets(args, corpora) -> dict:
    reps = 8 if args.quick else 40
    out = {"reps": reps}
    figures = []
    for label, folder, budget in (("shipped", "shipped", 10.0), ("1000", None, 8.0 if args.quick else 20.0)):
        if folder is None:
            folder = corpora.get(1000)
        _say(f"  corpus: {label}")
        try:
            res = _run_worker("widgets", folder, reps, budget, env=_env())
        except RuntimeError as exc:
            out[label] = {"error": str(exc)}
            _say(f"    ERROR {exc}")
            continue
        rows, worst_med, worst_p95 = _widget_summary(res, label)
        out[label] = res
        out[label]["worst_median_ms"] = worst_med
        out[label]["worst_p95_ms"] = worst_p95
        if label == "shipped":
            figures += [("widgets.shipped.median_ms", "widgets, 5 articles: worst median (ms)", worst_med),
                        ("widgets.shipped.p95_ms", "widgets, 5 articles: worst p95 (ms)", worst_p95)]
        else:
            figures += [("widgets.1000.median_ms", "widgets, 1,000 articles: worst median (ms)", worst_med),
                        ("widgets.1000.p95_ms", "widgets, 1,000 articles: worst p95 (ms)", worst_p95)]
    out["figures"] = figures
    return out


# =========================================================================== 4. scaling
#: (stage, public function, keyword arguments); each called with the corpus as its default.
STAGES = (
    ("themes", "tag_themes", {}),
    ("actors", "actor_mentions", {}),
    ("quotes", "quotes", {}),
    ("frames", "frame_scores", {}),
    ("distinctive", "distinctive_words", {}),
    ("kwic", "kwic", {"pattern": "Russia"}),
)


def _tree_pss_mb(root: int) -> float:
    """Summed proportional set size (MB) of process ``root`` and its descendants (Linux /proc):
    shared pages are split between the processes that share them, so forked workers are
    counted without counting the parent's pages twice. 0 where /proc is not available."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
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
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) / 1024
                        break
        except OSError:
            continue
    return total


class _MemorySampler:
    """Samples :func:`_tree_pss_mb` of this process every ``every`` seconds in a thread; ``peak``."""

    def __init__(self, every: float = 0.5):
        import threading

        self.peak, self.every = 0.0, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_pss_mb(os.getpid()))
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
                self.peak = max(self.peak, _tree_pss_mb(os.getpid()))
        return self.peak

    def __exit__(self, *exc):
        self.stop()


def _cpu_reference(_=None) -> float:
    """Seconds a fixed pure-Python loop takes here: a yardstick for how fast the machine was
    during this run (shared machines vary by half from one minute to the next)."""
    t = time.perf_counter()
    s = 0
    for i in range(5_000_000):
        s += i
    return time.perf_counter() - t


def _parallel_reference() -> float:
    """Seconds the same loop takes when every CPU runs one copy at once (the slowest copy): on a
    shared machine the second core is not always free, and this shows it."""
    import multiprocessing

    n = os.cpu_count() or 1
    if n < 2 or not sys.platform.startswith("linux"):
        return float("nan")
    with multiprocessing.get_context("fork").Pool(n) as pool:
        return max(pool.map(_cpu_reference, range(n)))


class _NoSampler:
    """Stands in for :class:`_MemorySampler` in a timed run: no sampling thread, peak 0."""

    peak = 0.0

    def stop(self) -> float:
        return 0.0


def worker_scaling(folder: str, mode: str = "time") -> None:
    """One scaling run: ``mode`` "time" (no memory sampling) or "memory" (PSS sampled)."""
    if mode == "memory":
        with _MemorySampler() as mem:
            _scaling(folder, mem)
    else:
        _scaling(folder, _NoSampler())


def _scaling(folder: str, mem) -> None:
    import resource

    os.environ["BEW_SEEDS"] = folder  # every analysis's default corpus is now the synthetic one
    reference = _cpu_reference()
    reference_all = _parallel_reference()
    t0 = time.perf_counter()
    import helpers

    res = {"stages": {}, "cpu": {}, "rows": {}, "errors": {}, "import_seconds": time.perf_counter() - t0}
    t, c = time.perf_counter(), time.process_time()
    helpers.load_articles()
    helpers.load_paragraphs()
    helpers.load_sentences()
    res["stages"]["load+clean"] = time.perf_counter() - t
    res["cpu"]["load+clean"] = time.process_time() - c
    res["rows"]["load+clean"] = len(helpers.load_sentences())
    for stage, fname, kwargs in STAGES:
        try:
            fn = getattr(helpers, fname)
        except (AttributeError, ImportError) as exc:
            res["errors"][stage] = f"not available: {exc}"[:200]
            continue
        t, c = time.perf_counter(), time.process_time()
        try:
            out = fn(**kwargs)
        except Exception as exc:  # noqa: BLE001
            res["errors"][stage] = f"{type(exc).__name__}: {exc}"[:300]
            continue
        res["stages"][stage] = time.perf_counter() - t
        res["cpu"][stage] = time.process_time() - c
        res["rows"][stage] = len(out) if hasattr(out, "__len__") else None
    res["seconds"] = sum(res["stages"].values())
    res["cpu_seconds"] = sum(res["cpu"].values())
    res["rss_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    res["cpu_reference_seconds"] = reference
    res["cpu_reference_all_cores_seconds"] = reference_all
    import helpers._text.parallel as par

    res["workers"] = par.workers_for(par.PARALLEL_MIN_CHARS)
    mem.stop()
    # the process tree's PSS (worker processes included) when it could be sampled, else max RSS
    res["peak_mb"] = max(mem.peak, res["rss_peak_mb"]) if mem.peak else res["rss_peak_mb"]
    res["peak_source"] = ("PSS of process + workers, sampled every 0.5 s" if mem.peak
                          else "max RSS of the main process (workers not counted)")
    _emit(res)


def bench_scaling(args, corpora) -> dict:
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else (
        [100, 1000] if args.quick else [100, 1000, 10000])
    runs = 1 if args.quick else args.runs
    out = {"sizes": {}, "runs": runs}
    for n in sizes:
        folder = corpora.get(n)
        results = []
        for r in range(runs + 1):
            mode = "time" if r < runs else "memory"  # the timed runs, then one run sampling memory
            res = _run_worker("scaling", folder, mode, env=_env())  # every run cleans
            results.append(res)
            stages = "  ".join(f"{k} {v:.2f}" for k, v in res["stages"].items())
            what = f"run {r + 1}/{runs}" if mode == "time" else "memory run (time not counted)"
            _say(f"  {n:>6,} articles, {what}: {res['seconds']:6.1f} s (CPU in the main process "
                 f"{res['cpu_seconds']:.1f} s), peak {res['peak_mb']:6.0f} MB ({res['peak_source']}), "
                 f"reference loop {res['cpu_reference_seconds']:.2f} s (on all cores at once "
                 f"{res.get('cpu_reference_all_cores_seconds', float('nan')):.2f} s)   [{stages}]")
            for stage, err in res["errors"].items():
                _say(f"          {stage}: {err}")
        timed, memory = results[:-1], results[-1]
        # the median timed run (by total time), with every timed run's total kept; memory from the
        # memory run (PSS of all processes), or the largest main-process RSS if that is higher
        med = sorted(timed, key=lambda x: x["seconds"])[len(timed) // 2]
        rss = max(x["rss_peak_mb"] for x in timed)
        med = dict(med, all_seconds=[x["seconds"] for x in timed], memory_run_seconds=memory["seconds"],
                   peak_mb=max(memory["peak_mb"], rss),
                   peak_source=(memory["peak_source"] + " (memory run)" if memory["peak_mb"] >= rss
                                else "max RSS of the main process in a timed run (above the memory run's PSS)"))
        out["sizes"][str(n)] = med
    figures = []
    for n, r in out["sizes"].items():
        figures += [(f"scaling.{n}.seconds", f"{int(n):,} articles: time (s)", r["seconds"]),
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


# =========================================================================== results
BENCHES = {"course": bench_course, "import": bench_import, "widgets": bench_widgets, "scaling": bench_scaling}


def _git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=ROOT).stdout.strip()
    except OSError:
        return ""


def _status(fid: str, value) -> tuple[str, str]:
    target = TARGETS.get(fid)
    if target is None:
        return "", ""
    if value is None or value != value:
        return f"<= {target:g}", "n/a"
    return f"<= {target:g}", "PASS" if value <= target else "MISS"


def _table(sections: dict) -> list[tuple[str, str, str, str]]:
    rows = []
    for name in SECTIONS:
        sec = sections.get(name)
        if not sec:
            continue
        for fid, label, value in sec.get("figures", []):
            target, status = _status(fid, value)
            shown = "n/a" if value is None or value != value else (f"{value:.2f}" if value < 100 else f"{value:.0f}")
            rows.append((label, shown, target, status))
    return rows


def _markdown(data: dict) -> str:
    lines = [f"# Benchmark results ({data['date']}, {data['host']})", "",
             f"Commit `{data.get('commit', '')}`, Python {data.get('python', '')}, "
             f"{data.get('cpus', '?')} CPUs. Command: `{data.get('command', '')}`.", "",
             "| Figure | Value | Target | Status |", "|---|---:|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in _table(data["sections"])]
    lines.append("")
    for name in SECTIONS:
        sec = data["sections"].get(name)
        if sec:
            lines.append(f"- `{name}`: run at {sec.get('ran_at', '?')}"
                         + (" with --quick" if sec.get("quick") else "") + ".")
    w = data["sections"].get("widgets")
    if w:
        lines += ["", "## Widget latency (ms)", "",
                  "Each control set repeatedly, alternating between a few values; *first pass* is the median "
                  "of the first round over those values (nothing cached yet).", "",
                  "| Corpus | View | Control | Median | p95 | First pass |", "|---|---|---|---:|---:|---:|"]
        for label in ("shipped", "1000"):
            for view, entry in (w.get(label) or {}).get("views", {}).items():
                if "error" in entry:
                    lines.append(f"| {label} | {view} | (not built: {entry['error'][:80]}) | | |")
                for cname, c in entry.get("controls", {}).items():
                    if c.get("median_ms") is not None:
                        lines.append(f"| {label} | {view} | {cname} | {c['median_ms']:.1f} | {c['p95_ms']:.1f} "
                                     f"| {c.get('cold_ms') or 0:.1f} |")
    s = data["sections"].get("scaling")
    if s:
        lines += ["", "## Scaling: seconds per stage", ""]
        stages = list(dict.fromkeys(k for r in s["sizes"].values() for k in r["stages"]))
        lines += [f"Median of {s.get('runs', 1)} timed run(s) per size (every run's total in *all runs*); "
                  "*peak MB* comes from one more run that samples memory (PSS of the process and its workers "
                  "every 0.5 s), kept out of the timed runs because sampling costs CPU; "
                  "*reference* is a fixed pure-Python loop timed at the start of that run (lower = faster "
                  "machine at the time), *on all cores* the slowest of one copy per CPU run at once (near "
                  "*reference* when every core is free); *workers*: processes a large corpus is analysed on.", "",
                  "| Articles | " + " | ".join(stages) + " | total | all runs | peak MB | reference s "
                  "| on all cores s | workers |",
                  "|---:|" + "---:|" * (len(stages) + 7)]
        for n, r in s["sizes"].items():
            cells = [f"{r['stages'][k]:.2f}" if k in r["stages"] else "–" for k in stages]
            runs = ", ".join(f"{x:.1f}" for x in r.get("all_seconds", [r["seconds"]]))
            lines.append(f"| {int(n):,} | " + " | ".join(cells) + f" | {r['seconds']:.2f} | {runs} | "
                         f"{r['peak_mb']:.0f} | {r.get('cpu_reference_seconds', float('nan')):.2f} | "
                         f"{r.get('cpu_reference_all_cores_seconds', float('nan')):.2f} | {r.get('workers', 1)} |")
    c = data["sections"].get("course")
    if c and "per_notebook_seconds" in c:
        lines += ["", "## Course: seconds per notebook (nbval, including kernel start)", "",
                  "| Notebook | Seconds |", "|---|---:|"]
        lines += [f"| {k} | {v:.1f} |" for k, v in sorted(c["per_notebook_seconds"].items())]
        lines.append(f"| a floor notebook | {c['floor_notebook_seconds']:.1f} |")
    return "\n".join(lines) + "\n"


def _save(sections: dict, args) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    date = _dt.date.today().isoformat()
    host = re.sub(r"[^A-Za-z0-9_.-]", "_", socket.gethostname()) or "host"
    path = RESULTS / f"{date}_{host}.json"
    data = {}
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            data = {}
    data.update({"date": date, "host": host, "commit": _git_commit(), "python": platform.python_version(),
                 "cpus": os.cpu_count(), "command": "python tools/benchmark.py " + " ".join(sys.argv[1:])})
    data.setdefault("sections", {}).update(sections)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=1, default=str) + "\n", encoding="utf-8")
    tmp.replace(path)
    (RESULTS / "latest.md").write_text(_markdown(data), encoding="utf-8")
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description="Benchmark the course: notebook run time, import+load time, widget latency, scaling.",
        epilog="Targets: course/floor <= 1.5; import+load/import pandas <= 1.3; widgets median <= 20 ms "
               "and p95 <= 50 ms (5 articles), p95 <= 200 ms (1,000 articles); 10,000 articles <= 30 s "
               "and <= 2 GB, time 10,000/1,000 <= 12.")
    ap.add_argument("--quick", action="store_true", help="fewer repetitions; skip 10,000 articles")
    ap.add_argument("--only", default="", help=f"comma-separated sections to run: {', '.join(SECTIONS)}")
    ap.add_argument("--runs", type=int, default=3, help="scaling runs per size; the median is reported (default 3)")
    ap.add_argument("--sizes", default="", help="scaling sizes, e.g. 100,1000 (default 100,1000,10000)")
    ap.add_argument("--notebooks", default="instructor/*.ipynb", help="course notebooks (glob, from the repo root)")
    ap.add_argument("--no-save", action="store_true", help="print only; do not write bench/results/")
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        kind, *rest = args.worker
        if kind == "widgets":
            worker_widgets(rest[0], int(rest[1]), float(rest[2]))
        elif kind == "scaling":
            worker_scaling(*rest[:2])
        else:
            ap.error(f"unknown worker {kind}")
        return 0

    only = [s.strip() for s in args.only.split(",") if s.strip()] or list(SECTIONS)
    bad = [s for s in only if s not in SECTIONS]
    if bad:
        ap.error(f"--only: unknown section(s) {bad}; choose from {', '.join(SECTIONS)}")
    corpora = _Corpora()
    sections = {}
    try:
        for name in only:
            _say(f"== {name}")
            t = time.perf_counter()
            try:
                sec = BENCHES[name](args, corpora)
            except Exception as exc:  # noqa: BLE001 - one broken section must not hide the others
                sec = {"error": f"{type(exc).__name__}: {exc}"[:2000], "figures": []}
                _say(f"  ERROR {sec['error']}")
            sec.update({"ran_at": _dt.datetime.now().isoformat(timespec="seconds"), "quick": args.quick,
                        "section_seconds": time.perf_counter() - t})
            sections[name] = sec
    finally:
        corpora.close()

    rows = _table(sections)
    w = max([len(r[0]) for r in rows] + [6])
    _say("\n" + f"{'Figure':{w}s}  {'Value':>9s}  {'Target':8s}  Status")
    for label, value, target, status in rows:
        _say(f"{label:{w}s}  {value:>9s}  {target:8s}  {status}")
    if not args.no_save:
        path = _save(sections, args)
        _say(f"\nSaved {path.relative_to(ROOT)} and bench/results/latest.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
