"""Section ``large``: one very long article through every analysis and every view (issue 13).

Four corpora of one article each, made from the seeds' paragraphs (:mod:`synthetic`):

``paragraph``
    a 1 MB article in one paragraph (its line breaks lost);
``unclosed``
    a 1 MB paragraph whose only quotation mark opens near the start and never closes;
``run-on``
    the same without sentence ends: one 1 MB sentence (for the analyses that work per sentence);
``huge``
    a 50 MB file of ordinary paragraphs: it must be refused with a clear error or handled within
    2 GB (peak PSS of the worker process tree, sampled from outside every 0.5 s).

Each step (load + clean, each analysis, each view built and one control set) should take <= 10 s,
and no view's HTML value should exceed 1 MB (1,024 KB).

``organisations``
    the adversarial paragraph of :func:`~tools.benchmark.synthetic.make_organisations_article`
    at 1,000, 2,000, 4,000 and 8,000 organisations (0.15 to 1.2 MB), through ``quotes`` and
    ``actor_mentions``: each doubling of the paragraph should at most about double the time
    (target: time ratio per doubling <= 2.1, the geometric mean over the three doublings of the
    faster of two runs per size, which a busy machine disturbs less than one ratio of single runs;
    a step that grows with the square of the size gives 4).
The steps run in a fresh interpreter that reports after each one; a step still running after
the cap (30 s, three times the target; 15 s with ``--quick``) is stopped, recorded as "stopped
at the cap", and a new interpreter goes on with the next step, so one step that hangs does not
hide the others.
"""

from __future__ import annotations

import json
import queue
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from functools import partial

from tools.benchmark.common import ROOT, clean_env, emit, say, worker_command
from tools.benchmark.memory import MemorySampler, max_rss_mb
from tools.benchmark.steps import ANALYSES, VIEWS, load_tables, run_analysis, run_view

TARGET_SECONDS = 10.0
NAN = float("nan")


@dataclass(frozen=True)
class Case:
    """One long article: its size and shape, the steps run (None: all) and the cap per step (s)."""

    label: str
    n_chars: int
    shape: str
    steps: tuple[str, ...] | None = None
    quick_steps: tuple[str, ...] | None = None
    cap: float = 30.0
    quick_cap: float = 15.0
    sample_memory: bool = False


CASES = {
    "paragraph": Case("one 1 MB paragraph", 1_000_000, "paragraph"),
    "unclosed": Case("1 MB paragraph, unclosed quote", 1_000_000, "unclosed"),
    # the same as one sentence: sentence-level analyses meet the whole megabyte at once
    "run-on": Case("1 MB sentence, unclosed quote", 1_000_000, "run-on"),
    # a file of this size is about memory: the heaviest analyses and the views that show all the text
    "huge": Case("50 MB file", 50_000_000, "paragraphs",
                 steps=("tag_themes", "quotes", "frame_scores", "kwic", "CompareView", "KwicView"),
                 quick_steps=("quotes", "CompareView"), cap=180.0, quick_cap=120.0, sample_memory=True),
}


#: The adversarial paragraph: organisations per size, the steps timed, the worst ratio per doubling allowed.
DOUBLING_SIZES = (1_000, 2_000, 4_000, 8_000)
DOUBLING_STEPS = ("quotes", "actor_mentions")
DOUBLING_TARGET = 2.1

_ANALYSIS_NAMES = frozenset(a[0] for a in ANALYSES)


def step_names() -> list[str]:
    """Every step after load + clean: the analyses, then the views."""
    return [a[0] for a in ANALYSES] + list(VIEWS)


# --------------------------------------------------------------------------- worker side
def worker_large(folder: str, names: str) -> None:
    """Worker: load the corpus in ``folder``, then run the comma-separated steps; one record each."""
    import warnings

    warnings.simplefilter("ignore")
    t = time.perf_counter()
    try:
        tables = load_tables(folder)
    except Exception as exc:  # noqa: BLE001 - a refusal is an outcome to report
        emit({"step": "load+clean", "error": f"{type(exc).__name__}: {exc}"[:500], "refused": True,
              "seconds": time.perf_counter() - t, "rss_mb": max_rss_mb()})
        return
    emit({"step": "load+clean", "seconds": time.perf_counter() - t, "rows": len(tables.sentences),
          "chars": int(tables.paragraphs["text"].str.len().sum()), "rss_mb": max_rss_mb()})
    analyses = {a[0]: a for a in ANALYSES}
    with tempfile.TemporaryDirectory(prefix="bew-bench-work-") as work:
        for name in filter(None, names.split(",")):
            if name in analyses:  # the parent's clock for this step starts when its input is ready
                rec = run_analysis(analyses[name], tables, prepared=partial(emit, {"prepared": name}))
            else:
                rec = run_view(name, folder, work)
            emit(dict(rec, rss_mb=max_rss_mb()))


