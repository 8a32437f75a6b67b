"""The context the attribution rules share.

The context the attribution rules share: one paragraph under attribution (:class:`Context`),
and who goes with a cue (the speaker of a finite cue, a passive agent, a sentence's subject).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import accumulate, islice

from helpers._text.fold import fold
from helpers._text.patterns import MatchStarts
from helpers._text.programs import re_compile
from helpers.analysis.quoting import introductions as intro
from helpers.analysis.quoting import speakers as spk
from helpers.analysis.quoting.heads import (
    head_of_apposition,
    member_of_side,
    person_before_body,
    person_of_title,
    possessor_title,
    subject_before_by,
)
from helpers.analysis.quoting.indefinite import another_group, indefinite_subject, one_of_them
from helpers.analysis.quoting.introductions import DOCUMENT_WORDS
from helpers.analysis.quoting.lone_names import lone_name_subject
from helpers.analysis.quoting.name_forms import _PORTFOLIO_WORDS
from helpers.analysis.quoting.origins import from_speaker
from helpers.analysis.quoting.paragraph import Paragraph, quote_spans
from helpers.analysis.quoting.patterns import (
    _BY,
    _BY_NP,
    _CLAUSE_STOP_RE,
    _DATELINE,
    _GAP_MARK,
    _GAP_MARK_RE,
    _LEAD,
    _NOT_NAME,
    _NP_BEFORE,
    _PARTICIPLES,
    _STOP_NP,
    _SUBJECT_NP,
    _WORD,
)
from helpers.analysis.quoting.records import Cue, LastQuote, Mention, Speaker
from helpers.analysis.quoting.references import body_speaker, classifier_group, second_reference
from helpers.analysis.quoting.role_holders import named_holder, owners_office, role_holder
from helpers.analysis.quoting.speakers import Resolver, given_name, role_phrase_before, role_speaker
from helpers.analysis.quoting.unnamed_groups import local_group
from helpers.analysis.roles import RoleWords, role_class, role_words

_NON_SPACE = re_compile(r"\S")
_OBJECT_PRONOUNS = {"her": "she", "him": "he", "them": "they", "it": "it",
                    "he": "he", "she": "she", "they": "they"}
_AND_BEFORE = re_compile(r"\b(?:and|but)\s+(?:\w+ly\s+|also\s+|then\s+)?$")
_AND_THAT = re_compile(r"(?:,\s*)?\b(?:and|but)\s+that\s+")
_IN_WORDS = re_compile(r"(?:^|,\s+|\s)(?:in\s+(?P<p1>his|her|their|its)\s+(?:words|view|opinion)"
                       r"|according\s+to\s+(?P<s>[^,“”\"]{2,60}?))"
                       r",\s+", re.I)
_ADVERB_BEFORE = re_compile(r"\s(?:also|further|again|then|still|now|already|often|[a-z]{3,}ly)\s*$")
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
        """Index the paragraph's quotation spans and the cues outside them."""
        text = self.para.text
        self.spans = quote_spans(text)
        self._span_starts = [a for a, _ in self.spans]
        self._span_reach = list(accumulate((b for _, b in self.spans), max))
        self.cues = ([c for c in self.para.cues if not self.inside_span(c.start)] if self.spans
                     else self.para.cues)
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
        """Where a reported clause starting at ``lo`` stops.

        Where a reported clause starting at ``lo`` stops: a following participle cue, a gap
        marker or a dash aside, else ``hi`` (the sentence end).
        """
        if self._stops is None:  # each scan goes only as far as a clause asks (most end early)
            text = self.para.text
            self._stops = (MatchStarts(_CLAUSE_STOP_RE, text), MatchStarts(_GAP_MARK_RE, text))
        found = [at for at in (stops.first_from(lo) for stops in self._stops) if at is not None]
        return min(min(found), hi) if found else hi

    def speaker(self, mention: Mention, pos: int) -> Speaker:
        """The speaker written as ``mention``, resolved at ``pos``."""
        raw = self.para.text[mention.start:mention.end]
        other = second_reference(self.para, self.res, self.roles, mention, raw) \
            or named_holder(self.para, self.res, self.roles, mention, raw)  # "the Russian ambassador": X
        actor, kind = other or self.res.resolve(mention, self.para, pos, raw)
        return Speaker(raw, actor, kind, classifier_group(self.para, self.roles, mention, actor))

    def role_speaker(self, lo: int, hi: int) -> Speaker | None:
        """A role speaker whose phrase ends just before ``hi`` ("a senior EU diplomat, who …,")."""
        found = role_phrase_before(self.para.text, lo, hi, self.roles)
        if found is None:
            return None
        phrase, extra = found
        named = spk.appositive_name(self.para, self.para.text.rfind(phrase, lo, hi), lo, hi)
        if named is not None:  # "Wei Lan, general manager of the mill, told": Wei Lan; "Jana, a student"
            return spk.lone_name_group(self.speaker(named, hi), role_speaker(phrase, extra, self.roles)[2])
        definite = self.definite_role(phrase, hi, self.para.text.rfind(phrase, lo, hi))
        if definite is not None:
            return definite
        anaphora = self.phrase_speaker(phrase, hi)  # "the council" -> the council named earlier
        if anaphora.actor and not spk.owner_conflict(self.roles, self.para, phrase, anaphora.actor):
            return anaphora
        office = owners_office(self.para.people, self.roles, phrase)  # "the company's press office"
        if office is not None:
            return Speaker(phrase, office.name, "organisation", office.group)
        actor, kind, group = role_speaker(phrase, extra, self.roles)
        people = self.para.people  # "Parliament says" in a report on MEPs: the European Parliament
        group = intro.parliament_group(people is not None and people.in_parliament, phrase) or group
        named = given_name(self.para.text, lo, hi) if kind == "person" else None
        if named is not None:  # "a student who gave her name only as Teodora": Teodora, a student
            return Speaker(phrase, *named, group)
        alike = another_group(self.res, self.roles, phrase)  # "Another diplomat": the first one's group
        if group and not alike and not self.roles.owner_named(phrase + " " + extra) \
                and kind != "organisation":
            group = self.topic_group(hi - len(phrase)) or group  # "Brussels has looked away. Officials argue"
        group = alike or group or self.owner_group(hi - len(phrase) - 1, hi)
        group = local_group(self.roles.head(phrase), group, self.para.protest_article)  # residents: round 25
        shown = f"{phrase} {extra}" if extra and kind == "people" else phrase  # "Critics of the plan"
        sp = Speaker(shown, actor, kind, group)  # "the Delegation" after "the EU delegation": the EU's
        return sp if group else body_speaker(self.para, self.res, self.roles, sp, hi - len(phrase))

    def topic_group(self, pos: int) -> str:
        """The group of the state that opens the previous sentence ("Brussels has looked away."), if any.

        A state role with no owner ("Officials argue", level 3 in ``roles.csv``) speaks for the state
        the paragraph is about at that point; without one the role words decide (Serbia's).
        """
        si = self.para.sentence_of(pos)
        if si == 0:
            return ""
        lo, hi, _t = self.para.sents[si - 1]
        m = self.para.first_mention_in(lo, hi, known_only=True)
        if m is None or m.kind not in ("place", "organisation") or m.start - lo > 12:
            return ""
        matcher = self.para.matcher
        return matcher.group[matcher.actor.index(m.actor)] if m.actor in matcher.actor else ""

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

    def definite_role(self, phrase: str, pos: int, at: int | None = None) -> Speaker | None:
        """The person a role noun used as a second reference refers to.

        "the ambassador said": the person introduced with that role, else the person who spoke
        or was named last (a role used as a second reference, like a pronoun). Owner and portfolio
        words may stand before the noun ("the Serbian leader", "the interior minister"): the person
        must then belong to the owner's group; the noun may name the role's class ("the diplomat"
        for an ambassador, see :data:`helpers.analysis.roles.ROLE_CLASSES`). ``at``: where the phrase
        starts (a person first named after it in the paragraph is no antecedent), else ``pos``.
        """
        words = phrase.split()
        if len(words) < 2 or words[0].lower() != "the" or len(words) > 4:
            return None
        if len(words) > 2 and fold(" ".join(words[-2:])).lower() in self.roles.role_nouns:
            words = [*words[:-2], " ".join(words[-2:])]  # "the Prime Minister": a two-word role
        noun, mods = words[-1].lower(), [fold(w).lower() for w in words[1:-1]]
        top = noun == "diplomat" and "top" in mods  # "the Russian top diplomat": its foreign minister
        mods = [m for m in mods if m != "top"] if top else mods
        if any(m not in self.roles.info and m not in _PORTFOLIO_WORDS for m in mods):
            return None  # "the new minister", "the Serbian defence firms": not a second reference
        group = self.roles.group_of(" ".join(mods)) if mods else ""
        people = self.para.people
        if noun in self.roles.bodies:  # "the company": the organisation introduced as one, else nothing
            org = people.by_role(noun, bodies=True) if people is not None and not mods else None
            issuer = spk.issuer(self.para, self.res, phrase, pos)  # "the statement": whoever issued it
            return Speaker(phrase, org.name, "organisation") if org is not None else issuer
        also = ("minister",) if top else role_class(noun)
        recent = self.res.recent_speakers()
        portfolio = [m for m in mods if m in _PORTFOLIO_WORDS and m not in self.roles.info]
        at = pos if at is None or at < 0 else at
        person = role_holder(self.para, noun, also, group, recent, lambda role: all(  # a table person's too
            m in fold(role).lower() for m in portfolio + ["foreign"] * top), at)
        if top and person is not None and "foreign" not in fold(person.role).lower():
            person = None  # a top diplomat is a foreign minister, not any minister
        if person is not None and any(m not in fold(person.role).lower() for m in portfolio):
            return Speaker(phrase, *role_speaker(phrase, "", self.roles))  # not the energy minister
        if person is not None:
            return Speaker(phrase, person.name, person.kind)
        if noun.endswith("s") or self.phrase_speaker(phrase, pos).actor:
            return None  # plural, or an anaphora the resolver knows ("the council")
        unnamed = self.res.unnamed_speaker({noun, *also}, group)  # "An EU official told …. the official said"
        if unnamed is not None:
            return Speaker(phrase, *unnamed)
        opening = indefinite_subject(self.para, self.roles, pos, {noun, *also})  # "An aide …. the aide"
        if opening is not None and (not group or opening[2] == group):
            return Speaker(phrase, *opening)
        titled = self.para.alias_words.actors(also, group)  # "the president": an actor whose aliases hold it
        actor, kind = self.res.any_person(self.para, pos, titled) if titled else (None, "")
        if actor:
            return Speaker(phrase, actor, kind)
        if mods:
            return None  # "the Serbian leader" with no Serbian leader named: not the last person
        actor, kind = self.res.any_person(self.para, pos)  # the last person, unless their role is another
        held = actor and self.res.may_hold(actor, {noun, *also})
        return Speaker(phrase, actor, kind) if held else None

    def document_speaker(self, phrase: str) -> Speaker | None:
        """"the report", "the authors": the organisation that published the document introduced earlier."""
        words = [w for w in phrase.lower().split() if w not in ("also", "further", "again", "then")]
        people = self.para.people
        if people is None or not 2 <= len(words) <= 3 or words[0] not in ("the", "its", "their"):
            return None
        org = people.documents.get(words[-1]) if words[-1] in DOCUMENT_WORDS else None
        return Speaker(phrase, org, "organisation") if org else None

    def introduced_role(self, phrase: str, pos: int | None = None) -> Speaker | None:
        """"the ambassador": the person the article introduced by name with that role (or its class).

        Before a table actor whose alias holds the noun ("the Russian ambassador" -> Russia): the
        article named the ambassador, so "the ambassador" is that person.
        """
        document = self.document_speaker(phrase)
        if document is not None:
            return document
        words = phrase.split()
        people = self.para.people
        if people is None or len(words) != 2 or words[0].lower() != "the":
            return None
        noun = fold(words[1]).lower()
        if noun not in self.roles.role_nouns or noun in self.roles.bodies:
            return None
        person = role_holder(self.para, noun, role_class(noun), "", self.res.recent_speakers(), pos=pos)
        return Speaker(phrase, person.name, person.kind) if person is not None else None

    def phrase_speaker(self, raw: str, pos: int) -> Speaker:
        """A speaker written as a phrase ("the council", "officials"), resolved at ``pos``."""
        actor, kind = self.res.resolve(None, self.para, pos, raw)
        return Speaker(raw, actor, kind)


