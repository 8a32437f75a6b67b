"""An ambassador introduced by title alone ("Ambassador Li Ming said"): the state named just before.

News writing names a foreign state or its embassy, then its ambassador by title alone: "The Chinese
embassy did not reply. In a speech last spring, Ambassador X said …"; "Finally, China. Ambassador X
said last week …". An ambassador or envoy whose title names no owner is the envoy of the state named
last before the name (a level 2 word of ``roles.csv`` of a state, its capital or one of its bodies:
"Chinese", "China", "Beijing", "Kremlin"), within 300 characters (this paragraph, then the end of the
one before); failing that, of the state the rest of the name's sentence names ("Ambassador X said
Beijing was ready"). Serbia's own words do not count: a Serbian ambassador is introduced with his
state ("Serbia's ambassador to Austria"), and Belgrade is where the foreign envoys sit.

Blind spots: an ambassador introduced after a sentence about another state takes that state; an
untitled "the ambassador" is left to :mod:`.role_holders`.
"""

from __future__ import annotations

from helpers._text.programs import re_compile

#: The titles of a state's envoy (a cheap test first: the role must hold one).
_ENVOY = re_compile(r"(?i)\b(?:ambassador|envoy|charg[eé] d['’]affaires)\b")
#: The window read before the name (linear time) and after it (the rest of its sentence).
_REACH = 300
_SENTENCE_END = re_compile(r"[.!?][”\"]?\s")


def _state_words(roles, text: str) -> list[str]:
    """The groups of the state words of ``text`` (level 2 of ``roles.csv``, Serbia's left out), in order."""
    out = []
    for _s, _e, w in roles.words_in(text):
        level, group, _kind = roles.info[w]
        if level == 2 and group and group != "serbian_government":
            out.append(group)
    return out


def envoy_group(roles, role: str, text: str, start: int, end: int, before: str = "") -> str:
    """The group of the state whose envoy a person titled "Ambassador" with no owner is.

    Parameters
    ----------
    roles : RoleWords
        The role words (``roles.csv``).
    role : str
        The person's role words ("Ambassador Li Ming").
    text : str
        The paragraph.
    start, end : int
        Where the name is in ``text``.
    before : str, optional
        The end of the text read before this paragraph.

    Returns
    -------
    str
        The group of the state named last before the name (else first in the rest of its sentence),
        or "" when the title names its owner, is no envoy's, or no state is named near it.
    """
    if _ENVOY.search(role) is None or roles.owner_named(role):
        return ""
    back = (before + text[:start])[-_REACH:]
    groups = _state_words(roles, back)
    if groups:
        return groups[-1]
    stop = _SENTENCE_END.search(text, end, end + _REACH)
    after = _state_words(roles, text[end:stop.start() if stop else end + _REACH])
    return after[0] if after else ""
