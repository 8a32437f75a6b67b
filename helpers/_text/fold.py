"""Small text utilities shared by the loaders and the analyses: sentences, words, matching."""

from __future__ import annotations

import unicodedata

from helpers._text.programs import re_compile

_ABBREV = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "gen", "col", "lt", "sen", "rep",
    "gov", "jr", "sr", "inc", "co", "corp", "ltd", "approx", "e.g", "i.e", "etc", "cf",
}
# closing marks after the end mark: English ” ’, „low-high“ (closes with “), «guillemets» and »reversed«
_BOUNDARY = re_compile(r"[.!?…]+[\"”’')\]“»«›‹]*\s+")
# possessive (``++``): the run of word characters and dots is never given back (the quotes, spaces
# and end marks after it are not word characters), so a failed try costs one pass over the word
_LAST_WORD = re_compile(r"([\w.]++)[.!?…]*[\"”’')\]“»«›‹]*\s*$")
_INITIALISM = re_compile(r"(?:[a-z]\.)+[a-z]?")
_STARTS = re_compile(r"[\"“‘'(\[„‚«»‹›A-Z0-9À-ÖØ-Þ\u0100-\u024f\u0400-\u042f]")
# a boundary followed by what can start a sentence (the same test as _STARTS on the next character)
_BOUNDARY_BEFORE_START = re_compile(_BOUNDARY.pattern + "(?=" + _STARTS.pattern + ")")
WORD_RE = re_compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*|\d+(?:[.,]\d+)*%?")
#: :data:`WORD_RE` for ASCII text: there ``[^\W\d_]`` is ``[A-Za-z]``, ``\d`` is ``[0-9]``, and ’ is absent.
_ASCII_WORD_RE = re_compile(r"[A-Za-z]+(?:['\-][A-Za-z]+)*|[0-9]+(?:[.,][0-9]+)*%?")

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})


def fold(s: str) -> str:
    """Case-, diacritic- and quote-insensitive form of ``s``, same length as ``s``.

    ``fold("Vučić’s") == "vucic's"``. Each character maps to exactly one character, so
    positions in the folded text are positions in the original (used by KWIC and matching).

    Speed: every analysis folds the same paragraphs and sentences, so folded texts of 40
    characters or more are remembered (up to :data:`FOLD_MEMO_CHARS` characters in all, then
    the memory starts afresh). A text is folded by replacing only its non-ASCII characters
    (the mapping is computed once per distinct character) and lower-casing the rest.

    ``Đ``/``đ`` fold to ``d``; a term's ``dj`` also matches that ``d`` (see
    :mod:`helpers._text.patterns`), so "Djedovic" finds "Đedović" with offsets intact.

    Parameters
    ----------
    s : str
        Any text.

    Returns
    -------
    str
        The folded text, ``len(fold(s)) == len(s)``.
    """
    if s.isascii():
        return s.lower()
    hit = _MEMO.get(s)
    if hit is not None:
        return hit
    out = s
    for ch, to in _COMMON:  # curly quotes and dashes: one fast scan each
        if ch in out:
            out = out.replace(ch, to)
    if not out.isascii():  # other characters: each distinct one looked up in the table
        for ch in set(_ASCII_RUNS.sub("", out)):  # the non-ASCII characters (faster than a set of all)
            to = _FOLD_TABLE[ord(ch)]
            if to != ch:
                out = out.replace(ch, to)
    out = out.lower()
    if len(out) != len(s):  # pragma: no cover - lower() never changes the length of folded text
        out = s.translate(_FOLD_TABLE)
    if len(s) >= 40:
        global _memo_chars
        _memo_chars += len(s)
        if _memo_chars > FOLD_MEMO_CHARS:
            _MEMO.clear()
            _memo_chars = len(s)
        _MEMO[s] = out
    return out


#: Upper bound (in characters of original text) of the folded texts :func:`fold` remembers.
FOLD_MEMO_CHARS = 120_000_000
_MEMO: dict[str, str] = {}
_memo_chars = 0
_ASCII_RUNS = re_compile("[\x00-\x7f]+")


