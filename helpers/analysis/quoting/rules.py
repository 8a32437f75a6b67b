"""The attribution rules: one function per rule, each over named records.

A :class:`Context` holds one paragraph, its quotation spans and cues, and the article's
:class:`~helpers.analysis.quoting.speakers.Resolver`; :func:`paragraph_quotes` runs the direct-quote
rules over every quotation span, then the indirect-quote rules over every sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import accumulate, islice

from helpers.analysis.quoting.paragraph import Paragraph, quote_spans
from helpers.analysis.quoting.patterns import (
    _ACCORDING_AFTER,
    _ACCORDING_BEFORE,
    _ACCUSED_OF,
    _AFTER_TIME,
    _AS_SHOWED,
    _AUX_HAS,
    _BY,
    _BY_NP,
    _CLAUSE_STOP_RE,
    _CLAUSE_THEN_SPEAKER,
    _COMMA_GAP,
    _CUE_RE,
    _ENDS_SENTENCE,
    _GAP_MARK,
    _GAP_MARK_RE,
    _LEAD,
    _NEXT_WORD,
    _NON_CLAUSE,
    _NP_BEFORE,
    _ONE_NAME,
    _PARTICIPLES,
    _PP_THAT,
    _SHARED_SUBJECT,
    _SOFT_END,
    _STOP_NP,
    _SUBJECT_NP,
    _THAT,
    _TOLD_THAT,
    _WORD,
    ZERO_THAT,
)
from helpers.analysis.quoting.records import Attribution, Cue, Found, LastQuote, Mention, Speaker
from helpers.analysis.quoting.speakers import Resolver, role_phrase_before, role_speaker
from helpers.analysis.roles import RoleWords, role_words

_NON_SPACE = re.compile(r"\S")
_OBJECT_PRONOUNS = {"her": "she", "him": "he", "them": "they", "it": "it", "he": "he", "she": "she", "they": "they"}
_ASIDE_THAT = re.compile(r",\s+[^,“”\"]{1,40},\s+(?=that\b)")
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+|also\s+|then\s+)?$")
_AND_THAT = re.compile(r"(?:,\s*)?\band\s+that\s+")
_IN_WORDS = re.compile(r"(?:^|,\s+|\s)(?:in\s+(?P<p1>his|her|their|its)\s+(?:words|view|opinion)|according\s+to\s+(?P<s>[^,“”\"]{2,60}?))"
                       r",\s+", re.I)
_PARENTHETICAL = re.compile(r"^(?P<q1>[^,“”\"]{10,}?),\s+(?P<s>[^,“”\"]{2,60}?)\s+(?P<c>said|says|explained|added|"
                            r"argued|noted|insisted|warned|claimed|stressed|admitted|believes|recalled),\s+"
                            r"(?P<q2>[^“”\"]{10,}?)[.]?$")
_CUE_WINDOW = 300  # characters after a cue that the clause rules look at
_NP_REACH = 200  # characters before a cue where its noun-phrase speaker may start


def _count_words(text: str, pos: int, endpos: int, limit: int) -> int:
    """Words in ``text[pos:endpos]``, counted up to ``limit`` (a cheap bound for long stretches)."""
    return sum(1 for _ in islice(_WORD.finditer(text, pos, endpos), limit))


def clean_quote(q: str) -> str:
    """Strip white space and the punctuation that joins a quote to its attribution."""
    return q.strip().strip(",;: ").strip()


@dataclass
class Context:
    """One paragraph under attribution, with the article's speaker history."""

    para: Paragraph
    res: Resolver
    spans: list[tuple[int, int]] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    last: LastQuote | None = None
    direct: list[tuple[int, int]] = field(default_factory=list)
    roles: RoleWords = field(default_factory=role_words)

    def __post_init__(self):
        text = self.para.text
        self.spans = quote_spans(text)
        self._span_starts = [a for a, _ in self.spans]
        self._span_reach = list(accumulate((b for _, b in self.spans), max))
        self.cues = [c for c in self.para.cues if not self.inside_span(c.start)] if self.spans else self.para.cues
        self._cue_starts = [c.start for c in self.cues]
        self._stops = None
        self._direct_starts: list[int] = []
        self._direct_reach: list[int] = []
        self._direct_cue: dict[int, int] = {}

    def inside_span(self, pos: int) -> bool:
        """True when ``pos`` lies strictly inside a quotation span."""
        j = bisect.bisect_left(self._span_starts, pos) - 1
        return j >= 0 and self._span_reach[j] > pos

    def span_starts_in(self, lo: int, hi: int) -> bool:
        """True when a quotation opens in ``[lo, hi)``."""
        j = bisect.bisect_left(self._span_starts, lo)
        return j < len(self._span_starts) and self._span_starts[j] < hi

    def cues_in(self, lo: int, hi: int) -> list[Cue]:
        """The cues starting in ``[lo, hi)``."""
        return self.cues[bisect.bisect_left(self._cue_starts, lo):bisect.bisect_left(self._cue_starts, hi)]

    def last_cue_before(self, lo: int, pos: int) -> Cue | None:
        """The last cue inside ``[lo, pos)``."""
        j = bisect.bisect_left(self._cue_starts, pos) - 1
        while j >= 0 and self.cues[j].end > pos:
            j -= 1
        return self.cues[j] if j >= 0 and self.cues[j].start >= lo else None

    def add_direct(self, qs: int, qe: int, cue_start: int = -1) -> None:
        """Record an attributed direct quote (they come in text order) and the cue before it."""
        self.direct.append((qs, qe))
        self._direct_cue[qs] = cue_start
        self._direct_starts.append(qs)
        self._direct_reach.append(max(qe, self._direct_reach[-1]) if self._direct_reach else qe)

    def first_direct_in(self, a: int, b: int) -> tuple[int, int] | None:
        """``(start, cue start)`` of the first attributed direct quote starting in ``[a, b)``."""
        j = bisect.bisect_left(self._direct_starts, a)
        if j < len(self._direct_starts) and self._direct_starts[j] < b:
            qs = self._direct_starts[j]
            return qs, self._direct_cue.get(qs, -1)
        return None

    def overlaps_direct(self, a: int, b: int) -> bool:
        """True when ``[a, b)`` overlaps an attributed direct quote."""
        j = bisect.bisect_left(self._direct_starts, b) - 1
        return j >= 0 and self._direct_reach[j] > a

    def clause_stop(self, lo: int, hi: int) -> int:
        """Where a reported clause starting at ``lo`` stops: a following participle cue, a gap
        marker or a dash aside, else ``hi`` (the sentence end)."""
        if self._stops is None:
            text = self.para.text
            found = [m.start() for m in _CLAUSE_STOP_RE.finditer(text)]
            found += [m.start() for m in _GAP_MARK_RE.finditer(text)]
            self._stops = sorted(found)
        j = bisect.bisect_left(self._stops, lo)
        return min(self._stops[j], hi) if j < len(self._stops) else hi

    def speaker(self, mention: Mention, pos: int) -> Speaker:
        """The speaker written as ``mention``, resolved at ``pos``."""
        raw = self.para.text[mention.start:mention.end]
        actor, kind = self.res.resolve(mention, self.para, pos, raw)
        return Speaker(raw, actor, kind)

    def role_speaker(self, lo: int, hi: int) -> Speaker | None:
        """A role speaker whose phrase ends just before ``hi`` ("a senior EU diplomat, who …,")."""
        found = role_phrase_before(self.para.text, lo, hi, self.roles)
        if found is None:
            return None
        phrase, extra = found
        definite = self.definite_role(phrase, hi)
        if definite is not None:
            return definite
        anaphora = self.phrase_speaker(phrase, hi)  # "the council" -> the council named earlier
        if anaphora.actor:
            return anaphora
        actor, kind, group = role_speaker(phrase, extra, self.roles)
        return Speaker(phrase, actor, kind, group or self.owner_group(hi - len(phrase) - 1, hi))

    def owner_group(self, lo: int, hi: int) -> str:
        """The group of an actor named in a role phrase ("Vučić's spokesperson" -> Serbian government)."""
        m = self.para.first_mention_in(max(0, lo), hi, known_only=True) or self.para.named_in(max(0, lo), hi)
        if m is None:
            return ""
        matcher = self.para.matcher
        if m.actor in matcher.actor:
            return matcher.group[matcher.actor.index(m.actor)]
        person = self.para.people.person(m.actor) if self.para.people is not None else None
        return person.group if person is not None else ""

    def definite_role(self, phrase: str, pos: int) -> Speaker | None:
        """"the ambassador said": the person introduced with that role, else the person who spoke
        or was named last (a role used as a second reference, like a pronoun)."""
        words = phrase.split()
        if len(words) != 2 or words[0].lower() != "the" or words[1].lower() in self.roles.bodies:
            return None
        noun = words[1].lower()
        people = self.para.people
        person = people.by_role(noun) if people is not None else None
        if person is not None:
            return Speaker(phrase, person.name, person.kind)
        if noun.endswith("s") or self.phrase_speaker(phrase, pos).actor:
            return None  # plural, or an anaphora the resolver knows ("the council")
        actor, kind = self.res.any_person(self.para, pos)
        return Speaker(phrase, actor, kind) if actor else None

    def phrase_speaker(self, raw: str, pos: int) -> Speaker:
        """A speaker written as a phrase ("the council", "officials"), resolved at ``pos``."""
        actor, kind = self.res.resolve(None, self.para, pos, raw)
        return Speaker(raw, actor, kind)


