"""Gather the written answers of hand-ins for manual grading: one HTML page and one CSV per notebook.

    python tools/handin.py 04_same_event_different_frames hand-ins/*.ipynb -o written_04
    # -> written_04.html (read and grade) and written_04.csv (one row per student and question)

The written exercises are the markdown cells tagged ``solution`` in ``instructor/``; the student
edition keeps their cell ids, and JupyterLab, Colab and VS Code keep them when a student saves, so
each answer is found by id. A cell that is missing (deleted, or the notebook was rebuilt by hand)
is reported as such, never guessed. Auto-graded questions: ``tools/autograder.py``.
"""

from __future__ import annotations

import argparse
import csv
import html
import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))

from autograder import INSTRUCTOR, AutograderError, written  # noqa: E402
from build_editions import MARKDOWN_PROMPT  # noqa: E402

NOT_ANSWERED = "(not answered)"
MISSING = "(cell not found: deleted or renamed?)"
COLUMNS = ["file", "question", "cell_id", "answer"]


def _safe_cell(text: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def answers(instructor_nb: Path, submissions) -> list[dict]:
    """The written answers of each submission.

    Returns
    -------
    list of dict
        One row per submission and written question, with the columns ``file``, ``question``
        (the exercise heading), ``cell_id`` and ``answer`` (the cell's text, ``(not answered)``
        or ``(cell not found: ...)``).
    """
    questions = written(nbformat.read(str(instructor_nb), as_version=4))
    rows = []
    for sub in map(Path, submissions):
        try:
            nb = nbformat.read(str(sub), as_version=4)
        except Exception as exc:  # a hand-in that is not a notebook: say which and why
            raise AutograderError(f"{sub}: not a readable notebook ({type(exc).__name__}: {exc})") from None
        cells = {c.get("id"): c for c in nb.cells}
        for q in questions:
            cell = cells.get(q.cell_id)
            if cell is None:
                text = MISSING
            else:
                text = cell.source.strip()
                if not text or text == MARKDOWN_PROMPT:
                    text = NOT_ANSWERED
            rows.append({"file": sub.name, "question": q.heading, "cell_id": q.cell_id, "answer": text})
    return rows


def write_csv(rows: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _safe_cell(str(row[k])) for k in COLUMNS})
    return path


def write_html(rows: list[dict], path: Path, title: str) -> Path:
    """One section per question, one block per student; every answer is escaped (shown as typed)."""
    parts = [f"<!doctype html><html lang='en'><meta charset='utf-8'><title>{html.escape(title)}</title>",
             "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
             "pre{white-space:pre-wrap;border-left:3px solid #999;padding-left:8px}</style>",
             f"<h1>{html.escape(title)}</h1>"]
    for question in dict.fromkeys(r["question"] for r in rows):
        parts.append(f"<h2>{html.escape(question or '(untitled question)')}</h2>")
        for row in (r for r in rows if r["question"] == question):
            parts.append(f"<h3>{html.escape(row['file'])}</h3><pre>{html.escape(row['answer'])}</pre>")
    parts.append("</html>\n")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebook", help="e.g. 04_same_event_different_frames")
    parser.add_argument("submissions", nargs="+", type=Path, help="the students' .ipynb files")
    parser.add_argument("-o", "--output", type=Path, default=None,
                        help="output name without extension (default: written_<notebook>)")
    parser.add_argument("--source", type=Path, default=INSTRUCTOR, help="instructor folder")
    args = parser.parse_args(argv)
    stem = Path(args.notebook).stem
    source = args.source / f"{stem}.ipynb"
    if not source.is_file():
        print(f"handin.py: no instructor notebook {source}", file=sys.stderr)
        return 1
    try:
        rows = answers(source, args.submissions)
    except AutograderError as exc:
        print(f"handin.py: {exc}", file=sys.stderr)
        return 1
    out = args.output or Path(f"written_{stem}")
    print(f"wrote {write_html(rows, out.with_suffix('.html'), f'Written answers: {stem}')} and "
          f"{write_csv(rows, out.with_suffix('.csv'))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
