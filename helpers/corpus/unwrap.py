"""Hard-wrapped text (copied from a PDF, an e-mail or a plain-text page): lines joined into paragraphs.

A corpus file holds one paragraph per line. Text copied from a PDF or an e-mail is wrapped at a
fixed width (often 70-80 characters), so each *line* would become a "paragraph" and sentences and
quotations would be cut in two. :func:`hard_wrapped` recognises such text from its line lengths:
most lines end close to one width and many end in the middle of a sentence. :func:`unwrap` then
joins the lines of each paragraph. Paragraphs are marked by blank lines, by indentation (when
the text indents its first lines), by a list item, or by a line that ends a sentence well short
of the width. A page number printed on a line of its own ("– 4 –", "Page 4 of 12") stays a line
of its own (the cleaner marks it), and so do a line of underscores and each numbered footnote below
it. A word broken across two lines at a hyphen ("govern-" + "ment") is joined without it, unless
the text writes it with the hyphen elsewhere or its first part is a word that makes compounds
("well-" + "known", "anti-" + "government"); a word that goes on with a capital ("pro-" +
"European") keeps it. The raw file is never changed; the cleaner logs each join (kind ``unwrap``).

Blind spots: running page headers of a PDF are not recognised (they stay text unless the header
repeats a line exactly: the cleaner marks repeats), nor footnotes without a line of underscores
above them, nor footnote numbers glued to a word ("2019.4"); a heading without a blank line after it
is joined to its paragraph; a compound whose first part is not in :data:`COMPOUND_HEADS` and appears
nowhere else with its hyphen loses the hyphen.
"""

from __future__ import annotations

from typing import NamedTuple

from helpers._text.programs import re_compile

_TERMINAL = re_compile(r"[.!?…:;][\"”’')\]]*$")
_LIST_ITEM = re_compile(r"^\s*(?:\d{1,2}[.)]|[•▪◦*\-–])\s+\S")
#: A page number on a line of its own, as PDF viewers copy it: "4", "– 4 –", "- 4 -", "Page 4", "4 / 12".
PAGE_NUMBER = re_compile(r"^\s*(?:[–—-]\s*\d{1,4}\s*[–—-]|(?i:page|p\.|str\.|strana)\s*\d{1,4}"
                         r"(?:\s*(?i:of|/)\s*\d{1,4})?|\d{1,3}(?:\s*/\s*\d{1,4})?)\s*$")
#: A line of underscores that a PDF prints above a page's footnotes.
SEPARATOR = re_compile(r"^\s*_{5,}\s*$")
#: A footnote below it: its number, then its text ("1 European Commission, Serbia 2021 Report").
FOOTNOTE = re_compile(r"^\s*\d{1,3}\s+\S")
#: First parts of compounds kept with their hyphen when a line break falls after it ("well-known").
COMPOUND_HEADS = frozenset(
    "anti pro non self ex co post pre multi cross semi pan neo quasi so well long short full half mid vice "
    "all top high low one two three four five six seven eight nine ten state euro sino russo serbo".split())
_WORD = re_compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LAST_PART = re_compile(r"([^\W\d_]+)-$")
_FIRST_PART = re_compile(r"^([^\W\d_]+)")

#: Widest wrap width recognised (longer lines are paragraphs, not wrapped lines).
MAX_WIDTH = 150
#: Narrowest wrap width recognised (e-mail and PDF text is wrapped at 60-100 characters).
MIN_WIDTH = 40
#: Least number of lines that end mid-sentence before a text counts as hard-wrapped.
MIN_BREAKS = 3


class Unit(NamedTuple):
    """One paragraph-to-be: its first raw line number, the raw lines, and the joined text."""

    line: int
    raw: str
    text: str
    n_lines: int = 1


def _width(lengths: list[int]) -> int:
    """The wrap width: the 90th percentile of the non-blank line lengths."""
    ordered = sorted(lengths)
    return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]


