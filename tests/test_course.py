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
            # a number inside an outlet's name is a name, not a figure (fifty-fifth review: 01-1 became 24,
            # and 01's note on state media names France 24)
            shown = re.sub(r"\bFrance 24\b", "France", shown)
            decimals = int(row["decimals"] or 0)
            # numbers in prose and figure descriptions, leaving out days of dates ("9 Oct 2025") and
            # links to other notebooks ("[04 Same event, different frames]")
            numbers = re.findall(r"(?<![\w.\[])\d+(?:\.\d+)?(?![\w.])"
                                 r"(?! (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))", shown)
            for token in set(numbers) - {t for t in numbers if re.fullmatch(r"0\d+", t)}:  # ids: labels
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


# --------------------------------------------------------------------------- no answer shown above (issue 16)
#
# What a student sees above an exercise (prose, figure descriptions, printed tables) must not give
# away its self-checked answer, or "predict, then check" cannot be honest. The test reads each
# answer off everything above the exercise in the ways a student could, and asks the self-check
# whether that reading is accepted:
#
# - prose: a decimal or a percentage ("0.55", "55%"); a sentence with a superlative ("most", "largest",
#   ...) that names a source;
# - a printed table with one row per source: the largest or smallest value of a column the exercise
#   names, the sources above 0 in it, the sources sharing one of its values; its decimals as
#   percentages; the rows with an empty cell in a column the exercise names; the rows of a source the
#   exercise names (a count by eye);
# - a printed table with one column per source: the same along a row the exercise names, and the
#   source columns with the most marks.
#
# An exercise that says the answer can be read off a table above ("read it off") is a look-up by
# design and is left out.

_SOURCES = {"000": "AP", "001": "Balkan View", "002": "NGO appeal", "003": "ECFR", "004": "RT rewrite"}
_SOURCE_KEY = {**{v.lower(): k for k, v in _SOURCES.items()}, **{k: k for k in _SOURCES}}
_SOURCE_WORD = re.compile(r"\b(?:00[0-4]|AP|Balkan View|NGO appeal|ECFR|RT rewrite)\b")
_SUPERLATIVE = re.compile(r"\b(?:most|largest|highest|greatest|fewest|least|lowest|smallest)\b", re.I)


def _accepted(qid, value):
    import contextlib
    import io

    from helpers import check
    with contextlib.redirect_stdout(io.StringIO()):
        return bool(check(qid, value))


def _printed_tables(cell):
    """(column names, body rows, row labels) of every HTML table a code cell printed (pandas tables)."""
    from lxml import html as lxml_html
    for o in cell.get("outputs", []):
        page = "".join(o.get("data", {}).get("text/html", ""))
        if "<table" not in page:
            continue
        for table in lxml_html.fromstring(page).iter("table"):
            head, body, labels = [], [], []
            for tr in table.iter("tr"):
                row = [c.text_content().strip() for c in tr.iter("th", "td")]
                if tr.getparent().tag == "thead":
                    head.append(row)
                elif tr.getparent().tag == "tbody":
                    body.append(row)
                    labels.append([c.text_content().strip() for c in tr.iter("th")])
            width = max((len(r) for r in head + body), default=0)
            names = [" ".join(r[j] for r in head if j < len(r) and r[j]) for j in range(width)]
            yield names, [r + [""] * (width - len(r)) for r in body], labels


def _number(text):
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _named(name, asked):
    """Whether the exercise's text names this column or row label (a word, not a number)."""
    name = name.lower().strip()
    if not re.search(r"[a-z]", name):
        return False
    words = {name, name.replace("_", " ")}
    return any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", asked) for w in words)


def _spread(values, kind):
    """The answers a column (or row) of numbers per source gives away: its top, bottom and non-zero."""
    if len(values) < 2:
        return []
    top, bottom = max(values.values()), min(values.values())
    tops = sorted(k for k, v in values.items() if v == top)
    bottoms = sorted(k for k, v in values.items() if v == bottom)
    if kind == "choice":
        return [ks[0] for ks in (tops, bottoms) if len(ks) == 1]
    if kind == "set":
        return [tops, bottoms, sorted(k for k, v in values.items() if v > 0)]
    return []