# ====================================================================== who goes with a cue
def speaker_of_cue(ctx: Context, cue: Cue, sent_start: int) -> Speaker | None:
    """The speaker of a cue.

    The speaker of a cue: a passive agent ("described by officials"), the words before a finite
    cue ("Vučić said"), or the subject of the sentence for a participle ("…, saying").
    """
    if cue.word == "saying":
        quoted = quoted_as_saying(ctx, cue, sent_start)  # "the daily X quoted Y as saying": Y
        if quoted is not None:
            return quoted
    if cue.word in _PARTICIPLES:
        return sentence_subject(ctx, cue, sent_start)
    by = _BY.match(ctx.para.folded, cue.end, cue.end + 40)
    if by:
        return passive_agent(ctx, by.end(), cue.start)
    return speaker_before_cue(ctx, cue, sent_start)


#: "quoted X as saying", "cited X as saying": X is the speaker, not the outlet that quotes.
_QUOTED_AS = re_compile(r"\b(?:quot|cit)(?:ed|es|e|ing)\s+(?P<np>[^,;:“”\"]{2,100}?)\s+as\s+$")


def quoted_as_saying(ctx: Context, cue: Cue, sent_start: int) -> Speaker | None:
    """Rule: "Danas quoted analyst X as saying that …": the speaker is X (a name, mention or role)."""
    q = _QUOTED_AS.search(ctx.para.folded, max(sent_start, cue.start - 140), cue.start)
    if q is None:
        return None
    a, b = q.start("np"), q.end("np")
    m = ctx.para.name_ending_at(b, a) or ctx.para.mention_ending_at(b)
    if m is not None and m.start >= a:
        return ctx.speaker(m, cue.start)
    role = ctx.role_speaker(a, b)
    return role if role is not None and role.actor else None


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
    aside = _BY_ASIDE.search(para.folded, max(sent_start, cs - 160), cs)
    if aside is not None:  # "The ministry's spokesperson, contacted by Sava Wire, said": not Sava Wire
        cs = aside.start()
    member = member_of_side(ctx, cs, sent_start) \
        or one_of_them(para, ctx.roles, sent_start, cs)  # "Two miners talk. One of them says …"
    if member is not None:
        return member
    origin = from_speaker(para.text, sent_start, cs, ctx.roles)  # "A diplomat from one EU member state said"
    if origin is not None:
        return origin
    m = para.mention_ending_at(cs)
    if m is not None and spk.FAMILIAR_BEFORE.search(para.folded, max(sent_start, m.start - 40), m.start):
        m = None  # "A source close to the government told": the source, not the government
    known = m is not None and m.start >= sent_start
    n = para.name_ending_at(cs, sent_start) if not known or "," in para.folded[sent_start:cs] else None
    if n is not None and (not known or n.end <= m.start or n.start >= m.end):  # "X, Ambassador Y, said": Y
        return ctx.speaker(head_of_apposition(para, n, sent_start), cs)
    if known:
        return ctx.speaker(head_of_apposition(para, m, sent_start), cs)
    member = person_before_body(para, cs, sent_start) if n is None else None
    if member is not None:  # "Tomasz Wróbel of the European Conservatives and Reformists said"
        return ctx.speaker(member, cs)
    adverb = _ADVERB_BEFORE.search(para.text, max(sent_start, cs - 20), cs)  # "The report also found"
    np_ = _NP_BEFORE.search(para.text, max(sent_start, cs - _NP_REACH), adverb.start() if adverb else cs)
    phrase = None
    if np_ and np_.group(1) and np_.group(2).split()[-1].lower() not in _STOP_NP:
        phrase = ctx.introduced_role(np_.group(1) + np_.group(2), np_.start()) \
            or ctx.phrase_speaker(np_.group(1) + np_.group(2), cs)
        if phrase.actor:
            return phrase
    coordinated = cue.word.endswith(("ed", "said", "told", "wrote", "says")) \
        and _AND_BEFORE.search(para.folded, max(sent_start, cs - 8), cs) is not None
    if coordinated and phrase is None:  # "X stood next to three ministers and called …": X, not the ministers
        subject = sentence_subject(ctx, Cue(cs, cue.end, "and " + cue.word), sent_start)
        if subject is not None and subject.actor:
            return subject
    role = ctx.role_speaker(sent_start, cs)
    if role is None and phrase is None and coordinated:
        return sentence_subject(ctx, Cue(cs, cue.end, "and " + cue.word), sent_start)
    if role is None and phrase is not None and not phrase.actor:  # "the ministry he leads claimed"
        phrase = spk.body_subject(phrase.raw, ctx.roles) or phrase
    return role or phrase or lone_name_subject(ctx, cue, sent_start)