# --------------------------------------------------------------------------- parent side
class _Worker:
    """A worker process whose records are read in a thread, so that the parent can wait with a timeout."""

    def __init__(self, folder, names: list[str], sample_memory: bool):
        self._err = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(worker_command("large", folder, ",".join(names)), stdout=subprocess.PIPE,
                                     stderr=self._err, text=True, cwd=ROOT, env=clean_env())
        self.records: queue.Queue = queue.Queue()
        self.sampler = MemorySampler(pid=self.proc.pid).__enter__() if sample_memory else None
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            if line.startswith("BENCH-JSON "):
                self.records.put(json.loads(line[len("BENCH-JSON "):]))
        self.records.put(None)  # the worker ended

    def next(self, timeout: float):
        """The next record; None when the worker ended; raises queue.Empty after ``timeout`` s."""
        return self.records.get(timeout=timeout)

    def close(self) -> tuple[float, str]:
        """Stop the worker (if still running); its peak PSS (MB, 0 if not sampled) and stderr's end."""
        peak = self.sampler.stop() if self.sampler else 0.0
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self._err.seek(0)
        err = self._err.read()[-500:]
        self._err.close()
        return peak, err


def _wait_step(worker: _Worker, step: str, cap: float) -> tuple[dict, bool]:
    """The record of ``step``; a "stopped" or "crashed" record if none came. True if the worker goes on.

    A step whose input takes another analysis (``label_rates`` counts the matches of ``labels``)
    reports when that input is ready; the cap then starts again for the step itself, and a step
    stopped before that is marked ``preparing``.
    """
    preparing = step in _ANALYSIS_NAMES  # an analysis says when its input is ready
    while True:
        try:
            rec = worker.next(timeout=cap)
        except queue.Empty:
            stopped = {"step": step, "seconds": cap, "stopped": True}
            return (dict(stopped, preparing=True) if preparing else stopped), False
        if rec is None:
            return {"step": step, "error": "the worker process ended without a result"}, False
        if "prepared" not in rec:
            return rec, True
        preparing = False


def run_case(folder, names: list[str], cap: float, sample_memory: bool, show=None) -> dict:
    """Run load + clean and ``names`` on ``folder``, restarting after a stopped step; every record.

    ``show(step, record)`` is called as each step ends (progress).
    """
    show = show or (lambda _step, _rec: None)
    out: dict = {"steps": {}, "peak_mb": 0.0, "cap_seconds": cap}
    i, first = 0, True
    while first or i < len(names):
        worker = _Worker(folder, names[i:], sample_memory)
        load, alive = _wait_step(worker, "load+clean", cap)
        if first:
            out["steps"]["load+clean"] = load
            show("load+clean", load)
            first = False
        while alive and "error" not in load and i < len(names):
            rec, alive = _wait_step(worker, names[i], cap)
            out["steps"][names[i]] = rec
            show(names[i], rec)
            out["peak_mb"] = max(out["peak_mb"], rec.get("rss_mb", 0.0))
            i += 1
        peak, err = worker.close()
        out["peak_mb"] = max(out["peak_mb"], peak, load.get("rss_mb", 0.0))
        if "error" in load or load.get("stopped"):
            out["refused"] = load.get("error") if load.get("refused") else None
            out["stderr"] = err
            break
    return out


def _shown(rec: dict) -> str:
    if rec.get("stopped"):
        return f"> {rec['seconds']:.0f} (stopped{' preparing' if rec.get('preparing') else ''})"
    if "error" in rec:
        return "error"
    return f"{rec['seconds']:.2f}"


def _show_step(case: str, step: str, rec: dict) -> None:
    """Print one step's record as it ends."""
    if "error" in rec:
        say(f"    {case:9s} {step:18s} {'error':>16s}    {rec['error']}")
        return
    extra = ""
    if "html_kb" in rec:
        extra = (f"  (build {rec['build_seconds']:.2f} s, set {rec['set_seconds']:.2f} s, "
                 f"HTML {rec['html_kb']:,.0f} KB{', capped with a note' if rec.get('capped') else ''})")
    flag = "  <-- over 10 s" if rec["seconds"] > TARGET_SECONDS and not rec.get("preparing") else ""
    say(f"    {case:9s} {step:18s} {_shown(rec):>16s} s{extra}{flag}")


