"""Cleaning raw article text: repair encoding damage, classify every line, log every change.

The cleaner never touches the file on disk. It takes the raw text (a ``str``) and returns
the paragraphs it found, each with a ``kind``, and a log of every repair:

* per line, in order: mojibake (with ftfy, curly quotes kept), quote residues ftfy does not fix
  (a lone "†" for a closing quote plus a space; "â€" at a line end for a closing quote), straight
  quotes mixed into curly ones, non-breaking spaces and runs of white space, indentation;
* article-specific repairs from ``seeds/repairs.csv`` (data, not code): ``replace`` (e.g. a lost
  drop cap), ``gap`` (a visible ``[…]`` marker where hyperlink text was stripped: the missing words
  are *never* invented), ``subhead``/``standfirst``/``boilerplate`` (mark a line), ``mark_range``;
* hard-wrapped text (copied from a PDF or an e-mail): lines joined into paragraphs first, each join
  logged with kind ``unwrap`` (see :mod:`helpers.corpus.unwrap`);
* line kinds, from ``helpers/data/boilerplate.csv`` and a few general rules: headline, caption,
  duplicate (an exact or shortened repeat), pull_quote (a line repeated inside a paragraph),
  list_item, stray, boilerplate, dateline, related (the RELATED block and everything after it),
  and the clutter of text copied from a web page (:data:`WEB_KINDS`): share buttons,
  advertisements, cookie notices, bylines, photo credits (as captions), related links, tag lists,
  video-player text. None of these is analysed; all are logged; the raw file keeps them.

Blind spots: a new outlet's boilerplate may still pass as body text (add a pattern to
``boilerplate.csv``: the rules there are general, one row per kind of clutter, not per page), and
a short body line with no full stop that also appears in a longer paragraph is taken for a pull quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from helpers._text.programs import re_compile
from helpers.corpus.line_rules import rule_kind
from helpers.corpus.unwrap import FOOTNOTE, SEPARATOR, hard_wrapped, unwrap

#: Paragraph kinds whose text forms the readable article (``articles.text``).
TEXT_KINDS = ("subhead", "body", "list_item")
#: Paragraph kinds that analyses use (sentences are split from these).
BODY_KINDS = ("body", "list_item")
#: Kinds for the clutter of text copied from a web page (rules in ``helpers/data/boilerplate.csv``).
WEB_KINDS = ("share", "advertisement", "cookie", "byline", "related_link", "tags", "video")
#: Every paragraph kind the cleaner gives.
PARAGRAPH_KINDS = (*TEXT_KINDS, "headline", "standfirst", "caption", "duplicate", "pull_quote", "stray",
                   "boilerplate", "dateline", "signatory", "related", *WEB_KINDS)

GAP_MARK = "[…]"
#: The catalogue's headline is recognised on any of the first lines of text (after a label, a kicker
#: or a section name pasted above it), not only on the first.
HEADLINE_WITHIN = 4

_OTHER_BREAKS = re_compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_NBSP = re_compile("[\u00a0\u2007\u202f]")
_SPACES = re_compile(r"[ \t]{2,}")
_CAPTION = re_compile(r"\((?:AP|Reuters|AFP|EPA|Getty)[^)]*Photo|\bPhoto(?:graph)?:\s"
                      r"|\(Photo\b|/Getty Images\)", re.I)


def _is_caption(text: str, low: str | None = None) -> bool:
    """Whether ``_CAPTION`` finds a caption in ``text`` (``low``: ``text.lower()``, if at hand).

    The search is skipped (it is slow: case-insensitive) when the text has neither "photo" nor
    "getty" in any case, which every caption rule contains.
    """
    low = text.lower() if low is None else low
    return ("photo" in low or "getty" in low) and _CAPTION.search(text) is not None


_LIST_ITEM = re_compile(r"^(?:\d{1,2}[.)]|[•▪◦*\-–])\s+\S")
_TERMINAL = re_compile(r"[.!?…:;][\"”’')\]]*$")
_CLOSERS = "\"”’')]"


def _ends_sentence(text: str) -> bool:
    """Whether ``_TERMINAL`` finds end punctuation (then closing quotes) at the end of ``text``.

    Without the regex search, which tries every punctuation mark of a long line: the closing
    quotes are stripped from the end, then the last character is tested (``$`` also matches
    before a final line break).
    """
    body = text[:-1] if text.endswith("\n") else text
    body = body.rstrip(_CLOSERS)
    return body != "" and body[-1] in ".!?…:;"
#: End of a sentence that a headline does not have (a headline may end with "?" or "!").
_STATEMENT_END = re_compile(r"[.…:;][\"”’')\]]*$")


@dataclass
class Paragraph:
    """One non-blank line of the raw file after cleaning."""

    line: int
    raw: str
    text: str
    kind: str = "body"
    duplicate_of: int | None = None
    note: str = ""
    gap: bool = False


@dataclass
class Cleaned:
    """What :func:`clean_text` returns: paragraphs and the repair log."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    log: list[dict] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The readable article: subheads, body and list items joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs if p.kind in TEXT_KINDS)


