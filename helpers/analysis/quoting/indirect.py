"""Indirect quotes: reported speech without quote marks (one function per rule)."""

from __future__ import annotations

import re
from itertools import islice

from helpers._text.programs import re_compile
from helpers.analysis.quoting.clause_start import _PREDICATION, clause_start_after_cue
from helpers.analysis.quoting.context import (
    _AND_THAT,
    _IN_WORDS,
    Context,
    _count_words,
    clean_quote,
    source_owner,
    source_speaker,
    speaker_of_cue,
)
from helpers.analysis.quoting.direct import stated_by_next, stated_by_opening
from helpers.analysis.quoting.patterns import (
    _ACCORDING_AFTER,
    _ACCORDING_BEFORE,
    _AS_SHOWED,
    _CLAUSE_THEN_SPEAKER,
    _DATELINE,
    _NOT_CLAUSE_OPENER,
    _PARENTHETICAL,
    _PARENTHETICAL_QUOTE,
    _PARTICIPLES,
    _SPEAKER_LAST_CUE,
)
from helpers.analysis.quoting.postposed import postposed_speaker
from helpers.analysis.quoting.records import Cue, Found, Mention, Speaker

#: A "that" clause inside a reported clause, after a verb of saying, knowing or finding ("have heard
#: that", "she knows that"), not a relative "that" after a noun ("a solution that protects").
_INNER_THAT = re_compile(r"\b(?:[a-z]+ed|heard|said|told|knew|know|knows|thought|think|thinks|found|finds"
                         r"|felt|feel|feels|saw|see|sees|understood|believe|believes|say|says|claim|claims"
                         r"|hope|hopes|fear|fears|expect|expects)\s+that\b")
#: A contrast clause opening after a reported clause: ", while the government says …" has its own speaker;
#: so has a clause after a semicolon or ", but" ("; critics say …", ", but analysts say …": round 25).
_CONTRAST = re_compile(r"\s*(?:;|,\s+(?:while|whereas|but)\b)", re.I)
#: A relative clause of its own after a source: "…, according to the ministry, which said …".
_WHICH_CUE = re_compile(r",\s+which\s+(?:also\s+)?$")
_SPLIT_REACH = 600  # characters of a reported clause searched for "and that" / "but that"


#: A verb opening the rest of a clause whose subject stood before "according to X," (not "the", "it" …).
_PREDICATE_NEXT = re_compile(r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might"
                             r"|remains?|plans?|wants?|intends?|expects?|needs?"
                             r"|(?!(?:this|its|his|thus|perhaps|always|news|as|us)\b)[a-z]{3,}s)\b")  # covers
#: A short adverbial opening a sentence before its source ("At the same time, according to …").
_ADVERBIAL_LEAD = re_compile(r"(?:[^,]{1,30}),\s+(?=according\s+to\b)", re.I)


# ====================================================================== indirect quotes
def according_to(ctx: Context, s0: int, sent: str) -> Found | None:
    """Rule: a source phrase naming an alias-table actor.

    Rule: "…, according to ISAC Fund data." / "According to X, …" / "As a recent ECFR poll showed, …"
    (the source must be an alias-table actor).
    """
    words = _IN_WORDS.match(sent)
    if words and words.group("p1"):  # "In her words, this independent course is …"
        pron = {"his": "he", "her": "she", "their": "they", "its": "it"}[words.group("p1").lower()]
        a = s0 + words.start("p1")
        actor, kind = ctx.res.resolve(Mention(a, a + len(pron), None, pron), ctx.para, a, pron)
        q = sent[words.end():]
        if actor and not ctx.overlaps_direct(s0 + words.end(), s0 + len(sent)):
            return Found(s0 + words.end(), Speaker(words.group("p1"), actor, kind), "in the words of", q,
                         "indirect")
    m = "according" in sent and _ACCORDING_AFTER.match(sent)
    lead = _ADVERBIAL_LEAD.match(sent) if "according" in sent and (not m or len(m.group("q").split()) <= 4) \
        else None
    subject = ""
    if lead is not None:  # "At the same time, according to X, …": an adverbial, then the source first
        before = _ACCORDING_BEFORE.match(sent, lead.end())
        m = before if before is not None and (not m or before.start("q") > m.end("s")) else None
        if m is None:
            return None
        if _PREDICATE_NEXT.match(m.group("q")):  # "Several states, according to X, are ready …": a subject
            subject = sent[:lead.end()].rstrip().rstrip(",") + " "
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
    if subject:
        return Found(s0, speaker, cue, subject + m.group("q"), "indirect")
    return Found(s0 + m.start("q"), speaker, cue, m.group("q"), "indirect")


