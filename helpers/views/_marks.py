"""Marks in article text: where frame words, loaded labels and quoted speakers are, and HTML for them.

:func:`find_terms` places a term's matches through the text engine (``helpers._text``), so a
mark sits exactly where ``kwic`` and the analyses find the same term. :class:`Marks` collects,
for every paragraph, the spans and the evidence of the analyses (``frame_scores``, ``labels``, ``quotes``);
:func:`highlight` turns a paragraph and its spans into escaped HTML with properly nested tags.
Everything here is linear in the paragraph's length (times the number of distinct terms or
names in it): no per-match rescans.
"""

from __future__ import annotations

import bisect

import pandas as pd

from helpers._text import find_terms as engine_find_terms
from helpers.errors import CorpusError
from helpers.views._base import Corpus, esc

#: kind -> (tag, css class, tooltip prefix); the order decides nesting when two marks cover
#: exactly the same words (outermost first).
MARKS = {
    "speaker": ("i", "bew-speaker", "quoted speaker"),
    "label": ("u", "bew-label", "loaded label"),
    "frame": ("b", "bew-frame", "frame word"),
}
_RANK = {k: i for i, k in enumerate(MARKS)}


# ---------------------------------------------------------------- term matching
def find_terms(text: str, terms) -> list[tuple[int, int, str]]:
    """Where the ``terms`` occur in ``text``, exactly where the analyses and ``kwic`` find them.

    A thin wrapper of the text engine's :func:`helpers._text.find_terms` (one policy for case,
    diacritics, hyphen/space/joined variants, wildcards, possessives and acronyms in capitals);
    a term the engine refuses (e.g. only punctuation) finds nothing instead of failing a view.

    Parameters
    ----------
    text : str
        The text to search.
    terms : iterable of str
        Lexicon terms (``sanction*``, ``von der Leyen`` ...).

    Returns
    -------
    list of (int, int, str)
        ``(start, end, term)`` in ``text`` coordinates, left to right.
    """
    try:
        return engine_find_terms(text, list(terms))
    except CorpusError:
        return []


# ---------------------------------------------------------------- HTML
def _merge(spans) -> list[tuple[int, int, str, list[str]]]:
    """Clip, drop unknown kinds, and merge overlapping spans of one kind (their notes joined)."""
    by_kind: dict[str, list] = {}
    for s, e, k, n in spans:
        if k in MARKS and e > s:
            by_kind.setdefault(k, []).append((s, e, n))
    out = []
    for kind, items in by_kind.items():
        items.sort(key=lambda x: (x[0], -x[1]))
        cur = None
        for s, e, n in items:
            if cur is not None and s < cur[1]:
                cur[1] = max(cur[1], e)
                if n not in cur[3]:
                    cur[3].append(n)
                continue
            if cur is not None:
                out.append(tuple(cur))
            cur = [s, e, kind, [n]]
        out.append(tuple(cur))
    return out


def _open_tag(span) -> str:
    _s, _e, kind, notes = span
    tag, cls, what = MARKS[kind]
    return f"<{tag} class='{cls}' title='{esc(what + ': ' + '; '.join(notes))}'>"


def _close_tag(span) -> str:
    return f"</{MARKS[span[2]][0]}>"


