"""Precision and recall of quotes(), actor_mentions() and tag_themes() against the hand-made gold.

Usage: ``.venv/bin/python tools/accuracy.py`` (prints one table per extractor).

The gold annotations are in ``tests/gold/`` (written by reading the five seeds, before the code;
see ``tests/gold/README.md`` for the guidelines and the ambiguous calls). Matching rules:

* quotes: a predicted quote matches a gold quote of the same kind in the same paragraph when
  their words overlap with token F1 >= 0.5 (one-to-one, best pairs first). *Span* counts matched
  quotes; *attribution* also requires the right actor (gold may list alternatives as ``A|B``;
  an empty gold actor means "unresolvable" and is matched by an empty prediction).
* actor mentions: same sentence, same actor and the same words (case/diacritic-insensitive).
* themes: same (paragraph, theme) pair.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers._text.fold import fold, words  # noqa: E402
from helpers.analysis.actors import actor_mentions  # noqa: E402
from helpers.analysis.coverage import tag_themes  # noqa: E402
from helpers.analysis.quoting import quotes  # noqa: E402

METRIC_COLUMNS = ["extractor", "kind", "measure", "gold", "predicted", "matched", "precision", "recall"]


def read_gold(name: str) -> pd.DataFrame:
    """A gold CSV from ``tests/gold`` (all columns as text, empty cells as "")."""
    return pd.read_csv(GOLD / name, dtype=str, keep_default_na=False)


def _row(extractor, kind, measure, n_gold, n_pred, matched_p, matched_g=None):
    matched_g = matched_p if matched_g is None else matched_g
    return {"extractor": extractor, "kind": kind, "measure": measure, "gold": n_gold, "predicted": n_pred,
            "matched": matched_p, "precision": matched_p / n_pred if n_pred else 1.0,
            "recall": matched_g / n_gold if n_gold else 1.0}


def _tokens(text: str) -> Counter:
    return Counter(words(fold(text)))


def _f1(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def _actor_ok(gold_actor: str, pred_actor: str) -> bool:
    options = [fold(a.strip()) for a in gold_actor.split("|")]
    return fold(pred_actor or "") in options


def quote_metrics(pred: pd.DataFrame | None = None, gold: pd.DataFrame | None = None) -> pd.DataFrame:
    """Span and attribution precision/recall of quotes(), for direct and indirect quotes."""
    pred = quotes() if pred is None else pred
    gold = read_gold("quotes.csv") if gold is None else gold
    rows = []
    for kind in ("direct", "indirect"):
        g = gold[gold["kind"] == kind].reset_index(drop=True)
        p = pred[pred["kind"] == kind].reset_index(drop=True)
        pairs = []
        for gi, gr in g.iterrows():
            for pi, pr in p[p["paragraph_id"] == gr["paragraph_id"]].iterrows():
                score = _f1(gr["quote"], pr["quote"])
                if score >= 0.5:
                    pairs.append((score, gi, pi))
        used_g, used_p, matched = set(), set(), []
        for _score, gi, pi in sorted(pairs, reverse=True):
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                matched.append((gi, pi))
        attributed = sum(_actor_ok(g.at[gi, "actor"], p.at[pi, "actor"]) for gi, pi in matched)
        rows.append(_row("quotes", kind, "span", len(g), len(p), len(matched)))
        rows.append(_row("quotes", kind, "span+speaker", len(g), len(p), attributed))
    return pd.DataFrame(rows, columns=METRIC_COLUMNS)


def quote_errors(pred: pd.DataFrame | None = None, gold: pd.DataFrame | None = None) -> pd.DataFrame:
    """Gold quotes missed or mis-attributed, and predicted quotes with no gold match (for reading)."""
    pred = quotes() if pred is None else pred
    gold = read_gold("quotes.csv") if gold is None else gold
    out = []
    for _, gr in gold.iterrows():
        cand = pred[(pred["paragraph_id"] == gr["paragraph_id"]) & (pred["kind"] == gr["kind"])]
        best = max(cand.itertuples(), key=lambda r: _f1(gr["quote"], r.quote), default=None)
        if best is None or _f1(gr["quote"], best.quote) < 0.5:
            out.append(("missed", gr["paragraph_id"], gr["kind"], gr["actor"], "", gr["quote"]))
        elif not _actor_ok(gr["actor"], best.actor):
            out.append(("wrong speaker", gr["paragraph_id"], gr["kind"], gr["actor"], best.actor, gr["quote"]))
    for r in pred.itertuples():
        cand = gold[(gold["paragraph_id"] == r.paragraph_id) & (gold["kind"] == r.kind)]
        if not any(_f1(g, r.quote) >= 0.5 for g in cand["quote"]):
            out.append(("spurious", r.paragraph_id, r.kind, "", r.actor, r.quote))
    return pd.DataFrame(out, columns=["error", "paragraph_id", "kind", "gold_actor", "predicted_actor", "quote"])


def mention_metrics(pred: pd.DataFrame | None = None, gold: pd.DataFrame | None = None):
    """Precision/recall of actor_mentions() (sentence + actor + words), and the differences."""
    pred = actor_mentions() if pred is None else pred
    gold = read_gold("actor_mentions.csv") if gold is None else gold
    pk = Counter(zip(pred["sentence_id"], pred["actor"], pred["match"].map(fold)))
    gk = Counter(zip(gold["sentence_id"], gold["actor"], gold["match"].map(fold)))
    tp = sum((pk & gk).values())
    table = pd.DataFrame([_row("actor_mentions", "all", "sentence+actor+words", sum(gk.values()),
                               sum(pk.values()), tp)], columns=METRIC_COLUMNS)
    diffs = ([("spurious", *k) for k in sorted((pk - gk).elements())]
             + [("missed", *k) for k in sorted((gk - pk).elements())])
    return table, pd.DataFrame(diffs, columns=["error", "sentence_id", "actor", "match"])


def theme_metrics(pred: pd.DataFrame | None = None, gold: pd.DataFrame | None = None):
    """Precision/recall of tag_themes() on (paragraph, theme) pairs: overall and per theme."""
    pred = tag_themes() if pred is None else pred
    gold = read_gold("themes.csv") if gold is None else gold
    g = {(r.paragraph_id, t) for r in gold.itertuples() for t in r.themes.split(";") if t}
    p = set(zip(pred["paragraph_id"], pred["theme"]))
    rows = [_row("tag_themes", "all", "paragraph+theme", len(g), len(p), len(g & p))]
    for theme in sorted({t for _, t in g | p}):
        gt = {x for x in g if x[1] == theme}
        pt = {x for x in p if x[1] == theme}
        rows.append(_row("tag_themes", theme, "paragraph+theme", len(gt), len(pt), len(gt & pt)))
    diffs = ([("spurious", *k) for k in sorted(p - g)] + [("missed", *k) for k in sorted(g - p)])
    return pd.DataFrame(rows, columns=METRIC_COLUMNS), pd.DataFrame(diffs, columns=["error", "paragraph_id", "theme"])


def main() -> None:
    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 90)
    fmt = {"precision": "{:.3f}".format, "recall": "{:.3f}".format}
    print("== quotes() ==")
    print(quote_metrics().to_string(index=False, formatters=fmt))
    errs = quote_errors()
    if len(errs):
        print(errs.to_string(index=False))
    table, diffs = mention_metrics()
    print("\n== actor_mentions() ==")
    print(table.to_string(index=False, formatters=fmt))
    if len(diffs):
        print(diffs.to_string(index=False))
    table, diffs = theme_metrics()
    print("\n== tag_themes() ==")
    print(table.to_string(index=False, formatters=fmt))
    if len(diffs):
        print(diffs.to_string(index=False))


if __name__ == "__main__":
    main()
