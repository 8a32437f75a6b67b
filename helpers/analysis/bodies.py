"""Organisations the alias table does not know, recognised by the head word of their capitalised name.

GUIDELINES (actor mentions): a mention is an explicit name of an actor, in or out of the alias
table. :mod:`helpers.analysis.quoting.people` finds the names of bodies whose words say what they
are ("the Belgrade Centre for Security Policy" -> experts); this module adds the names that say
only *that* they are a body, by their form:

* a head word followed by "of"/"for" and a capitalised name: "the Archive of Public Gatherings",
  "the Ministry of Construction, Transport and Infrastructure", "the City of Kragujevac"
  (a list of portfolios joined by commas and "and" stays one name);
* two or more capitalised words ending in a company word: "Jiangsu Hengrun Automotive Components",
  "Zhonghai Pacific Energy", "Danube Hydro-Engineering Group";
* a capitalised name followed by a lower-case organisation noun: "the Women in Black group",
  "the state-owned Krušik factory", "the Chinese-owned Hengda Tyre plant" (the name without the
  noun).

The name's group comes from its role words (:mod:`helpers.analysis.roles`: "Ministry" -> Serbian
government), else ``other`` (GUIDELINES: companies named by their own name are ``other``). A name
that overlaps a mention of the alias table is left to the table; names found by the other passes
that lie inside (or across) a body's name give way to it ("Public Gatherings" inside "Archive of
Public Gatherings"). Linear time: three regex passes per sentence that holds a capital letter.

Blind spots: English word order only; a body named by a single word ("Bulgargaz", "Krušik" said
alone) or by a head word that is not listed ("Hengda Tyre" without "plant") is missed; a thing named
like a body ("the Fund of Knowledge" as a book title) is reported as one.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers._text.patterns import literal_alternation
from helpers._text.programs import re_compile

# a capitalised word or an acronym; a hyphen joins capitalised parts only ("Hydro-Engineering", not the
# adjective "Chinese-owned" nor "Serb-majority"); a name ends before a word character or a hyphen
_W = r"(?:[A-Z][\w’']*(?:-[A-Z][\w’']*)*)"
_END = r"(?![\w’'-])"
_JOIN = r"(?:\s+(?:of|for|on|in)\s+(?:the\s+)?|\s+)"
#: Head words that open a body's name before "of"/"for": "Archive of ...", "Ministry of ...".
HEADS_FIRST = ("Ministry", "Archive", "Institute", "Centre", "Center", "Council", "Agency", "Foundation",
               "Office", "Fund", "Bank", "Committee", "Commission", "Directorate", "Chamber", "Academy",
               "Association", "Union", "Federation", "Network", "Coalition", "Alliance", "Movement",
               "Party", "City", "Municipality", "Authority", "Administration", "Bureau", "Secretariat",
               "Department", "Agency", "Society", "Board", "Court", "Observatory", "Forum", "Service")
#: Last words of a company's name: "... Automotive Components", "... Pacific Energy", "... Group".
COMPANY_HEADS = ("Group", "Company", "Corporation", "Holding", "Holdings", "Technology", "Technologies",
                 "Components", "Materials", "Industries", "Energy", "Engineering", "Motors", "Minerals",
                 "Metals", "Steel", "Logistics", "Pharmaceuticals", "Electronics", "Telecom",
                 # public services named head last: "the Republic Hydrometeorological Service"
                 "Service", "Inspectorate")
#: Lower-case nouns after a body's name: "the Women in Black group", "the Krušik factory".
ORG_NOUNS = ("group", "organisation", "organization", "movement", "initiative", "network", "association",
             "platform", "coalition", "company", "firm", "factory", "plant", "foundation", "collective",
             "watchdog", "think tank", "institute", "consortium", "conglomerate", "broadcaster")

_HEAD_FIRST = re_compile(
    rf"(?<![\w’'-])(?:(?:{_W})\s+){{0,2}}(?:{'|'.join(HEADS_FIRST)})\s+(?:of|for|on)\s+(?:the\s+)?"
    rf"{_W}(?:{_JOIN}{_W})*{_END}"
    rf"(?:(?:,\s+{_W}(?:\s+{_W})*)*,?\s+and\s+{_W}{_END}(?!\s+{_W}))?")
# (not followed by another capitalised word: "Serbian Energy Minister X", "the Critical Raw Materials Act")
_COMPANY = re_compile(rf"(?<![\w’'-]){_W}(?:\s+{_W}){{0,4}}\s+(?:{'|'.join(COMPANY_HEADS)}){_END}"
                      r"(?!\s+[A-Z])")
_NOUN_AFTER = re_compile(
    rf"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+(?:[\w]+-[a-z]+\s+)?"
    rf"(?P<n>{_W}(?:(?:\s+(?:in|of|for|and)\s+|\s+){_W}){{0,4}}){_END}\s+(?:{'|'.join(ORG_NOUNS)})(?![\w-])")
#: A body in a named person's apposition or title is the person's employer (GUIDELINES: one mention of
#: the person): "X, who heads the Office for ...", "X, director of the Fund for ...", "the director of
#: the Office for Y and Z, X" (``_NAME_AFTER``).
_EMPLOYER_BEFORE = re_compile(
    r"(?:\bwho\s+(?:heads|headed|leads|led|runs|ran|chairs|chaired|directs|directed|founded|co-founded)"
    r"|(?P<role>\b[a-z][\w-]*)\s+(?:at|of|for|with|from|in))\s+(?:the\s+)?"
    r"(?:[\w’'-]+(?:\s+[a-z]+)?['’]s\s+)?$")
_NAME_BEFORE = re_compile(r"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,\s+(?:[\w-]+\s+){0,4}$")
_NAME_AFTER = re_compile(r",\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")
_NOUN_FIRSTS = frozenset(n.split()[0] for n in ORG_NOUNS)
#: The words one of which every rule's match holds: a sentence without them is not scanned (the words
#: as a prefix tree: the same matches as their longest-first alternation, faster).
_HINTS = re_compile(r"(?<![\w-])(?:" + literal_alternation({*HEADS_FIRST, *COMPANY_HEADS, *_NOUN_FIRSTS})
                    + r")(?![\w-])")
_LEADING = re_compile(r"^(?:The|A|An|This|That|These|Its|Their|His|Her|Our|But|And|In|On|At|For|By|With"
                      r"|From|After|Before|When|While|As|If)\s+")


def _clean(name: str) -> tuple[int, str]:
    """(offset, name) without an opening function word or a possessive ("The X Group's" -> "X Group")."""
    offset = 0
    while (m := _LEADING.match(name[offset:])) is not None:
        offset += m.end()
    return offset, re.sub(r"[’']s$", "", name[offset:])


def _plausible(name: str, words_not_names: frozenset) -> bool:
    """True when ``name`` holds two words or more and none is a role, honorific or function word."""
    words = name.split()
    from helpers._text.fold import fold

    return len(words) >= 2 and not any(fold(w).lower().strip("’'") in words_not_names
                                       for w in words if w[:1].isupper())


def body_names(text: str, words_not_names: frozenset) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each body named by the form of its name in ``text`` (see the module).

    Parameters
    ----------
    text : str
        One sentence.
    words_not_names : frozenset of str
        Folded lower-case words that stop a name (role nouns such as "minister", honorifics).

    Returns
    -------
    list of tuple
        ``(start, end, name)`` in reading order, not overlapping; ``name`` is the words as written
        without a leading "The" or a possessive ending.
    """
    hints = {m.group(0) for m in _HINTS.finditer(text)}  # one fast pass: which rules may match
    if not hints:
        return []
    rules = [rule for rule, words in ((_HEAD_FIRST, HEADS_FIRST), (_COMPANY, COMPANY_HEADS))
             if not hints.isdisjoint(words)]
    hits = []
    for rule in rules:
        for m in rule.finditer(text):
            offset, name = _clean(m.group(0))
            s = m.start() + offset
            if rule is _HEAD_FIRST:
                head = next(w for w in name.split() if w in HEADS_FIRST)
                if any(w.lower() in words_not_names for w in name[:name.index(head)].split()):
                    continue  # "Minister of ..." is a title, "President of ..." too
                if not _plausible(name, words_not_names - {h.lower() for h in HEADS_FIRST}):
                    continue
            elif not _plausible(name, words_not_names):
                continue
            hits.append((s, s + len(name), name))
    for m in _NOUN_AFTER.finditer(text) if not hints.isdisjoint(_NOUN_FIRSTS) else ():
        name = m.group("n")
        if _plausible(name, words_not_names) or (name.isupper() and len(name) >= 2) \
                or len(name.split()) == 1 and name[:1].isupper() and not name.endswith(("an", "ese", "ish")):
            hits.append((m.start("n"), m.end("n"), name))
    out, last = [], -1
    for s, e, name in sorted(hits, key=lambda h: (h[0], -h[1])):
        if s >= last:
            out.append((s, e, name))
            last = e
    return out


