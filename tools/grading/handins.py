"""Reading hand-ins: a notebook, or a zip of the notebook with the folder it ran in (``my_work/``).

Every problem becomes a *status* with a plain reason, never an exception, so one bad upload never
stops a class's grading:

- ``unreadable``: not a notebook (truncated upload, not JSON) or not a zip;
- ``no notebook in zip`` / ``several notebooks in zip`` (the zip holds several and none, or more than
  one, is named like the assignment: the reason lists them);
- ``wrong notebook``: its title is another notebook's and none of the assignment's self-checks is in it;
- ``needs its my_work folder``: the capstone's notebook reads the student's article from a file that
  was not handed in (a ``.ipynb`` alone, or a zip without that file).

A zip is read from the notebook's own folder, so a zip made of a folder (``anna/08_....ipynb`` and
``anna/my_work/``) reads like one made of the folder's contents.
"""

from __future__ import annotations

import ast
import csv
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import nbformat

GRADED = "graded"
UNREADABLE = "unreadable"
NO_NOTEBOOK = "no notebook in zip"
SEVERAL = "several notebooks in zip"
WRONG = "wrong notebook"
NEEDS_FOLDER = "needs its my_work folder"
ERROR = "error"

#: what zip tools add beside the files (macOS resource forks, Jupyter checkpoints)
_JUNK = re.compile(r"(^|/)(__MACOSX|\.ipynb_checkpoints|\.DS_Store|Thumbs\.db)(/|$)")
#: the kernel every hand-in runs with, whatever kernel the student's notebook names
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
#: the capstone's practice article: its file and its outlet
PRACTICE_FILE = "practice_article.txt"
PRACTICE_OUTLET = "Course Practice Wire"
SOURCE_NAMES = ("MY_URL", "MY_SAVED_PAGE", "MY_TEXT_FILE")
ASK_FOR_ZIP = "ask for the zip of the notebook and its my_work folder"


@dataclass
class Handin:
    """One hand-in as read: the notebook (or why there is none) and, for a zip, the files beside it."""

    path: Path
    name: str
    status: str = ""
    reason: str = ""
    notebook: nbformat.NotebookNode | None = None
    #: for a zip: the notebook's path in the zip, and the folder it sits in ("" at the top)
    member: str = ""
    base: str = ""
    #: for a zip: every other file, relative to the notebook's folder
    files: list[str] = field(default_factory=list)

    @property
    def is_zip(self) -> bool:
        return self.path.suffix.lower() == ".zip"

    @property
    def readable(self) -> bool:
        return self.notebook is not None and not self.status


def display_names(paths) -> list[str]:
    """Each path relative to the folder all of them share (``ana/00.ipynb``, ``ben/00.ipynb``).

    Returns
    -------
    list of str
        POSIX paths; the bare file name when only one hand-in is given.
    """
    resolved = [Path(p).resolve() for p in paths]
    if len(resolved) < 2:
        return [p.name for p in resolved]
    common = Path(os.path.commonpath([str(p.parent) for p in resolved]))
    return [p.relative_to(common).as_posix() for p in resolved]


def _read_notebook(data: bytes | str, label: str) -> tuple[nbformat.NotebookNode | None, str]:
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        return nbformat.reads(text, as_version=4), ""
    except Exception as exc:  # not JSON, not UTF-8, not a notebook: the reason names the error
        return None, f"{label} is not a readable notebook ({type(exc).__name__}: {str(exc)[:120]})"


def _pick(notebooks: list[str], stem: str) -> tuple[str, str]:
    """The zip's notebook for the assignment ``stem``: ``(member, "")`` or ``("", why not)``."""
    if len(notebooks) == 1:
        return notebooks[0], ""
    for same in (lambda n: PurePosixPath(n).stem == stem,
                 lambda n: PurePosixPath(n).name[:3] == stem[:3] and stem[:2].isdigit()):
        matches = [n for n in notebooks if same(n)]
        if len(matches) == 1:
            return matches[0], ""
    return "", (f"the zip holds {len(notebooks)} notebooks ({', '.join(notebooks)}) and not exactly one "
                f"is named like {stem}.ipynb: ask the student which one to grade")


