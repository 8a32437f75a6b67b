"""Notebook 08 from a fresh copy.

With the practice article, again (nothing lost), and with an imported page.
"""

import shutil

import nbformat
import pytest
from corpus_tools import ROOT
from nbclient import NotebookClient
from webserver import LocalServer

from helpers import CorpusError, load_articles, load_paragraphs
from helpers.exercises.capstone import add_speaker, check_mine, expected_answer, my_aliases

NOTEBOOK = ROOT / "instructor" / "08_capstone_bring_your_own_article.ipynb"


@pytest.fixture(autouse=True)
def forget_loaded_corpora(monkeypatch):
    import helpers.corpus.loading as loading

    monkeypatch.setattr(loading, "_CACHE", dict(loading._CACHE))


def fresh_copy(tmp_path):
    (tmp_path / "instructor").mkdir()
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    nb = nbformat.read(str(NOTEBOOK), as_version=4)
    return nb, tmp_path / "instructor"


def run(nb, cwd):
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(cwd)}}).execute()
    return "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)


def test_practice_article_runs_and_a_rerun_keeps_the_students_work(tmp_path):
    nb, cwd = fresh_copy(tmp_path)
    printed = run(nb, cwd)
    assert printed.count("✅ Correct!") == 3 and "Not yet" not in printed
    corpus = cwd / "my_work" / "corpus"
    arts = load_articles(corpus)
    assert list(arts.short) == ["AP", "Balkan View", "NGO appeal", "ECFR", "RT rewrite", "Practice"]
    report = (cwd / "my_work" / "report" / "report.md").read_text(encoding="utf-8")
    assert report.count("](") >= 3 and "Alt text: Stacked bar chart" in report
    assert (cwd / "my_work" / "evidence" / "quotes.csv").exists()
    # the student's own work: a note, an edited alias table and a second article
    (cwd / "my_work" / "notes.md").write_text("my notes", encoding="utf-8")
    add_speaker(cwd / "my_work" / "aliases.csv", "Clara Weiss", "eu_west", ["Clara Weiss"], kind="she")
    from helpers import add_article

    add_article(corpus, text="Serbia said no to the plan again. " * 4, short="Mine", outlet="Mine",
                headline="Mine", published="2025-01-02", date_precision="exact", genre="news_report")
    run(nbformat.read(str(NOTEBOOK), as_version=4), cwd)
    assert (cwd / "my_work" / "notes.md").read_text(encoding="utf-8") == "my notes"
    assert list(load_articles(corpus).short)[-2:] == ["Practice", "Mine"]  # replaced by itself, nothing lost
    assert "Clara Weiss" in set(my_aliases(cwd / "my_work" / "aliases.csv").actor)


def test_an_imported_page_runs_with_checks_computed_for_it(tmp_path):
    nb, cwd = fresh_copy(tmp_path)
    with LocalServer() as server:
        cell = next(c for c in nb.cells if "byo-source" in c.metadata.get("tags", []))
        cell.source = (f'MY_URL = "{server.url("/news/gas")}"\nMY_SAVED_PAGE = None\nMY_TEXT_FILE = None\n'
                       'MY_FIELDS = dict(short="Courier", genre="constructed_example")\n')
        printed = run(nb, cwd)
    assert printed.count("✅ Correct!") == 3
    corpus = cwd / "my_work" / "corpus"
    art = load_articles(corpus).set_index("article_id").loc["005"]
    assert (art.short, art.outlet, art.published_text) == ("Courier", "Danube Courier", "2025-11-20")
    assert (load_paragraphs(corpus, kinds=["body"]).article_id == "005").sum() == 5
    assert (cwd / "my_work" / "corpus" / "web_cache").is_dir()


def test_self_checks_follow_the_article(tmp_path, capsys):
    from helpers import add_article, new_corpus

    corpus = new_corpus(tmp_path / "corpus")
    row = add_article(corpus, text="Brussels said the gas deal with Russia was a mistake. " * 3, short="Gas",
                      outlet="Test", headline="Gas", published="2025-01-02", date_precision="exact",
                      genre="news_report")
    expected = expected_answer("08-2", corpus, row["id"])
    assert expected and expected <= {"energy_nis", "russia_ties"}
    assert check_mine("08-2", sorted(expected)[0], corpus, row["id"])
    assert not check_mine("08-2", "kosovo", corpus, row["id"])
    assert not check_mine("08-1", ..., corpus, row["id"])
    out = capsys.readouterr().out
    assert "✅" in out and "❌" in out and "⏳" in out and "energy_nis" not in out.split("Hint")[0]


def test_a_report_with_placeholder_sections_is_written_and_names_them(tmp_path, capsys):
    from helpers.exercises.capstone import write_report

    path = write_report(tmp_path / "report", "My comparison",
                        {"1. The two texts": "The AP quotes the visitor.", "2. Who speaks": "...",
                         "3. Words": ..., "4. Claims": "  "})
    out = capsys.readouterr().out
    assert path.read_text(encoding="utf-8").count("## ") == 4  # written all the same
    assert out.startswith("⚠️ Not finished: 3 of 4 sections")
    assert "'2. Who speaks'" in out and "'3. Words'" in out and "'4. Claims'" in out
    assert "The two texts" not in out


