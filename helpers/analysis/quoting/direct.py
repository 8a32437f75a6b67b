"""Direct quotes: words in quote marks and who said them (one function per rule)."""

from __future__ import annotations

import bisect
import re

from helpers._text.programs import re_compile
from helpers.analysis.quoting.clause_start import clause_start_after_cue
from helpers.analysis.quoting.context import (
    _IN_WORDS,
    _NON_SPACE,
    Context,
    _count_words,
    source_speaker,
    speaker_of_cue,
)
from helpers.analysis.quoting.heads import possessor_title
from helpers.analysis.quoting.lone_names import lone_name_after_quote
from helpers.analysis.quoting.name_forms import _PORTFOLIO_WORDS
from helpers.analysis.quoting.origins import from_speaker
from helpers.analysis.quoting.patterns import (
    _AUX_HAS,
    _COMMA_GAP,
    _CUE_RE,
    _ENDS_SENTENCE,
    _ONE_NAME,
    _PARENTHETICAL,
    _PARTICIPLES,
    _SHARED_SUBJECT,
    _SOFT_END,
    ZERO_THAT,
)
from helpers.analysis.quoting.records import Attribution, Found, LastQuote, Mention, Speaker
from helpers.analysis.quoting.speakers import role_phrase_before


# ====================================================================== direct quotes
def is_name_in_quotes(inner: str) -> bool:
    """A name in quote marks is never a quotation.

    A single capitalised word (“Jadar”) or up to four words all capitalised but small joining words
    (“Safe City”, “Belt and Road”, “Open Balkan”) is a name: a product, a project, a programme.
    """
    core = inner.strip().strip(".,;:!?")
    if not core or bool(_ONE_NAME.fullmatch(core) and not _ENDS_SENTENCE.search(inner)):
        return True
    words = core.split()
    return (1 < len(words) <= 4 and not _ENDS_SENTENCE.search(inner) and words[0][:1].isupper()
            and all(w[:1].isupper() or w in _NAME_JOINS for w in words))


_NAME_JOINS = {"and", "of", "the", "for", "de", "la"}
#: An appositive or a bracket between a person's name and the cue after a quote: "“…,” Ana Lukić,
#: a lawyer, said"; "“…,” Ana Lukić, chief economist at X, said" (a role with no article before a
#: preposition); "“…,” Ana Lukić (Greens) said".
_ASIDE_AFTER_NAME = re_compile(r",\s+(?:a|an|the|his|her|their|its|one|who|whose)\s[^,;:“”\"()]{1,80},\s*"
                               r"|,\s+(?:[a-z-]{3,}\s+){1,2}(?:at|of|for|with)\s[^,;:“”\"()]{1,80},\s*"
                               r"|\s*\([^()“”\"]{1,40}\)\s*(?=\w)")


def speaker_after_quote(ctx: Context, qs: int, qe: int, inner: str) -> Attribution | None:
    """Rule 1: a speaker and a finite cue after the quote.

    Rule 1: "…,” von der Leyen said / "…?” he asked / "…”, said X (a quote that does not close
    its sentence, then a speaker and a finite cue, or a finite cue and a speaker).
    """
    para = ctx.para
    gap = _COMMA_GAP.match(para.folded, qe, qe + 10)
    if not (_SOFT_END.search(inner) or gap.group(0).strip()):  # "…,” she said / "…” — she said
        return None
    p = gap.end()
    if para.folded.startswith("as ", p):  # "“…,” as Kallas put it"
        p += 3
    ment = para.speaker_at(p)
    if ment is not None:
        ment = possessor_title(para, ment)
        aside = _ASIDE_AFTER_NAME.match(para.folded, ment.end, ment.end + 100)  # "X, a lawyer, said"
        start = aside.end() if aside is not None and ment.kind in ("he", "she", "person") else ment.end
        aux = _AUX_HAS.match(para.folded, start, start + 12).end()
        c = _CUE_RE.match(para.folded, aux)
        if c and c.group(0) not in _PARTICIPLES:
            return Attribution(ctx.speaker(ment, qe), para.text[c.start():c.end()], c.end())
    c = _CUE_RE.match(para.folded, p)
    if c and c.group(0) not in _PARTICIPLES:
        ment = para.speaker_at(c.end() + 1) or _name_after_title(ctx, c.end() + 1)
        if ment is not None:
            ment = possessor_title(para, ment)
            return Attribution(ctx.speaker(ment, qe), para.text[c.start():c.end()], ment.end)
        return role_after_cue(ctx, c) or lone_name_after_quote(ctx, p)
    return title_then_name(ctx, p) or role_then_cue(ctx, p) or lone_name_after_quote(ctx, p)