def clause_then_speaker(ctx: Context, s0: int, sent: str) -> Found | None:
    """Rule: a clause, then its speaker and cue closing the sentence.

    Rule: "Moscow is fully aware …, Kremlin spokesperson Dmitry Peskov has stated." (a clause,
    then its speaker and cue closing the sentence).
    """
    if "," not in sent or not sent.endswith((".", ".\n")) or not _SPEAKER_LAST_CUE.search(sent):
        return None
    m = _CLAUSE_THEN_SPEAKER.match(sent)
    if not m:
        return None
    a, b = s0 + m.start("s"), s0 + m.end("s")
    ment = ctx.para.speaker_at(a)
    of_body = ment is not None and ment.kind in ("he", "she", "person") \
        and _OF_BODY.fullmatch(ctx.para.text, ment.end, b) is not None  # "X of the Y Academy said": X
    if not of_body and (ment is None or (b != ment.end and ment.actor is not None)):
        # "Russian Ambassador to Belgrade Alexander Botsan-Kharchenko said"
        ment = ctx.para.name_ending_at(b, a) or described_mention(ctx, a, b)
    if ment is not None and (ment.end == b or of_body):
        sp = ctx.speaker(ment, a)
    else:  # "the Commission's services", "the press bureau of the SVR": a unit speaks for its owner
        document = ctx.document_speaker(ctx.para.text[a:b])  # "…, the report found.": its publisher
        a, b = source_owner(ctx.para.text, a, b)
        role = None
        if document is None and (a, b) == (s0 + m.start("s"), s0 + m.end("s")):
            # "…, two diplomats said.", "…, a source close to the talks said." (not "… EU member states.")
            role = ctx.role_speaker(a, b) if m.group("c") not in _THING_CUES else None
            if role is None or not role.actor:
                return None
        sp = document or role or source_speaker(ctx, a, b)
        if sp is None:
            return None
    date = _DATELINE.match(m.group("q"))
    skip = date.end() if date else 0
    return Found(s0 + skip, sp, m.group("c"), m.group("q")[skip:], "indirect") if sp.actor else None


#: A descriptor before a name: up to four plain words, none a preposition, article, possessive or relative
#: ("mining company ", "Anglo-Australian miner ", "state broadcaster "; not "the subsidiary of ", "people
#: who know ").
_DESCRIPTOR = re_compile(r"(?:(?!(?:of|for|at|with|from|in|on|by|to|about|against|like|than|close|near"
                         r"|the|a|an|and|or|but|its|his|her|their|who|whom|whose|which|that)\b)"
                         r"[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)?\s+){1,4}")


def described_mention(ctx: Context, a: int, b: int):
    """The alias-table mention ending a closing speaker phrase after a plain descriptor, or None.

    "…, mining company Rio Tinto said.", "…, state broadcaster RTS said.": the descriptor says what
    the actor is; the actor speaks. Only a mention ending exactly at ``b`` and a descriptor of plain words
    from ``a`` (:data:`_DESCRIPTOR`) count: "the Serbian subsidiary of Rio Tinto" is the subsidiary.
    """
    for m in islice(ctx.para.mentions_before(b), 3):
        if m.end == b and a < m.start:
            return m if _DESCRIPTOR.fullmatch(ctx.para.text, a, m.start) else None
    return None


