"""What the grader can tell beyond the score, and the feedback page each student gets back.

- :func:`outcomes`: per question, from the notebook as the grader ran it: ``right``, ``not yet``
  (a wrong answer, with the self-check's own hint), ``error`` (the cell stopped: ``NameError: ...``)
  or ``not attempted`` (the answer is still ``...``);
- :func:`edited_checks`: self-checks the student edited (the check function replaced, the
  ``check(...)`` line changed or deleted, an ``__eq__`` that makes any answer equal). The score stays
  what the grader computed (it imports the course's own check, so neither trick earns a point);
  the flag is for the instructor, who can then talk to the student;
- :func:`feedback_page`: one escaped HTML page per hand-in, in plain words.
"""

from __future__ import annotations

import ast
import html
import re

RIGHT = "right"
WRONG = "not yet"
ERROR = "error"
NOT_ATTEMPTED = "not attempted"
CHECK_NAMES = ("check", "check_mine")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_PLACEHOLDER = re.compile(r"=\s*\.\.\.\s*(#.*)?$", re.M)
_MAGIC = re.compile(r"^\s*[%!]")


def _parse(source: str) -> ast.Module | None:
    try:
        return ast.parse("\n".join("" if _MAGIC.match(line) else line for line in source.split("\n")))
    except SyntaxError:
        return None


def _calls(tree: ast.Module) -> dict[str, str]:
    """``{qid: the check call as written}`` for each ``check("id", ...)`` / ``check_mine(...)``."""
    found = {}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CHECK_NAMES
                and node.args and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            found.setdefault(node.args[0].value, ast.unparse(node))
    return found


def _replacements(tree: ast.Module) -> list[str]:
    """What in this cell replaces the self-check (or makes any answer equal to the expected one)."""
    found = []
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            for sub in ast.walk(target):
                name = (sub.id if isinstance(sub, ast.Name)
                        else sub.attr if isinstance(sub, ast.Attribute) else "")
                if name in CHECK_NAMES:
                    found.append(f"assigns {ast.unparse(sub)}")
        if isinstance(node, ast.FunctionDef) and node.name in CHECK_NAMES:
            found.append(f"defines its own {node.name}()")
        if isinstance(node, ast.FunctionDef) and node.name == "__eq__":
            found.append("defines __eq__ (an answer that equals anything?)")
        if isinstance(node, ast.ImportFrom) and not (node.module or "").startswith("helpers"):
            found += [f"imports {a.name} as {a.asname or a.name}" for a in node.names
                      if (a.asname or a.name) in CHECK_NAMES]
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr"
                and len(node.args) > 1 and isinstance(node.args[1], ast.Constant)
                and node.args[1].value in CHECK_NAMES):
            found.append("replaces the check with setattr")
    return found


def edited_checks(nb, questions) -> list[str]:
    """The student's edits to the self-checks, one plain sentence each (empty for none).

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The hand-in as the student saved it.
    questions : list of dict
        The assignment's questions: ``qid`` and ``call`` (the ``check(...)`` call as the course wrote it).

    Returns
    -------
    list of str
    """
    where, calls = {}, {}
    for index, cell in enumerate(nb.cells):
        tree = _parse(cell.source) if cell.cell_type == "code" else None
        if tree is None:
            continue
        for qid, call in _calls(tree).items():
            calls.setdefault(qid, call)
        for what in _replacements(tree):
            where.setdefault(what, []).append(str(index))
    flags = [f"{what} (cell{'s' if len(cells) > 1 else ''} {', '.join(dict.fromkeys(cells))})"
             for what, cells in where.items()]
    for q in questions:
        got, expected = calls.get(q["qid"]), q.get("call", "")
        if got is None:
            flags.append(f"the self-check of {q['qid']} is not in the notebook")
        elif expected and _same_call(got) != _same_call(expected):
            flags.append(f"the self-check of {q['qid']} was changed ({got[:80]} instead of {expected[:80]})")
    return flags


def _same_call(source: str) -> str:
    tree = _parse(source)
    return ast.unparse(tree) if tree is not None else source


def _check_cell(nb, q: dict):
    """The cell of ``nb`` that runs question ``q``'s self-check (by cell id, else by its call)."""
    pattern = re.compile(r"""\bcheck(?:_mine)?\(\s*["']""" + re.escape(q["qid"]) + r"""["']""")
    by_id = [c for c in nb.cells if c.get("id") == q.get("cell_id") and pattern.search(c.source)]
    return (by_id or [c for c in nb.cells if c.cell_type == "code" and pattern.search(c.source)] or [None])[0]