#: A passive aside before a cue: "…, contacted by Sava Wire, said" (the agent is not the speaker).
_BY_ASIDE = re_compile(r",\s+(?:contacted|reached|interviewed|approached|quoted|asked)\s+by\s+"
                       r"[^,;:“”\"()]{1,80},\s*$")


def sentence_subject(ctx: Context, cue: Cue, sent_start: int) -> Speaker | None:
    """Rule: a participle cue takes the subject of its sentence.

    Rule: a participle cue ("…, saying") takes the subject of its sentence: an opening name not
    in the alias table, the first mention, a gap marker, or a "the …" phrase.
    """
    para, cs = ctx.para, cue.start
    asked = _ASKED.match(para.text, sent_start, cs)  # "Asked whether Serbia …, he said": not Serbia
    sent_start = asked.end() if asked is not None else sent_start
    if (caller := subject_before_by(ctx, cs, sent_start)) is not None:  # "that X had … by calling"
        return caller
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
    opening = _OPENING_ROLE.match(para.text, sent_start, cs)  # "The Prime Minister thanked X and noted"
    if opening is not None and (m is None or opening.end(1) <= m.start):
        sp = ctx.definite_role(opening.group(1), cs, opening.start(1))
        if sp is not None and sp.actor:
            return sp
    lead = _LEAD.match(para.folded, sent_start, cs)
    n = para.name_at(lead.end())
    if n is not None and n.end <= cs and (m is None or n.start < m.start):
        return ctx.speaker(n, cs)
    if m is not None and m.start > sent_start:  # "About 200 residents of a village above the Drina …"
        head = para.text[sent_start:m.start]
        date = _DATELINE.match(head)
        collective = _role_subject(ctx, head[date.end() if date else 0:])
        if collective is not None and collective.actor:
            return collective
    if m is not None:  # "Putin's adviser Yuri Ushakov … and said"; "A spokesman for the Kremlin, Peskov, …"
        return ctx.speaker(possessor_title(para, person_of_title(para, m, cs)), cs)
    head = para.text[sent_start:cs]
    if _GAP_MARK in head:
        return Speaker(_GAP_MARK, None, "")
    np_ = _SUBJECT_NP.match(head)
    sp = ctx.phrase_speaker(np_.group(1), cs) if np_ else None
    date = _DATELINE.match(head)  # "SOMBOR – Residents …": the dateline is no subject
    return sp if sp is not None and sp.actor else (_role_subject(ctx, head[date.end() if date else 0:]) or sp)


