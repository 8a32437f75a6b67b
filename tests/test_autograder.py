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


def test_a_notebook_that_replaced_the_check_in_its_kernel_does_not_grade_itself(monkeypatch):
    import helpers.exercises.checks as checks

    monkeypatch.setattr(checks, "check", lambda *a, **k: True)  # what a tampering cell does
    q = Question("00-1", "answer", 18, "c018")
    test = otter_test_files.ExceptionTestFile.from_string(render_test(q, "00_start_here.ipynb"))
    test.run({"answer": "003"})
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


# --------------------------------------------------------------------------- a class's hand-ins

handins = pytest.importorskip("grading.handins")
review = pytest.importorskip("grading.review")


def _zip(path, members):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _nb_text(*cells, kernel="python3"):
    nb = notebook(*cells)
    nb.metadata["kernelspec"] = {"name": kernel, "display_name": kernel, "language": "python"}
    return nbformat.writes(nb)


CAPSTONE_SOURCE = ('MY_URL = None\nMY_SAVED_PAGE = None\nMY_TEXT_FILE = {path!r}\n'
                   'MY_FIELDS = dict(short="Mine", genre="news_report")')


def test_rows_name_each_hand_in_by_its_path_below_the_folder_all_share(tmp_path):
    paths = [tmp_path / "lms" / who / "00_start_here.ipynb" for who in ("ana", "ben")]
    assert handins.display_names(paths) == ["ana/00_start_here.ipynb", "ben/00_start_here.ipynb"]
    assert handins.display_names([tmp_path / "a.ipynb", tmp_path / "b.ipynb"]) == ["a.ipynb", "b.ipynb"]
    assert handins.display_names([tmp_path / "x" / "only.ipynb"]) == ["only.ipynb"]


def test_a_zip_of_a_folder_reads_like_a_zip_of_its_contents(tmp_path):
    text = _nb_text(("md", "# Start here"))
    flat = _zip(tmp_path / "flat.zip", {"00_start_here.ipynb": text, "my_work/a.txt": "x"})
    nested = _zip(tmp_path / "nested.zip", {"anna/00_start_here.ipynb": text, "anna/my_work/a.txt": "x",
                                            "__MACOSX/anna/._a.txt": "junk"})
    for path in (flat, nested):
        handin = handins.open_handin(path, path.name, "00_start_here")
        assert handin.readable and handin.files == ["my_work/a.txt"], path.name


def test_a_zip_with_several_notebooks_gives_the_one_named_like_the_assignment_else_says_which(tmp_path):
    own, other = _nb_text(("md", "# Capstone")), _nb_text(("md", "# Start here"))
    both = _zip(tmp_path / "a.zip", {"00_start_here.ipynb": other, "08_capstone_x.ipynb": own})
    picked = handins.open_handin(both, "a.zip", "08_capstone_x")
    assert picked.readable and picked.member == "08_capstone_x.ipynb" and picked.files == []
    unclear = handins.open_handin(_zip(tmp_path / "b.zip", {"mine.ipynb": own, "old.ipynb": other}), "b.zip",
                                  "08_capstone_x")
    assert unclear.status == handins.SEVERAL and "mine.ipynb, old.ipynb" in unclear.reason
    empty = handins.open_handin(_zip(tmp_path / "c.zip", {"my_work/a.txt": "x"}), "c.zip", "08_capstone_x")
    assert empty.status == handins.NO_NOTEBOOK


def test_an_unreadable_hand_in_gets_a_status_and_a_reason_instead_of_an_exception(tmp_path):
    truncated = tmp_path / "t.ipynb"
    truncated.write_text(_nb_text(("md", "# Start here"))[:40], encoding="utf-8")
    not_zip = tmp_path / "z.zip"
    not_zip.write_bytes(b"PK\x03\x04 broken")
    for path in (truncated, not_zip, tmp_path / "gone.ipynb"):
        handin = handins.open_handin(path, path.name, "00_start_here")
        assert handin.status == handins.UNREADABLE and handin.reason, path.name
    assert "not a readable notebook (NotJSONError" in handins.open_handin(truncated, "t", "00").reason


