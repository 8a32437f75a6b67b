"""Collective actors named by an owner word, not by a name: "the Russian embassy", "Western media".

Fixed names of a state's institutions written with the owner's adjective ("the Russian embassy",
"Chinese state television") and media named as one collective actor ("pro-government tabloids",
"Serbian media"), for the mentions of :func:`helpers.analysis.quoting.people.introduced_in`.
"""

from __future__ import annotations

import bisect

from helpers._text.hints import has_any
from helpers._text.programs import re_compile
from helpers.analysis.roles import RoleWords

#: Fixed names of a state's institutions, named by the owner's adjective ("the Russian embassy",
#: "Russian state television", "the Chinese embassy"): mentions of that institution.
_STATE_BODIES = r"embassy|state\s+television|state\s+media|state\s+broadcaster|state\s+news\s+agency"
_STATE_BODY_RE = re_compile(rf"(?<![\w-])((?:[A-Z][a-z]+(?:an|ese|ish))|US|U\.S\.)"
                            rf"\s+({_STATE_BODIES})(?![\w-])")


def state_bodies(text: str, roles: RoleWords):
    """Each owner-adjective embassy or state television in ``text``.

    ``(start, end, actor, group)`` of each "<owner adjective> embassy / state television" in
    ``text``; the group is the owner's (``roles.csv``), the actor "Russian embassy".
    """
    if "embassy" not in text and "state" not in text:
        return  # every match holds one of these words
    for m in _STATE_BODY_RE.finditer(text):
        group = roles.group_of(m.group(1))
        if group:
            yield m.start(), m.end(), f"{m.group(1)} {' '.join(m.group(2).split())}", group


#: Media named as one collective actor ("Western media", "pro-government tabloids", "Serbian media");
#: "foreign", "local" or "independent" media are unspecified groups, and "in Serbian media" a place.
_MEDIA_RE = re_compile(r"(?<![\w-])(?<!\bin\s)((?:[Pp]ro-government|Western|Serbian)\s+"
                       r"(?:media|tabloids|press|outlets|newspapers|television\s+channels))(?![\w-])")


#: The words one of which every match of ``_MEDIA_RE`` holds (a substring test first).
_MEDIA_HINTS = ("media", "tabloids", "press", "outlets", "newspapers", "channels")


def media_collectives(text: str):
    """``(start, end, actor, "other")`` of each collective media actor in ``text`` (see ``_MEDIA_RE``)."""
    if not has_any(text, _MEDIA_HINTS):
        return
    for m in _MEDIA_RE.finditer(text):
        yield m.start(), m.end(), " ".join(m.group(1).split()), "other"


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """True when ``[s, e)`` overlaps one of the sorted ``spans``."""
    j = bisect.bisect_left(spans, (e, e))
    return any(a < e and s < b for a, b in spans[max(0, j - 3):j])


def collectives_outside(i: int, text: str, roles: RoleWords, mine, named: list) -> list:
    """The state bodies and media collectives of sentence ``i`` that overlap no mention found before.

    Parameters
    ----------
    i : int
        The sentence's index (the first item of each row).
    text : str
        The sentence.
    roles : RoleWords
        The role words that give a state body's group.
    mine : sequence of tuple
        The sentence's alias matches ``(row, start, end, alias row)``.
    named : list of Mention
        The names found in the sentence (a state body right before one is its title:
        "state news agency Xinhua").

    Returns
    -------
    list of tuple
        ``(i, start, end, actor, group)``, the state bodies first, as the rows of
        :func:`helpers.analysis.quoting.people.introduced_in`.
    """
    found = [(a, b, actor, group, True) for a, b, actor, group in state_bodies(text, roles)]
    found += [(a, b, actor, group, False) for a, b, actor, group in media_collectives(text)]
    if not found:  # the common case: nothing to check against the spans
        return []
    taken = sorted([(s, e) for _k, s, e, _r in mine] + [(m.start, m.end) for m in named])
    named_starts = {m.start for m in named}
    return [(i, a, b, actor, group) for a, b, actor, group, state in found
            if not _overlaps(taken, a, b) and not (state and b + 1 in named_starts)]