#: Lower-case words of a title between a cue and a name ("said local farmer ", "said shadow rapporteur ").
_LOWER_TITLE = re_compile(r"(?:[a-z][a-z-]*\s+){1,3}")


def _name_after_title(ctx: Context, p: int) -> Mention | None:
    """A person's name after a lower-case title at ``p`` ("…,” said pensioner Vera Ilić, 71.").

    The title is the common noun of a person's role in ``roles.csv`` (pensioner, rapporteur, farmer),
    perhaps after modifiers ("retired teacher"); the name right after it is the speaker. None when the
    words before the name do not end in such a noun ("said on Monday", "said in Belgrade").
    """
    m = _LOWER_TITLE.match(ctx.para.text, p, p + 60)
    if m is None or ctx.para.text[m.end():m.end() + 1].islower():
        return None
    last = m.group(0).split()[-1]
    if last not in ctx.roles.role_nouns or last in ctx.roles.bodies:
        return None
    ment = ctx.para.speaker_at(m.end())
    return ment if ment is not None and ment.kind in ("he", "she", "person") else None


def title_then_name(ctx: Context, p: int) -> Attribution | None:
    """Rule 1d: "…,” Russian Ambassador to Serbia Alexander Petrov said.

    A title (which may itself hold an alias or a place) and a person's name, then a finite cue: the
    person named last before the cue is the speaker, not the title's alias ("Russian Ambassador").
    """
    para = ctx.para
    c = _CUE_RE.search(para.folded, p, p + 120)
    if c is None or c.group(0) in _PARTICIPLES or ctx.span_starts_in(p, c.start()) \
            or para.sentence_of(c.start()) != para.sentence_of(p):  # no cue of the next sentence
        return None
    n = para.name_ending_at(c.start(), p)
    if n is None or n.kind not in ("he", "she", "person") or not _is_title(ctx, para.text[p:n.start]):
        return None
    return Attribution(ctx.speaker(n, p), para.text[c.start():c.end()], c.end())


#: "from <owner>" after a role that follows its cue, up to the clause's end ("said a diplomat from Sweden.").
_FROM_AFTER = re_compile(r"\s+from\s+[^,.;:“”\"()!?]{1,80}?(?=\s*[,.;:!?]|\s*$"
                         r"|\s+(?:who|when|while|after|before|during|as|because|in|at|on|and|but|to)\b)")
#: The role after a cue ends at a clause, a place, or a post-modifier ("an official responsible for …",
#: "a diplomat familiar with the talks", "a source close to …").
_ROLE_AFTER_CUE = re_compile(r"\s+([^,.;:“”\"()]{2,80}?)"
                             r"(?=\s*[,.;:]|\s+(?:who|in|at|on|after|before|during|from"
                             r"|responsible|familiar|close|involved|briefed|speaking)\b)")


def role_after_cue(ctx: Context, c) -> Attribution | None:
    """Rule 1b: "…,” said a senior EU diplomat / "…,” said the Russian embassy in a statement.

    The role ends before a clause or a place it is in or comes from ("said a pensioner from Kraljevo").
    """
    m = _ROLE_AFTER_CUE.match(ctx.para.text, c.end(), c.end() + 120)
    if m is None:
        return None
    where = _FROM_AFTER.match(ctx.para.text, m.end(1), m.end(1) + 100)  # "said a diplomat from one EU state"
    origin = from_speaker(ctx.para.text, m.start(1), where.end(), ctx.roles) if where is not None else None
    if origin is not None:
        return Attribution(origin, ctx.para.text[c.start():c.end()], where.end())
    sp = ctx.role_speaker(m.start(1), m.end(1))
    if (sp is None
            or role_phrase_before(ctx.para.text, m.start(1), m.end(1), ctx.roles)[0] != m.group(1).strip()):
        return None
    return Attribution(sp, ctx.para.text[c.start():c.end()], m.end(1))


#: "…,” one of them, a medical student from Niš, said: the role in apposition to "one of them".
_ONE_OF_THEM = re_compile(r"[\s,]*(?:one|two|three|several|some|many|most)\s+of\s+(?:them|those|us)\s*,\s*",
                          re.I)


