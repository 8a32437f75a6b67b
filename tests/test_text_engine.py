"""The text engine (helpers._text): one policy for turning a term into the places it occurs.

Each test states one rule of the policy; the property test at the end checks that every tool
of the course (kwic, labels, tag_themes, frame_scores, actor_mentions, the views' highlighter)
finds the same places for the same term.
"""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import CorpusError
from helpers._text import find_terms, is_acronym, quotation_spans, term_key, term_regex
from helpers._text.batch import scan, term_matches
from helpers._text.fold import fold
from helpers._text.patterns import compile_trie, fold_pattern, literal_alternation, term_atoms
from helpers._text.quotation import inside, quoted_flags, quoted_word_count
from helpers._text.scan import Lexicon


def spans(text, term, overlap="none"):
    return [text[s:e] for s, e, _ in find_terms(text, term, overlap)]


# ------------------------------------------------------------------ folding and normal forms
@pytest.mark.parametrize("text, folded", [
    ("Vučić’s", "vucic's"),
    ("ĐEDOVIĆ", "dedovic"),
    ("“Quote” – dash", '"quote" – dash'),
    ("plain ASCII", "plain ascii"),
])
def test_fold_ignores_case_diacritics_and_curly_quotes_and_keeps_the_length(text, folded):
    assert fold(text) == folded and len(fold(text)) == len(text)


@pytest.mark.parametrize("term, key", [
    ("  Anti-Government   Protests ", "anti-government protests"),
    ("Đurić", "djuric"),
    ("đorđe", "djordje"),
    ("US", "US"),            # an acronym keeps its capitals: the key says how to match
    ("us", "us"),
    ("anti\u2011government", "anti-government"),  # a non-breaking hyphen is a hyphen
    ("sanction*", "sanction*"),
])
def test_term_key_is_the_normal_form_of_a_term(term, key):
    assert term_key(term) == key


@pytest.mark.parametrize("term, expected", [
    ("US", True), ("EU", True), ("NIS", True), ("NATO", True), ("U.S.", True),
    ("us", False), ("Eu", False), ("A", False), ("VUCIC", False), ("BRICS", False), ("EU US", False),
])
def test_an_acronym_is_one_word_of_two_to_four_capitals(term, expected):
    assert is_acronym(term) is expected


@pytest.mark.parametrize("term, message", [
    ("sa*nctions", r"'\*' is only allowed at the end of a word"),
    ("*", "empty term"),
    ("*sanctions", r"'\*' is only allowed"),
    ("  ", "empty term"),
])
def test_bad_terms_raise_a_clear_error(term, message):
    with pytest.raises(CorpusError, match=message):
        term_atoms(term_key(term), "lexicon")


# ------------------------------------------------------------------ one term, its variants
@pytest.mark.parametrize("term, text, found", [
    # hyphen: a hyphen, white space or nothing
    ("anti-government", "anti-government, anti government and antigovernment", ["anti-government",
                                                                                  "anti government",
                                                                                  "antigovernment"]),
    # space: white space (also a line break or no-break space) or a hyphen, never nothing
    ("pro Russian", "pro Russian, pro-Russian, pro\nRussian, pro\u00a0Russian, proRussian",
     ["pro Russian", "pro-Russian", "pro\nRussian", "pro\u00a0Russian"]),
    # case and diacritics
    ("vucic", "Vučić, VUČIĆ and vucic", ["Vučić", "VUČIĆ", "vucic"]),
    ("Vučić", "Vucic", ["Vucic"]),
    # Đ is dj (and d): Djedovic = Đedović
    ("Djedovic", "Đedović, Djedovic, Dedovic", ["Đedović", "Djedovic", "Dedovic"]),
    ("Đedović", "Djedovic and Đedović", ["Djedovic", "Đedović"]),
    # possessives: the match stops before the apostrophe; a term with 's finds both apostrophes
    ("Russia", "Russia's war and Russia’s war", ["Russia", "Russia"]),
    ("Russia's war", "Russia's war and Russia’s war", ["Russia's war", "Russia’s war"]),
    # wildcard: the rest of the word
    ("sanction*", "sanction, sanctions, sanctioned; unsanctioned", ["sanction", "sanctions", "sanctioned"]),
    ("impos* sanctions", "imposed sanctions, imposing sanctions",
     ["imposed sanctions", "imposing sanctions"]),
    # whole words only
    ("war", "war, wars, postwar, war-torn", ["war", "war"]),
    # acronyms in capitals match capitals only
    ("US", "The US told us: US-made arms", ["US", "US"]),
    ("us", "The US told us", ["US", "us"]),
    ("NIS", "NIS and Niš and nis", ["NIS"]),
])
def test_a_term_finds_its_variants(term, text, found):
    assert spans(text, term) == found


