"""tools/renumber_gold_sentences.py: gold sentence ids follow the cleaner, nothing else changes."""

import pytest

from tools.renumber_gold_sentences import renumber

HEADER = "article_id,paragraph_id,sentence_id,actor,group,match,in_table\r\n"
BEFORE = [["a01-p01-s000", "a01-p01", "Menu"], ["a01-p02-s001", "a01-p02", "The EU said so."],
          ["a01-p02-s002", "a01-p02", "Serbia agreed."]]
AFTER = [["a01-p02-s000", "a01-p02", "The EU said so."], ["a01-p02-s001", "a01-p02", "Serbia agreed."]]


def test_ids_after_a_line_that_became_clutter_move_up_and_nothing_else_changes(tmp_path):
    gold = tmp_path / "actor_mentions.csv"
    gold.write_bytes((HEADER + "a01,a01-p02,a01-p02-s002,Serbia,serbian_government,Serbia,yes\r\n").encode())
    assert renumber(gold, BEFORE, AFTER, write=True) == 1
    assert gold.read_bytes().decode() == (HEADER + "a01,a01-p02,a01-p02-s001,Serbia,serbian_government,"
                                          "Serbia,yes\r\n")  # CRLF kept


def test_check_only_leaves_the_file_alone(tmp_path):
    gold = tmp_path / "actor_mentions.csv"
    text = HEADER + "a01,a01-p02,a01-p02-s001,European Union,eu_west,EU,yes\r\n"
    gold.write_bytes(text.encode())
    assert renumber(gold, BEFORE, AFTER, write=False) == 1
    assert gold.read_bytes().decode() == text


def test_a_mention_in_a_line_that_is_now_clutter_is_refused_with_the_file_and_row(tmp_path):
    gold = tmp_path / "actor_mentions.csv"
    gold.write_bytes((HEADER + "a01,a01-p01,a01-p01-s000,Menu,other,Menu,no\r\n").encode())
    with pytest.raises(SystemExit, match=r"actor_mentions.csv, row 2: sentence a01-p01-s000"):
        renumber(gold, BEFORE, AFTER, write=True)


def test_a_sentence_cut_in_two_passes_each_mention_to_the_piece_that_holds_its_words(tmp_path):
    before = [["a01-p01-s000", "a01-p01", "It ended. «No,» Ana said."],
              ["a01-p02-s001", "a01-p02", "Serbia agreed."]]
    after = [["a01-p01-s000", "a01-p01", "It ended."], ["a01-p01-s001", "a01-p01", "«No,» Ana said."],
             ["a01-p02-s002", "a01-p02", "Serbia agreed."]]
    gold = tmp_path / "actor_mentions.csv"
    gold.write_bytes((HEADER + "a01,a01-p01,a01-p01-s000,Ana,other,Ana,no\r\n"
                      "a01,a01-p02,a01-p02-s001,Serbia,serbian_government,Serbia,yes\r\n").encode())
    assert renumber(gold, before, after, write=True) == 2
    assert gold.read_bytes().decode() == (HEADER + "a01,a01-p01,a01-p01-s001,Ana,other,Ana,no\r\n"
                                          "a01,a01-p02,a01-p02-s002,Serbia,serbian_government,Serbia,yes\r\n")
    both = tmp_path / "both.csv"  # words that no single piece holds: refused
    both.write_bytes((HEADER + "a01,a01-p01,a01-p01-s000,Ana,other,\"ended. «No\",no\r\n").encode())
    with pytest.raises(SystemExit, match="no one piece holds the match"):
        renumber(both, before, after, write=True)