def highlight(text: str, spans) -> str:
    """``text`` as HTML with ``spans`` = ``[(start, end, kind, note), ...]`` marked.

    Built from escaped segments: the text is cut at every span boundary, each piece is escaped
    on its own and the tags go between pieces, so no article text is ever read as HTML. Spans of
    one kind that overlap merge into one mark (their notes joined in the tooltip). Marks nest: a
    mark that contains another stays one element around it ("The European Union's top official"
    is one italic speaker with a bold word inside); only marks that cross each other's edges are
    closed and reopened. Time is linear in the text plus ``n log n`` in the number of spans.

    Parameters
    ----------
    text : str
        The paragraph.
    spans : iterable of (int, int, str, str)
        Character offsets in ``text``, a kind of :data:`MARKS` (others are ignored) and a note
        for the tooltip.

    Returns
    -------
    str
        Escaped HTML; ``plain text of the result == text``.
    """
    text = "" if text is None else str(text)
    n = len(text)
    spans = _merge((max(0, int(s)), min(n, int(e)), k, str(nt)) for s, e, k, nt in spans)
    if not spans:
        return esc(text)
    # outer marks open first: earlier start, then longer, then MARKS order
    spans.sort(key=lambda sp: (sp[0], -sp[1], _RANK[sp[2]]))
    cuts = sorted({0, n, *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out, stack, nxt = [], [], 0
    for a, b in zip(cuts, cuts[1:]):
        out.append(_close_ended(stack, a))
        while nxt < len(spans) and spans[nxt][0] == a:
            stack.append(spans[nxt])
            out.append(_open_tag(spans[nxt]))
            nxt += 1
        out.append(esc(text[a:b]))
    out.append(_close_ended(stack, n))
    return "".join(out)


def _close_ended(stack: list, pos: int) -> str:
    """Close the marks that end at ``pos``; marks above them on the stack that go on are closed
    and reopened (they cross an edge), so the HTML stays well nested."""
    if not any(sp[1] <= pos for sp in stack):
        return ""
    first = next(i for i, sp in enumerate(stack) if sp[1] <= pos)
    popped = stack[first:]
    del stack[first:]
    html = "".join(_close_tag(sp) for sp in reversed(popped))
    for sp in popped:
        if sp[1] > pos:
            stack.append(sp)
            html += _open_tag(sp)
    return html


# ---------------------------------------------------------------- marks of a corpus
class Marks:
    """Frame words, loaded labels and quoted speakers of every paragraph, as spans and evidence.

    Computed once per view (one call each to ``frame_scores``, ``labels`` and ``quotes``); every
    theme and every source selection reuses it. The generic frames (conflict, economic,
    responsibility, human interest, morality) are marked as frame words; the geopolitical axis
    (``axis == "geopolitical"``: eu_west, russia_china) is counted per paragraph in ``axis``
    instead (bolding it would mark nearly every noun). ``dictionary`` is a frame dictionary as
    :func:`helpers.analysis.frames.frame_scores` takes it (default the shipped one).

    Attributes
    ----------
    spans : dict
        paragraph_id -> ``[(start, end, kind, note), ...]``.
    evidence : dict
        paragraph_id -> kind -> ``{"evidence text": None}`` (ordered, unique); kinds ``frame``,
        ``axis``, ``label``, ``speaker``.
    axis : dict
        paragraph_id -> axis frame (``eu_west``, ``russia_china``) -> number of hits.
    speakers : dict
        paragraph_id -> ``{"actor (group)": None}`` quoted there.
    """

    def __init__(self, corpus: Corpus, quotes: pd.DataFrame | None = None, dictionary=None, aliases=None):
        self.spans: dict[str, list] = {}
        self.evidence: dict[str, dict[str, dict]] = {}
        self.axis: dict[str, dict[str, int]] = {}
        self.speakers: dict[str, dict[str, None]] = {}
        self._frames(corpus, dictionary)
        self._labels(corpus)
        self._quotes(corpus, quotes, aliases)

    def _note(self, pid: str, kind: str, evidence: str) -> None:
        self.evidence.setdefault(pid, {}).setdefault(kind, {})[evidence] = None

    def _add(self, pid, start, end, kind, note, evidence):
        self.spans.setdefault(pid, []).append((start, end, kind, note))
        self._note(pid, kind, evidence)

    def _frames(self, corpus: Corpus, dictionary):
        from helpers.analysis.frames import frame_dictionary, frame_scores

        fs = frame_scores(corpus.paragraphs, dictionary=dictionary, level="paragraph")
        fs = fs[fs["hits"] > 0]
        if isinstance(dictionary, dict):
            terms = {f: list(t) for f, t in dictionary.items()}
        else:
            d = frame_dictionary() if dictionary is None else dictionary
            terms = {f: list(g) for f, g in d.groupby("frame", sort=False)["term"]}
        for row in fs.itertuples(index=False):
            pid, text = row.paragraph_id, corpus.para_text.get(row.paragraph_id, "")
            if str(row.axis) == "geopolitical":
                counts = self.axis.setdefault(pid, {})
                counts[row.frame] = counts.get(row.frame, 0) + int(row.hits)
                self._note(pid, "axis", f"{row.frame}: {row.matched}")
                continue
            # the frame's own terms, found by the engine exactly where frame_scores found them
            for s, e, _ in find_terms(text, terms.get(row.frame, [])):
                self._add(pid, s, e, "frame", row.frame, f"{row.frame}: {text[s:e]}")

    def _labels(self, corpus: Corpus):
        from helpers.analysis.labelling import labels

        sents = corpus.sentences
        offset = dict(zip(sents["sentence_id"], sents["start"], strict=True))
        places: dict[tuple[str, str], list] = {}  # (paragraph, words) -> their places, found once
        for row in labels(sents).itertuples(index=False):
            pid, text = row.paragraph_id, corpus.para_text.get(row.paragraph_id, "")
            s = offset.get(row.sentence_id, 0) + int(row.start)
            e = s + (int(row.end) - int(row.start))
            if text[s:e] != row.match:  # offsets disagree: the first place of the words from here on
                key = (pid, row.match)
                if key not in places:
                    places[key] = find_terms(text, [row.match])
                hits = places[key]
                i = bisect.bisect_left(hits, (s,))
                if not hits:
                    continue
                s, e, _ = hits[min(i, len(hits) - 1)]
            note = f"{row.category}" + (" (inside a quotation)" if row.quoted else "")
            self._add(pid, s, e, "label", note,
                      f"{row.match} [{row.category}{', quoted' if row.quoted else ''}] ({row.sentence_id})")

    def _quotes(self, corpus: Corpus, quotes: pd.DataFrame | None, aliases=None):
        if quotes is None:
            from helpers.analysis.quoting import quotes as _quotes

            quotes = _quotes(corpus.paragraphs, aliases=aliases)
        sents = corpus.sentences
        span = dict(zip(sents["sentence_id"], zip(sents["start"], sents["end"], strict=True), strict=True))
        # the speaker's words in the quote's sentence, else their first place in the paragraph; each
        # searched once per (sentence, name), the paragraph only when the sentence lacks the name, so
        # a one-paragraph article with thousands of speakers is not read once per speaker
        in_sentence: dict[tuple[str, str, str], tuple | None] = {}
        first: dict[tuple[str, str], tuple | None] = {}
        for row in quotes.itertuples(index=False):
            pid, name = row.paragraph_id, str(row.speaker or "").strip()
            who = f"{row.actor or name} ({row.group or 'unresolved'})"
            text = corpus.para_text.get(pid, "")
            lo, hi = span.get(row.sentence_id, (0, len(text)))
            key = (pid, row.sentence_id, name)
            if key not in in_sentence:
                found = find_terms(text[lo:hi], [name]) if name else []
                in_sentence[key] = (lo + found[0][0], lo + found[0][1]) if found else None
            hit = in_sentence[key]
            if hit is None and name:
                if (pid, name) not in first:
                    found = find_terms(text, [name])
                    first[(pid, name)] = found[0][:2] if found else None
                hit = first[(pid, name)]
            if hit is None:
                self._note(pid, "speaker", f"{who} ({row.sentence_id})")
            else:
                self._add(pid, hit[0], hit[1], "speaker", who, f"{who} ({row.sentence_id})")
            self.speakers.setdefault(pid, {})[who] = None

    def listed(self, pid: str, kind: str) -> list[str]:
        """The evidence of one kind in one paragraph.

        Returns
        -------
        list of str
            In the order found, without repeats.
        """
        return list(self.evidence.get(pid, {}).get(kind, {}))
