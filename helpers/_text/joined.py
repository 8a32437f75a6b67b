"""One regex pass over many folded texts joined together (used by kwic, claims and the timeline)."""

from __future__ import annotations

from helpers._text.patterns import fold_pattern as fold_regex  # noqa: F401 - claims import it from here

#: Joins texts into one string for a single regex pass: no ``\s`` or ``.`` run can cross it.
SEP = "\n\x00\n"


def search_joined(pattern, folded: list[str], joined: str | None = None, offsets=None, group: int = 0):
    """Every match of ``pattern`` in each text, found in one pass over the joined texts.

    Yields ``(index, start, end)`` with positions inside ``folded[index]``; matches that would
    run across two texts are dropped, and so are empty ones. Pass ``joined``/``offsets`` from
    :func:`join_texts` to reuse them; ``group=1`` takes the span of group 1 (the match of a
    zero-width look-ahead made by ``term_regex(term, overlapping=True)``).

    Parameters
    ----------
    pattern : re.Pattern
        A compiled regex for folded text.
    folded : list of str
        The folded texts.
    joined, offsets : str and list of int, optional
        From :func:`join_texts`, when the caller has them.
    group : int
        The group whose span is reported.

    Returns
    -------
    iterator of tuple
        ``(index, start, end)``: the text's index and the match's offsets in it.
    """
    import bisect

    if joined is None:
        joined, offsets = join_texts(folded)
    for m in pattern.finditer(joined):
        s, e = m.span(group)
        if s == e:
            continue
        i = bisect.bisect_right(offsets, s) - 1
        base = offsets[i]
        if e - base <= len(folded[i]):
            yield i, s - base, e - base


def join_texts(folded: list[str]) -> tuple[str, list[int]]:
    """The texts joined with :data:`SEP`, and the offset where each starts.

    Parameters
    ----------
    folded : list of str
        The (folded) texts.

    Returns
    -------
    tuple
        ``(joined, offsets)``: one string, and the offset of each text in it.
    """
    offsets, pos = [], 0
    for t in folded:
        offsets.append(pos)
        pos += len(t) + len(SEP)
    return SEP.join(folded), offsets
