"""An ambassador introduced by title alone ("Ambassador Li Ming said"): the state named just before.

News writing names a foreign state or its embassy, then its ambassador by title alone: "The Chinese
embassy did not reply. In a speech last spring, Ambassador X said …"; "Finally, China. Ambassador X
said last week …". An ambassador or envoy whose title names no owner is the envoy of the state named
last before the name (a level 2 word of ``roles.csv`` of a state, its capital or one of its bodies:
"Chinese", "China", "Beijing", "Kremlin"), within 300 characters (this paragraph, then the end of the
one before); failing that, of the state the rest of the name's sentence names ("Ambassador X said
Beijing was ready"). Serbia's own words do not count: a Serbian ambassador is introduced with his
state ("Serbia's ambassador to Austria"), and Belgrade is where the foreign envoys sit.

A government title with no owner ("Prime Minister X", "Deputy Foreign Minister X") is Serbia's by
default (``roles.csv``, level 3); right after a sentence that opens with another state or its people
("Montenegro closed two more chapters … . Prime Minister X wrote …"; "Ukrainian officials are not
convinced. Deputy Foreign Minister X said …") it is that state's, when nothing in the name's own
sentence before it names a state, and only within one paragraph (a paragraph that opens with
"Energy Minister X" after one about Russia is most often about Serbia's minister again:
:func:`state_title_group`).

Blind spots: an ambassador introduced after a sentence about another state takes that state; an
untitled "the ambassador" is left to :mod:`.role_holders`; a Serbian minister by title alone right
after a sentence opening with a foreign state is taken as that state's.
"""

from __future__ import annotations

from helpers._text.programs import re_compile

#: The titles of a state's envoy (a cheap test first: the role must hold one).
_ENVOY = re_compile(r"(?i)\b(?:ambassador|envoy|charg[eé] d['’]affaires)\b")
#: The window read before the name (linear time) and after it (the rest of its sentence).
_REACH = 300
_SENTENCE_END = re_compile(r"[.!?][”\"]?\s")
#: The first words of a sentence, where its subject is ("Montenegro provisionally closed", "Ukrainian
#: officials are"), after an opening quotation mark.
_OPENING = re_compile(r"[“\"]?\s*((?:\S+\s+){0,2}\S+)")


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


def state_title_group(roles, role: str, text: str, start: int) -> str:
    """The state a government title with no owner belongs to, from the subject of the sentence before.

    Parameters
    ----------
    roles : RoleWords
        The role words (``roles.csv``).
    role : str
        The person's role words ("Prime Minister Ana Ilić").
    text : str
        The paragraph.
    start : int
        Where the name is in ``text``.

    Returns
    -------
    str
        The group of the state (not Serbia) whose name or adjective opens the sentence before the
        name's in the same paragraph, within its first three words; "" when the title names an
        owner or is no state title, the name's sentence names a state before it, or no other state
        opens the sentence before.
    """
    if roles.owner_named(role) or roles.group_of(role) != "serbian_government":
        return ""
    back = text[max(0, start - _REACH):start]  # the same paragraph only: a new paragraph may turn home
    ends = [m.end() for m in _SENTENCE_END.finditer(back)]
    if not ends or any(roles.info[w][0] <= 2 for _s, _e, w in roles.words_in(back[ends[-1]:])):
        return ""  # no sentence before in reach, or the name's own sentence names a state or body
    opening = _OPENING.match(back, ends[-2] if len(ends) > 1 else 0)
    groups = [roles.info[w][1] for _s, _e, w in roles.words_in(opening.group(1))
              if roles.info[w][0] == 2 and roles.info[w][1]] if opening else []
    return groups[0] if groups and groups[0] != "serbian_government" else ""
