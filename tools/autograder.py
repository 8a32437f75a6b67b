"""Build otter-grader autograders from the instructor notebooks, and grade hand-ins locally.

    python tools/autograder.py                      # dist/autograder/<notebook>.zip, 00-08 (make autograder)
    python tools/autograder.py 03_who_speaks        # only these notebooks
    python tools/autograder.py --list               # the questions and points found, nothing written
    python tools/autograder.py --verify             # build, then check the instructor edition gets full marks
    python tools/autograder.py grade 04_same_event_different_frames hand-ins/04/* -o scores_04.csv
    # .ipynb files or zips of the notebook with my_work/; one row per hand-in with its status, and
    # scores_04_feedback/ (one page per student): see `autograder.py grade --help` and tools/grading/

Needs the ``grading`` extra (``pip install -e ".[grading]"``: otter-grader); students never need it.

What goes into each zip (one per notebook ``instructor/0*.ipynb``):

- one otter test file per self-check (``check("04-2", least_accession)`` in a code cell): the test
  passes when the self-check accepts the value the notebook left in that variable, and is worth
  ``--points`` points (1 by default). The hashes in ``helpers/data/checks.csv`` stay the single
  source of the answers: the tests call :func:`helpers.exercises.checks.check`, they hold no answer;
- ``files/assets/`` (the course's data files) and ``files/<wheel>``: a wheel of this package, which
  the Gradescope image installs (``requirements.txt`` in the zip names it);
- ``written_questions.json``: the written (manually graded) exercises, i.e. the markdown cells
  tagged ``solution``, by cell id, for ``tools/handin.py``.

Otter runs each submission top to bottom, then runs every test against the variables the notebook
left behind, so a variable that a later cell reassigns would be graded with the wrong value: the
build refuses such a notebook (``AutograderError``). ``otter run`` (and ``grade`` here) executes the
student's code in this environment, like any notebook autograder: grade hand-ins on a machine or
account that holds nothing else (Gradescope's container does that for you).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))

from grading import handins  # noqa: E402
from grading.batch import WRITTEN_FILE, grade, grade_one, read_meta, usable_cores, write_scores  # noqa: E402, F401
from grading.handins import title  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
INSTRUCTOR = ROOT / "instructor"
DIST = ROOT / "dist" / "autograder"
ASSETS = "assets"
#: the notebooks that make up the course (dashboards and tours have no exercises)
COURSE = re.compile(r"^\d\d_")
GRADESCOPE_DIR = "/autograder/source/files"
OTTER_CONFIG = {"lang": "python", "pdf": False, "show_stdout": True, "show_hidden": True}
MAGIC = re.compile(r"^\s*[%!]")


class AutograderError(Exception):
    """A notebook the autograder cannot be built from (the message names the notebook and cell)."""


@dataclass(frozen=True)
class Question:
    """One auto-graded question: the self-check ``check(qid, expression)`` in cell ``cell``."""

    qid: str
    expression: str
    cell: int
    cell_id: str
    points: float = 1
    #: The whole ``check_mine(...)`` call for a question checked against the student's own corpus.
    call: str = ""

    @property
    def test_name(self) -> str:
        return "q" + re.sub(r"\W", "_", self.qid)


@dataclass(frozen=True)
class Written:
    """One written (manually graded) exercise: a markdown cell tagged ``solution``."""

    cell: int
    cell_id: str
    heading: str


# --------------------------------------------------------------------------- reading notebooks

def _python(source: str) -> ast.Module | None:
    """The cell's code as a syntax tree (IPython magics and shell lines blanked), or None."""
    lines = ["" if MAGIC.match(line) else line for line in source.split("\n")]
    try:
        return ast.parse("\n".join(lines))
    except SyntaxError:
        return None


def _check_calls(tree: ast.Module):
    """``(qid, answer expression, call)`` of each self-check: ``check(qid, answer)``, or the
    capstone's ``check_mine(qid, answer, folder, article_id, ...)``, whose expected answer is computed
    from the student's own corpus when the test runs (``call`` is then the whole call's source)."""
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("check", "check_mine")
                and len(node.args) >= 2 and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            call = ast.unparse(node) if node.func.id == "check_mine" else ""
            yield node.args[0].value, ast.unparse(node.args[1]), call