def role_then_cue(ctx: Context, p: int) -> Attribution | None:
    """Rule 1c: "…,” the embassy said / "…,” one Western ambassador told reporters."""
    c = _CUE_RE.search(ctx.para.folded, p, p + 100)
    if c is None or c.group(0) in _PARTICIPLES or ctx.span_starts_in(p, c.start()):
        return None
    origin = from_speaker(ctx.para.text, p, c.start(), ctx.roles)  # "…,” a diplomat from one EU state said"
    if origin is not None and ctx.para.text.find(origin.raw, p) - p <= 2:
        return Attribution(origin, ctx.para.text[c.start():c.end()], c.end())
    found = role_phrase_before(ctx.para.text, p, c.start(), ctx.roles)
    if found is None:
        return None
    at = ctx.para.text.find(found[0], p)
    if at - p > 2 and not _ONE_OF_THEM.fullmatch(ctx.para.text, p, at):
        return None
    sp = ctx.role_speaker(p, c.start())
    return Attribution(sp, ctx.para.text[c.start():c.end()], c.end()) if sp is not None else None


_TITLE_JOINS = {"to", "of", "for", "the", "and", "in"}


def _is_title(ctx: Context, words: str) -> bool:
    """True when ``words`` can be a title: capitalised words, role nouns and joining words only.

    "Russian Ambassador to Serbia" is a title; "one reporter from" is not (its name is a place).
    """
    toks = words.split()
    if not toks or toks[-1].lower() in _TITLE_JOINS:
        return False
    plain = [w for w in toks if not (w[:1].isupper() or w.lower() in _TITLE_JOINS
                                     or w.lower() in _PORTFOLIO_WORDS or ctx.roles.head(w)
                                     or w.endswith(("'s", "’s")))]
    # "the group's director", "CRTA's programme director": a possessive owner, one plain modifier
    return not plain or (len(plain) == 1 and bool(ctx.roles.head(toks[-1])))


def cue_before_quote(ctx: Context, qs: int, qe: int, si: int, sent_start: int) -> Attribution | None:
    """Rule 2: a cue at most 8 words before the quote.

    Rule 2: a cue at most 8 words before the quote in its sentence, with no other quote between
    ("Vučić described Maduro as “…”"); a cue without its own speaker shares the subject of the
    previous quote in the sentence ("…,” said X, who described … as “…”"). When the nearest cue's
    subject is no actor (a thing: "X said the agreement showed that “…”"), an earlier cue of the
    sentence whose clause holds it and whose speaker is an actor speaks: X; else the thing stays.
    """
    pos, thing = qs, None
    for tries in range(3):  # the nearest cue first; an earlier one when it has no speaker ("told state
        cue = ctx.last_cue_before(sent_start, pos)  # television", "said the project showed that …")
        if cue is None or _quotation_between(ctx, cue.end, qs):
            break
        pos = cue.start
        if not (_cue_reaches(ctx, cue, qs, tries > 0) or _parenthetical_cue(ctx, cue, si, sent_start)):
            continue
        sp = speaker_of_cue(ctx, cue, sent_start)
        last = ctx.last
        if sp is None and last is not None and last.sentence == si \
                and _SHARED_SUBJECT.search(ctx.para.folded, sent_start, cue.start):
            sp = last.speaker
        if sp is not None and sp.actor:
            return Attribution(sp, ctx.para.text[cue.start:cue.end], qe, cue.start)
        if sp is not None and tries == 0:
            thing = Attribution(sp, ctx.para.text[cue.start:cue.end], qe, cue.start)
    return thing


_PARENTHETICAL_AT = re_compile(_PARENTHETICAL.pattern.removeprefix("^"))  # anchored by match() at a sentence


def _parenthetical_cue(ctx: Context, cue, si: int, sent_start: int) -> bool:
    """True when ``cue`` is an attribution between commas inside its sentence's reported clause.

    "Export permits, he told reporters, are checked …, and his ministry had “nothing to hide”": the
    attribution reaches the quotation that the reported clause goes on to, however far.
    """
    m = _PARENTHETICAL_AT.match(ctx.para.text, sent_start, ctx.para.sents[si][1])  # no copy: linear
    return m is not None and m.start("c") == cue.start


def _quotation_between(ctx: Context, lo: int, hi: int) -> bool:
    """True when a quotation (not a name in quote marks: “Safe City”) opens in ``[lo, hi)``."""
    if not ctx.span_starts_in(lo, hi):
        return False
    text, j = ctx.para.text, bisect.bisect_left(ctx._span_starts, lo)
    for a, b in ctx.spans[j:j + 3]:  # the first few only: one name before a quotation at most, in practice
        if a >= hi:
            return False
        if not is_name_in_quotes(text[a + 1:b - 1]):
            return True
    return True


