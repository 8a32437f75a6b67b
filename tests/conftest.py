"""Shared fixtures: a temporary copy of the shipped corpus that tests may break."""

import shutil

import pytest
from corpus_tools import SEEDS, folder_digest

collect_ignore_glob = ["fixtures/*"]


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
