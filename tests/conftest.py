"""Shared fixtures: a temporary copy of the shipped corpus that tests may break."""

import hashlib
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

collect_ignore_glob = ["fixtures/*"]


def folder_digest(folder: Path) -> dict[str, str]:
    """sha256 of every file in a folder: used to prove that nothing was written."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(Path(folder).iterdir()) if p.is_file()}


@pytest.fixture
def corpus_copy(tmp_path):
    """A writable copy of seeds/ (the shipped folder itself is never modified)."""
    dst = tmp_path / "seeds"
    shutil.copytree(SEEDS, dst)
    return dst


@pytest.fixture(scope="session", autouse=True)
def shipped_seeds_untouched():
    """Every test session ends with seeds/ byte-identical to how it started."""
    before = folder_digest(SEEDS)
    yield
    assert folder_digest(SEEDS) == before, "a test changed a file in seeds/"
