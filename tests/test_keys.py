"""The course's keys are defined once (helpers.keys) and the shipped CSVs use exactly them."""

import pandas as pd
import pytest

from helpers import keys
from helpers.corpus.paths import data_file


def _csv(name):
    return pd.read_csv(data_file(name), dtype=str, keep_default_na=False)


def test_themes_csv_lists_the_twelve_themes_in_teaching_order():
    assert tuple(dict.fromkeys(_csv("themes.csv")["theme"])) == keys.THEMES


def test_every_timeline_event_has_a_course_theme():
    assert set(_csv("timeline_keywords.csv")["course_theme"]) - {""} <= set(keys.THEMES)


def test_actor_groups_and_label_categories_and_frames_match_the_csvs():
    assert set(_csv("actors.csv")["group"]) <= set(keys.GROUPS)
    assert tuple(dict.fromkeys(_csv("labels.csv")["category"])) == keys.LABEL_CATEGORIES
    frames = _csv("frames.csv")
    assert tuple(dict.fromkeys(frames["frame"])) == keys.FRAMES
    assert set(frames[frames["axis"] == "generic"]["frame"]) == set(keys.GENERIC_FRAMES)


@pytest.mark.parametrize("module, name, expected", [
    ("helpers.analysis.coverage", "THEMES", keys.THEMES),
    ("helpers.analysis.chronology", "COURSE_THEMES", keys.THEMES),
    ("helpers.analysis.actors", "GROUPS", keys.GROUPS),
    ("helpers.analysis.frames", "GENERIC_FRAMES", keys.GENERIC_FRAMES),
    ("helpers.views._figure", "GROUP_ORDER", keys.GROUP_ORDER),
    ("helpers.views._figure", "HATCHES", keys.HATCHES),
    ("helpers.views._figure", "OKABE_ITO", keys.COLOURS),
    ("helpers.views.timeline_view", "THEMES", keys.THEMES),
    ("helpers.views.quote_view", "GROUP_ORDER", keys.GROUP_ORDER),
    ("helpers.views.compare", "GEOPOLITICAL_FRAMES", keys.GEOPOLITICAL_FRAMES),
])
def test_modules_take_their_keys_from_helpers_keys(module, name, expected):
    import importlib
    assert getattr(importlib.import_module(module), name) is expected


def test_every_key_has_a_display_name_and_colours_pair_with_hatches():
    for key in (*keys.THEMES, *keys.GROUPS, *keys.FRAMES):
        assert keys.display_name(key)
    assert keys.display_name("eu_west") == "EU / West" and keys.display_name("a_b") == "a b"
    assert len(keys.COLOURS) == len(keys.HATCHES)
