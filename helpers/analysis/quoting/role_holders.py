"""Who holds a role an article refers back to ("the minister said"), alias-table people included.

A role noun used as a second reference ("the minister", "the ambassador", "the spokeswoman") means
the person of that role the article introduced **last**, whether the alias table knows them or not.
The article's :class:`~helpers.analysis.quoting.people.People` registers only the names the table
does not know; the table's people are placed in the same reading order here
(:func:`note_table_people`: each one's place is the number of names registered before their first
mention), and their role words are the words of their aliases ("Foreign Minister Sergei Lavrov":
a minister, a foreign one). So "the minister" after an unknown minister and then the table's
foreign minister is the table's; in the reverse order, the unknown one; and adding an alias to the
table never takes a role reference from a person introduced later.

Blind spot: a table person is placed in the reading order only in a paragraph that may hold a name
(:meth:`~helpers.analysis.quoting.people.People.wanted`), i.e. one with a capital after its first
character.
"""

from __future__ import annotations

from helpers._text.fold import fold
from helpers._text.programs import re_compile
from helpers.analysis.quoting.people import Person
from helpers.analysis.quoting.records import Mention
from helpers.analysis.roles import role_class

_PERSON_KINDS = ("he", "she", "person")


def note_table_people(people, known: list[Mention], named: list[Mention], before: int) -> dict[str, int]:
    """Place the alias-table people first mentioned in one paragraph in the article's reading order.

    Parameters
    ----------
    people : People
        The article's registry; ``people.table_seen`` (``{actor: (place, order, kind)}``) grows.
    known : list of Mention
        The paragraph's alias-table mentions, sorted.
    named : list of Mention
        The names the registry found in the paragraph, sorted.
    before : int
        How many names the registry held before this paragraph.

    Returns
    -------
    dict
        ``{folded name: start}`` of the people first named in this paragraph (registered or of the
        table), where each is first named: a role reference before that place is not to them. A
        table person's place is ``before`` plus the names first registered in this paragraph ahead
        of their mention (a registered name of rank below it was introduced earlier), and ``order``
        the order of first mentions among table people.
    """
    rank = people.by_name.rank
    here: dict[str, int] = {}
    for m in named:
        key = fold(m.actor).lower()
        if rank.get(key, -1) >= before:
            here.setdefault(key, m.start)
    new = sorted(here.values())
    k = 0
    for m in known:
        if m.kind not in _PERSON_KINDS or m.actor in people.table_seen:
            continue
        while k < len(new) and new[k] < m.start:
            k += 1
        people.table_seen[m.actor] = (before + k, len(people.table_seen), m.kind)
        here.setdefault(fold(m.actor).lower(), m.start)
    return here


def table_holders(para, nouns, group: str = "") -> dict[str, Person]:
    """The alias-table people the article has named whose aliases hold one of ``nouns``.

    People only: an actor with an alias that names no person ("Russia" beside "the Russian
    ambassador") is a state whose role phrase is no introduction of anyone.

    Returns
    -------
    dict
        ``{actor: Person}``, the role of each being the words of their aliases; only people of
        ``group`` when given.
    """
    people = para.people
    if people is None or not people.table_seen:
        return {}
    words = para.alias_words
    out = {}
    for actor in words.actors(nouns, group):
        seen = people.table_seen.get(actor)
        if seen is not None and words.person(actor):  # not Russia for "the Russian ambassador"
            out[actor] = Person(actor, words.group_of(actor), seen[2], words.titles(actor))
    return out


def role_holder(para, noun: str, also=(), group: str = "", prefer=(), fits=None,
                pos: int | None = None) -> Person | None:
    """The person "the <noun>" refers to: a recent speaker of that role, else the one introduced last.

    As :meth:`People.by_role <helpers.analysis.quoting.people.People.by_role>` (``also``: the
    role's class, ``group``: theirs, ``prefer``: the last speakers, most recent first), over the
    people the table does not know and those it does.

    Parameters
    ----------
    fits : callable, optional
        ``fits(role) -> bool``: a further test of a table person's role words (a portfolio).
    pos : int, optional
        Where the reference stands: a person first named in this paragraph at or after it is no
        holder it refers back to ("the President stressed …, and said that Chinese President Xi …").

    Returns
    -------
    Person or None
        The holder; None when no one introduced holds the role.
    """
    people = para.people
    if people is None:
        return None
    skip = {a for a, at in para.introduced.items() if at >= pos} if pos is not None else set()
    unknown = people.by_role(noun, also=also, group=group, prefer=prefer, skip=skip)
    table = {a: p for a, p in table_holders(para, (noun, *also), group).items()
             if (fits is None or fits(p.role)) and fold(a).lower() not in skip}
    if not table:
        return unknown
    for name in prefer:  # of two holders, the one who spoke last
        if unknown is not None and name == unknown.name:
            return unknown
        if name in table:
            return table[name]
    latest = max(table, key=lambda a: people.table_seen[a][:2])  # two table people: the later mention
    rank = people.by_name.rank.get(fold(unknown.name).lower(), -1) if unknown is not None else -1
    return table[latest] if people.table_seen[latest][0] > rank else unknown


def named_holder(para, res, roles, mention, raw: str) -> tuple[str, str] | None:
    """"the Russian ambassador said" after the article named Russia's ambassador: that person.

    A state's role alias of the table ("the Russian ambassador" is an alias of Russia) used with
    "the" refers back to the holder of that role the article introduced, when there is one (of the
    state's group; a recent speaker first, else the one introduced last).

    Returns
    -------
    tuple or None
        ``(actor, kind)`` of the holder; None when ``raw`` is no "the <words> <role noun>" alias of a
        state, or no holder of the role was introduced.
    """
    words = raw.split()
    if mention.actor is None or mention.kind not in ("he", "she") or len(words) < 3 \
            or words[0].lower() != "the" or para.people is None or para.alias_words.person(mention.actor):
        return None
    noun = fold(words[-1]).lower()
    if noun not in roles.role_nouns or noun in roles.bodies:
        return None
    holder = role_holder(para, noun, role_class(noun), para.alias_words.group_of(mention.actor),
                         res.recent_speakers())
    return (holder.name, holder.kind) if holder is not None else None


#: "Hengrui's Belgrade office", "the company's public relations office", "the firm's press service".
_OWNERS_OFFICE = re_compile(r"(?:[Tt]he\s+)?(?P<owner>[\w-]+)['’]s\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:office|press\s+service|press\s+department|communications\s+department)")


def owners_office(people, roles, phrase: str):
    """The organisation whose office speaks: "the company's press office" -> the company introduced.

    The owner is a name the article registered ("Hengrui's Belgrade office" after Hengrui Auto) or
    a body noun for the organisation introduced as one ("the company's public relations office").

    Returns
    -------
    Person or None
        The organisation's record; None when the phrase is no office of an owner the article
        introduced as an organisation.
    """
    m = _OWNERS_OFFICE.fullmatch(phrase.strip())
    if m is None or people is None:
        return None
    owner = m.group("owner")
    noun = fold(owner).lower()
    if noun in roles.bodies:
        org = people.by_role(noun, bodies=True)
    else:  # a short form: the organisation registered last whose name opens with it ("Hengda Tyre")
        org = people.surname(owner) or next((p for p in reversed(list(people.by_name.values()))
                                             if fold(p.name).lower().startswith(noun + " ")), None)
    return org if org is not None and org.kind == "organisation" else None