#: A question put to the speaker opening the sentence: "Asked whether Serbia was …, ".
_ASKED = re_compile(r"\s*(?:When\s+)?(?:Asked|Pressed|Questioned)\s+(?:whether|if|about|why|what|how|on)\b"
                    r"[^;:“”\"]{0,200}?,\s+")
#: A sentence opening with a definite role phrase and a verb: "The Prime Minister thanked …".
_OPENING_ROLE = re_compile(r"\s*((?:The|the)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)"
                           r"(?=\s+(?:has\s+|had\s+|also\s+|then\s+)?[a-z]+(?:ed|s)\b)")
#: A sentence opening with a role noun phrase: "Residents of the town of Bor …", "Local activists …".
_SUBJECT_ROLE = re_compile(r"\s*(?P<np>(?:(?i:the|some|many|several|local|hundreds\s+of|thousands\s+of"
                           r"|about|around|nearly|almost|over|more\s+than|dozens\s+of|a\s+few|a\s+dozen"
                           r"|\d[\d,]*|two|three|four|five|six|ten|twenty|thirty|forty|fifty|hundred"
                           r"|a\s+hundred)\s+)*"
                           r"(?:[A-Z][\w’'-]*\s+(?=[a-z]))?[\w’'-]+)"
                           r"(?:\s+(?:of|in|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}"
                           r"(?P<place>[A-Z][\w’'-]+))?")


