"""The package's public names: every registered name resolves, and functions beat submodules."""

import subprocess
import sys
import types

import helpers


def test_every_public_name_resolves():
    for name in helpers.__all__:
        assert getattr(helpers, name) is not None, name


def test_no_module_shares_its_name_with_a_public_function():
    # A module named like a function would be bound over it on import; the layout avoids that,
    # so the package needs no __setattr__ trick and `import helpers.analysis.quoting as q` is the module.
    import pkgutil

    modules = {m.name.rsplit(".", 1)[-1] for m in pkgutil.walk_packages(helpers.__path__, "helpers.")}
    assert not modules & set(helpers.__all__)
    assert type(helpers) is types.ModuleType  # a plain module: no class with a __setattr__ override


def test_public_functions_stay_functions_after_importing_their_modules():
    code = (
        "import helpers.views.widgets, helpers.analysis.factcheck, helpers.analysis.coverage\n"
        "import helpers.analysis.chronology, helpers.analysis.concordance, helpers.analysis.quoting as q\n"
        "from helpers import claims, kwic, labels, naming, quotes, themes, timeline\n"
        "assert all(type(f).__name__ == 'function'\n"
        "           for f in (claims, kwic, labels, naming, quotes, themes, timeline))\n"
        "assert type(q).__name__ == 'module'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_import_does_not_load_matplotlib_or_ipywidgets():
    code = "import sys, helpers; assert 'matplotlib' not in sys.modules and 'ipywidgets' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_pyproject_lists_every_subpackage():
    import tomllib
    from pathlib import Path

    root = Path(helpers.__file__).resolve().parents[1]
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(root).parts) for p in (root / "helpers").rglob("__init__.py")}
    assert found <= listed, f"add to pyproject.toml [tool.setuptools] packages: {sorted(found - listed)}"
