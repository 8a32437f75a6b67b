"""What the "for" in a person's introduction names: an employer, a portfolio or a lawyer's client.

"Dmitrij Obradović, a commentator for the Russian state-funded Sputnik Srbija": the employer, so
the owner words after "for" give the group (Russia); "the Minister for European Integration": a
portfolio, not the owner (:mod:`.people` cuts it); "the lawyer representing the villagers": the
client, not whose the lawyer is. Used by :class:`helpers.analysis.quoting.people.People` when it
reads a person's role words.

Blind spots: English words only; an employer is kept only when it names a state body or outlet
(a private association or medium has no group of its own to give).
"""

from __future__ import annotations

import re

from helpers._text.fold import fold
from helpers._text.programs import re_compile

#: Jobs done for an employer, whose "for" names it ("a commentator for Sputnik", "a spokeswoman for the
#: Russian embassy"), unlike a portfolio ("Minister for European Integration").
_WORKS_FOR = re_compile(r"\b(?:spokesperson|spokesman|spokeswoman|commentator|columnist|correspondent"
                        r"|reporter|journalist|editor|presenter|anchor)\s+$", re.I)


#: Heads of phrases for the media: they speak as media, whatever state their adjective names.
MEDIA_HEADS = frozenset({"media", "television", "newspaper", "tabloid", "tabloids", "broadcaster", "outlet",
                         "outlets", "portal", "channel", "channels"})


def employer_after_for(roles, role: str, start: int, end: int) -> bool:
    """True when the "for" phrase ``role[start:end]`` names a state employer ("a commentator for Sputnik").

    Only after a job done for an employer (not "Minister for European Integration"), and only an
    employer whose owner words count: a state outlet, a body ("the Russian embassy"), state media
    ("Chinese state television"); not media in general ("a Serbian tabloid") nor an association.
    """
    if _WORKS_FOR.search(role, max(0, start - 40), start) is None:
        return False
    after = role[start:end]
    bodies = [w for _s, _e, w in roles.words_in(after) if w in roles.bodies]
    return roles.has_outlet(after) or bool(bodies) and (bodies[-1] not in MEDIA_HEADS
                                                       or "state" in fold(after).lower().split())


def without_for_phrases(roles, role: str, portfolio) -> str:
    """``role`` without its portfolios (``portfolio`` matches), keeping a state employer's "for" phrase."""
    return portfolio.sub(lambda m: m.group(0) if employer_after_for(roles, role, m.start(), m.end()) else "",
                         role)


#: Whom a lawyer acts for ("the lawyer representing the villagers", "a lawyer for the company"): a
#: client, not whose the lawyer is.
_LAWYER = r"\b(?:lawyer|attorney|counsel|barrister|solicitor)s?\b"
LAWYER_ROLE = re_compile(_LAWYER, re.I)
_CLIENT = re_compile(rf"({_LAWYER})\s+"
                     r"(?:representing|for|acting\s+for|on\s+behalf\s+of)\s+[^,;]*", re.I)
#: "Lawyer X, who represents eleven of the activists": the same client, in a relative clause.
_REPRESENTS = re_compile(r"\bwho\s+(?:represents|represented|acts\s+for|acted\s+for)\s+[^,;]*", re.I)


def without_client(role: str) -> str:
    """A role without the client a lawyer represents ("the lawyer representing the villagers")."""
    role = _CLIENT.sub(r"\1", role)
    return _REPRESENTS.sub("", role) if LAWYER_ROLE.search(role) else role
