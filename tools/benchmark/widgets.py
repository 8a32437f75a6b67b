"""Section ``widgets``: latency of every control of every view, headless.

Each control with a value observer (dropdowns, checkboxes, sliders, text boxes) and each button
is set or clicked repeatedly, alternating between a few values, in a fresh interpreter. Median
and p95 latency per view and control, on the shipped corpus (targets: median <= 20 ms, p95 <= 50
ms) and on a synthetic corpus of 1,000 articles (target: p95 <= 200 ms).
"""

from __future__ import annotations

import statistics
import tempfile
import time

from tools.benchmark.common import clean_env, emit, quantile, run_worker, say
from tools.benchmark.views import build_kwargs, control_values, controls, preset_search, view_classes


def _time_control(ctrl, reps: int, budget: float) -> dict:
    """Set (or click) one control up to ``reps`` times within ``budget`` seconds; its latencies."""
    samples, err = [], None
    values = None if hasattr(ctrl, "click") and not hasattr(ctrl, "value") else control_values(ctrl)
    if values == []:
        return {}
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
    except Exception as exc:  # noqa: BLE001 - reported in the table
        err = f"{type(exc).__name__}: {exc}"[:300]
    n_values = len(values or [1])
    return {"kind": type(ctrl).__name__, "n": len(samples), "n_values": n_values,
            "median_ms": statistics.median(samples) * 1000 if samples else None,
            # the first pass over the values: nothing cached yet
            "cold_ms": statistics.median(samples[:n_values]) * 1000 if samples else None,
            "p95_ms": quantile(samples, 0.95) * 1000 if samples else None,
            "max_ms": max(samples) * 1000 if samples else None, "error": err}


def _time_view(cls, folder, work: str, reps: int, budget: float) -> dict:
    entry: dict = {"controls": {}}
    kwargs, required = build_kwargs(cls, folder, work)
    if required:
        entry["error"] = f"needs arguments {required}"
        return entry
    try:
        t = time.perf_counter()
        view = cls(**kwargs)
        entry["build_seconds"] = time.perf_counter() - t
    except Exception as exc:  # noqa: BLE001 - report and go on with the next view
        entry["error"] = f"{type(exc).__name__}: {exc}"[:300]
        return entry
    ctrls = controls(view)
    preset = preset_search(ctrls)  # an empty search box: type a word first, as a user would
    if preset:
        entry["preset"] = preset
    for cname, ctrl in ctrls:
        timed = _time_control(ctrl, reps, budget)
        if timed:
            entry["controls"][cname] = timed
    return entry


def worker_widgets(folder: str, reps: str, budget: str) -> None:
    """Worker: time every view's controls on ``folder`` ("shipped": the five articles); emits JSON."""
    import warnings

    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    classes = view_classes()
    result = {"import_seconds": time.perf_counter() - t0, "views": {}}
    with tempfile.TemporaryDirectory(prefix="bew-bench-work-") as work:
        for name, cls in classes.items():
            result["views"][name] = _time_view(cls, None if folder == "shipped" else folder, work,
                                               int(reps), float(budget))
    emit(result)


def _print_view(view: str, entry: dict, meds: list, p95s: list) -> None:
    preset = f" (preset {entry['preset']})" if entry.get("preset") else ""
    say(f"    {view:14s} built in {entry['build_seconds'] * 1000:.0f} ms{preset}")
    for cname, c in entry["controls"].items():
        if c["median_ms"] is None:
            say(f"      {cname:28s} ERROR {c['error']}")
            continue
        meds.append(c["median_ms"])
        p95s.append(c["p95_ms"])
        flag = f"  ERROR {c['error']}" if c["error"] else ""
        say(f"      {cname:28s} {c['kind']:20s} median {c['median_ms']:7.1f} ms  p95 {c['p95_ms']:7.1f} ms"
            f"  first pass {c.get('cold_ms') or 0:7.1f} ms  (n={c['n']}){flag}")


def summary(res: dict) -> tuple[float, float]:
    """Print one corpus's latencies; returns the worst median and the worst p95 (ms)."""
    meds: list[float] = []
    p95s: list[float] = []
    for view, entry in res["views"].items():
        if "error" in entry:
            say(f"    {view:14s} ERROR {entry['error']}")
        else:
            _print_view(view, entry, meds, p95s)
    return (max(meds) if meds else float("nan")), (max(p95s) if p95s else float("nan"))


def bench_widgets(args, corpora) -> dict:
    """Run the section; returns its record with ``figures``."""
    reps = 8 if args.quick else 40
    out: dict = {"reps": reps}
    figures = []
    for label, budget in (("shipped", 10.0), ("1000", 8.0 if args.quick else 20.0)):
        folder = "shipped" if label == "shipped" else corpora.get(1000)
        say(f"  corpus: {label}")
        try:
            res = run_worker("widgets", folder, reps, budget, env=clean_env())
        except RuntimeError as exc:
            out[label] = {"error": str(exc)}
            say(f"    ERROR {exc}")
            continue
        worst_med, worst_p95 = summary(res)
        out[label] = dict(res, worst_median_ms=worst_med, worst_p95_ms=worst_p95)
        what = "5 articles" if label == "shipped" else "1,000 articles"
        figures += [(f"widgets.{label}.median_ms", f"widgets, {what}: worst median (ms)", worst_med),
                    (f"widgets.{label}.p95_ms", f"widgets, {what}: worst p95 (ms)", worst_p95)]
    out["figures"] = figures
    return out
