"""The code standards of docs/developing.md, checked on the code itself.

- no function above cyclomatic complexity 20 (ruff's C901, as ``make check`` runs it);
- no module over 600 lines;
- ``helpers`` reaches its public names through PEP 562 ``__getattr__``, not a ``__setattr__`` trick;
- tests import the tools they check rather than load them by file path;
- every module of ``helpers`` has its line in the module map of docs/developing.md;
- every public function and class of ``helpers`` has a numpydoc docstring that says what comes
  back: a ``Returns`` section for functions (naming the columns when a table comes back), an
  ``Attributes`` section for classes (exceptions excepted: they are raised, not returned).
"""

import ast
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import helpers

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ("helpers", "tools")
MAX_COMPLEXITY = 20
MAX_LINES = 600


def modules(*folders):
    return sorted(p for f in folders for p in (ROOT / f).rglob("*.py"))


def test_no_function_above_complexity_20():
    pytest.importorskip("ruff", reason="ruff is a development tool (make test installs it)")
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "C901", "--config",
                           f"lint.mccabe.max-complexity={MAX_COMPLEXITY}", "--output-format", "json",
                           *CHECKED], capture_output=True, text=True, cwd=ROOT, timeout=120)
    found = json.loads(done.stdout or "[]")
    assert done.returncode in (0, 1) and (found or done.returncode == 0), done.stderr
    too_complex = [f"{Path(f['filename']).relative_to(ROOT)}:{f['location']['row']}: {f['message']}"
                   for f in found]
    assert not too_complex, "split these functions:\n" + "\n".join(too_complex)


def test_no_module_over_600_lines():
    sizes = {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
             for p in modules(*CHECKED)}
    assert len(sizes) > 20
    too_long = {p: n for p, n in sizes.items() if n > MAX_LINES}
    assert not too_long, f"split these modules (lines): {too_long}"


def test_every_module_of_the_package_is_in_the_module_map():
    text = (ROOT / "docs" / "developing.md").read_text(encoding="utf-8")
    mapped = set(re.findall(r"^\| `(helpers/[^`]+)` \|", text, flags=re.M))
    assert "helpers/data/" in mapped  # the data folder has one line for all its files
    missing = [str(p.relative_to(ROOT)) for p in modules("helpers")
               if str(p.relative_to(ROOT)) not in mapped and p.parent != ROOT / "helpers" / "data"]
    assert not missing, "add a line for each to the module map of docs/developing.md: " + ", ".join(missing)


def test_the_package_has_no_setattr_trick():
    tree = ast.parse((ROOT / "helpers" / "__init__.py").read_text(encoding="utf-8"))
    defined = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    assert "__getattr__" in defined and "__setattr__" not in defined
    assigned = [ast.unparse(t) for n in ast.walk(tree) if isinstance(n, ast.Assign) for t in n.targets]
    assert not [t for t in assigned if t.endswith("__class__")]


def test_no_test_loads_a_tool_by_its_file_path():
    """Tests import the tools (``from tools import accuracy``): tools/ is a package on pytest's path."""
    by_path = re.compile(r"spec_from_file_location|\brunpy\b|[\"']tools[\"'] / [\"']\w+\.py[\"']"
                         r"|tools/\w+\.py[\"'],")
    tests = [p for p in sorted((ROOT / "tests").rglob("*.py")) if p.name != Path(__file__).name]
    found = [f"{p.relative_to(ROOT)}:{n}" for p in tests
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if by_path.search(line)]
    assert not found, f"import the tool instead: {found}"


# --------------------------------------------------------------------------- numpydoc sections
def section(doc: str, name: str) -> str | None:
    """The text of a numpydoc section (``name`` underlined with dashes), or None if it has none."""
    doc = inspect.cleandoc(doc or "")
    m = re.search(rf"^{name}\n-{{{len(name)},}}\n(.*?)(?=^\w[\w ]*\n-{{3,}}\n|\Z)", doc, re.M | re.S)
    return m.group(1).strip() if m else None


def test_section_reader():
    doc = """Summary.

    Parameters
    ----------
    x : int

    Returns
    -------
    DataFrame
        ``a``, ``b``: two columns.

    Notes
    -----
    More.
    """
    assert section(doc, "Returns") == "DataFrame\n    ``a``, ``b``: two columns."
    assert section(doc, "Attributes") is None
    assert section("Returns a table.", "Returns") is None


PUBLIC = [n for n in helpers.__all__ if inspect.isfunction(getattr(helpers, n))
          or (inspect.isclass(getattr(helpers, n)) and not issubclass(getattr(helpers, n), BaseException))]


def test_the_public_api_is_listed():
    assert {"load_articles", "tag_themes", "quotes", "kwic", "CompareView", "plot_coverage"} <= set(PUBLIC)


@pytest.mark.parametrize("name", PUBLIC)
def test_public_docstring_says_what_comes_back(name):
    obj = getattr(helpers, name)
    kind = "Attributes" if inspect.isclass(obj) else "Returns"
    body = section(obj.__doc__, kind)
    assert body, f"{name}: the docstring has no numpydoc '{kind}' section ('{kind}' underlined with dashes)"
    first, _, rest = body.partition("\n")
    assert rest.strip(), f"{name}: the {kind} section names a type ({first!r}) but not what it holds"
    if kind == "Returns" and "DataFrame" in first:
        assert "``" in rest, f"{name}: a table comes back; name its columns (``column``) under Returns"