def test_term_regex_matches_folded_text_and_overlapping_occurrences():
    assert term_regex("Serbia Serbia").findall(fold("Serbia Serbia Serbia")) == ["serbia serbia"]
    assert len(term_regex("Serbia Serbia", overlapping=True).findall(fold("Serbia Serbia Serbia"))) == 2


def test_fold_pattern_keeps_escapes():
    assert fold_pattern(r"\WVUČIĆ\S") == r"\Wvucic\S"


# ------------------------------------------------------------------ many terms: overlaps by name
def test_the_longest_term_wins_and_uses_its_words_up():
    lex = Lexicon((term_key("regime"), term_key("ruling regime")))
    text = "the ruling regime and the regime"
    assert [(text[s:e], k) for s, e, k in lex.find(text)] == [("ruling regime", 1), ("regime", 0)]


def test_compile_trie_names_each_terms_end():
    m = compile_trie(("regime", "ruling regime")).search("the ruling regime")
    assert m.group() == "ruling regime" and m.lastgroup == "t1"


@pytest.mark.parametrize("overlap, found", [
    ("none", [("lost jobs", "h")]),
    ("group", [("lost jobs", "h"), ("jobs", "e")]),       # a term of another group still counts
    ("contained", [("lost jobs", "h")]),                  # inside a longer match: dropped
    ("all", [("lost jobs", "h"), ("jobs", "e")]),
])
def test_overlap_rules(overlap, found):
    lex = Lexicon(("lost jobs", "jobs"), ("h", "e"))
    text = "They lost jobs."
    assert [(text[s:e], lex.groups[k]) for s, e, k in lex.find(text, overlap=overlap)] == found


def test_contained_keeps_partial_overlaps():
    lex = Lexicon(("sanctions on russia", "russia's war"))
    text = "sanctions on Russia's war"
    assert [text[s:e] for s, e, _ in lex.find(text, overlap="contained")] == ["sanctions on Russia",
                                                                             "Russia's war"]


def test_an_acronym_that_fails_the_case_test_gives_way_to_a_shorter_term():
    lex = Lexicon(("US", "u"))
    assert lex.find("US and u") == [(0, 2, 0), (7, 8, 1)]
    assert Lexicon(("US",)).find("us") == []


def test_find_terms_returns_the_term_as_given():
    assert find_terms("Sanctions on Nis", ["sanction*", "NIS"]) == [(0, 9, "sanction*")]
    assert find_terms("Sanctions on Serbia", ["sanction*", "Serbia"]) == [(0, 9, "sanction*"),
                                                                         (13, 19, "Serbia")]
    assert find_terms("", ["x"]) == [] and find_terms("text", []) == []


def test_scan_over_many_texts_with_groups():
    texts = ["They lost jobs.", "No jobs here.", None]
    rows, kidx, starts, ends = scan(("lost jobs", "jobs"), texts, groups=("h", "e"), overlap="group")
    assert rows.tolist() == [0, 0, 1] and kidx.tolist() == [0, 1, 1]
    rows, kidx, _, _ = scan(("lost jobs", "jobs"), texts)
    assert rows.tolist() == [0, 1] and kidx.tolist() == [0, 1]


def test_term_matches_gives_every_occurrence_with_capitals_for_acronyms():
    assert term_matches("Serbia Serbia", ["Serbia Serbia Serbia"]) == ([0, 0], [0, 7], [13, 20])
    assert term_matches("US", ["us and US", "US"]) == ([0, 1], [7, 0], [9, 2])


# ------------------------------------------------------------------ quotation marks
@pytest.mark.parametrize("text, partial, expected", [
    ("He said “no” and “yes”.", False, [(8, 12), (17, 22)]),
    ('He said "no".', False, [(8, 12)]),
    ("“Open to the end", False, []),                   # unclosed: not a quotation with both marks
    ("“Open to the end", True, [(0, 16)]),             # a piece of a paragraph: runs to the end
    ("the end of it,” he said.", True, [(0, 15)]),     # began in an earlier sentence
    ("“”", False, []),
])
def test_quotation_spans(text, partial, expected):
    assert quotation_spans(text, partial=partial) == expected