def hard_wrapped(lines: list[str]) -> int:
    """The wrap width if ``lines`` look hard-wrapped, else 0.

    Hard-wrapped: at least :data:`MIN_BREAKS` lines that are followed by another line of the same
    paragraph end in the middle of a sentence, and at least two of those are followed by a line that
    goes on in lower case (a list of headlines or of short items is not wrapped text); the width is
    between :data:`MIN_WIDTH` and :data:`MAX_WIDTH`, and at least 60 % of the lines followed by
    another line reach 70 % of the width.
    """
    stripped = [ln.rstrip() for ln in lines]
    lengths = [len(s) for s in stripped if s.strip()]
    if len(lengths) < 4:
        return 0
    width = _width(lengths)
    if width > MAX_WIDTH or width < MIN_WIDTH:
        return 0
    pairs = [(s, nxt.lstrip()) for s, nxt in zip(stripped, stripped[1:]) if s.strip() and nxt.strip()]
    if not pairs:
        return 0
    breaks = [nxt for s, nxt in pairs if not _TERMINAL.search(s)]
    lower = sum(nxt[:1].islower() for nxt in breaks)
    full = sum(len(s) >= 0.7 * width for s, _ in pairs)
    return width if len(breaks) >= MIN_BREAKS and lower >= 2 and full >= 0.6 * len(pairs) else 0


def unwrap(lines: list[str], width: int) -> list[Unit]:
    """Join hard-wrapped ``lines`` (wrapped at ``width``) into paragraphs; blank lines are dropped.

    Returns
    -------
    list of Unit
        One per paragraph, in order: ``line`` (1-based number of its first raw line), ``raw`` (its raw
        lines joined by line breaks), ``text`` (the lines joined by spaces) and ``n_lines``.
    """
    indents = [ln[:1].isspace() for ln in lines if ln.strip() and not PAGE_NUMBER.match(ln)]
    indent_marks = 0 < sum(indents) < len(indents)
    vocabulary = {w.lower() for ln in lines for w in _WORD.findall(ln)}
    units: list[Unit] = []
    block: list[tuple[int, str]] = []

    def flush():
        if block:
            raw = "\n".join(r for _, r in block)
            units.append(Unit(block[0][0], raw, _join([r.strip() for _, r in block], vocabulary), len(block)))
            block.clear()

    notes = False  # below a line of underscores: each numbered line is a footnote of its own
    for i, ln in enumerate(lines, start=1):
        if not ln.strip():
            flush()
            continue
        notes = notes or bool(SEPARATOR.match(ln))
        if block and (_starts_paragraph(ln, block[-1][1], width, indent_marks) or SEPARATOR.match(ln)
                      or PAGE_NUMBER.match(block[-1][1]) or SEPARATOR.match(block[-1][1])
                      or (notes and FOOTNOTE.match(ln))):
            flush()
        block.append((i, ln))
    flush()
    return units


def _starts_paragraph(line: str, previous: str, width: int, indent_marks: bool) -> bool:
    if PAGE_NUMBER.match(line):
        return True
    if indent_marks and line[:1].isspace():
        return True
    if _LIST_ITEM.match(line):
        return True
    prev = previous.rstrip()
    return bool(_TERMINAL.search(prev)) and len(prev) < 0.7 * width


def _join(parts: list[str], vocabulary: set) -> str:
    """The lines of one paragraph joined by spaces; a word broken at a line-end hyphen joined again.

    Each line is looked at only with the next one (time linear in the paragraph's length).
    """
    pieces = list(parts)
    for k in range(len(pieces) - 1):
        line, nxt = pieces[k], parts[k + 1]
        if line.endswith("\u00ad"):  # a soft hyphen: the word goes on
            pieces[k] = line[:-1]
        elif len(line) > 1 and line.endswith("-") and line[-2].isalpha() and nxt[:1].isupper():
            pass  # "pro-" + "European": a compound
        elif len(line) > 1 and line.endswith("-") and line[-2].isalpha() and nxt[:1].islower():
            head, tail = _LAST_PART.search(line[-60:]), _FIRST_PART.match(nxt)
            if head is not None and tail is not None and not _keeps_hyphen(head.group(1), tail.group(1),
                                                                          vocabulary):
                pieces[k] = line[:-1]  # "govern-" + "ment"; "well-" + "known" keeps it
        else:
            pieces[k] = line + " "
    return "".join(pieces)


def _keeps_hyphen(head: str, tail: str, vocabulary: set) -> bool:
    """Whether ``head-`` + ``tail`` at a line break is a compound, not a word split for the line."""
    head, tail = head.lower(), tail.lower()
    if f"{head}-{tail}" in vocabulary:
        return True
    if head + tail in vocabulary:
        return False
    return head in COMPOUND_HEADS
