"""Add (or replace) a self-check in helpers/data/checks.csv without hashing by hand.

    python tools/make_check.py 03-2 choice "AP" --also "000" \\
        --hint "Look at the share_of_voice table" \\
        --wrong "ECFR=That source quotes no one at all."
    python tools/make_check.py 02-1 number 0.4567 --decimals 2 --hint "Divide by the word count."
    python tools/make_check.py 04-3 set "001, 003" --also "001,003,005" --hint "..."

Kinds: text, choice, number (rounded to --decimals places, default 2), set (comma-separated items).
The answers are stored hashed with a fresh salt; the command prints no answer. It refuses a hint
that contains an accepted answer (use --allow-reveal to override). Then, in a notebook:
``check("03-2", answer)``.
"""

from __future__ import annotations

import argparse
import sys

from helpers.exercises.checks import KINDS, make_row, upsert_check


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("question_id", help="e.g. 03-2 (notebook 03, exercise 2)")
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("answer", help="the accepted answer (for set: comma-separated items)")
    parser.add_argument("--also", action="append", default=[], metavar="ANSWER",
                        help="another accepted answer (repeatable)")
    parser.add_argument("--hint", default="", help="hint printed for a wrong answer")
    parser.add_argument("--wrong", action="append", default=[], metavar="ANSWER=HINT",
                        help="a common wrong answer and its targeted hint (repeatable)")
    parser.add_argument("--decimals", type=int, default=None,
                        help="number kind: decimal places that must match (default 2)")
    parser.add_argument("--note", default="", help="for instructors: what the question asks")
    parser.add_argument("--file", default=None, help="checks CSV (default helpers/data/checks.csv)")
    parser.add_argument("--allow-reveal", action="store_true",
                        help="accept a hint that contains an accepted answer")
    args = parser.parse_args(argv)

    wrong = {}
    for item in args.wrong:
        answer, sep, hint = item.partition("=")
        if not sep or not answer.strip() or not hint.strip():
            parser.error(f"--wrong needs ANSWER=HINT, got {item!r}")
        wrong[answer.strip()] = hint.strip()
    try:
        row = make_row(args.question_id, args.kind, [args.answer, *args.also], hint=args.hint,
                       wrong=wrong, decimals=args.decimals, note=args.note,
                       allow_reveal=args.allow_reveal)
        path, replaced = upsert_check(row, args.file)
    except (ValueError, OSError) as exc:
        print(f"make_check: {exc}", file=sys.stderr)
        return 2
    n = len(row["answer_hashes"].split(";"))
    w = len(row["wrong_hashes"].split(";")) if row["wrong_hashes"] else 0
    print(f"{'Replaced' if replaced else 'Added'} check {row['question_id']} ({row['kind']}, "
          f"{n} accepted answer(s), {w} targeted hint(s)) in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
