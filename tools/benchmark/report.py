"""The results: the table of figures with PASS/MISS, ``bench/results/<date>_<host>.json`` and
``bench/results/latest.md``."""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import re
import socket
import subprocess
import sys
from pathlib import Path

from tools.benchmark.common import RESULTS, ROOT, SECTIONS, TARGETS

NAN = float("nan")


def git_commit() -> str:
    """The short commit of the checkout being measured ("" outside git)."""
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=ROOT).stdout.strip()
    except OSError:
        return ""


def status(fid: str, value) -> tuple[str, str]:
    """(target, "PASS"/"MISS"/"n/a") of one figure; ("", "") for a figure without a target."""
    target = TARGETS.get(fid)
    if target is None:
        return "", ""
    if value is None or value != value:
        return f"<= {target:g}", "n/a"
    return f"<= {target:g}", "PASS" if value <= target else "MISS"


def _shown(value) -> str:
    if value is None or value != value:
        return "n/a"
    return f"{value:.2f}" if value < 100 else f"{value:.0f}"


def table(sections: dict) -> list[tuple[str, str, str, str]]:
    """(figure, value, target, status) rows of every section run, in section order."""
    rows = []
    for name in SECTIONS:
        for fid, label, value in (sections.get(name) or {}).get("figures", []):
            rows.append((label, _shown(value), *status(fid, value)))
    return rows


def _widgets_md(w: dict) -> list[str]:
    lines = ["", "## Widget latency (ms)", "",
             "Each control set repeatedly, alternating between a few values; *first pass* is the median "
             "of the first round over those values (nothing cached yet).", "",
             "| Corpus | View | Control | Median | p95 | First pass |", "|---|---|---|---:|---:|---:|"]
    for label in ("shipped", "1000"):
        for view, entry in (w.get(label) or {}).get("views", {}).items():
            if "error" in entry:
                lines.append(f"| {label} | {view} | (not built: {entry['error'][:80]}) | | | |")
            for cname, c in entry.get("controls", {}).items():
                if c.get("median_ms") is not None:
                    lines.append(f"| {label} | {view} | {cname} | {c['median_ms']:.1f} | {c['p95_ms']:.1f} "
                                 f"| {c.get('cold_ms') or 0:.1f} |")
    return lines


def _calls_md(c: dict) -> list[str]:
    lines = ["", "## One analysis on the five articles (ms)", "",
             "| Analysis | First call | Median | Max | Rows |", "|---|---:|---:|---:|---:|"]
    for name, r in c.get("calls", {}).items():
        if "error" in r:
            lines.append(f"| {name} | error: {r['error'][:80]} | | | |")
        else:
            lines.append(f"| {name} | {r['first_ms']:.1f} | {r['median_ms']:.1f} | {r['max_ms']:.1f} "
                         f"| {r['rows']} |")
    return lines


def _scaling_md(s: dict) -> list[str]:
    stages = list(dict.fromkeys(k for r in s["sizes"].values() for k in r["stages"]))
    lines = ["", "## Scaling: seconds per stage", "",
             f"Median of {s.get('runs', 1)} timed run(s) per size (every run's total in *all runs*); "
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
                     f"{r['peak_mb']:.0f} | {r.get('cpu_reference_seconds', NAN):.2f} | "
                     f"{r.get('cpu_reference_all_cores_seconds', NAN):.2f} | {r.get('workers', 1)} |")
    return lines


def _step_cell(rec: dict | None) -> str:
    if rec is None:
        return "–"
    if "error" in rec:
        return "error: " + rec["error"][:60].replace("|", "/")
    if rec.get("stopped"):
        return f"> {rec['seconds']:.0f} (stopped{' preparing its input' if rec.get('preparing') else ''})"
    cell = f"{rec['seconds']:.2f}"
    if rec["seconds"] > 10:
        cell = f"**{cell}**"
    if "html_kb" in rec:
        cell += f" ({rec['html_kb']:,.0f} KB HTML{', capped' if rec.get('capped') else ''})"
    return cell


def _large_md(g: dict) -> list[str]:
    cases = g.get("cases", {})
    steps = list(dict.fromkeys(s for c in cases.values() for s in c["steps"]))
    lines = ["", "## Large inputs: seconds per step (target <= 10 s each)", "",
             "One article per column. Views: built on the corpus, then one control set (the largest "
             "HTML value the view shows in brackets). A step still running at the cap is stopped.", "",
             "| Step | " + " | ".join(c.get("label", n) for n, c in cases.items()) + " |",
             "|---|" + "---|" * len(cases)]
    for step in steps:
        cells = [_step_cell(c["steps"].get(step)) for c in cases.values()]
        lines.append(f"| {step} | " + " | ".join(cells) + " |")
    lines.append("| peak memory (MB) | " + " | ".join(f"{c['peak_mb']:,.0f}" for c in cases.values()) + " |")
    for c in cases.values():
        if c.get("refused"):
            lines += ["", f"{c.get('label')}: refused with `{c['refused']}`."]
    return lines


def _course_md(c: dict) -> list[str]:
    lines = ["", "## Course: seconds per notebook (nbval, including kernel start)", "",
             "| Notebook | Seconds |", "|---|---:|"]
    lines += [f"| {k} | {v:.1f} |" for k, v in sorted(c["per_notebook_seconds"].items())]
    lines.append(f"| a floor notebook | {c['floor_notebook_seconds']:.1f} |")
    return lines


def markdown(data: dict) -> str:
    """``latest.md``: the figures with their targets, then the detail of each section run."""
    sections = data["sections"]
    lines = [f"# Benchmark results ({data['date']}, {data['host']})", "",
             f"Commit `{data.get('commit', '')}`, Python {data.get('python', '')}, "
             f"{data.get('cpus', '?')} CPUs. Command: `{data.get('command', '')}`.", "",
             "| Figure | Value | Target | Status |", "|---|---:|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in table(sections)]
    lines.append("")
    for name in SECTIONS:
        sec = sections.get(name)
        if sec:
            lines.append(f"- `{name}`: run at {sec.get('ran_at', '?')}"
                         + (" with --quick" if sec.get("quick") else "") + ".")
    detail = (("calls", "calls", _calls_md), ("widgets", None, _widgets_md),
              ("scaling", "sizes", _scaling_md),
              ("large", "cases", _large_md), ("course", "per_notebook_seconds", _course_md))
    for name, key, fn in detail:
        sec = sections.get(name)
        if sec and (key is None or key in sec):
            lines += fn(sec)
    return "\n".join(lines) + "\n"


def save(sections: dict) -> Path:
    """Merge ``sections`` into today's results file and rewrite ``latest.md``; the file's path."""
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
    data.update({"date": date, "host": host, "commit": git_commit(), "python": platform.python_version(),
                 "cpus": os.cpu_count(), "command": "python -m tools.benchmark " + " ".join(sys.argv[1:])})
    data.setdefault("sections", {}).update(sections)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=1, default=str) + "\n", encoding="utf-8")
    tmp.replace(path)
    (RESULTS / "latest.md").write_text(markdown(data), encoding="utf-8")
    return path