def test_the_hand_in_runs_with_the_graders_own_kernel_whatever_kernel_it_names(tmp_path):
    path = tmp_path / "hub.ipynb"
    path.write_text(_nb_text(("code", "x = 1"), kernel="bew"), encoding="utf-8")
    (tmp_path / "out").mkdir()
    staged = handins.stage(handins.open_handin(path, "hub.ipynb", "00"), tmp_path / "out")
    assert nbformat.read(str(staged), as_version=4).metadata["kernelspec"]["name"] == "python3"
    zpath = _zip(tmp_path / "h.zip", {"top/00_x.ipynb": path.read_text(encoding="utf-8"),
                                      "top/my_work/a.txt": "text", "top/01_y.ipynb": "{}"})
    (tmp_path / "out2").mkdir()
    with zipfile.ZipFile(handins.stage(handins.open_handin(zpath, "h.zip", "00_x"), tmp_path / "out2")) as zf:
        # the notebook at the top, the other notebook left out
        assert sorted(zf.namelist()) == ["00_x.ipynb", "my_work/a.txt"]
        assert json.loads(zf.read("00_x.ipynb"))["metadata"]["kernelspec"]["name"] == "python3"


def test_another_notebook_handed_in_is_told_apart_by_its_title_and_self_checks():
    other = notebook(("md", "# Same event, different frames"), ("code", 'check("04-1", x)'))
    mine_renamed = notebook(("md", "# My start here notes"), ("code", 'check("00-1", x)'))
    assert "this is 'Same event, different frames', not 'Start here'" in handins.wrong_notebook(
        other, "Start here", ["00-1"])
    assert handins.wrong_notebook(mine_renamed, "Start here", ["00-1"]) == ""
    assert handins.wrong_notebook(notebook(("md", "# Start  here!")), "Start here", ["00-1"]) == ""


def test_the_capstone_alone_needs_its_my_work_folder_when_the_article_is_a_file(tmp_path):
    own = tmp_path / "08_x.ipynb"
    own.write_text(_nb_text(("code", CAPSTONE_SOURCE.format(path="my_work/mine.txt"))), encoding="utf-8")
    alone = handins.open_handin(own, "08_x.ipynb", "08_x")
    assert "reads its article from my_work/mine.txt" in handins.missing_source(alone)
    assert "ask for the zip" in handins.missing_source(alone)
    zipped = handins.open_handin(_zip(tmp_path / "a.zip", {"08_x.ipynb": own.read_text(encoding="utf-8"),
                                                           "my_work/mine.txt": "text"}), "a.zip", "08_x")
    assert handins.missing_source(zipped) == ""
    practice = tmp_path / "p.ipynb"
    practice.write_text(_nb_text(("code", CAPSTONE_SOURCE.format(path=None))), encoding="utf-8")
    handin = handins.open_handin(practice, "p.ipynb", "08_x")
    assert handins.missing_source(handin) == "" and handins.capstone_article(handin)[1] is True


def test_the_capstone_row_names_the_article_from_the_students_catalogue_and_flags_the_practice_one(tmp_path):
    catalog = ("id,file,short,outlet,published\n000,a.txt,AP,Associated Press,2025-10-15\n"
               "005,005_mine.txt,Mine,Pannonian Wire,2025-11-02\n")
    text = _nb_text(("code", CAPSTONE_SOURCE.format(path="my_work/mine.txt")))
    own = _zip(tmp_path / "a.zip", {"08_x.ipynb": text, "my_work/mine.txt": "t",
                                    "my_work/corpus/catalog.csv": catalog})
    handin = handins.open_handin(own, "a", "08_x")
    assert handins.capstone_article(handin, {"000"}) == (
        "005 Mine (Pannonian Wire, 2025-11-02), from my_work/mine.txt", False)
    practice = catalog.replace("Pannonian Wire", "Course Practice Wire (fictional)")
    copied = _zip(tmp_path / "b.zip", {"08_x.ipynb": text, "my_work/mine.txt": "t",
                                       "my_work/corpus/catalog.csv": practice})
    handin = handins.open_handin(copied, "b", "08_x")
    assert handins.capstone_article(handin, {"000"})[1] is True  # the practice text brought in as a file
    not_capstone = handins.Handin(tmp_path, "n", notebook=notebook(("code", "x = 1")))
    assert handins.capstone_article(not_capstone) == ("", False)


QS = [{"qid": "00-1", "cell_id": "c001", "test_name": "q00_1", "points": 1, "call": "check('00-1', answer)",
       "heading": "Exercise 1"}]