def _by_source_rows(names, rows, kind, asked, sources_asked, counted):
    """Readings of a table with one row per source (``counted``: the exercise names this table)."""
    keyed = []
    for r in rows:
        key = next((_SOURCE_KEY[c.lower()] for c in r if c.lower() in _SOURCE_KEY), None)
        if key:
            keyed.append((key, r))
    out = []
    if kind == "number" and counted:  # the rows with an empty cell in a column the exercise names
        out += [sum(1 for r in rows if not r[j]) for j, n in enumerate(names) if _named(n, asked)]
    if not keyed:
        return out
    for j, name in enumerate(names):
        cells = [r[j] for _, r in keyed]
        numbers = [_number(c) for c in cells]
        # a pandas index (0, 1, 2 ...) or ids ("004") are labels, not values
        is_index = (cells == [str(i) for i in range(len(cells))]
                    or any(re.fullmatch(r"0\d+", c) for c in cells))
        if all(n is not None for n in numbers) and not is_index:
            if _named(name, asked):
                out += _spread(dict(zip([k for k, _ in keyed], numbers)), kind)
            if kind == "number" and "percent" in asked:  # a share of a source the exercise asks about
                out += [round(100 * n) for (k, _), n in zip(keyed, numbers, strict=True)
                        if n != int(n) and (not sources_asked or k in sources_asked)]
        elif _named(name, asked):
            if kind == "set":
                for value in set(cells):
                    out.append(sorted({k for k, r in keyed if r[j] == value}))
    if kind == "number" and counted:
        out += [sum(1 for k, _ in keyed if k == s) for s in sources_asked]
    one_row_each = len({k for k, _ in keyed}) == len(keyed)
    if kind == "number" and one_row_each:  # a count by eye along the row of a source the exercise
        # names (sixth review: 06-2's silences were the zeros in the RT rewrite's row of the wide table)
        for k, r in keyed:
            if k in sources_asked:
                values = [_number(c) for c in r if not re.fullmatch(r"0\d+", c)]
                values = [v for v in values if v is not None]
                out += [sum(1 for v in values if v == 0), sum(1 for v in values if v != 0)]
    return out


def _by_source_columns(names, rows, labels, kind, asked):
    """Readings of a table with one column per source: along a row the exercise names; the most marks."""
    columns = {_SOURCE_KEY[n.lower()]: j for j, n in enumerate(names) if n.lower() in _SOURCE_KEY}
    if len(columns) < 2 or kind not in ("choice", "set"):
        return []
    out = []
    for r, label in zip(rows, labels):
        numbers = {k: _number(r[j]) for k, j in columns.items()}
        if any(_named(c, asked) for c in label) and all(n is not None for n in numbers.values()):
            out += _spread(numbers, kind)
    marks = [r[j] for r in rows for j in columns.values() if r[j] and _number(r[j]) is None]
    if marks:
        common = max(set(marks), key=marks.count)
        out += _spread({k: sum(1 for r in rows if r[j] == common) for k, j in columns.items()}, kind)
        out += _spread({k: sum(1 for r in rows if r[j] and _number(r[j]) is None)
                        for k, j in columns.items()}, kind)
    return out


def _quoted_phrases(heading, words=4):
    """Runs of ``words`` consecutive words from the phrases the exercise quotes ("...", *...*)."""
    runs = set()
    for phrase in re.findall(r"[\"“]([^\"”`*]{12,})[\"”]", heading):
        tokens = re.findall(r"[\w’']+", phrase.lower())
        runs |= {" ".join(tokens[i:i + words]) for i in range(len(tokens) - words + 1)}
    return runs


def _about_quoted_claim(sentence, runs):
    """Whether a sentence quotes the claim an exercise is about (four of its words in a row)."""
    flat = " ".join(re.findall(r"[\w’']+", sentence.lower()))
    return any(run in flat for run in runs)


