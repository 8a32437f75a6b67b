"""Which alias-table organisation "the association's legal adviser" means.

:func:`~helpers.analysis.quoting.introductions.possessor_group` reads "the <noun>'s <role>" ("the
network's director") as the organisation the article introduced last with that noun, among the
organisations its registry found by their own words. An organisation of the alias table
("Independent Journalists' Association of Serbia") is not in that registry, so "Vesna Ilić, who chairs
the association's safety committee" found no owner. Here: the alias-table organisation named last
before the person, in the paragraph or earlier in the article, whose name holds the noun as a word.
The article's memory is one ``{noun: group}`` dict filled once per paragraph (time linear in the
mentions).
"""

from __future__ import annotations

from helpers._text.fold import fold

from . import patterns as pat


def note_table_orgs(memory: dict[str, str], known, groups: dict) -> None:
    """Remember, per word of its name, the group of each alias-table organisation of one paragraph.

    Parameters
    ----------
    memory : dict
        ``{word: group}`` of the article so far; later mentions overwrite earlier ones.
    known : list of Mention
        The paragraph's alias-table mentions, in reading order.
    groups : dict
        Alias-table actor -> group.

    Returns
    -------
    None
        ``memory`` is updated in place.
    """
    for m in known:
        if m.kind == "organisation" and groups.get(m.actor):
            for word in fold(m.actor).lower().split():
                memory[word] = groups[m.actor]


def table_possessor_group(people, role: str, pos: int) -> str:
    """The group of the alias-table organisation that "the <noun>'s" in a person's role refers to.

    Parameters
    ----------
    people : People
        The article's registry: ``table_orgs`` (``{word: group}`` of the alias-table organisations of
        its earlier paragraphs, :func:`note_table_orgs`), ``_known`` (the paragraph's alias-table
        mentions, in reading order) and ``alias_groups`` (alias-table actor -> group).
    role : str
        The person's role words ("who chairs the association's safety committee").
    pos : int
        Where the person is named: only organisations named before count.

    Returns
    -------
    str
        The group of the last such organisation (this paragraph before ``pos`` first, then the
        article's earlier paragraphs); "" when the role has no "the <noun>'s" with an organisation's
        head noun, or no organisation of the table has the noun in its name.
    """
    m = pat._POSSESSOR.search(role)
    noun = fold(m.group(1)).lower() if m is not None and m.group(0)[:3].lower() == "the" else ""
    if noun not in pat._ORG_HEADS:
        return ""
    groups = people.alias_groups
    for k in reversed([k for k in people._known if k.end <= pos]):
        if k.kind == "organisation" and groups.get(k.actor) and noun in fold(k.actor).lower().split():
            return groups[k.actor]
    return people.table_orgs.get(noun, "")
