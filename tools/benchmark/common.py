"""What every benchmark section shares: paths, targets, fresh-interpreter workers, printing."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
RESULTS = ROOT / "bench" / "results"

#: Sections in the order they run and appear in the results.
SECTIONS = ("course", "import", "calls", "widgets", "scaling", "large")

#: figure id -> target: the figure must not exceed the target.
TARGETS = {
    "course.ratio": 1.5,
    "import.ratio": 1.3,
    "calls.worst_ms": 250.0,
    "widgets.shipped.median_ms": 20.0,
    "widgets.shipped.p95_ms": 50.0,
    "widgets.1000.p95_ms": 200.0,
    "scaling.10000.seconds": 30.0,
    "scaling.10000.peak_mb": 2048.0,
    "scaling.ratio_10000_1000": 12.0,
    "large.paragraph.worst_seconds": 10.0,
    "large.unclosed.worst_seconds": 10.0,
    "large.run-on.worst_seconds": 10.0,
    "large.paragraph.html_kb": 1024.0,
    "large.unclosed.html_kb": 1024.0,
    "large.run-on.html_kb": 1024.0,
    "large.huge.html_kb": 1024.0,
    "large.huge.peak_mb": 2048.0,
    "large.organisations.quotes.doubling": 2.1,
    "large.organisations.actor_mentions.doubling": 2.1,
}


def python() -> str:
    """The interpreter running the benchmark (the project's .venv under ``make bench``)."""
    return sys.executable


def compile_package() -> None:
    """Byte-compile ``helpers/`` (into its ``__pycache__`` folders, which git ignores) before timing.

    A student's Python writes the bytecode of ``helpers`` on the first import and reads it on every
    later one, as it does for pandas (compiled by pip at install). Where ``PYTHONDONTWRITEBYTECODE``
    is set (some CI and sandbox shells), every fresh interpreter would compile ``helpers`` from
    source again while pandas keeps its bytecode (measured: about 17 ms more for ``import helpers``
    + load, 23 ms more for the quoting modules, 90 ms more for importing every public name): the
    timings would not be what students see. ``compileall`` writes the files whatever that variable
    says; interpreters read existing bytecode either way.
    """
    import compileall

    compileall.compile_dir(str(ROOT / "helpers"), quiet=1)


#: What a student's first notebook runs: afterwards the programs of its large patterns are stored.
FIRST_SESSION = ("import helpers; helpers.load_articles(); helpers.load_sentences(); "
                 "helpers.actor_mentions(); helpers.quotes(); helpers.tag_themes(); helpers.frame_scores(); "
                 "helpers.labels(); helpers.naming(); helpers.claims()")


@contextlib.contextmanager
def stored_patterns():
    """A fresh store of compiled patterns (``helpers._text.programs``), filled as a first session does.

    Python compiles a regular expression in pure Python; ``helpers`` stores the compiled programs of
    its large patterns in the user's cache folder after the first session, as Python stores modules'
    bytecode (:func:`compile_package`). The benchmark uses a temporary store of its own (set in this
    process's environment while the block runs, so every interpreter it starts uses it), filled
    first by one untimed run of :data:`FIRST_SESSION`: timings are those of every session after a
    student's first. The ``import`` section also times the first session, with the store off. On
    leaving, the store is deleted and the environment variable restored.
    """
    previous = os.environ.get("HELPERS_REGEX_CACHE")
    with tempfile.TemporaryDirectory(prefix="bench_regex_") as folder:
        os.environ["HELPERS_REGEX_CACHE"] = folder
        try:
            subprocess.run([python(), "-c", FIRST_SESSION], check=True, cwd=ROOT, env=clean_env())
            yield folder
        finally:
            if previous is None:
                os.environ.pop("HELPERS_REGEX_CACHE", None)
            else:
                os.environ["HELPERS_REGEX_CACHE"] = previous


def clean_env(**extra) -> dict:
    """This process's environment without ``BEW_SEEDS`` (a worker picks its corpus itself)."""
    env = dict(os.environ)
    env.pop("BEW_SEEDS", None)
    env.update({k: str(v) for k, v in extra.items()})
    return env


def quantile(xs, q: float) -> float:
    """The ``q`` quantile of ``xs`` (linear interpolation); NaN for no values."""
    xs = sorted(xs)
    if not xs:
        return float("nan")
    pos = (len(xs) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def worker_command(kind: str, *args) -> list[str]:
    """The command that runs ``kind`` in a fresh interpreter (``python -m tools.benchmark --worker``)."""
    return [python(), "-m", "tools.benchmark", "--worker", kind, *map(str, args)]


def run_worker(kind: str, *args, timeout=3600, env=None) -> dict:
    """Run one worker in a fresh interpreter and return the last JSON record it printed."""
    proc = subprocess.run(worker_command(kind, *args), capture_output=True, text=True, timeout=timeout,
                          env=env or clean_env(), cwd=ROOT)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("BENCH-JSON "):
            return json.loads(line[len("BENCH-JSON "):])
    raise RuntimeError(f"worker {kind} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")


def emit(obj) -> None:
    """Print one JSON record for the parent process (a worker's result)."""
    print("BENCH-JSON " + json.dumps(obj, default=str), flush=True)


def say(msg: str) -> None:
    """Print a progress line at once (a run takes minutes)."""
    print(msg, flush=True)


class Corpora:
    """Synthetic corpora made on demand in one temporary folder, shared by the sections."""

    def __init__(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="bew-bench-")
        self.root = Path(self._tmp.name)
        self.paths: dict[int, Path] = {}

    def get(self, n: int) -> Path:
        """The folder of a synthetic corpus of ``n`` articles (made the first time it is asked for)."""
        from tools.benchmark.synthetic import make_corpus

        if n not in self.paths:
            t = time.perf_counter()
            self.paths[n] = make_corpus(self.root / f"corpus_{n}", n)
            say(f"  (made a synthetic corpus of {n:,} articles in {time.perf_counter() - t:.1f} s)")
        return self.paths[n]

    def close(self) -> None:
        """Delete every corpus made."""
        self._tmp.cleanup()
