"""Where the reported clause of a cue starts ("said that …", "told reporters the …", "described X as Y").

Moved out of :mod:`helpers.analysis.quoting.context` (the same rules): the start of the clause a
say-type cue reports, for the direct and indirect rules.
"""

from __future__ import annotations

from helpers._text.programs import re_compile
from helpers.analysis.quoting.patterns import (
    _ACCUSED_OF,
    _AFTER_TIME,
    _NEXT_WORD,
    _NON_CLAUSE,
    _PP_THAT,
    _THAT,
    _TOLD_THAT,
    ZERO_THAT,
)
from helpers.analysis.quoting.records import Cue

_ASIDE_THAT = re_compile(r",\s+[^,“”\"]{1,40},\s+(?=that\b)")
_AS_PREDICATE = re_compile(r"\s*(?!(?:it|him|her|them)sel(?:f|ves)\s)(?:[\w'’-]+\s+){1,6}?as\s+[\w'’“\"-]")
_PRONOUN_PREDICATE = re_compile(r"\s*(?:them|it|him|her|this|these|those"
                                r"|(?:the|its|their|his|her)\s+(?!police\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?(?=\s+an?\s))"
                                r"\s+(?:a|an|the)\s+(?!(?:hour|day|week|month|year|minute|time)s?\b)\w")
#: Cues that predicate: the reported words are "X as Y" ("described the plan as a betrayal") or, after
#: call/dub/term, "them a Z" or "the trip a Z" (an object and a noun phrase: not "called the minister").
_AS_CUES = ("described", "describes", "describing", "portrayed", "portrays", "portraying", "labelled",
            "labeled", "labelling", "labeling", "presented", "presents", "presenting", "dismissed",
            "dismisses", "dismissing", "branded", "brands", "branding")
_PREDICATION = {**dict.fromkeys(_AS_CUES, _AS_PREDICATE),
                **dict.fromkeys(("called", "calls", "calling", "dubbed", "termed"), _PRONOUN_PREDICATE)}
_CUE_WINDOW = 300  # characters after a cue that the clause rules look at

#: A clause that opens with a count after a preposition-like word: "said at least 4,000 people had …",
#: "said about 300 …", "said over a million …" (not "said at the meeting", "said over the phone").
_COUNT_OPEN = re_compile(r"(?:at\s+(?:least|most)|about|over|around|up\s+to)\s+(?:\d|(?:a|one|two|three"
                         r"|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands"
                         r"|dozens)\s)")
#: A clause that opens with a negative subject: "said no decision had been taken", "said nothing had
#: changed", "said none of the money was spent" (not "said no to the plan", "said nothing."): a finite
#: auxiliary within five words (round 26).
_NEGATIVE = (r"(?:no|nothing|none)\b(?:\s+[\w'’-]+){0,4}?\s+"
             r"(?:had|has|have|was|were|is|are|would|will|could|can|should|must|did|does|do)\b")
_NEGATIVE_OPEN = re_compile(_NEGATIVE)
#: Words between a cue and its "that" with a comma aside among them (round 26): "said in June, when the
#: reports first appeared, that …", "admitted to Alarm, on condition of anonymity, that …", "told me, in a
#: hotel lobby, that …": at most ten words, then an aside of at most 80 characters (bounded: linear time).
_ASIDE_BEFORE_THAT = re_compile(r"(?:[\w'’/.&-]+\s+){0,9}?[\w'’/.&-]+,\s+[^,;:“”\"()]{1,80},\s+that\b")
#: Prepositional phrases between a cue and its "that" longer than ``_PP_THAT`` reads (round 26): "said on
#: the public broadcaster's evening news that", "said after talks in Moscow with the foreign minister that":
#: up to three phrases of up to seven words each, with no infinitive "to", conjunction or relative in them
#: ("call on X to stop visits that …" is an infinitive and a relative "that"; "a visit to Kyiv" is a place).
#: Read in the text as written (case-sensitive: "to" before a lower-case word is an infinitive).
_LONG_PP_THAT = re_compile(r"(?:(?:on|in|at|during|after|before|with|from|over)\s+"
                           r"(?:(?!(?:and|or|but|which|who|that)\b|to\s+[a-z])[\w'’.-]+\s+){1,7}?){1,3}that\b")
#: An addressee after "told" and a clause opening without "that" (a subject pronoun or determiner).
_TOLD_ZERO = re_compile(r"\s*(?:us|me|him|her|them|reporters|journalists|[A-Z][\w.’'-]*)\s+"
                        r"(?=(?:he|she|they|it|we|i|the|a|an|this|his|her|its|their|[A-Z]\w*)\s"
                        rf"|{_NEGATIVE})")  # "told reporters no tanker would …"


def clause_start_after_cue(ctx, cue: Cue, s1: int) -> int | None:
    """Where the reported clause of a cue starts.

    Where the reported clause of a cue starts: after "that", after "told X that", at "X of
    …-ing" after "accused", or right after a say-type cue followed by a time phrase.

    Returns
    -------
    int or None
        The clause's start in the paragraph; None when the cue opens no reported clause.
    """
    text, folded = ctx.para.text, ctx.para.folded
    end = min(s1, cue.end + _CUE_WINDOW)
    rest, frest = text[cue.end:end], folded[cue.end:end]
    skip = _AFTER_TIME.match(frest) or _ASIDE_THAT.match(frest)
    k = skip.end() if skip else 0
    told = _TOLD_THAT.match(frest[k:]) if cue.word.startswith(("tel", "told", "inform", "assur", "remind")) \
        else _PP_THAT.match(frest[k:])
    if _THAT.match(frest[k:]):
        return cue.end + k + 4
    if told:
        return cue.end + k + told.end()
    # "said in June, when the reports appeared, that …", "said after talks in Moscow with X that …"
    longer = _ASIDE_BEFORE_THAT.match(frest, k) or _LONG_PP_THAT.match(rest, k)
    if longer:
        return cue.end + longer.end()
    if cue.word in ("accused", "accuses", "accuse", "accusing"):
        return cue.end + k if _ACCUSED_OF.match(rest[k:]) else None
    if cue.word in ("told", "tells", "tell"):  # "told us they were …", "told AW the deal had …"
        zero = _TOLD_ZERO.match(rest[k:])
        return cue.end + k + zero.end() if zero else None
    predication = _PREDICATION.get(cue.word)  # "describes X as Y", "calling them a Z": span "X as Y"
    if predication is not None:
        pred = predication.match(rest[k:])
        return cue.end + k + len(rest[k:]) - len(rest[k:].lstrip()) if pred else None
    if cue.word in ZERO_THAT:
        nxt = _NEXT_WORD.match(rest[k:])
        if nxt and k > 0 and (nxt.group(1).lower() not in _NON_CLAUSE or _COUNT_OPEN.match(frest, k)
                                  or _NEGATIVE_OPEN.match(frest, k)):
            return cue.end + k
    return None
