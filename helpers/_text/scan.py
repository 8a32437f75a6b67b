"""Finding the terms of a lexicon in a text: one compiled lexicon, four ways to resolve overlaps.

:class:`Lexicon` compiles keys (normal forms from :func:`helpers._text.patterns.term_key`) into
one prefix-tree regex (:func:`helpers._text.patterns.compile_trie`). :meth:`Lexicon.find` returns
``(start, end, entry)`` triples with offsets in the original text, after the acronym rule
(a key in capitals matches only capitals). How overlapping matches are resolved is the caller's
choice, named by ``overlap``:

* ``"none"`` (labels, naming, actors, timeline): left to right, the longest term at a position
  wins and its words are used up ("ruling regime" is one match, not also "regime");
* ``"group"`` (frames): the same, but separately for each group of entries, so a term of one
  group inside a longer term of another group still counts ("jobs", economic, inside
  "lost jobs", human interest);
* ``"contained"`` (themes): a match lying inside a longer one is dropped, partial overlaps stay;
* ``"all"`` (KWIC): every position where a term starts ("serbia serbia" twice in
  "serbia serbia serbia").
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers._text.fold import fold
from helpers._text.patterns import compile_trie, is_acronym, term_atoms, term_key

OVERLAPS = ("none", "group", "contained", "all")


class Lexicon:
    """Compiled entries: ``keys[i]`` (a normal form) in group ``groups[i]``.

    Entries with the same atoms (the same key, or a key and its acronym) share one branch of the
    tree; a match reports every one of them that passes the acronym rule.
    """

    def __init__(self, keys: tuple[str, ...], groups: tuple | None = None, argument: str = "lexicon"):
        self.keys = tuple(keys)
        self.groups = tuple(groups) if groups is not None else (0,) * len(self.keys)
        self.acronym = tuple(is_acronym(k) for k in self.keys)
        atoms = [term_atoms(k, argument) for k in self.keys]
        first: dict[tuple, int] = {}
        self.same: dict[int, list[int]] = {}
        for i, a in enumerate(atoms):
            self.same.setdefault(first.setdefault(a, i), []).append(i)
        self.pattern = compile_trie(self.keys, argument)
        self._argument = argument
        self._lookahead = None
        self._by_group: dict | None = None
        self._plain: re.Pattern | None = None

    # -------------------------------------------------------------- compiled on first use
    @property
    def lookahead(self) -> re.Pattern:
        """The tree as a zero-width look-ahead: a match at every position where a key starts."""
        if self._lookahead is None:
            self._lookahead = compile_trie(self.keys, self._argument, lookahead=True)
        return self._lookahead

    @property
    def plain(self) -> re.Pattern | None:
        """The tree of the keys that are not acronyms (tried where an acronym failed), or None."""
        if self._plain is None and any(self.acronym) and not all(self.acronym):
            self._plain_index = [i for i, a in enumerate(self.acronym) if not a]
            self._plain = compile_trie(tuple(self.keys[i] for i in self._plain_index), self._argument)
        return self._plain

    def group_lexicons(self) -> dict:
        """group -> (Lexicon of that group's entries, entry indices in this lexicon)."""
        if self._by_group is None:
            idx: dict = {}
            for i, g in enumerate(self.groups):
                idx.setdefault(g, []).append(i)
            self._by_group = {g: (Lexicon(tuple(self.keys[i] for i in ix), None, self._argument), ix)
                              for g, ix in idx.items()}
        return self._by_group

    # -------------------------------------------------------------- matching
    def _entries(self, m: re.Match, text: str) -> tuple[int, int, list[int]]:
        """Start, end and the entries (passing the acronym rule) of a trie match."""
        name = m.lastgroup
        s, e = m.start(), m.end(name)
        same = self.same[int(name[1:])]
        if any(self.acronym[i] for i in same):
            caps = text[s:e].isupper()
            same = [i for i in same if caps or not self.acronym[i]]
        return s, e, same

    def _fallback(self, folded: str, text: str, s: int) -> list[tuple[int, int, int]]:
        """The longest non-acronym match at ``s`` (where an acronym failed the case test)."""
        plain = self.plain
        if plain is None:
            return []
        m = plain.match(folded, s)
        if m is None:
            return []
        k = self._plain_index[int(m.lastgroup[1:])]
        return [(s, m.end(m.lastgroup), i) for i in self.same.get(k, [k]) if not self.acronym[i]]

    def candidates(self, text: str, folded: str) -> list[tuple[int, int, int]]:
        """At every position where a key starts, the longest one(s): ``(start, end, entry)``."""
        out = []
        for m in self.lookahead.finditer(folded):
            s, e, same = self._entries(m, text)
            if same:
                out.extend((s, e, i) for i in same)
            else:
                out.extend(self._fallback(folded, text, s))
        return out

    def find(self, text: str, folded: str | None = None, overlap: str = "none") -> list[tuple[int, int, int]]:
        """The matches in ``text`` as ``(start, end, entry)``, sorted by start (then entry).

        Parameters
        ----------
        text : str
            The original text (the acronym rule reads its capitals).
        folded : str, optional
            ``fold(text)`` when the caller has it already.
        overlap : {"none", "group", "contained", "all"}
            How overlapping matches are resolved (see the module docstring).

        Returns
        -------
        list of tuple
            ``(start, end, entry)``: character offsets in ``text`` and the index into ``keys``.
        """
        if folded is None:
            folded = fold(text)
        if overlap == "none" and not any(self.acronym):  # the fast path: the regex uses words up
            out = []
            for m in self.pattern.finditer(folded):
                s, e, same = self._entries(m, text)
                out.extend((s, e, i) for i in same)
            return out
        if overlap == "group":
            found = []
            for lex, ix in self.group_lexicons().values():
                found.extend((s, e, ix[i]) for s, e, i in lex.find(text, folded, "none"))
            return sorted(found)
        cands = self.candidates(text, folded)
        if overlap == "all":
            return cands
        return _resolve(cands, contained_only=overlap == "contained")


def _resolve(cands, contained_only: bool) -> list[tuple[int, int, int]]:
    """Left to right: drop a candidate that starts inside a kept match (``contained_only``: only
    one that also ends inside it). Candidates come sorted by start, longest first at a start."""
    kept: list[tuple[int, int, int]] = []
    limit = -1
    start_kept = -1
    for s, e, i in cands:
        if s == start_kept and kept and kept[-1][1] == e:
            kept.append((s, e, i))  # another entry of the same words
            continue
        if (e <= limit) if contained_only else (s < limit):
            continue
        kept.append((s, e, i))
        start_kept = s
        limit = max(limit, e)
    return kept


@lru_cache(maxsize=512)
def compile_lexicon(keys: tuple[str, ...], groups: tuple | None = None, argument: str = "lexicon") -> Lexicon:
    """A :class:`Lexicon` for ``keys`` (normal forms), remembered for the last 512 lexicons.

    Parameters
    ----------
    keys : tuple of str
        Normal forms from :func:`helpers._text.patterns.term_key`.
    groups : tuple, optional
        The group of each key (for ``overlap="group"``).
    argument : str
        The name used in error messages.

    Returns
    -------
    Lexicon
        The compiled lexicon.
    """
    return Lexicon(keys, groups, argument)


def find_terms(text: str, terms, overlap: str = "none") -> list[tuple[int, int, str]]:
    """Where the ``terms`` occur in ``text``, under the course's one matching policy.

    This is the function a view uses to highlight words: it finds exactly what ``kwic``,
    ``labels``, ``tag_themes``, ``frame_scores`` and ``actor_mentions`` find for the same term.

    Parameters
    ----------
    text : str
        The text to search (not folded: offsets are in this text).
    terms : str or iterable of str
        Words or phrases as written (see :mod:`helpers._text.patterns` for the policy: case,
        diacritics, hyphen/space/joined variants, ``*`` wildcards, possessives, acronyms).
    overlap : {"none", "group", "contained", "all"}
        ``"none"`` (default): longest match first, words used once; ``"all"``: every start.

    Returns
    -------
    list of tuple
        ``(start, end, term)`` sorted by start: offsets in ``text`` and the term as given that
        matched there.
    """
    if isinstance(terms, str):
        terms = [terms]
    given = [str(t) for t in terms if str(t).strip(" *")]
    if not given or not isinstance(text, str) or not text:
        return []
    keys = tuple(dict.fromkeys(term_key(t) for t in given))
    term_of = {term_key(t): t for t in reversed(given)}
    lex = compile_lexicon(keys, None, "terms")
    seen: set = set()
    out = []
    for s, e, i in lex.find(text, None, overlap):
        if (s, e) not in seen:
            seen.add((s, e))
            out.append((s, e, term_of[keys[i]]))
    return out