def _printed(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")


def outcome(cell, right: bool) -> tuple[str, str]:
    """One question's outcome from its executed cell: ``(kind, detail)``.

    Returns
    -------
    tuple of (str, str)
        ``kind`` is one of ``right``, ``not yet``, ``error``, ``not attempted``; ``detail`` is the
        error (``NameError: name 'x' is not defined``) or the self-check's hint, or "".
    """
    if right:
        return RIGHT, ""
    if cell is None:
        return NOT_ATTEMPTED, "the exercise's cell is not in the notebook (deleted?)"
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            return ERROR, _ANSI.sub("", f"{out.get('ename', 'Error')}: {out.get('evalue', '')}")[:300]
    printed = _printed(cell)
    if "⏳" in printed or (_PLACEHOLDER.search(cell.source) and "❌" not in printed):
        return NOT_ATTEMPTED, ""
    hints = [line.strip() for line in printed.split("\n") if line.strip().startswith("❌")]
    return WRONG, re.sub(r"^❌\s*Not yet[.:]?\s*", "", hints[-1]) if hints else ""


def outcomes(executed, questions, scores: dict) -> dict[str, tuple[str, str]]:
    """``{qid: (kind, detail)}`` for each question, from the notebook as the grader ran it.

    Parameters
    ----------
    executed : nbformat.NotebookNode or None
        The notebook with the outputs of the grader's run (otter's ``results.notebook``).
    questions : list of dict
        ``qid``, ``cell_id``, ``test_name`` and ``points`` of each question.
    scores : dict
        ``{test_name: score}``.

    Returns
    -------
    dict
    """
    out = {}
    for q in questions:
        right = scores.get(q["test_name"], 0) >= q.get("points", 1)
        cell = _check_cell(executed, q) if executed is not None else None
        out[q["qid"]] = outcome(cell, right) if (executed is not None or right) else (WRONG, "")
    return out


# --------------------------------------------------------------------------- the feedback page

_SAY = {
    RIGHT: "✅ Right.",
    WRONG: "❌ Not yet: the answer is not right.",
    ERROR: "⚠️ The cell stopped with an error, so the answer was never checked:",
    NOT_ATTEMPTED: "⏳ Not attempted: the answer is still <code>...</code>",
}


def feedback_page(row: dict, questions, results: dict, edits, title: str) -> str:
    """One student's feedback as an HTML page; every text from the hand-in is escaped.

    Returns
    -------
    str
    """
    esc = html.escape
    parts = ["<!doctype html><html lang='en'><meta charset='utf-8'>",
             f"<title>Feedback: {esc(title)}</title>",
             "<style>body{font-family:sans-serif;max-width:48em;margin:auto;line-height:1.4}"
             "li{margin:.6em 0}code{background:#eee}</style>",
             f"<h1>Feedback: {esc(title)}</h1>", f"<p>Your hand-in: <code>{esc(row['file'])}</code></p>"]
    if row.get("status") != "graded":
        parts.append(f"<p><strong>Not graded ({esc(row.get('status', ''))}):</strong> "
                     f"{esc(row.get('reason', ''))}. Talk to your instructor.</p>")
    else:
        parts.append(f"<p><strong>Score: {row['score']:g} of {row['possible']:g}</strong></p><ul>")
        for q in questions:
            kind, detail = results.get(q["qid"], (WRONG, ""))
            say = _SAY[kind] + (f" <code>{esc(detail)}</code>. Fix the cell and run it again."
                                if kind == ERROR else f" {esc(detail)}" if detail else "")
            label = f"{q.get('heading') or 'Question'} (self-check {q['qid']})"
            parts.append(f"<li><strong>{esc(label)}</strong>: {say}</li>")
        parts.append("</ul>")
        if row.get("article"):
            parts.append(f"<p>Graded with your article: {esc(row['article'])}.</p>")
        if edits:
            parts.append("<p>Your notebook changed its self-check cells, so what they printed in your "
                         "notebook may differ from this page: the grader used the course's own check.</p>")
    parts.append("<p>Written answers are graded by your instructor separately.</p></html>\n")
    return "\n".join(parts)


def feedback_name(name: str) -> str:
    """A file name for a hand-in's feedback page (``ana/00_start_here.ipynb`` -> ``ana__00_start_here.html``).

    Returns
    -------
    str
    """
    stem = re.sub(r"\.(ipynb|zip)$", "", name, flags=re.I)
    return re.sub(r"[^\w.-]+", "_", stem.replace("/", "__")).lstrip(".") + ".html"
