"""Unnamed collective speakers: the group of a role phrase with no name ("critics say", "diplomats say").

The conventions were settled in round 25 (``tests/devset/GUIDELINES.md``, "Unnamed speakers without a
name or an organisation"): the stated affiliation decides, else the role word. Two cases are decided
here, after :func:`helpers.analysis.quoting.speakers.role_speaker` has read the role words:

* a post-modifier naming the EU's member states ("Officials from three member states", "diplomats of
  several member countries") makes the role the EU's, whatever the role word's own default (officials
  are otherwise taken as Serbia's);
* diplomats with no stated affiliation at all ("Diplomats say", "two diplomats") are Western diplomats.

Local people (residents, locals, villagers: civil society in ``helpers/data/roles.csv``) are civil society
only in an article that reports a protest, blockade or rally (:func:`local_group`); elsewhere they speak as
private citizens (``other``). Critics, defenders and bankers are ``other`` through their rows of
``helpers/data/roles.csv``.
"""

from __future__ import annotations

import re

from helpers._text.programs import re_compile

#: A post-modifier naming the EU's member states: "from three member states", "of several member countries"
_MEMBER_STATES = re_compile(r"\b(?:from|of|in)\s+(?:the\s+|both\s+|all\s+|some\s+|several\s+|many\s+"
                            r"|[a-z]+\s+)?(?:eu\s+)?member\s+(?:states?|countries|country)\b", re.I)
#: Role nouns whose bearer, with no affiliation stated, is a Western diplomat (GUIDELINES, round 25).
UNAFFILIATED_WEST = frozenset({"diplomat", "diplomats"})
#: Local people as a group: civil society when they protest, else private citizens (GUIDELINES, round 25).
LOCAL_PEOPLE = frozenset({"residents", "resident", "locals", "villagers"})


def collective_group(head: str, extra: str, group: str, owner_named: bool) -> str:
    """The group of an unnamed role phrase, after its post-modifier.

    Parameters
    ----------
    head : str
        The role noun heading the phrase, folded and lower case ("officials", "diplomats").
    extra : str
        The post-modifier after the noun as written ("from three member states"), or "".
    group : str
        The group the role words gave ("" when they name none).
    owner_named : bool
        True when the phrase names whose the role is ("Serbian officials", "EU diplomats").

    Returns
    -------
    str
        ``eu_west`` for member states' roles and for diplomats with no affiliation, else ``group``.
    """
    if not owner_named and extra and _MEMBER_STATES.search(extra):
        return "eu_west"
    if not group and head in UNAFFILIATED_WEST:
        return "eu_west"
    return group


def local_group(head: str, group: str, protest_article: bool) -> str:
    """The group of local people speaking ("Residents say …"): civil society only where they protest.

    Parameters
    ----------
    head : str
        The role noun heading the phrase, folded and lower case ("residents").
    group : str
        The group the role words gave.
    protest_article : bool
        True when the article reports a protest, blockade, rally or petition
        (``introductions.PROTEST_ACT`` found in one of its paragraphs).

    Returns
    -------
    str
        ``other`` for local people in an article with no protest, else ``group``.
    """
    if head in LOCAL_PEOPLE and group == "civil_society" and not protest_article:
        return "other"
    return group
