"""Gather the written answers of hand-ins for manual grading: one HTML page and one CSV per notebook.

    python tools/handin.py 04_same_event_different_frames hand-ins/*.ipynb -o written_04
    # -> written_04.html (read and grade) and written_04.csv (one row per student and question)

The written exercises are the markdown cells tagged ``solution`` in ``instructor/``; the student
edition keeps their cell ids, and JupyterLab, Colab and VS Code keep them when a student saves, so
each answer is found by id. A cell that is missing (deleted, or the notebook was rebuilt by hand)
is reported as such, never guessed; a notebook saved without any cell ids (nbformat 4.4) has its
answers found by the exercise heading above them. A hand-in of another notebook (its title and
self-checks are not the assignment's) or one that cannot be read gets rows that say so.

Hand-ins may be zips of the notebook with its ``my_work/`` folder (notebook 08): for the capstone
the rows also give the article analysed (flagging the practice article), the sections of
``my_work/report/report.md`` (or of the notebook's ``write_report`` cell) and the evidence files.
Rows name each hand-in by its path below the folder all hand-ins share. Auto-graded questions:
``tools/autograder.py``.
"""

from __future__ import annotations

import argparse
import ast
import csv
import html
import sys
import zipfile
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))

from autograder import INSTRUCTOR, AutograderError, written  # noqa: E402
from autograder import questions as autograder_questions  # noqa: E402
from build_editions import MARKDOWN_PROMPT  # noqa: E402
from grading import handins  # noqa: E402
from grading.batch import course_ids  # noqa: E402

from helpers.corpus.csvsafe import neutralise  # noqa: E402

NOT_ANSWERED = "(not answered)"
MISSING = "(cell not found: deleted or renamed?)"
COLUMNS = ["file", "question", "cell_id", "answer"]
#: the capstone's report file and evidence folders, relative to the notebook's folder
REPORT = "my_work/report/report.md"
EVIDENCE = ("my_work/evidence/", "my_work/report/")


