"""Grading a batch of hand-ins with otter: one row per hand-in whatever happens, and the feedback pages.

Used by ``tools/autograder.py grade`` (see its ``--help``).
"""

from __future__ import annotations

import contextlib
import csv
import json
import multiprocessing
import os
import sys
import tempfile
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import handins, review

ROOT = Path(__file__).resolve().parents[2]
WRITTEN_FILE = "written_questions.json"


def read_meta(autograder: Path) -> dict:
    """The ``written_questions.json`` of an autograder zip (``{}`` for a zip without it).

    Returns
    -------
    dict
        ``notebook``, ``title``, ``written`` and ``questions`` (see :func:`question_meta`).
    """
    try:
        with zipfile.ZipFile(autograder) as zf:
            return json.loads(zf.read(WRITTEN_FILE))
    except (KeyError, ValueError, zipfile.BadZipFile):
        return {}


#: the columns of the scores CSV around the one-per-test scores
FIRST, LAST = ["file", "status", "score", "possible"], ["article", "flags", "reason"]


@contextlib.contextmanager
def _kernel_output_to_file():
    """Send what kernels print on the terminal (their TCP warning) to a temporary file instead."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as tmp:
        os.dup2(tmp.fileno(), 2)
        try:
            yield tmp
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)


def course_ids() -> set[str]:
    """The ids of the course's own articles (``seeds/catalog.csv``).

    Returns
    -------
    set of str
    """
    try:
        with open(ROOT / "seeds" / "catalog.csv", encoding="utf-8") as fh:
            return {row["id"] for row in csv.DictReader(fh)}
    except (OSError, KeyError):
        return set()


def _inspect(handin, meta: dict, row: dict) -> list[str]:
    """Fill the row's status, article and flags from the notebook as handed in; the self-check edits."""
    qs = meta.get("questions", [])
    why = handins.wrong_notebook(handin.notebook, meta.get("title", ""), [q["qid"] for q in qs])
    if why:
        handin.status, handin.reason = handins.WRONG, why
        return []
    row["article"], practice = handins.capstone_article(handin, course_ids())
    edits = review.edited_checks(handin.notebook, qs) if qs else []
    row["flags"] = "; ".join((["practice article: not the student's own"] if practice else []) + edits)
    missing = handins.missing_source(handin)
    if missing:
        handin.status, handin.reason = handins.NEEDS_FOLDER, missing
    else:
        row["reason"] = handins.url_note(handin)
    return edits


def _run_otter(handin, autograder: Path, row: dict):
    """Grade a readable hand-in with otter; fills the row, returns the notebook as otter ran it."""
    from otter.api import grade_submission

    try:
        with tempfile.TemporaryDirectory() as tmp, _kernel_output_to_file():
            results = grade_submission(str(handins.stage(handin, Path(tmp))), str(autograder), quiet=True)
    except Exception as exc:  # otter or the kernel failed on this hand-in: say so, go on with the next
        row.update(status=handins.ERROR, reason=f"the grader failed: {type(exc).__name__}: {str(exc)[:200]}")
        return None
    row.update(status=handins.GRADED, score=results.total, possible=results.possible)
    for test_name, result in sorted(results.results.items()):
        row[test_name] = result.score
    return getattr(results, "notebook", None)


def grade_one(autograder: Path, path, name: str, meta: dict) -> tuple[dict, dict, list[str]]:
    """Grade one hand-in; never raises for a bad hand-in (its row says what went wrong).

    Returns
    -------
    tuple
        The row (``file``, ``status``, ``score``, ``possible``, one column per test, ``article``,
        ``flags``, ``reason``), the outcome of each question (see :func:`grading.review.outcomes`)
        and the self-check edits found.
    """
    qs = meta.get("questions", [])
    row = {"file": name, "status": "", "score": 0, "possible": sum(q.get("points", 1) for q in qs),
           **{q["test_name"]: 0 for q in qs}, "article": "", "flags": "", "reason": ""}
    handin = handins.open_handin(path, name, Path(meta.get("notebook") or autograder.name).stem)
    edits = _inspect(handin, meta, row) if handin.readable else []
    executed = _run_otter(handin, autograder, row) if handin.readable else None
    if not handin.readable:
        row.update(status=handin.status, reason=handin.reason)
    if row["status"] != handins.GRADED:  # not graded: no score rather than a 0 that looks like one
        row.update({k: "" for k in row if k == "score" or k.startswith("q")})
    scores = {k: v for k, v in row.items() if k.startswith("q")}
    found = review.outcomes(executed, qs, scores) if row["status"] == handins.GRADED else {}
    return row, found, edits


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it, else all).

    Returns
    -------
    int
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