def test_an_edited_self_check_is_flagged_and_an_untouched_one_is_not():
    honest = notebook(("md", "# T"),
                      ("code", 'from helpers import check\nanswer = "002"\ncheck("00-1", answer)'))
    assert review.edited_checks(honest, QS) == []
    patched = notebook(("md", "# T"), ("code", "import helpers.exercises.checks as c\nc.check = print\n"
                                               'answer = 0\ncheck("00-1", answer)'))
    assert review.edited_checks(patched, QS) == ["assigns c.check (cell 1)"]
    changed = notebook(("md", "# T"), ("code", 'check("00-1", "002")'))
    assert review.edited_checks(changed, QS) == [
        "the self-check of 00-1 was changed (check('00-1', '002') instead of check('00-1', answer))"]
    always = notebook(("code", "class Yes(str):\n    def __eq__(self, o): return True"),
                      ("code", 'check("00-1", answer)'))
    assert review.edited_checks(always, QS) == ["defines __eq__ (an answer that equals anything?) (cell 0)"]
    deleted = notebook(("md", "# T"))
    assert review.edited_checks(deleted, QS) == ["the self-check of 00-1 is not in the notebook"]


def _ran(source, *outputs):
    cell = new_code_cell(source)
    cell.outputs = list(outputs)
    return cell


@pytest.mark.parametrize("cell, right, expected", [
    (_ran('answer = "002"\ncheck("00-1", answer)',
          {"output_type": "stream", "name": "stdout", "text": "✅ ok"}),
     True, ("right", "")),
    (_ran('answer = "003"\ncheck("00-1", answer)',
          {"output_type": "stream", "name": "stdout", "text": "❌ Not yet. Hint: divide.\n"}),
     False, ("not yet", "Hint: divide.")),
    (_ran('answer = sentence[0]\ncheck("00-1", answer)',
          {"output_type": "error", "ename": "NameError", "evalue": "name 'sentence' is not defined",
           "traceback": []}),
     False, ("error", "NameError: name 'sentence' is not defined")),
    (_ran('answer = ...  # your answer\ncheck("00-1", answer)',
          {"output_type": "stream", "name": "stdout", "text": "⏳ Not yet: replace ... with your answer"}),
     False, ("not attempted", "")),
])
def test_each_question_is_right_wrong_stopped_by_an_error_or_not_attempted(cell, right, expected):
    assert review.outcome(cell, right) == expected


def test_the_feedback_page_is_plain_words_and_escapes_the_students_text():
    row = {"file": "ana/<b>.ipynb", "status": "graded", "score": 0, "possible": 1, "article": ""}
    page = review.feedback_page(row, QS, {"00-1": ("error", "NameError: name '<script>' is not defined")}, [],
                                "Start here")
    assert "<script>" not in page and "&lt;script&gt;" in page and "ana/&lt;b&gt;.ipynb" in page
    assert "The cell stopped with an error" in page and "Score: 0 of 1" in page
    assert review.feedback_name("ana/00_start_here.ipynb") == "ana__00_start_here.html"


def test_grade_writes_a_row_for_every_hand_in_and_fails_only_when_none_was_graded(zip_00, tmp_path, capsys):
    bad = tmp_path / "bad.ipynb"
    bad.write_text("{not json", encoding="utf-8")
    out = tmp_path / "s.csv"
    assert autograder.main(["grade", str(zip_00), str(bad), str(tmp_path / "gone.zip"), "-o", str(out)]) == 1
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["file"], r["status"], r["score"]) for r in rows] == [("bad.ipynb", "unreadable", ""),
                                                                    ("gone.zip", "unreadable", "")]
    assert "no hand-in could be graded" in capsys.readouterr().err
    assert (tmp_path / "s_feedback" / "bad.html").is_file()


