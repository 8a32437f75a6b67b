"""A one-word name that is the whole subject of a cue with "that": an organisation speaking for itself.

"Politika wrote that …", "In Moscow, Kommersant reported that …", "JANAF said in a statement
that …": the word is no role, pronoun or adverb, so it names the organisation that speaks. Used by
:mod:`.context` when no mention, name or role phrase stands before a cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from helpers._text.fold import fold
from helpers._text.programs import re_compile
from helpers.analysis.quoting.patterns import _NOT_NAME, _PARTICIPLES
from helpers.analysis.quoting.records import Cue, Speaker

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
    """Rule: a one-word name as the whole subject of a cue with "that" speaks for itself (an organisation)."""
    if cue.word in _PARTICIPLES or not _CUE_THAT.match(ctx.para.folded, cue.end):
        return None
    m = _LONE_NAME.fullmatch(ctx.para.text, sent_start, cue.start)
    word = fold(m.group("n")).lower() if m is not None else ""
    if not word or word in ctx.roles.info or word in _NOT_NAME or word in _NOT_SUBJECT:
        return None
    return Speaker(m.group("n"), m.group("n"), "organisation")
