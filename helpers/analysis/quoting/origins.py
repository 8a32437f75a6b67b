"""An unnamed speaker described by where they come from: "a diplomat from one EU member state said".

News writing often hides a source behind a role and a "from" phrase: "A senior diplomat from one EU
member state said …", "an official from a NATO country told …", "a journalist from the Russian state
agency RIA Novosti asked …", "a 29-year-old IT worker from Belgrade said …". The speaker is the
unnamed role, not the state or place the phrase names (GUIDELINES: unnamed people → ``unnamed <role>``).
Its group: for a state's role (diplomat, official, source …) the role words and the "from" phrase
together (the state, the bloc, the service it comes from: "from one EU member state" -> EU and the
West; "member state" and "the bloc's members" stand for the EU); for a private person (a worker, a
nurse, a student), where they live gives no group: only their own role words or an organisation the
phrase names do ("a journalist from the Russian state agency …").

Blind spots: a "from" phrase with a comma inside it, or longer than 80 characters, is not read; a
state's role from a place that is no state ("a diplomat from a larger capital") keeps no group.
"""

from __future__ import annotations

import re

from helpers._text.programs import re_compile
from helpers.analysis.quoting.records import Speaker

#: The role phrase before "from": an indefinite article or "one"/"another", at most three modifiers and
#: the role noun, right before " from " (bounded: linear time).
_ROLE_BEFORE = re_compile(r"(?:^|(?<=[\s(]))(?P<det>[Aa]n?|[Oo]ne|[Aa]nother)\s+"
                          r"(?P<role>(?:[\w'’-]+\s+){0,3}[a-z][\w-]*)\s+$")
#: What the "from" phrase may hold: no clause break, no quotation, at most 80 characters.
_OWNER = re_compile(r"from\s+(?P<owner>[^,;:“”\"()!?]{1,80}?)\s*$")
#: The EU named by its members ("one EU member state", "one of the bloc's larger members").
_MEMBERS = re_compile(r"\b(?:member\s+(?:state|country|countries|states)|the\s+bloc['’]s)\b", re.I)
#: Roles that speak for a state or organisation: their "from" phrase names whose they are.
STATE_ROLES = frozenset({"diplomat", "diplomats", "official", "officials", "source", "sources", "envoy",
                         "negotiator", "negotiators", "aide", "aides", "delegate", "delegates",
                         "representative", "representatives", "officer", "officers"})
#: A spokesperson "from" an organisation speaks for it (another rule): not an unnamed person here.
_SPOKES = ("spokesperson", "spokesman", "spokeswoman")
_REACH = 200  # characters looked back at before the cue


def from_speaker(text: str, lo: int, hi: int, roles) -> Speaker | None:
    """The unnamed role speaker of "<a/one> <role> from <owner>" ending right before ``hi``, or None.

    Parameters
    ----------
    text : str
        The paragraph's text.
    lo : int
        Where the sentence starts (nothing before it is read).
    hi : int
        Where the cue starts.
    roles : RoleWords
        The role words (:mod:`helpers.analysis.roles`).

    Returns
    -------
    Speaker or None
        ``unnamed <role> from <owner>``, kind ``person`` (``people`` for a plural role), and its
        group (see the module docstring); None when no such phrase ends at ``hi``, its head is no
        role noun (or an organisation's or a spokesperson's), or the role phrase holds a name.
    """
    lo = max(lo, hi - _REACH)
    at = text.rfind(" from ", lo, hi)
    if at < 0:
        return None
    owner = _OWNER.fullmatch(text, at + 1, hi)
    role = _ROLE_BEFORE.search(text, max(lo, at - 80), at + 1) if owner is not None else None
    if role is None:
        return None
    words = role.group("role").split()
    head = roles.head(role.group("role"))
    if head != words[-1].lower() or head in roles.bodies or head in _SPOKES \
            or any(w[:1].isupper() for w in words if w.upper() != w):
        return None  # "a Commission official from …" keeps its own rules; "an Ana Ilić from"
    own, place = " ".join(words), owner.group("owner")
    if head in STATE_ROLES:
        both = f"{own} {place}"
        group = roles.group_of(both) if roles.owner_named(both) \
            else "eu_west" if _MEMBERS.search(place) else roles.group_of(own)
    else:  # where a private person lives gives no group; an organisation they work for does
        group = roles.group_of(own) or (roles.group_of(place) if roles.has_body_noun(place)
                                        or roles.outlets_in(place) else "") or "other"  # private citizens
    kind = "people" if head.endswith("s") else "person"
    return Speaker(text[role.start():hi].strip(), f"unnamed {own} from {place}", kind, group)
