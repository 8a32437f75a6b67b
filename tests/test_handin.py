"""tools/handin.py: the written answers of hand-ins, found by cell id, shown escaped."""

import csv
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import handin  # noqa: E402
from autograder import AutograderError  # noqa: E402
from build_editions import student_notebook  # noqa: E402


def instructor_nb(path):
    nb = new_notebook()
    cells = [new_markdown_cell("### Exercise 4 (evaluate)\nPick one repair."),
             new_markdown_cell("Model answer: the caption repeats."),
             new_code_cell('x = 1  # SOLUTION\ncheck("00-1", x)'),
             new_markdown_cell("### Exercise 5\nJudge the source."),
             new_markdown_cell("Model answer two.")]
    for i, cell in enumerate(cells):
        cell.id = f"c{i:03d}"
    cells[1].metadata["tags"] = ["solution"]
    cells[4].metadata["tags"] = ["solution"]
    nb.cells = cells
    nbformat.write(nb, str(path))
    return nb


@pytest.fixture
def course(tmp_path):
    teacher = instructor_nb(tmp_path / "00_x.ipynb")
    student = student_notebook(teacher)
    answered = student_notebook(teacher)
    answered.cells[1].source = "=HYPERLINK(\"http://x\") <script>alert(1)</script> & the caption"
    del answered.cells[4]  # the student deleted the second answer cell
    paths = []
    for name, nb in (("blank.ipynb", student), ("anna.ipynb", answered)):
        nbformat.write(nb, str(tmp_path / name))
        paths.append(tmp_path / name)
    return tmp_path / "00_x.ipynb", paths


def test_answers_are_found_by_cell_id_with_the_exercise_heading(course):
    source, subs = course
    rows = handin.answers(source, subs)
    assert [(r["file"], r["question"], r["answer"][:12]) for r in rows] == [
        ("blank.ipynb", "Exercise 4 (evaluate)", handin.NOT_ANSWERED[:12]),
        ("blank.ipynb", "Exercise 5", handin.NOT_ANSWERED[:12]),
        ("anna.ipynb", "Exercise 4 (evaluate)", '=HYPERLINK("'),
        ("anna.ipynb", "Exercise 5", handin.MISSING[:12]),
    ]


def test_html_escapes_answers_and_csv_neutralises_formulas(course, tmp_path):
    source, subs = course
    rows = handin.answers(source, subs)
    page = handin.write_html(rows, tmp_path / "w.html", "Written <answers>").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; the caption" in page
    assert "Written &lt;answers&gt;" in page
    with handin.write_csv(rows, tmp_path / "w.csv").open(encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert table[2]["answer"].startswith("'=HYPERLINK")


def test_a_hand_in_that_is_not_a_notebook_is_named_in_the_error(course, tmp_path):
    source, _ = course
    bad = tmp_path / "broken.ipynb"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(AutograderError, match=r"broken.ipynb: not a readable notebook"):
        handin.answers(source, [bad])


def test_the_command_writes_both_files(course, tmp_path, capsys):
    source, subs = course
    out = tmp_path / "written_00"
    assert handin.main(["00_x", *map(str, subs), "-o", str(out), "--source", str(source.parent)]) == 0
    assert out.with_suffix(".html").is_file() and out.with_suffix(".csv").is_file()
    assert handin.main(["99_none", str(subs[0]), "--source", str(source.parent)]) == 1
    assert "no instructor notebook" in capsys.readouterr().err


def test_the_course_notebooks_written_cells_reach_the_student_edition_by_id():
    from autograder import course_notebooks, written

    for path in course_notebooks():
        ids = {c.get("id") for c in nbformat.read(str(ROOT / "notebooks" / path.name), as_version=4).cells}
        cells = written(nbformat.read(str(path), as_version=4))
        assert cells and all(w.cell_id in ids for w in cells), path.name