def _assigned(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


def questions(nb, name: str = "notebook", points: float = 1) -> list[Question]:
    """The self-checks of an instructor notebook, in order, each once.

    Raises AutograderError for a question id used twice, or an answer variable that a later cell
    assigns again (otter grades the value left at the end of the notebook).
    """
    found: dict[str, Question] = {}
    trees = [(_python(c.source) if c.cell_type == "code" else None) for c in nb.cells]
    for index, tree in enumerate(trees):
        if tree is None:
            continue
        for qid, expression, call in _check_calls(tree):
            if qid in found:
                raise AutograderError(f"{name}, cell {index}: self-check {qid!r} is used twice "
                                      f"(first in cell {found[qid].cell}); give each its own id")
            found[qid] = Question(qid, expression, index, nb.cells[index].get("id", ""), points, call)
    for q in found.values():
        used = {n.id for n in ast.walk(ast.parse(q.call or q.expression)) if isinstance(n, ast.Name)}
        used.discard("check_mine")
        for later in range(q.cell + 1, len(trees)):
            clash = used & _assigned(trees[later]) if trees[later] is not None else set()
            if clash:
                raise AutograderError(
                    f"{name}, cell {later}: assigns {', '.join(sorted(clash))} again after the "
                    f"self-check {q.qid!r} (cell {q.cell}); otter grades the value left at the end, "
                    "so give the answer its own name")
    return list(found.values())


def written(nb) -> list[Written]:
    """The written exercises: markdown cells tagged ``solution``, with the heading above each."""
    out, heading = [], ""
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "markdown":
            continue
        tags = cell.get("metadata", {}).get("tags", [])
        if "solution" in tags:
            out.append(Written(index, cell.get("id", ""), heading))
            continue
        titles = [line.lstrip("#").strip() for line in cell.source.split("\n") if line.startswith("#")]
        if titles:
            heading = titles[-1]
    return out


# --------------------------------------------------------------------------- writing the zip

TEST_TEMPLATE = ('"""Otter test for the self-check {qid} ({notebook}, cell {cell}){against}; '
                 'written by tools/autograder.py."""\n'
                 '''
from otter.test_files import test_case

OK_FORMAT = False

name = {test_name!r}
points = {points!r}


@test_case(points={points!r}, hidden=False,
           failure_message={failure!r})
def test_{test_name}(env):
{body}
    assert ok, "{qid}: the self-check does not accept this answer"
''')

#: How a test gets the course's own check: a fresh copy of its module, loaded from the installed
#: package's file, so a notebook that replaced ``helpers.exercises.checks.check`` (or the capstone's
#: ``check_mine``) in its kernel does not grade itself (the replacement is also flagged in the row).
FRESH = '''    import importlib.util
    import {module} as _installed

    _spec = importlib.util.spec_from_file_location("_grader_{name}", _installed.__file__)
    _fresh = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_fresh)
    {name} = _fresh.{name}
'''

#: The body of a test for ``check(qid, answer)``: the answer is checked against its stored hash.
CHECK_BODY = FRESH.format(module="helpers.exercises.checks", name="check") + '''
    try:
        value = eval({expression!r}, dict(env))
    except Exception:
        value = None  # not answered (the name is undefined): check() says "not yet"
    ok = bool(check({qid!r}, value))'''

#: The body for the capstone's ``check_mine(...)``: the expected answer is computed from the student's
#: own corpus when the test runs.
MINE_BODY = FRESH.format(module="helpers.exercises.capstone", name="check_mine") + '''
    try:
        ok = bool(eval({call!r}, {{**dict(env), "check_mine": check_mine}}))
    except Exception:
        ok = False  # not answered, or the student's corpus is missing: not yet'''


def render_test(q: Question, notebook: str) -> str:
    """The text of the otter (exception-based) test file for one question."""
    body = (MINE_BODY.format(call=q.call) if q.call
            else CHECK_BODY.format(expression=q.expression, qid=q.qid))
    return TEST_TEMPLATE.format(qid=q.qid, notebook=notebook, cell=q.cell, test_name=q.test_name,
                                points=q.points, body=body,
                                against=", checked against the student's own corpus" if q.call else "",
                                failure=f"Not yet: run the self-check cell of {q.qid} in your notebook "
                                        "for a hint.")


def build_wheel(dest: Path) -> Path:
    """A wheel of this package (with its data and seeds) in ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    before = set(dest.glob("*.whl"))
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                           "-w", str(dest), str(ROOT)],
                          capture_output=True, text=True)
    wheels = sorted(set(dest.glob("*.whl")) - before) or sorted(dest.glob("between_east_west-*.whl"))
    if done.returncode or not wheels:
        raise AutograderError(f"could not build the package wheel:\n{done.stderr.strip()}")
    return wheels[-1]


def build_one(path: Path, out: Path, wheel: Path, points: float = 1) -> Path:
    """Write ``out/<notebook>.zip``, the otter autograder of one instructor notebook."""
    from otter.generate import main as otter_generate

    nb = nbformat.read(str(path), as_version=4)
    qs = questions(nb, path.name, points)
    if not qs:
        raise AutograderError(f"{path.name}: no self-checks (check(\"id\", answer)) to grade")
    out.mkdir(parents=True, exist_ok=True)
    target = (out / f"{path.stem}.zip").resolve()
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp)
        (stage / "tests").mkdir()
        for q in qs:
            (stage / "tests" / f"{q.test_name}.py").write_text(render_test(q, path.name), encoding="utf-8")
        shutil.copy(wheel, stage / wheel.name)
        files = [wheel.name]
        if (path.parent / ASSETS).is_dir():
            shutil.copytree(path.parent / ASSETS, stage / ASSETS)
            files.append(ASSETS)
        (stage / "requirements.txt").write_text(
            f"between-east-west @ file://{GRADESCOPE_DIR}/{wheel.name}\n", encoding="utf-8")
        (stage / "otter_config.json").write_text(json.dumps(OTTER_CONFIG, indent=2), encoding="utf-8")
        cwd = os.getcwd()
        os.chdir(stage)
        try:
            otter_generate(tests_dir="tests", output_path=str(target), config="otter_config.json",
                           requirements="requirements.txt", no_environment=True, files=files,
                           python_version="3.11")
        finally:
            os.chdir(cwd)
    _add_written(target, nb, path.name, points)
    return target


def question_meta(nb, points: float = 1) -> list[dict]:
    """What the grader needs to know of each question beyond its test: its cell, call and heading.

    Returns
    -------
    list of dict
        ``qid``, ``test_name``, ``cell_id``, ``points``, ``call`` (the self-check call as the course
        wrote it) and ``heading`` (the exercise heading above it).
    """
    headings, heading = {}, ""
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            titles = [line.lstrip("#").strip() for line in cell.source.split("\n") if line.startswith("#")]
            heading = titles[-1] if titles else heading
        headings[index] = heading
    return [{"qid": q.qid, "test_name": q.test_name, "cell_id": q.cell_id, "points": q.points,
             "call": q.call or f"check({q.qid!r}, {q.expression})", "heading": headings.get(q.cell, "")}
            for q in questions(nb, points=points)]


def _add_written(target: Path, nb, notebook: str, points: float = 1) -> None:
    items = [{"cell": w.cell, "cell_id": w.cell_id, "heading": w.heading} for w in written(nb)]
    meta = {"notebook": notebook, "title": title(nb), "written": items,
            "questions": question_meta(nb, points)}
    with zipfile.ZipFile(target, "a") as zf:
        zf.writestr(WRITTEN_FILE, json.dumps(meta, indent=2))


def course_notebooks(src: Path = INSTRUCTOR, names=None) -> list[Path]:
    """The course notebooks ``NN_*.ipynb`` in ``src`` (optionally only ``names``)."""
    found = [p for p in sorted(Path(src).glob("*.ipynb")) if COURSE.match(p.name)]
    if names:
        wanted = {Path(n).stem for n in names}
        missing = wanted - {p.stem for p in found}
        if missing:
            raise AutograderError(f"no course notebook called {', '.join(sorted(missing))} in {src}")
        found = [p for p in found if p.stem in wanted]
    return found


def build(src: Path = INSTRUCTOR, out: Path = DIST, names=None, points: float = 1,
          log=print) -> list[Path]:
    """Build one autograder zip per course notebook; returns the zips written."""
    paths = course_notebooks(src, names)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = build_wheel(Path(tmp))
        written_zips = []
        for path in paths:
            zpath = build_one(path, Path(out), wheel, points)
            nb = nbformat.read(str(path), as_version=4)
            log(f"built {zpath.relative_to(ROOT) if zpath.is_relative_to(ROOT) else zpath}: "
                f"{len(questions(nb, path.name))} auto-graded, {len(written(nb))} written")
            written_zips.append(zpath)
    return written_zips


# --------------------------------------------------------------------------- grading hand-ins

def verify(zips, src: Path = INSTRUCTOR, log=print) -> list[str]:
    """Grade each instructor notebook with its own zip; problems where it is not given full marks."""
    problems = []
    for zpath in map(Path, zips):
        [row] = grade(zpath, [Path(src) / f"{zpath.stem}.ipynb"], log=lambda _m: None)
        ok = row["score"] == row["possible"]
        log(f"verify {zpath.stem}: instructor edition {row['score']:g} / {row['possible']:g}"
            + ("" if ok else "  <- not full marks"))
        if not ok:
            failed = [k for k, v in row.items() if k.startswith("q") and not v]
            problems.append(f"{zpath.stem}: the instructor edition scores {row['score']:g} of "
                            f"{row['possible']:g} (failing: {', '.join(failed)}); run it with "
                            f"`otter run -a {zpath} instructor/{zpath.stem}.ipynb` to see why")
    return problems


GRADE_EPILOG = """\
Each hand-in gets one row, whatever happens to it: the column `status` says graded, unreadable,
no notebook in zip, several notebooks in zip, wrong notebook, needs its my_work folder (notebook 08
handed in without the file its article comes from) or error, and `reason` says why in plain words.
`flags` names what the instructor should look at: the practice article graded instead of the
student's own (08), a self-check the student edited (the score is still what the course's own check
gives). The CSV is rewritten after every hand-in, so an interruption keeps the rows done. Several
hand-ins are graded at the same time (--jobs); rows and feedback pages keep the order given.
Exit status: 0 when at least one hand-in was graded, 1 when none could be."""


def grade_main(argv) -> int:
    """``autograder.py grade``: grade hand-ins, write the scores CSV and the feedback pages."""
    parser = argparse.ArgumentParser(
        prog="autograder.py grade", epilog=GRADE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Grade hand-ins with otter run (no container), each with this environment's own Python "
                    "kernel, and write one feedback page per student.")
    parser.add_argument("notebook", help="e.g. 04_same_event_different_frames (or a zip path)")
    parser.add_argument("submissions", nargs="+", type=Path,
                        help="the students' hand-ins: .ipynb files, or .zip files of the notebook with its "
                             "my_work/ folder (notebook 08); per-student folders are fine (rows name "
                             "each hand-in by its path below the folder they share)")
    parser.add_argument("-o", "--output", type=Path, default=Path("scores.csv"),
                        help="the scores CSV to write (default scores.csv)")
    parser.add_argument("--feedback", type=Path, default=None, metavar="DIR",
                        help="where the feedback pages go, one HTML file per hand-in "
                             "(default: <output>_feedback/ beside the CSV)")
    parser.add_argument("--no-feedback", action="store_true", help="write the scores CSV only")
    parser.add_argument("--dist", type=Path, default=DIST, help="where the zips are (make autograder)")
    parser.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                        help="grade N hand-ins at the same time, each with its own kernel (default: the "
                             "cores this machine lets the grader use, at most 4; allow about 300 MB of "
                             "memory per job; 1 grades one after the other)")
    args = parser.parse_args(argv)
    if args.jobs is not None and args.jobs < 1:
        parser.error(f"--jobs must be 1 or more, not {args.jobs}")
    jobs = args.jobs or min(usable_cores(), 4)
    zpath = Path(args.notebook) if args.notebook.endswith(".zip") else args.dist / (
        Path(args.notebook).stem + ".zip")
    if not zpath.is_file():
        print(f"autograder.py: {zpath} not found: run `make autograder` first", file=sys.stderr)
        return 1
    feedback = None if args.no_feedback else (
        args.feedback or args.output.with_name(args.output.stem + "_feedback"))
    rows = grade(zpath, args.submissions, feedback=feedback, jobs=jobs,
                 progress=lambda done: write_scores(done, args.output))
    graded = sum(r["status"] == handins.GRADED for r in rows)
    print(f"wrote {args.output}: {graded} of {len(rows)} hand-ins graded"
          + (f"; feedback pages in {feedback}" if feedback else ""))
    if not graded:
        print("autograder.py: no hand-in could be graded (see the status and reason columns)",
              file=sys.stderr)
        return 1
    return 0


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["grade"]:
        return grade_main(argv[1:])
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="To grade hand-ins: autograder.py grade NOTEBOOK SUBMISSION.ipynb ... [-o scores.csv] "
               "(autograder.py grade --help).")
    parser.add_argument("names", nargs="*", help="only these notebooks (default: 00-08)")
    parser.add_argument("--source", type=Path, default=INSTRUCTOR, help="instructor folder")
    parser.add_argument("--out", type=Path, default=DIST, help="where the zips go")
    parser.add_argument("--points", type=float, default=1, help="points per self-check (default 1)")
    parser.add_argument("--list", action="store_true", help="list the questions, write nothing")
    parser.add_argument("--verify", action="store_true",
                        help="then grade each instructor notebook with its zip: exit 1 unless full marks")
    args = parser.parse_args(argv)
    try:
        if args.list:
            for path in course_notebooks(args.source, args.names):
                nb = nbformat.read(str(path), as_version=4)
                auto = ", ".join(q.qid for q in questions(nb, path.name, args.points))
                print(f"{path.stem}: auto-graded {auto or '-'}; written {len(written(nb))}")
            return 0
        zips = build(args.source, args.out, args.names, args.points)
        problems = verify(zips, args.source) if args.verify else []
        for problem in problems:
            print(f"autograder.py: {problem}", file=sys.stderr)
        if problems:
            return 1
    except AutograderError as exc:
        print(f"autograder.py: {exc}", file=sys.stderr)
        return 1
    except ModuleNotFoundError as exc:
        if exc.name == "otter":
            print('autograder.py: otter-grader is not installed: pip install -e ".[grading]"',
                  file=sys.stderr)
            return 1
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