def with_bodies(out: pd.DataFrame, texts: list, aids: list, pids: list, sids: list) -> pd.DataFrame:
    """``out`` (a mention table with the sentence index ``_i``) with the bodies of ``texts`` added.

    A body overlapping a mention of the alias table (``alias`` not empty) is left out; the mentions
    of names outside the table (``alias`` empty) that overlap a body give way to it; a ministry takes its
    one name (:func:`helpers.analysis.institutions.canonical_ministry`). ``aids``,
    ``pids`` and ``sids`` are the article, paragraph and sentence ids of ``texts``.

    Returns
    -------
    DataFrame
        The columns of ``out``, sorted by sentence (``_i``) and ``start``.
    """
    from helpers.analysis.actors import actor_aliases
    from helpers.analysis.institutions import canonical_ministry  # "Serbian Ministry of X": Ministry of X
    from helpers.analysis.quoting.patterns import _NOT_NAME
    from helpers.analysis.roles import role_words
    from helpers.analysis.unknown_names import HONORIFICS

    roles = role_words()
    stop = frozenset({w for w, (_lvl, _g, kind) in roles.info.items() if kind == "role"}
                     | set(HONORIFICS) | set(_NOT_NAME))
    adjectives = _place_words(actor_aliases())
    by_i: dict[int, list] = {}
    for k, i, s, e, alias in zip(out.index, out["_i"].tolist(), out["start"].tolist(), out["end"].tolist(),
                                 out["alias"].tolist(), strict=True):
        by_i.setdefault(i, []).append((k, s, e, alias))
    drop, rows = set(), []
    for i, text in enumerate(texts):
        if not text:
            continue
        bodies = [(s, e, name) for s, e, name in body_names(text, stop)
                  if not (len(name.split()) == 1 and name in adjectives or _employer(text, s, e, roles))]
        if not bodies:
            continue  # nothing to add, nothing to drop
        found = by_i.get(i, [])
        # a name of the other passes that runs across two bodies is no name ("Water and Tianlu Group")
        across = {k for k, a, b, alias in found
                  if not alias and sum(a < e and b > s for s, e, _n in bodies) > 1}
        drop.update(across)
        for s, e, name in bodies:
            here = [(k, a, b, alias) for k, a, b, alias in found if a < e and b > s and k not in across
                    and not _place_in_company(text, s, e, a, b, adjectives)]
            drop.update(k for k, a, b, _alias in found if a < e and b > s and k not in across
                        and _place_in_company(text, s, e, a, b, adjectives))
            if any(alias or a <= s and e <= b for _k, a, b, alias in here):
                continue  # the alias table's reading stands; or a name found before holds the body's
            drop.update(k for k, _a, _b, _alias in here)
            rows.append((aids[i], pids[i], sids[i], canonical_ministry(name) if "inistry" in name else name,
                         roles.group_of(name) or "other", "", text[s:e], s, e, text, i))
    if not rows and not drop:
        return out
    found = pd.DataFrame(rows, columns=out.columns)
    out = pd.concat([out.drop(index=sorted(drop)), found], ignore_index=True)
    return out.sort_values(["_i", "start"], kind="stable").reset_index(drop=True)