# ---------------------------------------------------------------- per-line repairs
# A UTF-8 lead byte read as Windows-1252/Latin-1 (Â Ã â Ä Å ...) followed by a continuation byte
# read the same way. Lines without such a pair cannot hold mojibake, so ftfy (slow) is skipped.
_MOJIBAKE_HINT = re_compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def _fix_mojibake(s: str) -> str:
    if not _MOJIBAKE_HINT.search(s):
        return s
    import ftfy  # imported on first need: most lines never reach here

    return ftfy.fix_text(
        s, uncurl_quotes=False, unescape_html=False, fix_line_breaks=False, normalization="NFC"
    )


_QUOTE_RESIDUE = re_compile(r"â€(?=\s|$)")
_QUOTE_MARKS = re_compile("[“”†]")


def _fix_quote_residue(s: str) -> str:
    """Repair the two garbled closing quotes ftfy leaves behind (seen in the AP copy)."""
    s = _QUOTE_RESIDUE.sub("”", s)
    if "†" not in s:
        return s
    out, open_, last = [], 0, 0
    for m in _QUOTE_MARKS.finditer(s):  # only the quote marks matter: skip the text between
        ch, i = m.group(), m.start()
        if ch == "“":
            open_ += 1
        elif ch == "”":
            open_ = max(open_ - 1, 0)
        elif open_ > 0:  # a † inside an open quotation closes it
            nxt = s[i + 1] if i + 1 < len(s) else " "
            out.append(s[last:i])
            out.append("”" if nxt.isspace() else "” ")
            last = i + 1
            open_ -= 1
    out.append(s[last:])
    return "".join(out)


def _pair_straight_quotes(s: str) -> str:
    """In a line that mixes curly and straight double quotes, make the straight ones curly."""
    if '"' not in s or ("“" not in s and "”" not in s):
        return s
    out, open_ = [], False
    for ch in s:
        if ch == "“":
            open_ = True
        elif ch == "”":
            open_ = False
        elif ch == '"':
            ch = "”" if open_ else "“"
            open_ = not open_
        out.append(ch)
    return "".join(out)


def _fix_nbsp(s: str) -> str:
    return _NBSP.sub(" ", s)


def _fix_spaces(s: str) -> str:
    s = _OTHER_BREAKS.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


LINE_STEPS = (
    ("mojibake", _fix_mojibake, "Encoding damage repaired with ftfy (curly quotes kept)."),
    ("quote_residue", _fix_quote_residue, "Garbled closing quote (“†” or “â€”) restored as ”."),
    ("straight_quote", _pair_straight_quotes, "Straight quote among curly ones made curly."),
    ("nbsp", _fix_nbsp, "Non-breaking space(s) replaced by ordinary spaces."),
    ("whitespace", _fix_spaces, "Repeated spaces or odd line-break characters normalised."),
)