def _graded_in_order(autograder: Path, subs, names, meta: dict, jobs: int):
    """``grade_one``'s result for each hand-in, in the order given; ``jobs`` hand-ins at a time.

    Each hand-in runs in its own worker process (otter changes the working folder while it grades, so
    threads would disturb each other), started with ``spawn`` on every system. A worker that dies
    (out of memory, killed) does not lose the hand-in: it is graded again in this process.
    """
    if jobs <= 1 or len(subs) <= 1:
        for sub, name in zip(subs, names):
            yield grade_one(autograder, sub, name, meta)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(subs)), mp_context=context) as pool:
        futures = [pool.submit(grade_one, autograder, sub, name, meta) for sub, name in zip(subs, names)]
        for future, sub, name in zip(futures, subs, names):
            try:
                yield future.result()
            except Exception:  # the worker died, not the hand-in's fault: grade it here instead
                yield grade_one(autograder, sub, name, meta)


def grade(autograder: Path, submissions, log=print, feedback: Path | None = None,
          progress=None, jobs: int = 1) -> list[dict]:
    """Grade each submission with ``otter run`` (no container); one row per submission, whatever happens.

    A submission is a ``.ipynb`` or a ``.zip`` of the notebook with its folder (``my_work/``). It runs
    with the grader's own Python kernel. ``feedback``: a folder for one HTML page per student;
    ``progress(rows)`` is called after each hand-in (to write the CSV as it grows). ``jobs``: how many
    hand-ins are graded at the same time, each in its own process (each runs a kernel: allow about
    300 MB of memory per job); rows, log lines and pages come in the order of ``submissions`` whatever
    the number of jobs.

    Returns
    -------
    list of dict
        Rows with the columns ``file`` (the path relative to the folder all hand-ins share),
        ``status`` (``graded``, ``unreadable``, ``no notebook in zip``, ``several notebooks in zip``,
        ``wrong notebook``, ``needs its my_work folder`` or ``error``), ``score``, ``possible``, one
        column per test (its score), ``article`` (notebook 08), ``flags`` and ``reason``.
    """
    meta = read_meta(Path(autograder))
    subs = list(map(Path, submissions))
    names = handins.display_names(subs)
    rows = []
    for name, (row, found, edits) in zip(names, _graded_in_order(Path(autograder), subs, names, meta, jobs)):
        rows.append(row)
        said = (f"{row['score']:g} / {row['possible']:g}" + (f"  ({row['reason']})" if row["reason"] else "")
                if row["status"] == handins.GRADED else f"not graded ({row['status']}): {row['reason']}")
        log(f"{name}: {said}" + (f"  [{row['flags']}]" if row["flags"] else ""))
        if feedback is not None:
            Path(feedback).mkdir(parents=True, exist_ok=True)
            page = review.feedback_page(row, meta.get("questions", []), found, edits,
                                        meta.get("title") or Path(autograder).stem)
            (Path(feedback) / review.feedback_name(name)).write_text(page, encoding="utf-8")
        if progress is not None:
            progress(rows)
    return rows


def write_scores(rows: list[dict], path: Path) -> Path:
    """Scores CSV; text that looks like a formula (a file name, a reason) is neutralised for spreadsheets.

    Returns
    -------
    pathlib.Path
    """
    from helpers.corpus.csvsafe import neutralise

    keys = list(dict.fromkeys(k for row in rows for k in row))
    columns = [k for k in FIRST if k in keys] + [k for k in keys if k not in FIRST + LAST] + [
        k for k in LAST if k in keys and (k != "article" or any(r.get(k) for r in rows))]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: neutralise(v) for k, v in row.items()})
    return path