# ====================================================================== who goes with a cue
def speaker_of_cue(ctx: Context, cue: Cue, sent_start: int) -> Speaker | None:
    """The speaker of a cue: a passive agent ("described by officials"), the words before a finite
    cue ("Vučić said"), or the subject of the sentence for a participle ("…, saying")."""
    if cue.word in _PARTICIPLES:
        return sentence_subject(ctx, cue, sent_start)
    by = _BY.match(ctx.para.folded, cue.end, cue.end + 40)
    if by:
        return passive_agent(ctx, by.end(), cue.start)
    return speaker_before_cue(ctx, cue, sent_start)


def passive_agent(ctx: Context, p: int, cue_start: int) -> Speaker | None:
    """Rule: "described by officials as “…”": the agent after "by" (a mention, a name or a short phrase)."""
    m = ctx.para.speaker_at(p)
    if m is not None:
        return ctx.speaker(m, cue_start)
    np_ = _BY_NP.match(ctx.para.text[p:p + 60])
    return Speaker(np_.group(1), None, "") if np_ else None


def speaker_before_cue(ctx: Context, cue: Cue, sent_start: int) -> Speaker | None:
    """Rule: a finite cue takes the mention, name or noun phrase just before it in its sentence.

    A name not in the alias table wins over a mention inside its appositive ("Clara Weiss, an EU
    diplomat, said").
    """
    para, cs = ctx.para, cue.start
    m = para.mention_ending_at(cs)
    known = m is not None and m.start >= sent_start
    n = para.name_ending_at(cs, sent_start) if not known or "," in para.folded[sent_start:m.start] else None
    if n is not None and (not known or n.end <= m.start):
        return ctx.speaker(n, cs)
    if known:
        return ctx.speaker(m, cs)
    np_ = _NP_BEFORE.search(para.text, max(sent_start, cs - _NP_REACH), cs)
    phrase = None
    if np_ and np_.group(1) and np_.group(2).split()[-1].lower() not in _STOP_NP:
        phrase = ctx.phrase_speaker(np_.group(1) + np_.group(2), cs)
        if phrase.actor:
            return phrase
    role = ctx.role_speaker(sent_start, cs)
    if role is None and phrase is None and cue.word.endswith(("ed", "said", "told", "wrote", "says"))\
            and _AND_BEFORE.search(para.folded, max(sent_start, cs - 8), cs):
        return sentence_subject(ctx, Cue(cs, cue.end, "and " + cue.word), sent_start)
    return role or phrase


