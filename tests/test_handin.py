"""tools/handin.py: the written answers of hand-ins, found by cell id, shown escaped."""

import csv
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import handin  # noqa: E402
from build_editions import student_notebook  # noqa: E402


def instructor_nb(path):
    nb = new_notebook()
    cells = [new_markdown_cell("# Notebook x\n### Exercise 4 (evaluate)\nPick one repair."),
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


def test_a_hand_in_that_is_not_a_notebook_gets_rows_that_say_so_and_the_others_are_read(course, tmp_path):
    source, subs = course
    bad = tmp_path / "broken.ipynb"
    bad.write_text("{not json", encoding="utf-8")
    rows = handin.answers(source, [bad, subs[1]])
    assert [r["answer"][:45] for r in rows if r["file"] == "broken.ipynb"] == [
        "(not read: unreadable: the file is not a read"] * 2
    assert {r["file"] for r in rows} == {"broken.ipynb", "anna.ipynb"}


def test_per_student_folders_with_the_same_file_name_stay_apart(course, tmp_path):
    source, subs = course
    for who, sub in zip(("ana", "ben"), subs):
        (tmp_path / "lms" / who).mkdir(parents=True)
        (tmp_path / "lms" / who / "00_x.ipynb").write_bytes(sub.read_bytes())
    rows = handin.answers(source, sorted((tmp_path / "lms").glob("*/00_x.ipynb")))
    assert [r["file"] for r in rows] == ["ana/00_x.ipynb"] * 2 + ["ben/00_x.ipynb"] * 2


def test_another_notebook_handed_in_is_named_never_read_by_its_repeated_cell_ids(course, tmp_path):
    source, _ = course
    other = new_notebook()
    other.cells = [new_markdown_cell("# Another notebook"), new_markdown_cell("Its own exercise text")]
    for i, cell in enumerate(other.cells):
        cell.id = f"c{i:03d}"  # the same ids as the assignment's cells
    nbformat.write(other, str(tmp_path / "other.ipynb"))
    rows = handin.answers(source, [tmp_path / "other.ipynb"])
    assert all(r["answer"].startswith("(not read: wrong notebook: this is 'Another notebook'") for r in rows)


def test_a_notebook_saved_without_cell_ids_has_its_answers_found_by_heading(course, tmp_path):
    source, subs = course
    nb = nbformat.read(str(subs[0]), as_version=4)
    nb.cells[1].source = "My answer to four."
    nb.nbformat_minor = 4
    for cell in nb.cells:
        cell.pop("id", None)
    (tmp_path / "noids.ipynb").write_text(nbformat.writes(nb, version=nbformat.NO_CONVERT), encoding="utf-8")
    rows = handin.answers(source, [tmp_path / "noids.ipynb"])
    assert [(r["question"], r["cell_id"], r["answer"]) for r in rows] == [
        ("Exercise 4 (evaluate)", "(by heading)", "My answer to four."),
        ("Exercise 5", "(by heading)", handin.NOT_ANSWERED)]


def _capstone(path):
    nb = new_notebook()
    cells = [new_markdown_cell("# Bring your own article"),
             new_code_cell('MY_URL = None\nMY_SAVED_PAGE = None\nMY_TEXT_FILE = "my_work/mine.txt"\n'
                           'MY_FIELDS = dict(short="Mine", genre="news_report")'),
             new_code_cell('report = write_report(work, title="t", sections={"1. The two texts": "...", '
                           '"2. Who speaks": "..."})'),
             new_markdown_cell("### Exercise 4\nIs the silence real?"), new_markdown_cell("Model.")]
    for i, cell in enumerate(cells):
        cell.id = f"c{i:03d}"
    cells[4].metadata["tags"] = ["solution"]
    nb.cells = cells
    nbformat.write(nb, str(path))
    return nb


def test_a_capstone_zip_gives_the_article_the_reports_sections_and_the_evidence_files(tmp_path):
    teacher = _capstone(tmp_path / "08_x.ipynb")
    student = student_notebook(teacher)
    report = ("# Framing comparison\n\n## 1. The two texts\n\nMine <b>against</b> AP.\n\n"
              "## 2. Who speaks\n\n...\n\n![chart](share.png)\n\n*Figure (share.png). Alt text: x*\n\n"
              "## Evidence tables\n\n- a\n")
    catalog = "id,short,outlet,published\n005,Mine,Course Practice Wire (fictional),2025-11-20\n"
    with zipfile.ZipFile(tmp_path / "anna.zip", "w") as zf:
        zf.writestr("anna/08_x.ipynb", nbformat.writes(student))
        zf.writestr("anna/my_work/mine.txt", "text")
        zf.writestr("anna/my_work/corpus/catalog.csv", catalog)
        zf.writestr("anna/my_work/report/report.md", report)
        zf.writestr("anna/my_work/evidence/quotes.csv", "a,b\n")
    rows = handin.answers(tmp_path / "08_x.ipynb", [tmp_path / "anna.zip"])
    by_question = {r["question"]: r["answer"] for r in rows}
    assert by_question["Article analysed"].endswith("[the practice article: not the student's own]")
    assert by_question["Report: 1. The two texts"] == "Mine <b>against</b> AP."
    assert by_question["Report: 2. Who speaks"] == handin.NOT_ANSWERED
    assert by_question["Evidence files"] == "my_work/evidence/quotes.csv\nmy_work/report/report.md"
    alone = tmp_path / "08_alone.ipynb"
    nbformat.write(student, str(alone))
    rows = handin.answers(tmp_path / "08_x.ipynb", [alone])
    assert [r["cell_id"] for r in rows if r["question"].startswith("Report:")] == [
        "the notebook's write_report cell"] * 2
    assert "ask for the zip" in [r["answer"] for r in rows if r["question"] == "Evidence files"][0]


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
