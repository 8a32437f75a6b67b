"""How far two annotators agree: a second, independent annotation scored as the extractors are.

Usage::

    .venv/bin/python tools/agreement.py --set test16            # figures
    .venv/bin/python tools/agreement.py --set test16 --errors   # ... and every disagreement, to read

``tests/devset/agreement/<split>/`` holds a second annotator's ``quotes.csv`` and/or
``actor_mentions.csv`` for the articles of a split, written from ``tests/devset/GUIDELINES.md`` by
someone who never saw the first annotation (the gold) nor the extractors. The second annotation is
scored against the gold with exactly the rules of ``tools/accuracy.py`` (same pairing of quotes and
mentions, same speaker test), as if it were an extractor's output: a figure an extractor cannot be
shown to beat, since the gold itself differs from a careful second reading by that much. The
speaker test is not symmetric (a named person in the gold must be named; a role speaker matches by
group and words), so the figures are printed both ways: the second annotator scored against the
first, and the first against the second.

Blind spots: one second annotator per split; agreement measured on spans and speakers as the
scorer sees them, not on each column (``speaker_type`` and ``actor_type`` are not compared).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.accuracy import (  # noqa: E402
    DEVSET,
    HELD_OUT,
    SETS,
    read_gold,
    set_mention_metrics,
    set_quote_errors,
    set_quote_metrics,
)

AGREEMENT = DEVSET / "agreement"


def annotated_splits() -> list[str]:
    """The splits that have a second annotation (a folder under ``tests/devset/agreement``)."""
    return sorted(p.name for p in AGREEMENT.iterdir() if p.is_dir()) if AGREEMENT.is_dir() else []


def _pair(which: str, file: str) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """(gold, second annotation) of one file, the gold cut to the articles the second annotator read."""
    if not (AGREEMENT / which / file).is_file():
        return None
    gold, second = read_gold(file, DEVSET / "gold" / which), read_gold(file, AGREEMENT / which)
    return gold[gold["article_id"].isin(set(second["article_id"]))].reset_index(drop=True), second


def agreement(which: str) -> dict:
    """Score a split's second annotation against its gold, both ways.

    Returns
    -------
    dict
        ``{"quotes": DataFrame, "mentions": DataFrame}`` for the files the second annotator wrote,
        each with the columns of ``tools.accuracy`` (``extractor, kind, measure, gold, predicted,
        matched, precision, recall``) and a column ``direction``: ``second vs gold`` (the gold as
        reference) or ``gold vs second`` (the second annotation as reference).
    """
    if which not in SETS:
        raise ValueError(f"unknown set {which!r}: use one of {', '.join(SETS)}")
    out = {}
    for name, file, score in (("quotes", "quotes.csv", set_quote_metrics),
                              ("mentions", "actor_mentions.csv", lambda g, p: set_mention_metrics(g, p)[0])):
        if (pair := _pair(which, file)) is None:
            continue
        gold, second = pair
        out[name] = pd.concat([score(gold, second).assign(direction="second vs gold"),
                               score(second, gold).assign(direction="gold vs second")], ignore_index=True)
    return out


def disagreements(which: str) -> dict:
    """Every quote and mention on which the two annotations differ (never for a held-out split).

    Returns
    -------
    dict
        ``{"quotes": DataFrame, "mentions": DataFrame}``; quotes with the columns of
        ``tools.accuracy.set_quote_errors`` (``error, paragraph_id, kind, gold, predicted, quote``:
        ``predicted`` is the second annotator's row), mentions with ``error, paragraph_id, actor,
        match``.
    """
    if which in HELD_OUT:
        raise ValueError(f"{which} is held out: figures only (no disagreements printed)")
    out = {}
    if (pair := _pair(which, "quotes.csv")) is not None:
        out["quotes"] = set_quote_errors(*pair)
    if (pair := _pair(which, "actor_mentions.csv")) is not None:
        out["mentions"] = set_mention_metrics(*pair)[1]
    return out


def main(argv=None) -> None:
    """Command line: ``--set <split> [--errors]``."""
    parser = argparse.ArgumentParser(description="Agreement of a second annotation with the gold.")
    parser.add_argument("--set", dest="which", choices=annotated_splits() or SETS, required=True)
    parser.add_argument("--errors", action="store_true", help="also print every disagreement "
                        "(refused for a split still held out)")
    args = parser.parse_args(argv)
    if args.errors and args.which in HELD_OUT:
        parser.error(f"--set {args.which} is held out: figures only (no --errors)")
    pd.set_option("display.width", 200)
    fmt = {"precision": "{:.3f}".format, "recall": "{:.3f}".format}
    for name, table in agreement(args.which).items():
        print(f"\n-- {name}: second annotator against the gold, and the other way --")
        print(table.to_string(index=False, formatters=fmt))
    if args.errors:
        for name, table in disagreements(args.which).items():
            print(f"\n-- {name}: disagreements --")
            print(table.to_string(index=False))


if __name__ == "__main__":
    main()