def _from_prose(text, kind, decimals, stressed, runs=frozenset()):
    """Readings of prose: decimals and percentages; the sources a superlative sentence names, when the
    sentence is about what the exercise stresses (its bold words); and, for a sentence that quotes the
    claim the exercise is about (``runs``, from :func:`_quoted_phrases`), every word and source it
    names (fourth blind review: 02 stated "the ECFR's 'Serbia and Belarus are now the only'" is
    `imprecise` above the exercises that ask for that source and that verdict)."""
    out = []
    if runs and kind in ("text", "choice", "set"):
        for sentence in re.split(r"(?<=[.;!?])\s+|\n(?=\|)", text):  # a table row is a sentence too
            if not _about_quoted_claim(sentence, runs):
                continue
            named = sorted({_SOURCE_KEY[m.group(0).lower()] for m in _SOURCE_WORD.finditer(sentence)})
            if kind in ("text", "choice"):  # a verdict word, or a source named in the sentence
                out += re.findall(r"[\w’'-]+", sentence) + named
            elif named:
                out.append(named)
    if kind == "number" and decimals:
        out += re.findall(r"(?<![\w.])\d+\.\d+(?![\w.])", text)
    if kind == "number":
        out += re.findall(r"(?<![\w.])(\d+(?:\.\d+)?) ?%", text)
    if kind in ("choice", "set"):
        for sentence in re.split(r"(?<=[.;!?])\s+", text):
            about = any(w in sentence.lower() for w in stressed)
            if about and _SUPERLATIVE.search(sentence) and not sentence.rstrip().endswith("?"):
                named = sorted({_SOURCE_KEY[m.group(0).lower()] for m in _SOURCE_WORD.finditer(sentence)})
                if kind == "choice":
                    out += named
                elif named:
                    out.append(named)
    return out


def _displayed(cell):
    """The name a code cell's last line starts with: the table it prints (``marks`` in ``marks.head()``)."""
    lines = [ln for ln in "".join(cell["source"]).splitlines() if ln.strip() and not ln.startswith("#")]
    return re.match(r"\s*(\w*)", lines[-1]).group(1) if lines else ""


def shown_answers(name):
    """(question id, the reading of what is shown above its exercise that the self-check accepts)."""
    from helpers.exercises.checks import read_checks

    checks = read_checks()
    cs = cells("instructor", name)
    for _title, start, block in _blocks(name):
        text = "\n".join("".join(c["source"]) for c in block)
        if "read it off" in text.lower():
            continue
        heading = "".join(block[0]["source"])
        heading = heading[_EXERCISE.search(heading).start():]  # the exercise as the student reads it
        asked = heading.lower()
        sources_asked = sorted(set(re.findall(r"\b00[0-4]\b", heading)))
        above = cs[:start]
        prose = "\n".join("".join(c["source"]) for c in above if c["cell_type"] == "markdown")
        for qid in sorted(set(re.findall(r"\bcheck\(\s*[\"'](\d\d-\d)", text))):
            kind = checks[qid]["kind"]
            stressed = {w.lower() for w in re.findall(r"\*\*([^*]+)\*\*", heading)}
            decimals = int(checks[qid]["decimals"] or 0)
            readings = _from_prose(prose + "\n" + _alt_texts(above), kind, decimals, stressed,
                                  _quoted_phrases(heading))
            for c in above:
                # a count by eye needs the table the exercise names (`found`, `marks`) printed above
                counted = f"`{_displayed(c)}`" in heading
                for names, rows, labels in _printed_tables(c):
                    readings += _by_source_rows(names, rows, kind, asked, sources_asked, counted)
                    readings += _by_source_columns(names, rows, labels, kind, asked)
            for reading in readings:
                if _accepted(qid, reading):
                    yield qid, reading
                    break


def test_a_percentage_is_read_only_from_the_rows_of_the_sources_an_exercise_asks_about():
    """A share printed for the RT rewrite (0.32) does not answer "what percentage of 003's ...": only
    the rows of the sources the exercise names count (a question about no source reads every row)."""
    names = ["short", "russia"]
    rows = [["ECFR", "0.30"], ["RT rewrite", "0.32"]]
    asked = "the share of 003's quoted words, as a percentage"
    assert 32 not in _by_source_rows(names, rows, "number", asked, ["003"], False)
    assert 30 in _by_source_rows(names, rows, "number", asked, ["003"], False)
    assert 32 in _by_source_rows(names, rows, "number", "as a percentage", [], False)


def test_the_row_rule_catches_a_count_of_zeros_in_a_printed_row():
    """The sixth review's case: "on how many themes is the RT rewrite (004) silent?" below a wide table
    with one row per source is a count of the zeros in one printed row."""
    names = ["short", "sanctions", "kosovo", "novi_sad", "arms_exports"]
    wide = [["AP", "3", "1", "1", "0"], ["RT rewrite", "2", "0", "0", "4"]]
    asked = "on how many themes is the rt rewrite (004) silent?"
    assert _by_source_rows(names, wide, "number", asked, ["004"], False)[-2:] == [2, 2]  # zeros, others
    assert _by_source_rows(names, wide, "number", asked, ["000"], False)[-2:] == [1, 3]
    # a long table (several rows per source) is not a row of counts by theme: its zeros are noise
    long = [["RT rewrite", "protests", "1", "0"], ["RT rewrite", "pressure", "3", "1"]]
    assert not _by_source_rows(["short", "word", "count", "quoted"], long, "number", asked, ["004"], False)

