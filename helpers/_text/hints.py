"""Cheap necessary conditions ("hints") tested before an expensive regex scan.

A rule whose regex can only match where some word occurs need not scan a text without that
word: a substring test (``in``) costs a fraction of a regex pass that tries a large alternation at
every position. A hint must be a true necessary condition (the rule's matches stay the same);
each caller names the words its rule cannot match without.

Where several rules each need one of their own words, :func:`word_finder` lists in one pass which
of all those words a text holds (as whole words), and each rule tests its words against that set.

For a case-insensitive rule (``re.IGNORECASE``), test the words in :func:`caseless`'s copy of the
text: ``str.lower`` alone would miss the three characters the regex engine matches to an ASCII
letter that do not lower-case to it ("İ", "ı" for ``i``, "ſ" for ``s``).
"""

from __future__ import annotations

import re

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
