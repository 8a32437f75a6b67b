"""Build a zero-install JupyterLite site of the course (make lite): dist/lite/, static files only.

    python tools/build_lite.py                 # -> dist/lite/ (serve it with any static web server)
    python tools/build_lite.py --out site/     # elsewhere

Needs the ``lite`` extra (``pip install -e ".[lite]"``: jupyterlite-core and the pyodide kernel).
The site holds:

- ``files/notebooks/``: the student edition with ``assets/``, and ``files/examples/`` (notebook 08
  reads ``../examples/``), so relative paths work as in a checkout;
- ``pypi/``: a wheel of this package with the five articles and the data inside, indexed for
  piplite, so the first cell of a notebook in the browser is ``%pip install between-east-west``
  (its dependencies pandas, numpy and matplotlib come from the pyodide distribution; ipywidgets and
  ftfy from PyPI).

What the build cannot check here (no network to the pyodide CDN in this project's CI): that pyodide
runs the notebooks in a browser. ``tests/test_lite.py`` checks what can be checked offline: the
site builds and holds the wheel, its index and the notebooks.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from autograder import ROOT, AutograderError, build_wheel  # noqa: E402

OUT = ROOT / "dist" / "lite"
FIRST_CELL = "%pip install -q between-east-west"


class LiteError(Exception):
    """The site could not be built (the message says what is missing)."""


def stage_contents(dest: Path) -> Path:
    """Copy the student edition (with assets) and examples/ into ``dest``; returns ``dest``."""
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "my_work")
    shutil.copytree(ROOT / "notebooks", dest / "notebooks", ignore=ignore)
    shutil.copytree(ROOT / "examples", dest / "examples", ignore=ignore)
    return dest


def build(out: Path = OUT, log=print) -> Path:
    """Build the JupyterLite site into ``out`` (replaced); returns ``out``."""
    jupyter = Path(sys.executable).with_name("jupyter")
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp)
        try:
            wheel = build_wheel(stage / "wheels")
        except AutograderError as exc:
            raise LiteError(str(exc)) from None
        lite_dir = stage / "lite"
        lite_dir.mkdir()
        contents = stage_contents(stage / "contents")
        if out.exists():
            shutil.rmtree(out)
        cmd = [str(jupyter), "lite", "build", "--lite-dir", str(lite_dir), "--output-dir", str(out.resolve()),
               "--contents", str(contents),
               "--piplite-wheels", str(wheel)]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=lite_dir)
        if done.returncode:
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
            raise LiteError(f"jupyter lite build failed (is the lite extra installed? "
                            f'pip install -e ".[lite]"):\n{tail}')
    log(f"built {out}: {len(site_summary(out)['notebooks'])} notebooks, wheel {wheel.name}; "
        f"serve it with `python -m http.server -d {out}` and open /lab/")
    return out


def site_summary(out: Path) -> dict:
    """What the built site holds: the piplite wheels and index, and the notebooks.

    Returns
    -------
    dict
        ``wheels`` (file names in ``pypi/``), ``indexed`` (package names in ``pypi/all.json``) and
        ``notebooks`` (paths under ``files/``).
    """
    index = out / "pypi" / "all.json"
    return {
        "wheels": sorted(p.name for p in (out / "pypi").glob("*.whl")),
        "indexed": sorted(json.loads(index.read_text(encoding="utf-8"))) if index.is_file() else [],
        "notebooks": sorted(str(p.relative_to(out / "files")) for p in (out / "files").rglob("*.ipynb")),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (replaced)")
    args = parser.parse_args(argv)
    try:
        build(args.out)
    except LiteError as exc:
        print(f"build_lite.py: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
