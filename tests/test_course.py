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
    link = r"\]\((0\d_[a-z_]+\.ipynb|\.\./docs/[a-z_]+\.md)\)"
    assert re.search(link, md[-1500:]), f"{name}: no link at the end"


@pytest.mark.parametrize("folder", ["instructor", "notebooks"])
@pytest.mark.parametrize("name", ALL)
def test_every_figure_has_alt_text(folder, name):
    for i, c in enumerate(cells(folder, name)):
        for o in c.get("outputs", []):
            if "image/png" in o.get("data", {}):
                alt = o.get("metadata", {}).get("image/png", {}).get("alt", "")
                assert len(alt) > 40, f"{name} cell {i}: figure without real alt text"
                twin = "".join(o["data"].get("text/plain", "")).strip()
                assert twin, f"{name} cell {i}: no text twin of the figure"


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
        if (c["cell_type"] == "code" and re.search(r"\bcheck(?:_mine)?\(\s*[\"']\d\d-\d", src)
                and "SOLUTION" in src):
            text = "".join("".join(o.get("text", "")) for o in c.get("outputs", []))
            assert "Correct" in text, (f"{name}: the instructor's solution does not pass its own check: "
                                       f"{src[-80:]!r}")


def test_notebooks_import_the_installed_package():
    for folder in ("instructor", "notebooks"):
        for name in ALL:
            code = "\n".join("".join(c["source"]) for c in cells(folder, name) if c["cell_type"] == "code")
            assert "sys.path" not in code and "../shared" not in code, f"{folder}/{name}"


# --------------------------------------------------------------------------- predict, then check (issue 16)

CORE = [n for n in COURSE if n[:2] != "08"]
_EXERCISE = re.compile(r"^#{2,4} Exercise (\d+) \(([^)]*)\)", flags=re.M)


def _blocks(name):
    """(title, index of the heading cell, the cells of the exercise) for each exercise of a notebook."""
    cs = cells("instructor", name)
    heads = []
    for i, c in enumerate(cs):
        if c["cell_type"] == "markdown":
            for m in _EXERCISE.finditer("".join(c["source"])):
                heads.append((m.group(2), i))
    out = []
    for k, (title, i) in enumerate(heads):
        end = heads[k + 1][1] if k + 1 < len(heads) else len(cs)
        block = [cs[i]] + [c for c in cs[i + 1:end]
                           if not (c["cell_type"] == "markdown" and "## Discussion" in "".join(c["source"]))]
        out.append((title, i, block))
    return out


def _is_literal_assignment(line):
    import ast
    try:
        tree = ast.parse(line.split("#")[0].strip() or "pass")
    except SyntaxError:
        return False
    node = tree.body[0] if tree.body else None
    literal = (ast.Constant, ast.List, ast.Tuple)
    return isinstance(node, ast.Assign) and isinstance(node.value, literal) and all(
        isinstance(e, ast.Constant) for e in getattr(node.value, "elts", [node.value]))


def _alt_texts(cs):
    return " ".join(o.get("metadata", {}).get("image/png", {}).get("alt", "")
                    for c in cs for o in c.get("outputs", []))


@pytest.mark.parametrize("name", CORE)
def test_predict_then_check_exercises_ask_for_a_guess_and_compute_the_answer(name):
    """A 'predict, then ...' exercise asks for the guess first and works the answer out in its own cells:
    its solution is a computation (not a literal read off a table above), and no figure description or
    text above the exercise gives a number it asks for."""
    from helpers.exercises.checks import answer_hash, canonical, read_checks

    checks = read_checks()
    cs = cells("instructor", name)
    for title, start, block in _blocks(name):
        if not title.lower().startswith("predict"):
            continue
        text = "\n".join("".join(c["source"]) for c in block)
        assert "# My guess" in text or "My prediction" in text, (
            f"{name}: '{title}' has no place for the guess")
        solution = [line for c in block if c["cell_type"] == "code"
                    for line in "".join(c["source"]).splitlines() if line.rstrip().endswith("# SOLUTION")]
        assert any(not _is_literal_assignment(line) for line in solution), \
            f"{name}: '{title}' only types in a literal answer: {solution}"
        for qid in re.findall(r"\bcheck\(\s*[\"'](\d\d-\d)", text):
            row = checks[qid]
            if row["kind"] != "number":
                continue
            above = "\n".join("".join(c["source"]) for c in cs[:start] if c["cell_type"] == "markdown")
            shown = above + " " + _alt_texts(cs[:start])
            decimals = int(row["decimals"] or 0)
            # numbers in prose and figure descriptions, leaving out days of dates ("9 Oct 2025")
            numbers = re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])"
                                 r"(?! (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))", shown)
            for token in set(numbers):
                digest = answer_hash(row["salt"], canonical("number", token, decimals))
                assert digest not in row["answer_hashes"].split(";"), \
                    f"{name}: the answer to {qid} is printed above the exercise ({token!r})"


def _output_text(c):
    return " ".join("".join(o.get("text", "")) + "".join(o.get("data", {}).get("text/plain", ""))
                    for o in c.get("outputs", []))