def _role_subject(ctx: Context, head: str) -> Speaker | None:
    """The collective role phrase opening a sentence, as the speaker of its participle cue.

    "Residents of Bor protested, saying …" -> "unnamed Residents of Bor"; None when the sentence
    opens otherwise.
    """
    m = _SUBJECT_ROLE.match(head)
    if m is None:
        return None
    np_, place = m.group("np"), m.group("place")
    if fold(np_.split()[-1]).lower() not in ctx.roles.role_nouns and len(np_.split()) > 1:
        np_, place = np_.rsplit(None, 1)[0], None  # "Residents protested": the noun, then the verb
    last = fold(np_.split()[-1]).lower()
    if last not in ctx.roles.role_nouns or last in ctx.roles.bodies or not last.endswith("s"):
        return None  # a collective role only: "Former Commissioner … Olivér Várhelyi" is a named person
    phrase = np_ + (" of " + place if place else "")
    actor, kind, group = role_speaker(phrase, "", ctx.roles)
    return Speaker(phrase, actor, kind, local_group(last, group, ctx.para.protest_article))


def source_speaker(ctx: Context, a: int, b: int) -> Speaker | None:
    """The speaker named in a source phrase.

    The speaker named in a source phrase ("according to X"): an introduced name or organisation,
    an alias-table actor, a pronoun, a name, or a role phrase.
    """
    para = ctx.para
    pron = _OBJECT_PRONOUNS.get(para.folded[a:b].strip())
    if pron is not None:  # "according to her"
        actor, kind = ctx.res.resolve(Mention(a, b, None, pron), para, a, pron)
        return Speaker(para.text[a:b].strip(), actor, kind)
    document = ctx.document_speaker(para.text[a:b].strip())  # "according to the report"
    if document is not None:
        return document
    a, b = source_owner(para.text, a, b)
    if _INDEFINITE.match(para.text, a, b):  # "according to a diplomat from an EU member state": the diplomat
        role = ctx.role_speaker(a, b)
        if role is not None and role.actor:
            return role._replace(raw=para.text[a:b].strip())
    ment = para.named_in(a, b) or para.first_mention_in(a, b, known_only=True)
    if ment is None:
        first = para.first_mention_in(a, b)
        ment = first if first is not None and first.actor is None else para.name_at(a)
    if ment is not None:
        return ctx.speaker(ment, a)
    role = ctx.role_speaker(a, b)
    if role is not None:
        return role
    name = _SOURCE_NAME.fullmatch(para.text, a, b)  # "according to Srbijagas": a name, whatever it is
    if name is not None and name.group(1).lower() not in _NOT_NAME:
        return Speaker(name.group(0), name.group(1), "organisation")
    return None


