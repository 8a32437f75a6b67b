"""A lexicon term as a regular expression: the one policy every tool of the course matches with.

A term (a word or phrase from a lexicon, a KWIC search, a highlighted word) becomes a pattern
applied to *folded* text (:func:`helpers._text.fold.fold`: lower case, no diacritics, straight
quotes, same length as the original, so offsets in the folded text cut the original):

* **case and diacritics** are ignored: ``vucic`` = ``Vučić`` = ``VUCIC``;
* **Đ/đ** folds to ``d`` in the text; in a term, ``dj`` (or ``đ``) matches ``dj`` or that ``d``,
  so ``Djedovic`` finds "Đedović", "Djedovic" and also "Dedovic" (a common spelling of the same name);
* **a space** in a term matches any white space or a hyphen (``pro Russian`` = ``pro-Russian``);
* **a hyphen** matches a hyphen, white space or nothing
  (``anti-government`` = ``anti government`` = ``antigovernment``);
* **a trailing** ``*`` on a word is a wildcard for the rest of that word (``sanction*``,
  ``impos* sanctions``); ``*`` anywhere else is an error;
* **whole words**: no letter or digit directly before or after the match;
* **possessives**: the match stops before an apostrophe, so ``Russia`` finds "Russia's" and
  "Russia’s" (``’`` folds to ``'``), and a term written with ``'s`` finds both apostrophes;
* **acronyms in capitals**: a one-word term of two to four capital letters (``US``, ``EU``,
  ``NIS``, ``NATO``, ``U.S.``) only matches capitals, so ``US`` does not find the pronoun "us". This test
  needs the original text, so it is applied by :mod:`helpers._text.scan`, not by the regex.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from helpers._text.fold import fold
from helpers._text.programs import re_compile
from helpers.errors import CorpusError

#: Characters a hyphen in a term stands for (hyphen-minus, Unicode hyphen, non-breaking hyphen).
HYPHENS = "-\u2010\u2011"
_SPACE_ATOM = rf"[{HYPHENS}\s]+"
_HYPHEN_ATOM = rf"[{HYPHENS}\s]*"
_DJ_ATOM = "dj?"
_WILDCARD_ATOM = r"\w*"
_WS = re_compile(r"\s+")


def is_acronym(term: str) -> bool:
    """True if ``term`` is an acronym in capitals: one word of two to four letters, all capitals.

    Short acronyms collide with common words (``US``/us, ``UN``/un-, ``NIS``/Niš), so they match
    capitals only. A longer word in capitals (``VUCIC``, ``BRICS``) or a phrase (``VUČIĆ MET``)
    is an ordinary term written loudly and matches in any case.

    Parameters
    ----------
    term : str
        A lexicon term as written (``"US"``, ``"U.S."``, ``"NATO"``, ``"Vucic"``).

    Returns
    -------
    bool
        ``is_acronym("EU") is True``, ``is_acronym("U.S.") is True``, ``is_acronym("Eu") is False``,
        ``is_acronym("VUCIC") is False``, ``is_acronym("A") is False``.
    """
    term = str(term).strip()
    letters = [c for c in term if c.isalpha()]
    return 2 <= len(letters) <= 4 and not any(c.isspace() for c in term) and all(c.isupper() for c in letters)


def term_key(term: str) -> str:
    """The normal form of a term: folded, ``đ`` spelled ``dj``, white space collapsed.

    An acronym (see :func:`is_acronym`) keeps its capitals, so ``term_key("US") == "US"`` and
    ``term_key("us") == "us"`` are different keys: the key alone says how to match.

    Parameters
    ----------
    term : str
        A word or phrase as written in a lexicon.

    Returns
    -------
    str
        ``term_key("  Anti-Government  Protests") == "anti-government protests"``,
        ``term_key("Đurić") == "djuric"``.
    """
    raw = str(term).replace("Đ", "Dj").replace("đ", "dj")
    for h in HYPHENS[1:]:
        raw = raw.replace(h, "-")
    key = _WS.sub(" ", fold(raw)).strip()
    return key.upper() if is_acronym(term) else key


def term_atoms(key: str, argument: str = "term") -> tuple[str, ...]:
    """The regex atoms of one key (see :func:`term_key`), to be applied to folded text.

    One atom per character, except: ``dj`` -> ``dj?``; a space -> white space or hyphens; a
    hyphen -> hyphens, white space or nothing; a ``*`` ending a word -> ``\\w*``.

    Parameters
    ----------
    key : str
        A normal form from :func:`term_key`.
    argument : str
        The name used in error messages (``"lexicon"``, ``"pattern"``).

    Returns
    -------
    tuple of str
        The atoms; ``"".join(term_atoms(key))`` is a regex for the term without word boundaries.

    Raises
    ------
    CorpusError
        An empty term, or a ``*`` that does not end a word.
    """
    low = key.lower()
    if not re.search(r"[^\W_]", low.replace("*", "")):
        raise CorpusError(f"{argument}: empty term {key!r} has no letters or digits: every term needs a word "
                          "(e.g. sanction*).")
    if "*" not in low and "dj" not in low:  # the usual key: one atom per character
        return tuple([_SPACE_ATOM if ch == " " else _HYPHEN_ATOM if ch == "-" else _escaped(ch)
                      for ch in low])
    out: list[str] = []
    i = 0
    while i < len(low):
        ch = low[i]
        if ch == "*":
            if i + 1 < len(low) and low[i + 1] not in " -" or i == 0 or low[i - 1] in " -":
                raise CorpusError(f"{argument}: {key!r}: '*' is only allowed at the end of a word "
                                  "(e.g. sanction*).")
            out.append(_WILDCARD_ATOM)
        elif low.startswith("dj", i):
            out.append(_DJ_ATOM)
            i += 1
        elif ch == " ":
            out.append(_SPACE_ATOM)
        elif ch == "-":
            out.append(_HYPHEN_ATOM)
        else:
            out.append(_escaped(ch))
        i += 1
    return tuple(out)


_ESCAPED: dict[str, str] = {}  # character -> re.escape(character), filled as characters are met


def _escaped(ch: str) -> str:
    got = _ESCAPED.get(ch)
    if got is None:
        got = _ESCAPED[ch] = re.escape(ch)
    return got


def _literal_prefix(atoms) -> int:
    """How many leading atoms are plain literal characters (so ``re`` can jump to them)."""
    n = 0
    while n < len(atoms) and atoms[n] not in (_SPACE_ATOM, _HYPHEN_ATOM, _DJ_ATOM, _WILDCARD_ATOM):
        n += 1
    return n


@lru_cache(maxsize=4096)
def term_regex(term: str, overlapping: bool = False, argument: str = "pattern") -> re.Pattern:
    """The compiled regex of one term, for folded text (see the module docstring for the policy).

    The literal first characters come first so that ``re`` can jump to their occurrences; the
    check that no letter precedes them follows as a look-behind.

    Parameters
    ----------
    term : str
        A word or phrase as written (folded here).
    overlapping : bool
        ``True``: a zero-width look-ahead with the match in group 1, so ``finditer`` also finds
        occurrences that overlap ("serbia serbia" twice in "serbia serbia serbia").
    argument : str
        The name used in error messages.

    Returns
    -------
    re.Pattern
        Match ``m`` spans ``m.span()`` (or ``m.span(1)`` when ``overlapping``). The acronym rule is
        not in the regex: use :func:`helpers._text.scan.find_terms`, which applies it.
    """
    atoms = term_atoms(term_key(term), argument)
    n = _literal_prefix(atoms)
    body = "".join(atoms[:n]) + rf"(?<!\w[\s\S]{{{n}}})" + "".join(atoms[n:]) + r"(?!\w)"
    if n == 0:
        body = r"(?<!\w)" + "".join(atoms) + r"(?!\w)"
    return re_compile(f"(?=({body}))" if overlapping else body)


def compile_trie(keys: tuple[str, ...], argument: str = "lexicon", lookahead: bool = False) -> re.Pattern:
    """One regex for many keys (normal forms from :func:`term_key`), factored as a prefix tree.

    At each branch longer continuations are tried first, so at a position the longest key wins
    (backtracking to a shorter one when the word boundary fails). Key ``i`` ends in an empty
    named group ``t{i}`` (the first of identical keys wins): ``int(m.lastgroup[1:])`` is the key's
    index and ``m.end(m.lastgroup)`` where it ends.

    Parameters
    ----------
    keys : tuple of str
        Normal forms (:func:`term_key`).
    argument : str
        The name used in error messages.
    lookahead : bool
        ``True``: the pattern is a zero-width look-ahead, so ``finditer`` reports a match at every
        position where a key starts (the longest there), also inside another match.

    Returns
    -------
    re.Pattern
        The compiled pattern (applied to folded text).

    Raises
    ------
    CorpusError
        No keys, or a key that :func:`term_atoms` refuses.
    """
    if not keys:
        raise CorpusError(f"{argument} is empty: there are no terms to look for.")
    end = ""
    root: dict = {}
    for i, key in enumerate(keys):
        node = root
        for atom in term_atoms(key, argument):
            node = node.setdefault(atom, {})
        node.setdefault(end, i)

    def build(node) -> tuple[str, int]:
        """The regex of a subtree and its depth (atoms on its longest path, wildcards not counted)."""
        chain, depth = [], 0
        while len(node) == 1 and end not in node:  # one way on (most nodes): no group to write
            (atom, node), = node.items()
            chain.append(atom)
            depth += atom != _WILDCARD_ATOM
        kids = [(a, *build(c)) for a, c in node.items() if a != end]
        depth += max((d + (a != _WILDCARD_ATOM) for a, _src, d in kids), default=0)
        kids.sort(key=lambda kid: -kid[2])  # deepest first; equal depths keep the keys' order
        alts = [a + src for a, src, _d in kids]
        if end in node:
            alts.append(rf"(?!\w)(?P<t{node[end]}>)")
        return "".join(chain) + (alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"), depth

    specials = (_SPACE_ATOM, _HYPHEN_ATOM, _WILDCARD_ATOM)
    guard = ""
    if not any(a in specials for a in root if a != end):  # a class of the first characters: fast skip
        guard = "(?=[" + "".join("d" if a == _DJ_ATOM else a for a in sorted(root) if a != end) + "])"
    body = r"(?<!\w)" + guard + build(root)[0]
    try:
        return re_compile(f"(?={body})" if lookahead else body)
    except (re.error, RecursionError) as exc:  # pragma: no cover - atoms are escaped
        raise CorpusError(f"{argument}: the terms could not be compiled ({exc}).") from None


#: A group repeated at most this many times may hold an unbounded repetition ("(?:\\w+\\s){1,5}").
MAX_NESTED_BOUND = 5


def nested_repeat(pattern: str) -> str | None:
    """The part of a regular expression that repeats a group which repeats itself, or None.

    ``(\\w+\\s?)+`` or ``(a*)*``: on a sentence where the rest of the pattern fails, Python's
    regex engine tries every way of splitting the text between the two repetitions, a number that
    doubles with each character (minutes on one long sentence). A group repeated at most
    :data:`MAX_NESTED_BOUND` times is allowed. Patterns that are not valid regexes give None
    (compiling them reports the error). Blind spot: a safe pattern of this shape (``(?:\\w+ )+``,
    where a space ends every word) is refused too.

    Parameters
    ----------
    pattern : str
        A Python regular expression as a user typed it.

    Returns
    -------
    str or None
        A short description of the shape refused ("a repeated group that repeats inside, like
        (...+)+ or (...*)*"), or None when no unbounded repetition sits inside a repeated group.
    """
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover - older Pythons
        import sre_parse
    try:
        tree = sre_parse.parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return None
    repeats = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT}

    def nested(items, in_repeat: bool) -> bool:
        """An unbounded repetition inside a repetition of more than MAX_NESTED_BOUND (``in_repeat``)."""
        for op, av in items:
            if op in repeats:
                unbounded = av[1] == sre_parse.MAXREPEAT
                many = unbounded or av[1] > MAX_NESTED_BOUND
                if (in_repeat and unbounded) or nested(av[2], in_repeat or many):
                    return True
            elif op == sre_parse.SUBPATTERN and nested(av[-1], in_repeat):
                return True
            elif op == sre_parse.BRANCH and any(nested(b, in_repeat) for b in av[1]):
                return True
        return False

    try:
        found = nested(tree, False)
    except RecursionError:  # groups nested too deep to check: refused as well
        found = True
    return "a repeated group that repeats inside, like (...+)+ or (...*)*" if found else None


def fold_pattern(pattern: str) -> str:
    """A regex written for plain text, rewritten for folded text.

    Letters are folded (lower case, no diacritics) but escapes are kept as written (``\\W`` must
    not become ``\\w``, ``\\S`` not ``\\s``).

    Parameters
    ----------
    pattern : str
        A Python regular expression.

    Returns
    -------
    str
        The pattern to compile and apply to folded text.
    """
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
            continue
        out.append(fold(pattern[i]))
        i += 1
    return "".join(out)


def literal_alternation(words) -> str:
    """Regex source matching any of ``words`` literally, factored as a prefix tree.

    A drop-in for ``"|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))``: at a
    position the longest word wins (the words that match there all lie on one path of the tree,
    tried deepest first), and backtracking into shorter ones works as in the plain alternation.
    The regex engine no longer tries every word at every position, only the branches whose first
    characters match: several times faster for long word lists (case-insensitive ones above all).

    Parameters
    ----------
    words : iterable of str
        Literal words or phrases (escaped here); duplicates and empty strings are ignored.

    Returns
    -------
    str
        A non-capturing group (``"(?!)"``, which never matches, when there are no words).
    """
    root: dict = {}
    for word in {w for w in words if w}:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")  # ending here comes last: longer words are tried first
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return "(?:" + build(root) + ")" if root else "(?!)"


class MatchStarts:
    """Where a pattern's matches start in one text, scanned only as far as asked.

    The matches are those of one ``pattern.finditer(text)`` (left to right, not overlapping), read
    on demand: a caller that asks only about the start of a long text does not pay for its end.

    Parameters
    ----------
    pattern : re.Pattern
        A compiled pattern.
    text : str
        The text to scan.
    """

    def __init__(self, pattern: re.Pattern, text: str):
        self._scan = pattern.finditer(text)
        self.starts: list[int] = []  # the starts read so far, in order

    def first_from(self, pos: int) -> int | None:
        """The first match start at or after ``pos``.

        Returns
        -------
        int or None
            That start, or None when no match starts at or after ``pos``.
        """
        starts = self.starts
        while self._scan is not None and (not starts or starts[-1] < pos):
            m = next(self._scan, None)
            if m is None:
                self._scan = None  # the whole text is read
            else:
                starts.append(m.start())
        j = bisect.bisect_left(starts, pos)
        return starts[j] if j < len(starts) else None
