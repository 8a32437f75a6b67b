"""Named records passed between the quotation rules (instead of positional tuples)."""

from __future__ import annotations

from typing import NamedTuple


class Mention(NamedTuple):
    """A stretch of a paragraph that can name a speaker.

    ``actor`` is the canonical actor (an alias-table actor, or the normalised name of a person or
    organisation not in the table); None for a pronoun or an unknown phrase. ``kind`` is
    ``he``/``she``/``person``/``organisation``/``place``/``people``, or the pronoun itself
    (``it``/``they``) for a pronoun.
    """

    start: int
    end: int
    actor: str | None
    kind: str


class Cue(NamedTuple):
    """A speech cue word in a paragraph: ``word`` is folded (lower case, no diacritics)."""

    start: int
    end: int
    word: str


class Speaker(NamedTuple):
    """A speaker as written and the actor it resolves to.

    A speaker as written (``raw``), the actor it resolves to (None if unresolved), its kind and,
    for a role speaker ("a senior EU diplomat"), the group its role words point to.
    """

    raw: str
    actor: str | None
    kind: str
    group: str = ""


class Attribution(NamedTuple):
    """What a rule found for one quotation.

    What a rule found for one quotation: its speaker, the cue, where the cue ends and, for a cue
    before the quote, where it starts (-1 otherwise).
    """

    speaker: Speaker
    cue: str
    cue_end: int
    cue_start: int = -1


class LastQuote(NamedTuple):
    """The previous attributed direct quote of a paragraph (for chained and continued quotes)."""

    end: int
    sentence: int
    speaker: Speaker
    cue: str


class Found(NamedTuple):
    """One quotation found in a paragraph, before it becomes a table row."""

    start: int
    speaker: Speaker
    cue: str
    quote: str
    kind: str  # "direct" or "indirect"
