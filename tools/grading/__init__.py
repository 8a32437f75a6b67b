"""Shared parts of ``tools/autograder.py grade`` and ``tools/handin.py``.

- :mod:`grading.handins`: reading a hand-in (a notebook, or a zip of the notebook with its
  ``my_work/`` folder), naming it, telling whether it is the assignment's notebook, and staging it for
  otter with the grader's own kernel;
- :mod:`grading.review`: what the grader can say about each question beyond the score (right, wrong,
  stopped with an error, not attempted; edited self-checks) and the per-student feedback page.
"""
