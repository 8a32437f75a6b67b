"""Shared fixtures: a temporary copy of the shipped corpus that tests may break.

The test session (and every kernel it starts) stores compiled patterns (``helpers._text.programs``)
in a folder of its own, removed at the end, not in the user's cache folder.
"""

import atexit
import os
import shutil
import tempfile

import pytest
from corpus_tools import SEEDS, folder_digest

collect_ignore_glob = ["fixtures/*"]

if "HELPERS_REGEX_CACHE" not in os.environ:
    _STORE = tempfile.mkdtemp(prefix="bew_regex_")
    os.environ["HELPERS_REGEX_CACHE"] = _STORE
    atexit.register(shutil.rmtree, _STORE, ignore_errors=True)


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
