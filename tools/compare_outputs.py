"""Check that two checkouts give the same public analysis tables, row for row.

Usage (from the repository root)::

    .venv/bin/python tools/compare_outputs.py /work/main [--articles 1000]

Both checkouts run on the seeds, every split of ``tests/devset`` not held out and a synthetic corpus
(``tools.benchmark.synthetic``), each in its own process (``PYTHONPATH`` set to the checkout); the
tables (the corpus tables, ``actor_mentions`` (also ``by="group"``), ``quotes`` (also reusing the
mentions), ``tag_themes``, ``frame_scores`` (source and paragraph level), ``distinctive_words``,
``kwic``, ``labels``, ``naming``, ``claims``, ``timeline_mentions``, ``share_of_voice``,
``coverage_matrix``, ``label_rates``) go through a private temporary folder and are compared with
``pandas.testing.assert_frame_equal`` (exact); every table that differs is listed (exit status 1),
not only the first. For speed work that must not change any output, and to list what a change of
rules moves. The held-out test sets are never read.
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tables(helpers, kw: dict) -> dict:
    """Every public table of one corpus (``kw``: ``{"folder": path}``, or empty for the seeds)."""
    sents = helpers.load_sentences(**kw)
    paras = helpers.load_paragraphs(kinds=helpers.BODY_KINDS, **kw)
    arts = helpers.load_articles(**kw)
    t = {"articles": arts, "paragraphs": helpers.load_paragraphs(**kw), "sentences": sents,
         "cleaning_log": helpers.cleaning_log(**kw)}
    t["actor_mentions"] = helpers.actor_mentions(sentences=sents)
    t["actor_mentions_by_group"] = helpers.actor_mentions(sentences=sents, by="group")
    t["quotes"] = helpers.quotes(paragraphs=paras)
    t["quotes_reusing_mentions"] = helpers.quotes(paragraphs=paras, mentions=t["actor_mentions"])
    t["tag_themes"] = helpers.tag_themes(paragraphs=paras)
    t["frame_scores"] = helpers.frame_scores(paragraphs=paras)
    t["frame_scores_paragraph"] = helpers.frame_scores(paragraphs=paras, level="paragraph")
    t["distinctive_words"] = helpers.distinctive_words(sentences=sents)
    t["kwic_russia"] = helpers.kwic("Russia", sentences=sents)
    t["kwic_sanction"] = helpers.kwic("sanction*", sentences=sents)
    t["labels"] = helpers.labels(sentences=sents)
    t["naming"] = helpers.naming(sentences=sents)
    t["naming_evidence"] = helpers.naming(sentences=sents, evidence=True)
    t["claims"] = helpers.claims(sentences=sents)
    t["timeline_mentions"] = helpers.timeline_mentions(sentences=sents)
    t["share_of_voice"] = helpers.share_of_voice(t["quotes"], articles=arts)
    t["coverage_matrix"] = helpers.coverage_matrix(t["tag_themes"], articles=arts)
    t["label_rates"] = helpers.label_rates()
    return t


def _dump(out: Path, folders: list[str]) -> None:
    """Write each corpus's tables to ``out`` (run with the checkout's PYTHONPATH).

    ``folders``: ``name=path`` pairs; an empty path is the shipped seeds.
    """
    import helpers

    for pair in folders:
        name, folder = pair.split("=", 1)
        t = time.perf_counter()
        tables = _tables(helpers, {"folder": Path(folder)} if folder else {})
        print(f"  {name}: {len(tables)} tables in {time.perf_counter() - t:.1f} s", flush=True)
        (out / f"{name}.pkl").write_bytes(pickle.dumps(tables))


def _folders(synthetic: Path) -> list[str]:
    """``name=path`` of the seeds, of every annotated split not held out and of the synthetic corpus."""
    from tools.accuracy import HELD_OUT, SETS

    return ["seeds=", *(f"{name}={ROOT / 'tests/devset' / name}" for name in SETS if name not in HELD_OUT),
            f"synthetic={synthetic}"]


def differences(before: dict, after: dict) -> list[str]:
    """One line per table that differs between two dumps of one corpus (empty when all are identical).

    Every table is compared (exact), so one run lists every table a change moves: a table only one
    dump has, a different number of rows, or the first difference ``pandas`` reports.
    """
    import pandas as pd

    lines = [f"{name}: only in {'the reference' if name in before else 'this checkout'}"
             for name in sorted(before.keys() ^ after.keys())]
    for name in (n for n in before if n in after):
        b, a = before[name], after[name]
        try:
            pd.testing.assert_frame_equal(b, a, check_exact=True)
        except AssertionError as err:
            first = next((line for line in str(err).splitlines() if line.strip()), "")
            lines.append(f"{name}: differs ({len(b)} rows in the reference, {len(a)} here): {first}")
    return lines


def _run(checkout: Path, out: Path, folders: list[str]) -> None:
    """Run :func:`_dump` for ``checkout`` in a new process."""
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    print(f"{checkout}:", flush=True)
    subprocess.run([sys.executable, __file__, "--dump", str(out), *folders], env=env, check=True)


def main(argv=None) -> int:
    """Compare this checkout with the reference one; 0 when every table is identical.

    Returns
    -------
    int
        The exit status.
    """
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reference", nargs="?", help="the other checkout (e.g. /work/main)")
    ap.add_argument("--articles", type=int, default=1000, help="synthetic articles (default 1000)")
    ap.add_argument("--dump", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.dump:
        _dump(Path(args.dump[0]), args.dump[1:])
        return 0
    if not args.reference:
        ap.error("give the reference checkout")
    sys.path.insert(0, str(ROOT))
    from tools.benchmark.synthetic import make_corpus

    with tempfile.TemporaryDirectory() as tmp:  # private to this user: safe to unpickle from
        base = Path(tmp)
        folders = _folders(make_corpus(base / "synthetic", args.articles))
        _run(Path(args.reference).resolve(), base / "before", folders)
        _run(ROOT, base / "after", folders)
        differing = 0
        for f in sorted((base / "before").glob("*.pkl")):
            before = pickle.loads(f.read_bytes())
            after = pickle.loads((base / "after" / f.name).read_bytes())
            found = differences(before, after)
            differing += bool(found)
            for line in found:
                print(f"{f.stem}: {line}")
            if not found:
                print(f"{f.stem}: {len(before)} tables identical (" + ", ".join(
                    f"{name} {len(table)}" for name, table in before.items()) + " rows)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