def _place_in_company(text: str, s: int, e: int, a: int, b: int, places: set) -> bool:
    """True when the place name at ``a``..``b`` opens the company's name at ``s``..``e``.

    "China Road Link Engineering", "Serbia Zijin Copper Group": a company named with three words or
    more and a company word last (``COMPANY_HEADS``) is one name, not also a mention of the state its
    first word names ("China's Hengtai Group" keeps the possessive out of the name: not this rule).
    """
    words = text[s:e].split()
    return a == s and b < e and text[b:b + 1].isspace() and text[a:b] in places and len(words) >= 3 \
        and words[-1] in COMPANY_HEADS


def _employer(text: str, s: int, e: int, roles) -> bool:
    """True when the body at ``s``..``e`` is a named person's employer (in the person's apposition or title).

    "Ana Ilić, who heads the X", "Ana Ilić, director of the X", "the director of the X, Ana Ilić" (a
    role noun of ``roles.csv`` before "of"/"at"); an unnamed "senior official of the X" keeps the X.
    """
    m = _EMPLOYER_BEFORE.search(text, max(0, s - 60), s)
    if m is None:
        return False
    if m.group("role") is None:
        return True  # "who heads the ..."
    if roles.info.get(m.group("role").lower(), (0, "", ""))[2] != "role":
        return False
    return bool(_NAME_AFTER.match(text, e) or _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start()))


def _place_words(table: pd.DataFrame) -> set:
    """Words that name a state or its people ("Serbian", "Chinese"): no body's one-word name."""
    from helpers.analysis.institutions import ADJECTIVES

    return set(ADJECTIVES) | set(ADJECTIVES.values()) | set(table.loc[table["kind"] == "place", "alias"])