#: A person's body after the name in a closing attribution: " of the Belgrade Banking Academy".
_OF_BODY = re_compile(r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,;:“”\"()]{1,80}")
#: "and" (with "also"/"then") right before a second finite cue of the same subject.
_AND_CUE = re_compile(r"\s+and\s+(?:also\s+|then\s+)?$")
#: A second subject with a cue of its own after a semicolon or ", but"/", while": "X says A; critics say B",
#: "X says A, but analysts say B" (at most four words of subject: linear time, bounded window).
_OTHER_SUBJECT = re_compile(r"(?:;|,\s+(?:but|while|whereas))\s+(?!(?:it|that)\s)(?:[a-z][\w'’-]*\s+){1,4}$")
#: A participle cue opening its own "that"-clause ("adding that …", "saying that …"): a quote of its own.
_PARTICIPLE_THAT = re_compile(r"(?:" + "|".join(sorted(_PARTICIPLES)) + r")\s+that\b")


def parenthetical(ctx: Context, s0: int, sent: str) -> list[Found]:
    """Rule: the attribution inside the reported clause.

    Rule: "The Russian side, he explained, has little reason to sell …" (the attribution inside
    the reported clause, between commas). "A, she said, and “…”" reports A (the quotation is found
    by the direct rules).
    """
    if sent.count(",") < 2:
        return []
    m = _PARENTHETICAL.match(sent)
    before_quote = m is None
    if before_quote:
        m = _PARENTHETICAL_QUOTE.match(sent)
        if m is None or _count_words(m.group("q1"), 0, len(m.group("q1")), 4) < 4 \
                or _NOT_CLAUSE_OPENER.match(m.group("q1")) or _NOT_CLAUSE_OPENER.match(m.group("s")):
            return []
    a, b = s0 + m.start("s"), s0 + m.end("s")
    ment = ctx.para.speaker_at(a)
    sp = ctx.speaker(ment, a) if ment is not None and ment.end == b else \
        ctx.document_speaker(ctx.para.text[a:b]) or ctx.role_speaker(a, b)
    if sp is None or not sp.actor:
        return []
    if before_quote or _PARTICIPLE_THAT.match(m.group("q2").lower()):
        # "A, X said, adding that B": A is X's; B has its cue
        return [Found(s0, sp, m.group("c"), m.group("q1"), "indirect")]
    second = _AND_CLAUSE.match(m.group("q2"))
    if second is not None and _FINITE.search(m.group("q1")):  # "A, she said, and B": two quotes (round 25)
        return [Found(s0, sp, m.group("c"), m.group("q1"), "indirect"),
                Found(s0 + m.start("q2") + second.end(), sp, m.group("c"), m.group("q2")[second.end():],
                      "indirect")]
    clause = m.group("q1") + " " + m.group("q2")
    return [Found(s0, sp, m.group("c"), clause, "indirect")]


#: "and"/"but" opening the second of two clauses around one attribution ("A, she said, and B"):
#: the second clause has a subject and a verb of its own (three words at least).
_AND_CLAUSE = re_compile(r"(?:and|but)\s+(?=(?:[\w’'-]+\s+){2}[\w’'-])")
#: A finite verb or auxiliary in the first clause: the clause is a sentence, not a noun phrase
#: ("The mayor, she said, and his deputy resigned": one subject, one span).
_FINITE = re_compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|must|should|may|might"
                     r"|did|does|do|[a-z]{3,}ed)\b")


#: Cues whose subject may be a thing ("… EU member states.", "…, the figures show."): no role speaks.
_THING_CUES = ("states", "shows", "showed", "show")
#: Cues of findings: a poll, a study or researchers find; a state named by its capital does not.
_FINDING_CUES = frozenset({"found", "finds", "find", "showed", "shows", "show"})