def _figures(name: str, case: Case, res: dict) -> list:
    # a step stopped while its input was being prepared has no time of its own
    timed = [r["seconds"] for r in res["steps"].values()
             if "seconds" in r and "error" not in r and not r.get("preparing")]
    worst = max(timed) if timed else float("nan")
    over = sum(1 for t in timed if t > TARGET_SECONDS)
    errors = sum(1 for r in res["steps"].values() if "error" in r)
    html = [r["html_kb"] for r in res["steps"].values() if "html_kb" in r]
    figures = [(f"large.{name}.worst_seconds", f"{case.label}: slowest step (s)", worst),
               (f"large.{name}.steps_over_10s", f"{case.label}: steps over 10 s (of {len(res['steps'])})",
                over),
               (f"large.{name}.errors", f"{case.label}: steps that raised an error", errors),
               (f"large.{name}.html_kb", f"{case.label}: largest HTML of the views that finished (KB)",
                max(html) if html else NAN)]
    if case.sample_memory:
        outcome = "refused" if res.get("refused") else "handled"
        figures.insert(0, (f"large.{name}.peak_mb", f"{case.label}, {outcome}: peak memory (MB)",
                           res["peak_mb"]))
    return figures


def doubling_ratio(seconds: list[float]) -> float:
    """Time ratio per doubling of the size: ``(last / first) ** (1 / doublings)`` (NaN if unknown).

    ``seconds``: the times of sizes that double one after the other.
    """
    if len(seconds) < 2 or any(not t > 0 for t in seconds):  # a size stopped or failed (NaN): unknown
        return NAN
    return (seconds[-1] / seconds[0]) ** (1 / (len(seconds) - 1))


def _bench_doubling(root, cap: float) -> tuple[dict, list]:
    """The adversarial paragraph at each of ``DOUBLING_SIZES``: its cases and its figures."""
    from tools.benchmark.synthetic import make_organisations_article

    cases, seconds = {}, {step: [] for step in DOUBLING_STEPS}
    for n in DOUBLING_SIZES:
        name = f"organisations-{n}"
        folder = make_organisations_article(root / f"large_{name}", n)
        say(f"  {n:,} organisations in one paragraph: load + clean and {len(DOUBLING_STEPS)} steps, twice")
        runs = [run_case(folder, list(DOUBLING_STEPS), cap, sample_memory=False,
                         show=lambda step, rec, name=name: _show_step(name, step, rec)) for _ in range(2)]
        cases[name] = dict(runs[0], label=f"{n:,} organisations", chars=n * 150, shape="organisations")
        for step in DOUBLING_STEPS:
            times = []
            for res in runs:
                rec = res["steps"].get(step, {})
                ok = "seconds" in rec and "error" not in rec and not rec.get("stopped")
                times.append(rec["seconds"] if ok else NAN)
            seconds[step].append(NAN if any(t != t for t in times) else min(times))  # NaN: stopped
    figures = []
    for step in DOUBLING_STEPS:
        ratio = doubling_ratio(seconds[step])
        shown = " / ".join(f"{t:.2f}" for t in seconds[step])
        say(f"    organisations {step}: {shown} s (faster of two runs); ratio per doubling {ratio:.2f}")
        figures.append((f"large.organisations.{step}.doubling", f"{DOUBLING_SIZES[0]:,} to "
                        f"{DOUBLING_SIZES[-1]:,} organisations in one paragraph, {step}: time ratio "
                        f"per doubling", ratio))
    return cases, figures


def bench_large(args, corpora) -> dict:
    """Run the section; returns its record with ``figures``."""
    from tools.benchmark.synthetic import make_long_article

    out: dict = {"cases": {}, "target_seconds": TARGET_SECONDS}
    figures = []
    for name, case in CASES.items():
        names = list((case.quick_steps if args.quick else case.steps) or step_names())
        cap = case.quick_cap if args.quick else case.cap
        t = time.perf_counter()
        folder = make_long_article(corpora.root / f"large_{name}", case.n_chars, shape=case.shape)
        say(f"  {case.label}: made in {time.perf_counter() - t:.1f} s; load + clean and {len(names)} steps, "
            f"each stopped after {cap:.0f} s")
        res = run_case(folder, names, cap, sample_memory=case.sample_memory,
                       show=lambda step, rec, name=name: _show_step(name, step, rec))
        say(f"    {name:9s} peak memory {res['peak_mb']:,.0f} MB")
        if res.get("refused"):
            say(f"    {name:9s} refused: {res['refused']}")
        out["cases"][name] = dict(res, label=case.label, chars=case.n_chars, shape=case.shape)
        figures += _figures(name, case, res)
    cases, doubling = _bench_doubling(corpora.root, 15.0 if args.quick else 30.0)
    out["cases"].update(cases)
    out["figures"] = figures + doubling
    return out
