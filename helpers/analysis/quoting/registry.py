"""The names one article registered, indexed so that a lookup costs the length of a phrase.

An article's registry of names (:class:`~helpers.analysis.quoting.people.People`) grows with the
article. Two lookups are made once per person introduced: does the person's role name an
organisation introduced earlier ("Ivana Stevanović, director of Open Code Serbia"), and which
organisation does "the group's director" mean. Scanning every registered name for them made one
paragraph of N organisations and N such people take N² time; these indexes answer them in time
that depends on the role phrase only:

* :class:`NameTable` keeps each folded name's rank (order of first registration), the longest
  name's length and, for person records, the words of each record's role;
* :func:`employer_group` probes the role phrase at its word edges ("director of open code serbia"
  -> "open code serbia") instead of testing every registered name against the phrase;
* :meth:`NameTable.last_with_role_word` finds the organisation introduced last with a word in its
  role ("a rights group" -> "group");
* :func:`note_table_orgs` / :func:`table_possessor_group` remember the alias-table organisations an
  article named, per word of their names, so that "the association's legal adviser" finds
  "Independent Journalists' Association of Serbia" (which the registry does not hold).

A registered name counts inside a role only as whole words ("RT" is not read inside "reporter").
"""

from __future__ import annotations

import bisect

from helpers._text.fold import fold
from helpers._text.programs import re_compile
from helpers.analysis.quoting import patterns as pat

_WORD = re_compile(r"\w+")


class NameTable(dict):
    """``{folded name: record}`` in order of first registration, with its indexes kept as it grows.

    Parameters
    ----------
    index_roles : bool
        Index each record's role words (records with a ``role`` attribute: ``Person``).

    Attributes
    ----------
    rank : dict
        Folded name -> order of first registration (0, 1, ...); a name registered again keeps its rank.
    longest : int
        Characters of the longest registered name.
    """

    def __init__(self, index_roles: bool = False):
        super().__init__()
        self.rank: dict[str, int] = {}
        self.longest = 0
        self._index_roles = index_roles
        self._by_word: dict[str, list[tuple[int, str]]] = {}  # role word -> (rank, name), ascending
        self._indexed: set[tuple[str, str]] = set()

    def __setitem__(self, key: str, value) -> None:
        """Register ``value`` under ``key`` and index it."""
        if key not in self.rank:
            self.rank[key] = len(self.rank)
            self.longest = max(self.longest, len(key))
        super().__setitem__(key, value)
        if self._index_roles:
            for word in set(fold(value.role).lower().split()):
                if (word, key) not in self._indexed:  # a record registered again may bring new words
                    self._indexed.add((word, key))
                    bisect.insort(self._by_word.setdefault(word, []), (self.rank[key], key))

    def setdefault(self, key: str, default=None):
        """The record under ``key``, registering ``default`` there first if there is none."""
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *args, **kwargs) -> None:
        """Register each pair (through :meth:`__setitem__`, so that the indexes follow)."""
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def last_with_role_word(self, word: str, kind: str):
        """The record of ``kind`` registered last whose role holds ``word`` (a whole word); None if none.

        "Last" is by rank, as in a scan of the table in order; each record is checked as it is now.
        """
        for _rank, key in reversed(self._by_word.get(word, ())):
            record = self[key]
            if record.kind == kind and word in fold(record.role).lower().split():
                return record
        return None


def last_named_group(people: NameTable, text: str) -> str:
    """The group of the registered organisation ``text`` names last ("" when none, or ``other``).

    "The Centre for Media Integrity, a watchdog group, said … Its director, X": the owner of "its" is
    the organisation named just before, with the group its own words gave it. ``text``: the words
    before the person (at most a few hundred characters: each organisation is looked for once).
    """
    window, best = fold(text).lower(), (-1, "")
    for key, record in people.items():
        at = window.rfind(key) if record.kind == "organisation" and record.group else -1
        best = max(best, (at, record.group))
    return best[1] if best[0] >= 0 and best[1] != "other" else ""


def _word_spans(folded: str, longest: int):
    """Each run of whole words of ``folded`` up to ``longest`` characters, as ``(start, end)``."""
    edges = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
    for i, (start, _end) in enumerate(edges):
        for _s, end in edges[i:]:
            if end - start > longest:
                break
            yield start, end


def employer_group(role: str, known: NameTable, people: NameTable) -> str:
    """The group of an organisation registered earlier that a person's role names.

    Parameters
    ----------
    role : str
        The person's role words ("director of Open Code Serbia").
    known : NameTable
        Organisations named by context (``{folded name: (name, group)}``), looked at first.
    people : NameTable
        The article's person and organisation records (``{folded name: Person}``); organisations count.

    Returns
    -------
    str
        The group of the first such organisation (``known`` before ``people``, each in order of
        registration) whose group is neither empty nor ``other``; ``""`` when there is none.
    """
    folded = fold(role).lower()
    best: tuple[int, int, str] | None = None
    for start, end in _word_spans(folded, max(known.longest, people.longest)):
        key = folded[start:end]
        hit = known.get(key)
        if hit is not None and hit[1] not in ("", "other"):
            best = min(best or (0, known.rank[key], hit[1]), (0, known.rank[key], hit[1]))
        person = people.get(key)
        if person is not None and person.kind == "organisation" and person.group not in ("", "other"):
            best = min(best or (1, people.rank[key], person.group), (1, people.rank[key], person.group))
    return best[2] if best is not None else ""


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
    det, noun = pat.owner_noun(role)  # "the party's spokesman", "a spokesman for the party"
    noun = fold(noun).lower() if det == "the" else ""
    if noun not in pat._ORG_HEADS:
        return ""
    groups = people.alias_groups
    for k in reversed([k for k in people._known if k.end <= pos]):
        if k.kind == "organisation" and groups.get(k.actor) and noun in fold(k.actor).lower().split():
            return groups[k.actor]
    return people.table_orgs.get(noun, "")