def _open_zip(handin: Handin, stem: str) -> None:
    try:
        with zipfile.ZipFile(handin.path) as zf:
            names = [n for n in zf.namelist() if not n.endswith("/") and not _JUNK.search(n)]
            notebooks = [n for n in names if n.lower().endswith(".ipynb")]
            if not notebooks:
                handin.status, handin.reason = NO_NOTEBOOK, "the zip holds no .ipynb file"
                return
            member, why = _pick(notebooks, stem)
            if not member:
                handin.status, handin.reason = SEVERAL, why
                return
            handin.notebook, error = _read_notebook(zf.read(member), member)
    except (zipfile.BadZipFile, OSError) as exc:
        handin.status, handin.reason = UNREADABLE, f"not a readable zip ({type(exc).__name__}: {exc})"
        return
    if error:
        handin.status, handin.reason = UNREADABLE, error
        return
    handin.member = member
    handin.base = str(PurePosixPath(member).parent) if "/" in member else ""
    prefix = handin.base + "/" if handin.base else ""
    handin.files = sorted(n[len(prefix):] for n in names
                          if n.startswith(prefix) and n != member and _safe_member(n[len(prefix):])
                          and not (n.lower().endswith(".ipynb") and "/" not in n[len(prefix):]))


def _safe_member(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return bool(parts) and not name.startswith("/") and ".." not in parts and ":" not in parts[0]


def open_handin(path, name: str, stem: str) -> Handin:
    """Read one hand-in for the assignment ``stem`` (e.g. ``00_start_here``); never raises.

    Returns
    -------
    Handin
        With ``notebook`` set when it could be read, else ``status`` and ``reason`` say why.
    """
    handin = Handin(Path(path), name)
    if not handin.path.is_file():
        handin.status, handin.reason = UNREADABLE, "no such file"
    elif handin.is_zip:
        _open_zip(handin, stem)
    else:
        try:
            data = handin.path.read_bytes()
        except OSError as exc:
            handin.status, handin.reason = UNREADABLE, f"cannot be read ({exc})"
            return handin
        handin.notebook, error = _read_notebook(data, "the file")
        if error:
            handin.status, handin.reason = UNREADABLE, error
    return handin


# --------------------------------------------------------------------------- which notebook is it

def title(nb) -> str:
    """The notebook's title: the first level-1 heading (``# ...``) of its markdown cells, or ""."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.split("\n"):
            if line.startswith("# "):
                return line[2:].strip()
    return ""


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def check_ids(nb) -> set[str]:
    """The self-check ids called in the notebook's code (``check("00-1", ...)``, ``check_mine(...)``).

    Returns
    -------
    set of str
    """
    found = set()
    for cell in nb.cells:
        if cell.cell_type == "code":
            found.update(re.findall(r"""\bcheck(?:_mine)?\(\s*["']([\w-]+)["']""", cell.source))
    return found


def wrong_notebook(nb, expected_title: str, qids) -> str:
    """Why ``nb`` is not the assignment (its title is another one's and none of its checks is there).

    Returns
    -------
    str
        "" when it is the assignment's notebook (or cannot be told), else a plain reason.
    """
    got = title(nb)
    if not expected_title or _norm(got) == _norm(expected_title) or check_ids(nb) & set(qids):
        return ""
    shown = f"'{got[:80]}'" if got else "a notebook without a title"
    return f"this is {shown}, not '{expected_title}' (none of its self-checks is in it)"


# --------------------------------------------------------------------------- the capstone's article

def capstone_source(nb) -> dict | None:
    """Where the capstone's notebook takes its article from (the ``MY_URL`` ... cell), or None.

    Returns
    -------
    dict or None
        ``kind`` (``practice``, ``url``, ``file`` or ``unknown``), ``value`` (the address or path) and
        ``short`` (``MY_FIELDS["short"]`` when it is written as a literal); None for other notebooks.
    """
    for cell in nb.cells:
        if cell.cell_type != "code" or "MY_TEXT_FILE" not in cell.source:
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            return {"kind": "unknown", "value": "", "short": ""}
        values = {}
        for node in tree.body:
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name)):
                try:
                    values[node.targets[0].id] = ast.literal_eval(node.value)
                except ValueError:
                    if isinstance(node.value, ast.Call) and node.targets[0].id == "MY_FIELDS":
                        values["MY_FIELDS"] = {k.arg: ast.literal_eval(k.value) for k in node.value.keywords
                                               if k.arg and isinstance(k.value, ast.Constant)}
                    else:
                        values[node.targets[0].id] = ValueError
        fields = values.get("MY_FIELDS")
        short = str(fields.get("short", "")) if isinstance(fields, dict) else ""
        if any(values.get(n) is ValueError for n in SOURCE_NAMES):
            return {"kind": "unknown", "value": "", "short": short}
        if values.get("MY_URL"):
            return {"kind": "url", "value": str(values["MY_URL"]), "short": short}
        path = values.get("MY_SAVED_PAGE") or values.get("MY_TEXT_FILE")
        if path:
            kind = "practice" if PurePosixPath(str(path).replace("\\", "/")).name == PRACTICE_FILE else "file"
            return {"kind": kind, "value": str(path), "short": short}
        return {"kind": "practice", "value": "", "short": short}
    return None


def _catalog_rows(handin: Handin) -> list[dict]:
    """The rows of the student's ``my_work/corpus/catalog.csv`` in a zip (empty when absent)."""
    if not handin.is_zip or "my_work/corpus/catalog.csv" not in handin.files:
        return []
    member = (handin.base + "/" if handin.base else "") + "my_work/corpus/catalog.csv"
    try:
        with zipfile.ZipFile(handin.path) as zf:
            text = zf.read(member).decode("utf-8-sig")
        return list(csv.DictReader(io.StringIO(text)))
    except Exception:
        return []


def capstone_article(handin: Handin, course_ids=()) -> tuple[str, bool]:
    """The article the capstone hand-in analyses, in words, and whether it is the practice article.

    Returns
    -------
    tuple of (str, bool)
        E.g. ``("005 Railloan (Pannonian Wire, 2025-11-02), from my_work/my_article.txt", False)``;
        ``("", False)`` for a notebook that is not the capstone.
    """
    source = capstone_source(handin.notebook)
    if source is None:
        return "", False
    own = [r for r in _catalog_rows(handin) if r.get("id") not in set(course_ids)]
    named = [r for r in own if source["short"] and r.get("short") == source["short"]]
    row = (named or own or [None])[-1]
    practice = source["kind"] == "practice" or bool(row and PRACTICE_OUTLET in row.get("outlet", ""))
    where = {"practice": "the practice article (constructed for the course)",
             "url": f"from the web page {source['value']}",
             "file": f"from {source['value']}",
             "unknown": "from a source the grader cannot read off the notebook"}[source["kind"]]
    if row:
        label = (f"{row.get('id', '')} {row.get('short', '')} "
                 f"({row.get('outlet', '')}, {row.get('published', '')})")
        return (label if source["kind"] == "practice" else f"{label}, {where}"), practice
    return where[0].upper() + where[1:], practice


def missing_source(handin: Handin) -> str:
    """Why the capstone hand-in cannot be graded as handed in (its article's file is absent), or "".

    Returns
    -------
    str
    """
    source = capstone_source(handin.notebook)
    if source is None or source["kind"] != "file":
        return ""
    path = source["value"].replace("\\", "/")
    relative = str(PurePosixPath(path)) if not PurePosixPath(path).is_absolute() else ""
    if relative and relative in handin.files:
        return ""
    if not handin.is_zip:
        return (f"the notebook reads its article from {path}, which is not handed in with a .ipynb alone: "
                f"{ASK_FOR_ZIP}")
    if not relative:
        return (f"the notebook reads its article from {path}, a file outside the notebook's folder: ask the "
                "student to move it into my_work/, point MY_TEXT_FILE (or MY_SAVED_PAGE) at it, run the "
                "notebook again and hand in the new zip")
    return (f"the notebook reads its article from {path}, which is not in the zip: ask for a new zip of the "
            "notebook with its whole my_work folder (hand_in_zip makes it)")


def url_note(handin: Handin) -> str:
    """A note for a capstone whose article comes from a web address and that has no saved copy.

    Returns
    -------
    str
    """
    source = capstone_source(handin.notebook)
    if source is None or source["kind"] != "url":
        return ""
    if any(f.startswith("my_work/corpus/web_cache/") for f in handin.files):
        return ""
    return ("the article is downloaded again from its web address while grading (no saved copy in "
            "my_work/corpus/web_cache/): offline, or if the page changed, the score can differ; "
            + ASK_FOR_ZIP)


# --------------------------------------------------------------------------- staging for otter

def stage(handin: Handin, folder: Path) -> Path:
    """Write the hand-in as otter should see it into ``folder``; returns the path to give otter.

    The notebook runs with the grader's own Python kernel (``kernelspec`` set to ``python3``, whatever
    the student's notebook named: a hub's ``bew``, VS Code's or conda's kernel). A zip is rewritten with
    the notebook at its top and the files of the notebook's folder beside it (other notebooks left out).

    Returns
    -------
    pathlib.Path
        A ``.ipynb`` for a notebook hand-in, a ``.zip`` for a zip hand-in.
    """
    nb = handin.notebook
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    name = PurePosixPath(handin.member).name if handin.member else handin.path.name
    if not name.lower().endswith(".ipynb"):
        name += ".ipynb"
    text = nbformat.writes(nb)
    if not handin.is_zip:
        target = folder / name
        target.write_text(text, encoding="utf-8")
        return target
    target = folder / "handin.zip"
    prefix = handin.base + "/" if handin.base else ""
    with zipfile.ZipFile(handin.path) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr(name, text)
        for member in handin.files:
            out.writestr(member, src.read(prefix + member))
    return target
