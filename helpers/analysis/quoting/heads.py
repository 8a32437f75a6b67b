"""Which name heads a speaker phrase: the person before an appositive, a relative clause or an employer.

"Zhang Wei, a researcher at the Chinese Academy of Social Sciences, told": Zhang Wei, not the academy;
"Vučić, who balances between the EU, Russia and China, said": Vučić, not China; "Ana Kovač of the
Danube Policy Institute said": Ana Kovač; "Russia's ambassador Alexander Botsan-Kharchenko": the
ambassador, not Russia; "A spokesman for the Kremlin, Dmitry Peskov, …": Peskov, not the Kremlin.
Used by :mod:`.context` when a cue's nearest mention (or a sentence's first one) sits inside such a
phrase.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from helpers._text.programs import re_compile
from helpers.analysis.employers import title_start
from helpers.analysis.quoting.paragraph import Paragraph
from helpers.analysis.quoting.records import Mention, Speaker

if TYPE_CHECKING:
    from helpers.analysis.quoting.context import Context

#: An appositive, a relative clause or a participial aside ("X, answering for the government, said").
_APPOS_OPEN = re_compile(r",\s+(?:who|whose|a|an|the|its|his|her|their|former|deputy|head|chief|director"
                         r"|[a-z]{3,}ing)\b"
                         r"[^,;:“”\"()]{0,100}$")


#: A role with no article ("X, energy campaigner at Y, said"): an appositive only when a comma closes it
#: after the mention (not "After meeting X, officials of the Commission said").
_BARE_APPOS = re_compile(r",\s+(?:[a-z-]{3,}\s+){1,2}(?:at|of|for|with)\b[^,;:“”\"()]{0,100}$")
_CLOSED = re_compile(r"[^,;:“”\"()]{0,60},")


#: A relative clause may hold a list with commas ("X, who balances between the EU, Russia and China, said").
_WHO_OPEN = re_compile(r",\s+(?:who|whose)\b[^;:“”\"()]{0,100}$")


#: A relative clause about a body ("…, which has long demanded closer ties with Moscow,"): a place or
#: state inside it is not the speaker; the person the body's appositive belongs to is.
_WHICH_OPEN = re_compile(r",\s+which\b[^;:“”\"()]{0,100}$")


def head_of_apposition(para: Paragraph, m: Mention, sent_start: int) -> Mention:
    """The person a relative clause or appositive holding ``m`` belongs to.

    The person a relative clause or appositive holding ``m`` belongs to: in "Zhang Wei, a
    researcher at the Chinese Academy of Social Sciences, told" and "Aleksandar Vučić, who has
    met President Xi Jinping, said", the speaker is the name before the comma, not ``m``.
    """
    lo = max(sent_start, m.start - 100)
    a = _APPOS_OPEN.search(para.folded, lo, m.start) or _WHO_OPEN.search(para.folded, lo, m.start) \
        or (_BARE_APPOS.search(para.folded, lo, m.start) if _CLOSED.match(para.folded, m.end) else None)
    if a is None:
        which = _WHICH_OPEN.search(para.folded, lo, m.start)
        if which is not None:  # "X, the leader of the Y movement, which has long demanded ties with Moscow,"
            at = which.start()
            head = head_of_apposition(para, Mention(at, at, m.actor, m.kind), sent_start)
            return m if head.start == at else head
        return person_of_body(para, m, sent_start)
    c = a.start()
    head = para.mention_ending_at(c) or para.name_ending_at(c, sent_start)
    if head is None or head.start < sent_start or para.folded[head.end:c].strip() \
            or head.kind not in ("he", "she", "person"):
        return m
    return head


#: "of/from/at" and a body's name after a person's name, ending right before a cue, whether or not
#: the body's words make a name of their own: "Ana Kovač of the Danube Policy Institute said", "Tomasz
#: Wróbel of the European Conservatives and Reformists said", "Ivo Lukić of the rights group Glas
#: građana said" (a lowercase kind of body may come first; short lowercase words may stand inside a
#: local name); a party's side may come first and its acronym after it ("of the ruling Party of
#: Progress (PP) said").
_OF_BODY = re_compile(r"\s+(?:of|from|at)\s+(?:the\s+)?(?:(?:ruling|governing|opposition)\s+)?"
                      r"(?:(?:[a-z-]{2,}\s+){0,2}(?:group|organi[sz]ation|association|network|movement"
                      r"|party|initiative|platform|coalition|team|watchdog|tank|charity|NGO)\s+)?"
                      r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|for|of|and|on|the|in|[a-zà-ž]{1,4}))*"
                      r"(?:\s+\([A-Z]{2,8}\))?\s*$")


def person_of_body(para: Paragraph, m: Mention, sent_start: int) -> Mention:
    """The person named just before "of/from/at <organisation>" holding ``m``.

    "Ana Kovač of the Danube Policy Institute said": the speaker is Ana Kovač, not the institute
    (nor a name inside the institute's name). ``m`` itself when no person's name stands before it.
    """
    head = person_before_body(para, m.end, sent_start)
    return head if head is not None and head.end <= m.start else m


def person_before_body(para: Paragraph, pos: int, sent_start: int) -> Mention | None:
    """The person named just before "of/from/at <body>" that ends right before a cue at ``pos``.

    "Tomasz Wróbel of the European Conservatives and Reformists said": Tomasz Wróbel, when
    neither the body nor anything in it is found as a name that ends at the cue (the rule of
    :func:`person_of_body` needs one). None when no person's name stands right before "of".
    """
    lo = max(sent_start, pos - 120)
    for _ in range(3):  # "Head of the Office Ana Kovač of the Institute": the leftmost "of" is no person's
        of = _OF_BODY.search(para.text, lo, pos)
        if of is None:
            return None
        head = para.name_ending_at(of.start(), sent_start) or para.mention_ending_at(of.start())
        if head is not None and head.start >= sent_start and head.end == of.start() \
                and head.kind in ("he", "she", "person"):
            return head
        lo = of.start() + 1
    return None


def possessor_title(para: Paragraph, m: Mention) -> Mention:
    """A person named after a state's possessive.

    A person named after a state's possessive ("Russia's ambassador Alexander Botsan-Kharchenko",
    "China's Foreign Minister Wang Yi"): the person, not the state.
    """
    tail = _POSSESSIVE_TITLE.match(para.folded, m.end, m.end + 80)
    if tail is None:
        return m
    for w in _WORD_START.finditer(para.folded, tail.start("t"), tail.end()):
        n = para.named_at(w.start()) or para.name_at(w.start())
        if n is not None and n.kind in ("he", "she", "person"):
            return n
    return m


_POSSESSIVE_TITLE = re_compile(r"['’]s\s+(?P<t>(?:[\w-]+\s+){1,5}[\w-]+)")
_WORD_START = re_compile(r"(?<![\w'’-])\w")


_PERSONS = ("he", "she", "person")
_TITLE_REACH = 120  # a title starts at most this many characters before its name (see title_start)


def person_of_title(para: Paragraph, m: Mention, hi: int) -> Mention:
    """The person whose title, written before the name, holds ``m``.

    "A spokesman for the Kremlin, Dmitry Peskov, declined …, telling": the subject is Peskov, not
    the Kremlin; "The Speaker of the National Assembly, Ana Brnabić, …": Brnabić (GUIDELINES: titles
    belong to the person; a named spokesperson is the person). The person is the first one named
    after ``m`` and before ``hi`` (an alias-table person or a name the article introduced); the
    title is found as :func:`helpers.analysis.employers.title_start` finds it for
    :func:`helpers.analysis.actors.actor_mentions`. ``m`` itself when it is a person or a pronoun, or
    no title holds it.
    """
    if m.actor is None or m.kind in _PERSONS:
        return m
    hi = min(hi, m.start + _TITLE_REACH + 1)  # bounded: linear time
    candidates = [x for x in (_first_person(para.mentions, para._mention_starts, m.end, hi),
                              _first_person(para.named, para._named_starts, m.end, hi)) if x is not None]
    if not candidates:
        return m
    head = min(candidates)
    return head if title_start(para.text, head.start) <= m.start else m


def _first_person(items: list[Mention], starts: list[int], lo: int, hi: int) -> Mention | None:
    """The first person in the sorted ``items`` (with their ``starts``) starting in ``[lo, hi)``."""
    for j in range(bisect.bisect_left(starts, lo), len(items)):
        x = items[j]
        if x.start >= hi:
            return None
        if x.actor is not None and x.kind in _PERSONS:
            return x
    return None


#: "of the opposition", "from the ruling coalition" right before a cue: a body named in lower case.
_OF_SIDE = re_compile(r"\s+(?:of|from)\s+the\s+(?P<body>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*$")


def member_of_side(ctx: Context, cs: int, sent_start: int) -> Speaker | None:
    """Rule: "Jelena Stojković of the opposition said": the person speaks, not the side she belongs to.

    A person's name stands right before "of/from the <body>" that ends at the cue ``cs`` and whose
    role words give a group (opposition, ruling coalition); the person keeps a group of her own
    (her role, the alias table), else takes the body's. None otherwise.
    """
    para = ctx.para
    of = _OF_SIDE.search(para.text, max(sent_start, cs - 60), cs)
    group = ctx.roles.group_of(of.group("body")) if of is not None else ""
    if not group:
        return None
    head = para.name_ending_at(of.start(), sent_start) or para.mention_ending_at(of.start())
    if head is None or head.start < sent_start or head.end != of.start() \
            or head.kind not in ("he", "she", "person"):
        return None
    speaker = ctx.speaker(head, cs)
    people = para.people
    own = people.person(speaker.actor) if people is not None and speaker.actor else None
    return speaker if speaker.group or (own is not None and own.group) else speaker._replace(group=group)


#: "that X had insulted the government by " before a participle cue: X calls, not the complainer.
_THAT_BY = re_compile(r"\bthat\s+(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:had\s+|has\s+)?[a-z]+ed\b"
                      r"[^;:“”\"]{0,120}\bby\s+$")


def subject_before_by(ctx: Context, cs: int, sent_start: int) -> Speaker | None:
    """Rule: "complaining that Rakić had insulted the government by calling ministers “traitors”": Rakić.

    A participle cue after "by" in a "that"-clause takes the clause's subject (a person named right
    after "that"), not the subject of the sentence (the one who complains). None otherwise.
    """
    by = _THAT_BY.search(ctx.para.text, max(sent_start, cs - 200), cs)
    named = ctx.para.speaker_at(by.start("n")) if by is not None else None
    return ctx.speaker(named, cs) if named is not None and named.kind in ("he", "she", "person") else None