# A character that one of LINE_STEPS could change or needs (a mojibake lead byte, the garbled
# quote, a straight quote, a tab, an NBSP, an odd break): lines without one, without a double
# space and without white space at either end are returned as they are (one fast search).
_MAYBE_DIRTY = re_compile("[\u00c2-\u00f4\u2020\"\t\u00a0\u2007\u202f\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def fix_line(s: str) -> tuple[str, list[tuple[str, str, str, str]]]:
    """Apply the per-line repairs until nothing changes.

    Returns the repaired line and a list of ``(kind, before, after, note)`` for each step that
    changed something. Pure white-space trimming at the ends is not logged.
    """
    if not (s[:1].isspace() or s[-1:].isspace() or "  " in s or _MAYBE_DIRTY.search(s)):
        return s, []  # nothing any step could repair (the usual case: one regex search)
    changes: list[tuple[str, str, str, str]] = []
    for _ in range(5):
        start = s
        for kind, fn, note in LINE_STEPS:
            new = fn(s)
            if new != s:
                if not (kind == "whitespace" and new == s.strip()):
                    changes.append((kind, s, new, note))
                s = new
        if s == start:
            break
    return s, changes


# ---------------------------------------------------------------- the whole text


def _norm(s: str) -> str:
    r"""White space collapsed (str.split splits on the same characters as ``\s``), case folded."""
    return " ".join(s.split()).casefold()


def clean_text(raw: str, article_id: str = "", repairs=None, headline: str | None = None) -> Cleaned:
    """Clean one article's raw text.

    Parameters
    ----------
    raw : the text as read from the file (already decoded).
    article_id : used only to fill the log's ``article_id`` column.
    repairs : rows (dicts with ``action, match, replacement, note``) of ``seeds/repairs.csv``
        for this article, or ``None``.
    headline : the catalogue headline; a line equal to it among the first :data:`HEADLINE_WITHIN`
        lines of text is marked ``headline``.

    Returns
    -------
    Cleaned
        ``.paragraphs``: one :class:`Paragraph` per non-blank raw line (nothing is dropped:
        removed lines keep their kind); ``.log``: one dict per repair with ``article_id, line,
        kind, before, after, note``; ``.text``: the readable article.
    """
    repairs = list(repairs or [])
    out = Cleaned()

    def log(line, kind, before, after, note):
        out.log.append(
            {"article_id": article_id, "line": line, "kind": kind, "before": before,
             "after": after, "note": note}
        )

    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    trailing = 0
    for ln in reversed(lines):
        if ln.strip() and not _NBSP.sub("", ln).strip() == "":
            break
        trailing += 1
    if trailing > 1:
        log(len(lines) - trailing + 1, "trailing_blank", f"{trailing} blank lines", "",
            "Blank lines at the end of the file dropped.")

    for i, raw_line, work, _n in _units(lines, log):
        if not work.strip():  # blank (NBSPs and odd breaks are white space too)
            if _NBSP.search(raw_line):
                log(i, "nbsp", raw_line, "", "Line of non-breaking spaces only: dropped as blank.")
            continue
        text, changes = fix_line(work)
        if work[:1].isspace():
            changes.append(("indent", work, work.strip(), "Indentation removed."))
        for r in repairs:
            if r["action"] in ("replace", "gap") and r["match"] and r["match"] in text:
                new = text.replace(r["match"], r["replacement"])
                changes.append((r["action"], text, new, r["note"]))
                text = new
        for kind, before, after, note in changes:
            log(i, kind, before, after, note)
        if not text:
            continue
        p = Paragraph(line=i, raw=raw_line, text=text,
                      gap=any(c[0] == "gap" for c in changes))
        out.paragraphs.append(p)

    _classify(out.paragraphs, repairs, headline)
    for p in out.paragraphs:
        if p.kind != "body":
            log(p.line, p.kind, p.text, p.text if p.kind in TEXT_KINDS else "", p.note)
    return out


def _units(lines: list[str], log) -> list:
    """The raw lines as paragraphs-to-be: one per line, or joined when the text is hard-wrapped."""
    width = hard_wrapped(lines)
    if not width:
        return [(i, ln, ln, 1) for i, ln in enumerate(lines, start=1)]  # one paragraph per line (as Units)
    units = unwrap(lines, width)
    for u in units:
        if u.n_lines > 1:
            log(u.line, "unwrap", u.raw, u.text,
                f"Hard-wrapped text (lines of about {width} characters): raw lines {u.line}-"
                f"{u.line + u.raw.count(chr(10))} joined into one paragraph.")
    return units


class _Marks:
    """The article-specific marks of ``repairs.csv`` (subhead, standfirst, boilerplate, mark_range)."""

    def __init__(self, repairs):
        self.marks = {r["match"]: r for r in repairs
                      if r["action"] in ("subhead", "standfirst", "boilerplate")}
        self.ranges = [r for r in repairs if r["action"] == "mark_range"]
        self.open: dict | None = None

    def in_range(self, p: Paragraph) -> bool:
        """Mark ``p`` if it lies inside a ``mark_range``; True if it did."""
        t = p.text
        if self.open is None:
            for r in self.ranges:
                if t.startswith(r["match"].partition("|")[0]):
                    self.open = r
        if self.open is None:
            return False
        p.kind, p.note = self.open["replacement"] or "boilerplate", self.open["note"]
        if t.startswith(self.open["match"].partition("|")[2]):
            self.open = None
        return True

    def mark(self, t: str) -> dict | None:
        if not self.marks:  # the usual case: no marks for this article
            return None
        return next((r for m, r in self.marks.items() if m and t.startswith(m)), None)


def _classify(paras: list[Paragraph], repairs, headline) -> None:
    marks = _Marks(repairs)
    in_related = False
    seen: dict[str, Paragraph] = {}
    text_lines = 0  # lines of text so far: the headline is looked for among the first few
    previous: Paragraph | None = None
    norms: dict[int, str] = {}  # id(paragraph) -> _norm(text), for _mark_repeats
    head = _norm(headline) if headline else None  # normalised once, compared with the first lines
    for p in paras:
        if in_related:
            p.kind, p.note = "related", "Inside the RELATED block: other articles, with their own dates."
            continue
        low = None
        near_top = text_lines < HEADLINE_WITHIN
        key = _norm(p.text) if near_top and head is not None else None
        if not (key is not None and key == head):
            low = rule_kind(p)  # the catalogue's headline stays the headline ("Live: ...")
        _follow_related_link(p, previous)
        if p.kind == "body" and previous is not None and previous.note in _NOTES and FOOTNOTE.match(p.text):
            p.kind, p.note = "boilerplate", _NOTES[1]
        elif SEPARATOR.match(p.text):
            p.kind, p.note = "boilerplate", _NOTES[0]
        previous = p
        if p.kind == "related":
            in_related = True
            continue
        if p.kind != "body" or marks.in_range(p):
            continue
        key = norms[id(p)] = _classify_body(p, marks, seen, head if near_top else None, low, key)
        text_lines += 1
        seen.setdefault(key, p)
    _mark_running_header(paras)
    _mark_repeats(paras, norms)


def _mark_running_header(paras: list[Paragraph]) -> None:
    """The first of a short line that comes back twice or more (a PDF's running page header) is not text.

    Its repeats are already marked ``duplicate``; a line that ends a sentence is never taken.
    """
    repeats: dict[int, int] = {}
    for p in paras:
        if p.kind == "duplicate" and p.duplicate_of is not None:
            repeats[p.duplicate_of] = repeats.get(p.duplicate_of, 0) + 1
    for p in paras:
        n = repeats.get(p.line, 0)
        if n >= 2 and p.kind == "body" and len(p.text) <= 150 and not _ends_sentence(p.text):
            p.kind, p.note = "boilerplate", f"A short line that comes back {n} more times: a running header."


_LINKED = "Headline of a linked article"
_NOTES = ("A line of underscores above footnotes (a document copied from a PDF).",
          "A footnote below a line of underscores (a document copied from a PDF).")


def _follow_related_link(p: Paragraph, previous: Paragraph | None) -> None:
    """Headline-like lines right under a "Read more" heading are related links.

    A headline has no full stop, colon or semicolon at its end; it may end with "?" or "!".
    """
    if (p.kind == "body" and previous is not None and previous.kind == "related_link"
            and (_is_heading(previous.text) or previous.note.startswith(_LINKED))
            and len(p.text) <= 200 and not _STATEMENT_END.search(p.text)):
        p.kind, p.note = "related_link", f"{_LINKED} under a 'Read more' heading (line {previous.line})."


def _is_heading(text: str) -> bool:
    """A related-links heading on its own line (e.g. "READ MORE", "Related articles:").

    A line ending in an arrow ("Read more →") is the link button of the item above it, not a heading
    over the lines below.
    """
    return len(text) <= 40 and ":" not in text.rstrip(":") and not text.rstrip().endswith(_ARROWS)


_ARROWS = ("→", "⟶", "↗")


def _classify_body(p: Paragraph, marks: _Marks, seen: dict, head: str | None, low: str | None,
                   key: str | None = None) -> str:
    """Kinds for a line no rule claimed: repair marks, exact repeats, the headline, captions, list items.

    ``head``: the headline normalised (``_norm``), or None where it is not looked for; ``low``: the
    text lower-cased, ``key``: the text normalised, if at hand. Returns the line's normalised text
    (the key for later repeats).
    """
    t = p.text
    mark = marks.mark(t)
    key = _norm(t) if key is None else key
    if mark is not None:
        p.kind, p.note = mark["action"], mark["note"]
    elif key in seen:
        first = seen[key]
        p.kind, p.duplicate_of = "duplicate", first.line
        p.note = f"Exact repeat of line {first.line} ({first.kind})."
    elif head is not None and key == head:
        p.kind, p.note = "headline", "The headline (kept in the catalogue's headline column)."
    elif _is_caption(t, low):
        p.kind, p.note = "caption", "Photo caption."
    elif _LIST_ITEM.match(t):
        p.kind, p.note = "list_item", "Numbered or bulleted list item."
    return key


def _mark_repeats(paras: list[Paragraph], norms: dict[int, str]) -> None:
    """Mark repeats that are not exact: a shortened caption or a pull quote.

    A pull quote is a line with no end punctuation that also stands inside a longer line.
    ``norms``: ``id(paragraph) -> _norm(text)`` known so far (the others are added as computed).
    """

    def norm_of(q: Paragraph) -> str:
        got = norms.get(id(q))
        if got is None:
            got = norms[id(q)] = _norm(q.text)
        return got

    for p in paras:
        if p.kind != "body" or len(p.text) < 30 or _ends_sentence(p.text):
            continue
        key = norm_of(p)
        host = next((q for q in paras if q is not p and len(q.text) > len(p.text)
                     and q.kind in ("body", "caption", "list_item", "standfirst")
                     and key in norm_of(q)), None)
        if host is None:
            continue
        p.duplicate_of = host.line
        if host.kind == "caption":
            p.kind, p.note = "duplicate", f"Shortened repeat of the caption on line {host.line}."
        else:
            p.kind, p.note = "pull_quote", f"Pull quote: repeats words of line {host.line}."