def cue_clause(ctx: Context, cue: Cue, s0: int, s1: int) -> list[Found]:
    """Rule: SPEAKER cue (that) CLAUSE / participle cue that CLAUSE / accused X of -ing.

    The clause runs to the sentence end or the next participle cue, gap marker or dash aside; it
    needs three words, a resolved speaker, and no attributed direct quote inside (that counts once,
    as direct). Clauses joined by "and that" / "but that" are one quote each ("said that A and
    that B"); a part holding a direct quote is left to the direct rules.

    Returns
    -------
    list of Found
        The reported clauses of the cue (empty when there is none).
    """
    start = clause_start_after_cue(ctx, cue, s1)
    if start is None:
        return []
    stop = ctx.clause_stop(start, s1)
    for later in ctx.cues_in(start, stop):  # "said A and reminded X that B": A ends before the second cue
        joined = _AND_CUE.search(ctx.para.folded, max(start, later.start - 16), later.start)
        if joined is not None and later.word not in _PARTICIPLES:
            stop = joined.start()
            break
        other = _OTHER_SUBJECT.search(ctx.para.folded, max(start, later.start - 60), later.start)
        if other is not None and later.word not in _PARTICIPLES:  # "X says A; critics say B" (round 25)
            stop = other.start()
            break
    if cue.word in _PREDICATION:  # "X as Y" is a noun phrase: it ends at the next comma
        comma = ctx.para.text.find(",", start, stop)
        stop = comma if comma > start else stop
    inner = ctx.first_direct_in(start, stop)
    if inner is not None and inner[1] != cue.start and not ctx.overlaps_direct(start, inner[0]):
        cut = ctx.para.text.rfind(",", start, inner[0])  # the quote has its own attribution: "…, something
        if cut > start:                                  # that, in his words, “…”"
            stop = cut
    parts, at = [], start
    # "that A and that B": two clauses (looked for within _SPLIT_REACH characters: linear time); not
    # when A holds a "that" of its own ("says people have heard that A and that B": one clause)
    folded, reach = ctx.para.folded, min(stop, start + _SPLIT_REACH)
    ands = _AND_THAT.finditer(folded, start, reach) if folded.find("that", start, reach) >= 0 else ()
    for more in ands:
        inner = _INNER_THAT.search(ctx.para.folded, at, more.start())
        if inner is not None and not ctx.inside_span(inner.start()):
            break
        parts.append((at, more.start()))
        at = more.end()
    parts.append((at, stop))
    out = []
    for a, b in parts:
        clause = clean_quote(ctx.para.text[a:b]).rstrip(".")
        if ctx.overlaps_direct(a, b) or _count_words(clause, 0, len(clause), 3) < 3 \
                or _MANDATIVE.match(clause):  # "demanded that the contract be published": a demand
            continue
        sp = speaker_of_cue(ctx, cue, s0)
        if sp is None or not sp.actor or cue.word in _FINDING_CUES and sp.kind == "place":
            return []  # "Belgrade has found that …" is the author's analysis, not a source's finding
        out.append(Found(a, sp, ctx.para.text[cue.start:cue.end], clause, "indirect"))
    return out


#: A mandative subjunctive: a subject and a bare "be" with no modal ("that the contract be published",
#: "that Serbia not be excluded"): what someone demands, not what they say is so (GUIDELINES: not quotes).
_MANDATIVE = re_compile(r"(?:(?!(?:would|could|should|must|will|can|may|might|shall|to|not)\b)[\w'’-]+\s+)"
                        r"{1,6}?(?:not\s+)?be\s+[a-z]+(?:ed|en|wn|ne)\b", re.I)


#: "…, in what Serbian officials described as the largest investment …": a predication by a speaker
#: inside a relative "what" (unquoted; a quoted one is a direct quote of its words).
_IN_WHAT = re_compile(r"\bin\s+what\s+(?P<s>[^,;:“”\"()]{2,60}?)\s+(?:has\s+|have\s+|had\s+)?"
                      r"(?P<c>described|called|termed|dubbed|labell?ed|hailed|branded)\s+(?:as\s+)?"
                      r"(?P<q>[^,;:“”\"()]{10,}?)\s*(?=[,;:.]|$)")
