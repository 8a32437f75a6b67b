"""tools/compare_outputs.py: every table that differs between two dumps is listed, not only the first."""

import pandas as pd

from tools.compare_outputs import differences


def _tables(**kw):
    base = {"quotes": pd.DataFrame({"speaker": ["A", "B"]}), "kwic": pd.DataFrame({"left": ["x"]})}
    return {**base, **kw}


def test_identical_dumps_give_no_line():
    assert differences(_tables(), _tables()) == []


def test_each_differing_table_gets_its_own_line_with_both_row_counts():
    after = _tables(quotes=pd.DataFrame({"speaker": ["A"]}), kwic=pd.DataFrame({"left": ["y"]}))
    lines = differences(_tables(), after)
    assert len(lines) == 2
    assert lines[0].startswith("quotes: differs (2 rows in the reference, 1 here)")
    assert lines[1].startswith("kwic: differs (1 rows in the reference, 1 here)")


def test_a_table_only_one_dump_has_is_named():
    after = _tables(naming=pd.DataFrame({"a": [1]}))
    assert differences(_tables(), after) == ["naming: only in this checkout"]
    assert differences(after, _tables()) == ["naming: only in the reference"]
