"""Second references by a bare noun: "the commission said" after "the Electoral Commission".

News writing names an organisation in full once and then by its head noun alone ("the Republic
Electoral Commission said …  The commission said …", "the Embassy of Norway … The Embassy stresses").
The alias table may know the bare noun as another actor ("the Commission" is the European
Commission); in an article that named another organisation with that head, the bare noun refers
to it. The antecedent is looked for among the mentions before the speaker in its paragraph, then
in the previous paragraph (a bounded number of them: linear time).
"""

from __future__ import annotations

import re
from itertools import islice

from helpers._text.fold import fold
from helpers.analysis.quoting.records import Mention

_BARE_NOUN = re.compile(r"(?:[Tt]he\s+)?([A-Za-z]+)")
_REACH = 200  # mentions looked back at (as for pronouns)


def _headed_by(words: list[str], noun: str) -> bool:
    """True when ``noun`` heads a longer name: its last word, or the word before "of"."""
    if len(words) < 2:
        return False
    return words[-1] == noun or any(w == noun and nxt == "of" for w, nxt in zip(words, words[1:]))


def second_reference(para, res, roles, mention: Mention, raw: str) -> tuple[str, str] | None:
    """``(actor, kind)`` of the organisation a bare body noun refers to, or None.

    Parameters
    ----------
    para : Paragraph
        The paragraph under attribution.
    res : Resolver
        The article's speaker history (for the previous paragraph's mentions).
    roles : RoleWords
        The role words (``bodies``: the organisation nouns).
    mention : Mention
        The speaker's mention (an alias-table actor, e.g. "the commission" -> European Union).
    raw : str
        Its words as written.

    Returns
    -------
    tuple or None
        The actor and kind of the last earlier mention that is a longer name headed by the same
        noun and names another actor; None when ``raw`` is not "(the) <body noun>" or there is none.
    """
    m = _BARE_NOUN.fullmatch(raw)
    if mention.actor is None or m is None or fold(m.group(1)).lower() not in roles.bodies:
        return None
    noun = fold(m.group(1)).lower()
    for earlier in islice(para.mentions_before(mention.start), _REACH):
        words = para.folded[earlier.start:earlier.end].split()
        if earlier.actor != mention.actor and _headed_by(words, noun):
            return earlier.actor, earlier.kind
    for text, actor, kind in islice(res.prev_mentions(), _REACH):
        if actor != mention.actor and _headed_by(text.split(), noun):
            return actor, kind
    return None
