"""Build the student edition: instructor/*.ipynb (with solutions) -> notebooks/*.ipynb (without).

    python tools/build_editions.py            # build every notebook and execute it (make student)
    python tools/build_editions.py 03_who_speaks  # only these notebooks (name with or without .ipynb)
    python tools/build_editions.py --check    # exit 1 if notebooks/ is out of date (sources only)
    python tools/build_editions.py --no-execute   # build without running (outputs left empty)

What changes in the student edition (otter-grader / nbgrader conventions):

- code: the lines from ``# BEGIN SOLUTION`` to ``# END SOLUTION`` (markers included) become one
  line ``...  # your code here`` at the marker's indentation (``# BEGIN SOLUTION NO PROMPT``: no
  line at all); a line ending in ``# SOLUTION`` becomes ``name = ...  # your answer`` if it is an
  assignment (``answer = "003"  # SOLUTION``), else ``...  # your code here``; a code cell tagged
  ``solution`` with no markers becomes ``...  # your code here``;
- markdown cells tagged ``solution`` become ``**Your answer here.** (Double-click to edit.)``;
- cells tagged ``instructor`` are removed;
- the tags ``solution`` and ``instructor`` are dropped; a tag ``student-<tag>`` becomes ``<tag>``
  (e.g. ``student-raises-exception`` for a cell that only fails once the solution is gone);
- notebook metadata gets ``"edition": "student"``;
- every notebook is then executed (nbclient, the current environment's python, cwd = notebooks/,
  120 s per cell, no timing metadata), so the stored outputs are what a student sees before
  answering (self-checks say "not yet"), and written with nbformat;
- stable output: widget model ids (random on every run) are renamed in a fixed order (the order the
  outputs show them, then their references), so building twice when nothing changed writes the same
  bytes (a clean ``git status``, small diffs, safe nbgitpuller merges).

``instructor/assets/`` (data files, images), if it exists, is mirrored to ``notebooks/assets/`` so
the same relative paths work in both editions.
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import hashlib
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
INSTRUCTOR = ROOT / "instructor"
STUDENT = ROOT / "notebooks"
ASSETS = "assets"
TIMEOUT = 120

CODE_PROMPT = "...  # your code here"
ANSWER_PROMPT = "...  # your answer"
MARKDOWN_PROMPT = "**Your answer here.** (Double-click to edit.)"
EDITION_TAGS = {"solution", "instructor"}
STUDENT_TAG_PREFIX = "student-"

BEGIN = re.compile(r"^\s*#+\s*BEGIN SOLUTION(?P<noprompt>\s+NO PROMPT)?\s*$")
END = re.compile(r"^\s*#+\s*END SOLUTION\s*$")
SOLUTION_LINE = re.compile(r"^(?P<code>.*?)\s*#+\s*SOLUTION\s*$")
ASSIGNMENT = re.compile(r"^(?P<indent>\s*)(?P<target>[A-Za-z_][\w.\[\]'\", *:]*?)\s*=(?!=)")


class EditionError(Exception):
    """A problem in an instructor notebook (unbalanced markers, a cell that fails)."""


# --------------------------------------------------------------------------- transforming

def _tags(cell) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def strip_solutions(source: str, where: str = "cell") -> tuple[str, bool]:
    """Student version of a code cell's source. Returns ``(source, changed)``."""
    out, inside, changed = [], False, False
    for number, line in enumerate(source.split("\n"), 1):
        begin, end = BEGIN.match(line), END.match(line)
        if begin:
            if inside:
                raise EditionError(f"{where}, line {number}: BEGIN SOLUTION inside another solution block")
            inside, changed = True, True
            if not begin.group("noprompt"):
                indent = line[: len(line) - len(line.lstrip())]
                out.append(indent + CODE_PROMPT)
        elif end:
            if not inside:
                raise EditionError(f"{where}, line {number}: END SOLUTION without BEGIN SOLUTION")
            inside = False
        elif inside:
            continue
        elif SOLUTION_LINE.match(line) and SOLUTION_LINE.match(line).group("code").strip():
            changed = True
            code = SOLUTION_LINE.match(line).group("code")
            assign = ASSIGNMENT.match(code)
            if assign:
                out.append(f"{assign.group('indent')}{assign.group('target').rstrip()} = {ANSWER_PROMPT}")
            else:
                indent = code[: len(code) - len(code.lstrip())]
                out.append(indent + CODE_PROMPT)
        else:
            out.append(line)
    if inside:
        raise EditionError(f"{where}: BEGIN SOLUTION without END SOLUTION")
    return "\n".join(out), changed


