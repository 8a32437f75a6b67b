"""tools/build_editions.py: the student edition has no solutions, and notebooks/ is up to date.

The fixture tests build tests/fixtures/instructor/00_fixture.ipynb (executed for real); the
repository tests check every instructor/*.ipynb against its notebooks/*.ipynb. The leak detector
here is written independently of the build code, so a bug in the build cannot hide a leak.
"""

import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from tools import build_editions as be

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_SRC = Path(__file__).resolve().parent / "fixtures" / "instructor"
FIXTURE = FIXTURE_SRC / "00_fixture.ipynb"
INSTRUCTOR = ROOT / "instructor"
STUDENT = ROOT / "notebooks"
REPO_NOTEBOOKS = sorted(INSTRUCTOR.glob("*.ipynb"))



# --------------------------------------------------------------------------- independent leak detector

def _tags(cell):
    return cell.get("metadata", {}).get("tags", [])


def _trivial(fragment: str) -> bool:
    return len(fragment) < 8 or re.fullmatch(r"[\W_]+", fragment) is not None


def split_instructor(nb):
    """(secret fragments, public source text) of an instructor notebook."""
    secret, public = [], []
    for cell in nb.cells:
        lines = cell.source.splitlines()
        if "instructor" in _tags(cell) or "solution" in _tags(cell):
            secret.append(cell.source.strip())
            secret.extend(lines)
            continue
        if cell.cell_type != "code":
            public.extend(lines)
            continue
        inside = False
        for line in lines:
            if re.match(r"\s*#+\s*BEGIN SOLUTION", line):
                inside = True
            elif re.match(r"\s*#+\s*END SOLUTION", line):
                inside = False
            elif inside:
                secret.append(line)
            elif re.search(r"#\s*SOLUTION\s*$", line):
                secret.append(re.sub(r"#\s*SOLUTION\s*$", "", line))
            else:
                public.append(line)
    public_text = "\n".join(public)
    fragments = {s.strip() for s in secret}
    return sorted(f for f in fragments if not _trivial(f) and f not in public_text), public_text


def notebook_text(nb) -> str:
    """All the text of a notebook a student can read: sources and outputs."""
    parts = []
    for cell in nb.cells:
        parts.append(cell.source)
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.extend(str(v) for v in out.get("data", {}).values())
            parts.extend([out.get("evalue", ""), *out.get("traceback", [])])
    return "\n".join(parts)


def leaks(instructor_nb, student_nb) -> list[str]:
    fragments, _ = split_instructor(instructor_nb)
    text = notebook_text(student_nb)
    found = [f for f in fragments if f in text]
    if "✅ Correct!" in text:
        found.append("a self-check says '✅ Correct!' (the answer is in the student edition)")
    return found


# --------------------------------------------------------------------------- fixture: the build

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    dest = tmp_path_factory.mktemp("student")
    before = FIXTURE.read_bytes()
    paths = be.build(FIXTURE_SRC, dest, log=lambda _m: None)
    assert FIXTURE.read_bytes() == before, "the build changed the instructor notebook"
    assert paths == [dest / FIXTURE.name]
    return dest


@pytest.fixture(scope="module")
def student(built):
    return nbformat.read(str(built / FIXTURE.name), as_version=4)


@pytest.fixture(scope="module")
def instructor():
    return nbformat.read(str(FIXTURE), as_version=4)


def test_fixture_has_every_kind_of_marker(instructor):
    """Guard: the fixture really exercises what the other tests claim to check."""
    text = "\n".join(c.source for c in instructor.cells)
    assert "# BEGIN SOLUTION" in text and "# END SOLUTION" in text and "# SOLUTION\n" in text
    tags = [t for c in instructor.cells for t in _tags(c)]
    assert {"solution", "instructor", "student-raises-exception"} <= set(tags)
    outputs = notebook_text(instructor)
    for secret in ["SECRET-BLOCK-OUTPUT", "SECRET-SOLUTION-CELL-OUTPUT", "INSTRUCTOR-ONLY-OUTPUT",
                   "✅ Correct!"]:
        assert secret in outputs, f"refresh the fixture's outputs: {secret} missing"