def sentence_subject(ctx: Context, cue: Cue, sent_start: int) -> Speaker | None:
    """Rule: a participle cue ("…, saying") takes the subject of its sentence: an opening name not
    in the alias table, the first mention, a gap marker, or a "the …" phrase."""
    para, cs = ctx.para, cue.start
    last = ctx.last
    if last is not None and last.end <= cs and last.sentence == para.sentence_of(cs) \
            and para.first_subject(last.end, cs) is None:
        return last.speaker  # "“…,” the ambassador said, adding that …"
    earlier = ctx.last_cue_before(sent_start, cs)
    if earlier is not None and earlier.word not in _PARTICIPLES:
        sp = speaker_before_cue(ctx, earlier, sent_start)  # "X warned that …, calling this “…”"
        if sp is not None and sp.actor:
            return sp
    m = para.first_subject(sent_start, cs)
    lead = _LEAD.match(para.folded, sent_start, cs)
    n = para.name_at(lead.end())
    if n is not None and n.end <= cs and (m is None or n.start < m.start):
        return ctx.speaker(n, cs)
    if m is not None:
        return ctx.speaker(m, cs)
    head = para.text[sent_start:cs]
    if _GAP_MARK in head:
        return Speaker(_GAP_MARK, None, "")
    np_ = _SUBJECT_NP.match(head)
    return ctx.phrase_speaker(np_.group(1), cs) if np_ else None


