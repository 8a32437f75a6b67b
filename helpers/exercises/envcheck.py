"""Environment check: prints OK or what is wrong for each package the course needs.

Run ``python -m helpers.exercises.envcheck`` (or ``bew-check``); the first cell of notebook 00 calls
:func:`check_environment` too. Exit status 0 when everything is fine.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

MIN_PYTHON = (3, 11)
#: Import name -> distribution name, for the packages every notebook needs (`pip install .` brings
#: them). Missing, or older than the minimum in pyproject.toml: FAIL.
REQUIRED = {
    "pandas": "pandas", "numpy": "numpy", "matplotlib": "matplotlib", "ipywidgets": "ipywidgets",
    "ftfy": "ftfy", "trafilatura": "trafilatura", "htmldate": "htmldate",
}
#: The minimum versions of REQUIRED (the same as pyproject.toml; tests/test_environment.py checks).
MINIMUMS = {"pandas": (2, 2), "numpy": (1, 26), "matplotlib": (3, 8), "ipywidgets": (8, 1), "ftfy": (6, 2),
            "trafilatura": (2, 0), "htmldate": (1, 9)}
#: Optional: JupyterLab runs the course on your own machine; Colab, VS Code or a hub bring their own
#: Jupyter. Missing: INFO, never FAIL.
OPTIONAL = {"jupyterlab": "jupyterlab", "ipykernel": "ipykernel"}


def _pins() -> dict[str, str]:
    req = Path(__file__).resolve().parents[2] / "requirements.txt"
    pins = {}
    if req.exists():
        for line in req.read_text(encoding="utf-8").splitlines():
            line = line.split("#")[0].strip()
            if "==" in line:
                name, ver = line.split("==")
                pins[name.strip().lower().replace("_", "-")] = ver.strip()
    return pins


def _version_tuple(version: str) -> tuple[int, ...]:
    """``"1.26.0rc1"`` -> ``(1, 26, 0)``: the leading number of each of the first three parts."""
    parts = []
    for piece in version.split(".")[:3]:
        digits = re.match(r"\d+", piece)
        if not digits:
            break
        parts.append(int(digits.group()))
    return tuple(parts)


def _package_row(dist: str, pins: dict[str, str], optional: bool) -> tuple[str, str, str]:
    try:
        ver = metadata.version(dist)
    except metadata.PackageNotFoundError:
        if optional:
            return (dist, "INFO", "not installed: optional (Colab, VS Code and hubs bring their own "
                                  "Jupyter; for JupyterLab here: pip install -e \".[lab]\")")
        return (dist, "FAIL", "not installed: run `make setup` (or pip install .)")
    minimum = MINIMUMS.get(dist)
    if minimum and _version_tuple(ver) < minimum:
        need = ".".join(map(str, minimum))
        return (dist, "FAIL", f"{ver} installed, {need} or newer needed: pip install -U {dist}")
    want = pins.get(dist.lower())
    if want and ver != want:
        return (dist, "WARN", f"{ver} installed, {want} pinned")
    return (dist, "OK", ver)


def check_environment(verbose: bool = True) -> list[tuple[str, str, str]]:
    """Check Python and each package the course uses; return rows of (name, status, detail).

    ``status`` is ``OK``, ``INFO`` (an optional package such as JupyterLab is missing: fine in Colab,
    VS Code or a hub), ``WARN`` (installed but not the version pinned in requirements.txt, which is
    only read in a checkout: usually fine) or ``FAIL`` (missing or older than the minimum that the
    notebooks need). Prints one line per row when ``verbose``.

    Returns
    -------
    list of tuple
        ``(name, status, detail)`` per row: ``python``, each package, then ``corpus``.
    """
    rows = []
    py = ".".join(map(str, sys.version_info[:3]))
    ok = sys.version_info[:2] >= MIN_PYTHON
    rows.append(("python", "OK" if ok else "FAIL",
                 py if ok else f"{py}: Python 3.11 or newer is needed"))
    pins = _pins()
    for dist in REQUIRED.values():
        rows.append(_package_row(dist, pins, optional=False))
    for dist in OPTIONAL.values():
        rows.append(_package_row(dist, pins, optional=True))
    try:
        from helpers.corpus.loading import load_articles

        n = len(load_articles())
        rows.append(("corpus", "OK", f"{n} articles load"))
    except Exception as exc:  # report, never crash the check
        rows.append(("corpus", "FAIL", str(exc)))
    if verbose:
        for name, status, detail in rows:
            print(f"{status:4}  {name:12} {detail}")
    return rows


def main() -> int:
    """Command-line entry point: exit 1 if anything FAILs."""
    rows = check_environment()
    return 1 if any(s == "FAIL" for _, s, _ in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
