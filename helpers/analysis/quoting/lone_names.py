"""A one-word name that is the whole subject of a cue with "that": an organisation speaking for itself.

"Politika wrote that …", "In Moscow, Kommersant reported that …", "JANAF said in a statement
that …": the word is no role, pronoun or adverb, so it names the organisation that speaks. Used by
:mod:`.context` when no mention, name or role phrase stands before a cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from helpers._text.fold import fold
from helpers._text.programs import re_compile
from helpers.analysis.quoting.patterns import _AUX_HAS, _CUE_RE, _NOT_NAME, _PARTICIPLES
from helpers.analysis.quoting.people import name_key
from helpers.analysis.quoting.records import Attribution, Cue, Mention, Speaker

if TYPE_CHECKING:
    from helpers.analysis.quoting.context import Context


#: One capitalised word opening a sentence (after a short adverbial) right before a finite cue and "that":
#: "Politika wrote that …", "In Moscow, Kommersant reported that …" (a newspaper, a company); or an
#: acronym written in capitals ("JANAF said in a statement that …"); a state's possessive may come
#: first ("Croatia's JANAF said that …": the company speaks).
_LONE_NAME = re_compile(r"\s*(?:[A-Z][^,;:“”\"]{0,30},\s+)?(?:[A-Z][a-z]+['’]s\s+)?"
                        r"(?P<n>[A-Z][a-z][\w'’-]+|[A-Z]{3,10})\s+$")
#: "that" after the cue, perhaps after the medium ("said in a written statement that", "in a post that").
_CUE_THAT = re_compile(r"(?:\s+in\s+(?:a|an|its)\s+(?:written\s+|short\s+)?"
                       r"(?:statement|reply|response|post|letter|press\s+release))?\s+that\b")
#: Capitalised words opening a sentence that are no name (adverbs, pronouns, collective nouns).
_NOT_SUBJECT = frozenset({"yesterday", "today", "later", "earlier", "still", "also", "nobody", "everyone",
                          "someone", "critics", "officials", "analysts", "experts", "others", "few", "most",
                          "some", "both", "all", "everybody", "somebody", "observers", "supporters"})


def lone_name_subject(ctx: Context, cue: Cue, sent_start: int) -> Speaker | None:
    """Rule: a one-word name as the whole subject of a finite cue.

    The surname of a person the article named in full before ("We met Dragana Petković …";
    later "Petković said the plant …", "Petković told us that …", "Petković said: “…”") is that
    person, whatever follows the cue. Any other one-word subject speaks for itself as an
    organisation, and only before "that" ("Politika wrote that …").
    """
    if cue.word in _PARTICIPLES:
        return None
    m = _LONE_NAME.fullmatch(ctx.para.text, sent_start, cue.start)
    word = fold(m.group("n")).lower() if m is not None else ""
    if not word or word in ctx.roles.info or word in _NOT_NAME or word in _NOT_SUBJECT:
        return None
    full = _named_before(ctx, m.group("n"))
    if full is not None:
        return ctx.speaker(Mention(m.start("n"), m.end("n"), full, "person"), cue.start)
    if not _CUE_THAT.match(ctx.para.folded, cue.end):
        return None
    return Speaker(m.group("n"), m.group("n"), "organisation")


#: Up to three capitalised words (a name the article did not introduce with a role) right after a
#: quote, then a finite cue: "“…,” Stanković said." / "“…,” Ana Ilić told us."
_NAME_THEN_CUE = re_compile(r"(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=\s+(?:has\s+|had\s+)?\w)")
#: A finite cue then such a name closing the attribution: "“…,” said Stanković."
_CUE_THEN_NAME = re_compile(r"\s+(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=\s*(?:[.,;:!?]|$))")


def _name_speaker(ctx: Context, start: int, name: str) -> Mention | None:
    """A person's name no rule resolved, as a mention of the person it names.

    The surname of a person named in full earlier in the article ("We met Milorad Stanković …";
    later "Stanković said") is that person; any other name stands for itself (group ``other``).
    None for a word that is no name (a pronoun, a weekday, a role or group word, a place or state).
    """
    words = name.split()
    if any(fold(w).lower() in _NOT_NAME or fold(w).lower() in _NOT_SUBJECT for w in words) \
            or fold(name).lower() in ctx.roles.info or ctx.roles.group_of(name) \
            or any(ctx.roles.head(w) for w in words):
        return None
    actor = (_named_before(ctx, name) if len(words) == 1 else None) or name
    return Mention(start, start + len(name), actor, "person")


def _named_before(ctx: Context, surname: str) -> str | None:
    """The full name of the person the article named earlier with this surname and no role, if any."""
    people = ctx.para.people
    return people.full_names.get(name_key(surname)) if people is not None else None


def lone_name_after_quote(ctx: Context, p: int) -> Attribution | None:
    """Last resort of rule 1: a name no table knows, next to a finite cue after a quote.

    "“…,” Stanković said." / "“…,” said Stanković.": a quotation with a speech cue and a capitalised
    name as its subject is never dropped; the name speaks (resolved to the full name written earlier
    in the article, if any).
    """
    para = ctx.para
    m = _NAME_THEN_CUE.match(para.text, p)
    if m is not None:
        aux = _AUX_HAS.match(para.folded, m.end(), m.end() + 12).end()
        c = _CUE_RE.match(para.folded, aux)
        if c is not None and c.group(0) not in _PARTICIPLES:
            ment = _name_speaker(ctx, m.start("n"), m.group("n"))
            if ment is not None:
                return Attribution(ctx.speaker(ment, p), para.text[c.start():c.end()], c.end())
        return None
    c = _CUE_RE.match(para.folded, p)
    if c is None or c.group(0) in _PARTICIPLES:
        return None
    m = _CUE_THEN_NAME.match(para.text, c.end())
    ment = _name_speaker(ctx, m.start("n"), m.group("n")) if m is not None else None
    if ment is None:
        return None
    return Attribution(ctx.speaker(ment, p), para.text[c.start():c.end()], m.end("n"))