#: "… a decision that officials in Belgrade described as a rescue …": the same predication in a relative
#: "that"/"which" whose object is the relative pronoun (so "as" follows the cue at once).
_THAT_AS = re_compile(r"\b(?:that|which)\s+(?P<s>[^,;:“”\"()]{2,60}?)\s+(?:has\s+|have\s+|had\s+)?"
                      r"(?P<c>described|portrayed|presented|hailed|branded|labell?ed)\s+as\s+"
                      r"(?P<q>[^,;:“”\"()]{10,}?)\s*(?=[,;:.]|$)")


def in_what_called(ctx: Context, s0: int, sent: str) -> Found | None:
    """Rule: "in what X described as Y", "a decision that X described as Y" (span Y, speaker X)."""
    m = _IN_WHAT.search(sent) if "what" in sent else None
    if m is None and " as " in sent:
        m = _THAT_AS.search(sent)
    if m is None:
        return None
    a, b = s0 + m.start("s"), s0 + m.end("s")
    ment = ctx.para.speaker_at(a)
    sp = ctx.speaker(ment, a) if ment is not None and ment.end == b else ctx.role_speaker(a, b)
    if sp is None or not sp.actor:
        return None
    return Found(s0 + m.start("q"), sp, m.group("c"), m.group("q"), "indirect")


def stated_by_next_sentence(ctx: Context, s0: int, s1: int, sent: str) -> Found | None:
    """Rule: "CLAUSE. This was stated by X at a briefing." (the next sentence names the speaker).

    State-news-agency style: a sentence with no cue and no quotation mark of its own is the
    reported statement of the speaker the next sentence names in the passive.
    """
    si = ctx.para.sentence_of(s0)
    if stated_by_opening(ctx.para, si) is None:  # the cheapest test first (all of them are needed)
        return None
    if ctx.cues_in(s0, s1) or ctx.span_starts_in(s0, s1) or _count_words(sent, 0, len(sent), 4) < 4:
        return None
    att = stated_by_next(ctx, s0, s1, si, s0)
    date = _DATELINE.match(sent)
    skip = date.end() if date else 0
    return Found(s0 + skip, att.speaker, att.cue, sent[skip:], "indirect") if att is not None else None


def indirect_quotes(ctx: Context, s0: int, s1: int, sent: str) -> list[Found]:
    """Reported speech of one sentence (speakers are remembered once the sentence is done)."""
    out: list[Found] = []
    here: list[Found] = []
    f = according_to(ctx, s0, sent) or clause_then_speaker(ctx, s0, sent) or postposed_speaker(ctx, s0, sent)
    here += [f] if f is not None else parenthetical(ctx, s0, sent)
    if not here:
        f = in_what_called(ctx, s0, sent) or stated_by_next_sentence(ctx, s0, s1, sent)
        here += [f] if f is not None else []
    for cue in ctx.cues_in(s0, s1):
        if any(f.start <= cue.start < f.start + len(f.quote) + 40
               and not _CONTRAST.match(ctx.para.text, f.start + len(f.quote), cue.start)
               and not _WHICH_CUE.search(ctx.para.text, f.start + len(f.quote), cue.start) for f in here) \
                and not _PARTICIPLE_THAT.match(ctx.para.folded, cue.start):
            continue  # the cue belongs to a clause already reported (not to a contrast: ", while B said",
            # nor a participle with its own clause: "…, adding that …")
        here += cue_clause(ctx, cue, s0, s1)
    for f in here:
        ctx.res.remember(f.speaker.actor, f.speaker.kind)
        out.append(f._replace(quote=clean_quote(f.quote).rstrip(".")))
    return out


