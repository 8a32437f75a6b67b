"""One paragraph prepared for attribution: quotation spans, sentences, cues, mentions and names.

Every look-up is a binary search over sorted positions, so the rules stay linear in paragraph
length (a 1 MB one-line paragraph goes through in seconds, not minutes).
"""

from __future__ import annotations

import bisect

from helpers._text.fold import fold, split_sentences
from helpers._text.programs import re_compile
from helpers.analysis.quoting.findings import (
    DOCUMENT_ONLY_CUES,
    REPORT_CUES,
    document_subject_before,
    reports_is_a_verb,
)
from helpers.analysis.quoting.patterns import (
    _APPOSITIVE,
    _ASIDE,
    _CUE_RE,
    _GAP_BEFORE_CUE,
    _NAME_RE,
    _NOT_NAME,
    _OTHER_TRIGGERS,
    _PRONOUN_RE,
    _PRONOUNS,
    _QUOTE_CHARS,
    _QUOTE_RE,
    _SINGLE_CLOSE,
    _SINGLE_OPEN,
    _WHO_GAP,
)
from helpers.analysis.quoting.records import Cue, Mention
from helpers.analysis.quoting.speakers import name_in

_NOUN_STATE = re_compile(r"(?<!\w)(?:member|united|the|other|these|those|all|western|balkan|candidate|"
                         r"eu|nation|baltic|gulf|arab|african|partner|neighbouring|neighboring|many|several|some|few)\s+\Z")
#: Cue words that are also plural nouns: before "of" they are the noun ("claims of fraud", "estimates
#: of the cost"), never a speech verb.
_PLURAL_NOUN_CUES = frozenset({"claims", "notes", "remarks", "comments", "estimates", "replies", "calls"})
#: Cue words that are also nouns: after a determiner they are the noun ("told reporters on a conference
#: call that …", "in his comments", "the claim"), never a speech verb.
_NOUN_CUES = frozenset({"call", "calls", "comment", "comments", "note", "notes", "claim", "claims", "reply",
                        "replies", "remark", "remarks", "estimate", "estimates", "label", "term", "repeat"})
_DETERMINER_BEFORE = re_compile(r"(?<!\w)(?:a|an|the|his|her|its|their|our|my|your|this|these|those|every"
                                r"|each|conference|phone|telephone|video)\s+\Z")