def test_markers_replaced_by_prompts(student):
    sources = [c.source for c in student.cells]
    assert "def count_articles():\n    ...  # your code here" in sources
    assert 'answer = ...  # your answer\ncheck("demo-2", answer)' in sources
    assert "...  # your code here" in sources  # the whole-cell solution
    text = "\n".join(sources)
    assert "SOLUTION" not in text
    assert "load_articles()\n" not in text and '"000"' not in text


def test_tagged_cells_removed_or_replaced(student, instructor):
    assert len(student.cells) == len(instructor.cells) - 2  # two cells tagged instructor
    sources = [c.source for c in student.cells]
    assert not any("INSTRUCTOR-ONLY" in s for s in sources)
    i = sources.index("Why does it matter who wrote the wire copy?")
    assert student.cells[i + 1].cell_type == "markdown"
    assert student.cells[i + 1].source == "**Your answer here.** (Double-click to edit.)"
    tags = [t for c in student.cells for t in _tags(c)]
    assert "solution" not in tags and "instructor" not in tags
    assert "student-raises-exception" not in tags and "raises-exception" in tags
    assert "nbval-ignore-output" in tags  # other tags are kept
    assert student.metadata["edition"] == "student"
    assert "edition" not in instructor.metadata


def test_student_outputs_are_real_and_solution_outputs_gone(student):
    text = notebook_text(student)
    for secret in ["SECRET", "INSTRUCTOR-ONLY", "✅ Correct!", "articles: 5"]:
        assert secret not in text
    assert text.count("⏳ Not yet: replace ... with your answer") == 2
    assert "articles: None" in text
    codes = [c for c in student.cells if c.cell_type == "code"]
    assert [c.execution_count for c in codes] == list(range(1, len(codes) + 1))
    assert all("execution" not in c.metadata for c in student.cells)  # record_timing off
    errors = [o for c in codes for o in c.outputs if o.output_type == "error"]
    assert [e.ename for e in errors] == ["TypeError"]  # only the student-raises-exception cell


def test_assets_copied_and_notebook_ran_in_the_student_folder(built, student):
    assert (built / "assets" / "note.txt").read_bytes() == (FIXTURE_SRC / "assets" / "note.txt").read_bytes()
    assert "Fixture asset: copied from instructor/assets" in notebook_text(student)


def test_no_leaks_in_fixture_build(instructor, student):
    fragments, _ = split_instructor(instructor)
    assert len(fragments) >= 6  # the detector sees the solutions ...
    assert leaks(instructor, instructor)  # ... and reports them when they are present
    assert leaks(instructor, student) == []


def test_build_is_deterministic(built, tmp_path):
    be.build(FIXTURE_SRC, tmp_path, log=lambda _m: None)
    assert (tmp_path / FIXTURE.name).read_bytes() == (built / FIXTURE.name).read_bytes()


# --------------------------------------------------------------------------- fixture: --check and errors

class Done:
    def __init__(self, returncode, captured):
        self.returncode, self.stdout, self.stderr = returncode, captured.out, captured.err


def main(capsys, *args):
    """Run the command line in this process (faster; same argument handling and exit codes)."""
    capsys.readouterr()
    returncode = be.main([str(a) for a in args])
    return Done(returncode, capsys.readouterr())