# ====================================================================== direct quotes
def is_name_in_quotes(inner: str) -> bool:
    """A single capitalised word in quote marks (“Jadar”) is a name, never a quotation."""
    core = inner.strip().strip(".,;:!?")
    return not core or bool(_ONE_NAME.fullmatch(core) and not _ENDS_SENTENCE.search(inner))


def speaker_after_quote(ctx: Context, qs: int, qe: int, inner: str) -> Attribution | None:
    """Rule 1: "…,” von der Leyen said / "…?” he asked / "…”, said X (a quote that does not close
    its sentence, then a speaker and a finite cue, or a finite cue and a speaker)."""
    para = ctx.para
    gap = _COMMA_GAP.match(para.folded, qe, qe + 10)
    if not (_SOFT_END.search(inner) or gap.group(0).strip()):  # "…,” she said / "…” — she said
        return None
    p = gap.end()
    if para.folded.startswith("as ", p):  # "“…,” as Kallas put it"
        p += 3
    ment = para.speaker_at(p)
    if ment is not None:
        aux = _AUX_HAS.match(para.folded, ment.end, ment.end + 12).end()
        c = _CUE_RE.match(para.folded, aux)
        if c and c.group(0) not in _PARTICIPLES:
            return Attribution(ctx.speaker(ment, qe), para.text[c.start():c.end()], c.end())
    c = _CUE_RE.match(para.folded, p)
    if c and c.group(0) not in _PARTICIPLES:
        ment = para.speaker_at(c.end() + 1)
        if ment is not None:
            return Attribution(ctx.speaker(ment, qe), para.text[c.start():c.end()], ment.end)
        return role_after_cue(ctx, c)
    return role_then_cue(ctx, p)


_ROLE_AFTER_CUE = re.compile(r"\s+([^,.;:“”\"()]{2,80}?)(?=\s*[,.;:]|\s+(?:who|in|at|on|after|before|during)\b)")


def role_after_cue(ctx: Context, c) -> Attribution | None:
    """Rule 1b: "…,” said a senior EU diplomat / "…,” said the Russian embassy in a statement."""
    m = _ROLE_AFTER_CUE.match(ctx.para.text, c.end(), c.end() + 120)
    if m is None:
        return None
    sp = ctx.role_speaker(m.start(1), m.end(1))
    if sp is None or role_phrase_before(ctx.para.text, m.start(1), m.end(1), ctx.roles)[0] != m.group(1).strip():
        return None
    return Attribution(sp, ctx.para.text[c.start():c.end()], m.end(1))


def role_then_cue(ctx: Context, p: int) -> Attribution | None:
    """Rule 1c: "…,” the embassy said / "…,” one Western ambassador told reporters."""
    c = _CUE_RE.search(ctx.para.folded, p, p + 100)
    if c is None or c.group(0) in _PARTICIPLES or ctx.span_starts_in(p, c.start()):
        return None
    found = role_phrase_before(ctx.para.text, p, c.start(), ctx.roles)
    if found is None or ctx.para.text.find(found[0], p) - p > 2:
        return None
    sp = ctx.role_speaker(p, c.start())
    return Attribution(sp, ctx.para.text[c.start():c.end()], c.end()) if sp is not None else None


