"""Helpers shared by the tests: paths, a digest of a folder, and adding an article to a corpus copy.

(Kept out of conftest.py: tests/ and tests/browser/ both have a conftest, and importing
"conftest" by name would pick either one.)
"""

import csv
import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def folder_digest(folder: Path) -> dict[str, str]:
    """sha256 of every file in a folder: used to prove that nothing was written."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(folder).iterdir()) if p.is_file()}


def rewrite_catalog(folder, change):
    """Rewrite folder/catalog.csv through ``change(fields, rows) -> (fields, rows)``."""
    path = Path(folder) / "catalog.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields, rows = list(reader.fieldnames), list(reader)
    fields, rows = change(fields, rows)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