def test_the_prose_rule_catches_a_verdict_stated_above_its_exercise():
    """The shape of the fourth review's case: a sentence above the exercise quotes the claim the
    exercise asks about and states its verdict and its source."""
    heading = ('### Exercise 3\nApply the **T** of SIFT to the sentence "Serbia and Belarus are now the '
               'only European countries that have refused to do so". Which verdict does it get?')
    prose = ("The AP's wording is `imprecise`, as is the ECFR's \"Serbia and Belarus are now the only\": "
             "one rule for both.")
    runs = _quoted_phrases(heading)
    assert "imprecise" in _from_prose(prose, "text", 0, set(), runs)
    assert "003" in _from_prose(prose, "choice", 0, set(), runs)
    assert "imprecise" not in _from_prose("Another claim is `imprecise`.", "text", 0, set(), runs)


_VERDICT_WORD = re.compile(r"\b(?:imprecise|misleading|overstated|disputed|unverified|partly right)\b"
                           r"|`(?:correct|wrong)`")


def _rated_claims_above(heading, prose):
    """The sentences (or table rows) of ``prose`` that quote the claim an exercise quotes and give it a
    verdict word."""
    runs = _quoted_phrases(heading)
    return [s for s in re.split(r"(?<=[.;!?])\s+|\n(?=\|)", prose)
            if runs and _about_quoted_claim(s, runs) and _VERDICT_WORD.search(s)]


def test_the_rated_claim_rule_catches_a_verdict_example_above_the_exercise():
    """The shape of the fifth review's case: 02's verdict table used the AP's "the only country in
    Europe" as its `imprecise` example, above the exercise that asks "is that the whole story?"."""
    heading = ('### Exercise 2 (predict, then analyse)\nThe AP report says Serbia "remains the only country '
               'in Europe that has not imposed sanctions on Moscow". First predict: is that the whole story?')
    row = ('| `imprecise` | a loose scope word | the AP\'s "the only country in Europe" (Belarus and '
           'Georgia have not imposed sanctions either) |')
    assert _rated_claims_above(heading, "| verdict | meaning | example |\n" + row)
    assert not _rated_claims_above(heading, '| `imprecise` | a loose word | Balkan View\'s "on Sept. 3" |')


@pytest.mark.parametrize("name", CORE)
def test_no_exercise_claim_is_rated_above_it(name):
    """A predict exercise, or one whose self-check asks for a word, a source or a set, that quotes a
    claim has no sentence above it giving that claim a verdict (fifth blind review: a verdict table's
    example answered the exercise's prediction). Exercises that trace a claim whose verdict the
    notebook discussed first (07's "In reaction", a number of days) are not asked to predict it."""
    from helpers.exercises.checks import read_checks

    checks = read_checks()
    cs = cells("instructor", name)
    for title, start, block in _blocks(name):
        text = "\n".join("".join(c["source"]) for c in block)
        kinds = {checks[q]["kind"] for q in re.findall(r"\bcheck\(\s*[\"'](\d\d-\d)", text)}
        if not (title.lower().startswith("predict") or kinds & {"text", "choice", "set"}):
            continue
        heading = "".join(block[0]["source"])
        heading = heading[_EXERCISE.search(heading).start():]
        prose = "\n".join("".join(c["source"]) for c in cs[:start] if c["cell_type"] == "markdown")
        rated = _rated_claims_above(heading, prose)
        assert not rated, f"{name}: '{title}' quotes a claim rated above it: {rated}"


@pytest.mark.parametrize("name", CORE)
def test_no_answer_is_shown_above_its_exercise(name):
    """Predict-then-check is honest only if nothing above an exercise already shows its answer: no
    table to read it off, no sentence that states it (issue 16 points 25; walkthrough of 6 Dec 2026)."""
    shown = list(shown_answers(name))
    assert not shown, f"{name}: answers shown above their exercises: {shown}"


# --------------------------------------------------------------------------- times (issue 16 point 29)

