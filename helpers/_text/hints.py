"""Cheap necessary conditions ("hints") tested before an expensive regex scan.

A rule whose regex can only match where some word occurs need not scan a text without that
word: a substring test (``in``) costs a fraction of a regex pass that tries a large alternation at
every position. A hint must be a true necessary condition (the rule's matches stay the same);
each caller names the words its rule cannot match without.

Where several rules each need one of their own words, :func:`word_finder` lists in one pass which
of all those words a text holds (as whole words), and each rule tests its words against that set.

A large alternation searched in short windows whose every branch starts a word with a lower-case
letter gets that as a first test (:func:`word_start_gated`, checked on the regex's parse tree).

For a case-insensitive rule (``re.IGNORECASE``), test the words in :func:`caseless`'s copy of the
text: ``str.lower`` alone would miss the three characters the regex engine matches to an ASCII
letter that do not lower-case to it ("İ", "ı" for ``i``, "ſ" for ``s``).
"""

from __future__ import annotations

import re

try:  # the parse tree of a regex (word_start_gated): private modules of Python >= 3.11
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - another Python's layout: regexes stay ungated
    _c = _parser = None

from helpers._text.patterns import literal_alternation
from helpers._text.programs import re_compile

#: The characters ``re.IGNORECASE`` matches to an ASCII letter that ``str.lower`` does not turn into
#: that letter (checked over every code point in ``tests/test_text_engine.py``).
_CASE_ODD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def caseless(text: str) -> str:
    """``text`` lower-cased for hints of case-insensitive rules.

    Wherever a case-insensitive regex finds an ASCII word (letters only), the word is a substring
    of ``caseless(text)``. The copy is for the test only: its offsets may differ from ``text``'s.

    Returns
    -------
    str
        The lower-cased text ("İ", "ı" and "ſ" first replaced by "i", "i" and "s").
    """
    if "İ" in text or "ı" in text or "ſ" in text:
        text = text.translate(_CASE_ODD)
    return text.lower()


def has_any(text: str, words) -> bool:
    """True when one of ``words`` is a substring of ``text`` (a rule's hint; see the module).

    Returns
    -------
    bool
        Whether ``text`` holds one of ``words``.
    """
    return any(map(text.__contains__, words))  # the same as any(w in text for w in words), faster


_WORD_ONLY = re.compile(r"\w+")


def word_finder(words) -> re.Pattern:
    """A regex whose ``findall`` lists which of ``words`` stand in a text as whole words.

    ``set(word_finder(words).findall(text))`` equals ``set(re.findall(r"\\w+", text)) & set(words)``
    (case-sensitive): each match is a whole run of word characters, and runs do not overlap. One
    pass that tries only the words' prefix tree at the starts of words: faster than listing every
    word of the text to intersect it with ``words``.

    Parameters
    ----------
    words : iterable of str
        Words of word characters only (``\\w+``), e.g. the hint words of several rules.

    Returns
    -------
    re.Pattern
        The compiled regex (never matching when ``words`` is empty).

    Raises
    ------
    ValueError
        For a word that is not a run of word characters ("think tank", "co-op").
    """
    words = sorted(set(words))
    bad = [w for w in words if not _WORD_ONLY.fullmatch(w)]
    if bad:
        raise ValueError(f"word_finder: not whole words: {bad!r}")
    return re_compile(r"(?<!\w)" + literal_alternation(words) + r"(?!\w)")


def word_start_gated(regex: re.Pattern, *, fallback: bool = False) -> re.Pattern:
    """``regex`` behind a cheap first test: a match starts a word with a lower-case ASCII letter.

    For a large alternation searched in short windows (``search(text, lo, hi)``, e.g. an
    end-anchored "in central |visited |trips to ..." before a place name) whose every branch
    begins at the start of a word (``\\b``, or a look-behind refusing a word character) with a
    lower-case ASCII letter: ``\\b(?=[a-z])`` in front lets the engine pass over every other
    position at once instead of trying each branch there. Same matches: the test is a consequence
    of what every branch requires, checked on the regex's parse tree here.

    Parameters
    ----------
    regex : re.Pattern
        A compiled regex without ``re.IGNORECASE``.
    fallback : bool
        When the proof fails, return ``regex`` itself (the same matches, only slower) instead of
        raising. The package's own call sites use it, so that a Python whose private parse tree
        (``re._parser``) differs still imports and gives the same results; their tests assert that
        the gate is in place on the Python the course pins.

    Returns
    -------
    re.Pattern
        The gated regex (the same matches, spans and groups), or ``regex`` (``fallback``).

    Raises
    ------
    ValueError
        When the parse tree does not show that every match starts so (a branch that may start
        with a capital, a digit, under ``(?i:...)``, or with no word-start assertion before it),
        unless ``fallback``.
    """
    try:
        proven = not regex.flags & re.IGNORECASE and _parser is not None and _starts_lower_word(
            list(_parser.parse(regex.pattern, regex.flags)), False)
    except (AttributeError, TypeError, ValueError, IndexError, re.error):  # another shape of parse tree
        proven = False
    if not proven:
        if fallback:
            return regex
        raise ValueError("word_start_gated: not every match of this regex starts a word with a lower-case "
                         "ASCII letter after \\b or a look-behind refusing a word character")
    return re_compile(r"\b(?=[a-z])(?:" + regex.pattern + ")", regex.flags)


def _lower_set(items) -> bool:
    """True when a character class (parse items) holds only a..z."""
    lo, hi = ord("a"), ord("z")
    return bool(items) and all(op is _c.LITERAL and lo <= av <= hi
                               or op is _c.RANGE and lo <= av[0] <= av[1] <= hi for op, av in items)


def _refuses_word_before(av) -> bool:
    """True for a negative look-behind of one character class holding ``\\w`` (``(?<![\\w-])``)."""
    direction, sub = av
    items = list(sub)
    return direction == -1 and len(items) == 1 and items[0][0] is _c.IN \
        and (_c.CATEGORY, _c.CATEGORY_WORD) in items[0][1]


def _starts_lower_word(items: list, boundary: bool) -> bool:
    """True when every match of the parse ``items`` starts with a..z after a word-start assertion."""
    if not items:
        return False  # an empty match, or one whose first character is decided elsewhere
    (op, av), rest = items[0], items[1:]
    if op is _c.AT:
        return av is _c.AT_BOUNDARY and _starts_lower_word(rest, True)
    if op is _c.ASSERT_NOT:
        return _refuses_word_before(av) and _starts_lower_word(rest, True)
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return not add_flags & re.IGNORECASE and _starts_lower_word(list(sub) + rest, boundary)
    if op is _c.BRANCH:
        return all(_starts_lower_word(list(alt) + rest, boundary) for alt in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        first = _starts_lower_word(list(sub) + rest, boundary)
        return first and (low > 0 or _starts_lower_word(rest, boundary))  # no repetition: what follows
    if op is _c.LITERAL:
        return boundary and ord("a") <= av <= ord("z")
    if op is _c.IN:
        return boundary and _lower_set(av)
    return False
