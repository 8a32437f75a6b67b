"""The written forms of a name an article introduces, cut to the name itself (helpers for ``people.py``).

An organisation's name runs on through its connectors and its owner ("Ministry of Mining and
Energy", "Ministry of Foreign Affairs of the Republic of Serbia" -> "Serbian Ministry of Foreign
Affairs"); a person's name loses a portfolio or a place written before it ("Minister of
Environmental Protection Sara Pavkov" -> "Sara Pavkov", "Ambassador to Serbia Alexander
Botsan-Kharchenko" -> "Alexander Botsan-Kharchenko").
"""

from __future__ import annotations

import bisect

from helpers._text.fold import fold
from helpers._text.programs import re_compile
from helpers.analysis.quoting.patterns import _NAME_WORD
from helpers.analysis.quoting.records import Mention
from helpers.analysis.roles import role_words

_ORG_TAIL = re_compile(rf"\s+(?:of|for|on)(?:\s+the)?\s+{_NAME_WORD}(?:\s+(?:and\s+)?{_NAME_WORD}){{0,3}}")
#: A state named after an institution ("... of the Republic of Serbia", "... of the Russian Federation").
_OWNER_TAIL = re_compile(rf"\s+of\s+the\s+(?P<state>Republic\s+of\s+{_NAME_WORD}|{_NAME_WORD}\s+Federation"
                         rf"|People['’]s\s+Republic\s+of\s+China)(?![\w-])")
#: The adjective an institution's canonical name takes for its state ("Serbian Ministry of Interior").
_STATE_ADJECTIVES = {"republic of serbia": "Serbian", "russian federation": "Russian",
                     "people's republic of china": "Chinese", "people’s republic of china": "Chinese",
                     "republic of croatia": "Croatian",
                     "republic of kosovo": "Kosovo", "republic of north macedonia": "North Macedonian",
                     "republic of bulgaria": "Bulgarian", "republic of hungary": "Hungarian"}
_FOREIGN_MINISTRY = re_compile(r"(?:[Tt]he\s+)?([A-Z][\w’'-]+)\s+Foreign\s+Ministry")

#: Words of a minister's portfolio ("Minister of Mining and Energy"), dropped before the name.
_PORTFOLIO_WORDS = {
    "economy", "energy", "mining", "finance", "finances", "foreign", "affairs", "interior", "defence",
    "defense", "justice", "health", "education", "trade", "agriculture", "environment", "environmental",
    "protection", "infrastructure", "transport", "integration", "european", "labour", "labor", "culture",
    "information", "telecommunications", "construction", "tourism", "youth", "sport", "sports", "science",
    "innovation", "development", "security", "internal", "public", "administration", "human", "minority",
    "rights", "family", "care", "diaspora", "technology", "industry", "investment", "investments", "economic",
}


#: Capitalised words joined by "and" before an organisation's name ("Freedom and" + "Justice Party").
_AND_BEFORE = re_compile(rf"(?<![\w'’-])((?:{_NAME_WORD}\s+){{1,3}})and\s+$")
_NOT_OPENING = frozenset({"the", "a", "an", "and", "but", "in", "on", "at", "for", "of", "to", "by", "with",
                          "from", "this", "that", "both"})


def extend_back(text: str, m: Mention) -> Mention:
    """An organisation's name with the words joined to it by "and" before it.

    "The opposition Freedom and Justice Party said": "Freedom and Justice Party", not "Justice
    Party". Only for organisations (two people joined by "and" stay two names), and not across a
    sentence opener ("The", "In").
    """
    found = _AND_BEFORE.search(text, max(0, m.start - 60), m.start)
    if found is None:
        return m
    words = found.group(1).split()
    while words and fold(words[0]).lower() in _NOT_OPENING:
        words.pop(0)
    if not words:
        return m
    start = m.start - len(text[found.start(1):m.start]) + text[found.start(1):m.start].find(words[0])
    return Mention(start, m.end, text[start:m.start] + m.actor, m.kind)


def extend_organisation(text: str, m: Mention) -> Mention:
    """Connectors inside an organisation's name.

    "Ministry" + "of Mining and Energy", "Institute" + "for European Affairs" (connectors inside
    an organisation's name).
    """
    tail = None if _OWNER_TAIL.match(text, m.end) else _ORG_TAIL.match(text, m.end)
    end = tail.end() if tail is not None else m.end
    name = m.actor + text[m.end:end]
    owner = _OWNER_TAIL.match(text, end)
    if owner is not None:  # "Ministry of Foreign Affairs of the Republic of Serbia": the owner named after
        state = " ".join(owner.group("state").split())
        adjective = _STATE_ADJECTIVES.get(fold(state).lower())
        ministry = adjective and name.startswith("Ministry")  # ministries as "Serbian Ministry of Interior"
        name, end = (f"{adjective} {name}" if ministry else name + text[end:owner.end()]), owner.end()
    foreign = _FOREIGN_MINISTRY.fullmatch(name)
    if foreign is not None:  # "the Russian Foreign Ministry" = "Russian Ministry of Foreign Affairs"
        name = f"{foreign.group(1)} Ministry of Foreign Affairs"
    return m if end == m.end and name == m.actor else Mention(m.start, end, name, m.kind)


def _after_portfolio(text: str, hit: Mention) -> Mention | None:
    """A portfolio after "of"/"for", unless a person's name follows it.

    A name written after "of"/"for" is a portfolio ("Minister for European Integration") unless a
    person's name follows it: the last two words of three or more are the name.
    """
    words = hit.actor.split()
    if hit.kind == "organisation" or len(words) < 3:
        return None
    k = 0
    while k < len(words) - 2 and fold(words[k]).lower() in _PORTFOLIO_WORDS:
        k += 1  # "Energy Dubravka Đedović Handanović": the portfolio's words, then the name
    name = " ".join(words[k:] if k else words[-2:])
    return Mention(text.rindex(words[-2], hit.start, hit.end), hit.end, name, hit.kind)


def _without_place(text: str, hit: Mention, places: list[Mention], starts: list[int]) -> Mention | None:
    """A person's name without a place written before it.

    A person's name without a place written before it ("Ambassador to Serbia Alexander
    Botsan-Kharchenko" -> "Alexander Botsan-Kharchenko"); None when only the place is left or
    the place ends the name.
    """
    for pm in places[bisect.bisect_left(starts, hit.start):bisect.bisect_left(starts, hit.end)]:
        if hit.start <= pm.start < hit.end:
            name_start = text.find(hit.actor, hit.start)
            if pm.end >= hit.end:
                return None
            if pm.start <= name_start < pm.end:
                rest = text[pm.end:hit.end].strip()
                if len(rest.split()) < 2:
                    return None
                return Mention(text.index(rest, pm.end), hit.end, rest, hit.kind)
            if pm.start > name_start:
                return None
    return hit


#: A title whose portfolio is written in lower case ("Commissioner for enlargement Olivér Várhelyi",
#: "Minister without portfolio Nenad Popović").
_LOWER_PORTFOLIO = re_compile(r"(?<![\w-])(?P<role>[\w-]+)\s+(?:(?:for|of)\s+(?:[\w-]+\s+){0,2}[\w-]+"
                              r"|without\s+portfolio)\s*$")  # words apart: linear in a long word


def _lower_portfolio(title: str) -> bool:
    """True for a role noun with a portfolio ("Commissioner for enlargement", "minister for EU affairs")."""
    m = _LOWER_PORTFOLIO.search(title)
    roles = role_words()
    return m is not None and fold(m.group("role")).lower() in roles.role_nouns - roles.bodies
