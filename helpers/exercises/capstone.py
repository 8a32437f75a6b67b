"""The capstone's tools (notebook 08): your own speakers, self-checks on your own article, a report.

* :func:`my_aliases` keeps an editable copy of the alias table in ``my_work/aliases.csv`` (made once,
  never overwritten); :func:`add_speaker` adds a speaker your article quotes to it. Pass the table as
  ``aliases=`` to :func:`~helpers.analysis.quoting.quotes` and
  :func:`~helpers.analysis.actors.actor_mentions`.
* :func:`check_mine` checks an exercise answer against the value computed *now* from your own
  corpus and article (any article, not only the practice one); it prints one line and never the
  expected answer.
* :func:`write_report` writes a one-page Markdown report with its figures (PNG files) and their alt
  text, to hand in.
* :func:`hand_in_zip` writes the one file to hand in: the saved notebook and its ``my_work/`` folder
  in a zip (JupyterLab without extensions downloads files, not folders).
"""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from helpers.corpus.csvsafe import to_csv_safe, unneutralise
from helpers.errors import CorpusError

ALIAS_COLUMNS = ["actor", "group", "alias", "kind", "note"]
QUESTIONS = {
    "08-1": "loaded labels of your article that stand inside quotation marks",
    "08-2": "the theme your article touches in the most body paragraphs",
    "08-3": "quotations of your article whose speaker is still unknown (group 'other' or unresolved)",
}


def my_aliases(path) -> pd.DataFrame:
    """The alias table kept in ``path`` (e.g. ``my_work/aliases.csv``); made from the course's table once.

    Returns
    -------
    pandas.DataFrame
        Columns ``actor, group, alias, kind, note``: one row per name of an actor. Edit the file
        (JupyterLab opens CSV files) or use :func:`add_speaker`; the file is never overwritten here.
    """
    from helpers.analysis.actors import actor_aliases

    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        to_csv_safe(actor_aliases()[ALIAS_COLUMNS], path)
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in ALIAS_COLUMNS[:3] if c not in table.columns]
    if missing:
        raise CorpusError(f"{path}: missing column(s) {', '.join(missing)}; the columns are "
                          f"{', '.join(ALIAS_COLUMNS)}. "
                          "Delete the file to start again from the course's table.")
    return table.apply(lambda col: col.map(unneutralise))


def add_speaker(path, actor: str, group: str, names, kind: str = "people", note: str = "") -> pd.DataFrame:
    """Add a speaker (``actor`` in ``group``, known by ``names``) to the alias file at ``path``.

    Parameters
    ----------
    path : str or Path
        The alias file (see :func:`my_aliases`).
    actor : str
        The name tables should show, e.g. ``"Milan Novak"``.
    group : str
        One of ``actor_groups()["group"]``, e.g. ``"civil_society"``.
    names : list of str
        How the text names them, e.g. ``["Milan Novak", "Novak"]`` (full names first).
    kind : str
        ``he``, ``she`` (pronouns that may refer back to them), ``people``, ``organisation`` or ``place``.
    note : str
        Why you added them (kept in the file).

    Returns
    -------
    pandas.DataFrame
        The whole alias table after the change (columns ``actor, group, alias, kind, note``). Running
        it again adds nothing new.
    """
    from helpers.analysis.actors import GROUPS, KINDS

    if group not in GROUPS:
        raise CorpusError(f"add_speaker: group {group!r} is not known. Use one of: {', '.join(GROUPS)}.")
    if kind not in KINDS:
        raise CorpusError(f"add_speaker: kind {kind!r} is not known. Use one of: {', '.join(KINDS)}.")
    names = [names] if isinstance(names, str) else list(names)
    if not actor.strip() or not names or not all(str(n).strip() for n in names):
        raise CorpusError("add_speaker: give the actor's name and at least one non-empty name the text uses.")
    proper = {w.lower() for w in actor.split() if w[:1].isupper()}  # "Ana Grant": ana, grant
    lower = [n for n in names if str(n).strip().islower() and str(n).strip() in proper]
    if lower:
        raise CorpusError(f"add_speaker: {lower[0]!r} is a name of {actor!r} written in lower case: it would "
                          f"also count the common word (\"the {lower[0]}\"). Write it as the text does, e.g. "
                          f"{lower[0].title()!r}.")
    table = my_aliases(path)
    known = set(zip(table["actor"], table["alias"]))
    new = [{"actor": actor, "group": group, "alias": n, "kind": kind, "note": note or "added in notebook 08"}
           for n in names if (actor, n) not in known]
    if new:
        table = pd.concat([table, pd.DataFrame(new)], ignore_index=True).fillna("")
        to_csv_safe(table, path)
    return table