#: An indefinite source ("a diplomat", "one official", "two people familiar with ..."): a role, whatever
#: state or organisation its modifier names.
_INDEFINITE = re_compile(r"(?:an?|one|two|three|several|some)\s", re.I)
#: Documents that stand for their author: "a forensic analysis by X", "the Commission's annual report";
#: and units (in lower case, not a name's "Statistical Office of ...") that speak for their organisation:
#: "the press bureau of the SVR", "the Commission's services".
_SOURCE_DOC = (r"(?:report|analysis|study|survey|data|figures|estimates?|statement|research|assessment"
               r"|findings|(?-i:bureau|office|services?|department|press\s+service))")
_DOC_BY = re_compile(rf"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}?{_SOURCE_DOC}\s+(?:by|of|from)\s+", re.I)
_DOC_OF = re_compile(rf"(.+?)['’]s?\s+(?:[\w-]+\s+){{0,3}}?{_SOURCE_DOC}\s*", re.I)
_SOURCE_NAME = re_compile(r"(?:the\s+)?([A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,4})\s*")


def source_owner(text: str, a: int, b: int) -> tuple[int, int]:
    """The author inside a source phrase.

    The author inside a source phrase: "a forensic analysis by the Digital Integrity Lab" -> "the
    Digital Integrity Lab"; "the Commission's annual report" -> "the Commission".
    """
    by = _DOC_BY.match(text, a, b)
    if by is not None:
        return by.end(), b
    of = _DOC_OF.fullmatch(text, a, b)
    if of is not None:
        return a, of.end(1)
    return a, b