def _safe_cell(text: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    return neutralise(text)


def _by_heading(nb, heading: str):
    """The answer cell below the exercise heading ``heading`` (for notebooks saved without cell ids).

    The first markdown cell after the heading's cell and before the next heading; None when there is none.
    """
    wanted = heading.strip().lower()
    start = None
    for index, cell in enumerate(nb.cells):
        heads = [line.lstrip("#").strip().lower() for line in cell.source.split("\n") if line.startswith("#")]
        if start is None:
            start = index if cell.cell_type == "markdown" and wanted in heads else None
        elif heads:
            return None
        elif cell.cell_type == "markdown":
            return cell
    return None


def _text(cell) -> str:
    if cell is None:
        return MISSING
    text = cell.source.strip()
    return NOT_ANSWERED if not text or text == MARKDOWN_PROMPT else text


def _written_rows(nb, questions, name: str) -> list[dict]:
    has_ids = any(c.get("id") for c in nb.cells)
    cells = {c.get("id"): c for c in nb.cells} if has_ids else {}
    rows = []
    for q in questions:
        cell = cells.get(q.cell_id) if has_ids else _by_heading(nb, q.heading)
        rows.append({"file": name, "question": q.heading, "cell_id": q.cell_id if has_ids else "(by heading)",
                     "answer": _text(cell)})
    return rows


def _report_sections(text: str) -> list[tuple[str, str]]:
    """``(heading, text)`` of each section of a capstone ``report.md`` (figures and tables left out)."""
    sections, heading, lines = [], None, []
    for line in text.split("\n") + ["## "]:
        if line.startswith("## "):
            if heading and heading != "Evidence tables":
                sections.append((heading, "\n".join(lines).strip()))
            heading, lines = line[3:].strip(), []
        elif not line.startswith(("![", "*Figure (")):
            lines.append(line)
    return sections


def _sections_in_code(nb) -> list[tuple[str, str]]:
    """The ``sections={...}`` of the notebook's ``write_report`` call, when written as text."""
    for cell in nb.cells:
        if cell.cell_type != "code" or "write_report(" not in cell.source:
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            return []
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "sections" and isinstance(node.value, ast.Dict):
                try:
                    return [(str(k), str(v)) for k, v in ast.literal_eval(node.value).items()]
                except ValueError:
                    return []
    return []


def _capstone_rows(handin, name: str) -> list[dict]:
    """The capstone's article, report sections and evidence files, as rows like the written answers."""
    article, practice = handins.capstone_article(handin, course_ids())
    if not article:
        return []
    rows = [{"file": name, "question": "Article analysed", "cell_id": "",
             "answer": article + (" [the practice article: not the student's own]" if practice else "")}]
    prefix = handin.base + "/" if handin.base else ""
    sections, where = [], "report.md"
    if REPORT in handin.files:
        with zipfile.ZipFile(handin.path) as zf:
            sections = _report_sections(zf.read(prefix + REPORT).decode("utf-8", "replace"))
    if not sections:
        sections, where = _sections_in_code(handin.notebook), "the notebook's write_report cell"
    for heading, text in sections:
        rows.append({"file": name, "question": f"Report: {heading}", "cell_id": where,
                     "answer": NOT_ANSWERED if text.strip() in ("", "...") else text.strip()})
    evidence = [f for f in handin.files if f.startswith(EVIDENCE)]
    rows.append({"file": name, "question": "Evidence files", "cell_id": "",
                 "answer": "\n".join(evidence) if evidence else
                 "(none handed in: the report and evidence are in my_work/, so " + handins.ASK_FOR_ZIP + ")"})
    return rows


def answers(instructor_nb: Path, submissions) -> list[dict]:
    """The written answers of each submission (a ``.ipynb``, or a zip of it with its ``my_work/``).

    Answers are found by cell id; in a notebook saved without cell ids (nbformat 4.4), by the exercise
    heading. A hand-in that cannot be read, or that is another notebook (its title and self-checks are
    not the assignment's), gets one row per question saying so, never another notebook's cell.

    Returns
    -------
    list of dict
        One row per submission and written question, with the columns ``file`` (the path below the
        folder all hand-ins share), ``question`` (the exercise heading), ``cell_id`` and ``answer``
        (the cell's text, ``(not answered)``, ``(cell not found: ...)`` or why it was not read). For
        notebook 08, also the article analysed, the report's sections and the evidence files.
    """
    teacher = nbformat.read(str(instructor_nb), as_version=4)
    questions = written(teacher)
    expected, qids = handins.title(teacher), [q.qid for q in autograder_questions(teacher)]
    subs = list(map(Path, submissions))
    rows = []
    for sub, name in zip(subs, handins.display_names(subs)):
        handin = handins.open_handin(sub, name, instructor_nb.stem)
        why = (handin.reason if not handin.readable
               else handins.wrong_notebook(handin.notebook, expected, qids))
        if why:
            status = handin.status or handins.WRONG
            rows += [{"file": name, "question": q.heading, "cell_id": q.cell_id,
                      "answer": f"(not read: {status}: {why})"} for q in questions]
            continue
        rows += _written_rows(handin.notebook, questions, name) + _capstone_rows(handin, name)
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
    parser.add_argument("submissions", nargs="+", type=Path,
                        help="the students' .ipynb files, or zips of the notebook with its my_work/ folder")
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
    unread = sorted({r["file"] for r in rows if r["answer"].startswith("(not read: ")})
    for name in unread:
        print(f"handin.py: {name}: not read (see its rows)", file=sys.stderr)
    out = args.output or Path(f"written_{stem}")
    print(f"wrote {write_html(rows, out.with_suffix('.html'), f'Written answers: {stem}')} and "
          f"{write_csv(rows, out.with_suffix('.csv'))}")
    return 1 if rows and len(unread) == len({r["file"] for r in rows}) else 0


if __name__ == "__main__":
    sys.exit(main())
