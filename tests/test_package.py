"""The package's public names: every registered name resolves, and functions beat submodules."""

import subprocess
import sys

import helpers


def test_every_public_name_resolves():
    for name in helpers.__all__:
        assert getattr(helpers, name) is not None, name


def test_functions_named_like_their_module_stay_functions():
    # Importing other names from the same modules first used to turn `helpers.claims` into the module.
    code = (
        "from helpers import fact_checks, label_rates, naming_lexicon, share_of_voice, coverage_matrix\n"
        "import helpers.widgets, helpers.claims, helpers.themes, helpers.timeline\n"
        "import helpers.kwic\n"
        "from helpers import claims, kwic, labels, naming, quotes, themes, timeline\n"
        "assert all(callable(f) and not hasattr(f, '__path__') and type(f).__name__ == 'function'\n"
        "           for f in (claims, kwic, labels, naming, quotes, themes, timeline))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_import_does_not_load_matplotlib_or_ipywidgets():
    code = "import sys, helpers; assert 'matplotlib' not in sys.modules and 'ipywidgets' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
