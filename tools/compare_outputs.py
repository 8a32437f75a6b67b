"""Check that two checkouts give the same ``actor_mentions()`` and ``quotes()``, row for row.

Usage (from the repository root)::

    .venv/bin/python tools/compare_outputs.py /work/main [--articles 1000]

Both checkouts run on the seeds, every split of ``tests/devset`` not held out and a synthetic corpus
(``tools.benchmark.synthetic``), each in its own process (``PYTHONPATH`` set to the checkout); the
tables go through a private temporary folder and are compared with ``pandas.testing.assert_frame_equal``
(exact). For speed work that must not change any output. The held-out test sets are never read.
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


def _dump(out: Path, folders: list[str]) -> None:
    """Write each corpus's ``(actor_mentions, quotes)`` to ``out`` (run with the checkout's PYTHONPATH).

    ``folders``: ``name=path`` pairs; an empty path is the shipped seeds.
    """
    import helpers

    for pair in folders:
        name, folder = pair.split("=", 1)
        kw = {"folder": Path(folder)} if folder else {}
        sentences = helpers.load_sentences(**kw)
        paragraphs = helpers.load_paragraphs(kinds=helpers.BODY_KINDS, **kw)
        t = time.perf_counter()
        mentions = helpers.actor_mentions(sentences=sentences)
        t_actors = time.perf_counter() - t
        t = time.perf_counter()
        found = helpers.quotes(paragraphs=paragraphs)
        t_quotes = time.perf_counter() - t
        print(f"  {name}: actor_mentions {len(mentions)} rows {t_actors:.2f} s, "
              f"quotes {len(found)} rows {t_quotes:.2f} s", flush=True)
        (out / f"{name}.pkl").write_bytes(pickle.dumps((mentions, found)))


def _folders(synthetic: Path) -> list[str]:
    """``name=path`` of the seeds, of every annotated split not held out and of the synthetic corpus."""
    from tools.accuracy import HELD_OUT, SETS

    return ["seeds=", *(f"{name}={ROOT / 'tests/devset' / name}" for name in SETS if name not in HELD_OUT),
            f"synthetic={synthetic}"]


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
    import pandas as pd

    sys.path.insert(0, str(ROOT))
    from tools.benchmark.synthetic import make_corpus

    with tempfile.TemporaryDirectory() as tmp:  # private to this user: safe to unpickle from
        base = Path(tmp)
        folders = _folders(make_corpus(base / "synthetic", args.articles))
        _run(Path(args.reference).resolve(), base / "before", folders)
        _run(ROOT, base / "after", folders)
        for f in sorted((base / "before").glob("*.pkl")):
            before = pickle.loads(f.read_bytes())
            after = pickle.loads((base / "after" / f.name).read_bytes())
            for name, a, b in zip(("actor_mentions", "quotes"), before, after, strict=True):
                pd.testing.assert_frame_equal(a, b, check_exact=True)
                print(f"{f.stem}: {name} identical ({len(a)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
