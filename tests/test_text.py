"""helpers._text.fold: folding (fast path and memory) and sentence splitting."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import helpers._text.fold as text_mod
from helpers._text.fold import _FOLD_TABLE, fold, has_word_char, split_sentences, word_count, words


def _reference(s: str) -> str:
    """The definition of fold: each character through the fold table."""
    return "".join(_FOLD_TABLE[ord(c)] for c in s)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=0, max_size=120))
def test_fold_equals_the_character_table(s):
    assert fold(s) == _reference(s)
    assert len(fold(s)) == len(s)
    assert fold(s) == fold(s)  # the remembered answer is the same answer


def test_fold_examples_and_odd_characters():
    assert fold("Vučić’s ĐOKOVIĆ") == "vucic's dokovic"
    odd = "İstanbul ΣΟΦΙΑ straße „Beograd“ ‚x‘ Ǆ ﬁ " * 3  # 40+ characters: remembered
    assert fold(odd) == _reference(odd) and len(fold(odd)) == len(odd)


def test_fold_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(text_mod, "FOLD_MEMO_CHARS", 1_000)
    monkeypatch.setattr(text_mod, "_MEMO", {})
    monkeypatch.setattr(text_mod, "_memo_chars", 0)
    texts = [f"Vučić’s visit number {i} to Brussels, told at length. " for i in range(200)]
    for t in texts:
        assert fold(t) == _reference(t)
    assert sum(map(len, text_mod._MEMO)) <= 1_000
    assert 0 < len(text_mod._MEMO) < 200
    assert fold("short Č") == "short c" and "short Č" not in text_mod._MEMO  # short texts are not kept


def test_split_sentences_keeps_abbreviations_and_offsets():
    para = "Mr. Vučić met U.S. officials on Oct. 5. Then he left. “Why?” she asked."
    spans = split_sentences(para)
    assert [s for _, _, s in spans] == ["Mr. Vučić met U.S. officials on Oct. 5.", "Then he left.",
                                        "“Why?” she asked."]
    for start, end, sent in spans:
        assert para[start:end] == sent


_SENTENCE_TEXT = st.lists(
    st.sampled_from(list("ab Zé9.,!?…’'-%\"”“„«»Д()[] \n\t") + ["Mr.", "U.S.", " 3.5", "Oct. ", "[…]"]),
    max_size=80,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_SENTENCE_TEXT)
def test_sentences_do_not_cut_words(s):
    """The loader sums sentence word counts into paragraph counts (corpus.paragraph_word_counts,
    used by frame_scores): that is only right if no word token spans a sentence boundary."""
    assert sum(word_count(t) for _, _, t in split_sentences(s)) == word_count(s)


def test_sentences_end_and_start_at_serbian_german_and_french_quote_marks_and_cyrillic_capitals():
    para = ("It took effect. „We are small,“ the minister said. »We stay.« Then: «Never.» "
            "Драган Петровић said nothing. Mr. Novak said „yes.“ Then he left.")
    assert [s for _, _, s in split_sentences(para)] == [
        "It took effect.", "„We are small,“ the minister said.", "»We stay.«", "Then: «Never.»",
        "Драган Петровић said nothing.", "Mr. Novak said „yes.“", "Then he left."]
    assert [s for _, _, s in split_sentences("He said „no“. and left.")] == ["He said „no“. and left."]


def test_a_single_letter_or_an_initialism_before_a_full_stop_does_not_end_a_sentence():
    para = "Plan B. Then J. R. R. Tolkien wrote in the U.K. Then it ended. Fine."
    assert [s for _, _, s in split_sentences(para)] == [
        "Plan B. Then J. R. R. Tolkien wrote in the U.K. Then it ended.", "Fine."]


_ASCII_TEXT = st.lists(st.sampled_from([chr(c) for c in range(128)] + ["don't", "2,000.5%", "a-b"]),
                       max_size=60).map("".join)


@settings(max_examples=500, deadline=None)
@given(_ASCII_TEXT)
def test_word_count_of_ascii_text_counts_the_word_tokens(s):
    """ASCII text is counted with plain letter and digit ranges: the same tokens as words()."""
    assert s.isascii()
    assert word_count(s) == len(text_mod.WORD_RE.findall(s))


_MIXED_TEXT = st.lists(st.sampled_from([chr(c) for c in range(128)] + list("’‘“”—–…\u00a0\u0301éčß²٣ЖİΣ_")
                                       + ["don’t", "2,000.5%", "a-b", "Vučić’s"]), max_size=60).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_MIXED_TEXT)
def test_words_are_the_word_tokens_whatever_the_characters(s):
    """words() lists what WORD_RE finds, also where dashes or quotes are made spaces to read the
    text with the ASCII ranges, and where a non-ASCII letter, digit or ’ keeps the full pattern."""
    assert words(s) == text_mod.WORD_RE.findall(s)
    assert word_count(s) == len(text_mod.WORD_RE.findall(s))


@settings(max_examples=1000, deadline=None)
@given(st.one_of(_MIXED_TEXT, st.text(max_size=12)))
def test_has_word_char_is_a_search_for_a_word_character(s):
    """The shortcut on a first or last letter or digit says what a search for ``\\w`` says, for
    any characters (combining marks, superscripts, other scripts' digits, ``_``, empty text)."""
    assert has_word_char(s) == (re.search(r"\w", s) is not None)


def test_has_word_char_on_punctuation_and_words():
    assert has_word_char("“We") and has_word_char("said.") and has_word_char("_") and has_word_char("²")
    assert not any(map(has_word_char, ["—", "“", "", "\u0301", " ... "]))


def test_words_in_text_with_dashes_only_keep_their_places():
    assert words("east—west – 2,000… “yes”") == ["east", "west", "2,000", "yes"]
    assert words("Vučić’s—2") == ["Vučić’s", "2"]