def cue_before_quote(ctx: Context, qs: int, qe: int, si: int, sent_start: int) -> Attribution | None:
    """Rule 2: a cue at most 8 words before the quote in its sentence, with no other quote between
    ("Vučić described Maduro as “…”"); a cue without its own speaker shares the subject of the
    previous quote in the sentence ("…,” said X, who described … as “…”")."""
    cue = ctx.last_cue_before(sent_start, qs)
    if cue is None or ctx.span_starts_in(cue.end, qs):
        return None
    if _count_words(ctx.para.text, cue.end, qs, 9) > 8:
        start = clause_start_after_cue(ctx, cue, qs)  # "X told … that the country could not keep “…”"
        if start is None or start > qs or not ctx.para.folded[cue.end:start].rstrip().endswith("that"):
            return None
    sp = speaker_of_cue(ctx, cue, sent_start)
    last = ctx.last
    if sp is None and last is not None and last.sentence == si \
            and _SHARED_SUBJECT.search(ctx.para.folded, sent_start, cue.start):
        sp = last.speaker
    return Attribution(sp, ctx.para.text[cue.start:cue.end], qe, cue.start) if sp is not None else None


def continued_quote(ctx: Context, qs: int, qe: int, si: int, sent_start: int) -> Attribution | None:
    """Rules 3 and 4: a quote with no cue of its own, after an attributed quote with no cue between,
    in the same sentence ("accused Brussels of a “Maidan coup” … by “brainwashing”") or opening a
    sentence ("“…,” von der Leyen said. “…”"), goes to the previous quote's speaker."""
    last = ctx.last
    if last is None or ctx.cues_in(last.end, qs):
        return None
    opens_sentence = _NON_SPACE.search(ctx.para.text, sent_start, qs) is None
    if last.sentence == si or opens_sentence:
        return Attribution(last.speaker, last.cue, qe)
    return None


def in_words_of(ctx: Context, qs: int, qe: int, si: int, sent_start: int) -> Attribution | None:
    """Rule 2b: "According to her, … “…”" / "something that, in his words, “…”" (a source phrase
    earlier in the sentence, with no cue between)."""
    found = list(_IN_WORDS.finditer(ctx.para.text, sent_start, qs))
    m = found[-1] if found else None
    if m is None or ctx.cues_in(m.end(), qs) or ctx.span_starts_in(m.end(), qs):
        return None
    sp = source_speaker(ctx, m.start("s"), m.end("s")) if m.group("s") else None
    if m.group("p1"):
        pron = {"his": "he", "her": "she", "their": "they", "its": "it"}[m.group("p1").lower()]
        actor, kind = ctx.res.resolve(Mention(m.start("p1"), m.end("p1"), None, pron), ctx.para, m.start(), pron)
        sp = Speaker(m.group("p1"), actor, kind)
    if sp is None or not sp.actor:
        return None
    return Attribution(sp, "according to" if m.group("s") else "in the words of", qe)


def source_speaker(ctx: Context, a: int, b: int) -> Speaker | None:
    """The speaker named in a source phrase ("according to X"): an introduced name or organisation,
    an alias-table actor, a pronoun, a name, or a role phrase."""
    para = ctx.para
    pron = _OBJECT_PRONOUNS.get(para.folded[a:b].strip())
    if pron is not None:  # "according to her"
        actor, kind = ctx.res.resolve(Mention(a, b, None, pron), para, a, pron)
        return Speaker(para.text[a:b].strip(), actor, kind)
    ment = para.named_in(a, b) or para.first_mention_in(a, b, known_only=True)
    if ment is None:
        first = para.first_mention_in(a, b)
        ment = first if first is not None and first.actor is None else para.name_at(a)
    if ment is not None:
        return ctx.speaker(ment, a)
    return ctx.role_speaker(a, b)


_COLON_BEFORE = re.compile(r":\s*$")


def after_colon(ctx: Context, qs: int, qe: int, si: int, sent_start: int) -> Attribution | None:
    """Rule 2c: "Ana Brnabić did not mince words: “…”" (a quote after a colon, in a sentence whose
    subject is a person or an organisation; "The message was clear: “…”" has no such subject)."""
    if not _COLON_BEFORE.search(ctx.para.text, max(sent_start, qs - 5), qs):
        return None
    subject = ctx.para.first_subject(sent_start, qs)
    if subject is None or subject.actor is None or subject.kind == "place":
        return None
    lead = ctx.para.text[sent_start:subject.start]
    if "," in lead or len(lead.split()) > 5:  # the subject opens the sentence (after a title at most)
        return None
    return Attribution(ctx.speaker(subject, qs), "", qe)


_DIRECT_RULES = (speaker_after_quote, cue_before_quote, continued_quote)