@pytest.mark.parametrize("name", CORE)
def test_no_decimal_answer_is_printed_by_a_cell_above_its_exercise(name):
    """A computed answer with decimals (a kappa, a share, a z-score) must not appear in a table or a
    print-out above the exercise that asks for it (issue 16b: 06-4's kappa was in the agreement table
    printed before the exercise). Whole-number answers are left out: small counts occur everywhere."""
    from helpers.exercises.checks import answer_hash, canonical, read_checks

    checks = read_checks()
    cs = cells("instructor", name)
    for _title, start, block in _blocks(name):
        text = "\n".join("".join(c["source"]) for c in block)
        for qid in re.findall(r"\bcheck\(\s*[\"'](\d\d-\d)", text):
            row = checks[qid]
            decimals = int(row["decimals"] or 0)
            if row["kind"] != "number" or decimals < 1:
                continue
            shown = " ".join(_output_text(c) for c in cs[:start] if c["cell_type"] == "code")
            for token in set(re.findall(r"(?<![\w.])-?\d+\.\d+(?![\w.])", shown)):
                digest = answer_hash(row["salt"], canonical("number", token, decimals))
                assert digest not in row["answer_hashes"].split(";"), \
                    f"{name}: the answer to {qid} is printed by a cell above the exercise ({token!r})"


def _compared_literals(lines):
    """The strings a solution compares a column with (`== "percentage"`, `.isin(["poll"])`)."""
    code = " ".join(lines)
    found = set(re.findall(r"==\s*[\"']([^\"']+)[\"']", code))
    for group in re.findall(r"\.isin\(\s*\[([^\]]*)\]", code):
        found |= set(re.findall(r"[\"']([^\"']+)[\"']", group))
    return found


FIVE = ("AP", "Balkan View", "NGO appeal", "ECFR", "RT rewrite")


def _reveals(cell, literal, measure):
    """Whether a printed cell shows, for all five sources, the row or column a solution picks by
    `literal` (and, where the solution ranks by a measure such as `per_1000`, that same measure)."""
    text = _output_text(cell) if cell["cell_type"] == "code" else ""
    if literal in FIVE or not re.search(rf"\b{re.escape(literal)}\b", text):
        return False
    if not (all(s in text for s in FIVE) and re.search(r"\d", text)):
        return False
    return measure is None or measure in text + "".join(cell["source"])


@pytest.mark.parametrize("name", CORE)
def test_a_predict_exercise_follows_no_printed_table_of_the_rows_it_asks_about(name):
    """Predict, then check, for every kind of answer (a source, a list of sources, not only numbers;
    third blind review: 07-2's percentage column and 05-1's delegitimising row were printed above the
    exercise). A 'predict, then ...' exercise whose solution picks rows by a value
    (`claim_type == "percentage"`) comes before any table that shows that value for the five sources;
    where the solution ranks by a measure (`sort_values("share")`), a table of another measure
    (04's paragraph counts, where the exercise asks for shares) does not give the answer away."""
    cs = cells("instructor", name)
    for title, start, block in _blocks(name):
        if not title.lower().startswith("predict"):
            continue
        solution = [line for c in block if c["cell_type"] == "code"
                    for line in "".join(c["source"]).splitlines() if line.rstrip().endswith("# SOLUTION")]
        measures = re.findall(r"sort_values\(\s*[\"'](\w+)", " ".join(solution))
        measure = measures[0] if measures else None
        for literal in _compared_literals(solution):
            for i, c in enumerate(cs[:start]):
                assert not _reveals(c, literal, measure), (
                    f"{name}: cell {i} prints {literal!r} for the five sources above '{title}', "
                    "which asks for it")


def test_the_printed_table_rule_catches_an_answer_shown_above():
    """The rule above, on the shape of the two cases the third review found."""
    assert _compared_literals(['top = rates[rates["category"] == "delegitimising"]  # SOLUTION']) \
        == {"delegitimising"}
    assert _compared_literals(['x = found[found["claim_type"].isin(["percentage", "poll"])]']) \
        == {"percentage", "poll"}
    table = {"cell_type": "code", "source": 'rates.pivot(index="category", values="per_1000")',
             "outputs": [{"text": "short AP  Balkan View  ECFR  NGO appeal  RT rewrite\n"
                                  "delegitimising 8.53 9.56 6.99 26.84 6.73"}]}
    assert _reveals(table, "delegitimising", "per_1000") and _reveals(table, "delegitimising", None)
    counts = dict(table, source='x.pivot_table(values="paragraphs")')
    assert not _reveals(counts, "delegitimising", "share")  # another measure: the answer needs computing
    assert not _reveals(table, "ECFR", None)  # a source's name is in every table


@pytest.mark.parametrize("name", CORE)
def test_each_notebook_has_an_auto_checked_exercise_that_computes(name):
    """At least one self-checked exercise per notebook needs an analysis step (a filter, a count, a
    computation) written in the exercise itself, not a value read off a table above."""
    found = False
    for _title, _start, block in _blocks(name):
        code = "\n".join("".join(c["source"]) for c in block if c["cell_type"] == "code")
        if not re.search(r"\bcheck\(\s*[\"']\d\d-\d", code):
            continue
        solution = [line for line in code.splitlines() if line.rstrip().endswith("# SOLUTION")]
        if any(not _is_literal_assignment(line) for line in solution):
            found = True
    assert found, f"{name}: no self-checked exercise computes its answer"


@pytest.mark.parametrize("name", COURSE)
def test_check_ids_follow_the_exercise_numbers(name):
    for _title, _start, block in _blocks(name):
        heading = "".join(block[0]["source"])
        number = _EXERCISE.search(heading).group(1)
        code = "\n".join("".join(c["source"]) for c in block if c["cell_type"] == "code")
        for qid in re.findall(r"\bcheck\(\s*[\"'](\d\d-\d)", code):
            assert qid == f"{name[:2]}-{number}", f"{name}: Exercise {number} calls check({qid!r})"


@pytest.mark.parametrize("name", COURSE)
def test_student_placeholders_never_print_ellipsis(name):
    for c in cells("notebooks", name):
        for o in c.get("outputs", []):
            text = "".join(o.get("text", "")) + "".join(o.get("data", {}).get("text/plain", ""))
            assert "Ellipsis" not in text, f"{name}: {''.join(c['source'])[:80]!r} shows Ellipsis"