def student_notebook(nb, name: str = "notebook"):
    """The student edition of an instructor notebook (a new notebook; ``nb`` is not changed)."""
    nb = copy.deepcopy(nb)
    cells = []
    for index, cell in enumerate(nb.cells):
        tags = _tags(cell)
        where = f"{name}, cell {index}"
        if "instructor" in tags:
            continue
        if cell.cell_type == "code":
            source, changed = strip_solutions(cell.source, where)
            if "solution" in tags and not changed:
                source = CODE_PROMPT
            cell.source = source
            cell.outputs = []
            cell.execution_count = None
        elif "solution" in tags:
            cell.source = MARKDOWN_PROMPT
            cell.pop("attachments", None)
        new_tags = [t[len(STUDENT_TAG_PREFIX):] if t.startswith(STUDENT_TAG_PREFIX) else t
                    for t in tags if t not in EDITION_TAGS]
        if new_tags:
            cell.metadata["tags"] = list(dict.fromkeys(new_tags))
        else:
            cell.metadata.pop("tags", None)
        cell.metadata.pop("execution", None)
        cells.append(cell)
    nb.cells = cells
    nb.metadata["edition"] = "student"
    nb.metadata.pop("widgets", None)
    return nb


# --------------------------------------------------------------------------- executing

def _kernel_manager():
    """A kernel manager for ``python3`` running in this environment (like nbval's --current-env)."""
    import ipykernel.kernelspec
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    class CurrentEnvSpecs(KernelSpecManager):
        def get_kernel_spec(self, kernel_name):
            return self.kernel_spec_class(resource_dir=ipykernel.kernelspec.RESOURCES,
                                          **ipykernel.kernelspec.get_kernel_dict())

    return KernelManager(kernel_name="python3", kernel_spec_manager=CurrentEnvSpecs())


