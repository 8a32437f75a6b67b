"""The course's standards, checked on every notebook of both editions.

Each course notebook (00-08) has a header (title, objectives, time, difficulty, what it builds on,
what you need), at least three exercises and one self-check, discussion prompts, a summary and a
link to the next notebook; headings are in order with one H1; every figure carries alt text; in
the student edition every self-check replies "not yet".
"""

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COURSE = sorted(p.name for p in (ROOT / "instructor").glob("0[0-8]_*.ipynb"))
ALL = sorted(p.name for p in (ROOT / "instructor").glob("*.ipynb"))


def cells(folder, name):
    return json.loads((ROOT / folder / name).read_text(encoding="utf-8"))["cells"]


def markdown(folder, name):
    return "\n\n".join("".join(c["source"]) for c in cells(folder, name) if c["cell_type"] == "markdown")


def test_the_course_has_nine_notebooks():
    assert [n[:2] for n in COURSE] == [f"{i:02d}" for i in range(9)]


@pytest.mark.parametrize("name", COURSE)
def test_header(name):
    md = markdown("instructor", name)
    head = md[:3000].lower()
    for needle in ("what you'll learn", "estimated time", "difficulty", "builds on", "you'll need"):
        assert needle in head, f"{name}: header lacks {needle!r}"


@pytest.mark.parametrize("folder", ["instructor", "notebooks"])
@pytest.mark.parametrize("name", ALL)
def test_headings_in_order_with_one_h1(folder, name):
    levels = []
    for c in cells(folder, name):
        if c["cell_type"] != "markdown":
            continue
        in_code = False
        for line in "".join(c["source"]).splitlines():
            if line.startswith("```"):
                in_code = not in_code
            m = re.match(r"^(#{1,6}) ", line)
            if m and not in_code:
                levels.append(len(m.group(1)))
    assert levels and levels[0] == 1 and levels.count(1) == 1, f"{name}: {levels[:5]}"
    for a, b in zip(levels, levels[1:]):
        assert b <= a + 1, f"{name}: heading jumps from H{a} to H{b}"


@pytest.mark.parametrize("name", COURSE)
def test_exercises_checks_discussion_summary_next(name):
    md = markdown("instructor", name)
    assert len(re.findall(r"^#+ .*Exercise", md, flags=re.M | re.I)) >= 3, f"{name}: fewer than 3 exercises"
    code = "\n".join("".join(c["source"]) for c in cells("instructor", name) if c["cell_type"] == "code")
    assert re.search(r"\bcheck(?:_mine)?\(\s*[\"']\d\d-\d", code), f"{name}: no self-check"
    low = md.lower()
    assert "discussion" in low and "summary" in low, f"{name}: discussion or summary missing"
    assert re.search(r"\]\((0\d_[a-z_]+\.ipynb|\.\./docs/[a-z_]+\.md)\)", md[-1500:]), f"{name}: no link at the end"


@pytest.mark.parametrize("folder", ["instructor", "notebooks"])
@pytest.mark.parametrize("name", ALL)
def test_every_figure_has_alt_text(folder, name):
    for i, c in enumerate(cells(folder, name)):
        for o in c.get("outputs", []):
            if "image/png" in o.get("data", {}):
                alt = o.get("metadata", {}).get("image/png", {}).get("alt", "")
                assert len(alt) > 40, f"{name} cell {i}: figure without real alt text"
                assert "".join(o["data"].get("text/plain", "")).strip(), f"{name} cell {i}: no text twin of the figure"


@pytest.mark.parametrize("name", COURSE)
def test_student_self_checks_say_not_yet(name):
    n = 0
    for c in cells("notebooks", name):
        src = "".join(c.get("source", ""))
        if c["cell_type"] != "code" or not re.search(r"\bcheck(?:_mine)?\(\s*[\"']\d\d-\d", src):
            continue
        text = "".join("".join(o.get("text", "")) for o in c.get("outputs", []))
        assert "Not yet" in text and "Correct" not in text, f"{name}: {src[-80:]!r} -> {text[:120]!r}"
        n += 1
    assert n >= 1


@pytest.mark.parametrize("name", COURSE)
def test_instructor_self_checks_are_answered(name):
    for c in cells("instructor", name):
        src = "".join(c.get("source", ""))
        if c["cell_type"] == "code" and re.search(r"\bcheck(?:_mine)?\(\s*[\"']\d\d-\d", src) and "SOLUTION" in src:
            text = "".join("".join(o.get("text", "")) for o in c.get("outputs", []))
            assert "Correct" in text, f"{name}: the instructor's solution does not pass its own check: {src[-80:]!r}"


def test_notebooks_import_the_installed_package():
    for folder in ("instructor", "notebooks"):
        for name in ALL:
            code = "\n".join("".join(c["source"]) for c in cells(folder, name) if c["cell_type"] == "code")
            assert "sys.path" not in code and "../shared" not in code, f"{folder}/{name}"