GUIDE = ROOT / "docs" / "instructor_guide.md"
SLOT = 120  # minutes in one session of the guide's default schedule


def header_minutes(name):
    """The first number of the notebook header's 'Estimated time' row."""
    m = re.search(r"\*\*Estimated time\*\* \| (\d+) min", markdown("instructor", name)[:3000])
    assert m, f"{name}: no 'Estimated time | N minutes' in the header"
    return int(m.group(1))


def _guide_rows(first_header):
    """The rows (lists of cells) of the guide's table whose header row starts with ``first_header``."""
    lines = GUIDE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| {first_header} |"))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows


def test_the_guides_table_gives_each_notebooks_header_time():
    glance = {row[0]: int(re.match(r"(\d+) min", row[2]).group(1)) for row in _guide_rows("#")}
    assert glance == {n[:2]: header_minutes(n) for n in COURSE}


def test_the_default_schedule_adds_up_the_header_times_and_fits_its_sessions():
    """Each session's notebook time is the sum of its notebooks' header times; what moves to homework
    is subtracted and what is left fits a 2-hour slot; every notebook is scheduled once."""
    minutes = {n[:2]: header_minutes(n) for n in COURSE}
    scheduled = []
    for session, notebooks, total, moved, in_class, _homework in _guide_rows("Session"):
        ids = re.findall(r"\b0\d\b", notebooks)
        scheduled += ids
        assert int(total) == sum(minutes[i] for i in ids), f"session {session}: {notebooks}"
        assert int(in_class) == int(total) - int(moved), f"session {session}"
        assert int(in_class) <= SLOT, f"session {session} is {in_class} minutes"
    assert sorted(scheduled) == sorted(minutes), scheduled


def _medium_dates():
    """Each medium-confidence timeline row's date as prose writes it ("1 Nov 2024", "March 2014")."""
    import csv
    out = []
    with (ROOT / "helpers" / "data" / "timeline.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["confidence"] != "medium" or row["precision"] not in ("day", "month"):
                continue
            y, m, *d = (int(x) for x in row["start"].split("-"))
            months = ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]
            full = months[m - 1]
            forms = [f"{full} {y}"] if row["precision"] == "month" else [f"{d[0]} {full[:3]} {y}",
                                                                          f"{d[0]} {full} {y}"]
            out += [(row["start"], re.compile(r"(?<!\d)" + re.escape(f) + r"\b")) for f in forms]
    return out


def _citing_chunks(text):
    """Table rows and sentences of a markdown cell."""
    for block in re.split(r"\n(?=\|)", text):
        yield from [block] if block.startswith("|") else re.split(r"(?<=[.!?])\s+(?=[A-Z(*\"])", block)


def _unflagged_medium(text, dates):
    return [(start, chunk) for chunk in _citing_chunks(text) if "timeline" in chunk and "medium" not in chunk
            for start, pattern in dates if pattern.search(chunk)]


@pytest.mark.parametrize("name", ALL)
def test_a_medium_timeline_fact_is_flagged_where_a_notebook_cites_it(name):
    """01 promises that the course flags a medium-confidence fact whenever it uses one (issue 16h):
    every sentence or table row that cites the timeline for a medium row's date says "medium",
    whatever the side of the row's source."""
    dates = _medium_dates()
    found = [hit for c in cells("instructor", name) if c["cell_type"] == "markdown"
             for hit in _unflagged_medium("".join(c["source"]), dates)]
    assert not found, found


def test_the_medium_flag_rule_catches_an_unflagged_citation():
    dates = _medium_dates()
    assert _unflagged_medium("Kosovo declared independence on 17 Feb 2008 (timeline).", dates)
    assert not _unflagged_medium("Kosovo declared independence on 17 Feb 2008 (timeline; medium confidence: "
                                 "site only).", dates)
    assert not _unflagged_medium("Signed 29 Apr 2008 (timeline, source: arhiva.europa.rs).", dates)


def _draws_measure(cell, measure):
    """Whether a code cell draws a figure (a `plot_...` call) whose description names `measure`: a
    figure shows every cell's value at once, so it answers a ranking by that measure."""
    if cell["cell_type"] != "code" or not re.search(r"\bplot_\w+\(", "".join(cell["source"])):
        return False
    return bool(re.search(rf"\b{re.escape(measure)}\b", _output_text(cell)))


