"""The line rules of ``helpers/data/boilerplate.csv``: read, checked, and tried on a line cheaply.

Each row is a regular expression and the paragraph kind it gives a line (share buttons, bylines,
datelines, page numbers ...), in file order: the first rule that matches a line gives its kind.
Trying about a hundred rules on every line of every article would cost more than the rest of the
cleaning, so the rules are grouped by the longest line they admit (``max_chars``), the anchored ones
of a group are joined into one gate tried with ``match``, and a rule with ``needs`` is tried only on
lines that contain one of its words. The results are those of trying every rule in order.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from helpers._text.programs import re_compile
from helpers.corpus.paths import data_file


@lru_cache(maxsize=1)
def _rule_rows() -> tuple[tuple[str, str, str, tuple | None, int], ...]:
    """The checked rows of ``helpers/data/boilerplate.csv``: ``(pattern, kind, note, needs, max_chars)``."""
    import csv

    with open(data_file("boilerplate.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    from helpers.corpus.cleaning import PARAGRAPH_KINDS  # the kinds the cleaner gives (no import cycle)

    bad = [r["kind"] for r in rows if r["kind"] not in PARAGRAPH_KINDS]
    if bad:
        raise ValueError(f"{data_file('boilerplate.csv')}: unknown kind {bad[0]!r}; "
                         f"use one of {PARAGRAPH_KINDS}")
    out = []
    for r in rows:
        needs = [n.lower() for n in (r.get("needs") or "").split(";") if n]
        limit = int(r["max_chars"]) if (r.get("max_chars") or "").strip() else _NO_LIMIT
        out.append((r["pattern"], r["kind"], r["note"], tuple(needs) or None, limit))
    return tuple(out)


@lru_cache(maxsize=1)
def boilerplate_patterns() -> list[tuple[re.Pattern, str, str, tuple | None, int]]:
    """The line rules of ``helpers/data/boilerplate.csv`` as ``(regex, kind, note, needs, max_chars)``.

    In file order (the first rule that matches a line gives its kind). Two optional columns make the
    rules cheap on body text: ``needs`` (``;``-separated lower-case strings, one of which the line
    must contain before the regex is tried) and ``max_chars`` (longer
    lines are not tried: clutter lines are short). Empty means no such condition.
    """
    return [(re_compile(pattern), *rest) for pattern, *rest in _rule_rows()]


_NO_LIMIT = 1 << 62


class _Rule:
    """One line rule of ``boilerplate.csv``; its regex is compiled when it is first tried.

    Most rules are never tried on a corpus (the gate or ``needs`` rules them out), and compiling all
    of them took about as long as the gate: a fixed cost on every first load of a notebook.
    """

    __slots__ = ("pattern", "kind", "note", "needs", "anchored", "_regex")

    def __init__(self, pattern: str, kind: str, note: str, needs: tuple | None):
        self.pattern, self.kind, self.note, self.needs = pattern, kind, note, needs
        self.anchored = pattern.startswith("^")
        self._regex = None

    def search(self, text: str):
        """``re.search`` of the rule's pattern in ``text``."""
        if self._regex is None:
            self._regex = re_compile(self.pattern)
        return self._regex.search(text)


class _Gate:
    """One pattern made of anchored rules (``^...``), compiled when it is first tried (with ``match``).

    It fails (as on almost every body line) only when none of its rules can match: then none of
    them is tried one by one.
    """

    __slots__ = ("patterns", "_regex")

    def __init__(self, patterns: list[str]):
        self.patterns = patterns
        self._regex = None

    def match(self, text: str):
        """``re.match`` of the joined rules in ``text``."""
        if self._regex is None:
            self._regex = re_compile("|".join(f"(?:{p})" for p in self.patterns))
        return self._regex.match(text)


def _gates(bands: list[list[_Rule]]) -> list[_Gate | None]:
    """A gate for each band: one made of its own anchored rules or of a few more.

    A gate costs about the same for each of its rules on every line it is tried on, and compiling it
    costs about as much for each rule: so a band shares the gate of a band of shorter lines (whose
    rules include its own) as long as it has at least two thirds of that gate's anchored rules.
    """
    gates: list[_Gate | None] = []
    current: _Gate | None = None
    for band in bands:
        anchored = [r.pattern for r in band if r.anchored]
        if not anchored:
            current = None
        elif current is None or 3 * len(anchored) < 2 * len(current.patterns):
            current = _Gate(anchored)
        gates.append(current)
    return gates


@lru_cache(maxsize=1)
def _rules_by_size() -> tuple[list[int], list[tuple]]:
    """For each size band: its rules, unanchored rules, gate, rules without ``needs``, and ``needs``.

    The rules are those that admit lines of that length (file order); the unanchored ones are
    those of them without ``^``; then those of the unanchored rules that have no ``needs``, and the
    ``needs`` of the others (all of them, sorted).

    The gate (see :class:`_Gate` and :func:`_gates`) is one pattern made of the band's anchored rules
    (``^...``), tried with ``match``: when it fails (as on almost every body line) no anchored rule is
    tried one by one; when it matches, the band's rules are tried in file order as usual. Long
    lines are admitted by few rules, so their gate is short.
    """
    rows = _rule_rows()
    rules = [(_Rule(pattern, kind, note, needs), limit) for pattern, kind, note, needs, limit in rows]
    sizes = sorted({limit for _rule, limit in rules})
    band_rules = [[rule for rule, limit in rules if limit >= size] for size in sizes]
    bands = []
    for band, gate in zip(band_rules, _gates(band_rules)):
        unanchored = [r for r in band if not r.anchored]
        needs = sorted({w for r in unanchored for w in r.needs or ()})
        bands.append((band, unanchored, gate, [r for r in unanchored if r.needs is None], needs))
    return sizes, bands


def rule_kind(p) -> str | None:
    """Give ``p`` (``text``, ``kind``, ``note``) the kind of the first rule that matches its text.

    Returns ``p.text.lower()`` when it was needed (for the next tests on the line), else None.
    """
    text, low = p.text, None
    sizes, bands = _rules_by_size()
    i = bisect.bisect_left(sizes, len(text))  # the band of rules whose max_chars admits this line
    if i == len(bands):
        return None
    band, unanchored, gate, needless, needs = bands[i]
    # the gate fails on almost every body line: then only the rules that search anywhere are tried
    if gate is not None and gate.match(text):
        tried = band
    else:
        low = text.lower()
        # nor (as on most lines) those whose ``needs`` are all absent: one test for all of them
        tried = unanchored if any(map(low.__contains__, needs)) else needless
    for rule in tried:
        if rule.needs is not None:
            low = text.lower() if low is None else low
            for word in rule.needs:  # plain substring tests: much cheaper than the rule's regex
                if word in low:
                    break
            else:
                continue
        if rule.search(text):
            p.kind, p.note = rule.kind, rule.note
            break
    return low
