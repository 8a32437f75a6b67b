"""Where the package finds its files: the corpus folder and its own data files."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PACKAGE_DIR / "data"
PROJECT_DIR = PACKAGE_DIR.parent


def seeds_dir(folder=None) -> Path:
    """The corpus folder to read articles from.

    ``folder`` if given, else ``$BEW_SEEDS``, else the project's ``seeds/`` (in a checkout), else
    the copy of it installed with the package (``pip install .``).

    Parameters
    ----------
    folder : str or Path, optional
        A corpus folder; ``~`` is expanded.

    Returns
    -------
    Path
        The absolute path of the corpus folder (not checked to exist: :func:`load_corpus` does that).
    """
    if folder is not None:
        return Path(folder).expanduser().resolve()
    env = os.environ.get("BEW_SEEDS")
    if env:
        return Path(env).expanduser().resolve()
    checkout = PROJECT_DIR / "seeds"
    installed = PACKAGE_DIR / "seeds"
    return checkout if checkout.is_dir() or not installed.is_dir() else installed


def data_file(name: str) -> Path:
    """Path of a data file shipped inside the package (lexicons, timeline, facts)."""
    return DATA_DIR / name


def examples_dir() -> Path:
    """The folder of practice material (``examples/``).

    The checkout's folder, else the copy installed with the package, so a notebook finds it from
    any folder (Colab, a grader, JupyterLite).

    Returns
    -------
    Path
        The ``examples/`` folder of the checkout, or ``helpers/examples`` of an installed package.
    """
    checkout = PROJECT_DIR / "examples"
    installed = PACKAGE_DIR / "examples"
    return checkout if checkout.is_dir() or not installed.is_dir() else installed