@pytest.mark.parametrize("name", CORE)
def test_no_figure_above_a_predict_exercise_draws_the_measure_it_ranks_by(name):
    """Issue 16h: 04's coverage heat map (share and count in every cell) was drawn above 04-1 and 04-2,
    which ask students to predict, then sort by `share`. A figure of the measure a predict exercise
    ranks by comes after that exercise."""
    cs = cells("instructor", name)
    for title, start, block in _blocks(name):
        if not title.lower().startswith("predict"):
            continue
        code = [c for c in block if c["cell_type"] == "code"]
        lines = [line for c in code for line in "".join(c["source"]).splitlines()]
        solution = " ".join(line for line in lines if line.rstrip().endswith("# SOLUTION"))
        for measure in re.findall(r"sort_values\(\s*[\"'](\w+)", solution):
            drawn = [i for i, c in enumerate(cs[:start]) if _draws_measure(c, measure)]
            assert not drawn, f"{name}: cell(s) {drawn} draw {measure!r} above '{title}', which ranks by it"


def test_the_figure_rule_catches_a_heat_map_of_shares_above_the_exercise():
    heat = {"cell_type": "code", "source": ["fig = plot_coverage(coverage)\n", "print(fig.alt)"],
            "outputs": [{"output_type": "stream", "name": "stdout",
                         "text": ["Heat map of theme coverage: the share of each source's paragraphs"]}]}
    assert _draws_measure(heat, "share")
    assert not _draws_measure(heat, "per_1000")
    assert not _draws_measure({**heat, "source": ["coverage.head()"]}, "share")


@pytest.mark.parametrize("name", ALL)
def test_the_timeline_and_notes_are_not_called_verified(name):
    """32 of the 39 timeline rows are medium (issue 16i; 29 before the tenth review, 30 before the
    sixteenth): a notebook says "dated events with sources and a confidence level", never
    "verified" events, timeline or notes."""
    bad = re.compile(r"verified (events?|timeline|notes|provenance|fact-check|list)", re.I)
    found = [m.group() for c in cells("instructor", name) if c["cell_type"] == "markdown"
             for m in bad.finditer("".join(c["source"]))]
    assert not found, found


# Counts and orders the prose states, recomputed from the data (twenty-first review): a change in the
# data or the rules that changes them makes these fail until the prose is updated.
_NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def test_01_names_the_group_with_the_fewest_actors():
    from helpers import actor_aliases

    per_group = actor_aliases().groupby("group")["actor"].unique()
    counts = per_group.str.len()
    fewest = counts[counts == counts.min()]
    assert len(fewest) == 1, f"01 says one group has the fewest actors; now {dict(fewest)}"
    group = fewest.index[0]
    assert group == "china", f"01's sentence names China; the fewest actors are now {group!r}'s"
    names = sorted(per_group[group])
    expected = f"China has the fewest, {_NUMBER_WORDS[len(names)]}:"
    md = " ".join(markdown("instructor", "01_background.ipynb").split())
    assert expected in md, f"01 should say {expected!r} ({names})"
    listed = md.split(expected, 1)[1][:80]
    for name in names:
        assert name in listed, f"01's list of China's actors lacks {name!r}"


def test_01_counts_every_company_mention_its_rule_touches_and_what_the_alternatives_cost():
    """01 lists the seed mentions the company rule touches, with the counts the alternatives move
    (twenty-third review A1: a fourth, the RT rewrite's "Serbian defense firms", had been left out)."""
    from helpers import actor_mentions

    m = actor_mentions()
    companies = {"Chinese companies", "Russian companies", "Western companies", "Serbian companies",
                 "Rio Tinto"}
    touched = m[m["actor"].isin(companies)]
    per = m.groupby(["article_id", "group"]).size()
    md = " ".join(markdown("instructor", "01_background.ipynb").split())
    n = len(touched)
    assert f"this touches {_NUMBER_WORDS[n]} mentions" in md, f"01 should say the rule touches {n} mentions"
    for match in touched["match"]:
        assert f'"{match}"' in md, f"01 does not list the company mention {match!r}"
    assert set(touched["actor"]) == {"Chinese companies", "Serbian companies", "Rio Tinto"}, \
        "a seed now names Russian or Western firms: 01 says none does"
    expected = [
        f"EU and the West {per['001', 'eu_west']} → {per['001', 'eu_west'] + 1}, "
        f"other {per['001', 'other']} → {per['001', 'other'] - 1}",
        f"China from {per['000', 'china']} to {per['000', 'china'] - 1} mentions in the AP and from "
        f"{per['001', 'china']} to {per['001', 'china'] - 1} in Balkan View",
        f"Serbian government {per['004', 'serbian_government']} → {per['004', 'serbian_government'] + 1}, "
        f"other {per['004', 'other']} → {per['004', 'other'] - 1}",
    ]
    for text in expected:
        assert text in md, f"01 should say {text!r}"
    assert per["004", "other"] == 1, "01 calls 'Serbian defense firms' the RT rewrite's only mention in other"


