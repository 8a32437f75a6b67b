"""Environment check: prints OK or what is wrong for each package the course needs.

Run ``python -m helpers.exercises.envcheck`` (or ``bew-check``); the first cell of notebook 00 calls
:func:`check_environment` too. Exit status 0 when everything is fine.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

MIN_PYTHON = (3, 11)
#: Import name -> distribution name, for the packages the course needs at run time.
REQUIRED = {
    "pandas": "pandas", "numpy": "numpy", "matplotlib": "matplotlib", "ipywidgets": "ipywidgets",
    "ftfy": "ftfy", "jupyterlab": "jupyterlab", "ipykernel": "ipykernel",
}


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


def check_environment(verbose: bool = True) -> list[tuple[str, str, str]]:
    """Check Python and each required package; return rows of (name, status, detail).

    ``status`` is ``OK``, ``WARN`` (installed but not the pinned version: usually fine) or
    ``FAIL`` (missing or too old). Prints one line per row when ``verbose``.
    """
    rows = []
    py = ".".join(map(str, sys.version_info[:3]))
    ok = sys.version_info[:2] >= MIN_PYTHON
    rows.append(("python", "OK" if ok else "FAIL",
                 py if ok else f"{py}: Python 3.11 or newer is needed"))
    pins = _pins()
    for dist in REQUIRED.values():
        try:
            ver = metadata.version(dist)
        except metadata.PackageNotFoundError:
            rows.append((dist, "FAIL", "not installed: run `make setup` (or pip install -r requirements.txt -e .)"))
            continue
        want = pins.get(dist.lower())
        if want and ver != want:
            rows.append((dist, "WARN", f"{ver} installed, {want} pinned"))
        else:
            rows.append((dist, "OK", ver))
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
