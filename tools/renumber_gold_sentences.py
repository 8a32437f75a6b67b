"""Renumber the sentence ids of the devset gold after a change to the cleaner.

A sentence id counts an article's body sentences (``t10-p03-s001``: the article's second body
sentence), so when a line of an article becomes clutter (or stops being clutter) the ids of the
sentences after it shift, and ``gold/<split>/actor_mentions.csv`` points at the wrong sentences.
This tool loads each split twice, with the package as revision ``--before`` had it and as it is now,
pairs the sentences by paragraph id and text, and rewrites the ``sentence_id`` column of the gold
(no other cell changes). A sentence the splitter now cuts in two (or more) passes its mentions to
the piece that holds the mention's ``match``. It refuses, naming the file and the row, when a gold
mention stands in a sentence that is no longer body text, or whose ``match`` no single piece holds
(that needs an annotator, not this tool).

    .venv/bin/python tools/renumber_gold_sentences.py --before c91de3f            # every split
    .venv/bin/python tools/renumber_gold_sentences.py --before c91de3f --split test --check
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset"
_DUMP = """
import json, sys
from helpers import load_sentences
out = {}
for split in sys.argv[1:]:
    s = load_sentences(folder=f"{DEVSET}/{split}")
    out[split] = [[r.sentence_id, r.paragraph_id, r.text] for r in s.itertuples()]
print(json.dumps(out))
"""


def sentences(splits: list[str], package_root: Path | None = None) -> dict:
    """``{split: [[sentence_id, paragraph_id, text], ...]}`` as the package at ``package_root`` loads them."""
    env = dict(os.environ)
    if package_root is not None:
        env["PYTHONPATH"] = str(package_root)
    code = _DUMP.replace("{DEVSET}", str(DEVSET))
    proc = subprocess.run([sys.executable, "-c", code, *splits], capture_output=True, text=True,
                          cwd=package_root or ROOT, env=env, check=False)
    if proc.returncode:
        raise SystemExit(f"loading the splits failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def package_at(rev: str, into: Path) -> Path:
    """Write the ``helpers`` package of git revision ``rev`` into ``into``; return ``into``."""
    tar = subprocess.run(["git", "archive", rev, "helpers"], cwd=ROOT, capture_output=True, check=False)
    if tar.returncode:
        raise SystemExit(f"git archive {rev} helpers: {tar.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=BytesIO(tar.stdout)) as tf:
        tf.extractall(into, filter="data")
    return into


def renumber(path: Path, before: list, after: list, write: bool) -> int:
    """Rewrite the ``sentence_id`` column (third field) of ``path``; return the number of ids changed."""
    now = {(pid, text): sid for sid, pid, text in after}
    new_id = {sid: now.get((pid, text)) for sid, pid, text in before}
    pieces = _pieces(before, after, new_id)
    with path.open(encoding="utf-8", newline="") as fh:  # keep the file's line endings (CRLF)
        lines = fh.read().split("\n")
    header = lines[0].rstrip("\r").split(",")
    if header[:3] != ["article_id", "paragraph_id", "sentence_id"]:
        raise SystemExit(f"{path}: expected the columns article_id,paragraph_id,sentence_id first")
    changed = 0
    for i, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        article, pid, sid, rest = line.split(",", 3)
        target = new_id.get(sid)
        if target is None and sid in pieces:  # the sentence was cut: the piece with the mention's words
            match = dict(zip(header, next(csv.reader([line.rstrip("\r")])), strict=False)).get("match", "")
            holding = [psid for psid, text in pieces[sid] if match and match in text]
            target = holding[0] if len(holding) == 1 else None
        if target is None:
            raise SystemExit(f"{path}, row {i}: sentence {sid} is not body text any more (or was not "
                             f"before), or was cut and no one piece holds the match: re-annotate this "
                             f"mention by hand")
        changed += target != sid
        lines[i - 1] = ",".join([article, pid, target, rest])
    if write and changed:
        with path.open("w", encoding="utf-8", newline="") as fh:
            fh.write("\n".join(lines))
    return changed


def _pieces(before: list, after: list, new_id: dict) -> dict:
    """Old sentence id -> ``[(new id, text), ...]``: the new sentences a sentence was cut into.

    Only for old sentences without a new one of the same text, whose paragraph's new sentences
    that are not old ones lie inside the old sentence's text.
    """
    kept = {(pid, text) for _sid, pid, text in before}
    fresh: dict = {}
    for sid, pid, text in after:
        if (pid, text) not in kept:
            fresh.setdefault(pid, []).append((sid, text))
    return {sid: [(nsid, ntext) for nsid, ntext in fresh.get(pid, []) if ntext in text]
            for sid, pid, text in before if new_id.get(sid) is None and fresh.get(pid)}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", required=True, help="git revision whose cleaner the gold ids follow")
    parser.add_argument("--split", action="append", help="a split (default: every split with a gold)")
    parser.add_argument("--check", action="store_true", help="only say how many ids would change")
    args = parser.parse_args(argv)
    splits = args.split or sorted(p.name for p in (DEVSET / "gold").iterdir()
                                  if (p / "actor_mentions.csv").is_file() and (DEVSET / p.name).is_dir())
    with tempfile.TemporaryDirectory() as tmp:
        old = sentences(splits, package_at(args.before, Path(tmp)))
    new = sentences(splits)
    for split in splits:
        n = renumber(DEVSET / "gold" / split / "actor_mentions.csv", old[split], new[split], not args.check)
        print(f"{split}: {n} sentence ids {'would change' if args.check else 'renumbered'}")


if __name__ == "__main__":
    main()