# ---------------------------------------------------------------- self-checks on your own article
def expected_answer(question: str, folder, article_id: str, aliases=None):
    """The answer to ``question`` for article ``article_id`` of the corpus in ``folder``, computed now.

    Returns an int (08-1, 08-3) or a set of theme keys (08-2: every theme tied for the most
    paragraphs; empty when the article touches no theme).
    """
    from helpers.analysis.coverage import coverage_matrix, tag_themes
    from helpers.analysis.labelling import labels
    from helpers.analysis.quoting import quotes
    from helpers.corpus.cleaning import BODY_KINDS
    from helpers.corpus.loading import load_articles, load_paragraphs, load_sentences

    if question not in QUESTIONS:
        raise CorpusError(f"check_mine: question {question!r} is not known. "
                          f"Use one of: {', '.join(QUESTIONS)}.")
    if article_id not in set(load_articles(folder)["article_id"]):
        raise CorpusError(f"check_mine: article {article_id!r} is not in {folder}.")
    if question == "08-1":
        found = labels(load_sentences(folder))
        return int(((found["article_id"] == article_id) & found["quoted"]).sum())
    paragraphs = load_paragraphs(folder, kinds=BODY_KINDS)
    if question == "08-2":
        cov = coverage_matrix(tag_themes(paragraphs), load_articles(folder))
        mine = cov[cov["article_id"] == article_id]
        top = mine["paragraphs"].max() if len(mine) else 0
        return set(mine.loc[mine["paragraphs"] == top, "theme"]) if top > 0 else set()
    ledger = quotes(paragraphs, aliases=aliases)
    mine = ledger[ledger["article_id"] == article_id]
    return int(((mine["group"] == "other") | (mine["actor"] == "")).sum())


def check_mine(question: str, answer, folder, article_id: str, aliases=None):
    """Check ``answer`` to ``question`` against your own corpus; print one line.

    Never prints the expected answer. ``answer`` still ``...`` or ``None`` prints a reminder.

    Returns
    -------
    CheckResult
        True when the answer is right; shows nothing in a notebook (the printed line says it).
    """
    from helpers.exercises.checks import CheckResult

    if answer is ... or answer is None:
        print(f"⏳ Not yet: replace ... with your answer ({QUESTIONS.get(question, question)}), "
              "then run again.")
        return CheckResult(False)
    expected = expected_answer(question, folder, article_id, aliases)
    if isinstance(expected, set):
        given = {str(answer).strip().strip("'\"").lower()} if answer else set()
        ok = given <= expected and bool(given) or (not expected and str(answer).lower() in ("", "none"))
        hint = ("Filter coverage to your article and sort by the paragraphs column, largest first; "
                "give the theme key, as written in the theme column (e.g. \"kosovo\"). "
                "If your article touches no theme, answer \"none\".")
    else:
        try:
            ok = int(answer) == expected
        except (TypeError, ValueError):
            ok = False
        hint = {"08-1": "Keep the rows of found_labels for your article with quoted True, then count them.",
                "08-3": "Count your article's rows of the ledger whose group is 'other', then those "
                        "whose actor is empty (\"\"), and add the two counts (an unresolved "
                        "quotation has no group, so no row is counted twice)."}[question]
    print(f"✅ Correct! (checked against your own article {article_id})" if ok
          else f"❌ Not yet. Hint: {hint}")
    return CheckResult(ok)


