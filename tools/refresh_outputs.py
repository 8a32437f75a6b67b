"""Re-run every instructor notebook in place, then rebuild the student edition (make outputs).

    python tools/refresh_outputs.py            # all of instructor/*.ipynb, then tools/build_editions.py
    python tools/refresh_outputs.py 03_who_speaks  # only these notebooks (both editions)

Same settings as the build: the current environment's python3 kernel, cwd = instructor/, 120 s per
cell, no timing metadata. nbval (``make test``) then compares these stored outputs with fresh runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_editions import INSTRUCTOR, STUDENT, EditionError, build, execute, sources, write  # noqa: E402


def refresh(src: Path = INSTRUCTOR, dest: Path = STUDENT, names=None, log=print) -> list[Path]:
    """Execute the instructor notebooks in ``src`` in place, then build ``dest``."""
    paths = sources(Path(src), names)
    for path in paths:
        nb = nbformat.read(str(path), as_version=4)
        execute(nb, path.parent, path.name)
        write(nb, path)
        log(f"refreshed {path}")
    return build(src, dest, names, log=log)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="only these notebooks (default: all)")
    parser.add_argument("--source", type=Path, default=INSTRUCTOR, help="instructor folder")
    parser.add_argument("--dest", type=Path, default=STUDENT, help="student folder")
    args = parser.parse_args(argv)
    try:
        refresh(args.source, args.dest, args.names)
    except EditionError as exc:
        print(f"refresh_outputs: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
