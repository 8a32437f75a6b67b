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

from functools import lru_cache

from helpers._text.fold import fold
from helpers._text.patterns import compile_trie, is_acronym, term_atoms, term_key
from helpers._text.programs import re_compile

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
        self.any_acronym = any(self.acronym)
        atoms = [term_atoms(k, argument) for k in self.keys]
        first: dict[tuple, int] = {}
        same: dict[int, list[int]] = {}
        for i, a in enumerate(atoms):
            same.setdefault(first.setdefault(a, i), []).append(i)
        self.pattern = compile_trie(self.keys, argument)
        # regex group number -> the entries that end there (the look-ahead tree numbers alike)
        self.entries: list[tuple[int, ...]] = [()] * (self.pattern.groups + 1)
        for name, num in self.pattern.groupindex.items():
            self.entries[num] = tuple(same[int(name[1:])])
        # group number -> its one entry when that needs no check (one entry, not an acronym), else -1
        self.plain_entry = [e[0] if len(e) == 1 and not self.acronym[e[0]] else -1 for e in self.entries]
        self.simple = min(self.plain_entry[1:], default=0) >= 0
        # entries whose words can hold another word start (a space, hyphen or apostrophe in the key)
        self.multiword = tuple(not k.replace("*", "").isalnum() for k in self.keys)
        self._at: dict[str, tuple] = {}
        self._atoms = atoms
        self._rivals: dict[int, tuple] = {}
        self._rival_list: list | None = None
        # the groups whose keys can start with two given folded characters (or one, for keys such
        # as "e-commerce", "dj..." or "a*" whose second character is not fixed; None: anywhere)
        self._first2: dict[str, set] = {}
        for key, g in zip(self.keys, self.groups, strict=True):
            low = key.lower()
            if not low[:1].isalnum():
                bucket = None
            elif len(low) >= 2 and low[1].isalnum() and not low.startswith("dj"):
                bucket = low[:2]
            else:
                bucket = low[:1]
            self._first2.setdefault(bucket, set()).add(g)
        self._argument = argument
        self._by_group: dict | None = None
        self._plain = None

    # -------------------------------------------------------------- compiled on first use
    @property
    def plain(self):
        """The :class:`Lexicon` of the keys that are not acronyms (tried where an acronym failed) and
        their indices here, or None."""
        if self._plain is None and self.any_acronym and not all(self.acronym):
            index = [i for i, a in enumerate(self.acronym) if not a]
            self._plain = (Lexicon(tuple(self.keys[i] for i in index), None, self._argument), index)
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
    def _checked(self, raw, text: str, folded: str) -> list[tuple[int, int, int]]:
        """``(start, end, group number)`` matches as ``(start, end, entry)``, each entry of the
        words once, acronyms only where the text has capitals (else the longest other term there)."""
        out = []
        entries, acronym, plain_entry = self.entries, self.acronym, self.plain_entry
        for s, e, num in raw:
            one = plain_entry[num]
            if one >= 0:
                out.append((s, e, one))
                continue
            ents = entries[num]
            if self.any_acronym and any(acronym[i] for i in ents):
                caps = text[s:e].isupper()
                ents = [i for i in ents if caps or not acronym[i]]
                if not ents:
                    out.extend(self._fallback(text, folded, s))
                    continue
            out.extend((s, e, i) for i in ents)
        return out

    def _fallback(self, text: str, folded: str, s: int) -> list[tuple[int, int, int]]:
        """The longest non-acronym match at ``s`` (where an acronym failed the case test)."""
        if self.plain is None:
            return []
        lex, index = self.plain
        return [(a, b, index[i]) for a, b, i in lex.longest_at(text, folded, s)]

    def longest_at(self, text: str, folded: str, s: int) -> list[tuple[int, int, int]]:
        """The longest term starting at ``s`` (all its entries), or ``[]``."""
        m = self.pattern.match(folded, s)
        if m is None:
            return []
        return self._checked([(s, m.end(), m.lastindex)], text, folded)

    def candidates(self, text: str, folded: str) -> list[tuple[int, int, int]]:
        """At every position where a key starts, the longest one(s): ``(start, end, entry)``.

        Each search starts one character after the last match's start, so matches inside or
        overlapping another are found too (what a zero-width look-ahead of the tree would find,
        without compiling the tree a second time: the look-behind sees the characters before
        the search's start)."""
        raw = []
        search = self.pattern.search
        m = search(folded)
        while m is not None:
            s = m.start()
            raw.append((s, m.end(), m.lastindex))
            m = search(folded, s + 1)
        return self._checked(raw, text, folded)

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
        if overlap == "none":  # the regex uses the words of a match up
            if self.simple:
                entries = self.entries
                return [(m.start(), m.end(), entries[m.lastindex][0]) for m in self.pattern.finditer(folded)]
            return self._checked([(m.start(), m.end(), m.lastindex) for m in self.pattern.finditer(folded)],
                                 text, folded)
        if overlap == "group":
            return self._find_by_group(text, folded)
        cands = self.candidates(text, folded)
        if overlap == "all":
            return cands
        return _resolve(cands, contained_only=overlap == "contained")

    def _rivals_of(self, i: int) -> tuple:
        """The other groups with a key that can match where entry ``i`` starts (remembered): keys
        whose atoms agree with ``i``'s as far as both are plain characters."""
        got = self._rivals.get(i)
        if got is None:
            mine = self._atoms[i]
            got = self._rivals[i] = tuple({g for k, g in enumerate(self.groups)
                                           if g != self.groups[i] and _may_agree(self._atoms[k], mine)})
        return got

    def _groups_at(self, folded: str, q: int) -> tuple:
        """The groups that have a key which can start at ``q`` (remembered per two characters)."""
        two = folded[q:q + 2]
        got = self._at.get(two)
        if got is None:
            b = self._first2
            got = self._at[two] = tuple(b.get(two, set()) | b.get(two[:1], set()) | b.get(None, set()))
        return got

    def _find_by_group(self, text: str, folded: str) -> list[tuple[int, int, int]]:
        """Each group's matches as if it were scanned alone, from one fast pass.

        Every position where some term starts is the start of a match of the ordinary scan
        (``"none"``) or lies inside one; so each group's candidates are its own matches in that
        scan plus its longest term at the start of each word inside the matches of the scan
        (and at their start, for the other groups). Each group then keeps its candidates left to
        right, longest first."""
        by_group = self.group_lexicons()
        base = self.find(text, folded, "none")
        if len(by_group) == 1:
            return base
        if self._rival_list is None:
            self._rival_list = [self._rivals_of(i) for i in range(len(self.keys))]
            self._needs = [bool(r) or m for r, m in zip(self._rival_list, self.multiword, strict=True)]
        rivals, multiword, needs = self._rival_list, self.multiword, self._needs
        extra = []
        for s, e, i in base:
            if not needs[i]:  # a one-word term no key of another group can share a start with
                continue
            starts = [(s, rivals[i])] if rivals[i] else []
            if multiword[i]:
                starts += [(q.start(), self._groups_at(folded, q.start()))
                           for q in _WORD_START.finditer(folded, s + 1, e)]
            for q, groups in starts:
                for g in groups:
                    lex, ix = by_group[g]
                    extra.extend((a, b, ix[k]) for a, b, k in lex.longest_at(text, folded, q))
        if not extra:  # nothing of another group hides in a match: each group's scan is the same
            return base
        per_group: dict = {}
        for c in base + extra:
            per_group.setdefault(self.groups[c[2]], []).append(c)
        found = []
        for cands in per_group.values():
            found.extend(_resolve(_dedupe(cands), contained_only=False))
        return sorted(found)


_WORD_START = re_compile(r"(?<!\w)\w")


def _may_agree(atoms, other) -> bool:
    """False only when two atom sequences surely cannot match text starting at the same place:
    a pair of different plain characters before any atom of variable width."""
    for a, b in zip(atoms, other, strict=False):
        if len(a) > 2 or len(b) > 2 or a.startswith("[") or b.startswith("["):
            return True  # a wildcard, space, hyphen or dj atom: anything may follow
        if a != b:
            return False
    return True


def _dedupe(cands):
    """Candidates in start order, longest first at a start, each once."""
    return sorted(set(cands), key=lambda c: (c[0], -c[1], c[2]))


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