# ---------------------------------------------------------------- the one-page report
def write_report(folder, title: str, sections: dict, figures: dict | None = None,
                 tables: dict | None = None) -> Path:
    """Write a one-page report to ``folder/report.md`` with its figures as PNG files beside it.

    Parameters
    ----------
    folder : str or Path
        Where to write (created), e.g. ``my_work/report``.
    title : str
        The report's title.
    sections : dict
        Heading -> your text (Markdown), in order.
    figures : dict, optional
        File stem -> matplotlib Figure; each is saved as ``<stem>.png`` and shown with its alt text
        (the figure's ``alt``, set by every ``plot_*`` function).
    tables : dict, optional
        File name -> table; each is written as a CSV beside the report (formula-like cells
        neutralised) and linked.

    Returns
    -------
    Path
        The path of ``report.md``. A section whose text is still the placeholder ``"..."`` (or empty)
        is written as it is, and a line names every such section, so an unfinished report is never
        taken for a finished one.
    """
    import matplotlib.pyplot as plt

    from helpers.views._figure import _alt_of

    for what, value in (("sections", sections), ("figures", figures), ("tables", tables)):
        if value is not None and not hasattr(value, "items"):  # checked before anything is written
            raise CorpusError(f"write_report: {what}= is {type(value).__name__}, not a dictionary. Give "
                              f"{what}={{'Heading or name': ...}}, e.g. "
                              "sections={'My question': 'my text'}.")
    for name, table in (tables or {}).items():
        if not hasattr(table, "to_csv") or not hasattr(table, "columns"):
            raise CorpusError(f"write_report: tables[{name!r}] is {type(table).__name__}, not a table "
                              "(a pandas DataFrame, e.g. quotes(...)).")
        if not isinstance(name, str) or Path(name).name != name or not name.lower().endswith(".csv"):
            raise CorpusError(f"write_report: tables[{name!r}]: give a file name ending in .csv with no "
                              "folder (e.g. 'quotes.csv'); the tables are written beside report.md.")
    for stem, fig in (figures or {}).items():
        if not hasattr(fig, "savefig"):
            hint = (" show_figure(...) shows a figure and returns None: pass the figure itself, e.g. "
                    "plot_frames(scores)." if fig is None else "")
            raise CorpusError(f"write_report: figures[{stem!r}] is {type(fig).__name__}, not a matplotlib "
                              f"figure.{hint}")
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    lines = [f"# {_md(_one_line(title))}", ""]
    for heading, text in sections.items():
        lines += [f"## {_md(_one_line(heading))}", "", str(text).strip(), ""]
    for stem, fig in (figures or {}).items():
        name = f"{Path(stem).stem}.png"
        fig.savefig(out / name, dpi=110, bbox_inches="tight")
        alt = " ".join(_alt_of(fig).split())
        plt.close(fig)
        lines += [f"![{_md(alt)}]({name})", "", f"*Figure ({name}). Alt text: {_md(alt)}*", ""]
    if tables:
        lines += ["## Evidence tables", ""]
        for name, table in tables.items():
            to_csv_safe(table, out / name)
            lines.append(f"- [{name}]({name}): {len(table)} rows")
        lines.append("")
    path = out / "report.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    unfinished = [heading for heading, text in sections.items() if _placeholder(text)]
    if unfinished:
        names = ", ".join(f"'{h}'" for h in unfinished)
        print(f"⚠️ Not finished: {len(unfinished)} of {len(sections)} sections still say ... ({names}). "
              f"Replace ... with your text, then run this cell again: {path.name} was written with "
              "the placeholders.")
    return path


def hand_in_zip(notebook: str = "08_capstone_bring_your_own_article.ipynb", work="my_work",
                out=None) -> Path:
    """Zip the notebook (as last saved) with its ``my_work/`` folder: the capstone's hand-in.

    Save the notebook first (Ctrl+S / Cmd+S): the zip holds the file on disk. Download the zip from the
    file browser (right-click > *Download*). The instructor's grader reruns the notebook from this zip,
    so it needs ``my_work/`` (your corpus, your article's file or saved page, the report).

    Parameters
    ----------
    notebook : str or Path
        The notebook file, next to ``my_work/`` (the folder this notebook runs in).
    work : str or Path
        The working folder (default ``my_work``).
    out : str or Path, optional
        The zip to write (default: the notebook's name with ``_handin.zip``).

    Returns
    -------
    pathlib.Path
        The zip written; it holds the notebook at its top and ``my_work/`` beside it.
    """
    import zipfile

    notebook, work = Path(notebook), Path(work)
    if not notebook.is_file():
        raise CorpusError(f"hand_in_zip: no notebook {notebook.as_posix()} here: give its file name, e.g. "
                          f"hand_in_zip({notebook.name!r}), after saving it")
    if not work.is_dir():
        raise CorpusError(f"hand_in_zip: no folder {work.as_posix()}: run the notebook from Step 1 first")
    out = Path(out) if out else notebook.with_name(notebook.stem + "_handin.zip")
    files = sorted(p for p in work.rglob("*") if p.is_file() and ".ipynb_checkpoints" not in p.parts)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(notebook, notebook.name)
        for path in files:
            zf.write(path, (Path(work.name) / path.relative_to(work)).as_posix())
    print(f"wrote {out.as_posix()}: the notebook and {len(files)} files of {work.name}/. Download it "
          "(right-click > Download) and hand it in.")
    return out


def _placeholder(text) -> bool:
    """Whether a section's text is still the placeholder (``...`` as text or as Ellipsis) or empty."""
    return text is ... or text is None or str(text).strip() in ("", "...", "…")


def _one_line(text) -> str:
    """A title or heading on one line (a line break would start a heading or a paragraph of its own)."""
    return " ".join(str(text).split())


def _md(text: str) -> str:
    """Text safe inside Markdown: HTML escaped, brackets that would start a link escaped."""
    return html.escape(str(text), quote=False).replace("[", "\\[").replace("]", "\\]")
