"""Quotation marks of every style, rewritten to the curly English marks the rules read.

Writers and wire services use many quotation styles: « guillemets » (French, Russian and
Serbian style), „low-high“ marks (German, Serbian, Czech), ‚single low-high‘ and ‹ single
guillemets ›, straight 'single' quotes, and a dash that opens a line of speech ("– No one …,
– he added."). :func:`normalise_marks` rewrites all of them to “…” (outer) and ‘…’ (a quote
inside a quote), one character for one character, so every offset into the paragraph stays
valid and the quoted words are copied unchanged.
"""

from __future__ import annotations

import re

from helpers._text.programs import re_compile

#: What any rewrite needs: a mark of another style, a straight single quote or an opening dash (a
#: paragraph with English curly marks only is returned as it is: ``_pairs`` leaves those unchanged).
#: Two patterns, not one alternation: a class of characters alone is scanned for fast.
_STYLE_MARKS = re_compile(r"[«»„‚‹›']")
_OPENING_DASH = re_compile(r"\s*[–—]\s")
_DOUBLE_OPEN = {"«": "»", "„": "“”"}
_SINGLE_OPEN = {"‹": "›", "‚": "‘’"}
_PAIR_MARKS = re_compile(r"[«»„‚‹›“”‘’]")
#: A straight single quote opening a quotation (after a space, bracket or dash, before a letter).
_STRAIGHT_OPEN = re_compile(r"(?:^|(?<=[\s(\[—–]))'(?=[^\W\d_])")
_STRAIGHT_CLOSE = re_compile(r"(?<=[^\s])'(?![^\W\d_])")
#: The dash that closes a line of speech: "… them, – Botsan-Kharchenko added."
_DASH_CLOSE = re_compile(r"(?<=[,.!?…])\s[–—]\s")
#: A closing dash with no punctuation before it, right before the attribution: "— We will not impose
#: sanctions — said Aleksandar Vučić." (a speech verb, or a pronoun or name and a speech verb).
_DASH_BEFORE_CUE = re_compile(r"\s[–—]\s(?=(?:said|says|added|asked|replied|answered|told|stressed|noted"
                              r"|(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
                              r"(?:said|says|added|asked|replied|answered|told|stressed|noted))\b)")
#: The comma that ends a dash-opened quotation before its attribution: "– We stay, said minister X."
_COMMA_BEFORE_CUE = re_compile(r",(?=\s(?:(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+)?"
                               r"(?:said|says|added|asked|replied|answered|told|stressed|noted)\b)")
_OTHER_MARKS = re_compile(r"[\"“”„«»]")
_REACH = 400  # characters a single quote may run (an apostrophe never opens a quote across more)


def normalise_marks(text: str) -> str:
    """``text`` with every quotation-mark style rewritten to “…” and ‘…’ (same length).

    Parameters
    ----------
    text : str
        One paragraph.

    Returns
    -------
    str
        The paragraph with « » and „ “ pairs as “ ”, ‚ ‘ and ‹ › pairs as ‘ ’ (a quote nested
        inside another quote becomes ‘…’ whatever its marks), a straight 'quote' as ‘…’ when it
        opens before a letter and closes before a non-letter within 400 characters, and a
        paragraph that opens with a dash of speech ("– No one …, – he added.") as a quote up to
        the dash that closes it, or the comma before its attribution ("– We stay, said X."), or the
        paragraph end when no other quotation mark follows. Apostrophes ("Serbia's") stay. Time is
        linear in the length of ``text``.
    """
    if not (_STYLE_MARKS.search(text) or _OPENING_DASH.match(text)):
        return text
    chars = list(text)
    _pairs(text, chars)
    _straight_singles(text, chars)
    _dash_speech(text, chars)
    return "".join(chars)


def _pairs(text: str, chars: list[str]) -> None:
    """Guillemets and low-high marks, with nesting: depth 0 -> “ ”, deeper -> ‘ ’."""
    stack: list[str] = []  # closing marks expected, innermost last
    for m in _PAIR_MARKS.finditer(text):
        c, i = m.group(0), m.start()
        if stack and c in stack[-1]:
            closing = stack.pop()
            chars[i] = "”" if not stack and closing in ("»", "“”", "«") else "’"
        elif c in _DOUBLE_OPEN or c in _SINGLE_OPEN:
            chars[i] = "“" if not stack and c in _DOUBLE_OPEN else "‘"
            stack.append(_DOUBLE_OPEN.get(c) or _SINGLE_OPEN[c])
        elif c == "“" and stack:  # an English pair inside a guillemet quote
            chars[i] = "‘"
            stack.append("”")
        elif c in "»›":  # reversed guillemets (» … «, Danish/German style), perhaps inside „…“
            chars[i] = "“" if c == "»" and not stack else "‘"
            stack.append("«" if c == "»" else "‹")
        if len(stack) > 8:  # unbalanced marks: start again rather than nest without end
            stack.clear()


def _straight_singles(text: str, chars: list[str]) -> None:
    """'…' pairs (not apostrophes) as ‘…’."""
    if "'" not in text:
        return
    pos = 0
    while True:
        m = _STRAIGHT_OPEN.search(text, pos)
        if m is None:
            return
        s = m.start()
        c = _STRAIGHT_CLOSE.search(text, s + 2, min(len(text), s + _REACH))
        if c is None or _STRAIGHT_OPEN.search(text, s + 1, c.start()):
            pos = s + 1
            continue
        chars[s], chars[c.start()] = "‘", "’"
        pos = c.end()


def _dash_speech(text: str, chars: list[str]) -> None:
    """A paragraph opening with "– " is speech up to the dash that closes it.

    Or up to the comma before its attribution ("– We will not bow, said minister X."), or to the
    paragraph's end when nothing closes it and no other quotation mark follows (a paragraph with
    quotation marks of its own that opens with a dash, "– 4 – had offered ...", is not speech).
    """
    m = re.match(r"\s*[–—]\s", text)
    if m is None or "“" in chars[:m.end()]:
        return
    d = m.end() - 2
    close = _DASH_CLOSE.search(text, m.end())
    if close is not None:
        chars[d], chars[close.start() + 1] = "“", "”"
        return
    close = _DASH_BEFORE_CUE.search(text, m.end())
    if close is not None:  # "sanctions — said X" reads as "sanctions”, said X" (one character each)
        chars[d], chars[close.start()], chars[close.start() + 1] = "“", "”", ","
        return
    close = _COMMA_BEFORE_CUE.search(text, m.end())
    if close is not None:  # "Russia, said X" reads as "Russia,”said X" (the space after the comma)
        chars[d], chars[close.start() + 1] = "“", "”"
    elif not _OTHER_MARKS.search(text, m.end()):
        chars[d] = "“"  # to the end of the paragraph