def direct_quotes(ctx: Context, spans) -> list[Found]:
    """The quotation ``spans`` with a speaker, in text order (spans without one are scare quotes)."""
    para, out = ctx.para, []
    for qs, qe in spans:
        inner = para.text[qs + 1:qe - 1]
        if is_name_in_quotes(inner):
            continue
        si = para.sentence_of(qs)
        sent_start = para.sents[si][0]
        att = speaker_after_quote(ctx, qs, qe, inner) or cue_before_quote(ctx, qs, qe, si, sent_start) \
            or in_words_of(ctx, qs, qe, si, sent_start) or after_colon(ctx, qs, qe, si, sent_start) \
            or continued_quote(ctx, qs, qe, si, sent_start)
        if att is None:
            continue
        ctx.res.remember(att.speaker.actor, att.speaker.kind)
        out.append(Found(qs, att.speaker, att.cue or "", inner.strip(), "direct"))
        ctx.add_direct(qs, qe, att.cue_start)
        ctx.last = LastQuote(att.cue_end, para.sentence_of(qe - 1), att.speaker, att.cue or "")
    return out


# ====================================================================== indirect quotes
def according_to(ctx: Context, s0: int, sent: str) -> Found | None:
    """Rule: "…, according to ISAC Fund data." / "According to X, …" / "As a recent ECFR poll showed, …"
    (the source must be an alias-table actor)."""
    words = _IN_WORDS.match(sent)
    if words and words.group("p1"):  # "In her words, this independent course is …"
        pron = {"his": "he", "her": "she", "their": "they", "its": "it"}[words.group("p1").lower()]
        a = s0 + words.start("p1")
        actor, kind = ctx.res.resolve(Mention(a, a + len(pron), None, pron), ctx.para, a, pron)
        q = sent[words.end():]
        if actor and not ctx.overlaps_direct(s0 + words.end(), s0 + len(sent)):
            return Found(s0 + words.end(), Speaker(words.group("p1"), actor, kind), "in the words of", q, "indirect")
    m = "according" in sent and _ACCORDING_AFTER.match(sent)
    if not m and sent[:1] in ("a", "A"):  # both rules start with "according" / "as", any case
        m = _ACCORDING_BEFORE.match(sent) or _AS_SHOWED.match(sent)
    if not m:
        return None
    if ctx.overlaps_direct(s0 + m.start("q"), s0 + m.end("q")):
        return None
    speaker = source_speaker(ctx, s0 + m.start("s"), s0 + m.end("s"))
    if speaker is None or not speaker.actor:
        return None
    cue = "according to" if "according" in sent.lower() else sent[m.end("s"):m.start("q")].strip(" ,")
    return Found(s0 + m.start("q"), speaker, cue, m.group("q"), "indirect")


def clause_then_speaker(ctx: Context, s0: int, sent: str) -> Found | None:
    """Rule: "Moscow is fully aware …, Kremlin spokesperson Dmitry Peskov has stated." (a clause,
    then its speaker and cue closing the sentence)."""
    if "," not in sent or not sent.endswith((".", ".\n")):
        return None
    m = _CLAUSE_THEN_SPEAKER.match(sent)
    if not m:
        return None
    a = s0 + m.start("s")
    ment = ctx.para.speaker_at(a)
    if ment is None or (s0 + m.end("s") != ment.end and ment.actor is not None):
        return None
    sp = ctx.speaker(ment, a)
    return Found(s0, sp, m.group("c"), m.group("q"), "indirect") if sp.actor else None


def parenthetical(ctx: Context, s0: int, sent: str) -> Found | None:
    """Rule: "The Russian side, he explained, has little reason to sell …" (the attribution inside
    the reported clause, between commas)."""
    if sent.count(",") < 2:
        return None
    m = _PARENTHETICAL.match(sent)
    if not m:
        return None
    a, b = s0 + m.start("s"), s0 + m.end("s")
    ment = ctx.para.speaker_at(a)
    sp = ctx.speaker(ment, a) if ment is not None and ment.end == b else ctx.role_speaker(a, b)
    if sp is None or not sp.actor:
        return None
    clause = m.group("q1") + " " + m.group("q2")
    return Found(s0, sp, m.group("c"), clause, "indirect")


