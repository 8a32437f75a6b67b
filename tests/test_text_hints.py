"""The engine's hints (helpers._text.hints): cheap tests that must hold wherever a rule's regex matches."""

import re
import string
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers._text.hints import caseless, has_any


def test_caseless_lowers_every_character_a_caseless_regex_matches_to_an_ascii_letter():
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if letter.fullmatch(ch):
            assert caseless(ch) in string.ascii_lowercase, hex(code)
            assert re.fullmatch(caseless(ch), ch, re.IGNORECASE), hex(code)


def test_caseless_maps_the_characters_lower_misses():
    assert caseless("MİNİSTRY") == "ministry"
    assert caseless("mınıstry") == "ministry"
    assert caseless("embaſſy") == "embassy"
    assert caseless("Vučić’s Ministry") == "vučić’s ministry"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aeimnrsty MINSTRY İıſK-.,’", max_size=40),
       st.sampled_from(["ministry", "embassy", "by", "report", "analysis", "survey", "kinship"]))
def test_a_caseless_match_implies_the_word_in_caseless_text(text, word):
    if re.search(word, text, re.IGNORECASE):
        assert word in caseless(text)
    if word in caseless(text) and text.isascii():
        assert re.search(word, text, re.IGNORECASE)


def test_has_any_tells_whether_one_word_is_a_substring():
    assert has_any("the state company NIS", ("firm", "company"))
    assert not has_any("the state firmament", ("company",))
    assert not has_any("anything", ())
