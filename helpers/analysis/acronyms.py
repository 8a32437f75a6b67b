"""Organisations introduced with their acronym in brackets: one actor, and the acronym names it later.

GUIDELINES (actor mentions): "The European Bank for Reconstruction and Development (EBRD)" is one
mention, with its bracket; news writes the full name once and the acronym after it ("EBRD", "an EBRD
spokesperson", "EPS's own planning"), so a later bare acronym in the same article is a mention of the
same actor. A name the alias table does not know is reported under its acronym, the shorter name the
article goes on using ("Naftna Industrija Srbije (NIS)" -> ``NIS``); a name the table knows keeps the
table's actor ("the ruling Serbian Progressive Party (SNS)").

:func:`with_acronyms` joins a mention that ends right before "(ACRONYM)" with its bracket (and with a
mention of the acronym inside it: one mention, not two), when the acronym's letters are written, in
order, in the name and its first letter starts the name's first capitalised word (so "Andreas
Hollerbach (DE)", "Dragan Đilas (SSP)" or "BELGRADE (AFP)" are left alone); a person of the alias
table never takes an acronym. Then the
acronym of a name the table does not know, written in capitals later in the same article, is a mention
of that actor. Linear time: one pass over the mentions and one regex pass per later sentence that
of an article with a defined acronym.

Blind spots: a name the extractors did not find whole ("Naftna industrija Srbije", lower case inside)
is not joined; an acronym of a translated name ("Petroleum Industry of Serbia (NIS)") fails the letter
test and stays two mentions; an acronym used before its definition is not counted.
"""

from __future__ import annotations

import pandas as pd

from helpers._text.programs import re_compile

#: "(EBRD)" right after a name: 2-6 capitals (an ampersand inside: "(AT&T)").
_BRACKET = re_compile(r"\s?\((?P<acr>[A-Z][A-Z&]{1,5})\)")
_FIRST_CAPITAL = re_compile(r"(?:(?:The|the)\s+)?(?P<w>[A-Z])")
#: A word in capitals (with its possessive): where a defined acronym may be used again.
_CAPITALS = re_compile(r"(?<![\w&-])(?P<acr>[A-Z][A-Z&]{1,5})(?:['’]s)?(?![\w&-])")


def _spells(name: str, acronym: str) -> bool:
    """True when ``acronym`` starts ``name``'s first capitalised word and its letters follow in order."""
    first = _FIRST_CAPITAL.match(name)
    if not first or first.group("w") != acronym[0]:
        return False
    at = first.end()
    low = name.lower()
    for letter in acronym[1:].lower():
        if letter == "&":
            continue
        at = low.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def _definitions(out: pd.DataFrame, people: set) -> tuple[set, list, dict]:
    """(rows to drop, (row, new end, new actor) to change, {(article, acronym): (actor, group, first i)}).

    ``out`` is a mention table with ``_i`` (sentence index) and ``text``; ``people`` the labels of its
    rows that name a person.
    """
    drop, change, defined = set(), [], {}
    by_i: dict[int, list] = {}
    spans = zip(out.index, out["_i"].tolist(), out["start"].tolist(), out["end"].tolist(), strict=True)
    for k, i, s, e in spans:
        by_i.setdefault(i, []).append((k, s, e))
    for k, i, e, text, alias, actor, group, aid in zip(
            out.index, out["_i"].tolist(), out["end"].tolist(), out["text"].tolist(), out["alias"].tolist(),
            out["actor"].tolist(), out["group"].tolist(), out["article_id"].tolist(), strict=True):
        m = _BRACKET.match(text, e)
        if not m or k in drop:
            continue
        acr = m.group("acr")
        name = text[out.at[k, "start"]:e]
        if name.isupper() or not _spells(name, acr) or k in people:
            continue
        inside = [(k2, s2) for k2, s2, e2 in by_i.get(i, [])
                  if k2 != k and m.start("acr") <= s2 and e2 <= m.end()]
        known = [k2 for k2, _s in inside if out.at[k2, "alias"]]
        if alias:
            new = actor
        elif known:
            new, group = out.at[known[0], "actor"], out.at[known[0], "group"]
        else:
            new = acr
        drop.update(k2 for k2, _s in inside)
        change.append((k, m.end(), new, group))
        if not alias and not known:
            defined.setdefault((aid, acr), (new, group, i))
    return drop, change, defined


#: The initial of each capitalised word of a name ("Naftna Industrija Srbije" -> "NIS"); connectors skipped.
_INITIAL = re_compile(r"(?<![\w’'-])(?!(?:The|Of|For|And)\b)([A-Z])[\w’'-]*")


