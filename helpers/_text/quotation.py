"""Where a text stands inside quotation marks: one linear-time finder for every tool.

:func:`quotation_spans` walks the quotation marks of a text once, left to right, keeping only
the position of the mark that is open, so its time grows linearly with the text, also when a
mark is never closed (a quote left open at the end of a paragraph). Single quotation marks
(``‘…’``) are optional: ``’`` is also the apostrophe, so a closing ``’`` is looked for only within
:data:`SINGLE_REACH` characters.
"""

from __future__ import annotations

import bisect

from helpers._text.programs import re_compile

_DOUBLE = re_compile("[\"“”„]")
_SINGLE_OPEN = re_compile(r"(?:^|(?<=[\s(\[—–-]))‘")
_SINGLE_CLOSE = re_compile(r"(?<!\s)’(?![^\W\d_])")
#: How far (in characters) a closing single quotation mark is looked for after an opening one.
SINGLE_REACH = 400


def _double_strict(text: str) -> list[tuple[int, int]]:
    """Spans ``“…”`` / ``"…"`` with both marks and at least one character between them (marks
    included); an opening mark while one is open starts the quotation afresh."""
    spans, open_at = [], None
    for m in _DOUBLE.finditer(text):
        ch, pos = m.group(), m.start()
        if ch == "„":
            continue
        if open_at is None:
            if ch in "“\"":
                open_at = pos
        elif ch in "”\"" and pos > open_at + 1:
            spans.append((open_at, pos + 1))
            open_at = None
        else:  # “ while open, or an empty quotation: start again here ("" opens at the second mark)
            open_at = pos if ch in "“\"" else None
    return spans


def _double_lenient(text: str, open_ended: bool) -> list[tuple[int, int]]:
    """Spans for a piece of a paragraph (a sentence): a closing mark with none open closes a
    quotation that began before the text (span from 0); with ``open_ended`` a mark never closed
    runs to the end of the text."""
    spans, open_at = [], None
    for m in _DOUBLE.finditer(text):
        ch, pos = m.group(), m.start()
        if ch in "“„" or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = pos
        else:
            spans.append((0 if open_at is None else open_at, pos + 1))
            open_at = None
    if open_at is not None and open_ended:
        spans.append((open_at, len(text)))
    return spans


def _single(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``‘…’`` spans that do not start inside one of ``spans`` (sorted)."""
    out = []
    starts = [a for a, _ in spans]
    for m in _SINGLE_OPEN.finditer(text):
        s = m.start()
        k = bisect.bisect_right(starts, s) - 1
        if k >= 0 and spans[k][0] <= s < spans[k][1]:
            continue
        c = _SINGLE_CLOSE.search(text, s + 2, min(len(text), s + SINGLE_REACH))
        if c and "‘" not in text[s + 1:c.start()]:
            out.append((s, c.end()))
    return out


def quotation_spans(text: str, single: bool = False, partial: bool = False) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of ``text`` that stand inside quotation marks, marks included.

    Parameters
    ----------
    text : str
        A paragraph or a sentence.
    single : bool
        Also find ``‘…’`` quotations (not starting inside a double one).
    partial : bool
        ``text`` is a piece of a longer text (a sentence of a paragraph): a closing mark with none
        open before it closes a quotation that began earlier (span from 0), and a mark never
        closed runs to the end of the piece. ``False``: only quotations with both marks count.

    Returns
    -------
    list of tuple
        ``(start, end)`` sorted by start. Linear in the length of ``text``.
    """
    if not isinstance(text, str):
        return []
    spans = _double_lenient(text, True) if partial else _double_strict(text)
    if single and "‘" in text:
        spans = sorted(spans + _single(text, spans))
    return spans


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """True if ``pos`` lies in one of ``spans`` (sorted, non-overlapping), by binary search.

    Parameters
    ----------
    spans : list of tuple
        From :func:`quotation_spans`.
    pos : int
        A character offset.

    Returns
    -------
    bool
        Whether ``start <= pos < end`` for some span.
    """
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def quoted_flags(texts, rows, starts) -> list[bool]:
    """For each match (``rows[j]``: index of its text, ``starts[j]``: its offset), whether it stands
    inside quotation marks of that text (a sentence: ``partial=True``). Each text's spans are found
    once, so the time is linear in the texts' length plus the number of matches.

    Parameters
    ----------
    texts : sequence of str
        The texts the matches were found in.
    rows, starts : sequences of int
        Parallel: text index and start offset of each match.

    Returns
    -------
    list of bool
        One flag per match.
    """
    memo: dict[int, list] = {}
    out = []
    for r, s in zip(rows, starts, strict=True):
        spans = memo.get(r)
        if spans is None:
            t = texts[r]
            quoted = isinstance(t, str) and _DOUBLE.search(t)
            spans = memo[r] = quotation_spans(t, partial=True) if quoted else []
        out.append(bool(spans) and inside(spans, s))
    return out


def quoted_word_count(text: str, count) -> int:
    """Words of ``text`` inside quotation marks (``partial=True`` spans), counted with ``count``.

    Parameters
    ----------
    text : str
        A sentence (or a paragraph).
    count : callable
        The word counter (``helpers._text.fold.word_count``).

    Returns
    -------
    int
        The number of quoted words; 0 when there is no quotation mark.
    """
    if not isinstance(text, str) or not _DOUBLE.search(text):
        return 0
    return sum(count(text[a:b]) for a, b in quotation_spans(text, partial=True))