def _cue_reaches(ctx: Context, cue, qs: int, earlier: bool) -> bool:
    """True when a cue reaches a quote.

    A cue reaches a quote at most 8 words on, or through its "that"-clause ("X told … that the
    country could not keep “…”"); an earlier cue of the sentence also through a clause without
    "that" ("Li said the project showed that cooperation “…”").
    """
    if _count_words(ctx.para.text, cue.end, qs, 9) <= 8 and not earlier:
        return True
    start = clause_start_after_cue(ctx, cue, qs)
    if start is None or start > qs:
        return False
    return ctx.para.folded[cue.end:start].rstrip().endswith("that") or cue.word in ZERO_THAT


def continued_quote(ctx: Context, qs: int, qe: int, si: int, sent_start: int) -> Attribution | None:
    """Rules 3 and 4: a quote with no cue goes to the previous quote's speaker.

    Rules 3 and 4: a quote with no cue of its own, after an attributed quote with no cue between,
    in the same sentence ("accused Brussels of a “Maidan coup” … by “brainwashing”") or opening a
    sentence ("“…,” von der Leyen said. “…”"), goes to the previous quote's speaker.
    """
    last = ctx.last
    if last is None or ctx.cues_in(last.end, qs):
        return None
    opens_sentence = _NON_SPACE.search(ctx.para.text, sent_start, qs) is None
    if last.sentence == si or opens_sentence:
        return Attribution(last.speaker, last.cue, qe)
    return None


def after_reported_sentence(ctx: Context, qs: int, qe: int, si: int, sent_start: int) -> Attribution | None:
    """Rule 4b: a whole sentence in quote marks after a sentence of reported speech is its speaker's.

    "Ilić argued that the trade suited Belgrade. “It earns money from both sides.”": a sentence that
    is all quotation, with no cue of its own, goes on from the reported speech just before it (the
    last cue of the previous sentence, outside quote marks, whose speaker is an actor).
    """
    para = ctx.para
    end = para.sents[si][1]
    if si == 0 or ctx.last is not None or _NON_SPACE.search(para.text, sent_start, qs) is not None \
            or _NON_SPACE.search(para.text, qe, end) is not None or ctx.cues_in(sent_start, end):
        return None
    lo = para.sents[si - 1][0]
    for cue in reversed(ctx.cues_in(lo, sent_start)):
        if cue.word in _PARTICIPLES or ctx.inside_span(cue.start):
            continue
        sp = speaker_of_cue(ctx, cue, lo)
        return Attribution(sp, ctx.para.text[cue.start:cue.end], qe) if sp is not None and sp.actor else None
    return None


def in_words_of(ctx: Context, qs: int, qe: int, si: int, sent_start: int) -> Attribution | None:
    """Rule 2b: a source phrase earlier in the sentence.

    Rule 2b: "According to her, … “…”" / "something that, in his words, “…”" (a source phrase
    earlier in the sentence, with no cue between).
    """
    found = list(_IN_WORDS.finditer(ctx.para.text, max(0, sent_start - 1), qs))
    m = found[-1] if found else None
    if m is None or ctx.cues_in(m.end(), qs) or ctx.span_starts_in(m.end(), qs):
        return None
    sp = source_speaker(ctx, m.start("s"), m.end("s")) if m.group("s") else None
    if m.group("p1"):
        pron = {"his": "he", "her": "she", "their": "they", "its": "it"}[m.group("p1").lower()]
        actor, kind = ctx.res.resolve(Mention(m.start("p1"), m.end("p1"), None, pron), ctx.para, m.start(),
                                      pron)
        sp = Speaker(m.group("p1"), actor, kind)
    if sp is None or not sp.actor:
        return None
    return Attribution(sp, "according to" if m.group("s") else "in the words of", qe)


#: The next sentence names the speaker in the passive: "This was stated on Wednesday by the official
#: representative of the Foreign Ministry, Maria Zakharova" (state-news-agency style).
_STATED_BY = re_compile(r"\s*(?:This|That|These|Those|It)\s+(?:was|were|has\s+been|had\s+been)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:stated|said|announced|declared|reported|noted|stressed|emphasi[sz]ed"
                        r"|underlined|written|explained|claimed)\b[^.;“”\"]{0,60}?\s+by\s+")