def execute(nb, cwd: Path, name: str = "notebook"):
    """Run ``nb`` in place (cwd ``cwd``, 120 s per cell, no timing metadata). Raises EditionError."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
            cell.metadata.pop("execution", None)
    client = NotebookClient(nb, km=_kernel_manager(), timeout=TIMEOUT, record_timing=False,
                            resources={"metadata": {"path": str(cwd)}})
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError) as exc:
        raise EditionError(
            f"{name}: a cell failed while executing.\n{exc}\n"
            "If it only fails in the student edition: a name assigned only inside a BEGIN/END SOLUTION "
            "block is undefined there, so end the block before the final assignment and write that "
            "line as `name = <solution>  # SOLUTION` (students see `name = ...  # your answer`); "
            "a cell that cannot work until the student answers can be tagged "
            "'student-raises-exception'."
        ) from None
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    coalesce_streams(nb)
    return normalise_widget_ids(nb, Path(name).stem)


def coalesce_streams(nb):
    """Join consecutive outputs of the same stream (stdout, stderr) in each code cell, in place.

    How a kernel splits printed text into messages depends on timing; joined, the stored outputs are
    the same on every run, so rebuilding without changes leaves git clean.
    """
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        joined = []
        for out in cell.outputs:
            prev = joined[-1] if joined else None
            if (out.get("output_type") == "stream" and prev is not None
                    and prev.get("output_type") == "stream" and prev.get("name") == out.get("name")):
                prev["text"] = prev["text"] + out["text"]
            else:
                joined.append(out)
        cell.outputs = joined
    return nb


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
MODEL_REF = re.compile(r"IPY_MODEL_([0-9a-f]{32})")


def _widget_order(nb) -> list[str]:
    """Model ids in a fixed order: views as the outputs show them, then what each refers to."""
    state = nb.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    queue = [out["data"][WIDGET_VIEW]["model_id"] for cell in nb.cells for out in cell.get("outputs", [])
             if WIDGET_VIEW in out.get("data", {}) and "model_id" in out["data"][WIDGET_VIEW]]
    order: list[str] = []
    while queue:
        mid = queue.pop(0)
        if mid in order:
            continue
        order.append(mid)
        refs = MODEL_REF.findall(json.dumps(state.get(mid, {}).get("state", {}), sort_keys=True))
        queue.extend(refs)
    # models nothing shows or refers to: ordered by their content (ids masked), then by id
    rest = sorted(set(state) - set(order), key=lambda m: (
        MODEL_REF.sub("IPY_MODEL_", json.dumps(state[m], sort_keys=True)), m))
    return order + rest


def normalise_widget_ids(nb, name: str = "notebook"):
    """Rename the widget model ids of ``nb`` (random uuids) to ids fixed by the notebook's name and
    the order of the models (see :func:`_widget_order`); returns the notebook (changed in place)."""
    order = _widget_order(nb)
    if not order:
        return nb
    new = {old: hashlib.sha256(f"{name}:{i}".encode()).hexdigest()[:32] for i, old in enumerate(order)}
    pattern = re.compile("|".join(map(re.escape, new)))
    text = pattern.sub(lambda m: new[m.group(0)], nbformat.writes(nb))
    fresh = nbformat.reads(text, as_version=4)
    nb.cells, nb.metadata = fresh.cells, fresh.metadata
    return nb


def write(nb, path: Path) -> None:
    nbformat.validate(nb)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))


# --------------------------------------------------------------------------- building

def sources(src: Path, names=None) -> list[Path]:
    """The instructor notebooks in ``src`` (optionally only ``names``)."""
    found = sorted(src.glob("*.ipynb")) if src.is_dir() else []
    if names:
        wanted = {Path(n).stem for n in names}
        missing = wanted - {p.stem for p in found}
        if missing:
            raise EditionError(f"no instructor notebook called {', '.join(sorted(missing))} in {src}")
        found = [p for p in found if p.stem in wanted]
    return found


def copy_assets(src: Path, dest: Path) -> bool:
    """Mirror ``src/assets`` to ``dest/assets`` (if ``src/assets`` exists)."""
    assets = src / ASSETS
    if not assets.is_dir():
        return False
    target = dest / ASSETS
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(assets, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    return True


def build(src: Path = INSTRUCTOR, dest: Path = STUDENT, names=None, run: bool = True,
          log=print) -> list[Path]:
    """Build the student edition of every notebook in ``src`` into ``dest``; returns written paths."""
    src, dest = Path(src), Path(dest)
    paths = sources(src, names)
    dest.mkdir(parents=True, exist_ok=True)
    if copy_assets(src, dest):
        log(f"copied {src / ASSETS} -> {dest / ASSETS}")
    written = []
    for path in paths:
        nb = student_notebook(nbformat.read(str(path), as_version=4), path.name)
        if run:
            execute(nb, dest, path.name)
        write(nb, dest / path.name)
        written.append(dest / path.name)
        log(f"built {dest / path.name}" + ("" if run else " (not executed)"))
    if not paths:
        log(f"no instructor notebooks in {src}: nothing to build")
    return written


def _comparable(nb) -> list:
    return [(c.cell_type, c.source, sorted(_tags(c))) for c in nb.cells] + [
        ("edition", nb.metadata.get("edition"), [])]


def _tree(folder: Path) -> dict[str, Path]:
    return {str(p.relative_to(folder)): p for p in sorted(folder.rglob("*")) if p.is_file()
            and ".ipynb_checkpoints" not in p.parts and "__pycache__" not in p.parts}


def check(src: Path = INSTRUCTOR, dest: Path = STUDENT, log=print) -> list[str]:
    """Problems that make ``dest`` out of date relative to ``src`` (cell sources, types and tags only,
    not outputs; and the assets). Builds into a temporary folder without executing."""
    src, dest = Path(src), Path(dest)
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        built = build(src, fresh, run=False, log=lambda _msg: None)
        for path in built:
            target = dest / path.name
            if not target.exists():
                problems.append(f"{target}: missing (run `make student`)")
                continue
            try:
                current = nbformat.read(str(target), as_version=4)
            except Exception as exc:  # unreadable student notebook
                problems.append(f"{target}: unreadable ({exc})")
                continue
            if _comparable(current) != _comparable(nbformat.read(str(path), as_version=4)):
                problems.append(f"{target}: out of date with {src / path.name} (run `make student`)")
        if (fresh / ASSETS).is_dir():
            want, have = _tree(fresh / ASSETS), _tree(dest / ASSETS) if (dest / ASSETS).is_dir() else {}
            for rel, path in want.items():
                if rel not in have or not filecmp.cmp(path, have[rel], shallow=False):
                    problems.append(f"{dest / ASSETS / rel}: missing or different from {src / ASSETS / rel}")
            for rel in sorted(set(have) - set(want)):
                problems.append(f"{dest / ASSETS / rel}: not in {src / ASSETS}")
    built_names = {p.name for p in built}
    for extra in sorted(dest.glob("*.ipynb")) if dest.is_dir() else []:
        if extra.name not in built_names and built_names:
            log(f"note: {extra} has no instructor source in {src}")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="only these notebooks (default: all)")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if notebooks/ is out of date with instructor/ (sources only)")
    parser.add_argument("--no-execute", action="store_true", help="do not run the student notebooks")
    parser.add_argument("--source", type=Path, default=INSTRUCTOR, help="instructor folder")
    parser.add_argument("--dest", type=Path, default=STUDENT, help="student folder")
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = check(args.source, args.dest)
            if problems:
                print("The student edition is out of date:", file=sys.stderr)
                for problem in problems:
                    print(f"  {problem}", file=sys.stderr)
                return 1
            print(f"{args.dest} is up to date with {args.source}")
            return 0
        build(args.source, args.dest, args.names, run=not args.no_execute)
    except EditionError as exc:
        print(f"build_editions: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
