"""Command-line tools of the course (editions, accuracy, benchmark, self-checks).

A package so that tests import what they check (``from tools.benchmark.synthetic import
make_corpus``) instead of loading a script by its file path. Run the tools from the repository
root, e.g. ``python -m tools.benchmark --quick``.
"""
