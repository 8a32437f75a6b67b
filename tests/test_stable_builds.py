"""Stable builds: the random widget model ids of executed notebooks are renamed in a fixed order, so
`make student` / `make outputs` write the same bytes when nothing changed."""

import json
import re

import nbformat
from nbformat.v4 import new_code_cell, new_notebook, new_output

from tools import build_editions as be

HEX32 = re.compile(r"\b[0-9a-f]{32}\b")


def widget_notebook(ids):
    """A notebook whose one output shows a box (ids[0]) holding a slider (ids[1]) with a layout (ids[2])."""
    box, slider, layout = ids
    nb = new_notebook()
    cell = new_code_cell("w")
    cell.id = "c000"
    cell.outputs = [new_output("display_data", data={
        be.WIDGET_VIEW: {"model_id": box, "version_major": 2, "version_minor": 0}, "text/plain": "VBox()"})]
    nb.cells = [cell]
    state = {
        box: {"model_name": "VBoxModel", "state": {"children": [f"IPY_MODEL_{slider}"]}},
        slider: {"model_name": "IntSliderModel", "state": {"layout": f"IPY_MODEL_{layout}", "value": 3}},
        layout: {"model_name": "LayoutModel", "state": {"width": "auto"}},
    }
    nb.metadata["widgets"] = {be.WIDGET_STATE: {"state": state, "version_major": 2, "version_minor": 0}}
    return nb


def test_two_runs_with_different_random_ids_give_the_same_bytes():
    first = widget_notebook(["a" * 32, "b" * 32, "c" * 32])
    second = widget_notebook(["f" * 32, "0" * 32, "9" * 32])  # same widgets, other random ids
    out1 = nbformat.writes(be.normalise_widget_ids(first, "04_x"))
    out2 = nbformat.writes(be.normalise_widget_ids(second, "04_x"))
    assert out1 == out2
    assert "a" * 32 not in out1 and "f" * 32 not in out2


def test_references_still_point_at_the_right_models():
    nb = be.normalise_widget_ids(widget_notebook(["a" * 32, "b" * 32, "c" * 32]), "04_x")
    state = nb.metadata["widgets"][be.WIDGET_STATE]["state"]
    box = nb.cells[0].outputs[0]["data"][be.WIDGET_VIEW]["model_id"]
    slider = state[box]["state"]["children"][0].removeprefix("IPY_MODEL_")
    layout = state[slider]["state"]["layout"].removeprefix("IPY_MODEL_")
    assert [state[m]["model_name"] for m in (box, slider, layout)] == ["VBoxModel", "IntSliderModel",
                                                                      "LayoutModel"]
    assert all(HEX32.fullmatch(m) for m in (box, slider, layout))


def test_ids_differ_between_notebooks_and_a_notebook_without_widgets_is_unchanged():
    a = be.normalise_widget_ids(widget_notebook(["a" * 32, "b" * 32, "c" * 32]), "01_x")
    b = be.normalise_widget_ids(widget_notebook(["a" * 32, "b" * 32, "c" * 32]), "02_x")
    assert set(a.metadata["widgets"][be.WIDGET_STATE]["state"]).isdisjoint(
        b.metadata["widgets"][be.WIDGET_STATE]["state"])
    plain = new_notebook(cells=[new_code_cell("1 + 1")])
    before = nbformat.writes(plain)
    assert nbformat.writes(be.normalise_widget_ids(plain)) == before


def test_executing_a_real_widget_twice_writes_the_same_bytes(tmp_path):
    source = "import ipywidgets as w\nw.VBox([w.IntSlider(value=3), w.HTML('<b>x</b>')])"
    texts = []
    for _ in range(2):
        nb = new_notebook(cells=[new_code_cell(source)])
        nb.cells[0].id = "c000"
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        be.execute(nb, tmp_path, "widget_probe")
        texts.append(nbformat.writes(nb))
    assert texts[0] == texts[1]
    state = json.loads(texts[0])["metadata"]["widgets"][be.WIDGET_STATE]["state"]
    assert len(state) >= 4  # the box, the slider, the HTML and their layouts/styles were stored
