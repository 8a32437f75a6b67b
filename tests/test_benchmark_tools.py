"""tools/benchmark.py: its synthetic corpus generator and its command line (not a timed test)."""

import hashlib
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import load_articles, load_paragraphs, load_sentences

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SCRIPT = ROOT / "tools" / "benchmark.py"


def folder_digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bew_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_corpus_loads_and_leaves_seeds_alone(bench, tmp_path):
    before = folder_digest(SEEDS)
    folder = bench.make_corpus(tmp_path / "synthetic", 12, seed=3)
    assert folder_digest(SEEDS) == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["catalog.csv", *(f"{i:05d}_synthetic.txt" for i in range(12))])
    articles = load_articles(folder)
    assert list(articles["article_id"]) == [f"{i:05d}" for i in range(12)]
    assert (articles["word_count"] > 50).all()
    # The text is the seeds' sentences recombined with filler words, and cleaning has work to do.
    sentences = load_sentences(folder)
    seed_text = " ".join(load_sentences()["text"])
    assert sentences["text"].map(lambda s: s in seed_text).any()
    assert (~sentences["text"].map(lambda s: s in seed_text)).any()
    assert set(load_paragraphs(folder)["kind"]) >= {"body", "headline"}
    # Same seed, same corpus.
    again = bench.make_corpus(tmp_path / "again", 12, seed=3)
    assert (again / "00005_synthetic.txt").read_bytes() == (folder / "00005_synthetic.txt").read_bytes()


def test_generator_refuses_seeds_and_non_empty_folders(bench, tmp_path):
    before = folder_digest(SEEDS)
    with pytest.raises(ValueError, match="seeds"):
        bench.make_corpus(SEEDS, 3)
    with pytest.raises(ValueError, match="seeds"):
        bench.make_corpus(SEEDS / "sub", 3)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ValueError, match="not empty"):
        bench.make_corpus(tmp_path / "full", 3)
    assert (tmp_path / "full" / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert not (SEEDS / "sub").exists()
    assert folder_digest(SEEDS) == before


def test_help_lists_the_options():
    out = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    for option in ("--quick", "--only", "--sizes", "--no-save"):
        assert option in out.stdout


def test_unknown_section_is_an_error():
    out = subprocess.run([sys.executable, str(SCRIPT), "--only", "nope", "--no-save"], capture_output=True,
                         text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 2
    assert "unknown section" in out.stderr


def test_scaling_times_without_sampling_and_measures_memory_in_a_run_of_its_own():
    out = subprocess.run([sys.executable, str(SCRIPT), "--only", "scaling", "--sizes", "20", "--runs", "1",
                          "--no-save"], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    timed = [line for line in out.stdout.splitlines() if "20 articles, run 1/1" in line]
    memory = [line for line in out.stdout.splitlines() if "20 articles, memory run" in line]
    assert len(timed) == 1 and "max RSS of the main process" in timed[0]
    assert len(memory) == 1 and "PSS of process + workers" in memory[0]
    assert "20 articles: peak memory (MB)" in out.stdout