def test_a_finished_report_prints_nothing(tmp_path, capsys):
    from helpers.exercises.capstone import write_report

    write_report(tmp_path / "report", "My comparison", {"1. The two texts": "Both quote officials ..."})
    assert capsys.readouterr().out == ""


def test_a_report_given_what_show_figure_returns_says_so_and_writes_nothing(tmp_path):
    from helpers.exercises.capstone import write_report

    with pytest.raises(CorpusError, match=r"figures\['frames'\] is NoneType.*show_figure"):
        write_report(tmp_path / "report", "T", {"1": "x"}, figures={"frames": None})
    assert not (tmp_path / "report").exists()


def test_a_report_given_its_text_instead_of_a_dictionary_of_sections_says_so_and_writes_nothing(tmp_path):
    from helpers.exercises.capstone import write_report

    with pytest.raises(CorpusError, match=r"sections= is str, not a dictionary.*sections=\{"):
        write_report(tmp_path / "report", title="T", sections="my text")
    with pytest.raises(CorpusError, match=r"tables= is list"):
        write_report(tmp_path / "report", "T", {"1": "x"}, tables=["a.csv"])
    import pandas as pd

    table = pd.DataFrame({"a": [1]})
    for name in ("../up.csv", str(tmp_path / "abs.csv"), "q", "sub/q.csv"):  # only a name beside report.md
        with pytest.raises(CorpusError, match=r"a file name ending in \.csv with no"):
            write_report(tmp_path / "report", "T", {"1": "x"}, tables={name: table})
    with pytest.raises(CorpusError, match=r"tables\['q.csv'\] is list, not a table"):
        write_report(tmp_path / "report", "T", {"1": "x"}, tables={"q.csv": [1, 2]})
    assert not (tmp_path / "report").exists() and not (tmp_path / "up.csv").exists()

def test_the_hint_for_the_top_theme_does_not_name_the_practice_articles_answer(tmp_path, capsys):
    from helpers import add_article, examples_dir, new_corpus

    corpus = new_corpus(tmp_path / "corpus")
    row = add_article(corpus, file=examples_dir() / "practice_article.txt", short="Practice", outlet="Wire",
                      headline="Practice", published="2025-11-20", date_precision="exact",
                      genre="constructed_example")
    answer = expected_answer("08-2", corpus, row["id"])
    assert answer
    assert not check_mine("08-2", "no_such_theme", corpus, row["id"])
    hint = capsys.readouterr().out
    assert "Hint" in hint and not any(theme in hint for theme in answer)


def test_add_speaker_refuses_a_persons_name_in_lower_case_which_would_count_the_common_word(tmp_path):
    path = tmp_path / "aliases.csv"
    with pytest.raises(CorpusError, match=r"'grant' is a name of 'Ana Grant' written in lower case.*'Grant'"):
        add_speaker(path, "Ana Grant", "experts", ["Ana Grant", "grant"], kind="she")
    assert not path.exists() or "Ana Grant" not in path.read_text(encoding="utf-8")
    table = add_speaker(path, "protesters", "civil_society", ["protesters"])  # a group, not a name: fine
    assert "protesters" in set(table["alias"])


def test_a_line_break_in_the_title_or_a_heading_does_not_start_a_heading_of_its_own(tmp_path):
    from helpers.exercises.capstone import write_report

    path = write_report(tmp_path / "report", "My\n# =cmd", {"Part\n## injected": "My text."})
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# My # =cmd" and "## Part ## injected" in lines
    assert sum(line.startswith("#") for line in lines) == 2


def test_hand_in_zip_holds_the_saved_notebook_at_the_top_and_my_work_beside_it(tmp_path, capsys):
    import zipfile

    from helpers.exercises.capstone import hand_in_zip

    (tmp_path / "08_x.ipynb").write_text("{}", encoding="utf-8")
    (tmp_path / "my_work" / "report").mkdir(parents=True)
    (tmp_path / "my_work" / "report" / "report.md").write_text("# r", encoding="utf-8")
    (tmp_path / "my_work" / ".ipynb_checkpoints").mkdir()
    (tmp_path / "my_work" / ".ipynb_checkpoints" / "x.txt").write_text("x", encoding="utf-8")
    out = hand_in_zip(tmp_path / "08_x.ipynb", tmp_path / "my_work")
    assert out == tmp_path / "08_x_handin.zip"
    assert sorted(zipfile.ZipFile(out).namelist()) == ["08_x.ipynb", "my_work/report/report.md"]
    assert "Download it" in capsys.readouterr().out
    with pytest.raises(CorpusError, match="no notebook"):
        hand_in_zip(tmp_path / "missing.ipynb", tmp_path / "my_work")