def clause_start_after_cue(ctx: Context, cue: Cue, s1: int) -> int | None:
    """Where the reported clause of a cue starts: after "that", after "told X that", at "X of
    …-ing" after "accused", or right after a say-type cue followed by a time phrase."""
    text, folded = ctx.para.text, ctx.para.folded
    end = min(s1, cue.end + _CUE_WINDOW)
    rest, frest = text[cue.end:end], folded[cue.end:end]
    skip = _AFTER_TIME.match(frest) or _ASIDE_THAT.match(frest)
    k = skip.end() if skip else 0
    told = _TOLD_THAT.match(frest[k:]) if cue.word.startswith(("tel", "told", "inform", "assur")) \
        else _PP_THAT.match(frest[k:])
    if _THAT.match(frest[k:]):
        return cue.end + k + 4
    if told:
        return cue.end + k + told.end()
    if cue.word in ("accused", "accuses", "accuse", "accusing"):
        return cue.end + k if _ACCUSED_OF.match(rest[k:]) else None
    if cue.word in ZERO_THAT:
        nxt = _NEXT_WORD.match(rest[k:])
        if nxt and k > 0 and nxt.group(1).lower() not in _NON_CLAUSE:
            return cue.end + k
    return None


def cue_clause(ctx: Context, cue: Cue, s0: int, s1: int) -> Found | None:
    """Rule: SPEAKER cue (that) CLAUSE / participle cue that CLAUSE / accused X of -ing. The clause
    runs to the sentence end or the next participle cue, gap marker or dash aside; it needs three
    words, a resolved speaker, and no attributed direct quote inside (that counts once, as direct)."""
    start = clause_start_after_cue(ctx, cue, s1)
    if start is None:
        return None
    stop = ctx.clause_stop(start, s1)
    inner = ctx.first_direct_in(start, stop)
    if inner is not None and inner[1] != cue.start and not ctx.overlaps_direct(start, inner[0]):
        cut = ctx.para.text.rfind(",", start, inner[0])  # the quote has its own attribution: "…, something
        if cut > start:                                  # that, in his words, “…”"
            stop = cut
    if ctx.overlaps_direct(start, stop):
        more = _AND_THAT.search(ctx.para.folded, start, stop)  # "… “our Serbian friends” and that both sides …"
        if more is None or ctx.overlaps_direct(more.end(), stop):
            return None
        start = more.end()
    clause = clean_quote(ctx.para.text[start:stop]).rstrip(".")
    if _count_words(clause, 0, len(clause), 3) < 3:
        return None
    sp = speaker_of_cue(ctx, cue, s0)
    if sp is None or not sp.actor:
        return None
    return Found(start, sp, ctx.para.text[cue.start:cue.end], clause, "indirect")


def indirect_quotes(ctx: Context, s0: int, s1: int, sent: str) -> list[Found]:
    """Reported speech of one sentence (speakers are remembered once the sentence is done)."""
    out: list[Found] = []
    here: list[Found] = []
    f = according_to(ctx, s0, sent) or clause_then_speaker(ctx, s0, sent) or parenthetical(ctx, s0, sent)
    if f is not None:
        here.append(f)
    for cue in ctx.cues_in(s0, s1):
        if any(f.start <= cue.start < f.start + len(f.quote) + 40 for f in here):
            continue  # the cue belongs to a clause already reported
        f = cue_clause(ctx, cue, s0, s1)
        if f is not None:
            here.append(f)
    for f in here:
        ctx.res.remember(f.speaker.actor, f.speaker.kind)
        out.append(f._replace(quote=clean_quote(f.quote).rstrip(".")))
    return out


def paragraph_quotes(para: Paragraph, res: Resolver) -> list[Found]:
    """All quotations of one paragraph, in text order. Sentence by sentence, direct quotes first
    decide which words are quoted, then reported speech is looked for outside them."""
    ctx = Context(para, res)
    found: list[Found] = []
    starts = [a for a, _ in ctx.spans]
    k = 0
    for s0, s1, sent in para.sents:  # sentence by sentence: a pronoun may refer to an earlier reported speaker
        j = bisect.bisect_left(starts, s1) if s1 < len(para.text) else len(starts)
        found += direct_quotes(ctx, ctx.spans[k:j])
        k = j
        found += indirect_quotes(ctx, s0, s1, sent)
    found += direct_quotes(ctx, ctx.spans[k:])
    found.sort(key=lambda f: f.start)
    return found