_PERSON_KINDS = ("he", "she", "person")


def continued_paragraph(ctx: Context, qs: int, qe: int, si: int, sent_start: int) -> Attribution | None:
    """Rule 3b: a paragraph opening with a quote mark after a paragraph whose quote was left open.

    News convention for a quotation over several paragraphs: each paragraph opens with a mark, only
    the last closes; the continuation is the same speaker's.
    """
    open_quote = ctx.res.open_quote
    if open_quote is None or qs != len(ctx.para.text) - len(ctx.para.text.lstrip()):
        return None
    return Attribution(open_quote, "", qe)


def stated_by_opening(para, si: int):
    """The passive attribution opening the sentence after sentence ``si`` ("This was stated by …").

    Returns
    -------
    re.Match or None
        The match of ``_STATED_BY`` (None when there is no next sentence or it opens otherwise).
    """
    if si + 1 >= len(para.sents):
        return None
    lo, hi, _t = para.sents[si + 1]
    return _STATED_BY.match(para.text, lo, hi)


def stated_by_next(ctx: Context, qs: int, qe: int, si: int, sent_start: int) -> Attribution | None:
    """Rule 2d: "“…” This was stated by X." (the next sentence names the speaker, a person first)."""
    para = ctx.para
    if si + 1 >= len(para.sents) or ctx.cues_in(sent_start, para.sents[si][1]):
        return None
    m = stated_by_opening(para, si)
    if m is None:
        return None
    hi = para.sents[si + 1][1]
    found = [n for n in (para.named_in(m.end(), hi),) if n is not None]
    found += [x for x in para.mentions if m.end() <= x.start < hi and x.actor]
    if not found:
        return None
    best = min(found, key=lambda x: (x.kind not in _PERSON_KINDS, x.start))
    return Attribution(ctx.speaker(best, m.end()), "stated by", qe)


_COLON_BEFORE = re_compile(r":\s*$")


def after_colon(ctx: Context, qs: int, qe: int, si: int, sent_start: int) -> Attribution | None:
    """Rule 2c: a quote after a colon.

    Rule 2c: "Ana Brnabić did not mince words: “…”" (a quote after a colon, in a sentence whose
    subject is a person or an organisation; "The message was clear: “…”" has no such subject).
    """
    if not _COLON_BEFORE.search(ctx.para.text, max(sent_start, qs - 5), qs):
        return None
    subject = ctx.para.first_subject(sent_start, qs)
    if subject is None or subject.actor is None or subject.kind == "place":
        return None
    lead = ctx.para.text[sent_start:subject.start]
    if "," in lead or len(lead.split()) > 5:  # the subject opens the sentence (after a title at most)
        return None
    return Attribution(ctx.speaker(subject, qs), "", qe)


def direct_quotes(ctx: Context, spans) -> list[Found]:
    """The quotation ``spans`` with a speaker, in text order (spans without one are scare quotes)."""
    para, out = ctx.para, []
    for qs, qe in spans:
        inner = para.text[qs + 1:qe - 1]
        if is_name_in_quotes(inner):
            continue
        si = para.sentence_of(qs)
        sent_start = para.sents[si][0]
        soft = _SOFT_END.search(inner) is not None
        # a phrase inside a reported clause is its speaker's: "A says the deal is “fair”, B thanks …" (A)
        embedded = None if soft else cue_before_quote(ctx, qs, qe, si, sent_start)
        att = embedded or speaker_after_quote(ctx, qs, qe, inner) \
            or (soft and cue_before_quote(ctx, qs, qe, si, sent_start)) \
            or in_words_of(ctx, qs, qe, si, sent_start) or after_colon(ctx, qs, qe, si, sent_start) \
            or continued_quote(ctx, qs, qe, si, sent_start) or stated_by_next(ctx, qs, qe, si, sent_start) \
            or continued_paragraph(ctx, qs, qe, si, sent_start) \
            or after_reported_sentence(ctx, qs, qe, si, sent_start)
        if att is None:
            continue
        ctx.res.remember(att.speaker.actor, att.speaker.kind)
        out.append(Found(qs, att.speaker, att.cue or "", inner.strip(), "direct"))
        ctx.add_direct(qs, qe, att.cue_start)
        ctx.last = LastQuote(att.cue_end, para.sentence_of(qe - 1), att.speaker, att.cue or "")
    return out


