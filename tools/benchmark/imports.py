"""Section ``import``: ``import helpers`` and loading the corpus against ``import pandas`` alone.

Each snippet runs in a fresh interpreter, interleaved so that load on the machine hits all alike;
the median of several runs. There is no disk cache of tables: every interpreter cleans the five
articles itself, as every notebook's kernel does. The compiled programs of large patterns are read
from the benchmark's store (:func:`tools.benchmark.common.stored_patterns`), as in every session after
a student's first; the first session (store off) is timed too, without a target. Target: (import
helpers + load) / import pandas <= 1.3.
"""

from __future__ import annotations

import statistics
import subprocess
import time

from tools.benchmark.common import ROOT, clean_env, python, say

SNIPPETS = {
    "pandas": "import pandas",
    "helpers": "import helpers",
    "helpers+load": "import helpers; helpers.load_articles(); helpers.load_sentences()",
    "helpers+load, first session": "import helpers; helpers.load_articles(); helpers.load_sentences()",
}
#: Extra environment per snippet: the first session has no stored programs.
ENV = {"helpers+load, first session": {"HELPERS_REGEX_CACHE": "off"}}


def bench_import(args, corpora) -> dict:
    """Run the section; returns its record with ``figures``."""
    runs = 3 if args.quick else 9
    times: dict[str, list[float]] = {k: [] for k in SNIPPETS}
    for _ in range(runs):
        for key, code in SNIPPETS.items():
            t = time.perf_counter()
            subprocess.run([python(), "-c", code], check=True, cwd=ROOT, env=clean_env(**ENV.get(key, {})))
            times[key].append(time.perf_counter() - t)
    med = {k: statistics.median(v) for k, v in times.items()}
    for k, v in med.items():
        say(f"  {k:28s} {SNIPPETS[k]:70s} {v * 1000:7.0f} ms (median of {runs})")
    ratio = med["helpers+load"] / med["pandas"]
    return {"runs": runs, "median_seconds": med, "all_seconds": times, "ratio": ratio,
            "figures": [("import.pandas_ms", "import pandas (ms)", med["pandas"] * 1000),
                        ("import.helpers_ms", "import helpers (ms)", med["helpers"] * 1000),
                        ("import.load_ms", "import helpers + load, cleaning (ms)",
                         med["helpers+load"] * 1000),
                        ("import.ratio", "import+load (cleaning) / import pandas", ratio),
                        ("import.first_ms", "import helpers + load, first session: no stored patterns (ms)",
                         med["helpers+load, first session"] * 1000),
                        ("import.first_ratio", "import+load, first session / import pandas (no target)",
                         med["helpers+load, first session"] / med["pandas"])]}