class _FoldTable(dict):
    """Code point -> folded character, filled on first use of each character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code).translate(_QUOTES)
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c)) or ch
        low = base.lower()
        out = low[0] if len(low) >= 1 else ch
        out = {"đ": "d", "ß": "s", "ı": "i"}.get(out, out)
        self[code] = out
        return out


_FOLD_TABLE = _FoldTable()
#: Non-ASCII characters common in English news text whose fold is an ASCII character.
_COMMON = tuple((c, f) for c in "’“”‘…" for f in [_FOLD_TABLE[ord(c)]] if f != c and f.isascii())


def split_sentences(text: str) -> list[tuple[int, int, str]]:
    """Split a paragraph into sentences: a list of ``(start, end, sentence)``.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes) followed by
    white space and a capital letter, digit or opening quote, unless the word before the
    full stop is a known abbreviation (``Oct.``, ``Sept.``, ``Mr.``) or an initialism (``U.S.``).

    Parameters
    ----------
    text : str
        A paragraph.

    Returns
    -------
    list of tuple
        ``(start, end, sentence)``: offsets in ``text`` and the sentence, white space stripped.
    """
    spans, start = [], 0
    for m in _BOUNDARY_BEFORE_START.finditer(text):
        cut, end = m.span()
        if text[cut] == "." and _after_abbreviation(text, max(start, cut - 30), end):
            continue
        piece = text[start:end]
        sent = piece.strip()
        if sent:
            spans.append((start, start + len(piece.rstrip()), sent))
        start = end
    tail = text[start:].strip()
    if tail:
        spans.append((start, len(text.rstrip()), tail))
    return spans


def _after_abbreviation(text: str, lo: int, end: int) -> bool:
    """Whether the full stop of the boundary ending at ``end`` closes an abbreviation or initial.

    The word before it is looked for from ``lo`` on (at most 30 characters back).
    """
    word = _LAST_WORD.search(text, lo, end)
    w = word.group(1).rstrip(".").lower() if word else ""
    if len(w) == 1:  # a single letter (an initial) or a one-letter word
        return "a" <= w <= "z"
    # an initialism has a full stop after its first letter ("u.s")
    return w in _ABBREV or ("." in w and _INITIALISM.fullmatch(w) is not None)


def words(text: str) -> list[str]:
    """The word tokens of ``text`` (letters with inner apostrophes or hyphens; numbers).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of str
        The words in text order (``words("Vučić’s 2,000-strong") == ["Vučić’s", "2,000", "strong"]``).
    """
    if not text.isascii():
        plain = _separators_as_spaces(text)
        if plain is None:
            return WORD_RE.findall(text)
        text = plain
    return _ASCII_WORD_RE.findall(text)


def word_count(text: str) -> int:
    """Number of word tokens in ``text`` (see :func:`words`).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    int
        ``len(words(text))``.
    """
    if text.isascii():  # the same words, found faster by plain ranges (most sentences are ASCII)
        return len(_ASCII_WORD_RE.findall(text))
    return len(WORD_RE.findall(text))


_ANY_WORD_CHAR = re_compile(r"\w")


def has_word_char(text: str) -> bool:
    """Whether ``text`` holds a word character (what ``\\w`` matches: a letter, digit or ``_``).

    Parameters
    ----------
    text : str
        Any text (e.g. one white-space-separated chunk of a sentence).

    Returns
    -------
    bool
        ``has_word_char("“We") is True``, ``has_word_char("—") is False``.
    """
    # a chunk that starts or ends with a letter or digit (most words) needs no regex: ``\w`` is
    # exactly ``str.isalnum()`` or ``_``
    return text[:1].isalnum() or text[-1:].isalnum() or _ANY_WORD_CHAR.search(text) is not None


# Listing words faster: :data:`WORD_RE` is slower than :data:`_ASCII_WORD_RE` (which finds the same
# words in ASCII text), and folded text is often not ASCII only because of dashes. A non-ASCII
# character that is neither a word character nor the joiner ``’`` is a separator (no word holds
# it): separators made spaces leave every word where it was.
_WORD_CHAR = re_compile(r"[\w’]")


class _Separators(dict):
    """Character -> whether :data:`WORD_RE` never puts it in a word, found on first use."""

    def __missing__(self, ch: str) -> bool:
        out = self[ch] = _WORD_CHAR.match(ch) is None
        return out


_SEPARATOR = _Separators()


def _separators_as_spaces(text: str) -> str | None:
    """``text`` with its non-ASCII separators made spaces when it then is ASCII (the same words),
    else None (it has a non-ASCII letter, digit or ``’``)."""
    for ch in set(_ASCII_RUNS.sub("", text)):
        if not _SEPARATOR[ch]:
            return None
        text = text.replace(ch, " ")
    return text