def test_single_quotation_marks_are_optional_and_apostrophes_are_not_quotes():
    text = "Serbia’s leader called it ‘a coup’ again."
    assert quotation_spans(text) == []
    assert [text[a:b] for a, b in quotation_spans(text, single=True)] == ["‘a coup’"]


def test_an_unclosed_quotation_mark_in_a_long_paragraph_takes_linear_time():
    text = "“" + "word " * 200_000 + "“ and “" + "more " * 1000
    assert quotation_spans(text) == []
    assert quotation_spans(text, partial=True) == [(0, len(text))]
    many = '"a" ' * 100_000
    assert len(quotation_spans(many)) == 100_000


def test_inside_and_quoted_flags():
    spans_ = [(2, 5), (9, 12)]
    assert [inside(spans_, p) for p in (1, 2, 4, 5, 9, 12)] == [False, True, True, False, True, False]
    texts = ["He called it a “coup”.", "No quotes here."]
    assert quoted_flags(texts, [0, 0, 1], [3, 16, 0]) == [False, True, False]
    assert quoted_word_count("He said “we will not”.", lambda t: len(t.split())) == 3


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"),
                          st.sampled_from(["ab", "ab cd", "cd", "b*", "cd ab", "AB", "abcd"])),
                min_size=1, max_size=6, unique_by=lambda t: t),
       st.lists(st.sampled_from(["ab", "cd", "AB", "abcd", "bx", "x", "Ab"]), max_size=12))
def test_group_overlap_is_each_group_scanned_on_its_own(entries, words):
    groups, keys = zip(*entries, strict=True)
    text = " ".join(words)
    lex = Lexicon(tuple(term_key(k) for k in keys), groups)
    alone = sorted((s, e, ix[i]) for sub, ix in lex.group_lexicons().values() for s, e, i in sub.find(text))
    assert lex.find(text, overlap="group") == alone


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["ab", "ab cd", "cd", "b*", "cd-ab", "AB", "abcd", "d"]), min_size=1,
                max_size=5, unique=True),
       st.lists(st.sampled_from(["ab", "cd", "AB", "abcd", "bx", "x", "Ab", "cd-ab", "d"]), max_size=12))
def test_all_overlap_is_the_longest_term_at_every_position(keys, words):
    # "all" (and "contained", which filters it) = the longest term at each position where one
    # starts, overlapping ones included: the tree tried at every position of the folded text
    text = " ".join(words)
    lex = Lexicon(tuple(term_key(k) for k in keys))
    folded = fold(text)
    raw = [(p, m.end(), m.lastindex) for p in range(len(folded) + 1)
           for m in [lex.pattern.match(folded, p)] if m is not None]
    assert lex.find(text, overlap="all") == lex._checked(raw, text, folded)


def test_literal_alternation_finds_what_the_longest_first_alternation_finds():
    words = ["nis", "nis petrol", "ria", "ria novosti", "rt", "tass", "c++", "a.b"]
    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    text = "NIS Petrol and RIA; ria novostix, Nis petrolium, RT-TASS c++ a.b axb nis."
    for flags in (0, re.I):
        for tail in (r"(?![\w])", ""):  # backtracking into a shorter word when the boundary fails
            new = re.compile(r"(?<![\w-])(" + literal_alternation(words) + ")" + tail, flags)
            old = re.compile(r"(?<![\w-])(" + plain + ")" + tail, flags)
            assert [m.span(1) for m in new.finditer(text)] == [m.span(1) for m in old.finditer(text)]
    assert re.search(literal_alternation([]), "anything") is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text("ab -", min_size=1, max_size=4), min_size=1, max_size=6),
       st.text("ab -xA", max_size=30))
def test_literal_alternation_agrees_with_the_plain_alternation_on_random_words(words, text):
    plain = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    for flags in (0, re.I):
        new = re.compile(r"(?<!\w)(" + literal_alternation(words) + r")(?!\w)", flags)
        old = re.compile(r"(?<!\w)(" + plain + r")(?!\w)", flags)
        assert [m.span(1) for m in new.finditer(text)] == [m.span(1) for m in old.finditer(text)]