def test_check_mode(built, tmp_path, capsys):
    src = tmp_path / "instructor"
    shutil.copytree(FIXTURE_SRC, src)
    dest = tmp_path / "notebooks"
    shutil.copytree(built, dest)
    done = main(capsys, "--check", "--source", src, "--dest", dest)
    assert done.returncode == 0, done.stderr  # executed outputs do not count, sources match

    nb = json.loads((src / FIXTURE.name).read_text(encoding="utf-8"))
    nb["cells"][0]["source"] = ["# A new title"]
    (src / FIXTURE.name).write_text(json.dumps(nb), encoding="utf-8")
    (src / "01_new.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    (src / "assets" / "note.txt").write_text("changed\n", encoding="utf-8")
    done = main(capsys, "--check", "--source", src, "--dest", dest)
    assert done.returncode == 1
    assert f"{dest / FIXTURE.name}: out of date" in done.stderr
    assert f"{dest / '01_new.ipynb'}: missing" in done.stderr
    assert "note.txt: missing or different" in done.stderr

    done = main(capsys, "--no-execute", "--source", src, "--dest", dest)
    assert done.returncode == 0, done.stderr
    assert main(capsys, "--check", "--source", src, "--dest", dest).returncode == 0


def test_strip_solutions_rules():
    source = ('x = compute()  # SOLUTION\n'
              'if a == b:  # SOLUTION\n'
              'd["k"]: int = 3  # SOLUTION\n'
              'def f():\n'
              '    ### BEGIN SOLUTION\n    return 42\n    ### END SOLUTION\n'
              '# BEGIN SOLUTION NO PROMPT\nhidden()\n# END SOLUTION\n'
              'kept = 1')
    out, changed = be.strip_solutions(source)
    assert changed
    assert out == ('x = ...  # your answer\n'
                   '...  # your code here\n'
                   'd["k"]: int = ...  # your answer\n'
                   'def f():\n'
                   '    ...  # your code here\n'
                   'kept = 1')
    assert be.strip_solutions("kept = 1") == ("kept = 1", False)
    for bad in ["# BEGIN SOLUTION\nx = 1", "x = 1\n# END SOLUTION", "# BEGIN SOLUTION\n# BEGIN SOLUTION"]:
        with pytest.raises(be.EditionError, match="SOLUTION"):
            be.strip_solutions(bad, "nb, cell 3")


def test_failing_student_cell_stops_the_build(tmp_path, capsys):
    src = tmp_path / "instructor"
    src.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("total = 41  # SOLUTION"), nbformat.v4.new_code_cell("total + 1")]
    nbformat.write(nb, str(src / "bad.ipynb"))
    done = main(capsys, "--source", src, "--dest", tmp_path / "notebooks")
    assert done.returncode == 1
    assert "bad.ipynb" in done.stderr and "student-raises-exception" in done.stderr
    nb.cells[0].source = "# BEGIN SOLUTION\ntotal = 41"
    nbformat.write(nb, str(src / "bad.ipynb"))
    done = main(capsys, "--no-execute", "--source", src, "--dest", tmp_path / "notebooks")
    assert done.returncode == 1 and "BEGIN SOLUTION without END SOLUTION" in done.stderr


# --------------------------------------------------------------------------- the repository

needs_repo_notebooks = pytest.mark.skipif(
    not REPO_NOTEBOOKS,
    reason="instructor/ has no notebooks yet: only the fixture build is tested (tests above)",
)


@needs_repo_notebooks
@pytest.mark.parametrize("path", REPO_NOTEBOOKS, ids=lambda p: p.name)
def test_repo_student_edition_has_no_solutions(path):
    target = STUDENT / path.name
    assert target.exists(), f"{target} missing: run `make student`"
    instructor_nb = nbformat.read(str(path), as_version=4)
    student_nb = nbformat.read(str(target), as_version=4)
    assert student_nb.metadata.get("edition") == "student", f"{target} was not built by make student"
    found = leaks(instructor_nb, student_nb)
    assert not found, f"solution text found in {target}: {found[:5]}"


def test_repo_student_edition_up_to_date(capsys):
    """``build_editions.py --check`` on the real folders (also meaningful with no notebooks yet)."""
    done = main(capsys, "--check")
    assert done.returncode == 0, done.stderr


def test_stored_outputs_join_consecutive_prints_of_one_stream():
    import nbformat

    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print('a'); print('b')")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="a\n"),
                    nbformat.v4.new_output("stream", name="stdout", text="b\n"),
                    nbformat.v4.new_output("stream", name="stderr", text="warn\n"),
                    nbformat.v4.new_output("stream", name="stdout", text="c\n")]
    nb.cells.append(cell)
    be.coalesce_streams(nb)
    assert [(o.name, o.text) for o in nb.cells[0].outputs] == [("stdout", "a\nb\n"), ("stderr", "warn\n"),
                                                              ("stdout", "c\n")]
