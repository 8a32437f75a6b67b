"""tools.benchmark: its synthetic corpora, its command line and its results (not a timed test).

Timing belongs to the benchmark; these tests check that it measures what it says and reports it.
"""

import json
import os
import re

import pytest
from corpus_tools import SEEDS, folder_digest

from helpers import BODY_KINDS, load_articles, load_paragraphs, load_sentences
from tools.benchmark.__main__ import main
from tools.benchmark.large import doubling_ratio, run_case, step_names
from tools.benchmark.report import markdown, status, table
from tools.benchmark.synthetic import make_corpus, make_long_article, make_organisations_article


def test_synthetic_corpus_loads_and_leaves_seeds_alone(tmp_path):
    before = folder_digest(SEEDS)
    folder = make_corpus(tmp_path / "synthetic", 12, seed=3)
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
    again = make_corpus(tmp_path / "again", 12, seed=3)
    assert (again / "00005_synthetic.txt").read_bytes() == (folder / "00005_synthetic.txt").read_bytes()


def test_generators_refuse_seeds_and_non_empty_folders(tmp_path):
    before = folder_digest(SEEDS)
    for make in (lambda f: make_corpus(f, 3), lambda f: make_long_article(f, 1000)):
        with pytest.raises(ValueError, match="seeds"):
            make(SEEDS)
        with pytest.raises(ValueError, match="seeds"):
            make(SEEDS / "sub")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ValueError, match="not empty"):
        make_corpus(tmp_path / "full", 3)
    with pytest.raises(ValueError, match="not empty"):
        make_long_article(tmp_path / "full", 1000)
    with pytest.raises(ValueError, match="shape"):
        make_long_article(tmp_path / "new", 1000, shape="round")
    assert (tmp_path / "full" / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert not (SEEDS / "sub").exists()
    assert folder_digest(SEEDS) == before


def test_long_articles_have_the_shape_asked_for(tmp_path):
    one = load_paragraphs(make_long_article(tmp_path / "one", 30_000), kinds=BODY_KINDS)
    assert len(one) == 1 and len(one["text"].iloc[0]) >= 29_000
    assert sum(one["text"].iloc[0].count(q) for q in "“”\"") >= 2  # the seeds' quotations are kept
    unclosed = load_paragraphs(make_long_article(tmp_path / "unclosed", 30_000, shape="unclosed"),
                               kinds=BODY_KINDS)
    text = unclosed["text"].iloc[0]
    assert len(unclosed) == 1 and len(text) >= 29_000
    assert [c for c in text if c in "“”„\"«»"] == ["“"]  # one quotation mark, opened, never closed
    assert text.index("“") < 2_000
    run_on = make_long_article(tmp_path / "run-on", 30_000, shape="run-on")
    assert len(load_paragraphs(run_on, kinds=BODY_KINDS)) == 1
    sentences = load_sentences(run_on)
    assert len(sentences) == 1 and len(sentences["text"].iloc[0]) >= 29_000
    assert [c for c in sentences["text"].iloc[0] if c in "“”„\"«»"] == ["“"]
    many = load_paragraphs(make_long_article(tmp_path / "many", 30_000, shape="paragraphs"), kinds=BODY_KINDS)
    assert len(many) > 20 and many["text"].str.len().sum() >= 25_000
    assert len(load_articles(tmp_path / "many")) == 1


def test_help_lists_the_options(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for option in ("--quick", "--only", "--sizes", "--runs", "--no-save"):
        assert option in out
    for section in ("course", "import", "calls", "widgets", "scaling", "large"):
        assert section in out


def test_unknown_section_is_an_error(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--only", "nope", "--no-save"])
    assert done.value.code == 2
    assert "unknown section" in capsys.readouterr().err


def test_scaling_times_without_sampling_and_measures_memory_in_a_run_of_its_own(capsys):
    assert main(["--only", "scaling", "--sizes", "20", "--runs", "1", "--no-save"]) == 0
    out = capsys.readouterr().out
    timed = [line for line in out.splitlines() if "20 articles, run 1/1" in line]
    memory = [line for line in out.splitlines() if "20 articles, memory run" in line]
    assert len(timed) == 1 and "max RSS of the main process" in timed[0]
    assert len(memory) == 1 and "PSS of process + workers" in memory[0]
    assert "20 articles: peak memory (MB)" in out


def test_large_runs_every_analysis_and_view_and_reports_each(tmp_path):
    assert len(step_names()) == 18  # 11 analyses after load + clean, 7 views
    folder = make_long_article(tmp_path / "long", 5_000, shape="unclosed")
    res = run_case(folder, ["kwic", "quotes", "CompareView"], cap=120, sample_memory=True)
    assert list(res["steps"]) == ["load+clean", "kwic", "quotes", "CompareView"]
    assert all("error" not in r and r["seconds"] >= 0 for r in res["steps"].values()), res
    assert res["steps"]["kwic"]["rows"] > 0
    view = res["steps"]["CompareView"]
    assert view["html_kb"] > 1 and view["control"] and view["capped"] is False
    assert view["seconds"] == view["build_seconds"] + view["set_seconds"]
    assert res["peak_mb"] > 50


def test_a_step_past_the_cap_is_stopped_and_reported(tmp_path):
    folder = make_long_article(tmp_path / "long", 5_000)
    res = run_case(folder, ["kwic"], cap=0.01, sample_memory=False)  # no interpreter starts that fast
    assert res["steps"] == {"load+clean": {"step": "load+clean", "seconds": 0.01, "stopped": True}}
    section = {"cases": {"paragraph": dict(res, label="one paragraph")},
               "figures": [("large.paragraph.worst_seconds", "slowest step (s)", 12.0)]}
    md = markdown({"date": "d", "host": "h", "sections": {"large": section}})
    assert "| load+clean | > 0 (stopped) |" in md
    assert "| slowest step (s) | 12.00 | <= 10 | MISS |" in md


def test_status_compares_with_the_target():
    assert status("large.huge.peak_mb", 2048.0) == ("<= 2048", "PASS")
    assert status("large.huge.peak_mb", 2049.0) == ("<= 2048", "MISS")
    assert status("large.huge.peak_mb", float("nan")) == ("<= 2048", "n/a")
    assert status("no.such.figure", 1.0) == ("", "")
    rows = table({"calls": {"figures": [("calls.worst_ms", "worst (ms)", 300.0)]}})
    assert rows == [("worst (ms)", "300", "<= 250", "MISS")]
    assert json.dumps(rows)  # the results file stores them as JSON


def test_the_organisations_article_names_each_organisation_once_in_one_paragraph(tmp_path):
    folder = make_organisations_article(tmp_path / "orgs", 40, seed=2)
    paras = load_paragraphs(folder, kinds=BODY_KINDS)
    assert len(paras) == 1
    text = paras["text"].iloc[0]
    assert text.count("Foundation, a rights group,") == 40 and text.count("The group's director") == 40
    names = re.findall(r"The (\w+ \w+) Foundation", text)
    assert len(set(names)) == 40
    with pytest.raises(ValueError, match="seeds"):
        make_organisations_article(SEEDS, 3)


def test_the_doubling_ratio_is_the_growth_per_doubling_over_the_whole_range():
    assert doubling_ratio([1.0, 2.0, 4.4, 8.0]) == pytest.approx(2.0)  # linear overall
    assert doubling_ratio([1.0, 4.0, 16.0]) == pytest.approx(4.0)  # quadratic
    unknown = doubling_ratio([1.0, 2.0, float("nan")])  # a size stopped: NaN
    assert unknown != unknown
    assert status("large.organisations.quotes.doubling", 2.05) == ("<= 2.1", "PASS")
    assert status("large.organisations.quotes.doubling", 4.0) == ("<= 2.1", "MISS")


def test_the_benchmark_times_with_a_filled_store_of_its_own_and_leaves_the_environment_as_it_was():
    from pathlib import Path

    from tools.benchmark.common import stored_patterns

    before = os.environ.get("HELPERS_REGEX_CACHE")
    with stored_patterns() as folder:
        assert os.environ["HELPERS_REGEX_CACHE"] == folder
        assert list(Path(folder).glob("*/*.json"))  # the untimed first session stored its programs
    assert os.environ.get("HELPERS_REGEX_CACHE") == before
    assert not Path(folder).exists()