def test_03_reads_every_sources_names_by_the_same_count_of_labelled_and_plain_names():
    """03's naming bullets give, for every source, the names the table finds and how many carry a
    label 05 codes (twenty-third review B2: the appeal had been described by its loaded names only)."""
    import pandas as pd

    from helpers import naming

    names = naming(referents=["vucic", "serbian_leadership", "protests", "protesters"])
    terms = pd.read_csv(Path(__file__).parents[1] / "helpers" / "data" / "labels.csv")["term"].unique()
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b", re.I)
    names["labelled"] = names["variant"].map(lambda v: bool(pattern.search(v)))
    md = " ".join(markdown("instructor", "03_who_speaks.ipynb").split())
    for article, rows in names.groupby("article_id"):
        total = int(rows["count"].sum())
        labelled = int(rows.loc[rows["labelled"], "count"].sum())
        plain = total - labelled
        text = f"({article}): {total} names in the table, {labelled} with a label 05 codes"
        assert text in md, f"03 should say {text!r}"
        assert f"the other {plain} are plain" in md.split(text, 1)[1][:400], (article, plain)


_BALKAN_VIEW_OUTLET_CLAUSES = {
    "001-p01-s002": ("whom the EU does not recognize as a legitimate leader due to alleged electoral "
                     "irregularities"),
    "001-p14-s020": "a charge Belgrade denies",
}
_GROUP_NAMES = {"serbian_government": "the Serbian government", "experts": "the experts", "russia": "Russia"}


def test_03_states_balkan_views_order_by_the_tool_and_by_hand():
    """03 teaches a limit of the quote rules: two Balkan View rows carry the outlet's own clause. The
    prose gives the order of the tool's count and of the count without those clauses; both are
    recomputed here from quotes()."""
    from helpers import quotes

    bv = quotes()
    bv = bv[bv["article_id"] == "001"].copy()
    for sid, clause in _BALKAN_VIEW_OUTLET_CLAUSES.items():
        row = bv[bv["sentence_id"] == sid]
        assert len(row) == 1 and row["quote"].iloc[0].endswith(clause), (
            f"the ledger's {sid} no longer ends with the outlet's clause {clause!r}: 03's 'limit of the "
            "tool' paragraph and its numbers need rewriting")
        bv.loc[row.index, "hand"] = row["words"] - len(clause.split())
    bv["hand"] = bv["hand"].fillna(bv["words"])
    md = " ".join(markdown("instructor", "03_who_speaks.ipynb").split())
    tool = bv.groupby("group")["words"].sum().sort_values(ascending=False)
    pct = (100 * tool / tool.sum()).round().astype(int)
    first, second, third = tool.index[:3]
    expected = (f"By the tool's count {_GROUP_NAMES[first]} speaks most ({pct[first]}% of the quoted words), "
                f"then {_GROUP_NAMES[second]} ({pct[second]}%; Exercise 3 counts how often experts are "
                f"quoted), then {_GROUP_NAMES[third]} ({pct[third]}%)")
    assert expected in md, expected
    hand = bv.groupby("group")["hand"].sum().sort_values(ascending=False).astype(int)
    total = int(hand.sum())
    hp = (100 * hand / total).round().astype(int)
    a, b, c = hand.index[:3]
    expected = (f"By hand the order changes: first {_GROUP_NAMES[a]}, {hp[a]}% of Balkan View's quoted words "
                f"({hand[a]} of {total}), then {_GROUP_NAMES[b]}, {hp[b]}% ({hand[b]} of {total}), then "
                f"{_GROUP_NAMES[c]}, {hp[c]}% ({hand[c]} of {total})")
    assert expected in md, expected
    assert list(tool.index[:2]) != list(hand.index[:2]), "the orders agree now: 03 says they differ"