_PASSIVE_AUX = re_compile(r"(?<!\w)(?:been|was|were|being|is|are|be)\s+\Z")
_GAP_REACH = 200  # characters a cue may sit after its speaker (auxiliaries, adverbs, a comma)
def _object_before_comma(folded: str, hit: Mention, gap: str) -> bool:
    """True when ``hit`` lies inside a participial aside that ends at the cue.

    "Lavrov, in an interview with Rossiya-1, said": the aside (", in an interview with Rossiya-1,")
    holds the name, which is an object, not the speaker.
    """
    if not gap.lstrip().startswith(","):
        return False
    comma = folded.rfind(",", max(0, hit.start - 120), hit.start)
    return comma >= 0 and _ASIDE.match(folded[comma:hit.end + len(gap)]) is not None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each quotation in ``text``, marks included, sorted.

    Curly “…” and straight "…" pairs (and an opening mark never closed before the paragraph ends:
    the quote runs to the end); a curly single ‘…’ only when an opening ‘ (after a space,
    bracket or dash) is closed by a ’ not followed by a letter within 400 characters (so that
    apostrophes such as Vučić’s never open a quote).
    """
    spans = [m.span() for m in _QUOTE_RE.finditer(text)]
    unclosed = _unclosed_at_end(text, spans[-1][1] if spans else 0)
    if unclosed is not None:
        spans.append(unclosed)
    if "‘" not in text:
        return spans  # already sorted: finditer goes left to right
    starts = [a for a, _ in spans]
    singles = []
    for m in _SINGLE_OPEN.finditer(text):
        s = m.start()
        j = bisect.bisect_right(starts, s) - 1
        if j >= 0 and spans[j][0] <= s < spans[j][1]:
            continue
        c = _SINGLE_CLOSE.search(text, s + 2, min(len(text), s + 400))
        if c and "‘" not in text[s + 1:c.start()]:
            singles.append((s, c.end()))
    return sorted(spans + singles)


def _unclosed_at_end(text: str, after: int) -> tuple[int, int] | None:
    """A quotation opened after ``after`` and never closed.

    A quotation opened after ``after`` and never closed: it runs to the end of the paragraph
    (a quote that continues in the next paragraph, or a mark the writer forgot). Its span ends one
    past the text, so that ``text[start + 1:end - 1]`` is the quoted words.
    """
    p = max(text.rfind("“"), text.rfind('"'))
    if p < after or "”" in text[p + 1:] or not text[p + 1:].strip():
        return None
    return p, len(text) + 1


class AliasWords:
    """The alias table's rows by the words of their aliases (folded), built once per call of ``quotes()``.

    "the president said": the actors whose aliases hold "president" are looked up by word, not by
    folding every alias of the table again for each such cue.
    """

    def __init__(self, matcher):
        self.matcher = matcher
        self._rows: dict[str, list[int]] = {}
        self._titles: dict[str, list[str]] = {}  # actor -> its aliases: a table person's role words
        for row, alias in enumerate(matcher.alias):
            for word in set(fold(alias).lower().split()):
                self._rows.setdefault(word, []).append(row)
            self._titles.setdefault(matcher.actor[row], []).append(alias)
        self._group = dict(zip(matcher.actor, matcher.group))
        self._not_people = {a for a, k in zip(matcher.actor, matcher.kind) if k not in ("he", "she")}

    def actors(self, words, group: str = "") -> set:
        """The actors of the alias rows holding one of ``words`` (only rows of ``group`` when given)."""
        actor, groups = self.matcher.actor, self.matcher.group
        rows = (r for w in set(words) for r in self._rows.get(w, ()))
        return {actor[r] for r in rows if not group or groups[r] == group}

    def titles(self, actor: str) -> str:
        """The aliases of ``actor`` joined ("Foreign Minister Sergei Lavrov Lavrov …"): their role words."""
        return " ".join(self._titles.get(actor, ()))

    def person(self, actor: str) -> bool:
        """True for an alias-table person: each alias of ``actor`` names them (not Russia)."""
        return actor in self._titles and actor not in self._not_people

    def group_of(self, actor: str) -> str:
        """The group of the alias-table ``actor`` ("" for a name the table does not know)."""
        return self._group.get(actor, "")


class Paragraph:
    """One paragraph: text, folded text, sentences, cues, actor mentions, pronouns and names.

    ``sents``: the loader's ``(start, end, text)`` split of this paragraph (the same function),
    else it is split here. ``hits``: the paragraph's alias matches ``(start, end, alias row)``
    when the caller has them (``quotes(mentions=...)``), else the matcher runs on first use.
    ``alias_words``: the matcher's :class:`AliasWords` when the caller built them (else on first use).
    """

    def __init__(self, text: str, folded: str, matcher, sents=None, hits=None, people=None, alias_words=None):
        self.text, self.folded, self.matcher = text, folded, matcher
        self._alias_words = alias_words
        self.people = people  # the article's People (names introduced so far), or None
        self.protest_article = False  # the article reports a protest: residents are protesters (table.py)
        self.named: list[Mention] = []  # names and surnames of people the article introduced, sorted
        self.introduced: dict[str, int] = {}  # people first named here -> where (role_holders.py)
        self._named_starts: list[int] = []
        self._antecedents: list[Mention] = []  # named + names with no role (for pronouns)
        self._antecedent_starts: list[int] = []
        self.sents = sents or split_sentences(text) or [(0, len(text), text)]
        self._sent_ends = [e for _s, e, _t in self.sents]
        self._hits = hits
        self._alias: list[Mention] | None = None  # the alias matches as mentions, in the matcher's order
        self._mentions = None
        self._mention_starts = None
        self._names = None
        self._name_list: list | None = None  # every _NAME_RE match, when asked for at once (name_matches)
        self._cues = None
        self._quoted: list[tuple[int, int]] | None = None  # quotation spans, found on first use

    @property
    def alias_words(self) -> AliasWords:
        """The matcher's aliases by word (see :class:`AliasWords`)."""
        if self._alias_words is None:
            self._alias_words = AliasWords(self.matcher)
        return self._alias_words

    def in_quote(self, pos: int) -> bool:
        """True when ``pos`` lies inside a quotation of this paragraph (spans found once, on first use)."""
        if self._quoted is None:
            self._quoted = quote_spans(self.text)
        j = bisect.bisect_right(self._quoted, (pos, len(self.text) + 2)) - 1
        return j >= 0 and self._quoted[j][0] < pos < self._quoted[j][1]

    # ---------------------------------------------------------------- mentions and pronouns
    @property
    def mentions(self) -> list[Mention]:
        """Actor mentions and pronouns, sorted and not overlapping, found on first use."""
        if self._mentions is None:
            found = list(self._alias_mentions())
            starts = [m.start for m in found]
            for m in _PRONOUN_RE.finditer(self.folded):
                j = bisect.bisect_right(starts, m.start()) - 1
                if j < 0 or found[j].end <= m.start():
                    found.append(Mention(m.start(), m.end(), None, _PRONOUNS[m.group(1)]))
            found.sort()
            self._mentions = found
            self._mention_starts = [m.start for m in found]
        return self._mentions

    def _alias_mentions(self) -> list[Mention]:
        """The alias matches as mentions, in the matcher's order (the matcher runs once, if needed)."""
        if self._alias is None:
            matcher = self.matcher
            hits = self._hits if self._hits is not None else matcher.find(self.text, self.folded)
            self._alias = [Mention(s, e, matcher.actor[r], matcher.kind[r]) for s, e, r in hits]
        return self._alias

    def known_mentions(self) -> list[Mention]:
        """The mentions of alias-table actors, sorted: :attr:`mentions` without the pronouns.

        Pronouns are looked for only when a rule reads :attr:`mentions` (a paragraph that cannot
        quote is never scanned for them).
        """
        return [m for m in sorted(self._alias_mentions()) if m.actor is not None]

    def mention_at(self, pos: int) -> Mention | None:
        """The mention (or pronoun) starting exactly at ``pos``."""
        mentions = self.mentions
        j = bisect.bisect_left(self._mention_starts, pos)
        return mentions[j] if j < len(mentions) and mentions[j].start == pos else None

    def first_mention_in(self, lo: int, hi: int, known_only: bool = False) -> Mention | None:
        """The first mention starting in ``[lo, hi)`` (an alias-table actor when ``known_only``)."""
        mentions = self.mentions
        for j in range(bisect.bisect_left(self._mention_starts, lo), len(mentions)):
            m = mentions[j]
            if m.start >= hi:
                break
            if not known_only or m.actor is not None:
                return m
        return None

    def first_subject(self, lo: int, hi: int) -> Mention | None:
        """The first mention, pronoun or introduced name in ``[lo, hi)``.

        The first mention, pronoun or introduced name in ``[lo, hi)`` (the subject of a sentence,
        roughly).
        """
        m, n = self.first_mention_in(lo, hi), self.named_in(lo, hi)
        return n if n is not None and (m is None or n.start < m.start) else m

    def mention_ending_at(self, pos: int) -> Mention | None:
        """The mention whose end is just before ``pos`` (only auxiliaries, adverbs or a comma between)."""
        mentions = self.mentions
        j = bisect.bisect_left(self._mention_starts, pos) - 1
        while j >= 0 and mentions[j].end > pos - _GAP_REACH:
            m = mentions[j]
            gap = self.folded[m.end:pos]
            if m.end <= pos and (_GAP_BEFORE_CUE.match(gap) or _ASIDE.match(gap) or _WHO_GAP.match(gap)
                                 or _APPOSITIVE.match(gap)) and not _object_before_comma(self.folded, m, gap):
                return m
            j -= 1
        return None

    def set_named(self, named: list[Mention], others: list[Mention] = ()) -> None:
        """The names that pronouns may refer to.

        The names (and surnames) of people and organisations introduced in the article, here, and
        other names of people (no role said) that pronouns may refer to.
        """
        self.named = sorted(named)
        self._named_starts = [m.start for m in self.named]
        self._antecedents = sorted([*self.named, *others])
        self._antecedent_starts = [m.start for m in self._antecedents]

    def mentions_before(self, pos: int):
        """Mentions ending at or before ``pos``, nearest first.

        Mentions of alias-table actors and of people the article introduced ending at or before
        ``pos``, nearest first (a generator).
        """
        mentions, named = self.mentions, self._antecedents
        j = bisect.bisect_left(self._mention_starts, pos) - 1
        k = bisect.bisect_left(self._antecedent_starts, pos) - 1
        while j >= 0 or k >= 0:
            if k < 0 or (j >= 0 and mentions[j].start > named[k].start):
                m, j = mentions[j], j - 1
            else:
                m, k = named[k], k - 1
            if m.end <= pos and m.actor:
                yield m

    def named_at(self, pos: int) -> Mention | None:
        """The introduced name starting at ``pos``."""
        j = bisect.bisect_left(self._named_starts, pos)
        return self.named[j] if j < len(self.named) and self.named[j].start == pos else None

    def named_in(self, lo: int, hi: int) -> Mention | None:
        """The first introduced name starting in ``[lo, hi)``."""
        j = bisect.bisect_left(self._named_starts, lo)
        return self.named[j] if j < len(self.named) and self.named[j].start < hi else None

    # ---------------------------------------------------------------- cues and sentences
    def may_quote(self) -> bool:
        """False when no rule can fire.

        False when no rule can fire: no quotation mark, no cue word, no "according" and no verb
        of "as X showed/found/reported".
        """
        return bool(self.cues or _QUOTE_CHARS.search(self.text) or _OTHER_TRIGGERS.search(self.folded))

    @property
    def cues(self) -> list[Cue]:
        """Every cue word in the paragraph, found on first use."""
        if self._cues is None:
            folded = self.folded
            self._cues = [Cue(m.start(), m.end(), m.group(0)) for m in _CUE_RE.finditer(folded)
                          if folded[m.start() - 1:m.start()] != "-"  # "so-called", "long-awaited"
                          and not (_PASSIVE_AUX.search(folded, max(0, m.start() - 12), m.start())
                                   and not folded.startswith(" by ", m.end()))  # "had been warned"
                          and not (m.group(0) in ("state", "states")
                                   and _NOUN_STATE.search(folded, max(0, m.start() - 20), m.start()))
                          and not (m.group(0) in _PLURAL_NOUN_CUES  # "claims of unreliability": a noun
                                   and folded.startswith(" of ", m.end()))
                          and not (m.group(0) in _NOUN_CUES  # "on a conference call": a noun
                                   and _DETERMINER_BEFORE.search(folded, max(0, m.start() - 12), m.start()))
                          and not (m.group(0) in DOCUMENT_ONLY_CUES  # "data show": "demands show" is no cue
                                   and not document_subject_before(folded, m.start()))
                          and not (m.group(0) in REPORT_CUES  # "X reports that"; "media reports that": a noun
                                   and not reports_is_a_verb(folded, m.start(), m.end()))]
        return self._cues

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (the first or last one for positions outside)."""
        return min(bisect.bisect_right(self._sent_ends, pos), len(self.sents) - 1)

    # ---------------------------------------------------------------- names not in the alias table
    def name_matches(self) -> list:
        """Every ``_NAME_RE`` match of the text, in order: one scan for the paragraph.

        The article's :class:`~helpers.analysis.quoting.people.People` registers the names of the
        same text (``quotes`` passes these matches to ``names_in``), and the rules' name look-ups
        (:meth:`_name_matches`) read the same list instead of scanning the text again.
        """
        if self._name_list is None:
            self._name_list = list(_NAME_RE.finditer(self.text))
        return self._name_list

    def _name_matches(self, upto: int | None = None) -> tuple[list, list]:
        """Starts and ends of the ``_NAME_RE`` matches, found on first use.

        Starts and ends of the ``_NAME_RE`` matches, found on first use and only as far into the
        paragraph as asked: every match starting at or before ``upto`` (None: all of them). The scan
        goes on from where it stopped, so the matches are those of one scan of the whole text. Each
        match is turned into a name only when a rule asks about its position (see :meth:`_name_of`).
        """
        if self._names is None:
            known = [m for m in self.mentions if m.actor is not None]
            scan = _NAME_RE.finditer(self.text) if self._name_list is None else iter(self._name_list)
            self._names = [[], [], known, [m.start for m in known], {}, scan]
        starts, ends, *_, scan = self._names
        if scan is not None and (upto is None or not starts or starts[-1] <= upto):
            for m in scan:
                starts.append(m.start())
                ends.append(m.end())
                if upto is not None and starts[-1] > upto:
                    break
            else:
                self._names[5] = None  # the whole text is scanned
        return starts, ends

    def _name_of(self, j: int) -> Mention | None:
        """The name in match ``j`` (see :func:`helpers.analysis.quoting.speakers.name_in`)."""
        starts, ends, known, known_starts, done, _ = self._names
        if j not in done:
            hit = name_in(self.text, starts[j], ends[j], known, known_starts)
            if hit is not None and self.people is not None:
                person = self.people.canonical(hit.actor)
                if person is not None:
                    hit = hit._replace(actor=person.name, kind=person.kind)
            done[j] = hit or self._surname(starts[j], ends[j])
        return done[j]

    def _surname(self, s: int, e: int) -> Mention | None:
        """A surname standing alone for a person introduced earlier in the article ("Kallas said")."""
        if self.people is None or not self.people.by_surname:
            return None
        toks = self.text[s:e].split()
        lead = 0
        while lead < len(toks) and toks[lead].lower().rstrip(".") in _NOT_NAME:
            lead += 1
        if len(toks) - lead != 1:
            return None
        person = self.people.surname(toks[-1])
        if person is None:
            return None
        start = self.text.index(toks[-1], s)
        return Mention(start, start + len(toks[-1]), person.name, person.kind)

    def name_at(self, pos: int) -> Mention | None:
        """A name not in the alias table starting at ``pos``."""
        starts, ends = self._name_matches(pos)
        j = bisect.bisect_right(starts, pos) - 1  # the only match that can hold pos (they do not overlap)
        if j < 0 or ends[j] <= pos:
            return None
        hit = self._name_of(j)
        return hit if hit is not None and hit.start == pos else None

    def speaker_at(self, pos: int) -> Mention | None:
        """A mention, pronoun, introduced name or other name starting at ``pos``."""
        return self.mention_at(pos) or self.named_at(pos) or self.name_at(pos)

    def name_ending_at(self, pos: int, lo: int) -> Mention | None:
        """A name not in the alias table just before ``pos``.

        A name not in the alias table in ``[lo, pos)`` just before ``pos`` (a comma, auxiliaries
        or adverbs between, or an appositive: "Clara Weiss, a fictional EU diplomat, said").
        """
        j = bisect.bisect_left(self._named_starts, pos) - 1
        while j >= 0 and self.named[j].end > pos - _GAP_REACH:
            hit = self.named[j]
            if lo <= hit.start and hit.end <= pos:
                gap = self.folded[hit.end:pos]
                if (_GAP_BEFORE_CUE.match(gap) or _APPOSITIVE.match(gap) or _ASIDE.match(gap)
                        or _WHO_GAP.match(gap)) and not _object_before_comma(self.folded, hit, gap):
                    return hit
            j -= 1
        starts, ends = self._name_matches(pos)
        best = None
        # a name lies inside its match: only matches ending after lo and starting before pos qualify
        lo_j = max(bisect.bisect_right(ends, lo), bisect.bisect_right(ends, pos - _GAP_REACH))
        for j in range(lo_j, bisect.bisect_left(starts, pos)):
            hit = self._name_of(j)
            if hit is not None and lo <= hit.start and hit.end <= pos:
                gap = self.folded[hit.end:pos]
                if _GAP_BEFORE_CUE.match(gap) or _APPOSITIVE.match(gap) or _ASIDE.match(gap):
                    best = hit
        return best