def test_grade_help_says_zips_are_accepted_and_when_it_fails(capsys):
    with pytest.raises(SystemExit):
        autograder.main(["grade", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert ".zip files of the notebook with its my_work/ folder" in text
    assert "Exit status: 0 when at least one hand-in was graded, 1 when none could be" in text


def test_a_batch_with_bad_hand_ins_grades_the_good_ones_with_statuses_flags_and_feedback(zip_00, tmp_path):
    teacher = nbformat.read(str(ROOT / "instructor" / "00_start_here.ipynb"), as_version=4)
    teacher.metadata["kernelspec"] = {"name": "bew", "display_name": "Python (Between East and West)",
                                      "language": "python"}
    (tmp_path / "ana").mkdir()
    nbformat.write(teacher, str(tmp_path / "ana" / "00_start_here.ipynb"))
    student = nbformat.read(str(ROOT / "notebooks" / "00_start_here.ipynb"), as_version=4)
    cells = {c.id: c for c in student.cells}
    cells["c020"].source = 'n_gaps = int(sentence["gap"].sum())\ncheck("00-2", n_gaps)'
    cells["c022"].source = ("import helpers.exercises.checks as _c\n_c.check = lambda *a: True\n"
                            'clean_source = "000"\ncheck("00-3", clean_source)')
    _zip(tmp_path / "ben.zip", {"ben_work/00_start_here.ipynb": nbformat.writes(student),
                                "ben_work/04_same_event.ipynb": "{}"})
    (tmp_path / "cara").mkdir()
    (tmp_path / "cara" / "00_start_here.ipynb").write_text("{truncated", encoding="utf-8")
    (tmp_path / "dan").mkdir()
    (tmp_path / "dan" / "00_start_here.ipynb").write_bytes(
        (ROOT / "notebooks" / "01_reading_a_news_article.ipynb").read_bytes()
        if (ROOT / "notebooks" / "01_reading_a_news_article.ipynb").is_file()
        else nbformat.writes(notebook(("md", "# Another notebook"))).encode())
    subs = [tmp_path / "ana" / "00_start_here.ipynb", tmp_path / "ben.zip",
            tmp_path / "cara" / "00_start_here.ipynb", tmp_path / "dan" / "00_start_here.ipynb"]
    graded = autograder.grade(zip_00, subs, log=lambda _m: None, feedback=tmp_path / "fb")
    rows = {r["file"]: r for r in graded}
    assert [(n, r["status"]) for n, r in rows.items()] == [
        ("ana/00_start_here.ipynb", "graded"), ("ben.zip", "graded"),
        ("cara/00_start_here.ipynb", "unreadable"), ("dan/00_start_here.ipynb", "wrong notebook")]
    assert rows["ana/00_start_here.ipynb"]["score"] == 3  # the hub's kernel name did not matter
    assert (rows["ben.zip"]["score"], rows["ben.zip"]["flags"]) == (0, "assigns _c.check (cell 22)")
    page = (tmp_path / "fb" / "ben.html").read_text(encoding="utf-8")
    assert "Not attempted" in page and "NameError: name &#x27;sentence&#x27; is not defined" in page


def test_hand_ins_graded_in_parallel_give_the_same_rows_and_pages_in_the_same_order(zip_00, tmp_path):
    teacher = ROOT / "instructor" / "00_start_here.ipynb"
    (tmp_path / "ana").mkdir()
    (tmp_path / "ana" / "00_start_here.ipynb").write_bytes(teacher.read_bytes())
    (tmp_path / "bad.ipynb").write_text("{not json", encoding="utf-8")
    (tmp_path / "cid").mkdir()
    student = ROOT / "notebooks" / "00_start_here.ipynb"
    (tmp_path / "cid" / "00_start_here.ipynb").write_bytes(student.read_bytes())
    names = ["ana/00_start_here.ipynb", "bad.ipynb", "cid/00_start_here.ipynb"]
    subs = [tmp_path / name for name in names]
    one_by_one = autograder.grade(zip_00, subs, log=lambda _m: None, feedback=tmp_path / "fb1", jobs=1)
    said = []
    together = autograder.grade(zip_00, subs, log=said.append, feedback=tmp_path / "fb2", jobs=3)
    assert together == one_by_one
    assert [r["file"] for r in together] == names
    assert [r["status"] for r in together] == ["graded", "unreadable", "graded"]
    assert (together[0]["score"], together[2]["score"]) == (3, 0)
    assert [line.split(":")[0] for line in said] == [r["file"] for r in together]
    for page in (tmp_path / "fb1").iterdir():
        assert (tmp_path / "fb2" / page.name).read_text(encoding="utf-8") == page.read_text(encoding="utf-8")


def test_jobs_below_one_is_refused_with_a_message(zip_00, capsys):
    with pytest.raises(SystemExit):
        autograder.main(["grade", str(zip_00), "x.ipynb", "--jobs", "0"])
    assert "--jobs must be 1 or more" in capsys.readouterr().err
