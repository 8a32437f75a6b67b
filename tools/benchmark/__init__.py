"""Benchmarks for the course: ``make bench`` or ``python -m tools.benchmark [--quick] [--only ...]``.

How long the course runs, how fast it starts, how quick the widgets react, how the analyses
scale with the number of articles and with the length of one article. One module per section:

- :mod:`~tools.benchmark.course`: every instructor notebook under nbval against "floor" notebooks;
- :mod:`~tools.benchmark.imports`: ``import helpers`` + loading the corpus against ``import pandas``;
- :mod:`~tools.benchmark.calls`: each analysis on the five articles, per call;
- :mod:`~tools.benchmark.widgets`: latency of every control of every view;
- :mod:`~tools.benchmark.scaling`: 100, 1,000 and 10,000 synthetic articles, time and memory;
- :mod:`~tools.benchmark.large`: one 1 MB paragraph (also with an unclosed quote) and a 50 MB file
  through every analysis and view.

Shared parts: :mod:`~tools.benchmark.common` (paths, targets, workers), :mod:`~tools.benchmark.synthetic`
(synthetic corpora, also used by tests), :mod:`~tools.benchmark.steps` and
:mod:`~tools.benchmark.views` (what is timed), :mod:`~tools.benchmark.memory`,
:mod:`~tools.benchmark.report` (results files). Figures go to ``bench/results/<date>_<host>.json``
(a run of some sections updates that day's file) and ``bench/results/latest.md``. The machine is
shared and noisy: compare ratios measured in the same run rather than absolute times across runs.
"""
