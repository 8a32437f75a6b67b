"""tools/autograder.py: otter-grader autograders built from the instructor notebooks.

The end-to-end tests build the real zip of notebook 00 and grade three hand-ins with ``otter run``
(no container): the instructor edition gets full marks, the student edition 0, and a student
edition with one exercise answered gets exactly that exercise's points.
"""

import csv
import json
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import autograder  # noqa: E402
from autograder import AutograderError, Question, questions, render_test, written  # noqa: E402

otter_test_files = pytest.importorskip("otter.test_files", reason="needs the grading extra (otter-grader)")


def notebook(*cells):
    nb = new_notebook()
    for i, (kind, source, *tags) in enumerate(cells):
        cell = new_code_cell(source) if kind == "code" else new_markdown_cell(source)
        cell.id = f"c{i:03d}"
        if tags:
            cell.metadata["tags"] = list(tags)
        nb.cells.append(cell)
    return nb


# --------------------------------------------------------------------------- reading notebooks

def test_every_self_check_becomes_one_question_in_order():
    nb = notebook(("md", "### Exercise 1"),
                  ("code", 'from helpers import check\nn = 5  # SOLUTION\ncheck("00-2", n)'),
                  ("code", "%matplotlib inline\nx = [1, 2]\ncheck('00-1', len(x))"))
    qs = questions(nb, "nb", points=2)
    assert [(q.qid, q.expression, q.cell, q.cell_id, q.points) for q in qs] == [
        ("00-2", "n", 1, "c001", 2), ("00-1", "len(x)", 2, "c002", 2)]
    assert qs[0].test_name == "q00_2"


def test_a_question_id_used_twice_is_refused():
    nb = notebook(("code", 'check("01-1", a)'), ("code", 'check("01-1", b)'))
    with pytest.raises(AutograderError, match=r"nb, cell 1: self-check '01-1' is used twice"):
        questions(nb, "nb")


def test_an_answer_reassigned_later_is_refused_because_otter_grades_the_final_value():
    nb = notebook(("code", 'answer = 3\ncheck("02-1", answer)'),
                  ("code", "for answer in range(2):\n    pass"))
    with pytest.raises(AutograderError, match=r"cell 1: assigns answer again after the self-check '02-1'"):
        questions(nb, "nb")


def test_written_exercises_are_the_markdown_cells_tagged_solution_with_their_heading():
    nb = notebook(("md", "## Exercises\n### Exercise 4 (evaluate)\nPick one repair."),
                  ("md", "A model answer.", "solution"), ("code", "x = 1", "solution"))
    assert written(nb) == [autograder.Written(1, "c001", "Exercise 4 (evaluate)")]


def test_the_course_notebooks_all_have_questions_and_no_reassigned_answers():
    found = {p.stem[:2]: questions(nbformat.read(str(p), as_version=4), p.name)
             for p in autograder.course_notebooks()}
    assert sorted(found) == [f"{i:02d}" for i in range(9)]
    assert all(len(qs) >= 3 for qs in found.values())
    ids = [q.qid for qs in found.values() for q in qs]
    assert len(ids) == len(set(ids))


def test_unknown_notebook_names_are_reported():
    with pytest.raises(AutograderError, match="no course notebook called 99_nothing"):
        autograder.course_notebooks(names=["99_nothing"])


# --------------------------------------------------------------------------- the test files

@pytest.mark.parametrize("value, passes",
                         [("002", True), (2, True), ("003", False), (..., False), (None, False)])
def test_the_generated_test_passes_exactly_when_the_self_check_accepts(value, passes):
    q = Question("00-1", "answer", 18, "c018", 2)
    test = otter_test_files.ExceptionTestFile.from_string(render_test(q, "00_start_here.ipynb"))
    test.run({"answer": value})
    assert test.name == "q00_1"
    assert test.score == (2 if passes else 0) and test.possible == 2


def test_a_missing_variable_scores_zero_rather_than_crashing_the_grader():
    q = Question("00-2", "n_gaps + 0", 20, "c020")
    test = otter_test_files.ExceptionTestFile.from_string(render_test(q, "00_start_here.ipynb"))
    test.run({})
    assert test.score == 0


def test_scores_csv_neutralises_formula_like_file_names(tmp_path):
    path = autograder.write_scores([{"file": "=cmd.ipynb", "score": 1, "possible": 3, "q00_1": 1}],
                                   tmp_path / "s.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert rows == [{"file": "'=cmd.ipynb", "score": "1", "possible": "3", "q00_1": "1"}]


# --------------------------------------------------------------------------- end to end with otter run

@pytest.fixture(scope="module")
def zip_00(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    [path] = autograder.build(names=["00_start_here"], out=out, log=lambda _m: None)
    return path


def test_the_zip_holds_tests_the_package_wheel_the_assets_and_the_written_questions(zip_00):
    with zipfile.ZipFile(zip_00) as zf:
        names = set(zf.namelist())
        meta = json.loads(zf.read("written_questions.json"))
        env = zf.read("environment.yml").decode()
    assert {"tests/q00_1.py", "tests/q00_2.py", "tests/q00_3.py", "otter_config.json", "run_autograder",
            "setup.sh", "files/assets/partner_coding_004.csv"} <= names
    wheel = [n for n in names if n.startswith("files/between_east_west-") and n.endswith(".whl")]
    assert len(wheel) == 1 and f"file:///autograder/source/{wheel[0]}" in env
    assert meta["notebook"] == "00_start_here.ipynb" and len(meta["written"]) == 1


def _student_with_answers(qids, tmp_path):
    """The student edition of 00 with the instructor's cells for ``qids`` (matched by cell id)."""
    teacher = nbformat.read(str(ROOT / "instructor" / "00_start_here.ipynb"), as_version=4)
    student = nbformat.read(str(ROOT / "notebooks" / "00_start_here.ipynb"), as_version=4)
    by_id = {c.id: c for c in teacher.cells}
    wanted = {q.cell_id for q in questions(teacher) if q.qid in qids}
    for cell in student.cells:
        if cell.id in wanted:
            cell.source = by_id[cell.id].source
    path = tmp_path / "00_start_here.ipynb"
    nbformat.write(student, str(path))
    return path


def test_otter_run_gives_instructor_full_marks_student_zero_and_half_answered_its_part(zip_00, tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    teacher = subs / "teacher.ipynb"
    teacher.write_bytes((ROOT / "instructor" / "00_start_here.ipynb").read_bytes())
    blank = subs / "blank.ipynb"
    blank.write_bytes((ROOT / "notebooks" / "00_start_here.ipynb").read_bytes())
    partial = subs / "partial.ipynb"
    partial.write_bytes(_student_with_answers({"00-2"}, tmp_path).read_bytes())
    rows = {r["file"]: r for r in autograder.grade(zip_00, [teacher, blank, partial], log=lambda _m: None)}
    assert (rows["teacher.ipynb"]["score"], rows["teacher.ipynb"]["possible"]) == (3, 3)
    assert rows["blank.ipynb"]["score"] == 0
    assert rows["partial.ipynb"]["score"] == 1
    assert (rows["partial.ipynb"]["q00_1"], rows["partial.ipynb"]["q00_2"], rows["partial.ipynb"]["q00_3"]) \
        == (0, 1, 0)