def _spelled_out(out: pd.DataFrame) -> pd.DataFrame:
    """``out`` with a name the table does not know renamed to the acronym its article names it by.

    "The refinery, owned by Naftna Industrija Srbije, ... NIS is 56 per cent owned by ...": the full
    name written without its bracket is the actor of the acronym another mention of the same article
    names (3 to 6 capitals, the initials of the name's capitalised words, in order); GUIDELINES name an
    organisation by the shorter name the article goes on using.
    """
    if not len(out):
        return out
    acronyms: dict[str, dict] = {}
    for aid, actor, group in zip(out["article_id"].tolist(), out["actor"].tolist(), out["group"].tolist(),
                                 strict=True):
        if 3 <= len(actor) <= 6 and actor.isalpha() and actor.isupper():
            acronyms.setdefault(aid, {}).setdefault(actor, group)
    if not acronyms:
        return out
    change = []
    for k, aid, alias, actor in zip(out.index, out["article_id"].tolist(), out["alias"].tolist(),
                                    out["actor"].tolist(), strict=True):
        if alias or aid not in acronyms or " " not in actor:
            continue
        initials = "".join(_INITIAL.findall(actor))
        if initials in acronyms[aid] and len(initials) == len(actor.split()):
            change.append((k, initials, acronyms[aid][initials]))
    if change:
        out = out.copy()
        for k, actor, group in change:
            out.at[k, "actor"], out.at[k, "group"] = actor, group
    return out


def with_acronyms(out: pd.DataFrame, texts: list, aids: list, pids: list, sids: list, aliases,
                  kinds) -> pd.DataFrame:
    """``out`` (a mention table with the sentence index ``_i``) with organisations' acronyms joined and found.

    A mention right before "(ACRONYM)" takes the bracket into its words and replaces a mention of the
    acronym inside it; a name the alias table does not know is then the actor ``ACRONYM`` (group of the
    name's mention), and the acronym in capitals in a later sentence of the same article, not inside
    another mention, is a mention of it. ``texts``, ``aids``, ``pids`` and ``sids``: the sentences and
    their article, paragraph and sentence ids; ``aliases`` and ``kinds`` the alias table's columns
    (a person's alias has kind "he" or "she").

    Returns
    -------
    DataFrame
        The columns of ``out``, sorted by sentence (``_i``) and ``start``.
    """
    out = _spelled_out(out)
    if not len(out) or not any("(" in t for t in out["text"].tolist()):
        return out
    kind = dict(zip(reversed(aliases), reversed(kinds), strict=True))  # the first row wins
    people = {k for k, alias in zip(out.index, out["alias"].tolist(), strict=True)
              if kind.get(alias) in ("he", "she")}
    drop, change, defined = _definitions(out, people)
    if not change:
        return out
    out = out.copy()
    for k, end, actor, group in change:
        out.at[k, "end"] = end
        out.at[k, "match"] = out.at[k, "text"][out.at[k, "start"]:end]
        out.at[k, "actor"], out.at[k, "group"] = actor, group
    out = out.drop(index=sorted(drop))
    rows = _later_uses(out, texts, aids, pids, sids, defined)
    if rows:
        out = pd.concat([out, pd.DataFrame(rows, columns=out.columns)], ignore_index=True)
    return out.sort_values(["_i", "start"], kind="stable").reset_index(drop=True)


def _later_uses(out: pd.DataFrame, texts: list, aids: list, pids: list, sids: list, defined: dict) -> list:
    """Rows for each later capitals use of a defined acronym that no mention of ``out`` covers."""
    if not defined:
        return []
    taken: dict[int, list] = {}
    for i, s, e in zip(out["_i"].tolist(), out["start"].tolist(), out["end"].tolist(), strict=True):
        taken.setdefault(i, []).append((s, e))
    articles = {aid for aid, _acr in defined}
    rows = []
    for i, text in enumerate(texts):
        if aids[i] not in articles:
            continue
        for m in _CAPITALS.finditer(text):
            actor, group, first = defined.get((aids[i], m.group("acr")), ("", "", len(texts)))
            if i < first or any(s < m.end() and m.start() < e for s, e in taken.get(i, ())):
                continue
            rows.append({"article_id": aids[i], "paragraph_id": pids[i], "sentence_id": sids[i],
                         "actor": actor, "group": group, "alias": "", "match": m.group(),
                         "start": m.start(), "end": m.end(), "text": text, "_i": i})
    return rows
