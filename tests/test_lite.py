"""tools/build_lite.py: the JupyterLite site builds offline and holds the wheel and the notebooks.

Running the notebooks in pyodide needs a browser and the pyodide CDN, which CI cannot reach: that
part is not tested here (README, "JupyterLite").
"""

import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import build_lite  # noqa: E402

pytest.importorskip("jupyterlite_core", reason="needs the lite extra (jupyterlite-core)")


def test_the_site_holds_the_package_wheel_indexed_for_piplite_and_every_student_notebook(tmp_path):
    out = build_lite.build(tmp_path / "site", log=lambda _m: None)
    got = build_lite.site_summary(out)
    assert got["indexed"] == ["between-east-west"]
    [wheel] = got["wheels"]
    expected = sorted(f"notebooks/{p.name}" for p in (ROOT / "notebooks").glob("*.ipynb"))
    assert got["notebooks"] == expected
    assert (out / "files" / "notebooks" / "assets" / "partner_coding_004.csv").is_file()
    assert (out / "files" / "examples" / "practice_article.txt").is_file()  # 08 reads ../examples/
    with zipfile.ZipFile(out / "pypi" / wheel) as zf:
        names = set(zf.namelist())
        seeds = {f"helpers/seeds/{p.name}": p.read_bytes() for p in (ROOT / "seeds").iterdir() if p.is_file()}
        assert set(seeds) <= names and "helpers/data/checks.csv" in names
        assert all(zf.read(name) == data for name, data in seeds.items())  # byte for byte
    assert (out / "lab" / "index.html").is_file()
