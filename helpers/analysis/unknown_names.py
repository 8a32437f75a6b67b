"""Names of people and organisations the alias table does not know: how each is written as an actor.

:func:`helpers.analysis.actors.actor_mentions` reports names found with their role words (see
:mod:`helpers.analysis.quoting.people`). This module turns the words found into an actor name
(titles and honorifics dropped: "Prof. Dr Ana Ilić" -> "Ana Ilić") and drops what is no actor's
name: a region ("the Western Balkans"), a bare honorific ("Mrs"), a plural abbreviation ("MPs").

Blind spots: English titles only; a name written with its title in another language keeps it.
"""

from __future__ import annotations

import re

from helpers._text.fold import fold

#: Courtesy and academic titles: written before a name, never part of it ("Dr Ana Ilić", "Mrs von der Leyen").
HONORIFICS = frozenset({"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame",
                        "professor", "ambassador"})


#: A region named with a compass word is a place, not a person or a body ("the Middle East", "Western
#: Balkans", "Central Asia"), nor is its last word a surname ("in the East").
_REGION = re.compile(r"(?:the\s+)?(?:Middle|Far|Near|Western|Eastern|Northern|Southern|Central|South|North"
                     r"|East|West)(?:[\s-](?:East|West|Eastern|Western))?\s+(?:East|West|Balkans|Europe|Asia"
                     r"|Africa|America|Mediterranean)")




#: "Belgrade-based Centre for Civic Space": where the body sits, not part of its name.
_BASED_IN = re.compile(r"[A-Z][\w’'-]*-based\s+(?=[A-Z])")
#: "MPs", "Serbian MPs", "NGOs": a plural of an abbreviation names a group of people, not one actor.
_PLURAL_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]+\s+)?[A-Z]{2,}s")


def _bare_name(actor: str) -> str:
    """A name without the titles written before it: "Prof. Dr Ana Ilić" -> "Ana Ilić".

    Leading honorifics and singular role nouns of ``roles.csv`` ("Presenter Ana Ilić", "Rapporteur
    Ana Ilić") are dropped while two words remain ("Students Against Surveillance", a plural, is a
    name); a name that is only honorifics ("Mrs") gives ""; where a body is based is no part of its
    name ("Belgrade-based Centre for Civic Space" -> "Centre for Civic Space").
    """
    from helpers.analysis.roles import role_words

    info = role_words().info
    actor = _BASED_IN.sub("", actor) if _BASED_IN.match(actor) and " " in actor else actor
    words = actor.split()
    if all(fold(w).lower() in HONORIFICS for w in words):
        return ""
    while len(words) > 2:
        first = fold(words[0]).lower()
        if first not in HONORIFICS and (info.get(first, (0, "", ""))[2] != "role" or first.endswith("s")):
            break
        words = words[1:]
    return " ".join(words)




def clean_names(extra: list, dateline: dict) -> list:
    """The rows ``extra`` of names found outside the table, as actors.

    Parameters
    ----------
    extra : list of tuple
        ``(sentence index, start, end, words found, group)`` of each name.
    dateline : dict
        ``{sentence index: end of its dateline}``: a name before that end is the dateline's.

    Returns
    -------
    list of tuple
        ``(sentence index, start, end, actor, group)``: ``actor`` is the name without its title
        (:func:`_bare_name`); regions, bare honorifics and plural abbreviations are left out.
    """
    rows = [(i, s, e, _bare_name(actor), group) for i, s, e, actor, group in extra
            if not _REGION.fullmatch(actor) and s >= dateline[i]]
    return [row for row in rows if row[3]  # "Mrs" alone is no name
            and not _PLURAL_ABBREVIATION.fullmatch(row[3])]
