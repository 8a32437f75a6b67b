"""Specification of helpers._text.programs: compiled regular expressions kept between sessions."""

import base64
import json
import os
import re
import subprocess
import sys
from array import array

import pytest

from helpers._text import programs
from helpers._text.patterns import compile_trie, term_key

BIG = "(?:" + "|".join(f"(?P<w{i}>word{i}(?:s|es)?)" for i in range(120)) + r")\b"


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A private folder for stored programs, used by every call in the test."""
    folder = tmp_path / "regex"
    monkeypatch.setenv("HELPERS_REGEX_CACHE", str(folder))
    programs._stored.cache_clear()  # a new session: nothing kept in memory
    yield folder
    programs._stored.cache_clear()


def stored_files(store):
    return sorted(store.glob("*/*.json"))


def test_a_large_pattern_is_stored_once_and_read_back_equal(store):
    first = programs.re_compile(BIG, re.I)
    assert len(stored_files(store)) == 1
    programs._stored.cache_clear()  # the next session reads the file
    second = programs.re_compile(BIG, re.I)
    assert first == second == re.compile(BIG, re.I)  # same pattern, flags and program
    assert second.groupindex == re.compile(BIG, re.I).groupindex
    assert second.search("the WORD17es here").lastgroup == "w17"


def test_a_short_pattern_is_not_stored(store):
    assert len(r"\bEU\b") < programs.MIN_LENGTH
    assert programs.re_compile(r"\bEU\b") == re.compile(r"\bEU\b")
    assert stored_files(store) == []


def test_the_store_can_be_turned_off(store, monkeypatch):
    monkeypatch.setenv("HELPERS_REGEX_CACHE", "off")
    assert programs.cache_folder() is None
    assert programs.re_compile(BIG) == re.compile(BIG)
    assert not store.exists()


def test_an_invalid_pattern_raises_as_re_compile_does(store):
    with pytest.raises(re.error):
        programs.re_compile("[" + "a" * 600)


@pytest.mark.parametrize("damage", ["not json", "other pattern", "bad program", "not a program"])
def test_a_damaged_file_is_ignored_and_the_pattern_compiled_as_usual(store, damage):
    programs.re_compile(BIG)
    (path,) = stored_files(store)
    stored = json.loads(path.read_text(encoding="utf-8"))
    if damage == "not json":
        path.write_text("{", encoding="utf-8")
    elif damage == "other pattern":
        stored["pattern"] = BIG.replace("word", "term")
        path.write_text(json.dumps(stored), encoding="utf-8")
    else:
        program = array("I", [999999] * 5).tobytes()
        stored["code"] = [1, 2] if damage == "not a program" else base64.b64encode(program).decode()
        path.write_text(json.dumps(stored), encoding="utf-8")
    programs._stored.cache_clear()
    assert programs._load(path, BIG, 0) is None
    assert programs.re_compile(BIG) == re.compile(BIG)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_folder_others_may_write_to_is_neither_read_nor_written(store):
    programs.re_compile(BIG)
    (path,) = stored_files(store)
    path.parent.chmod(0o777)
    assert programs._load(path, BIG, 0) is None
    path.unlink()
    programs._stored.cache_clear()
    programs.re_compile(BIG)
    assert stored_files(store) == []  # nothing written either


def test_a_pattern_asked_for_again_in_a_session_is_not_read_again(store):
    programs.re_compile(BIG)
    (path,) = stored_files(store)
    path.unlink()
    assert programs.re_compile(BIG) == re.compile(BIG)
    assert stored_files(store) == []  # served from memory: neither read nor written


def test_a_full_folder_is_emptied_before_the_next_program_is_stored(store, monkeypatch):
    monkeypatch.setattr(programs, "MAX_FILES", 2)
    programs.re_compile(BIG)
    programs.re_compile(BIG + "x")
    assert len(stored_files(store)) == 2
    programs.re_compile(BIG + "y")
    assert len(stored_files(store)) == 1
    programs._stored.cache_clear()
    assert programs.re_compile(BIG + "y") == re.compile(BIG + "y")


def test_the_stored_trie_finds_what_the_compiled_one_finds(store):
    terms = ["European Union", "EU accession", "anti-government", "sanction*", "Vučić", "Đedović", "Russia"]
    keys = tuple(term_key(t) for t in terms + [f"term number {i}" for i in range(40)])
    text = "Vucic met EU Accession envoys; antigovernment sanctions; Djedovic and Russia's term number 7."
    fresh = compile_trie(keys)
    programs._stored.cache_clear()
    again = compile_trie(keys)
    assert stored_files(store)
    assert [(m.span(), m.lastgroup) for m in fresh.finditer(text)] == \
        [(m.span(), m.lastgroup) for m in again.finditer(text)]


def test_the_course_compiles_the_same_patterns_whatever_the_hash_seed(tmp_path):
    """A pattern built from an unordered set would be stored anew in every session."""
    code = ("import helpers; helpers.load_articles(); helpers.actor_mentions(); helpers.quotes(); "
            "helpers.tag_themes(); helpers.frame_scores(); helpers.labels()")
    names = []
    for seed in ("1", "2"):
        env = dict(os.environ, HELPERS_REGEX_CACHE=str(tmp_path / seed), PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        names.append(sorted(p.name for p in (tmp_path / seed).glob("*/*.json")))
    assert names[0] and names[0] == names[1]
